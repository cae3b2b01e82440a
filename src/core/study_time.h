// Study time per item, section and stage for `stats`: the hours `log --item` gave to items
// (各条目用时) plus each day's general hours split evenly over the items in progress that day;
// the days from start to done; and a pace forecast from those figures. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/date.h"
#include "core/journal.h"
#include "core/report.h"
#include "core/roadmap.h"

namespace llm101 {

struct ItemStudy {
  std::int64_t attributed = 0;  // minutes logged with --item
  std::int64_t shared = 0;      // general minutes of the days it was in progress, split evenly
  std::optional<int> days;      // done items with both dates: calendar days, start and done day counted
  std::int64_t minutes() const { return attributed + shared; }
};

struct PaceForecast {
  int remaining = 0;                       // items neither done nor skipped
  std::optional<double> minutes_per_item;  // mean over done items with study time
  std::optional<double> days_per_item;     // mean of ItemStudy::days
  double minutes_per_day = 0;              // all study time of the last 28 days, per day
  std::optional<Date> finish;              // today + remaining × minutes per item ÷ minutes per day
};

struct StudyTime {
  std::vector<ItemStudy> items;  // one per Roadmap::items
  std::int64_t unassigned = 0;   // general minutes of days with no item in progress
  PaceForecast forecast;
};

// An item is in progress from its start day to its done day (done items), or to today (items
// in progress now); an item without a start date is in progress on no day.
StudyTime study_time(const Roadmap& rm, const std::vector<JournalEntry>& entries,
                     const std::vector<ItemDates>& dates, Date today);

// The days the forecast's study rate looks back over, and the furthest finish it names.
inline constexpr int kPaceWindowDays = 28;
inline constexpr int kForecastMaxDays = 100 * 365;

}  // namespace llm101
