// Small text utilities shared by the core: trimming, ASCII classes, UTF-8 display width
// (East Asian characters take two terminal cells), edit distance for suggestions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace llm101 {

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_alnum(char c) { return is_ascii_digit(c) || is_ascii_alpha(c); }

std::string_view trim(std::string_view s);
std::string_view trim_right(std::string_view s);
std::string to_ascii_lower(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);

// `s` without the emoji (and blanks) it starts with: "📚 学习阶段" → "学习阶段"; all of `s` when
// nothing else is left. The one rule for titles shown: a heading's leading emoji is decoration.
std::string_view strip_leading_emoji(std::string_view s);

// Valid UTF-8 without NUL bytes: what cmark's scanners need to see a construct (a fence's info
// string with a stray byte is no fence to cmark).
bool is_valid_utf8(std::string_view s);

// Terminal cells `s` occupies (UTF-8; wide CJK = 2, combining = 0, invalid bytes = 1).
std::size_t display_width(std::string_view s);
// `s` cut to at most `width` cells, ending in "…" when cut.
std::string truncate_to_width(std::string_view s, std::size_t width);
// Every line of `text` cut to `width` cells; SGR colour sequences take no cells and are closed
// when a line is cut (with `reset`, Style::reset() when colour is on).
std::string fit_lines(std::string_view text, std::size_t width, std::string_view reset = "\x1b[0m");
// `s` padded with spaces on the right (or left) to `width` cells.
std::string pad_right(std::string_view s, std::size_t width);
std::string pad_left(std::string_view s, std::size_t width);

// A column of a text table: header, width in cells (at least the header's) and alignment.
// Translated headers and Chinese durations are wider than the English ones, so a column grows
// to fit them (fit_column) instead of assuming a fixed width.
struct TableColumn {
  std::string header;
  std::size_t width = 0;
  bool right = false;  // right-aligned (numbers)
};
// Widens `col` to its widest cell.
void fit_column(TableColumn& col, const std::vector<std::string>& cells);
// The cells padded to their columns, two spaces apart (no trailing spaces after the last one
// when it is left-aligned).
std::string table_row(const std::vector<TableColumn>& cols, const std::vector<std::string>& cells);

// Case-insensitive (ASCII) substring search; other scripts match exactly.
bool contains_folded(std::string_view haystack, std::string_view needle);

// Levenshtein distance in bytes, for "did you mean" suggestions on short strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The same text with line breaks rewritten to "\n", "\r\n" or "\r".
std::string with_line_ending(std::string_view text, std::string_view eol);

}  // namespace llm101
