// `journal`'s text and JSON (see journal_report.h).
#include "core/journal_report.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <map>

#include "core/journal_fields.h"
#include "core/json.h"
#include "core/stats.h"
#include "core/text.h"

namespace llm101 {

std::string render_journal(const std::vector<JournalEntry>& entries, WeekStart ws, const Style& style) {
  if (entries.empty()) return "No journal entries.\n";
  std::string out;
  std::map<Date, std::pair<int, int>> weeks;             // minutes, days
  std::map<std::string, std::pair<int, int>> months;
  int total = 0;
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
    for (const FieldDef& f : kFields) {
      toml::array a;
      if (f.role == FieldRole::Notes)
        for (const auto& s : e.*f.entry_notes) a.push_back(s);
      else if (f.role == FieldRole::Tasks)
        for (const CompletedTask& c : e.completed) a.push_back(c.id);
      else
        continue;  // the time is "hours" and "minutes" above
      t.insert(f.json_key, std::move(a));
    }
    arr.push_back(std::move(t));
  }
  return to_json_text(arr);
}

}  // namespace llm101
