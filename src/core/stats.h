// Figures from the journal: totals, streaks, completion dates of items, pace per stage against
// the planned duration in its heading, minutes per day. Pure: entries, the roadmap and "today"
// in; values out. Their renderings are in journal_report.h and stats_report.h.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/date.h"
#include "core/hours.h"
#include "core/journal.h"
#include "core/roadmap.h"

namespace llm101 {

inline std::optional<Date> entry_date(const JournalEntry& e) { return parse_date(e.date); }

// Minutes per studied day (see JournalEntry::studied_any), keyed by date.
std::map<Date, int> studied_days(const std::vector<JournalEntry>& entries);

// The heatmap's shade of a studied day, 1–4, against the daily goal (an hour when none).
int heat_level(int minutes, int goal);

struct Streaks {
  int current = 0;  // days in a row up to today (or up to yesterday, while today is still open)
  int longest = 0;
  std::string longest_end;  // last day of the longest streak, empty when none
};

// `entries` sorted by date, one per day.
Streaks compute_streaks(const std::vector<JournalEntry>& entries, Date today);

struct JournalSummary {
  int entries = 0;
  std::int64_t total_minutes = 0;
  std::int64_t week_minutes = 0;  // this week, by the configured week start
  Streaks streaks;
  std::string last_entry;  // date of the newest entry, empty when none
};
JournalSummary summarize(const std::vector<JournalEntry>& entries, Date today, WeekStart ws);

// When each done item was completed: the newest entry listing it under 完成的任务. Done items no
// entry lists yet (ticked by hand) have no date here; `log`, `check` and `uncheck` record them
// in today's entry, and the figures count them as done today until then. Items only the
// before-tracking record lists (an entry with no date) were done before tracking began: no day.
struct Completion {
  std::size_t item;  // index into Roadmap::items
  Date date;         // today for the unrecorded and the before-tracking ones: never count it
  bool recorded = true;
  bool before_tracking = false;
};
std::vector<Completion> completion_dates(const Roadmap& rm, const std::vector<JournalEntry>& entries, Date today);
// When each item (index into Roadmap::items) was started: the newest entry listing it under
// 开始的任务, matched as 完成的任务 lines are; nullopt when no entry does.
std::vector<std::optional<Date>> start_dates(const Roadmap& rm, const std::vector<JournalEntry>& entries);
// Done items no entry lists (the before-tracking record counts as one): the ones a writer should
// date today.
std::vector<std::size_t> unrecorded_done_items(const Roadmap& rm, const std::vector<JournalEntry>& entries);

struct StagePace {
  std::size_t stage = 0;  // index into Roadmap::stages
  int done = 0, total = 0;
  int before_tracking = 0;  // of `done`: done before tracking began (no date)
  std::optional<PlannedDuration> planned;
  std::optional<Date> started, finished, forecast;
  std::string verdict;  // "done", "on track", "ahead", "behind", "not started", "open-ended"
};
std::vector<StagePace> stage_pace(const Roadmap& rm, const std::vector<Completion>& done, Date today);

}  // namespace llm101
