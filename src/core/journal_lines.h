// The line-level syntax of a journal entry, shared by the reader (journal.cc) and the writer
// (journal_edit.cc): field labels, bullets, completed-task lines, headings, conflict markers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/journal_fields.h"

namespace llm101::journal_lines {

// string_view::starts_with is inline: the hot per-line checks compile to a few compares.
inline bool eat(std::string_view& s, std::string_view prefix) {
  if (!s.starts_with(prefix)) return false;
  s.remove_prefix(prefix.size());
  return true;
}

// "- x", "* x", "+ x" → "x"; other text unchanged (trimmed).
std::string_view strip_bullet(std::string_view s);

struct Classified {
  FieldKind kind;
  bool english;          // the label is an English one: fields added to this entry follow it
  std::size_t value_at;  // offset of the value in the line
  std::string_view value;
};

// Is `line` a field label? Only where the template or a person puts one: at the start of the
// line, bold or plain ("**学习时长**: 2h", "学习时长：2h", "**Time spent:** 2h"), or as a heading
// ("#### 学习内容", "### Time spent: 2h"). A bullet or an indented line is never a label: `log`
// writes every note as "- …" (continued by "  …"), so a note that starts with a label's words
// ("学习时长: 5h", "done: 1.1.1") stays a note.
std::optional<Classified> classify(std::string_view line);

// "**学习时长**:" / "**Time spent**:".
std::string label_line(FieldKind k, Language lang);

inline bool is_heading(std::string_view line) { return !line.empty() && line[0] == '#'; }

// A git conflict marker line, by the roadmap's rule (document.h: is_conflict_marker).
bool is_conflict(std::string_view line);

// "3.1.2 多头注意力", "[x] 3.1.2: 多头注意力" → the task; other text → nullopt.
std::optional<CompletedTask> parse_task(std::string_view s, int line);

// A 各条目用时 line: "3.1.2 多头注意力: 1小时30分钟", "3.1.2: 90min" → the task with its minutes
// (the text before the last colon); a task whose time cannot be read has minutes -1; other
// text → nullopt.
std::optional<CompletedTask> parse_timed_task(std::string_view s, int line);

// "3.1.2 多头注意力: 1小时30分钟" in the entry's language.
std::string timed_task_line(const CompletedTask& t, int minutes, Language lang);

// Lines without their "\n" or "\r\n".
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace llm101::journal_lines
