// `journal`'s text and JSON (see journal_report.h).
#include "core/journal_report.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <map>

#include "core/i18n.h"
#include "core/journal_fields.h"
#include "core/json.h"
#include "core/stats.h"
#include "core/text.h"

namespace llm101 {

namespace {

using Totals = std::pair<std::int64_t, int>;  // minutes (64-bit: years of entries), days

// A totals table ("Week of  Hours  Days" or "Month  Hours  Days"), columns as wide as their cells.
template <class Key>
std::string totals_table(const std::string& first_header, const std::map<Key, Totals>& rows,
                         std::string (*key_text)(const Key&), const Style& style) {
  std::vector<TableColumn> cols = {{first_header, 10, false}, {_("Hours"), 6, true}, {_("Days"), 4, true}};
  std::vector<std::vector<std::string>> cells;
  for (const auto& [k, v] : rows) {
    cells.push_back({key_text(k), format_hours_short(v.first), std::to_string(v.second)});
    fit_column(cols[1], {cells.back()[1]});
  }
  std::string out = fmt::format("\n{}\n", style.bold(table_row(cols, {cols[0].header, cols[1].header, cols[2].header})));
  for (const auto& c : cells) out += table_row(cols, c) + "\n";
  return out;
}

// 各条目用时 as [{"id", "minutes", "hours"}], one per item (its lines summed), in entry order.
toml::array item_time_json(const JournalEntry& e) {
  toml::array a;
  for (const CompletedTask& t : sum_item_time(e.item_time))
    a.push_back(toml::table{{"id", t.id}, {"minutes", t.minutes}, {"hours", minutes_to_hours(t.minutes)}});
  return a;
}

std::string date_text(const Date& d) { return format_date(d); }
std::string month_text(const std::string& m) { return m; }

}  // namespace

std::string render_journal(const std::vector<JournalEntry>& entries, WeekStart ws, const Style& style) {
  if (entries.empty()) return _("No journal entries.\n");
  std::map<Date, Totals> weeks;
  std::map<std::string, Totals> months;
  std::int64_t total = 0;
  std::vector<std::pair<const JournalEntry*, Date>> dated;
  TableColumn hours{"", 6, true};
  std::size_t day_w = 3;
  for (const JournalEntry& e : entries) {
    auto d = entry_date(e);
    if (!d) continue;
    dated.emplace_back(&e, *d);
    fit_column(hours, {format_hours_short(e.minutes)});
    day_w = std::max(day_w, display_width(_(weekday_name(*d))));
    auto& w = weeks[week_start(*d, ws)];
    w.first += e.minutes;
    ++w.second;
    auto& m = months[month_key(*d)];
    m.first += e.minutes;
    ++m.second;
    total += e.minutes;
  }
  // The first note is cut to what the date, weekday and hours leave of the width.
  const std::size_t extra = (hours.width - 6) + (day_w - 3);
  const std::size_t text_w = style.width > 30 + extra ? style.width - 26 - extra : 20;
  std::string out;
  for (const auto& [e, d] : dated) {
    std::string first = e->studied.empty() ? std::string() : e->studied.front();
    if (first.empty() && !e->completed.empty()) first = fmt::format("✓ {}", e->completed.front().id);
    std::string line = fmt::format("{} {}  {}  {}", e->date, style.dim(pad_right(_(weekday_name(d)), day_w)),
                                   pad_left(format_hours_short(e->minutes), hours.width), truncate_to_width(first, text_w));
    out += std::string(trim_right(line)) + "\n";
  }
  out += totals_table<Date>(_("Week of"), weeks, date_text, style);
  out += totals_table<std::string>(_("Month"), months, month_text, style);
  const std::size_t n = entries.size();
  out += _nf("\nTotal: {} in {} entry\n", "\nTotal: {} in {} entries\n", n, format_hours_short(total), n);
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
    for (const FieldDef& f : kFields) {
      toml::array a;
      if (f.role == FieldRole::Notes)
        for (const auto& s : e.*f.entry_notes) a.push_back(s);
      else if (f.role == FieldRole::Tasks)
        for (const CompletedTask& c : e.*f.entry_tasks) a.push_back(c.id);
      else if (f.role == FieldRole::ItemTime)
        a = item_time_json(e);
      else
        continue;  // the time is "hours" and "minutes" above
      t.insert(f.json_key, std::move(a));
    }
    arr.push_back(std::move(t));
  }
  return to_json_text(arr);
}

}  // namespace llm101
