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
  CHECK(fit_lines("数学基B", 6) == "数学…");  // nothing after a wide character that did not fit
}

TEST_CASE("one emoji rule: width by presentation, leading emoji are decoration (issue 19)") {
  // Emoji presentation characters take two cells; a text-presentation one ("🗂" alone) one,
  // and two with the emoji variation selector U+FE0F after it.
  CHECK(display_width("🎯") == 2);
  CHECK(display_width("🗂") == 1);
  CHECK(display_width("🗂\xEF\xB8\x8F") == 2);
  CHECK(display_width("🛠\xEF\xB8\x8F 实践项目") == 2 + 1 + 8);
  CHECK(display_width("⭐\xEF\xB8\x8F") == 2);  // already wide: the selector adds nothing
  CHECK(pad_right("🗂 a", 5) == "🗂 a  ");
  // A cut never splits a base from its selector.
  CHECK(truncate_to_width("🛠\xEF\xB8\x8F🛠\xEF\xB8\x8F", 3) == "🛠\xEF\xB8\x8F…");
  CHECK(strip_leading_emoji("📚 学习阶段") == "学习阶段");
  CHECK(strip_leading_emoji("🛠\xEF\xB8\x8F 实践项目") == "实践项目");
  CHECK(strip_leading_emoji("👩\xE2\x80\x8D💻 Coding") == "Coding");
  CHECK(strip_leading_emoji("1\xEF\xB8\x8F\xE2\x83\xA3 Basics") == "1\xEF\xB8\x8F\xE2\x83\xA3 Basics");  // a keycap is a number
  CHECK(strip_leading_emoji("(Optional) Extras") == "(Optional) Extras");
  CHECK(strip_leading_emoji("Intro 🎯") == "Intro 🎯");
  CHECK(strip_leading_emoji("🎯") == "🎯");  // nothing else: kept whole
}
