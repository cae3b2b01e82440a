// Study time per item and the pace forecast (see study_time.h).
#include "core/study_time.h"

#include <cmath>

#include "core/stats.h"

namespace llm101 {
namespace {

// The last day item `i` was in progress; nullopt when it never was.
std::optional<Date> in_progress_until(const TaskItem& it, const ItemDates& d, Date today) {
  if (!d.started) return std::nullopt;
  if (it.state == ItemState::Doing) return today;
  if (it.state == ItemState::Done && d.done && *d.done >= *d.started) return d.done;
  return std::nullopt;
}

// Each day's general minutes (its total less what --item gave away) split evenly over the items
// in progress that day, the first items in roadmap order taking the odd minutes.
void share_general(const Roadmap& rm, const std::vector<JournalEntry>& entries, const std::vector<ItemDates>& dates,
                   Date today, StudyTime& st) {
  std::vector<std::optional<Date>> until(rm.items.size());
  for (std::size_t i = 0; i < rm.items.size(); ++i) until[i] = in_progress_until(rm.items[i], dates[i], today);
  for (const JournalEntry& e : entries) {
    const auto day = entry_date(e);
    if (!day || *day > today) continue;
    std::int64_t general = e.minutes;
    for (const CompletedTask& t : e.item_time) general -= t.minutes;
    if (general <= 0) continue;
    std::vector<std::size_t> active;
    for (std::size_t i = 0; i < rm.items.size(); ++i)
      if (until[i] && *dates[i].started <= *day && *day <= *until[i]) active.push_back(i);
    if (active.empty()) {
      st.unassigned += general;
      continue;
    }
    const auto n = static_cast<std::int64_t>(active.size());
    for (std::int64_t k = 0; k < n; ++k)
      st.items[active[static_cast<std::size_t>(k)]].shared += general / n + (k < general % n ? 1 : 0);
  }
}

// Items named by ID in 各条目用时 get those minutes; an ID the roadmap lacks stays general.
void add_attributed(const Roadmap& rm, const std::vector<JournalEntry>& entries, Date today, StudyTime& st) {
  for (const JournalEntry& e : entries) {
    const auto day = entry_date(e);
    if (!day || *day > today) continue;
    for (const CompletedTask& t : e.item_time) {
      const TaskItem* it = rm.find_item(t.id);
      if (it) st.items[static_cast<std::size_t>(it - rm.items.data())].attributed += t.minutes;
      else st.unassigned += t.minutes;
    }
  }
}

PaceForecast forecast(const Roadmap& rm, const std::vector<JournalEntry>& entries, const StudyTime& st, Date today) {
  PaceForecast f;
  std::int64_t done_minutes = 0, timed = 0, days = 0, dated = 0;
  for (std::size_t i = 0; i < rm.items.size(); ++i) {
    const ItemState s = rm.items[i].state;
    if (s != ItemState::Done) {
      if (s != ItemState::Skipped) ++f.remaining;
      continue;
    }
    if (st.items[i].minutes() > 0) done_minutes += st.items[i].minutes(), ++timed;
    if (st.items[i].days) days += *st.items[i].days, ++dated;
  }
  if (timed) f.minutes_per_item = static_cast<double>(done_minutes) / static_cast<double>(timed);
  if (dated) f.days_per_item = static_cast<double>(days) / static_cast<double>(dated);
  std::int64_t recent = 0;
  for (const JournalEntry& e : entries)
    if (auto d = entry_date(e); d && *d <= today && days_between(*d, today) < kPaceWindowDays) recent += e.minutes;
  f.minutes_per_day = static_cast<double>(recent) / kPaceWindowDays;
  if (!f.minutes_per_item || f.minutes_per_day <= 0 || f.remaining == 0) return f;
  const double needed = std::ceil(f.remaining * *f.minutes_per_item / f.minutes_per_day);
  if (needed <= kForecastMaxDays) f.finish = add_days(today, static_cast<int>(needed));  // else: no date worth giving
  return f;
}

}  // namespace

StudyTime study_time(const Roadmap& rm, const std::vector<JournalEntry>& entries, const std::vector<ItemDates>& dates,
                     Date today) {
  StudyTime st;
  st.items.resize(rm.items.size());
  add_attributed(rm, entries, today, st);
  share_general(rm, entries, dates, today, st);
  for (std::size_t i = 0; i < rm.items.size(); ++i) {
    const ItemDates& d = dates[i];
    if (rm.items[i].state == ItemState::Done && d.started && d.done && *d.done >= *d.started)
      st.items[i].days = days_between(*d.started, *d.done) + 1;
  }
  st.forecast = forecast(rm, entries, st, today);
  return st;
}

}  // namespace llm101
