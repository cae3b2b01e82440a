// A roadmap's bytes, checked before cmark-gfm sees them.
// Size and shape limits: past them cmark-gfm needs gigabytes or minutes (a 20 MB line of '[' made
// it abort in its arena; a table of 65,000 columns took 22 s per parse), so the text is refused.
// Git conflict markers: writers refuse such a file (Roadmap::conflict_line); readers parse it
// with the marker lines blanked, so marker text never becomes part of an item or a heading.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.h"

namespace llm101 {

inline constexpr std::size_t kMaxRoadmapBytes = std::size_t{16} << 20;  // 16 MiB
inline constexpr std::size_t kMaxLineBytes = std::size_t{1} << 20;      // 1 MiB
inline constexpr std::size_t kMaxTableColumns = 1000;                   // in one table row
inline constexpr std::size_t kMaxTableCells = 100'000;                  // '|' in the whole text

// Ok, or an Input error naming the line (file left empty for the caller): the text is larger
// than kMaxRoadmapBytes, a line is longer than kMaxLineBytes, or a line has more than
// kMaxTableColumns + 1 cell separators ('|' not escaped with '\'), what a table row is made of,
// or the text has more than kMaxTableCells of them (cmark-gfm's table cost grows faster than
// the cells: 8,000 rows of 1,000 columns took 82 s and 4 GB).
Status check_roadmap_limits(std::string_view text);

// `text` with every conflict marker line replaced by spaces of the same length (line breaks and
// every byte offset kept): "<<<<<<<" and ">>>>>>>" lines anywhere, and "|||||||" and "======="
// lines between them ("=======" elsewhere is a heading underline). `first_line` is set to the
// first marker line (1-based), 0 when there is none.
std::string blank_conflict_markers(std::string_view text, int& first_line);
// False when `text` certainly has no conflict marker line: blank_conflict_markers would copy it
// unchanged.
bool may_have_conflict_markers(std::string_view text);

}  // namespace llm101
