// Upgrading the roadmap (core/upgrade.h, core/text_match.h, core/journal_match.h): the normal
// form and similarity, matching on hand-made pairs and on the seed, marks carried as bytes, and
// a seeded property test: random edits, upgrade onto the edited copy and back, no done item lost.
#include <algorithm>
#include <random>

#include "core/guide.h"
#include "core/journal_match.h"
#include "core/text_match.h"
#include "core/upgrade.h"
#include "support.h"

using namespace llm101;
using llm101::test::read_all;

namespace {

// A version with its parsed roadmap and guide, kept alive together.
struct Version {
  std::string text;
  Roadmap rm;
  Guide guide;
  explicit Version(std::string t) : text(std::move(t)), rm(parse_roadmap(text)), guide(parse_guide(text, rm)) {}
  RoadmapVersion view() const { return {text, rm, guide}; }
};

UpgradePlan plan(const Version& a, const Version& b) {
  auto p = plan_upgrade(a.view(), b.view(), "new.md");
  REQUIRE(p);
  return *p;
}

// Every box of `text` blanked: a version as shipped.
std::string blank(std::string text) {
  Roadmap rm = parse_roadmap(text);
  for (const TaskItem& it : rm.items) text[it.box] = ' ';
  return text;
}

}  // namespace

TEST_CASE("match_form: width, case, spaces, punctuation and emoji do not count") {
  CHECK(match_form("Ｐｙｔｈｏｎ 基础：语法") == match_form("python基础:语法"));
  CHECK(match_form("🚀 RAG（检索增强）") == match_form("rag 检索增强"));
  CHECK(match_form("C++ 模板") != match_form("C 模板"));
  CHECK(match_form("  ") .empty());
  CHECK(!match_form("\xff\xfe bad").empty());  // invalid bytes still compare
}

TEST_CASE("similarity: Dice of bigrams") {
  CHECK(similarity(match_form("多头注意力"), match_form("多头注意力机制")) == Approx(0.8));
  CHECK(similarity(match_form("线性代数"), match_form("概率论")) == 0.0);
  CHECK(similarity(match_form("a"), match_form("a")) == 1.0);
  CHECK(similarity(match_form(""), match_form("")) == 0.0);
}

TEST_CASE("similarity: the seed's own items stay apart") {
  // The thresholds are only safe if no two different items as near each other reach them.
  Version seed(read_all(LLM101_SEED));
  double section = 0, stage = 0, anywhere = 0;
  for (std::size_t i = 0; i < seed.rm.items.size(); ++i)
    for (std::size_t j = i + 1; j < seed.rm.items.size(); ++j) {
      const TaskItem &a = seed.rm.items[i], &b = seed.rm.items[j];
      double s = similarity(match_form(a.text), match_form(b.text));
      anywhere = std::max(anywhere, s);
      if (a.stage == b.stage) stage = std::max(stage, s);
      if (a.stage == b.stage && a.section == b.section) section = std::max(section, s);
    }
  WARN("highest similarity of two seed items: in a section " << section << ", a stage " << stage << ", anywhere "
                                                             << anywhere);
  CHECK(section < kRenameInSection);
  CHECK(stage < kRenameInStage);
  CHECK(anywhere < kRenameAnywhere);
}

TEST_CASE("upgrade: the same version keeps everything and changes no byte") {
  Version seed(read_all(LLM101_SEED));
  UpgradePlan p = plan(seed, seed);
  CHECK(p.kept == seed.rm.total);
  CHECK(p.added.empty());
  CHECK(p.text == seed.text);
}

TEST_CASE("upgrade: an inserted item moves the rest — marks follow their text") {
  Version a("# T\n## A\n- [x] one\n- [ ] two\n- [X] three\n");
  Version b("# T\n## A\n- [ ] zero\n- [ ] one\n- [ ] two\n- [ ] three\n");
  UpgradePlan p = plan(a, b);
  CHECK(p.text == "# T\n## A\n- [ ] zero\n- [x] one\n- [ ] two\n- [X] three\n");
  CHECK(p.moved == 3);
  REQUIRE(p.added.size() == 1);
  CHECK(b.rm.items[p.added[0]].text == "zero");
}

TEST_CASE("upgrade: a renamed item is found in its own section, not in another") {
  Version a("# T\n## A\n- [x] 多头注意力\n## B\n- [ ] 位置编码\n");
  Version b("# T\n## A\n- [ ] 多头注意力机制\n## B\n- [ ] 多头注意力的实现\n- [ ] 位置编码\n");
  UpgradePlan p = plan(a, b);
  CHECK(p.items[0].fate == ItemFate::Renamed);
  CHECK(b.rm.items[p.items[0].new_index].text == "多头注意力机制");
  CHECK(p.text.find("- [x] 多头注意力机制") != std::string::npos);
  CHECK(p.text.find("- [ ] 多头注意力的实现") != std::string::npos);
}

TEST_CASE("upgrade: duplicate texts pair by ID first, then by section") {
  Version a("# T\n## A\n- [x] 练习\n## B\n- [ ] 练习\n");
  Version b("# T\n## B\n- [ ] 练习\n## A\n- [ ] 练习\n");
  UpgradePlan p = plan(a, b);
  // IDs 1.1 and 2.1 exist in both; the same ID wins over the section title.
  CHECK(p.kept == 2);
  CHECK(p.text == "# T\n## B\n- [x] 练习\n## A\n- [ ] 练习\n");
}

TEST_CASE("upgrade: a done project stays done, inserted as [x] when the new line is plain") {
  std::string seed = read_all(LLM101_SEED);
  Version a(seed);
  const Project& p11 = a.guide.projects[0];
  auto done = insert_task_markers(seed, {p11.insert_at}, "r.md");
  REQUIRE(done);
  Version marked(*done);
  UpgradePlan p = plan(marked, a);
  CHECK(p.text == *done);
}

TEST_CASE("upgrade: refuses a new version with no items or with conflict markers") {
  Version a("- [x] one\n");
  Version none("# nothing here\n");
  CHECK(!plan_upgrade(a.view(), none.view(), "new.md"));
  Version conflicted("- [ ] one\n<<<<<<< ours\n- [ ] two\n=======\n>>>>>>> theirs\n");
  auto r = plan_upgrade(a.view(), conflicted.view(), "new.md");
  REQUIRE(!r);
  CHECK(r.error().line == 2);
}

TEST_CASE("journal: a line names its item by text first, ID second") {
  Roadmap rm = parse_roadmap("# T\n## A\n- [ ] inserted\n- [x] one\n- [x] two\n## B\n- [ ] other\n");
  REQUIRE(rm.items[0].id == "1.1");
  JournalEntry e;
  e.date = "2026-11-01";
  e.completed = {{"1.1", "one", 3}, {"1.2", "two", 4}, {"1.3", "", 5}, {"9.9", "一个删掉的条目", 6},
                 {"1.2", "finally", 7}, {"1.1", "一个删掉的条目", 8}, {"1.1", "inserted, at last", 9}};
  auto named = map_completed(rm, {e});
  REQUIRE(named[0].size() == 7);
  CHECK(named[0][0] == 1);        // "one" is 1.2 now
  CHECK(named[0][1] == 2);        // "two" is 1.3 now
  CHECK(named[0][2] == kNoItem);  // 1.3 is "two", which a line names by text
  CHECK(named[0][3] == kNoItem);
  CHECK(named[0][4] == kNoItem);  // 1.2 ("one") is named by text by another line
  CHECK(named[0][5] == kNoItem);  // a dropped item's line: its ID belongs to another item now
  CHECK(named[0][6] == 0);        // the item's text with more around it
}

TEST_CASE("journal: a renamed and renumbered done item keeps its line") {
  // 4.2.4 LLaMA和开源模型 became 4.2.1 LLaMA和Qwen等开源模型 (0.7 alike); 4.2.4 is another item now.
  Roadmap rm = parse_roadmap("## 阶段4\n### 4.2 模型\n- [x] LLaMA和Qwen等开源模型\n- [ ] GPT系列\n- [ ] BERT系列\n"
                             "- [ ] T5和BART\n## 阶段5\n- [ ] 提示工程\n");
  REQUIRE(rm.items[3].id == "4.2.4");
  JournalEntry e;
  e.date = "2026-10-01";
  e.completed = {{"4.2.4", "LLaMA和开源模型", 3}, {"4.2.2", "GPT系列：GPT-2、GPT-3", 4}};
  auto named = map_completed(rm, {e});
  CHECK(named[0][0] == 0);  // the done item no line names, not T5和BART at 4.2.4
  CHECK(named[0][1] == 1);  // the line holds 4.2.2's text
}

namespace {

// A roadmap as lines, each task line tagged with the index of the item it was.
struct Line {
  std::string text;
  int origin = -1;
};

std::vector<Line> lines_of(const std::string& text, const Roadmap& rm) {
  std::vector<Line> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back({text.substr(start, end - start), -1});
    start = end + 1;
  }
  for (std::size_t i = 0; i < rm.items.size(); ++i) out[rm.items[i].line - 1].origin = static_cast<int>(i);
  return out;
}

std::string join(const std::vector<Line>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i].text;
  return out;
}

// Random edits a roadmap's author makes: delete, insert, rename, move items, insert sections.
std::vector<Line> edit(std::vector<Line> lines, std::mt19937& rng, int n, int level, std::vector<bool>& deleted) {
  auto task_lines = [&] {
    std::vector<std::size_t> t;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (lines[i].origin >= 0 || lines[i].text.rfind("- [ ] 新条目", 0) == 0) t.push_back(i);
    return t;
  };
  for (int k = 0; k < n; ++k) {
    std::vector<std::size_t> t = task_lines();
    std::size_t at = t[rng() % t.size()];
    switch (rng() % 5) {
      case 0:
        if (lines[at].origin >= 0) deleted[lines[at].origin] = true;
        lines.erase(lines.begin() + static_cast<long>(at));
        break;
      case 1: lines.insert(lines.begin() + static_cast<long>(at), {"- [ ] 新条目 " + std::to_string(k), -1}); break;
      case 2: lines[at].text += "（进阶）"; break;
      case 3: {
        Line moved = lines[at];
        lines.erase(lines.begin() + static_cast<long>(at));
        std::vector<std::size_t> t2 = task_lines();
        lines.insert(lines.begin() + static_cast<long>(t2[rng() % t2.size()]), moved);
        break;
      }
      default:
        lines.insert(lines.begin() + static_cast<long>(at), {std::string(level, '#') + " 新小节 " + std::to_string(k), -1});
    }
  }
  return lines;
}

}  // namespace

TEST_CASE("property: upgrade onto a randomly edited copy and back loses no done item that still exists") {
  const std::string seed = blank(read_all(LLM101_SEED));
  const Roadmap seed_rm = parse_roadmap(seed);
  for (unsigned round = 0; round < 60; ++round) {
    std::mt19937 rng(round);
    // Marks by text, so items with the same text have the same mark and no pairing is ambiguous.
    std::string marked = seed;
    std::vector<bool> done(seed_rm.items.size());
    for (std::size_t i = 0; i < seed_rm.items.size(); ++i) {
      done[i] = std::hash<std::string>{}(seed_rm.items[i].text + std::to_string(round)) % 2;
      if (done[i]) marked[seed_rm.items[i].box] = 'x';
    }
    Version original(marked);
    std::vector<bool> deleted(seed_rm.items.size());
    std::vector<Line> edited_lines = edit(lines_of(seed, seed_rm), rng, 1 + static_cast<int>(round % 10),
                                          seed_rm.section_level, deleted);
    Version edited(join(edited_lines));
    UpgradePlan there = plan(original, edited);
    Version carried(there.text);
    // Each surviving item has its mark in the edited copy, found by the line it went to.
    for (std::size_t l = 0; l < edited_lines.size(); ++l) {
      int o = edited_lines[l].origin;
      if (o < 0) continue;
      const TaskItem* it = nullptr;
      for (const TaskItem& c : carried.rm.items)
        if (c.line == static_cast<int>(l) + 1) it = &c;
      REQUIRE(it);
      INFO("round " << round << ": " << seed_rm.items[o].id << " " << seed_rm.items[o].text);
      CHECK(it->done == done[o]);
    }
    UpgradePlan back = plan(carried, Version(seed));
    Version returned(back.text);
    for (std::size_t i = 0; i < seed_rm.items.size(); ++i) {
      if (deleted[i]) continue;
      INFO("round " << round << " back: " << seed_rm.items[i].id << " " << seed_rm.items[i].text);
      CHECK(returned.rm.items[i].done == done[i]);
    }
  }
}

#include "core/roadmap_version.h"

TEST_CASE("roadmap version: the last shipped fingerprint is the built-in roadmap") {
  const std::string fp = roadmap_fingerprint(parse_roadmap(embedded_roadmap()));
  INFO("append this to kShipped in src/core/roadmap_version.cc: " << fp);
  REQUIRE(!shipped_roadmaps().empty());
  CHECK(shipped_roadmaps().back() == fp);
}

TEST_CASE("roadmap version: marks do not change it, text does — only shipped older versions are older") {
  std::string seed = read_all(LLM101_SEED);
  Roadmap rm = parse_roadmap(seed);
  std::string marked = seed;
  marked[rm.items[3].box] = 'x';
  CHECK(roadmap_fingerprint(parse_roadmap(marked)) == roadmap_fingerprint(rm));
  std::string edited = seed;
  edited.insert(rm.items[3].box + 3, "!");
  CHECK(roadmap_fingerprint(parse_roadmap(edited)) != roadmap_fingerprint(rm));
  const std::string_view list[] = {"aaaa", "bbbb", "cccc"};
  CHECK(builtin_is_newer("aaaa", list));
  CHECK(builtin_is_newer("bbbb", list));
  CHECK(!builtin_is_newer("cccc", list));
  CHECK(!builtin_is_newer("dddd", list));
}
