#include "core/stats.h"

#include <algorithm>
#include <cmath>

#include "core/i18n.h"
#include "core/journal_match.h"

namespace llm101 {

std::map<Date, int> studied_days(const std::vector<JournalEntry>& entries) {
  std::map<Date, int> days;
  for (const JournalEntry& e : entries)
    if (e.studied_any())
      if (auto d = entry_date(e)) days[*d] += e.minutes;
  return days;
}

int heat_level(int minutes, int goal) {
  const int g = goal > 0 ? goal : 60;
  if (minutes * 2 < g) return 1;
  if (minutes < g) return 2;
  if (minutes < 2 * g) return 3;
  return 4;
}

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

namespace {

// Per item, the newest entry with a 完成的任务 line naming it. An entry's line names an item by its
// text first and its ID second (journal_match.h), so a renumbering never moves a date to the item
// that took over the number.
// `before` (when given): per item, whether the before-tracking record (no date) names it.
std::vector<std::optional<Date>> newest_listed(const Roadmap& rm, const std::vector<JournalEntry>& entries,
                                               std::vector<bool>* before = nullptr) {
  const std::vector<std::vector<std::size_t>> named = map_completed(rm, entries);
  std::vector<std::optional<Date>> newest(rm.items.size());
  if (before) before->assign(rm.items.size(), false);
  for (std::size_t e = 0; e < entries.size(); ++e) {
    auto d = entry_date(entries[e]);
    for (std::size_t i : named[e]) {
      if (i == kNoItem) continue;
      if (!d && before && is_before_tracking(entries[e])) (*before)[i] = true;
      else if (d && (!newest[i] || *newest[i] < *d)) newest[i] = *d;
    }
  }
  return newest;
}

}  // namespace

std::vector<std::optional<Date>> start_dates(const Roadmap& rm, const std::vector<JournalEntry>& entries) {
  // 开始的任务 lines are read like 完成的任务 ones: the same matching finds their items.
  std::vector<JournalEntry> starts(entries.size());
  for (std::size_t e = 0; e < entries.size(); ++e) {
    starts[e].date = entries[e].date;
    starts[e].completed = entries[e].started;
  }
  return newest_listed(rm, starts);
}

std::vector<Completion> completion_dates(const Roadmap& rm, const std::vector<JournalEntry>& entries, Date today) {
  std::vector<bool> before;
  const std::vector<std::optional<Date>> newest = newest_listed(rm, entries, &before);
  std::vector<Completion> out;
  for (std::size_t i = 0; i < rm.items.size(); ++i) {
    if (!rm.items[i].done) continue;
    if (newest[i]) out.push_back({i, *newest[i], true, false});  // a day's entry wins over the record
    else out.push_back({i, today, before[i], before[i]});
  }
  return out;
}

std::vector<std::size_t> unrecorded_done_items(const Roadmap& rm, const std::vector<JournalEntry>& entries) {
  std::vector<bool> listed(rm.items.size(), false);
  for (const std::vector<std::size_t>& named : map_completed(rm, entries))
    for (std::size_t i : named)
      if (i != kNoItem) listed[i] = true;
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < rm.items.size(); ++i)
    if (rm.items[i].done && !listed[i]) out.push_back(i);
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
      if (c.before_tracking) {
        ++p.before_tracking;  // done, but on no day: no start, finish or pace from it
        continue;
      }
      if (!p.started || c.date < *p.started) p.started = c.date;
      if (!p.finished || c.date > *p.finished) p.finished = c.date;
    }
    if (p.done < p.total || p.total == 0) p.finished.reset();
    if (p.total > 0 && p.done == p.total) {
      p.verdict = N_("done");
    } else if (p.planned && p.planned->open_ended) {
      p.verdict = N_("open-ended");
    } else if (!p.started) {
      p.verdict = p.done > 0 ? N_("in progress") : N_("not started");
    } else {
      const int elapsed = days_between(*p.started, today) + 1;
      const double per_day = static_cast<double>(p.done - p.before_tracking) / elapsed;
      p.forecast = add_days(today, static_cast<int>(std::ceil((p.total - p.done) / per_day)));
      if (!p.planned || elapsed < 7) {
        p.verdict = N_("in progress");  // a few days say little about the pace
      } else {
        const int needed = days_between(*p.started, *p.forecast) + 1;
        p.verdict = needed > p.planned->max_days ? N_("behind") : needed < p.planned->min_days ? N_("ahead") : N_("on track");
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace llm101
