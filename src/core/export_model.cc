#include "core/export_model.h"

#include <toml++/toml.h>

#include "core/hours.h"
#include "core/json.h"
#include "core/report.h"

namespace llm101 {

Calendar build_calendar(const std::vector<JournalEntry>& entries, Date today, const JournalSettings& settings) {
  Calendar cal;
  cal.today = today;
  cal.first = add_days(week_start(today, settings.week_start), -7 * (Calendar::kWeeks - 1));
  const std::map<Date, int> studied = studied_days(entries);
  auto it = studied.lower_bound(cal.first);
  for (Date d = cal.first; d <= today; d = add_days(d, 1)) {
    CalendarDay day{d, 0, 0};
    if (it != studied.end() && it->first == d) {
      day.minutes = it->second;
      day.level = heat_level(it->second, settings.daily_goal_minutes);
      cal.total_minutes += it->second;
      ++it;
    }
    cal.days.push_back(day);
  }
  return cal;
}

ExportData make_export_data(const Roadmap& rm, const Guide& guide, const std::vector<JournalEntry>& entries,
                            Date today, const JournalSettings& settings) {
  ExportData d;
  d.roadmap = &rm;
  d.guide = &guide;
  d.entries = &entries;
  d.today = today;
  d.settings = settings;
  d.title = rm.title.empty() ? "llm101" : rm.title;
  d.percent = percent(rm.done, rm.total);
  d.journal = summarize(entries, today, settings.week_start);
  d.calendar = build_calendar(entries, today, settings);
  return d;
}

std::string export_stage_name(const Stage& st) {
  std::string name = stage_name(st.title);
  return name.empty() ? st.heading : name;
}

std::string hugo_json(const ExportData& d) {
  const Roadmap& rm = *d.roadmap;
  toml::table root;
  root.insert("title", d.title);
  root.insert("today", format_date(d.today));
  root.insert("done", rm.done);
  root.insert("total", rm.total);
  root.insert("percent", d.percent);
  root.insert("hours", minutes_to_hours(d.journal.total_minutes));
  root.insert("hours_this_week", minutes_to_hours(d.journal.week_minutes));
  root.insert("entries", d.journal.entries);
  root.insert("current_streak", d.journal.streaks.current);
  root.insert("longest_streak", d.journal.streaks.longest);
  root.insert("last_entry", d.journal.last_entry);
  toml::table projects;
  projects.insert("done", d.guide->projects_done());
  projects.insert("total", static_cast<int>(d.guide->projects.size()));
  root.insert("projects", std::move(projects));
  toml::array stages;
  for (const Stage& st : rm.stages) {
    toml::table t;
    t.insert("id", st.id);
    t.insert("name", export_stage_name(st));
    t.insert("title", st.title);
    t.insert("done", st.done);
    t.insert("total", st.total);
    t.insert("percent", percent(st.done, st.total));
    stages.push_back(std::move(t));
  }
  root.insert("stages", std::move(stages));
  toml::array cal;
  for (const CalendarDay& day : d.calendar.days) {
    if (day.level == 0) continue;
    toml::table t;
    t.insert("date", format_date(day.date));
    t.insert("hours", minutes_to_hours(day.minutes));
    t.insert("level", day.level);
    cal.push_back(std::move(t));
  }
  root.insert("calendar", std::move(cal));
  return to_json_text(root);
}

}  // namespace llm101
