// study_time: hours per item, section and stage, days from start to done, and the forecast, on a
// journal generated here (real entry text through apply_change) and figures worked out by hand.
#include <catch2/catch.hpp>

#include "core/item_report.h"
#include "core/study_time.h"

using namespace llm101;

namespace {

const char* kRoadmap =
    "# R\n"
    "## 1 基础\n"
    "### 1.1 数学\n"
    "- [x] 线性代数\n"
    "- [ ] <!-- llm101: doing --> 微积分\n"
    "### 1.2 编程\n"
    "- [-] 概率论\n"
    "- [ ] 统计学\n"
    "## 2 模型\n"
    "### 2.1 注意力\n"
    "- [x] 自注意力\n";

JournalEntry day(const char* date, int minutes, std::vector<CompletedTask> item_time,
                 std::vector<CompletedTask> started = {}, std::vector<CompletedTask> completed = {}) {
  EntryChange c;
  c.minutes = minutes;
  c.item_time = std::move(item_time);
  c.started = std::move(started);
  c.completed = std::move(completed);
  auto text = apply_change(new_entry_text(date, Language::Zh), c, Language::Zh);
  REQUIRE(text.ok());
  JournalEntry e = parse_entry(*text, false);
  e.date = date;
  return e;
}

}  // namespace

TEST_CASE("study time: attributed hours, general hours split over the items in progress, days, forecast") {
  const Roadmap rm = parse_roadmap(kRoadmap);
  REQUIRE(rm.items.size() == 5);
  const CompletedTask a{"1.1.1", "线性代数", 0, 0}, b{"1.1.2", "微积分", 0, 0}, e{"2.1.1", "自注意力", 0, 0};
  std::vector<JournalEntry> entries = {
      day("2026-10-20", 45, {}),  // nothing in progress yet: unassigned
      day("2026-11-01", 120, {{"1.1.1", "线性代数", 0, 60}}, {a}),
      day("2026-11-02", 90, {}, {b}),
      day("2026-11-03", 100, {{"2.1.1", "自注意力", 0, 30}}, {e}, {a}),
      day("2026-11-04", 61, {}, {}, {e}),
      day("2026-11-05", 30, {{"9.9.9", "", 0, 10}}),  // an ID the roadmap lacks stays general
  };
  const Date today = *parse_date("2026-11-05");
  const StudyTime st = study_time(rm, entries, item_dates(rm, entries), today);
  // In progress: 1.1.1 from 11-01 to 11-03 (done), 1.1.2 from 11-02 to today (doing),
  // 2.1.1 from 11-03 to 11-04 (done). General minutes per day, split evenly:
  //   11-01: 120 - 60 = 60 over {1.1.1}                 → 1.1.1 +60
  //   11-02: 90 over {1.1.1, 1.1.2}                     → +45 each
  //   11-03: 100 - 30 = 70 over {1.1.1, 1.1.2, 2.1.1}   → 24, 23, 23 (the odd minute to the first)
  //   11-04: 61 over {1.1.2, 2.1.1}                     → 31, 30
  //   11-05: 30 - 10 = 20 over {1.1.2}                  → +20; the 10 for 9.9.9 is unassigned
  //   10-20: 45, nothing in progress                    → unassigned
  CHECK(st.items[0].attributed == 60);
  CHECK(st.items[0].shared == 60 + 45 + 24);
  CHECK(st.items[1].attributed == 0);
  CHECK(st.items[1].shared == 45 + 23 + 31 + 20);
  CHECK(st.items[2].minutes() == 0);  // skipped, never started
  CHECK(st.items[3].minutes() == 0);
  CHECK(st.items[4].attributed == 30);
  CHECK(st.items[4].shared == 23 + 30);
  CHECK(st.unassigned == 45 + 10);
  // Nothing is lost: 45 + 120 + 90 + 100 + 61 + 30 = 446 minutes in all.
  std::int64_t all = st.unassigned;
  for (const ItemStudy& s : st.items) all += s.minutes();
  CHECK(all == 446);
  // Days from start to done, both days counted: 11-01..11-03 and 11-03..11-04.
  CHECK(st.items[0].days == 3);
  CHECK_FALSE(st.items[1].days.has_value());
  CHECK(st.items[4].days == 2);
  // Forecast: 2 items left (1.1.2, 1.2.2; 1.2.1 is skipped); (189 + 83) / 2 = 136 minutes per done
  // item; 446 minutes in the last 28 days = 15.93 a day; 2 × 136 / 15.93 = 17.08 → 18 days.
  const PaceForecast& f = st.forecast;
  CHECK(f.remaining == 2);
  REQUIRE(f.minutes_per_item.has_value());
  CHECK(*f.minutes_per_item == Approx(136.0));
  REQUIRE(f.days_per_item.has_value());
  CHECK(*f.days_per_item == Approx(2.5));
  CHECK(f.minutes_per_day == Approx(446.0 / 28));
  REQUIRE(f.finish.has_value());
  CHECK(format_date(*f.finish) == "2026-11-23");
}

TEST_CASE("study time: no journal, no figures and no forecast") {
  const Roadmap rm = parse_roadmap(kRoadmap);
  const StudyTime st = study_time(rm, {}, item_dates(rm, {}), *parse_date("2026-11-05"));
  CHECK(st.unassigned == 0);
  for (const ItemStudy& s : st.items) CHECK(s.minutes() == 0);
  CHECK(st.forecast.remaining == 2);
  CHECK_FALSE(st.forecast.minutes_per_item.has_value());
  CHECK_FALSE(st.forecast.finish.has_value());
}
