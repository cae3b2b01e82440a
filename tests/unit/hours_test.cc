#include <catch2/catch.hpp>

#include "core/hours.h"

using namespace llm101;

TEST_CASE("every study-time format people write") {
  struct Case {
    const char* text;
    int minutes;
  };
  const Case cases[] = {
      {"2", 120},          {"1.5", 90},          {"2h", 120},           {"2 h", 120},        {"1.5h", 90},
      {"1.5H", 90},        {"2hr", 120},         {"2 hrs", 120},        {"2 hours", 120},    {"1 hour", 60},
      {"1.5小时", 90},     {"2 小时", 120},      {"2个小时", 120},      {"2小時", 120},      {"90min", 90},
      {"90 mins", 90},     {"45 minutes", 45},   {"30m", 30},           {"90分钟", 90},      {"90 分钟", 90},
      {"2h30m", 150},      {"2h 30m", 150},      {"2h30min", 150},      {"2 h 30 min", 150}, {"2小时30分钟", 150},
      {"2小时30分", 150},  {"1h + 30m", 90},     {"1:30", 90},          {"半小时", 30},      {"1个半小时", 90},
      {"约2小时", 120},    {"~1.5h", 90},        {"  2h  ", 120},       {"", 0},             {"0", 0},
      {"1小时，30分钟", 90}, {"2 hours 15 minutes", 135},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto m = parse_study_time(c.text);
    REQUIRE(m.has_value());
    CHECK(*m == c.minutes);
  }
}

TEST_CASE("study times in Chinese numerals") {
  struct Case {
    const char* text;
    int minutes;
  };
  const Case cases[] = {
      {"一小时", 60},        {"两小时", 120},      {"兩小時", 120},      {"三小时", 180},    {"十小时", 600},
      {"十二个小时", 720},   {"一个半小时", 90},   {"两个半小时", 150},  {"三十分钟", 30},   {"四十五分钟", 45},
      {"一小时三十分钟", 90}, {"二十分", 20},       {"一百二十分钟", 120}, {"九小时", 540},   {"两小时半", 150},  {"三", 180},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto m = parse_study_time(c.text);
    REQUIRE(m.has_value());
    CHECK(*m == c.minutes);
  }
}

TEST_CASE("unreadable or negative study times are rejected") {
  for (const char* bad : {"-1", "-1h", "abc", "2 3", "2h 3", "h", "two hours", "2 hamsters", "1:300", "2h（上午）", "1..5h", "十二个", "两 三小时", "一个", "半"}) {
    INFO(bad);
    CHECK_FALSE(parse_study_time(bad).has_value());
  }
}

TEST_CASE("study time is written back in the template's language and reads back the same") {
  CHECK(format_study_time(120, Language::Zh) == "2小时");
  CHECK(format_study_time(150, Language::Zh) == "2小时30分钟");
  CHECK(format_study_time(45, Language::Zh) == "45分钟");
  CHECK(format_study_time(150, Language::En) == "2h30m");
  CHECK(format_study_time(0, Language::En) == "0h");
  for (int m : {0, 1, 30, 59, 60, 61, 90, 150, 600, 1439})
    for (Language l : {Language::Zh, Language::En}) CHECK(parse_study_time(format_study_time(m, l)) == m);
  CHECK(format_hours_short(90) == "1.5h");
  CHECK(format_hours_short(20) == "0.33h");
  // The explicit language (commit messages): English or Chinese whatever the interface says.
  CHECK(format_hours_short(90, Language::En) == "1.5h");
  CHECK(format_hours_short(90, Language::Zh) == "1小时30分钟");
  CHECK(format_hours_short(45, Language::Zh) == "45分钟");
  CHECK(format_hours_short(120, Language::Zh) == "2小时");
  CHECK(minutes_to_hours(20) == Approx(0.33));
}

TEST_CASE("planned durations in stage headings") {
  auto p = parse_planned_duration("基础技能（2-3个月）");
  REQUIRE(p);
  CHECK_FALSE(p->open_ended);
  CHECK(p->min_days == 60);
  CHECK(p->max_days == 90);
  p = parse_planned_duration("Transformer和注意力机制（1-2个月）");
  REQUIRE(p);
  CHECK(p->min_days == 30);
  CHECK(p->max_days == 60);
  p = parse_planned_duration("前沿研究（持续学习）");
  REQUIRE(p);
  CHECK(p->open_ended);
  p = parse_planned_duration("Basics (3 weeks)");
  REQUIRE(p);
  CHECK(p->max_days == 21);
  p = parse_planned_duration("Math (1-2 months)");
  REQUIRE(p);
  CHECK(p->max_days == 60);
  p = parse_planned_duration("冲刺（10天）");
  REQUIRE(p);
  CHECK(p->min_days == 10);
  CHECK_FALSE(parse_planned_duration("数学基础"));
  CHECK_FALSE(parse_planned_duration("检索增强生成（RAG）"));
}

TEST_CASE("huge study times and durations are unreadable, never negative (found by hours_fuzz)") {
  CHECK_FALSE(parse_study_time("1111111111"));
  CHECK_FALSE(parse_study_time("99999999999999999999h"));
  CHECK(parse_study_time("16666h") == 16666 * 60);
  CHECK_FALSE(parse_planned_duration("(0- 09999999999999wk)"));
  CHECK_FALSE(parse_planned_duration("（1-99999999999年）"));
  REQUIRE(parse_planned_duration("（2-3个月）"));
  CHECK(parse_planned_duration("（2-3个月）")->max_days == 90);
}
