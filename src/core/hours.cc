#include "core/hours.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <utility>

#include "core/i18n.h"
#include "core/text.h"

namespace llm101 {
namespace {

bool skip_any(std::string_view s, std::size_t& i, std::string_view word) {
  if (s.substr(i, word.size()) != word) return false;
  i += word.size();
  return true;
}

// Reads a number written in Chinese numerals at s[i] (一 to 九, 两, 十, 百: 两, 十二, 二十五,
// 一百二十); advances i. People write study times so: 两小时, 十二个小时, 三十分钟.
std::optional<double> read_chinese_number(std::string_view s, std::size_t& i) {
  static const std::array<std::pair<std::string_view, int>, 13> digits = {{
      {"零", 0}, {"〇", 0}, {"一", 1}, {"二", 2}, {"两", 2}, {"兩", 2}, {"三", 3}, {"四", 4}, {"五", 5},
      {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9},
  }};
  std::size_t start = i;
  int total = 0, current = 0;
  for (;;) {
    bool digit = false;
    for (const auto& [word, value] : digits)
      if (skip_any(s, i, word)) {
        current = value;
        digit = true;
        break;
      }
    if (digit) continue;
    if (skip_any(s, i, "十")) total += (current == 0 ? 1 : current) * 10;
    else if (skip_any(s, i, "百")) total += (current == 0 ? 1 : current) * 100;
    else break;
    current = 0;
  }
  if (i == start) return std::nullopt;
  return static_cast<double>(total + current);
}

// Reads digits with an optional fraction at s[i], or Chinese numerals; advances i.
std::optional<double> read_number(std::string_view s, std::size_t& i) {
  if (i < s.size() && !is_ascii_digit(s[i])) return read_chinese_number(s, i);
  std::size_t start = i;
  double v = 0;
  while (i < s.size() && is_ascii_digit(s[i])) v = v * 10 + (s[i++] - '0');
  if (i == start) return std::nullopt;
  if (i + 1 < s.size() && s[i] == '.' && is_ascii_digit(s[i + 1])) {
    double scale = 0.1;
    for (++i; i < s.size() && is_ascii_digit(s[i]); ++i, scale /= 10) v += (s[i] - '0') * scale;
  }
  return v;
}

// Longest matching unit at s[i] (ASCII case-insensitive); minutes per unit, 0 when none.
int read_unit(std::string_view s, std::size_t& i) {
  static const std::array<std::pair<std::string_view, int>, 18> units = {{
      {"个小时", 60}, {"個小時", 60}, {"小时", 60}, {"小時", 60}, {"钟头", 60}, {"hours", 60},
      {"hour", 60},  {"hrs", 60},    {"hr", 60},   {"h", 60},    {"分钟", 1},  {"分鐘", 1},
      {"minutes", 1}, {"minute", 1}, {"mins", 1},  {"min", 1},   {"分", 1},    {"m", 1},
  }};
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  auto matches = [&](std::string_view word) {
    if (s.size() - i < word.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
      if (lower(s[i + k]) != word[k]) return false;
    return true;
  };
  for (const auto& [word, per] : units) {
    if (matches(word)) {
      // An ASCII unit must end at a non-letter: "2 hamsters" is not "2 h".
      std::size_t end = i + word.size();
      if (is_ascii_alpha(word[0]) && end < s.size() && is_ascii_alpha(s[end])) continue;
      i = end;
      return per;
    }
  }
  return 0;
}

void skip_separators(std::string_view s, std::size_t& i) {
  for (;;) {
    if (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '+' || s[i] == ',')) { ++i; continue; }
    if (skip_any(s, i, "，") || skip_any(s, i, "、") || skip_any(s, i, "　") || skip_any(s, i, "又")) continue;
    return;
  }
}

}  // namespace

std::optional<int> parse_study_time(std::string_view text) {
  std::string_view s = trim(text);
  if (s.empty()) return 0;
  std::size_t i = 0;
  if (!skip_any(s, i, "约") && !skip_any(s, i, "大约")) skip_any(s, i, "~");
  skip_separators(s, i);
  double minutes = 0;
  int pairs = 0;
  bool bare = false;
  while (i < s.size()) {
    if (skip_any(s, i, "半小时") || skip_any(s, i, "半小時")) {
      minutes += 30;
      ++pairs;
      skip_separators(s, i);
      continue;
    }
    auto n = read_number(s, i);
    if (!n) return std::nullopt;
    if (i < s.size() && s[i] == ':') {  // h:mm
      ++i;
      std::size_t start = i;
      auto m = read_number(s, i);
      if (!m || i - start != 2 || *m >= 60 || *n != std::floor(*n)) return std::nullopt;
      minutes += *n * 60 + *m;
      ++pairs;
      skip_separators(s, i);
      continue;
    }
    while (i < s.size() && s[i] == ' ') ++i;
    if (skip_any(s, i, "个半小时") || skip_any(s, i, "個半小時")) {  // "1个半小时" = 1.5h
      if (bare) return std::nullopt;
      minutes += *n * 60 + 30;
      ++pairs;
      skip_separators(s, i);
      continue;
    }
    int per = read_unit(s, i);
    if (per == 0) {
      if (pairs > 0 || bare) return std::nullopt;
      bare = true;  // a bare number is hours, and must stand alone
      minutes += *n * 60;
    } else {
      if (bare) return std::nullopt;
      minutes += *n * per;
      ++pairs;
      if (per == 60 && skip_any(s, i, "半")) minutes += 30;  // "1个半小时" reads as "1小时半"
    }
    skip_separators(s, i);
  }
  if (!bare && pairs == 0) return std::nullopt;
  // Past kMaxStudyMinutes a value is not a study time; converting it would overflow an int and
  // come back negative (found by hours_fuzz: "1111111111").
  if (!(minutes <= kMaxStudyMinutes)) return std::nullopt;
  return static_cast<int>(std::lround(minutes));
}

std::string format_study_time(int minutes, Language lang) {
  int h = minutes / 60, m = minutes % 60;
  const bool zh = lang == Language::Zh;
  if (m == 0) return fmt::format("{}{}", h, zh ? "小时" : "h");
  if (h == 0) return fmt::format("{}{}", m, zh ? "分钟" : "m");
  return zh ? fmt::format("{}小时{}分钟", h, m) : fmt::format("{}h{}m", h, m);
}

std::string format_hours_short(std::int64_t minutes) {
  return format_hours_short(minutes, ui_is_chinese() ? Language::Zh : Language::En);
}

std::string format_hours_short(std::int64_t minutes, Language lang) {
  // A Chinese reader writes 2小时30分钟, not 2.5小时.
  if (lang == Language::Zh) {
    const std::int64_t h = minutes / 60, m = minutes % 60;
    if (m == 0) return fmt::format("{}小时", h);
    return h == 0 ? fmt::format("{}分钟", m) : fmt::format("{}小时{}分钟", h, m);
  }
  if (minutes % 60 == 0) return fmt::format("{}h", minutes / 60);
  std::string s = fmt::format("{:.2f}", static_cast<double>(minutes) / 60.0);
  while (s.back() == '0') s.pop_back();
  return s + "h";
}

double minutes_to_hours(std::int64_t minutes) { return std::round(static_cast<double>(minutes) / 60.0 * 100) / 100; }

std::optional<PlannedDuration> parse_planned_duration(std::string_view title) {
  std::string_view t = trim(title);
  // The last bracketed group, full-width or ASCII.
  std::size_t open = std::string_view::npos, close = std::string_view::npos;
  std::size_t a = t.rfind("（"), b = t.rfind('(');
  if (a != std::string_view::npos && (b == std::string_view::npos || a > b)) open = a + 3;
  else if (b != std::string_view::npos) open = b + 1;
  if (open == std::string_view::npos) return std::nullopt;
  close = t.find("）", open);
  if (close == std::string_view::npos) close = t.find(')', open);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view in = trim(t.substr(open, close - open));
  std::string lower = to_ascii_lower(in);
  if (in.find("持续") != std::string_view::npos || lower.find("ongoing") != std::string::npos ||
      lower.find("continuous") != std::string::npos)
    return PlannedDuration{true, 0, 0};
  std::size_t i = 0;
  auto lo = read_number(in, i);
  if (!lo) return std::nullopt;
  double hi = *lo;
  while (i < in.size() && in[i] == ' ') ++i;
  if (skip_any(in, i, "-") || skip_any(in, i, "–") || skip_any(in, i, "~") || skip_any(in, i, "～") ||
      skip_any(in, i, "到") || skip_any(in, i, "至") || skip_any(in, i, "to")) {
    while (i < in.size() && in[i] == ' ') ++i;
    auto h = read_number(in, i);
    if (!h || *h < *lo) return std::nullopt;
    hi = *h;
  }
  while (i < in.size() && in[i] == ' ') ++i;
  std::string_view unit = in.substr(i);
  std::string u = to_ascii_lower(unit);
  double per = 0;
  if (starts_with(u, "个月") || starts_with(u, "個月") || starts_with(u, "month") || starts_with(u, "mo")) per = 30;
  else if (starts_with(u, "周") || starts_with(u, "週") || starts_with(u, "星期") || starts_with(u, "week") || starts_with(u, "wk")) per = 7;
  else if (starts_with(u, "天") || starts_with(u, "日") || starts_with(u, "day")) per = 1;
  else if (starts_with(u, "年") || starts_with(u, "year") || starts_with(u, "yr")) per = 365;
  if (per == 0) return std::nullopt;
  if (!(hi * per <= 1'000'000)) return std::nullopt;  // thousands of years: no plan, and no int overflow
  return PlannedDuration{false, static_cast<int>(std::lround(*lo * per)), static_cast<int>(std::lround(hi * per))};
}

}  // namespace llm101
