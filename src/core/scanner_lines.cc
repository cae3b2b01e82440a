// The line scanner's tests of one line's text (core/scanner_lines.h): plain text, blank and
// rule-like lines, list markers, plain item starts.
#include "core/scanner_lines.h"

#include <array>

#include "core/text.h"

namespace llm101 {

namespace {

// Well-formed UTF-8 with no ASCII byte that `stop` marks.
bool text_without(std::string_view s, const std::array<bool, 256>& stop) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      if (stop[c]) return false;
      ++p;
      continue;
    }
    if (c >= 0xE1 && c <= 0xEC && end - p > 2 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      p += 3;  // most CJK: E1..EC with two continuation bytes, nothing more to check
      continue;
    }
    int n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 1;
    else if (c == 0xE0) { n = 2; lo = 0xA0; }
    else if (c == 0xED) { n = 2; hi = 0x9F; }
    else if (c >= 0xE1 && c <= 0xEF) n = 2;
    else if (c == 0xF0) { n = 3; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) n = 3;
    else if (c == 0xF4) { n = 3; hi = 0x8F; }
    else return false;
    if (end - p <= n) return false;
    if (p[1] < lo || p[1] > hi) return false;
    for (int k = 2; k <= n; ++k)
      if (p[k] < 0x80 || p[k] > 0xBF) return false;
    p += n + 1;
  }
  return true;
}

}  // namespace

// Text that is its own plain text: no byte that can start inline markup (cmark's special
// characters plus the strikethrough and table extensions'), and well-formed UTF-8 (cmark replaces
// anything else with U+FFFD: no overlongs, surrogates or values past U+10FFFF). Other text goes
// through cmark. One table lookup per ASCII byte.
bool is_plain_text(std::string_view s) {
  static constexpr auto kMarkup = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : std::string_view("\\`&_*[]<>!~|")) t[c] = true;
    return t;
  }();
  return text_without(s, kMarkup);
}

bool is_well_formed_utf8(std::string_view s) {
  static constexpr std::array<bool, 256> kNone{};
  return text_without(s, kNone);
}

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t') return false;
  return true;
}

// A line made only of "=-*_|:" and blanks: a setext underline, a thematic break, a table
// delimiter row, or close enough to one that the scanner leaves it to cmark.
bool is_rule_line(std::string_view s) {
  for (char c : s) {
    switch (c) {
      case ' ': case '\t': case '=': case '-': case '*': case '_': case '|': case ':':
        break;
      default:
        return false;
    }
  }
  return true;
}

ListMarker list_marker(std::string_view rest) {
  const char c = rest[0];
  if ((c == '-' || c == '*' || c == '+') && rest.size() >= 2 && (rest[1] == ' ' || rest[1] == '\t'))
    return {1, false, false};
  if (!is_ascii_digit(c)) return {};
  std::size_t d = 0;
  while (d < rest.size() && is_ascii_digit(rest[d])) ++d;
  if (d <= 9 && d + 1 < rest.size() && (rest[d] == '.' || rest[d] == ')') &&
      (rest[d + 1] == ' ' || rest[d + 1] == '\t'))
    return {d + 1, true, rest.substr(0, d).find_first_not_of('0') == d - 1 && rest[d - 1] == '1'};
  return {};
}

bool is_bare_list_marker(std::string_view rest) {
  rest = trim_right(rest);
  if (rest.size() == 1) return rest[0] == '-' || rest[0] == '*' || rest[0] == '+';
  std::size_t d = 0;
  while (d < rest.size() && is_ascii_digit(rest[d])) ++d;
  return d >= 1 && d <= 9 && d + 1 == rest.size() && (rest[d] == '.' || rest[d] == ')');
}

// The first block of a list item that is no task must be a paragraph the scanner can vouch for.
bool is_plain_item_start(std::string_view content) {
  const char f = content[0];
  bool ok = static_cast<unsigned char>(f) >= 0x80 || is_ascii_alpha(f) || f == '[' || f == '(' ||
            f == '!' || f == '"' || f == '\'' ||
            (f == '*' && content.size() > 2 && content[1] == '*' && content[2] != '*' && content[2] != ' ') ||
            (f == '`' && content.substr(0, 3) != "```");
  if (is_ascii_digit(f)) {
    std::size_t d = 0;
    while (d < content.size() && is_ascii_digit(content[d])) ++d;
    ok = d == content.size() || (content[d] != '.' && content[d] != ')');
  }
  return ok && !(f == '[' && content.find("]:") != std::string_view::npos);
}

}  // namespace llm101
