// Figures from the journal: totals, streaks, hours and items per week, completion dates of items,
// pace per stage against the planned duration in its heading, and the calendar heatmap, with
// their text and JSON renderings. Pure: entries, the roadmap and "today" in; values and text out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/hours.h"
#include "core/journal.h"
#include "core/report.h"
#include "core/roadmap.h"

namespace llm101 {

struct JournalSettings {
  Language language = Language::Zh;
  WeekStart week_start = WeekStart::Monday;
  int daily_goal_minutes = 0;  // 0: no goal
};

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
// in today's entry, and the figures count them as done today until then.
struct Completion {
  std::size_t item;  // index into Roadmap::items
  Date date;
  bool recorded = true;
};
std::vector<Completion> completion_dates(const Roadmap& rm, const std::vector<JournalEntry>& entries, Date today);
// Done items no entry lists: the ones a writer should date today.
std::vector<std::size_t> unrecorded_done_items(const Roadmap& rm, const std::vector<JournalEntry>& entries);

struct StagePace {
  std::size_t stage = 0;  // index into Roadmap::stages
  int done = 0, total = 0;
  std::optional<PlannedDuration> planned;
  std::optional<Date> started, finished, forecast;
  std::string verdict;  // "done", "on track", "ahead", "behind", "not started", "open-ended"
};
std::vector<StagePace> stage_pace(const Roadmap& rm, const std::vector<Completion>& done, Date today);

// Entries with their hours, then totals per week and per month.
std::string render_journal(const std::vector<JournalEntry>& entries, WeekStart ws, const Style& style);
// [{date, hours, minutes, file, studied, completed, problems, next}]
std::string journal_json(const std::vector<JournalEntry>& entries);

struct StatsInput {
  const std::vector<JournalEntry>* entries = nullptr;
  const Roadmap* roadmap = nullptr;
  Date today;
  JournalSettings settings;
};
std::string render_stats(const StatsInput& in, const Style& style);
std::string stats_json(const StatsInput& in);

// GitHub-style calendar of the last year up to `today`, one column per week, as many weeks as
// fit in `style.width`. Coloured blocks with colour on; ". - + * #" without.
std::string render_heatmap(const std::vector<JournalEntry>& entries, Date today, const JournalSettings& settings,
                           const Style& style);

}  // namespace llm101
