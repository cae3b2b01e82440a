// The calendar heatmap of `stats` (see stats_report.h).
#include <fmt/format.h>

#include <algorithm>

#include "core/i18n.h"
#include "core/stats_report.h"
#include "core/text.h"

namespace llm101 {

std::string render_heatmap(const std::vector<JournalEntry>& entries, Date today, const JournalSettings& settings,
                           const Style& style) {
  // Weekday labels ("Mon", "周一") and a space before the cells.
  std::size_t label_w = 0;
  for (int i = 0; i < 7; ++i) label_w = std::max(label_w, display_width(_(weekday_name(add_days(today, i)))) + 1);
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
  // Month names above the week where a month begins, when they fit; placed by display width
  // ("11月" takes four cells).
  std::string months;
  std::size_t used = 0, free_from = label_w;
  for (int w = 0; w < weeks; ++w) {
    Date d = add_days(first, 7 * w);
    bool starts = w == 0 ? std::chrono::year_month_day{d}.day() <= std::chrono::day{7}
                         : month_key(d) != month_key(add_days(d, -7));
    std::size_t col = label_w + static_cast<std::size_t>(w) * cell;
    if (starts && col >= free_from) {
      const std::string name = _(month_name(d));
      months += std::string(col - used, ' ') + name;
      used = col + display_width(name);
      free_from = used + 1;
    }
  }
  std::string out = months + "\n";
  for (int row = 0; row < 7; ++row) {
    Date d0 = add_days(first, row);
    std::string line = pad_right(_(weekday_name(d0)), label_w - 1) + " ";
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
  out += fmt::format("{}{} {} {} {} {} {} {}\n", std::string(label_w, ' '), _("less"), glyph(0), glyph(1), glyph(2),
                     glyph(3), glyph(4), _("more"));
  return out;
}

}  // namespace llm101
