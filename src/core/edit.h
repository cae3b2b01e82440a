// Edits splice, never re-render: a checkbox change replaces the one mark byte between '[' and
// ']', found from the parser and verified here against the bytes themselves.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/error.h"

namespace llm101 {

struct MarkEdit {
  std::size_t box = 0;  // TaskItem::box
  char mark = 'x';      // 'x' to check, ' ' to uncheck
};

// `text` with every edit applied. Fails, naming `file` and the line, when a target byte is not a
// checkbox mark (the file changed under us, or the parser was wrong): nothing is half-applied.
Expected<std::string> apply_marks(std::string_view text, std::span<const MarkEdit> edits,
                                  std::string_view file);

// 1-based line and column of a byte offset (lines end at \n, \r\n or \r).
std::pair<int, int> line_column(std::string_view text, std::size_t offset);

}  // namespace llm101
