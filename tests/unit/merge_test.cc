// The merge driver's core: roadmap boxes merge one by one, text as git merges it; journal
// entries unite their notes and add up their study time.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/journal.h"
#include "core/merge.h"
#include "core/roadmap.h"
#include "support.h"

using namespace llm101;
using test::all_fixtures;
using test::read_all;

namespace {
std::string fmt_item(char mark, int i) { return "- [" + std::string(1, mark) + "] item " + std::to_string(i) + "\n"; }
}  // namespace

TEST_CASE("roadmap: box changes on adjacent lines never conflict") {
  const std::string base = "## 1 A\n- [ ] a\n- [ ] b\n- [x] c\n- [ ] d\n";
  MergeResult r = merge_roadmap(base, "## 1 A\n- [x] a\n- [ ] b\n- [x] c\n- [ ] d\n",
                                "## 1 A\n- [ ] a\n- [x] b\n- [ ] c\n- [ ] d\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "## 1 A\n- [x] a\n- [x] b\n- [ ] c\n- [ ] d\n");
}

TEST_CASE("roadmap: the same box changed on both sides, and one side's change over no change") {
  const std::string base = "- [ ] a\n- [x] b\n";
  CHECK(merge_roadmap(base, "- [x] a\n- [x] b\n", "- [x] a\n- [x] b\n").text == "- [x] a\n- [x] b\n");
  CHECK(merge_roadmap(base, base, "- [ ] a\n- [ ] b\n").text == "- [ ] a\n- [ ] b\n");
  CHECK(merge_roadmap(base, "- [ ] a\n- [ ] b\n", base).text == "- [ ] a\n- [ ] b\n");
  // Unchecked on one side, checked (as it was) on the other: the change wins.
  CHECK(merge_roadmap(base, "- [x] a\n- [ ] b\n", "- [x] a\n- [x] b\n").text == "- [x] a\n- [ ] b\n");
}

TEST_CASE("roadmap: state markers merge like boxes, line by line") {
  const std::string base = "- [ ] a\n- [ ] b\n- [ ] c\n";
  const std::string doing = "<!-- llm101: doing --> ", skipped = "<!-- llm101: skipped --> ";
  // Markers on adjacent lines from both sides: clean.
  MergeResult r = merge_roadmap(base, "- [ ] a\n- [ ] " + doing + "b\n- [ ] c\n",
                                "- [ ] " + skipped + "a\n- [ ] b\n- [ ] " + doing + "c\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "- [ ] " + skipped + "a\n- [ ] " + doing + "b\n- [ ] " + doing + "c\n");
  // Started here, checked there: done, and the marker goes with the side that ticked it.
  r = merge_roadmap(base, "- [ ] " + doing + "a\n- [ ] b\n- [ ] c\n", "- [x] a\n- [ ] b\n- [ ] c\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "- [x] a\n- [ ] b\n- [ ] c\n");
  r = merge_roadmap(base, "- [x] a\n- [ ] b\n- [ ] c\n", "- [ ] " + doing + "a\n- [ ] b\n- [ ] c\n");
  CHECK(r.text == "- [x] a\n- [ ] b\n- [ ] c\n");
  // Started here, skipped there: a real disagreement, one conflict around that line only.
  r = merge_roadmap(base, "- [ ] " + doing + "a\n- [ ] b\n- [ ] c\n", "- [ ] " + skipped + "a\n- [x] b\n- [ ] c\n");
  CHECK(r.conflicts == 1);
  CHECK(r.text == "<<<<<<< ours\n- [ ] " + doing + "a\n=======\n- [ ] " + skipped + "a\n>>>>>>> theirs\n- [x] b\n- [ ] c\n");
  // Obsidian's [/] and [-] are boxes too.
  r = merge_roadmap(base, "- [/] a\n- [ ] b\n- [ ] c\n", "- [ ] a\n- [-] b\n- [ ] c\n");
  CHECK(r.text == "- [/] a\n- [-] b\n- [ ] c\n");
}

TEST_CASE("roadmap: an item's text edited on one side while it is checked on the other") {
  const std::string base = "- [ ] 多头注意力\n- [ ] 位置编码\n";
  MergeResult r = merge_roadmap(base, "- [x] 多头注意力\n- [ ] 位置编码\n", "- [ ] 多头注意力机制（论文）\n- [ ] 位置编码\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "- [x] 多头注意力机制（论文）\n- [ ] 位置编码\n");
  // The same with the edit on our side and both boxes checked on theirs.
  r = merge_roadmap(base, "- [ ] 多头注意力 v2\n- [ ] 位置编码\n", "- [x] 多头注意力\n- [x] 位置编码\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "- [x] 多头注意力 v2\n- [x] 位置编码\n");
  // A line inserted right before the edited one is an adjacent text edit: a conflict, as in git.
  r = merge_roadmap(base, "- [ ] 多头注意力 v2\n- [ ] 位置编码\n", "- [ ] 新的一项\n- [ ] 多头注意力\n- [x] 位置编码\n");
  CHECK(r.conflicts == 1);
  CHECK(r.text.ends_with(">>>>>>> theirs\n- [x] 位置编码\n"));
}

TEST_CASE("roadmap: an item edited on one side and a new item inserted before it keep their boxes") {
  const std::string base = "- [ ] alpha\n- [ ] omega\n";
  MergeResult r = merge_roadmap(base, "- [x] alpha\n- [ ] omega\n", "- [ ] new thing\n- [ ] alpha, revised\n- [ ] omega\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "- [ ] new thing\n- [x] alpha, revised\n- [ ] omega\n");
}

TEST_CASE("roadmap: a practice project's inserted box merges like any box") {
  const std::string base = "## 实践项目\n- 项目一\n- 项目二\n";
  MergeResult r = merge_roadmap(base, "## 实践项目\n- [x] 项目一\n- 项目二\n", "## 实践项目\n- 项目一\n- [x] 项目二\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "## 实践项目\n- [x] 项目一\n- [x] 项目二\n");
}

TEST_CASE("roadmap: boxes in ordered lists, quotes and with tabs keep their bytes") {
  const std::string base = "1. [ ] a\n> - [ ]\tb\n   * [X]  c\n";
  MergeResult r = merge_roadmap(base, "1. [x] a\n> - [ ]\tb\n   * [X]  c\n", "1. [ ] a\n> - [x]\tb\n   * [ ]  c\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "1. [x] a\n> - [x]\tb\n   * [ ]  c\n");
}

TEST_CASE("roadmap: CRLF, BOM and front matter are kept byte for byte") {
  const std::string base = "\xEF\xBB\xBF---\r\ntitle: t\r\n---\r\n- [ ] a\r\n- [ ] b\r\n";
  const std::string ours = "\xEF\xBB\xBF---\r\ntitle: t\r\n---\r\n- [x] a\r\n- [ ] b\r\n";
  const std::string theirs = "\xEF\xBB\xBF---\r\ntitle: t\r\n---\r\n- [ ] a\r\n- [x] b\r\n";
  CHECK(merge_roadmap(base, ours, theirs).text == "\xEF\xBB\xBF---\r\ntitle: t\r\n---\r\n- [x] a\r\n- [x] b\r\n");
}

TEST_CASE("roadmap: overlapping text edits conflict, and only there — boxes elsewhere still merge") {
  const std::string base = "# T\nintro\n- [ ] a\n- [ ] b\n";
  MergeResult r = merge_roadmap(base, "# T\nintro mine\n- [x] a\n- [ ] b\n", "# T\nintro theirs\n- [ ] a\n- [x] b\n");
  CHECK(r.conflicts == 1);
  CHECK(r.text == "# T\n<<<<<<< ours\nintro mine\n=======\nintro theirs\n>>>>>>> theirs\n- [x] a\n- [x] b\n");
}

TEST_CASE("roadmap: add/add with an empty base") {
  MergeResult r = merge_roadmap("", "- [x] a\n- [ ] b\n", "- [ ] a\n- [x] b\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "- [x] a\n- [ ] b\n");  // no base to tell who changed what: ours
}

TEST_CASE("journal: same-day logs on both sides add up and keep every note") {
  const std::string base = "### 日期: 2026-11-29\n\n**学习内容**:\n- 基础\n\n**完成的任务**:\n\n**学习时长**: 1小时\n";
  const std::string ours = "### 日期: 2026-11-29\n\n**学习内容**:\n- 基础\n- 读论文\n\n**完成的任务**:\n- 1.1.1 a\n\n**学习时长**: 2小时\n";
  const std::string theirs = "### 日期: 2026-11-29\n\n**学习内容**:\n- 基础\n- 写代码\n\n**完成的任务**:\n- 2.1.1 b\n\n**学习时长**: 3小时30分钟\n";
  MergeResult r = merge_journal_entry(base, ours, theirs);
  CHECK(r.conflicts == 0);
  CHECK(r.text == "### 日期: 2026-11-29\n\n**学习内容**:\n- 基础\n- 读论文\n- 写代码\n\n**完成的任务**:\n- 1.1.1 a\n- 2.1.1 b\n\n"
                  "**学习时长**: 4小时30分钟\n");
  CHECK(parse_entry(r.text).minutes == 270);
}

TEST_CASE("journal: both sides logging the same hours on the same base still add up") {
  const std::string base = "### Date: 2026-11-29\n\n**Time spent**: 1h\n";
  const std::string both = "### Date: 2026-11-29\n\n**Time spent**: 2h\n";
  MergeResult r = merge_journal_entry(base, both, both);
  CHECK(r.text == "### Date: 2026-11-29\n\n**Time spent**: 3h\n");
}

TEST_CASE("journal: a time rewritten on one side and added to on the other gives one time line") {
  const std::string base = "**学习时长**: 1h\n";
  MergeResult r = merge_journal_entry(base, "**学习时长**: 60分钟\n", "**学习时长**: 2h\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "**学习时长**: 2小时\n");
}

TEST_CASE("journal: item times add up per item like the day's time") {
  const std::string base = "**学习时长**: 1小时\n\n**各条目用时**:\n- 3.1.2 多头注意力: 1小时\n";
  const std::string ours = "**学习时长**: 2小时\n\n**各条目用时**:\n- 3.1.2 多头注意力: 2小时\n";
  const std::string theirs =
      "**学习时长**: 2小时30分钟\n\n**各条目用时**:\n- 3.1.2 多头注意力: 1小时30分钟\n- 1.1.1 线性代数: 1小时\n";
  MergeResult r = merge_journal_entry(base, ours, theirs);
  CHECK(r.conflicts == 0);
  const JournalEntry e = parse_entry(r.text);
  CHECK(e.minutes == 210);  // 2h + 2.5h - 1h
  REQUIRE(e.item_time.size() == 2);
  CHECK(e.item_time[0].id == "3.1.2");
  CHECK(e.item_time[0].minutes == 150);  // 2h + 1.5h - 1h
  CHECK(e.item_time[1].id == "1.1.1");
  CHECK(e.item_time[1].minutes == 60);
  CHECK(r.text.find("<<<<<<<") == std::string::npos);
}

TEST_CASE("journal: item time added on both sides of a base without it") {
  const std::string base = "**学习时长**: 1h\n";
  EntryChange a, b;
  a.minutes = b.minutes = 60;
  a.item_time = {{"3.1.2", "多头注意力", 0, 60}};
  b.item_time = {{"3.1.2", "多头注意力", 0, 30}, {"2.1.1", "", 0, 30}};
  auto ours = apply_change(base, a, Language::Zh), theirs = apply_change(base, b, Language::Zh);
  REQUIRE(ours.ok());
  REQUIRE(theirs.ok());
  MergeResult r = merge_journal_entry(base, *ours, *theirs);
  CHECK(r.conflicts == 0);
  const JournalEntry e = parse_entry(r.text);
  CHECK(e.minutes == 180);
  REQUIRE(sum_item_time(e.item_time).size() == 2);
  CHECK(sum_item_time(e.item_time)[0].minutes == 90);
  CHECK(sum_item_time(e.item_time)[1].minutes == 30);
}

TEST_CASE("journal: add/add of a new day's entry") {
  const std::string ours = new_entry_text("2026-11-29", Language::Zh);
  EntryChange a, b;
  a.studied = {"注意力"};
  a.minutes = 60;
  a.completed = {{"1.1.1", "x", 0}};
  b.studied = {"位置编码"};
  b.minutes = 120;
  b.completed = {{"2.1.1", "y", 0}};
  const std::string o = *apply_change(ours, a, Language::Zh), t = *apply_change(ours, b, Language::Zh);
  MergeResult r = merge_journal_entry("", o, t);
  CHECK(r.conflicts == 0);
  const JournalEntry e = parse_entry(r.text);
  CHECK(e.minutes == 180);
  CHECK(e.studied == std::vector<std::string>{"注意力", "位置编码"});
  REQUIRE(e.completed.size() == 2);
  CHECK(e.completed[1].id == "2.1.1");
}

TEST_CASE("journal: a removal on one side is honoured, an uncheck beside a check merges") {
  const std::string base = "**完成的任务**:\n- 1.1.1 a\n\n**学习时长**: 1h\n";
  MergeResult r = merge_journal_entry(base, "**完成的任务**:\n\n**学习时长**: 1h\n",
                                      "**完成的任务**:\n- 1.1.1 a\n- 1.1.2 b\n\n**学习时长**: 1h\n");
  CHECK(r.text == "**完成的任务**:\n- 1.1.2 b\n\n**学习时长**: 1h\n");
}

TEST_CASE("journal: hand-written entries in the two label languages merge") {
  const std::string base = "Studied: basics\nTime: 30m\n";
  MergeResult r = merge_journal_entry(base, "Studied: basics\n- more\nTime: 1h\n", "Studied: basics\nTime: 45m\n");
  CHECK(r.conflicts == 0);
  CHECK(parse_entry(r.text).minutes == 75);
  CHECK(r.text.find("- more") != std::string::npos);
}

TEST_CASE("journal: an entry with conflict markers falls back to the line merge, losing nothing") {
  const std::string bad = "<<<<<<< ours\n**学习时长**: 1h\n=======\n**学习时长**: 2h\n>>>>>>> theirs\n";
  MergeResult r = merge_journal_entry("**学习时长**: 0h\n", bad, "**学习时长**: 3h\n");
  CHECK(r.conflicts == 1);
  CHECK(r.text.find("3h") != std::string::npos);
  CHECK(r.text.find("2h") != std::string::npos);
}

TEST_CASE("journal paths are told apart from the roadmap by the file name") {
  CHECK(is_journal_entry_path("journal/2026-11-29.md"));
  CHECK(is_journal_entry_path("2026-02-28.md"));
  CHECK_FALSE(is_journal_entry_path("roadmap.md"));
  CHECK_FALSE(is_journal_entry_path("journal/2026-02-30.md"));
  CHECK_FALSE(is_journal_entry_path("journal/2026-11-29.md.orig"));
}

TEST_CASE("roadmap: random box flips on both sides always merge box by box") {
  std::mt19937 rng(2026);
  for (int round = 0; round < 300; ++round) {
    const int n = 1 + static_cast<int>(rng() % 12);
    std::vector<char> b(n), o(n), t(n);
    auto text = [&](const std::vector<char>& marks) {
      std::string s = "## 1 阶段\n";
      for (int i = 0; i < n; ++i) s += fmt_item(marks[i], i);
      return s;
    };
    for (int i = 0; i < n; ++i) {
      b[i] = rng() % 2 ? 'x' : ' ';
      o[i] = rng() % 3 ? b[i] : (b[i] == 'x' ? ' ' : 'x');
      t[i] = rng() % 3 ? b[i] : (b[i] == 'x' ? ' ' : 'x');
    }
    std::vector<char> want(n);
    for (int i = 0; i < n; ++i) want[i] = o[i] != b[i] ? o[i] : t[i];
    MergeResult r = merge_roadmap(text(b), text(o), text(t));
    INFO(text(b) << text(o) << text(t));
    CHECK(r.conflicts == 0);
    CHECK(r.text == text(want));
  }
}

TEST_CASE("journal: random logs on both sides keep every note and add up the time") {
  std::mt19937 rng(7);
  for (int round = 0; round < 100; ++round) {
    std::string base = round % 3 ? new_entry_text("2026-11-29", round % 2 ? Language::Zh : Language::En) : "";
    int minutes = 0;
    std::vector<std::string> notes;
    auto log = [&](std::string text, const std::string& who, int k) {
      EntryChange c;
      c.minutes = 15 * static_cast<int>(rng() % 9);
      c.studied = {who + std::to_string(round) + "-" + std::to_string(k)};
      if (rng() % 2) c.problems = {"p-" + c.studied[0]};
      minutes += c.minutes;
      notes.push_back(c.studied[0]);
      if (text.empty()) text = new_entry_text("2026-11-29", Language::Zh);
      return *apply_change(text, c, Language::Zh);
    };
    if (!base.empty() && rng() % 2) base = log(base, "base", 0);
    std::string ours = base, theirs = base;
    for (int k = 0, m = 1 + static_cast<int>(rng() % 3); k < m; ++k) ours = log(ours, "ours", k);
    for (int k = 0, m = static_cast<int>(rng() % 3); k < m; ++k) theirs = log(theirs, "theirs", k);
    MergeResult r = merge_journal_entry(base, ours, theirs);
    INFO(base << "----\n" << ours << "----\n" << theirs << "----\n" << r.text);
    CHECK(r.conflicts == 0);
    const JournalEntry e = parse_entry(r.text);
    CHECK(e.minutes == minutes);
    for (const std::string& n : notes) CHECK(std::count(e.studied.begin(), e.studied.end(), n) == 1);
  }
}

TEST_CASE("roadmap: on every fixture, box flips on both sides merge and every other byte stays") {
  for (const std::string& path : all_fixtures()) {
    INFO(path);
    const std::string base = read_all(path);
    const Roadmap rm = parse_roadmap(base);
    if (rm.items.size() < 2) continue;
    auto flip = [](std::string s, const TaskItem& it) {
      s[it.box] = it.done ? ' ' : 'x';
      return s;
    };
    const TaskItem& first = rm.items.front();
    const TaskItem& last = rm.items.back();
    const std::string ours = flip(base, first), theirs = flip(base, last);
    const MergeResult r = merge_roadmap(base, ours, theirs);
    CHECK(r.conflicts == 0);
    CHECK(r.text == flip(ours, last));
    CHECK(merge_roadmap(base, base, base).text == base);
    CHECK(merge_roadmap(base, ours, base).text == ours);
    CHECK(merge_roadmap(base, base, theirs).text == theirs);
  }
}

TEST_CASE("roadmap: a box's own bytes are a change too ([X] for [x], blanks after it)") {
  const std::string base = "- [x] a\n- [ ] b\n";
  CHECK(merge_roadmap(base, "- [X] a\n- [ ]  b\n", base).text == "- [X] a\n- [ ]  b\n");
  CHECK(merge_roadmap(base, base, "- [X] a\n- [ ]  b\n").text == "- [X] a\n- [ ]  b\n");
}
