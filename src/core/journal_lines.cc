// Field labels, bullets and completed-task lines of a journal entry (see journal_lines.h).
#include "core/journal_lines.h"

#include <fmt/format.h>

#include "core/document.h"
#include "core/roadmap.h"
#include "core/text.h"

namespace llm101::journal_lines {

std::string_view strip_bullet(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && (s[1] == ' ' || s[1] == '\t'))
    return trim(s.substr(2));
  if (s.size() == 1 && (s[0] == '-' || s[0] == '*' || s[0] == '+')) return {};
  return s;
}

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `s` begins with `name` (lower case), ASCII letters compared without case.
bool starts_with_label(std::string_view s, std::string_view name) {
  if (s.size() < name.size()) return false;
  for (std::size_t i = 1; i < name.size(); ++i)
    if (lower(s[i]) != name[i]) return false;
  return true;
}

}  // namespace

std::optional<Classified> classify(std::string_view line) {
  std::string_view s = line;
  const bool heading = is_heading(s);
  if (heading) {
    while (eat(s, "#")) {
    }
    if (s.empty() || (s[0] != ' ' && s[0] != '\t')) return std::nullopt;  // "#tag" is not a heading
    s = trim(s);
  }
  if (s.empty() || s[0] == ' ' || s[0] == '\t') return std::nullopt;
  const bool bold = eat(s, "**");
  if (s.empty()) return std::nullopt;
  // Most lines are notes: compare the first byte before anything else (this runs on every line
  // of every entry when `status` reads ten years of journal).
  const char first = lower(s[0]);
  for (const FieldDef& f : kFields) {
    for (std::string_view name : f.reads) {
      if (name.empty() || name[0] != first || !starts_with_label(s, name)) continue;
      std::string_view rest = s.substr(name.size());
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      bool closed = bold && eat(rest, "**");
      bool colon = eat(rest, ":") || eat(rest, "：");
      if (bold && !closed) closed = eat(rest, "**");
      // A heading may be the bare label: "#### 学习内容".
      if (!colon && !closed && !(heading && trim(rest).empty())) continue;
      std::string_view value = trim(rest);
      std::size_t at = value.empty() ? line.size() : static_cast<std::size_t>(value.data() - line.data());
      return Classified{f.kind, static_cast<unsigned char>(name[0]) < 0x80, at, value};
    }
  }
  return std::nullopt;
}

std::string label_line(FieldKind k, Language lang) {
  return fmt::format("**{}**:", lang == Language::Zh ? field(k).zh : field(k).en);
}

bool is_conflict(std::string_view line) { return is_conflict_marker(line); }

std::optional<CompletedTask> parse_task(std::string_view s, int line) {
  s = strip_bullet(s);
  if (eat(s, "[x]") || eat(s, "[X]")) s = trim(s);
  // An item (3.1.2) or a practice project (P1.1: dated like items, see completion_writes).
  const std::size_t start = s.size() > 1 && s[0] == 'P' && is_ascii_digit(s[1]) ? 1 : 0;
  std::size_t end = start;
  while (end < s.size() && (is_ascii_digit(s[end]) || s[end] == '.')) ++end;
  std::string_view id = s.substr(0, end);
  while (id.size() > start && id.back() == '.') id.remove_suffix(1);
  if (id.size() == start || !looks_like_id(id.substr(start))) return std::nullopt;
  std::string_view rest = s.substr(end);
  if (!rest.empty() && rest[0] != ' ' && rest[0] != ':' && !rest.starts_with("：") && rest[0] != '\t')
    return std::nullopt;  // "3.1.2abc" is not an ID
  eat(rest, ":") || eat(rest, "：");
  return CompletedTask{std::string(id), std::string(trim(rest)), line};
}

std::optional<CompletedTask> parse_timed_task(std::string_view s, int line) {
  auto t = parse_task(s, line);
  if (!t) return std::nullopt;
  std::string_view text = t->text;
  std::size_t colon = std::max(text.rfind(':') == std::string_view::npos ? 0 : text.rfind(':') + 1,
                               text.rfind("：") == std::string_view::npos ? 0 : text.rfind("：") + 3);
  std::string_view value = trim(text.substr(colon));
  auto minutes = value.empty() ? std::nullopt : parse_study_time(value);
  t->minutes = minutes ? *minutes : -1;
  if (minutes) t->text = std::string(trim(text.substr(0, colon ? colon - (text[colon - 1] == ':' ? 1 : 3) : 0)));
  return t;
}

std::string timed_task_line(const CompletedTask& t, int minutes, Language lang) {
  if (t.text.empty()) return fmt::format("{}: {}", t.id, format_study_time(minutes, lang));
  return fmt::format("{} {}: {}", t.id, t.text, format_study_time(minutes, lang));
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view l = text.substr(pos, end - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back(l);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  return lines;
}

}  // namespace llm101::journal_lines
