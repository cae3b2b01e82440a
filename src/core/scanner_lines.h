// Internal to the line scanner (core/scanner.cc): what one line's text is, as cheap tests that
// never need cmark: plain text, blank lines, rule-like lines, list markers, plain item starts.
#pragma once

#include <cstddef>
#include <string_view>

namespace llm101 {

// Text that is its own plain text: no byte that can start inline markup (cmark's special
// characters plus the strikethrough and table extensions'), and well-formed UTF-8 (cmark replaces
// anything else with U+FFFD: no overlongs, surrogates or values past U+10FFFF). Other text goes
// through cmark.
bool is_plain_text(std::string_view s);

// Well-formed UTF-8 in cmark's sense (what it would not replace with U+FFFD).
bool is_well_formed_utf8(std::string_view s);

// Only spaces and tabs.
bool is_blank(std::string_view s);

// A line made only of "=-*_|:" and blanks: a setext underline, a thematic break, a table
// delimiter row, or close enough to one that the scanner leaves it to cmark.
bool is_rule_line(std::string_view s);

// A list marker at the start of `rest`: "- ", "* ", "+ ", "1. ", "1) ". Its length without the
// following blank (0 = none), and whether it is an ordered marker numbered 1.
struct ListMarker {
  std::size_t size = 0;
  bool ordered = false;
  bool ordered_one = false;
};
ListMarker list_marker(std::string_view rest);
// A list marker alone on its line ("-", "2.", "3)"): an empty list item, or a setext underline.
bool is_bare_list_marker(std::string_view rest);

// The first block of a list item that is no task must be a paragraph the scanner can vouch for.
bool is_plain_item_start(std::string_view content);

}  // namespace llm101
