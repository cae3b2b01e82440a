#include "core/markup.h"

#include <utf8proc.h>

#include "core/text.h"

namespace llm101 {
namespace {

void append_utf8(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// What a code point becomes: itself, an entity, a space, or nothing.
void append_escaped(std::string& out, utf8proc_int32_t cp, bool escape) {
  if (!escape && (cp == '\t' || cp == '\n' || cp == '\r')) {
    out += static_cast<char>(cp);
    return;
  }
  if (escape) switch (cp) {
    case '&': out += "&amp;"; return;
    case '<': out += "&lt;"; return;
    case '>': out += "&gt;"; return;
    case '"': out += "&quot;"; return;
    case '\'': out += "&#39;"; return;
    case '\t': case '\n': case '\r': out += ' '; return;
    default: break;
  }
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0xfffe || cp == 0xffff) return;
  if (cp < 0x80) out += static_cast<char>(cp);
  else append_utf8(out, cp);
}

std::string scrub(std::string_view s, bool escape) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII: the common case, no decoding
      append_escaped(out, static_cast<unsigned char>(s[i]), escape);
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {  // invalid or truncated sequence: one replacement per bad byte
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    append_escaped(out, cp, escape);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace

std::string escape_markup(std::string_view s) { return scrub(s, true); }
std::string scrub_text(std::string_view s) { return scrub(s, false); }

bool is_safe_link(std::string_view url) {
  for (char c : url)
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
  const std::string lower = to_ascii_lower(url.substr(0, 8));
  if (starts_with(lower, "mailto:")) return url.size() > 7;
  for (std::string_view scheme : {"http://", "https://"})
    if (starts_with(lower, scheme)) return url.size() > scheme.size();
  return false;
}

}  // namespace llm101
