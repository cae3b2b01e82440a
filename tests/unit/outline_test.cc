// The structure a user can see and set (issue 19): Week 0 keeps its ordinal, llm101.toml's
// [outline] overrides the inference where it matches, `outline` explains each choice, and
// `list --json` is written directly in the JSON formatter's layout.
#include <catch2/catch.hpp>

#include <toml++/toml.h>

#include <random>
#include <string>
#include <vector>

#include "core/guide.h"
#include "core/json.h"
#include "core/outline_report.h"
#include "core/report.h"
#include "core/roadmap.h"

using namespace llm101;

TEST_CASE("Week 0 keeps ID 0, and items before the first stage then take the next free number") {
  const std::string text = "# Plan\n- [ ] setup\n## Week 0: Prep\n- [ ] a\n## Week 1\n- [ ] b\n## Extra\n- [ ] c\n";
  Roadmap rm = parse_roadmap(text);
  REQUIRE(rm.items.size() == 4);
  CHECK(rm.items[0].id == "3.1");  // 0, 1 and Extra's 2 are taken
  CHECK(rm.items[1].id == "0.1");
  CHECK(rm.items[2].id == "1.1");
  CHECK(rm.items[3].id == "2.1");
  CHECK(rm.find_stage("0")->title == "Prep");
  CHECK(rm.find_stage("3")->title == "(before the first stage)");
  // Without the item before Week 0 nothing else moves.
  Roadmap without = parse_roadmap("# Plan\n## Week 0: Prep\n- [ ] a\n## Week 1\n- [ ] b\n## Extra\n- [ ] c\n");
  REQUIRE(without.items.size() == 3);
  CHECK(without.items[0].id == "0.1");
  CHECK(without.items[2].id == "2.1");
  // No heading numbered 0: the pseudo-stage is 0, as before.
  CHECK(parse_roadmap("- [ ] early\n## Week 1\n- [ ] a\n## Week 2\n- [ ] b\n").items[0].id == "0.1");
}

TEST_CASE("[outline] settings override the inference where they match a heading") {
  const std::string text = "# T\n## A\n### a1\n- [ ] x\n### a2\n- [ ] y\n## B\n### b1\n- [ ] z\n";
  Roadmap inferred = parse_roadmap(text);
  CHECK(inferred.stage_level == 2);
  CHECK(inferred.section_level == 3);
  CHECK(inferred.stage_choice.why == LevelWhy::Several);
  CHECK(inferred.items[0].id == "1.1.1");
  OutlineSettings set;
  set.stage_level = 3;
  Roadmap by_config = parse_roadmap(text, ParseMode::Auto, set);
  CHECK(by_config.stage_choice.why == LevelWhy::Config);
  CHECK(by_config.stage_level == 3);
  CHECK(by_config.section_level == 0);
  CHECK(by_config.items[2].id == "3.1");
  CHECK(unused_outline_settings(by_config, set).empty());
  set = {};
  set.section_level = 0;
  Roadmap flat = parse_roadmap(text, ParseMode::Auto, set);
  CHECK(flat.section_level == 0);
  CHECK(flat.items[1].id == "1.2");
  // A level with no heading is not applied, and says so.
  set = {};
  set.stage_level = 5;
  set.section_level = 6;
  set.projects_heading = "Nothing like it";
  Roadmap unmatched = parse_roadmap(text, ParseMode::Auto, set);
  CHECK(unmatched.stage_level == 2);
  CHECK(unused_outline_settings(unmatched, set).size() == 3);
}

TEST_CASE("projects_heading reads a heading of any shape as practice projects") {
  const std::string text = "# S\n## Part 1\n- [ ] a\n## 🛠️ My projects\n1. [ ] bot\n2. ship\n## Part 2\n- [ ] b\n";
  Roadmap plain = parse_roadmap(text);
  CHECK(plain.total == 3);  // not the seed's shape: the numbered task is a checklist item
  OutlineSettings set;
  set.projects_heading = "my projects";
  Roadmap rm = parse_roadmap(text, ParseMode::Auto, set);
  CHECK(rm.total == 2);
  Guide g = parse_guide(text, rm);
  REQUIRE(g.projects.size() == 2);
  CHECK(g.projects[0].id == "P1.1");
  CHECK(g.projects[1].text == "ship");
  CHECK(unused_outline_settings(rm, set).empty());
  // The outline says why each part is what it is.
  const std::string out = render_outline(rm, g, Style{false, 200, ""});
  CHECK(out.find("Practice projects: \"🛠️ My projects\" (line 4): projects 2, phases 1.") != std::string::npos);
  const std::string why = render_outline(plain, parse_guide(text, plain), Style{false, 200, ""});
  CHECK(why.find("Stages: level-2 headings") != std::string::npos);
}

TEST_CASE("list --json: written directly, byte for byte the JSON formatter's strings") {
  // Random bytes (controls, quotes, backslashes, UTF-8, DEL) escape exactly as toml++ does.
  std::mt19937 rng(19);
  const std::vector<std::string> tokens = {"a", " ", "\"", "\\", "\x7f", "\t", "\n", "\r", "\b", "\f",
                                           std::string(1, '\0'), "\x01", "\x1f", "/", "多", "🎯", "\xEF\xB8\x8F"};
  for (int round = 0; round < 300; ++round) {
    std::string s;
    for (int k = static_cast<int>(rng() % 12); k > 0; --k) s += tokens[rng() % tokens.size()];
    toml::array one;
    one.push_back(s);
    std::string want = to_json_text(one);  // "[\n    \"...\"\n]\n"
    want = want.substr(want.find('"'), want.rfind('"') - want.find('"') + 1);
    std::string got;
    append_json_string(got, s);
    INFO("round " << round);
    CHECK(got == want);
  }
  // Every item has both keys; null when it sits in no stage or section.
  Roadmap rm = parse_roadmap("- [ ] loose\n## A\n- [x] in a\n## B\n- [ ] \"quoted\"\n");
  std::vector<std::size_t> all{0, 1, 2};
  const std::string json = items_json(rm, all);
  CHECK(json.find("\"section\" : null,\n        \"stage\" : \"0\"") != std::string::npos);
  CHECK(json.find("\"text\" : \"\\\"quoted\\\"\"") != std::string::npos);
  CHECK(items_json(rm, {}) == "[]\n");
}

TEST_CASE("list --json reserves its output once: 100k items never double a 20 MB string") {
  // Long IDs and short texts are where the per-item estimate is tightest.
  std::string text;
  for (int s = 1; s <= 12; ++s) {
    text += "## Stage " + std::to_string(s) + "\n";
    for (int c = 1; c <= 12; ++c) {
      text += "### " + std::to_string(s) + "." + std::to_string(c) + " Section\n";
      for (int i = 0; i < 120; ++i) text += i % 3 ? "- [ ] x\n" : "- [x] 多头注意力 `code` and a longer text\n";
    }
  }
  Roadmap rm = parse_roadmap(text);
  std::vector<std::size_t> all(rm.items.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  const std::string json = items_json(rm, all);
  REQUIRE(rm.items.size() == 12 * 12 * 120);
  // A string that outgrew its reserve has doubled: its capacity is then well above its size.
  CHECK(json.capacity() < json.size() + json.size() / 4);
}
