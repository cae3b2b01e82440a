#include <catch2/catch.hpp>

#include "core/journal_report.h"
#include "core/stats.h"
#include "core/stats_report.h"
#include "core/text.h"

using namespace llm101;

namespace {

// Three years of entries up to `today`: one a day, 30 min more each weekday index, except a
// gap of every 10th day before the last 40 days, which are unbroken.
std::vector<JournalEntry> generated(Date today, int* total_minutes) {
  std::vector<JournalEntry> out;
  *total_minutes = 0;
  const int days = 3 * 365;
  for (int i = days - 1; i >= 0; --i) {
    Date d = add_days(today, -i);
    if (i >= 40 && i % 10 == 0) continue;
    EntryChange c;
    c.minutes = 30 * (iso_weekday(d) + 1);
    c.studied = {"study"};
    std::string text = *apply_change(new_entry_text(format_date(d), Language::Zh), c, Language::Zh);
    JournalEntry e = parse_entry(text, false);
    e.date = format_date(d);
    *total_minutes += e.minutes;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

TEST_CASE("streaks and totals on a generated three-year journal") {
  Date today = *parse_date("2026-11-29");  // a Sunday
  int total = 0;
  std::vector<JournalEntry> entries = generated(today, &total);
  JournalSummary s = summarize(entries, today, WeekStart::Monday);
  CHECK(s.total_minutes == total);
  CHECK(s.last_entry == "2026-11-29");
  // Days 0..39 since the gap at i=40; earlier runs are 9 days long.
  CHECK(s.streaks.current == 40);
  CHECK(s.streaks.longest == 40);
  CHECK(s.streaks.longest_end == "2026-11-29");
  CHECK(s.week_minutes == 30 * (1 + 2 + 3 + 4 + 5 + 6 + 7));
  // Yesterday's streak still counts while today is open; a missed day ends it.
  CHECK(compute_streaks(entries, add_days(today, 1)).current == 40);
  CHECK(compute_streaks(entries, add_days(today, 2)).current == 0);
  // Sunday weeks.
  CHECK(summarize(entries, today, WeekStart::Sunday).week_minutes == 30 * 7);
}

TEST_CASE("an empty journal has no streak") {
  std::vector<JournalEntry> none;
  Streaks s = compute_streaks(none, *parse_date("2026-11-29"));
  CHECK(s.current == 0);
  CHECK(s.longest == 0);
}

TEST_CASE("completion dates, hand-ticked items and pace per stage") {
  const char* md =
      "# Plan\n"
      "## Stage 1: Basics (1 month)\n"
      "- [x] a\n- [x] b\n- [ ] c\n- [ ] d\n"
      "## Stage 2: Research (ongoing)\n"
      "- [ ] e\n"
      "## Stage 3: Done (1 week)\n"
      "- [x] f\n";
  Roadmap rm = parse_roadmap(md);
  REQUIRE(rm.items.size() == 6);
  Date today = *parse_date("2026-11-29");
  JournalEntry e1;
  e1.date = "2026-11-20";
  e1.completed = {{"1.1", "a", 3}, {"3.1", "f", 4}};
  JournalEntry e2;
  e2.date = "2026-11-25";
  e2.completed = {{"1.1", "a", 3}};  // re-checked: the newest entry dates it
  std::vector<JournalEntry> entries = {e1, e2};
  auto unrecorded = unrecorded_done_items(rm, entries);
  REQUIRE(unrecorded.size() == 1);
  CHECK(rm.items[unrecorded[0]].id == "1.2");
  auto done = completion_dates(rm, entries, today);
  REQUIRE(done.size() == 3);
  CHECK(format_date(done[0].date) == "2026-11-25");
  CHECK(format_date(done[1].date) == "2026-11-29");
  CHECK_FALSE(done[1].recorded);
  auto pace = stage_pace(rm, done, today);
  REQUIRE(pace.size() == 3);
  CHECK(pace[0].done == 2);
  CHECK(format_date(*pace[0].started) == "2026-11-25");
  // 2 items in 5 days: 2 more take 5 more days; well inside a month → ahead.
  CHECK(format_date(*pace[0].forecast) == "2026-12-04");
  CHECK(pace[0].verdict == "in progress");  // five days are too few to judge
  CHECK(pace[1].verdict == "open-ended");
  CHECK(pace[2].verdict == "done");
  CHECK(format_date(*pace[2].finished) == "2026-11-20");
}

TEST_CASE("the heatmap fits the width and uses plain characters without colour") {
  Date today = *parse_date("2026-11-29");
  int total = 0;
  std::vector<JournalEntry> entries = generated(today, &total);
  for (std::size_t width : {40u, 60u, 80u, 120u, 200u}) {
    Style style;
    style.width = width;
    std::string map = render_heatmap(entries, today, JournalSettings{}, style);
    std::size_t lines = 0, pos = 0;
    while (pos < map.size()) {
      std::size_t nl = map.find('\n', pos);
      std::string_view line(map.data() + pos, nl - pos);
      INFO(width << ": " << line);
      CHECK(display_width(line) <= width);
      CHECK(line.find('\x1b') == std::string_view::npos);
      pos = nl + 1;
      ++lines;
    }
    CHECK(lines == 9);  // months, seven days, legend
  }
}

TEST_CASE("stats JSON has the streak keys") {
  Date today = *parse_date("2026-11-29");
  int total = 0;
  std::vector<JournalEntry> entries = generated(today, &total);
  Roadmap rm = parse_roadmap(embedded_roadmap());
  StatsInput in{&entries, &rm, today, JournalSettings{}};
  std::string json = stats_json(in);
  CHECK(json.find("\"current_streak\" : 40") != std::string::npos);
  CHECK(json.find("\"longest_streak\" : 40") != std::string::npos);
  std::string text = render_stats(in, Style{});
  CHECK(text.find("40 days") != std::string::npos);
  CHECK(text.find("open-ended") != std::string::npos);
}
