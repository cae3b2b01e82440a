// The fast line scanner and cmark-gfm must find the same roadmap: every fixture, the seed, and a
// corpus of Markdown corners (where the scanner must either agree or hand over to cmark).
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <iterator>
#include <filesystem>
#include <string>
#include <vector>

#include "core/roadmap.h"
#include "support.h"

using namespace llm101;

using test::read_all;

TEST_CASE("scanner and cmark agree on the seed and every fixture") {
  test::require_same_parse(embedded_roadmap());
  for (const auto& entry : std::filesystem::directory_iterator(LLM101_FIXTURES)) {
    if (entry.path().extension() != ".md") continue;
    INFO(entry.path().string());
    test::require_same_parse(read_all(entry.path().string()));
  }
}

TEST_CASE("scanner and cmark agree on Markdown corners") {
  const char* const corpus[] = {
      "# T\n## A\n- [ ] a\n- [x] b\n## B\n- [ ] c\n",
      "## A\n- [ ] a\n  - [ ] child\n    - [x] grandchild\n  - [ ] child 2\n- [ ] b\n",
      "## A\n- plain\n  - [ ] under a plain item\n- [ ] b\n   - [ ] three spaces\n",
      "## A\n1. [ ] ordered\n2. [x] two\n10) [ ] ten\n",
      "## A\ntext\n2. [ ] not a list\n- [ ] a list\n",
      "## A\ntext\n1. [ ] interrupts\n",
      "## A\n- [ ] a\n  2. [ ] continuation\n",
      "## A\n- [ ] a\ncontinued lazily\n- [ ] b\n",
      "## A\n- [ ] a\n\n  para in item\n- [ ] b\n",
      "## A\n- foo\nlazy\n  - [ ] child of foo\n",
      "## A\n- foo\n\ntext\n  - [ ] new list\n",
      "## A\n    - [ ] indented code\n- [ ] real\n",
      "## A\n- [ ] a\n      - [ ] too deep\n",
      "## A\n```\n- [ ] in a fence\n```\n- [ ] after\n",
      "## A\n~~~~ md\n- [ ] in\n~~~\n- [ ] still in\n~~~~\n- [ ] out\n",
      "## A\n``` a`b\n- [ ] not a fence\n",
      "## A\n- [ ] a\n```\n- [ ] fenced\n```\n",
      "## A\n> - [ ] quoted\n- [ ] b\n",
      "## A\n<div>\n- [ ] html\n</div>\n\n- [ ] b\n",
      "## A\n- [/] doing\n- [-] skipped\n  - [/] child\n- [ ] <!-- llm101: doing --> marked\n",
      "## A\n- [ ] <!-- llm101: skipped --> **bold**\n- [x] <!-- llm101: doing --> stale\n- [-]\n",
      "## A\n- [ ] <!-- llm101: doing -->\n- [/] a\n  continued\n- [-] [link](u)\n",
      "## A\n| a | b |\n|---|---|\n| - [ ] x | y |\n- [ ] b\n",
      "Title\n=====\n- [ ] a\n",
      "## A\n- [ ] a\n---\n- [ ] b\n",
      "## A\n* * *\n- [ ] b\n",
      "## A\n- [ ] **bold** and `code` and [link](http://x) and ~~gone~~\n",
      "## A\n- [ ] &amp; &copy; \\* escaped\n",
      "## A\n- [ ] <!-- only a comment -->\n  - [ ] child of nothing\n",
      "## A\n- [ ] www.example.com and http://x.org/a_b_c and me@example.com\n",
      "## A\n- [x] [ref] with a definition\n\n[ref]: http://example.com\n",
      "## A\n- [ ] [x] nested brackets\n- [ ][link](u)\n- [ ]\n- [ ]   \n- [ ]\ttab\n",
      "## **Bold** heading\n- [ ] a\n## `code` heading ##\n- [ ] b\n",
      "## A #\n- [ ] a\n",
      "#\n- [ ] under an empty heading\n",
      " ## indented heading\n- [ ] a\n",
      "## A\n- # heading in item\n- [ ] a\n",
      "## A\n-\n  - [ ] under an empty item\n",
      "## A\n-  [ ] two spaces\n-\t[ ] tab\n",
      "## A\n\t- [ ] tab indent\n",
      "## A\n+ [ ] plus\n* [X] star\n",
      "## A\n- [ ] \xff\xfe invalid\n## \xc3\x28 bad heading\n- [ ] b\n",
      "## A\r\n- [ ] crlf\r\n  - [x] child\r\n",
      "## A\r- [ ] cr\r- [x] b\r",
      "\xEF\xBB\xBF---\ntitle: x\n---\n# T\n## A\n- [ ] a\n",
      "## 阶段1：基础\n### 1.1 数学\n- [ ] 线性代数：向量\n- [x] 微积分\n### 1.2 编程\n- [ ] Python\n## 阶段2：进阶\n- [ ] 直接在阶段下\n",
      "- [ ] before any heading\n## Week 1\n- [ ] a\n",
      "## A\n- [ ] a\n<<<<<<< HEAD\n- [ ] b\n=======\n- [x] b\n>>>>>>> other\n",
      "## A\n- [ ] a\n    indented continuation\n",
      "## A\n- item\n  ---\n- [ ] b\n",
      "## A\n- [ ] a\n  [x]: http://def\n",
      "## A\n[x]: http://def\n- [x] b\n",
      "## A\n- [ ] a\n\n\n- [ ] b after two blank lines\n",
      "## A\n- [ ] a\n  # heading inside\n- [ ] b\n",
      "## A\n12345678901. [ ] too long a number\n",
      "## A\n- **bold** item\n  - [ ] child\n- *em* item\n",
      "## A\ntext | with pipe\n--- | ---\n- [ ] b\n",
      "# 🚀 **Bold** title\n## A\n- [ ] a\n## B\n- [ ] b\n",
      "## A\n| a | b |\n|---|---|\n| 1 | 2 |\n2. [ ] after a table\n",
      "## A\n| a | b |\n|---|---|\ntext row\n- [ ] after a table\n",
      "## A\n> quote `code`\nlazy\n2. [ ] lazy too\n- [ ] b\n",
      "## A\n> quote\n- [ ] interrupts\n1. [ ] one interrupts\n",
      "## A\n<!-- one\n- [ ] hidden\n-->\n- [ ] seen\n",
      "## A\n<!-- x --> tail\n- [ ] seen\n",
      "- [ ] a\n<!-- c -->\n- [ ] b\n",
      "- [ ] a\n\n| t |\n- [ ] b\n",
      "## S\n- #### 1.1 X\n\n- [ ] a\n  - [ ] b\n- ### Y ###\n- [ ] c\n",
      "- ### H\n  text\nlazy?\n- [ ] c\n",
      "# 🛠\xEF\xB8\x8F Tools\n## `code` A\n- [ ] a\n",
  };
  for (const char* text : corpus) test::require_same_parse(text);
}

// The differential test above proves nothing about the fast path if the scanner hands every
// document to cmark: the seed and the plain fixtures must be read by the scanner itself.
TEST_CASE("the scanner, not the cmark fallback, reads the seed and the plain fixtures") {
  CHECK(parse_roadmap(embedded_roadmap()).parsed_by == ParsePath::Scanner);
  CHECK(parse_roadmap(embedded_roadmap(), ParseMode::Cmark).parsed_by == ParsePath::Cmark);
  for (const char* name : {"bom.md", "cr.md", "crlf.md", "guide-english.md", "nested.md", "no-headings.md",
                           "no-tasks.md", "ordered.md", "toml-front-matter.md", "yaml-front-matter.md"}) {
    INFO(name);
    CHECK(parse_roadmap(read_all(std::string(LLM101_FIXTURES) + "/" + name)).parsed_by == ParsePath::Scanner);
  }
  // Structure the scanner does not model goes to cmark: a quote, a tab before the box, indented
  // code after a list, a link reference definition.
  for (const char* name : {"blockquote.md", "tabs-no-eol.md", "code-fence.md", "x-in-text.md"}) {
    INFO(name);
    CHECK(parse_roadmap(read_all(std::string(LLM101_FIXTURES) + "/" + name)).parsed_by == ParsePath::Cmark);
  }
}

TEST_CASE("scanner and cmark agree on random Markdown built from awkward lines") {
  // Lines that matter to the structure, shuffled with random indentation: whatever the scanner
  // accepts must come out exactly as cmark has it (anything else it must hand over).
  static const char* const kLines[] = {
      "", "", "## 阶段1：基础", "### 1.1 数学", "# Title", "#### 1.2 **编程**", "- [ ] item", "- [x] done",
      "* [ ] star", "+ [X] plus", "1. [ ] one", "2. [ ] two", "1) [x] paren", "- plain", "- **bold** item",
      "- [ ] **markup** `code`", "- [ ] <b>html</b>", "- [ ] [link](u) and www.example.com", "text line",
      "**推荐资源**:", "- [官方文档](https://example.org/)", "```", "~~~", "```python", "> quote", "<div>",
      "---", "===", "***", "| a | b |", "|---|---|", "[ref]: http://x", "- [ ]", "-", "- ", "    code",
      "- [ ] a\ttab", "\t- [ ] tab", "#not a heading", "## closed ##", "- # heading", "- 1. nested",
      "2024. a year", "- [ ] &amp; entity", "- [ ] \\[escaped\\]", "- [ ] ~~strike~~", "- [ ] 中文：任务",
      "> - [ ] quoted task", ">> nested", "> # quoted heading", "<!-- a -->", "<!--", "-->", "| x |", "- ## h",
      "-  ### wide", "- ###no space", "> text", "1. - [ ] one line",
      // item states: Obsidian's boxes, llm101's marker, stale and bare markers
      "- [/] doing", "- [-] skipped", "- [ ] <!-- llm101: doing --> 注意力", "- [x] <!-- llm101: skipped --> s",
      "- [ ] <!--llm101:skipped-->x", "- [ ] <!-- llm101: doing -->", "1. [-] one", "- [/]", "- [-]x",
      // invalid UTF-8 (roadmap_fuzz): to cmark a fence whose info string holds a stray byte is no fence
      "```py\xD5thon", "~~~\xF3x", "```\x88", "| a\xFF | b |", "- [ ] bad \xFF byte", "## h\xC3",
      "> \xE4\xB8 q", "<div \xFF>", "- [ ] `co\xFF" "de`",
      // an empty item ("2." alone) ends its list; "3)" then continues the paragraph after it
      "2.", "3)", "-", "*", "1.", "12)", "3) [ ] third", "yx second",
  };
  // Lines the scanner accepts, so that it takes more of the documents itself.
  static const char* const kFriendly[] = {
      "", "## 阶段1：基础", "### 1.1 数学", "# Title", "#### **编程**", "- [ ] item", "- [x] done",
      "* [ ] star", "1. [ ] one", "2. [ ] two", "- plain", "- **bold** item", "- [ ] **markup** `code`",
      "- [ ] <b>x</b>", "text line", "**推荐资源**:", "- [官方文档](https://example.org/)", "```",
      "- [ ] 中文：任务", "2. text", "- [ ] <!-- c -->", "1. plain", "#not", "- [ ] &amp;",
      // What realistic roadmaps add (issue 14): the scanner reads these itself.
      "> 提示：先运行 `pip install`", "> ", ">", "<!-- TODO -->", "<!-- open", "-->", "| 阶段 | 内容 |",
      "|---|---|", "| 1 | 基础 |", "- #### 1.1 数学", "- ### Arrays", "3. [ ] three", "- 参考：<https://x.org>",
      "- [/] doing", "- [-] skipped", "- [ ] <!-- llm101: doing --> 注意力", "- [ ] <!-- llm101: skipped --> s"};
  static const char* const kIndent[] = {"", "", "", "  ", "   ", "    ", "      ", " "};
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&](std::uint64_t n) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<std::size_t>(state % n);
  };
  for (int doc = 0; doc < 8000; ++doc) {
    std::string text;
    std::size_t lines = 1 + next(14);
    for (std::size_t l = 0; l < lines; ++l) {
      text += kIndent[next(std::size(kIndent))];
      text += doc % 2 ? kFriendly[next(std::size(kFriendly))] : kLines[next(std::size(kLines))];
      text += '\n';
    }
    test::require_same_parse(text);
  }
}

TEST_CASE("scanner and cmark agree on the documents roadmap_fuzz found them disagreeing on") {
  for (const char* text : {
           // a fence whose info string is not UTF-8 is no fence to cmark
           "## R\n- [ ] a\n\n```x\xD5y\n- [ ] b\n```\n- [ ] c\n",
           "## R\n- [ ] a\n\n~~~\xF3\xF5 x\n- [ ] b\n~~~\n",
           // "2." alone is an empty item: the list ends at the next line, and "3)" cannot
           // interrupt the paragraph that line starts
           "## A\n1. a\n2.\nyx second\n3) [ ] third\n",
           "## A\n1. a\n2.\r\x00x second\n3) [ ] third\n",
       }) {
    test::require_same_parse(text);
  }
}
