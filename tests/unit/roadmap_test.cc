// Roadmap parsing: IDs, structure, checkbox offsets, and the awkward Markdown corners.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "core/roadmap.h"
#include "support.h"

using namespace llm101;

TEST_CASE("the seed roadmap has 6 stages, 17 sections, 70 items") {
  Roadmap rm = parse_roadmap(embedded_roadmap());
  CHECK(rm.stages.size() == 6);
  std::size_t sections = 0;
  for (const Stage& s : rm.stages) sections += s.sections.size();
  CHECK(sections == 17);
  CHECK(rm.total == 70);
  CHECK(rm.done == 0);
  CHECK(rm.title == "LLM学习路线图");
  REQUIRE(rm.find_item("3.1.2"));
  CHECK(rm.find_item("3.1.2")->text == "多头注意力");
  REQUIRE(rm.find_item("1.2.5"));
  CHECK(rm.find_item("1.2.5")->text == "Git：版本控制基础");
  REQUIRE(rm.find_stage("3"));
  CHECK(rm.find_stage("3")->title == "Transformer和注意力机制（1-2个月）");
  REQUIRE(rm.find_section("3.1"));
  CHECK(rm.find_section("3.1")->title == "Transformer架构");
  CHECK(rm.find_stage("3")->total == 8);
}

using test::fixture;

namespace {

std::vector<std::string> ids(const Roadmap& rm) {
  std::vector<std::string> out;
  for (const TaskItem& it : rm.items) out.push_back(it.id);
  return out;
}
}  // namespace

TEST_CASE("every checkbox offset points at the mark between brackets") {
  for (const char* name : {"crlf.md", "cr.md", "bom.md", "yaml-front-matter.md", "toml-front-matter.md",
                           "nested.md", "ordered.md", "blockquote.md", "code-fence.md", "x-in-text.md",
                           "tabs-no-eol.md", "no-headings.md"}) {
    INFO(name);
    std::string text = fixture(name);
    Roadmap rm = parse_roadmap(text);
    REQUIRE(rm.total > 0);
    for (const TaskItem& it : rm.items) {
      INFO(it.id);
      REQUIRE(it.box > 0);
      CHECK(text[it.box - 1] == '[');
      CHECK(text[it.box + 1] == ']');
      CHECK(it.done == (text[it.box] == 'x' || text[it.box] == 'X'));
    }
  }
}

TEST_CASE("front matter is not Markdown and keeps line numbers") {
  Roadmap yaml = parse_roadmap(fixture("yaml-front-matter.md"));
  CHECK(ids(yaml) == std::vector<std::string>{"1.1", "1.2", "2.1"});
  CHECK(yaml.items[0].line == 8);
  CHECK(yaml.front_matter_end > 0);
  Roadmap toml = parse_roadmap(fixture("toml-front-matter.md"));
  CHECK(ids(toml) == std::vector<std::string>{"1.1", "2.1"});
  CHECK(toml.items[1].done);
  // An unclosed fence is just Markdown (a thematic break).
  CHECK(front_matter_length("---\n- [ ] a\n") == 0);
  CHECK(parse_roadmap("---\n- [ ] a\n").total == 1);
}

TEST_CASE("line endings, BOM, tabs and a missing final newline") {
  Roadmap crlf = parse_roadmap(fixture("crlf.md"));
  CHECK(crlf.line_ending == LineEnding::CRLF);
  CHECK(ids(crlf) == std::vector<std::string>{"1.1", "1.2", "2.1"});
  CHECK(crlf.items[2].line == 8);
  Roadmap cr = parse_roadmap(fixture("cr.md"));
  CHECK(cr.line_ending == LineEnding::CR);
  CHECK(cr.total == 3);
  CHECK(cr.items[2].line == 6);
  Roadmap bom = parse_roadmap(fixture("bom.md"));
  CHECK(bom.has_bom);
  CHECK(bom.title == "计划");
  CHECK(bom.stages[1].id == "2");
  CHECK(bom.items[0].text == "线性代数");
  Roadmap tabs = parse_roadmap(fixture("tabs-no-eol.md"));
  CHECK(tabs.total == 2);
  CHECK(tabs.items[1].text == "no final newline");
}

TEST_CASE("nested items get child IDs — items directly under a stage are in section 0") {
  Roadmap rm = parse_roadmap(fixture("nested.md"));
  CHECK(ids(rm) == std::vector<std::string>{"1.1.1", "1.1.1.1", "1.1.1.2", "1.1.1.2.1", "1.1.2", "1.2.1",
                                            "2.0.1", "2.1.1"});
  CHECK(rm.items[1].parent == 0);
  CHECK(rm.items[3].depth == 2);
  CHECK(rm.find_section("2.0"));
  CHECK(rm.select("1.1.1").size() == 4);
  CHECK(rm.select("1").size() == 6);
  CHECK(rm.find_stage("1")->total == 6);
}

TEST_CASE("ordered lists, quotes, fences and look-alikes") {
  Roadmap ordered = parse_roadmap(fixture("ordered.md"));
  CHECK(ids(ordered) == std::vector<std::string>{"1.1", "1.2", "1.3", "2.1"});
  CHECK(ordered.items[3].done);  // [X]
  Roadmap quote = parse_roadmap(fixture("blockquote.md"));
  CHECK(quote.total == 4);
  Roadmap fence = parse_roadmap(fixture("code-fence.md"));
  CHECK(ids(fence) == std::vector<std::string>{"1.1", "2.1"});
  Roadmap x = parse_roadmap(fixture("x-in-text.md"));
  REQUIRE(x.total == 7);
  CHECK_FALSE(x.items[0].done);  // "[ ] mentions [x] later"
  CHECK(x.items[1].done);
  CHECK(x.items[1].text == "done, mentions [ ] later");
}

TEST_CASE("headings without numbers are numbered by position") {
  Roadmap rm = parse_roadmap("# T\n## Alpha\n### Intro\n- [ ] a\n### Deeper\n- [ ] b\n## Beta\n### Only\n- [ ] c\n");
  CHECK(ids(rm) == std::vector<std::string>{"1.1.1", "1.2.1", "2.1.1"});
  CHECK(rm.stages[1].title == "Beta");
  Roadmap flat = parse_roadmap("- [ ] a\n- [ ] b\n");
  CHECK(ids(flat) == std::vector<std::string>{"1", "2"});
  // Numbers in titles that are not numbering stay in the title.
  Roadmap words = parse_roadmap("## GPT 3 models\n- [ ] a\n## 3D printing\n- [ ] b\n");
  CHECK(words.stages[0].title == "GPT 3 models");
  CHECK(words.stages[1].title == "3D printing");
  CHECK(ids(words) == std::vector<std::string>{"1.1", "2.1"});
  // Duplicate explicit numbers fall back to the next free number.
  Roadmap dup = parse_roadmap("## Stage 1\n- [ ] a\n## Stage 1\n- [ ] b\n");
  CHECK(ids(dup) == std::vector<std::string>{"1.1", "2.1"});
}

TEST_CASE("nearest IDs for a typo") {
  Roadmap rm = parse_roadmap(embedded_roadmap());
  auto near = rm.nearest_ids("3.1.5");
  REQUIRE_FALSE(near.empty());
  CHECK(near[0].substr(0, 4) == "3.1.");
  // Past the end of a section (1.1 has four items): its last items, the last one first.
  CHECK(rm.nearest_ids("1.1.9") == std::vector<std::string>{"1.1.4", "1.1.3", "1.1.2"});
  CHECK(rm.nearest_ids("1.1.12") == std::vector<std::string>{"1.1.4", "1.1.3", "1.1.2"});
  CHECK(rm.nearest_ids("3.1.5") == std::vector<std::string>{"3.1.4", "3.1.3", "3.1.2"});
  CHECK(rm.nearest_ids("1.1.0") == std::vector<std::string>{"1.1.1", "1.1.2", "1.1.3"});
  CHECK(rm.nearest_ids("9.1.1") == std::vector<std::string>{"6.1.1", "5.1.1", "4.1.1"});  // a stage past the end
  CHECK(rm.nearest_ids("7") == std::vector<std::string>{"6", "5", "4"});
  CHECK(looks_like_id("3.1.2"));
  CHECK_FALSE(looks_like_id("3..1"));
  CHECK_FALSE(looks_like_id("abc"));
  CHECK_FALSE(looks_like_id("3."));
}

TEST_CASE("git conflict markers are found") {
  CHECK(parse_roadmap(fixture("conflict.md")).conflict_line == 3);
  CHECK(parse_roadmap(embedded_roadmap()).conflict_line == 0);
}

TEST_CASE("deeply nested inline Markdown does not overflow the stack") {
  // 400000 nested emphasis / image nodes: a recursive walk of the inline tree crashed here.
  for (std::string_view open_close : {std::string_view("**|**"), std::string_view("![|](u)"),
                                      std::string_view("~~a |~~")}) {
    std::string_view open = open_close.substr(0, open_close.find('|'));
    std::string_view close = open_close.substr(open_close.find('|') + 1);
    std::string text = "# T\n\n- [ ] ";
    for (int i = 0; i < 400000; ++i) text += open;
    text += "deep";
    for (int i = 0; i < 400000; ++i) text += close;
    text += "\n";
    Roadmap rm = parse_roadmap(text);
    REQUIRE(rm.total == 1);
    CHECK(rm.items[0].text.find("deep") != std::string::npos);
  }
}

TEST_CASE("conflict markers are found anywhere, front matter included") {
  CHECK(parse_roadmap("---\ntitle: a\n<<<<<<< HEAD\nx: 1\n=======\nx: 2\n>>>>>>> b\n---\n- [ ] a\n")
            .conflict_line == 3);
  CHECK(parse_roadmap("\xEF\xBB\xBF<<<<<<< ours\r\n- [ ] a\r\n").conflict_line == 1);
  CHECK(parse_roadmap("- [ ] a\r>>>>>>>\r").conflict_line == 2);
  CHECK(parse_roadmap("```\n<<<<<<< HEAD\n```\n- [ ] a\n").conflict_line == 2);
  CHECK(parse_roadmap("- [ ] a\n=======\n<<<<<<<< not a marker (8)\n").conflict_line == 0);
}

TEST_CASE("a NUL is never taken for a checkbox mark (found by roadmap_fuzz)") {
  using namespace std::string_literals;
  std::string text = "- [\0] a\n- [ ]\0b\n- [ ] c\n"s;
  Roadmap rm = parse_roadmap(text);
  REQUIRE(rm.total == 1);
  CHECK(rm.items[0].text == "c");
  CHECK(text[rm.items[0].box] == ' ');
}

TEST_CASE("checking an item never changes its text or loses it, even with a [x]: definition") {
  // Found by roadmap_fuzz: "[x]" became a link to the definition and the item, whose text sits on
  // a continuation line, vanished once checked.
  for (std::string text : {std::string("[x]:t\n- [ ]\t\nt"), std::string("[X]: /u\n- [ ] **bold** text\n")}) {
    INFO(text);
    Roadmap before = parse_roadmap(text);
    REQUIRE(before.total == 1);
    text[before.items[0].box] = 'x';
    Roadmap after = parse_roadmap(text);
    REQUIRE(after.total == 1);
    CHECK(after.items[0].done);
    CHECK(after.items[0].text == before.items[0].text);
  }
}
