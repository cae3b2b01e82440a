#include <catch2/catch.hpp>

#include "core/report.h"
#include "core/terminal.h"

using namespace llm101;

TEST_CASE("visible_controls shows C0, DEL and C1 instead of sending them") {
  CHECK(visible_controls("a\x1b]52;c;aGk=\x07z", true) == "a^[]52;c;aGk=^Gz");
  CHECK(visible_controls("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", true) == "^[]8;;http://x^[\\link^[]8;;^[\\");
  CHECK(visible_controls("\x1b[2J\x1b[H", true) == "^[[2J^[[H");
  CHECK(visible_controls(std::string("nul\0cr\r del\x7f", 12), true) == "nul^@cr^M del^?");
  CHECK(visible_controls("csi \xc2\x9b" "31m nel \xc2\x85", true) == "csi \\u{9b}31m nel \\u{85}");
  CHECK(visible_controls("stray \x9b" "31m \x80", true) == "stray \\x9b31m \\x80");
}

TEST_CASE("visible_controls keeps text, tabs and (in multi-line output) newlines") {
  CHECK(visible_controls("多头注意力\t📚 café ¢\n", true) == "多头注意力\t📚 café ¢\n");
  CHECK(visible_controls("a\nb", false) == "a^Jb");
  CHECK(visible_controls("\xff\xfe bad", true) == "\xff\xfe bad");  // not a control: left alone
}

TEST_CASE("only colour carrying the caller's tag passes") {
  Style style{true, 80, ":123:"};
  std::string ours = style.green("ok");
  CHECK(visible_controls(ours, true, ":123:") == "\x1b[32mok\x1b[0m");
  CHECK(visible_controls("\x1b[31mplanted\x1b[0m", true, ":123:") == "^[[31mplanted^[[0m");
  CHECK(visible_controls(ours, true) == "^[[:123:32mok^[[:123:0m");  // no tag given: nothing passes
  CHECK(Style{}.green("ok") == "ok");
}
