// The calendar heatmap of `stats` (see stats_report.h).
#include <fmt/format.h>

#include <algorithm>

#include "core/stats_report.h"
#include "core/text.h"

namespace llm101 {

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
    return fmt::format("\x1b[38;5;{}m■\x1b[0m", shades[level]);
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
      int level = it == days.end() ? 0 : heat_level(it->second, settings.daily_goal_minutes);
      line += glyph(level);
      if (cell == 2 && w + 1 < weeks) line += ' ';
    }
    out += std::string(trim_right(line)) + "\n";
  }
  out += fmt::format("{}less {} {} {} {} {} more\n", std::string(label_w, ' '), glyph(0), glyph(1), glyph(2), glyph(3), glyph(4));
  return out;
}

}  // namespace llm101
