// visible_controls: one pass over the bytes, copying runs that need nothing.
#include "core/terminal.h"

namespace llm101 {
namespace {

constexpr char kEsc = '\x1b';

bool is_c0(unsigned char c) { return c < 0x20 || c == 0x7f; }

// The length of a valid UTF-8 sequence starting at s[i] (0 when invalid), to tell an encoded
// C1 character or an ordinary multi-byte character from a stray byte.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return 0;
  return n;
}

void append_hex(std::string& out, std::string_view prefix, unsigned v, std::string_view suffix) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += prefix;
  out += kHex[(v >> 4) & 0xf];
  out += kHex[v & 0xf];
  out += suffix;
}

}  // namespace

std::string visible_controls(std::string_view text, bool lines, std::string_view own_tag) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\t' || (c == '\n' && lines) || (c >= 0x20 && c < 0x7f)) {
      out += static_cast<char>(c);
      ++i;
    } else if (c == kEsc && !own_tag.empty() && text.substr(i + 1, 1) == "[" &&
               text.substr(i + 2, own_tag.size()) == own_tag) {
      out += "\x1b[";
      i += 2 + own_tag.size();
    } else if (is_c0(c)) {
      out += '^';
      out += static_cast<char>(c == 0x7f ? '?' : c + 0x40);
      ++i;
    } else if (std::size_t n = utf8_length(text, i); n > 0) {
      unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
      if (c == 0xc2 && c1 < 0xa0) append_hex(out, "\\u{", c1, "}");
      else out.append(text, i, n);
      i += n;
    } else {
      if (c < 0xa0) append_hex(out, "\\x", c, "");
      else out += static_cast<char>(c);
      ++i;
    }
  }
  return out;
}

}  // namespace llm101
