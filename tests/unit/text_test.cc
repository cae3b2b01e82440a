#include <catch2/catch.hpp>

#include "core/text.h"

using namespace llm101;

TEST_CASE("display width counts CJK as two cells") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("多头注意力") == 10);
  CHECK(display_width("LLM基础") == 7);
  CHECK(display_width("（2-3个月）") == 11);
  CHECK(display_width("📚") == 2);
  CHECK(display_width("\xff") == 1);  // invalid UTF-8 still takes a cell
}

TEST_CASE("padding and truncation by display width") {
  CHECK(pad_right("注意", 6) == "注意  ");
  CHECK(pad_left("ab", 4) == "  ab");
  CHECK(truncate_to_width("多头注意力", 7) == "多头注…");
  CHECK(display_width(truncate_to_width("多头注意力", 7)) <= 7);
  CHECK(truncate_to_width("abc", 3) == "abc");
}

TEST_CASE("helpers") {
  CHECK(trim("  a b \r\n") == "a b");
  CHECK(edit_distance("chek", "check") == 1);
  CHECK(edit_distance("stauts", "status") == 1);
  CHECK(contains_folded("PyTorch基础", "pytorch"));
  CHECK(with_line_ending("a\nb\r\nc", "\r\n") == "a\r\nb\r\nc");
}

TEST_CASE("fit_lines cuts each line by cells and keeps colour sequences balanced") {
  CHECK(fit_lines("abc\n多头注意力\n", 6) == "abc\n多头…\n");
  CHECK(fit_lines("\x1b[1mabcdef\x1b[0m", 4) == "\x1b[1mabc\x1b[0m…\x1b[0m");
  CHECK(fit_lines("short", 80) == "short");
}
