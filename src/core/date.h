// Civil dates for the journal: YYYY-MM-DD parsing and printing, day arithmetic and weeks, over
// C++20 <chrono> calendar types. "Today" is always passed in; nothing here reads the clock.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace llm101 {

using Date = std::chrono::sys_days;

// The dates llm101 keeps: years 1970 to 9999, so every date is a four-digit YYYY-MM-DD file
// name (day arithmetic from 0000-01-01 would otherwise write "journal/-001-12-31.md").
inline constexpr int kFirstYear = 1970;
inline constexpr int kLastYear = 9999;
bool in_date_range(Date d);

// "2026-11-29" → a valid date in range; anything else (2026-02-30, 2026-1-5, trailing text,
// 1969-12-31) → nullopt.
std::optional<Date> parse_date(std::string_view s);
std::string format_date(Date d);

// A date for people to read: "2026-11-29", in Chinese "2026年11月29日".
std::string display_date(Date d);
// The same without the year, for lists within a year: "11-29", in Chinese "11月29日".
std::string display_month_day(Date d);

// "1 day", "3 days" (in Chinese "3 天").
std::string days_text(int n);

// --date: "today", "yesterday" or YYYY-MM-DD, relative to `today`.
std::optional<Date> parse_date_arg(std::string_view s, Date today);

enum class WeekStart { Monday, Sunday };

// The first day of the week holding `d`.
Date week_start(Date d, WeekStart ws);
// 0 = Monday … 6 = Sunday (ISO order), whatever the week start.
int iso_weekday(Date d);
// "Mon", "Tue", …
const char* weekday_name(Date d);
// "2026-11": the month holding `d`.
std::string month_key(Date d);
// "Jan" … "Dec" for the month holding `d`.
const char* month_name(Date d);

inline Date add_days(Date d, int n) { return d + std::chrono::days{n}; }
inline int days_between(Date from, Date to) { return static_cast<int>((to - from).count()); }

}  // namespace llm101
