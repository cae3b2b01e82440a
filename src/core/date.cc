#include "core/date.h"

#include <fmt/format.h>

#include "core/i18n.h"

namespace llm101 {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(s.substr(0, 4)) || !digits(s.substr(5, 2)) || !digits(s.substr(8, 2))) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{to_int(s.substr(0, 4))},
                                  std::chrono::month{static_cast<unsigned>(to_int(s.substr(5, 2)))},
                                  std::chrono::day{static_cast<unsigned>(to_int(s.substr(8, 2)))}};
  if (!ymd.ok() || !in_date_range(Date{ymd})) return std::nullopt;
  return Date{ymd};
}

bool in_date_range(Date d) {
  std::chrono::year y = std::chrono::year_month_day{d}.year();
  return y >= std::chrono::year{kFirstYear} && y <= std::chrono::year{kLastYear};
}

std::string format_date(Date d) {
  std::chrono::year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

std::string display_date(Date d) {
  if (!ui_is_chinese()) return format_date(d);
  std::chrono::year_month_day ymd{d};
  return fmt::format("{}年{}月{}日", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

std::string display_month_day(Date d) {
  std::chrono::year_month_day ymd{d};
  if (!ui_is_chinese()) return format_date(d).substr(5);
  return fmt::format("{}月{}日", static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string days_text(int n) { return _nf("{} day", "{} days", static_cast<unsigned long>(n), n); }

std::optional<Date> parse_date_arg(std::string_view s, Date today) {
  if (s == "today") return today;
  if (s == "yesterday") return add_days(today, -1);
  return parse_date(s);
}

int iso_weekday(Date d) { return static_cast<int>(std::chrono::weekday{d}.iso_encoding()) - 1; }

Date week_start(Date d, WeekStart ws) {
  int wd = iso_weekday(d);                            // Monday = 0
  if (ws == WeekStart::Sunday) wd = (wd + 1) % 7;     // Sunday = 0
  return add_days(d, -wd);
}

const char* weekday_name(Date d) {
  // TRANSLATORS: weekday abbreviations, as in the journal list and the calendar's rows.
  static constexpr const char* names[] = {N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun")};
  return names[iso_weekday(d)];
}

std::string month_key(Date d) { return format_date(d).substr(0, 7); }

const char* month_name(Date d) {
  // TRANSLATORS: month abbreviations, above the calendar's columns.
  static constexpr const char* names[] = {N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
                                          N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec")};
  return names[static_cast<unsigned>(std::chrono::year_month_day{d}.month()) - 1];
}

}  // namespace llm101
