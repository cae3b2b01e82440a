// simple_inline_plain (core/inline_plain.h) against cmark-gfm: wherever it answers, the answer is
// cmark's plain text, in a task item and in a heading; and it does answer for the forms roadmaps
// write, so the scanner really reads them without cmark.
#include <catch2/catch.hpp>

#include <cstdint>
#include <iterator>
#include <string>

#include "core/inline_plain.h"
#include "core/roadmap.h"
#include "core/text.h"
#include "support.h"

using namespace llm101;

namespace {

// cmark's reading of `s` as a task's text and as a heading's text.
void require_cmark_agrees(const std::string& s) {
  INFO("inline: [" << s << "]");
  std::optional<std::string> fast = simple_inline_plain(s);
  Roadmap task = parse_roadmap("- [ ] " + s + "\n", ParseMode::Cmark);
  Roadmap heading = parse_roadmap("## " + s + "\n", ParseMode::Cmark);
  if (fast) {
    std::string want(trim(*fast));
    if (!want.empty()) {
      REQUIRE(task.items.size() == 1);
      CHECK(task.items[0].text == want);
    }
    REQUIRE(heading.headings.size() == 1);
    CHECK(heading.headings[0].text == want);
  }
  test::require_same_parse("- [ ] " + s + "\n");
  test::require_same_parse("## " + s + "\n- [ ] a\n");
}

}  // namespace

TEST_CASE("inline plain text: the forms roadmaps write are read without cmark") {
  CHECK(simple_inline_plain("实现 `F.softmax(x, dim=-1)` 并理解") == "实现 F.softmax(x, dim=-1) 并理解");
  CHECK(simple_inline_plain("阅读 [RLHF 教程](https://github.com/karpathy/nanoGPT)") == "阅读 RLHF 教程");
  CHECK(simple_inline_plain("**模型量化**：复现论文中的关键实验") == "模型量化：复现论文中的关键实验");
  CHECK(simple_inline_plain("Explain *强化学习* in your own words") == "Explain 强化学习 in your own words");
  CHECK(simple_inline_plain("Transformer ~~旧版本~~ 新版本对比") == "Transformer 旧版本 新版本对比");
  CHECK(simple_inline_plain("` a  b `") == "a  b");
  CHECK(simple_inline_plain("``a ` b``") == "a ` b");
  CHECK(simple_inline_plain("[**粗体** `code`](https://x.org/a_b)") == "粗体 code");
  CHECK(simple_inline_plain("a * b") == "a * b");  // a lone '*' between blanks is text
  CHECK(simple_inline_plain("A -> B (选做 optional)!") == "A -> B (选做 optional)!");
}

TEST_CASE("inline plain text: what it is not sure of goes to cmark") {
  for (const char* s : {"`open", "a_b_", "\\*", "&amp;", "<b>", "![](x.png)", "[ref]", "[a] (x)", "[a](x y)",
                        "[a](<x>)", "[[a](x)](y)", "*a **b* c**", "a*b*c", "**a*", "~a~", "~~~a~~~", "****a****",
                        "see https://x.org/*a*", "www.x.org", "a@b.org", "a|b", "🚀*a*", "[](x)", "[a](x"})
    CHECK_FALSE(simple_inline_plain(s).has_value());
}

TEST_CASE("inline plain text agrees with cmark on corners and on random mixtures") {
  static const char* const kCorners[] = {
      "**a**：b", "a**b**", "“*a*”", "*a*。", "（*a*）", "**`x`**", "*[a](b)*", "[*a*](b)", "[a](b)*c*",
      "~~a~~b", "a~~b~~", "~~ a ~~", "* a *", "** a**", "**a **", "***a***", "**a** **b**", "`` ` ``",
      "` `", "`  `", "[a]()", "a ] b", "a [ b", "中文**强调**中文", "**中文**，", "x * y * z", "~ a ~",
      "[a](b)[c](d)", "`a`*b*`c`", "[`]`](x)", "[a](b`c)`", "**a\tb**", "\t*a*", "a*", "*a", "!a", "!*a*",
  };
  for (const char* s : kCorners) require_cmark_agrees(s);
  static const char* const kPieces[] = {"a", "中文", " ", "*", "**", "***", "~~", "~", "`", "``", "[", "]", "](x)",
                                        "(", ")", "：", "，", "!", "-", ".", "x_y", "/", "\t", "é", "“", "”"};
  std::uint64_t state = 0xC0FFEEull;
  auto next = [&](std::uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>((state >> 33) % n);
  };
  for (int k = 0; k < 3000; ++k) {
    std::string s = "t";
    for (std::size_t j = 0, n = 1 + next(8); j < n; ++j) s += kPieces[next(std::size(kPieces))];
    require_cmark_agrees(s + "t");
    require_cmark_agrees(s);
  }
}
