#include <catch2/catch.hpp>

#include "core/journal.h"

using namespace llm101;

TEST_CASE("template round trip: write, read, same figures") {
  for (Language lang : {Language::Zh, Language::En}) {
    std::string text = new_entry_text("2026-11-29", lang);
    CHECK(parse_entry(text).minutes == 0);
    CHECK_FALSE(parse_entry(text).studied_any());
    EntryChange c;
    c.studied = {"读了 Attention Is All You Need"};
    c.problems = {"位置编码的推导"};
    c.next = {"多头注意力"};
    c.minutes = 120;
    c.completed = {{"3.1.2", "多头注意力", 0}};
    auto once = apply_change(text, c, lang);
    REQUIRE(once.ok());
    EntryChange more;
    more.studied = {"复习 Transformer\n第二行"};
    more.minutes = 90;
    more.completed = {{"3.1.2", "多头注意力", 0}, {"3.1.3", "位置编码", 0}};
    auto twice = apply_change(*once, more, lang);
    REQUIRE(twice.ok());
    JournalEntry e = parse_entry(*twice);
    CHECK(e.minutes == 210);
    REQUIRE(e.studied.size() == 2);
    CHECK(e.studied[0] == "读了 Attention Is All You Need");
    CHECK(e.studied[1] == "复习 Transformer 第二行");
    CHECK(e.problems == std::vector<std::string>{"位置编码的推导"});
    CHECK(e.next == std::vector<std::string>{"多头注意力"});
    REQUIRE(e.completed.size() == 2);  // 3.1.2 is not listed twice
    CHECK(e.completed[0].id == "3.1.2");
    CHECK(e.completed[1].id == "3.1.3");
    CHECK(e.warnings.empty());
    EntryChange un;
    un.uncompleted = {"3.1.2"};
    JournalEntry after = parse_entry(*apply_change(*twice, un, lang));
    REQUIRE(after.completed.size() == 1);
    CHECK(after.completed[0].id == "3.1.3");
    CHECK(after.minutes == 210);
  }
}

TEST_CASE("the Chinese template matches the roadmap's 学习日志") {
  std::string t = new_entry_text("2026-11-29", Language::Zh);
  for (const char* label : {"### 日期: 2026-11-29", "**学习内容**:", "**完成的任务**:", "**遇到的问题**:", "**下一步计划**:", "**学习时长**:"})
    CHECK(t.find(label) != std::string::npos);
}

TEST_CASE("hand-written entries") {
  const char* text =
      "## 学习日志\n"
      "\n"
      "### 日期: [2026-11-20]\n"
      "学习内容：看了 3Blue1Brown 的线性代数\n"
      "**完成的任务**: 1.1.1\n"
      "**遇到的问题**：特征值\n"
      "  还有特征向量\n"
      "**学习时长：** 1小时\n"
      "\n"
      "下午又学了一会儿\n"
      "**学习时长**:\n"
      "\n"
      "45min\n";
  JournalEntry e = parse_entry(text);
  CHECK(e.minutes == 105);
  CHECK(e.studied == std::vector<std::string>{"看了 3Blue1Brown 的线性代数"});
  REQUIRE(e.completed.size() == 1);
  CHECK(e.completed[0].id == "1.1.1");
  CHECK(e.problems == std::vector<std::string>{"特征值 还有特征向量"});
  CHECK(e.warnings.empty());
}

TEST_CASE("unreadable hours count 0 with a warning naming the line") {
  JournalEntry e = parse_entry("### 日期: 2026-11-20\n**学习时长**: 一下午\n**学习时长**: 1h\n");
  CHECK(e.minutes == 60);
  REQUIRE(e.warnings.size() == 1);
  CHECK(e.warnings[0].line == 2);
  auto add = apply_change("**学习时长**: 一下午\n", EntryChange{{}, {}, {}, 30, {}, {}, {}, {}, {}, {}}, Language::Zh);
  REQUIRE_FALSE(add.ok());
  CHECK(add.error().line == 1);
}

TEST_CASE("CRLF entries keep their line endings — missing fields are added in template order") {
  std::string text = "### 日期: 2026-11-20\r\n**学习时长**: 1h\r\n";
  EntryChange c;
  c.studied = {"note"};
  c.minutes = 30;
  auto out = apply_change(text, c, Language::Zh);
  REQUIRE(out.ok());
  CHECK(*out == "### 日期: 2026-11-20\r\n**学习内容**:\r\n- note\r\n\r\n**学习时长**: 1小时30分钟\r\n");
  CHECK(parse_entry(*out).minutes == 90);
}

TEST_CASE("conflict markers are refused with their line") {
  std::string text = "### 日期: 2026-11-20\n<<<<<<< HEAD\n**学习时长**: 1h\n=======\n**学习时长**: 2h\n>>>>>>> other\n";
  CHECK(parse_entry(text).conflict_line == 2);
  auto out = apply_change(text, EntryChange{{"x"}, {}, {}, 0, {}, {}, {}, {}, {}, {}}, Language::Zh);
  REQUIRE_FALSE(out.ok());
  CHECK(out.error().line == 2);
  auto injected = apply_change(new_entry_text("2026-11-20", Language::Zh), EntryChange{{"a\n>>>>>>> b"}, {}, {}, 0, {}, {}, {}, {}, {}, {}}, Language::Zh);
  REQUIRE(injected.ok());  // note lines are indented, so a note cannot start a marker line
  CHECK(find_conflict_marker(*injected) == 0);
}

TEST_CASE("journal conflict markers follow the roadmap's rule: a space, a line break or the end after 7 characters") {
  CHECK(find_conflict_marker("a\n<<<<<<< HEAD\n") == 2);
  CHECK(find_conflict_marker("a\n>>>>>>>\r\nb") == 2);
  CHECK(find_conflict_marker("a\nb\n<<<<<<<") == 3);
  CHECK(find_conflict_marker("<<<<<<<<< not a marker\n>>>>>>>x\n") == 0);
  CHECK(parse_entry("**学习内容**:\n>>>>>>>>\n").conflict_line == 0);
  CHECK(parse_entry("**学习内容**:\n>>>>>>> theirs\n").conflict_line == 2);
}

TEST_CASE("a note that starts with a label's words stays a note") {
  EntryChange c;
  c.studied = {"学习时长: 5h", "done: 1.1.1", "Time: about an hour on attention", "x\n学习时长: 3h\n### 学习时长: 1h"};
  c.minutes = 60;
  auto text = apply_change(new_entry_text("2026-11-29", Language::Zh), c, Language::Zh);
  REQUIRE(text);
  JournalEntry e = parse_entry(*text);
  CHECK(e.minutes == 60);
  CHECK(e.completed.empty());
  CHECK(e.studied == std::vector<std::string>{"学习时长: 5h", "done: 1.1.1", "Time: about an hour on attention",
                                              "x 学习时长: 3h ### 学习时长: 1h"});
  EntryChange more;
  more.minutes = 30;
  auto again = apply_change(*text, more, Language::Zh);
  REQUIRE(again);
  CHECK(parse_entry(*again).minutes == 90);
}

TEST_CASE("bullets are notes — labels stand at the start of a line or as a heading") {
  JournalEntry e = parse_entry(
      "### 日期: 2026-11-29\n"
      "#### 学习内容\n"
      "- 学习时长: 5h\n"
      "- **完成的任务**: 1.1.1\n"
      "  Time: 2h\n"
      "### Time spent: 1h\n"
      "学习时长: 30min\n");
  CHECK(e.minutes == 90);
  CHECK(e.completed.empty());
  CHECK(e.studied == std::vector<std::string>{"学习时长: 5h", "**完成的任务**: 1.1.1 Time: 2h"});
}

TEST_CASE("a field's first indented line does not continue a note of an earlier field") {
  // Found by journal_fuzz: two 学习内容/Studied blocks; a note appended to the first one was
  // extended by the second block's indented first line.
  const std::string text = "**学习内容**:\n- a\n\n**Studied**:\n  b\n";
  EntryChange c;
  c.studied = {"note"};
  auto out = apply_change(text, c, Language::Zh);
  REQUIRE(out);
  CHECK(parse_entry(*out).studied == std::vector<std::string>{"a", "note", "b"});
  CHECK(parse_entry("**学习内容**: x\n  more\n").studied == std::vector<std::string>{"x more"});
}

TEST_CASE("added minutes read back under a label that reads only alone on its line") {
  // Found by journal_fuzz: "### **学习时长" (bold left open) is a label, but with a value after it
  // it is not; the writer put the value there and the minutes were lost.
  for (const char* text : {"### **学习时长", "### **学习时长\n", "**学习时长**:\n"}) {
    EntryChange c;
    c.minutes = 30;
    auto once = apply_change(text, c, Language::Zh);
    REQUIRE(once.ok());
    CHECK(parse_entry(*once).minutes == 30);
    auto twice = apply_change(*once, c, Language::Zh);
    REQUIRE(twice.ok());
    CHECK(parse_entry(*twice).minutes == 60);
  }
}
