// What the exports (SVG card, calendar and stage bars; the HTML page; the Hugo data file) show,
// computed once from the roadmap, its guide and the journal with the figures stats and status
// use, so every picture agrees with the terminal. Pure: values in, values and JSON text out.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/guide.h"
#include "core/journal.h"
#include "core/roadmap.h"
#include "core/stats.h"

namespace llm101 {

// Words the exports print, in one place so a translation can replace them all.
struct ExportLabels {
  std::string progress = "Progress";
  std::string items_done = "items done";
  std::string hours = "Hours";
  std::string streak = "Streak";
  std::string day = "day";
  std::string days = "days";
  std::string last_entry = "Last entry";
  std::string none = "none";
  std::string stages = "Stages";
  std::string calendar = "Study hours";
  std::string in_last_year = "in the last year";
  std::string less = "Less";
  std::string more = "More";
  std::string roadmap = "Roadmap";
  std::string goal = "Goal";
  std::string resources = "Resources";
  std::string projects = "Practice projects";
  std::string journal = "Journal";
  std::string no_entries = "No journal entries.";
  std::string as_of = "as of";
};

// The year calendar: 53 week columns × 7 weekday rows, the last column holding today (GitHub's
// layout). Days after today are not drawn.
struct CalendarDay {
  Date date;
  int minutes = 0;
  int level = 0;  // 0 (not studied), else heat_level (stats.h)
};
struct Calendar {
  static constexpr int kWeeks = 53;
  Date first;                     // first day of the first column (a week start)
  Date today;
  std::vector<CalendarDay> days;  // first … today, in date order: column = i / 7, row = i % 7
  int total_minutes = 0;          // over the days shown
};
Calendar build_calendar(const std::vector<JournalEntry>& entries, Date today, const JournalSettings& settings);

struct ExportData {
  const Roadmap* roadmap = nullptr;
  const Guide* guide = nullptr;
  const std::vector<JournalEntry>* entries = nullptr;  // sorted by date; may be empty
  Date today;
  JournalSettings settings;
  // Computed by make_export_data:
  std::string title;  // the roadmap's title, else "llm101"
  int percent = 0;
  JournalSummary journal;
  Calendar calendar;
};
ExportData make_export_data(const Roadmap& rm, const Guide& guide, const std::vector<JournalEntry>& entries,
                            Date today, const JournalSettings& settings);

// A stage as the exports name it: "基础技能" (its title without the duration), else its heading.
std::string export_stage_name(const Stage& st);

// The Hugo data file (data/llm101.json): {title, today, done, total, percent, hours,
// hours_this_week, entries, current_streak, longest_streak, last_entry, projects: {done, total},
// stages: [{id, name, title, done, total, percent}], calendar: [{date, hours, level}]}
// (calendar: studied days of the last 53 weeks).
std::string hugo_json(const ExportData& d);

}  // namespace llm101
