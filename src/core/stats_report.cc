// `stats`'s text and JSON (see stats_report.h); the heatmap is in heatmap.cc.
#include "core/stats_report.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <map>

#include "core/i18n.h"
#include "core/json.h"
#include "core/study_time_report.h"
#include "core/text.h"

namespace llm101 {
namespace {

int before_tracking_count(const std::vector<Completion>& done) {
  return static_cast<int>(std::count_if(done.begin(), done.end(), [](const Completion& c) { return c.before_tracking; }));
}

struct WeekRow {
  Date start;
  int minutes = 0;
  int items = 0;
};

// The last `n` weeks up to today's, oldest first.
std::vector<WeekRow> recent_weeks(const StatsInput& in, const std::vector<Completion>& done, int n) {
  const Date last = week_start(in.today, in.settings.week_start);
  std::vector<WeekRow> rows;
  for (int i = n - 1; i >= 0; --i) rows.push_back({add_days(last, -7 * i), 0, 0});
  auto slot = [&](Date d) -> WeekRow* {
    int k = days_between(rows.front().start, week_start(d, in.settings.week_start)) / 7;
    if (d > in.today || k < 0 || k >= n) return nullptr;
    return &rows[static_cast<std::size_t>(k)];
  };
  for (const JournalEntry& e : *in.entries)
    if (auto d = entry_date(e))
      if (WeekRow* r = slot(*d)) r->minutes += e.minutes;
  for (const Completion& c : done)
    if (!c.before_tracking)
      if (WeekRow* r = slot(c.date)) ++r->items;
  return rows;
}

std::string pace_detail(const StagePace& p, const Stage& st) {
  std::string planned;
  if (p.planned && !p.planned->open_ended) {
    const int lo = p.planned->min_days, hi = p.planned->max_days;
    planned = lo == hi ? _nf("planned {} day", "planned {} days", static_cast<unsigned long>(hi), hi)
                       : _f("planned {}–{} days", lo, hi);
  }
  std::string out = fmt::format("{}/{}", p.done, st.total);
  if (p.before_tracking > 0) out += _f(" ({} before tracking)", p.before_tracking);
  if (p.started) out += _f(", started {}", display_date(*p.started));
  if (p.finished) {
    const int days = days_between(*p.started, *p.finished) + 1;
    out += _nf(", finished {} ({} day)", ", finished {} ({} days)", static_cast<unsigned long>(days),
               display_date(*p.finished), days);
  }
  if (p.forecast) out += _f(", forecast {}", display_date(*p.forecast));
  if (!planned.empty()) out += _f("; {}", planned);
  return out;
}

// A date kept as text ("2026-11-28") for people to read; "none" when empty.
std::string shown_date(const std::string& iso) {
  const auto d = parse_date(iso);
  return d ? display_date(*d) : std::string(_("none"));
}

// "Streak", "Hours", "Last entry", "Items": the summary lines, labels padded to the widest.
std::string summary_lines(const StatsInput& in, const JournalSummary& sum, const std::vector<Completion>& done,
                          const Style& style) {
  const Roadmap& rm = *in.roadmap;
  const std::string labels[] = {_("Streak"), _("Hours"), _("Last entry"), _("Items")};
  std::size_t label_w = 0;
  for (const std::string& l : labels) label_w = std::max(label_w, display_width(l));
  auto label = [&](int k) { return style.bold(pad_right(labels[k], label_w + 1)); };
  std::string out;
  const std::string current = days_text(sum.streaks.current), longest = days_text(sum.streaks.longest);
  out += fmt::format("{}  {}\n", label(0),
                     sum.streaks.longest_end.empty()
                         ? _f("{} (longest {})", current, longest)
                         : _f("{} (longest {}, ended {})", current, longest, shown_date(sum.streaks.longest_end)));
  out += fmt::format("{}  {}", label(1),
                     _f("{} total, {} this week", format_hours_short(sum.total_minutes), format_hours_short(sum.week_minutes)));
  if (in.settings.daily_goal_minutes > 0) {
    int met = 0;
    for (const JournalEntry& e : *in.entries)
      if (auto d = entry_date(e); d && *d >= week_start(in.today, in.settings.week_start) && *d <= in.today &&
                                  e.minutes >= in.settings.daily_goal_minutes)
        ++met;
    out += _nf("; daily goal {} met on {} day this week", "; daily goal {} met on {} days this week",
               static_cast<unsigned long>(met), format_hours_short(in.settings.daily_goal_minutes), met);
  }
  out += '\n';
  out += fmt::format("{}  {}\n", label(2), shown_date(sum.last_entry));
  const int before = before_tracking_count(done);
  out += fmt::format("{}  {}\n", label(3),
                     before > 0 ? _f("{}/{} done, {} before tracking (no date)", rm.done, rm.total, before)
                                : _f("{}/{} done", rm.done, rm.total));
  return out;
}

std::string week_lines(const StatsInput& in, const std::vector<Completion>& done, const Style& style) {
  std::vector<WeekRow> weeks = recent_weeks(in, done, 12);
  std::vector<std::string> hours, items;
  int max_minutes = 1;
  for (const WeekRow& w : weeks) {
    max_minutes = std::max(max_minutes, w.minutes);
    hours.push_back(format_hours_short(w.minutes));
    items.push_back(std::to_string(w.items));
  }
  // Columns as wide as their widest cell or header (Chinese cells and headers are wider).
  std::vector<TableColumn> cols = {{_("Week of"), 10, false}, {_("Hours"), 6, true}, {_("Items"), 5, true}};
  fit_column(cols[1], hours);
  fit_column(cols[2], items);
  std::string out = fmt::format("\n{}\n", style.bold(table_row(cols, {cols[0].header, cols[1].header, cols[2].header})));
  // The bar takes what the table leaves of the width, up to 20 cells; none below 3.
  const std::size_t table_w = display_width(table_row(cols, {format_date(in.today), hours[0], items[0]})) + 2;
  const std::size_t bar_w = style.width >= table_w + 3 ? std::min<std::size_t>(20, style.width - table_w) : 0;
  for (std::size_t k = 0; k < weeks.size(); ++k) {
    std::string row = table_row(cols, {format_date(weeks[k].start), hours[k], items[k]});
    out += bar_w ? fmt::format("{}  {}\n", row, progress_bar(weeks[k].minutes, max_minutes, static_cast<int>(bar_w), style))
                 : row + "\n";
  }
  return out;
}

std::string pace_lines(const StatsInput& in, const std::vector<Completion>& done, const Style& style) {
  const Roadmap& rm = *in.roadmap;
  if (rm.stages.empty()) return {};
  std::string out = fmt::format("\n{}\n", style.bold(_("Pace per stage")));
  std::vector<StagePace> pace = stage_pace(rm, done, in.today);
  std::size_t title_w = 0, verdict_w = 11;
  for (const Stage& st : rm.stages) title_w = std::max(title_w, display_width(fmt::format("{}  {}", st.id, st.title)));
  for (const StagePace& p : pace) verdict_w = std::max(verdict_w, display_width(_(p.verdict.c_str())));
  std::size_t detail_w = 0;
  for (const StagePace& p : pace) detail_w = std::max(detail_w, display_width(pace_detail(p, rm.stages[p.stage])));
  // Too narrow for one line each: the title (cut to fit, by display width) and the verdict, then
  // the detail on a line of its own.
  const bool narrow = title_w + verdict_w + detail_w + 4 > style.width;
  if (narrow) title_w = std::min(title_w, style.width > verdict_w + 2 + 8 ? style.width - verdict_w - 2 : 8);
  for (const StagePace& p : pace) {
    const Stage& st = rm.stages[p.stage];
    const std::string title = pad_right(truncate_to_width(fmt::format("{}  {}", st.id, st.title), title_w), title_w);
    if (narrow)
      out += fmt::format("{}  {}\n    {}\n", title, _(p.verdict.c_str()), pace_detail(p, st));
    else
      out += fmt::format("{}  {}  {}\n", title, pad_right(_(p.verdict.c_str()), verdict_w), pace_detail(p, st));
  }
  return out;
}

toml::array weeks_json(const StatsInput& in, const std::vector<Completion>& done) {
  toml::array weeks;
  for (const WeekRow& w : recent_weeks(in, done, 53)) {
    toml::table t;
    t.insert("week", format_date(w.start));
    t.insert("hours", minutes_to_hours(w.minutes));
    t.insert("items", w.items);
    weeks.push_back(std::move(t));
  }
  return weeks;
}

toml::array calendar_json(const StatsInput& in) {
  toml::array cal;
  std::map<Date, int> days = studied_days(*in.entries);
  for (auto it = days.lower_bound(add_days(in.today, -364)); it != days.end() && it->first <= in.today; ++it) {
    toml::table t;
    t.insert("date", format_date(it->first));
    t.insert("hours", minutes_to_hours(it->second));
    t.insert("level", heat_level(it->second, in.settings.daily_goal_minutes));
    cal.push_back(std::move(t));
  }
  return cal;
}

toml::table stage_json(const StagePace& p, const Stage& st) {
  toml::table t;
  t.insert("id", st.id);
  t.insert("title", st.title);
  t.insert("done", p.done);
  t.insert("total", p.total);
  t.insert("status", p.verdict);
  t.insert("before_tracking", p.before_tracking);
  // Every key always present, null when the heading plans no duration (share/schema/stats.schema.json).
  if (p.planned) t.insert("open_ended", p.planned->open_ended);
  else t.insert("open_ended", json_null());
  if (p.planned && !p.planned->open_ended) {
    t.insert("planned_min_days", p.planned->min_days);
    t.insert("planned_max_days", p.planned->max_days);
  } else {
    t.insert("planned_min_days", json_null());
    t.insert("planned_max_days", json_null());
  }
  t.insert("started", p.started ? toml::value<std::string>(format_date(*p.started)) : json_null());
  t.insert("finished", p.finished ? toml::value<std::string>(format_date(*p.finished)) : json_null());
  t.insert("forecast", p.forecast ? toml::value<std::string>(format_date(*p.forecast)) : json_null());
  return t;
}

}  // namespace

std::string render_stats(const StatsInput& in, const Style& style) {
  JournalSummary sum = summarize(*in.entries, in.today, in.settings.week_start);
  std::vector<Completion> done = completion_dates(*in.roadmap, *in.entries, in.today);
  std::string out = summary_lines(in, sum, done, style);
  out += week_lines(in, done, style);
  out += fmt::format("\n{}\n", style.bold(_("Calendar")));
  out += render_heatmap(*in.entries, in.today, in.settings, style);
  out += pace_lines(in, done, style);
  out += study_time_lines(in, style);
  return out;
}

std::string stats_json(const StatsInput& in) {
  const Roadmap& rm = *in.roadmap;
  JournalSummary sum = summarize(*in.entries, in.today, in.settings.week_start);
  std::vector<Completion> done = completion_dates(rm, *in.entries, in.today);
  toml::table root;
  root.insert("today", format_date(in.today));
  root.insert("current_streak", sum.streaks.current);
  root.insert("longest_streak", sum.streaks.longest);
  root.insert("longest_streak_end", string_or_null(sum.streaks.longest_end));
  root.insert("hours", minutes_to_hours(sum.total_minutes));
  root.insert("hours_this_week", minutes_to_hours(sum.week_minutes));
  root.insert("entries", sum.entries);
  root.insert("last_entry", string_or_null(sum.last_entry));
  root.insert("daily_goal_hours", minutes_to_hours(in.settings.daily_goal_minutes));
  root.insert("done", rm.done);
  root.insert("done_before_tracking", before_tracking_count(done));
  root.insert("total", rm.total);
  root.insert("weeks", weeks_json(in, done));
  root.insert("calendar", calendar_json(in));
  toml::array stages;
  for (const StagePace& p : stage_pace(rm, done, in.today)) stages.push_back(stage_json(p, rm.stages[p.stage]));
  root.insert("stages", std::move(stages));
  root.insert("time", study_time_json(in));
  return to_json_text(root);
}

}  // namespace llm101
