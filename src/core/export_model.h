// What the exports (SVG card, calendar and stage bars; the HTML page; the Hugo data file) show,
// computed once from the roadmap, its guide and the journal with the figures stats and status
// use, so every picture agrees with the terminal. Pure: values in, values and JSON text out.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/guide.h"
#include "core/i18n.h"
#include "core/journal.h"
#include "core/roadmap.h"
#include "core/stats.h"

namespace llm101 {

// Words the exports print, in one place; translated (core/i18n.h) when the labels are made.
struct ExportLabels {
  std::string progress = _("Progress");
  std::string items_done = _("items done");
  std::string hours = _("Hours");
  std::string streak = _("Streak");
  std::string day = _("day");
  std::string days = _("days");
  std::string last_entry = _("Last entry");
  std::string none = _("none");
  std::string stages = _("Stages");
  std::string calendar = _("Study hours");
  std::string in_last_year = _("in the last year");
  std::string less = _("Less");
  std::string more = _("More");
  std::string roadmap = _("Roadmap");
  std::string goal = _("Goal");
  std::string resources = _("Resources");
  std::string projects = _("Practice projects");
  std::string journal = _("Journal");
  std::string no_entries = _("No journal entries.");
  std::string as_of = _("as of");
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
