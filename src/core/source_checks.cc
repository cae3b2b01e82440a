// Line scans over the raw bytes; CR, LF and CRLF all end a line, as they do for cmark-gfm.
#include "core/source_checks.h"

#include <fmt/format.h>

#include "core/i18n.h"
#include "core/markdown.h"

namespace llm101 {
namespace {

// Line `l` (0-based) of `text` without its line break.
std::string_view line_at(std::string_view text, const std::vector<std::size_t>& starts, std::size_t l) {
  std::size_t end = l + 1 < starts.size() ? starts[l + 1] : text.size();
  while (end > starts[l] && is_line_break(text[end - 1])) --end;
  return text.substr(starts[l], end - starts[l]);
}

// Cell separators in one line: '|' not preceded by a backslash.
std::size_t pipes(std::string_view line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++i)
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
  return n;
}

Diagnostic at_line(std::size_t l, std::string message) {
  Diagnostic d = input_error(std::move(message));
  d.line = static_cast<int>(l + 1);
  return d;
}

// `line` starts with seven `c` followed by the end of the line or a blank (git adds a label).
bool is_marker(std::string_view line, char c) {
  if (line.size() < 7 || line.substr(0, 7) != std::string(7, c)) return false;
  return line.size() == 7 || line[7] == ' ' || line[7] == '\t';
}

}  // namespace

Status check_roadmap_limits(std::string_view text) {
  if (text.size() > kMaxRoadmapBytes)
    return input_error(_f("the roadmap is {} bytes, more than the limit of {} MiB; llm101 does not read it",
                                   text.size(), kMaxRoadmapBytes >> 20));
  const std::vector<std::size_t> starts = line_starts(text);
  std::size_t cells = 0;
  for (std::size_t l = 0; l < starts.size(); ++l) {
    std::string_view line = line_at(text, starts, l);
    if (line.size() > kMaxLineBytes)
      return at_line(l, _f("a line of {} bytes, more than the limit of {} KiB; llm101 does not read this roadmap",
                                    line.size(), kMaxLineBytes >> 10));
    // "|a|b|" is two columns: a row of N columns has up to N + 1 separators.
    if (std::size_t p = pipes(line); p > kMaxTableColumns + 1)
      return at_line(l, _f("a table row of {} '|' separators, wider than the limit of {} columns; "
                                    "llm101 does not read this roadmap", p, kMaxTableColumns));
    else if ((cells += p) > kMaxTableCells)
      return at_line(l, _f("more than {} table cell separators '|' up to this line, the limit for a roadmap; "
                                    "llm101 does not read it", kMaxTableCells));
  }
  return Ok{};
}

bool may_have_conflict_markers(std::string_view text) {
  // Every conflict starts or ends with one of these runs; most roadmaps have neither.
  return text.find("<<<<<<<") != std::string_view::npos || text.find(">>>>>>>") != std::string_view::npos;
}

std::string blank_conflict_markers(std::string_view text, int& first_line) {
  first_line = 0;
  std::string out(text);
  const std::vector<std::size_t> starts = line_starts(text);
  bool inside = false;
  for (std::size_t l = 0; l < starts.size(); ++l) {
    std::string_view line = line_at(text, starts, l);
    bool opens = is_marker(line, '<'), closes = is_marker(line, '>');
    bool middle = inside && (is_marker(line, '=') || is_marker(line, '|'));
    if (!opens && !closes && !middle) continue;
    out.replace(starts[l], line.size(), line.size(), ' ');
    if (!first_line) first_line = static_cast<int>(l + 1);
    inside = opens || (inside && !closes);
  }
  return out;
}

}  // namespace llm101
