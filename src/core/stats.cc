#include "core/stats.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "core/json.h"
#include "core/text.h"

namespace llm101 {
namespace {

std::optional<Date> entry_date(const JournalEntry& e) { return parse_date(e.date); }

// Minutes per studied day, keyed by date.
std::map<Date, int> studied_days(const std::vector<JournalEntry>& entries) {
  std::map<Date, int> days;
  for (const JournalEntry& e : entries)
    if (e.studied_any())
      if (auto d = entry_date(e)) days[*d] += e.minutes;
  return days;
}

int level_of(int minutes, bool studied, int goal) {
  if (!studied) return 0;
  const int g = goal > 0 ? goal : 60;
  if (minutes * 2 < g) return 1;
  if (minutes < g) return 2;
  if (minutes < 2 * g) return 3;
  return 4;
}

std::string plural(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

Streaks compute_streaks(const std::vector<JournalEntry>& entries, Date today) {
  Streaks s;
  std::optional<Date> prev, longest_end;
  int run = 0;
  // Entries come sorted by date, one per day (file names): no map needed.
  for (const JournalEntry& e : entries) {
    if (!e.studied_any()) continue;
    auto d = entry_date(e);
    if (!d || *d > today) continue;
    if (prev && *d == *prev) continue;
    run = prev && days_between(*prev, *d) == 1 ? run + 1 : 1;
    prev = d;
    if (run > s.longest) {
      s.longest = run;
      longest_end = d;
    }
  }
  if (longest_end) s.longest_end = format_date(*longest_end);
  // The current streak ends today, or yesterday while today has no entry yet.
  if (prev && days_between(*prev, today) <= 1) s.current = run;
  return s;
}

JournalSummary summarize(const std::vector<JournalEntry>& entries, Date today, WeekStart ws) {
  JournalSummary s;
  const Date week = week_start(today, ws);
  for (const JournalEntry& e : entries) {
    auto d = entry_date(e);
    if (!d || *d > today) continue;
    ++s.entries;
    s.total_minutes += e.minutes;
    if (*d >= week) s.week_minutes += e.minutes;
    s.last_entry = e.date;
  }
  s.streaks = compute_streaks(entries, today);
  return s;
}

std::vector<Completion> completion_dates(const Roadmap& rm, const std::vector<JournalEntry>& entries, Date today) {
  std::map<std::string, Date, std::less<>> newest;
  for (const JournalEntry& e : entries) {
    auto d = entry_date(e);
    if (!d) continue;
    for (const CompletedTask& t : e.completed) {
      auto [it, fresh] = newest.emplace(t.id, *d);
      if (!fresh && it->second < *d) it->second = *d;
    }
  }
  std::vector<Completion> out;
  for (std::size_t i = 0; i < rm.items.size(); ++i) {
    if (!rm.items[i].done) continue;
    auto it = newest.find(rm.items[i].id);
    if (it != newest.end()) out.push_back({i, it->second, true});
    else out.push_back({i, today, false});
  }
  return out;
}

std::vector<std::size_t> unrecorded_done_items(const Roadmap& rm, const std::vector<JournalEntry>& entries) {
  std::vector<std::string_view> ids;
  for (const JournalEntry& e : entries)
    for (const CompletedTask& t : e.completed) ids.push_back(t.id);
  std::sort(ids.begin(), ids.end());
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < rm.items.size(); ++i)
    if (rm.items[i].done && !std::binary_search(ids.begin(), ids.end(), std::string_view(rm.items[i].id)))
      out.push_back(i);
  return out;
}

std::vector<StagePace> stage_pace(const Roadmap& rm, const std::vector<Completion>& done, Date today) {
  std::vector<StagePace> out;
  for (std::size_t s = 0; s < rm.stages.size(); ++s) {
    const Stage& st = rm.stages[s];
    StagePace p;
    p.stage = s;
    p.total = st.total;
    p.planned = parse_planned_duration(st.title);
    for (const Completion& c : done) {
      if (rm.items[c.item].stage != static_cast<int>(s)) continue;
      ++p.done;
      if (!p.started || c.date < *p.started) p.started = c.date;
      if (!p.finished || c.date > *p.finished) p.finished = c.date;
    }
    if (p.done < p.total || p.total == 0) p.finished.reset();
    if (p.total > 0 && p.done == p.total) {
      p.verdict = "done";
    } else if (p.planned && p.planned->open_ended) {
      p.verdict = "open-ended";
    } else if (!p.started) {
      p.verdict = "not started";
    } else {
      const int elapsed = days_between(*p.started, today) + 1;
      const double per_day = static_cast<double>(p.done) / elapsed;
      p.forecast = add_days(today, static_cast<int>(std::ceil((p.total - p.done) / per_day)));
      if (!p.planned || elapsed < 7) {
        p.verdict = "in progress";  // a few days say little about the pace
      } else {
        const int needed = days_between(*p.started, *p.forecast) + 1;
        p.verdict = needed > p.planned->max_days ? "behind" : needed < p.planned->min_days ? "ahead" : "on track";
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::string render_journal(const std::vector<JournalEntry>& entries, WeekStart ws, const Style& style) {
  if (entries.empty()) return "No journal entries.\n";
  std::string out;
  std::map<Date, std::pair<std::int64_t, int>> weeks;             // minutes, days
  std::map<std::string, std::pair<std::int64_t, int>> months;
  std::int64_t total = 0;
  const std::size_t text_w = style.width > 30 ? style.width - 26 : 20;
  for (const JournalEntry& e : entries) {
    auto d = entry_date(e);
    if (!d) continue;
    std::string first = e.studied.empty() ? std::string() : e.studied.front();
    if (first.empty() && !e.completed.empty())
      first = fmt::format("✓ {}", e.completed.front().id);
    std::string line = fmt::format("{} {}  {}  {}", e.date, style.dim(weekday_name(*d)),
                                   pad_left(format_hours_short(e.minutes), 6), truncate_to_width(first, text_w));
    out += std::string(trim_right(line)) + "\n";
    auto& w = weeks[week_start(*d, ws)];
    w.first += e.minutes;
    ++w.second;
    auto& m = months[month_key(*d)];
    m.first += e.minutes;
    ++m.second;
    total += e.minutes;
  }
  out += fmt::format("\n{}\n", style.bold("Week of      Hours  Days"));
  for (const auto& [d, v] : weeks)
    out += fmt::format("{}  {}  {:>4}\n", format_date(d), pad_left(format_hours_short(v.first), 6), v.second);
  out += fmt::format("\n{}\n", style.bold("Month        Hours  Days"));
  for (const auto& [m, v] : months)
    out += fmt::format("{}     {}  {:>4}\n", m, pad_left(format_hours_short(v.first), 6), v.second);
  out += fmt::format("\nTotal: {} in {}\n", format_hours_short(total), plural(static_cast<int>(entries.size()), "entry", "entries"));
  return out;
}

std::string journal_json(const std::vector<JournalEntry>& entries) {
  toml::array arr;
  for (const JournalEntry& e : entries) {
    toml::table t;
    t.insert("date", e.date);
    t.insert("hours", minutes_to_hours(e.minutes));
    t.insert("minutes", e.minutes);
    t.insert("file", e.file);
    auto strings = [](const std::vector<std::string>& v) {
      toml::array a;
      for (const auto& s : v) a.push_back(s);
      return a;
    };
    t.insert("studied", strings(e.studied));
    toml::array done;
    for (const CompletedTask& c : e.completed) done.push_back(c.id);
    t.insert("completed", std::move(done));
    t.insert("problems", strings(e.problems));
    t.insert("next", strings(e.next));
    arr.push_back(std::move(t));
  }
  return to_json_text(arr);
}

namespace {

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
    if (WeekRow* r = slot(c.date)) ++r->items;
  return rows;
}

std::string pace_detail(const StagePace& p, const Stage& st) {
  std::string planned;
  if (p.planned && !p.planned->open_ended)
    planned = p.planned->min_days == p.planned->max_days ? fmt::format("planned {} days", p.planned->max_days)
                                                         : fmt::format("planned {}–{} days", p.planned->min_days, p.planned->max_days);
  std::string out = fmt::format("{}/{}", p.done, st.total);
  if (p.started) out += fmt::format(", started {}", format_date(*p.started));
  if (p.finished) out += fmt::format(", finished {} ({} days)", format_date(*p.finished), days_between(*p.started, *p.finished) + 1);
  if (p.forecast) out += fmt::format(", forecast {}", format_date(*p.forecast));
  if (!planned.empty()) out += fmt::format("; {}", planned);
  return out;
}

}  // namespace

std::string render_heatmap(const std::vector<JournalEntry>& entries, Date today, const JournalSettings& settings,
                           const Style& style) {
  const std::size_t label_w = 4;
  std::size_t avail = style.width > label_w + 8 ? style.width - label_w : 8;
  std::size_t cell = avail >= 53 * 2 ? 2 : 1;
  int weeks = static_cast<int>(std::min<std::size_t>(53, avail / cell));
  const Date last = week_start(today, settings.week_start);
  const Date first = add_days(last, -7 * (weeks - 1));
  std::map<Date, int> days = studied_days(entries);
  static constexpr std::string_view plain[] = {".", "-", "+", "*", "#"};
  static constexpr int shades[] = {237, 22, 28, 34, 46};
  auto glyph = [&](int level) {
    if (!style.color) return std::string(plain[level]);
    return style.paint(fmt::format("38;5;{}", shades[level]), "■");
  };
  // Month names above the week where a month begins, when they fit.
  std::string months(label_w + static_cast<std::size_t>(weeks) * cell + 3, ' ');
  std::size_t free_from = label_w;
  for (int w = 0; w < weeks; ++w) {
    Date d = add_days(first, 7 * w);
    bool starts = w == 0 ? std::chrono::year_month_day{d}.day() <= std::chrono::day{7}
                         : month_key(d) != month_key(add_days(d, -7));
    std::size_t col = label_w + static_cast<std::size_t>(w) * cell;
    if (starts && col >= free_from) {
      months.replace(col, 3, month_name(d));
      free_from = col + 4;
    }
  }
  std::string out = std::string(trim_right(months)) + "\n";
  for (int row = 0; row < 7; ++row) {
    Date d0 = add_days(first, row);
    std::string line = std::string(weekday_name(d0)) + " ";
    for (int w = 0; w < weeks; ++w) {
      Date d = add_days(d0, 7 * w);
      if (d > today) break;
      auto it = days.find(d);
      int level = it == days.end() ? 0 : level_of(it->second, true, settings.daily_goal_minutes);
      line += glyph(level);
      if (cell == 2 && w + 1 < weeks) line += ' ';
    }
    out += std::string(trim_right(line)) + "\n";
  }
  out += fmt::format("{}less {} {} {} {} {} more\n", std::string(label_w, ' '), glyph(0), glyph(1), glyph(2), glyph(3), glyph(4));
  return out;
}

std::string render_stats(const StatsInput& in, const Style& style) {
  const auto& entries = *in.entries;
  const Roadmap& rm = *in.roadmap;
  JournalSummary sum = summarize(entries, in.today, in.settings.week_start);
  std::vector<Completion> done = completion_dates(rm, entries, in.today);
  std::string out;
  out += fmt::format("{}  {} (longest {}{})\n", style.bold("Streak     "), plural(sum.streaks.current, "day", "days"),
                     plural(sum.streaks.longest, "day", "days"),
                     sum.streaks.longest_end.empty() ? "" : fmt::format(", ended {}", sum.streaks.longest_end));
  out += fmt::format("{}  {} total, {} this week", style.bold("Hours      "), format_hours_short(sum.total_minutes),
                     format_hours_short(sum.week_minutes));
  if (in.settings.daily_goal_minutes > 0) {
    int met = 0;
    for (const JournalEntry& e : entries)
      if (auto d = entry_date(e); d && *d >= week_start(in.today, in.settings.week_start) && *d <= in.today &&
                                  e.minutes >= in.settings.daily_goal_minutes)
        ++met;
    out += fmt::format("; daily goal {} met on {} this week", format_hours_short(in.settings.daily_goal_minutes),
                       plural(met, "day", "days"));
  }
  out += '\n';
  out += fmt::format("{}  {}\n", style.bold("Last entry "), sum.last_entry.empty() ? "none" : sum.last_entry);
  out += fmt::format("{}  {}/{} done\n", style.bold("Items      "), rm.done, rm.total);

  out += fmt::format("\n{}\n", style.bold("Week of      Hours  Items"));
  std::vector<WeekRow> weeks = recent_weeks(in, done, 12);
  int max_minutes = 1;
  for (const WeekRow& w : weeks) max_minutes = std::max(max_minutes, w.minutes);
  for (const WeekRow& w : weeks)
    out += fmt::format("{}  {}  {:>5}  {}\n", format_date(w.start), pad_left(format_hours_short(w.minutes), 6), w.items,
                       progress_bar(w.minutes, max_minutes, 20, style));

  out += fmt::format("\n{}\n", style.bold("Calendar"));
  out += render_heatmap(entries, in.today, in.settings, style);

  if (!rm.stages.empty()) {
    out += fmt::format("\n{}\n", style.bold("Pace per stage"));
    std::vector<StagePace> pace = stage_pace(rm, done, in.today);
    std::size_t title_w = 0;
    for (const Stage& st : rm.stages) title_w = std::max(title_w, display_width(fmt::format("{}  {}", st.id, st.title)));
    for (const StagePace& p : pace) {
      const Stage& st = rm.stages[p.stage];
      out += fmt::format("{}  {:<11}  {}\n", pad_right(fmt::format("{}  {}", st.id, st.title), title_w), p.verdict,
                         pace_detail(p, st));
    }
  }
  return out;
}

std::string stats_json(const StatsInput& in) {
  const auto& entries = *in.entries;
  const Roadmap& rm = *in.roadmap;
  JournalSummary sum = summarize(entries, in.today, in.settings.week_start);
  std::vector<Completion> done = completion_dates(rm, entries, in.today);
  toml::table root;
  root.insert("today", format_date(in.today));
  root.insert("current_streak", sum.streaks.current);
  root.insert("longest_streak", sum.streaks.longest);
  root.insert("longest_streak_end", sum.streaks.longest_end);
  root.insert("hours", minutes_to_hours(sum.total_minutes));
  root.insert("hours_this_week", minutes_to_hours(sum.week_minutes));
  root.insert("entries", sum.entries);
  root.insert("last_entry", sum.last_entry);
  root.insert("daily_goal_hours", minutes_to_hours(in.settings.daily_goal_minutes));
  root.insert("done", rm.done);
  root.insert("total", rm.total);
  toml::array weeks;
  for (const WeekRow& w : recent_weeks(in, done, 53)) {
    toml::table t;
    t.insert("week", format_date(w.start));
    t.insert("hours", minutes_to_hours(w.minutes));
    t.insert("items", w.items);
    weeks.push_back(std::move(t));
  }
  root.insert("weeks", std::move(weeks));
  toml::array cal;
  std::map<Date, int> days = studied_days(entries);
  for (auto it = days.lower_bound(add_days(in.today, -364)); it != days.end() && it->first <= in.today; ++it) {
    toml::table t;
    t.insert("date", format_date(it->first));
    t.insert("hours", minutes_to_hours(it->second));
    t.insert("level", level_of(it->second, true, in.settings.daily_goal_minutes));
    cal.push_back(std::move(t));
  }
  root.insert("calendar", std::move(cal));
  toml::array stages;
  for (const StagePace& p : stage_pace(rm, done, in.today)) {
    const Stage& st = rm.stages[p.stage];
    toml::table t;
    t.insert("id", st.id);
    t.insert("title", st.title);
    t.insert("done", p.done);
    t.insert("total", p.total);
    t.insert("status", p.verdict);
    if (p.planned) {
      t.insert("open_ended", p.planned->open_ended);
      if (!p.planned->open_ended) {
        t.insert("planned_min_days", p.planned->min_days);
        t.insert("planned_max_days", p.planned->max_days);
      }
    }
    if (p.started) t.insert("started", format_date(*p.started));
    if (p.finished) t.insert("finished", format_date(*p.finished));
    if (p.forecast) t.insert("forecast", format_date(*p.forecast));
    stages.push_back(std::move(t));
  }
  root.insert("stages", std::move(stages));
  return to_json_text(root);
}

}  // namespace llm101
