// Edits splice, never re-render: a checkbox change replaces the one mark byte between '[' and
// ']', found from the parser and verified here against the bytes themselves.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace llm101 {

struct MarkEdit {
  std::size_t box = 0;  // TaskItem::box
  char mark = 'x';      // 'x' to check; to uncheck ' ' or '\t' (BlankMarks)
};

// `text[box]` is a checkbox mark the parsers read: " ", "x", "X", a tab, or Obsidian's "/" and
// "-", between '[' and ']' and followed by a blank.
bool is_checkbox(std::string_view text, std::size_t box);
// The refusal when an edit's target is not a checkbox, naming `file`, the line and the column.
Diagnostic not_a_checkbox(std::string_view text, std::size_t box, std::string_view file);

// `text` with every edit applied. Fails, naming `file` and the line, when a target byte is not a
// checkbox mark (the file changed under us, or the parser was wrong): nothing is half-applied.
Expected<std::string> apply_marks(std::string_view text, std::span<const MarkEdit> edits,
                                  std::string_view file);

// The blank (space or tab) a box gets back when unchecked. A checked box keeps no trace of the
// blank it had, so the nearest unchecked box decides (the earlier one on a tie), and a space when
// none is unchecked: a roadmap written with "[\t]" keeps writing tabs.
class BlankMarks {
 public:
  // `boxes`: the offsets of every box in the text, ascending.
  BlankMarks(std::string_view text, std::vector<std::size_t> boxes);
  char at(std::size_t box) const;

 private:
  static constexpr std::size_t npos_ = static_cast<std::size_t>(-1);
  std::string_view text_;
  std::vector<std::size_t> boxes_;
  std::vector<std::size_t> before_, after_;  // the nearest blank box at or before / at or after
};

// 1-based line and column of a byte offset (lines end at \n, \r\n or \r).
std::pair<int, int> line_column(std::string_view text, std::size_t offset);

}  // namespace llm101
