// Durations as people write them: study time in a journal ("2", "1.5h", "90分钟", "2小时30分钟")
// and the planned length of a roadmap stage ("（2-3个月）", "(1-2 months)", "（持续学习）").
// Study time is kept in whole minutes so sums are exact.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace llm101 {

// Minutes in a study-time value: a bare number is hours ("2", "1.5"); otherwise number+unit
// pairs, summed: h/hr/hrs/hour(s)/小时/小時/个小时/钟头, m/min(s)/minute(s)/分钟/分/分鐘, "半小时",
// "1:30". Spaces, "+", "," and a leading "约"/"~" are allowed. Empty text is 0. Negative or
// unreadable: nullopt.
std::optional<int> parse_study_time(std::string_view text);
// The largest study time read (about 16 666 hours); sums of entries stay far from INT_MAX.
inline constexpr int kMaxStudyMinutes = 1'000'000;

enum class Language { Zh, En };

// 120 → "2小时" / "2h"; 150 → "2小时30分钟" / "2h30m"; 45 → "45分钟" / "45m"; 0 → "0小时" / "0h".
std::string format_study_time(int minutes, Language lang);
// 150 → "2.5h": compact, for tables; with the Chinese interface "2小时30分钟". Totals are 64-bit: years of entries at the largest value
// (2,200 × 16,666 h) would wrap an int.
std::string format_hours_short(std::int64_t minutes);
// The same in `lang` whatever the interface language: commit messages are always English.
std::string format_hours_short(std::int64_t minutes, Language lang);
// Minutes as a JSON number of hours, rounded to 2 decimals: 20 → 0.33.
double minutes_to_hours(std::int64_t minutes);
// The most study time one day can hold; `log` refuses more and reading warns about it.
inline constexpr int kMinutesPerDay = 24 * 60;

struct PlannedDuration {
  bool open_ended = false;  // （持续学习）: no end date
  int min_days = 0;
  int max_days = 0;
};

// The planned duration in a stage heading's last bracket: "基础技能（2-3个月）" → 2–3 months
// (a month is 30 days here), "(3 weeks)", "（10天）", "（1年）", "（持续学习）" → open-ended.
// nullopt when the title names no duration.
std::optional<PlannedDuration> parse_planned_duration(std::string_view stage_title);

}  // namespace llm101
