#include "core/edit.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/i18n.h"

namespace llm101 {

std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int>(offset - line_start + 1)};
}

bool is_checkbox(std::string_view text, std::size_t box) {
  return box > 0 && box + 2 < text.size() && text[box - 1] == '[' && text[box + 1] == ']' &&
         std::string_view(" \txX/-").find(text[box]) != std::string_view::npos &&
         (text[box + 2] == ' ' || text[box + 2] == '\t');
}

Diagnostic not_a_checkbox(std::string_view text, std::size_t box, std::string_view file) {
  auto [line, col] = line_column(text, box);
  Diagnostic d = failure(_("expected a task checkbox here; refusing to edit (was the file changed?)"));
  d.file = std::string(file);
  d.line = line;
  d.column = col;
  return d;
}

Expected<std::string> apply_marks(std::string_view text, std::span<const MarkEdit> edits,
                                  std::string_view file) {
  std::string out(text);
  for (const MarkEdit& e : edits) {
    if (!is_checkbox(out, e.box)) return not_a_checkbox(text, e.box, file);
    out[e.box] = e.mark;
  }
  return out;
}

BlankMarks::BlankMarks(std::string_view text, std::vector<std::size_t> boxes)
    : text_(text), boxes_(std::move(boxes)), before_(boxes_.size(), -1), after_(boxes_.size(), -1) {
  auto blank = [&](std::size_t k) { return boxes_[k] < text_.size() && (text_[boxes_[k]] == ' ' || text_[boxes_[k]] == '\t'); };
  for (std::size_t k = 0, last = npos_; k < boxes_.size(); ++k) {
    if (blank(k)) last = k;
    before_[k] = last;
  }
  for (std::size_t k = boxes_.size(), next = npos_; k-- > 0;) {
    if (blank(k)) next = k;
    after_[k] = next;
  }
}

char BlankMarks::at(std::size_t box) const {
  const std::size_t i = static_cast<std::size_t>(std::lower_bound(boxes_.begin(), boxes_.end(), box) - boxes_.begin());
  const std::size_t before = i > 0 ? before_[i - 1] : npos_;
  const std::size_t j = i < boxes_.size() && boxes_[i] == box ? i + 1 : i;
  const std::size_t after = j < boxes_.size() ? after_[j] : npos_;
  std::size_t pick = before;
  if (after != npos_ && (before == npos_ || after - i < i - before)) pick = after;
  return pick == npos_ ? ' ' : text_[boxes_[pick]];
}

}  // namespace llm101
