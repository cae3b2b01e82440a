#include "core/text.h"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <vector>

namespace llm101 {

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  return trim_right(s);
}

std::string to_ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

namespace {

// Decodes one code point at s[i]; invalid bytes decode as themselves, one byte long.
utf8proc_int32_t decode(std::string_view s, std::size_t& i) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    cp = -1;
    n = 1;
  }
  i += static_cast<std::size_t>(n);
  return cp;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == 0) return false;
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (decode(s, i) < 0) return false;
  }
  return true;
}

namespace {

std::size_t cp_width(utf8proc_int32_t cp) {
  if (cp < 0) return 1;
  if (cp < 0x20 || cp == 0x7f) return 0;
  return static_cast<std::size_t>(std::max(utf8proc_charwidth(cp), 0));
}

// Cells of the code point at s[i], advancing i past it and past an emoji variation selector
// (U+FE0F) after it: "🛠️" and "❤️" are drawn two cells wide, while "🗂" alone (text
// presentation, as utf8proc says) takes one, so one rule for every emoji, with or without it.
std::size_t next_cells(std::string_view s, std::size_t& i) {
  std::size_t w = cp_width(decode(s, i));
  if (s.substr(i, 3) == "\xEF\xB8\x8F") {
    i += 3;
    w = std::max<std::size_t>(w, 2);
  }
  return w;
}

// Emoji and what joins or styles them (variation selectors, ZWJ, keycap, tags, skin tones).
bool is_emoji_part(utf8proc_int32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
         (cp >= 0x2300 && cp <= 0x23FF) || cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || cp == 0x20E3 ||
         (cp >= 0xE0020 && cp <= 0xE007F);
}

}  // namespace

std::string_view strip_leading_emoji(std::string_view s) {
  s = trim(s);
  std::size_t keep = 0;
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = decode(s, i);
    if (cp != ' ' && cp != '\t' && !is_emoji_part(cp)) break;
    keep = i;
  }
  std::string_view rest = trim(s.substr(keep));
  return rest.empty() ? s : rest;
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      w += (s[i] >= 0x20 && s[i] != 0x7f) ? 1 : 0;
      ++i;
      continue;
    }
    w += next_cells(s, i);
  }
  return w;
}

std::string truncate_to_width(std::string_view s, std::size_t width) {
  if (display_width(s) <= width) return std::string(s);
  if (width == 0) return {};
  std::size_t w = 0, i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    std::size_t cw = next_cells(s, j);
    if (w + cw > width - 1) break;
    w += cw;
    i = j;
  }
  return std::string(s.substr(0, i)) + "…";
}

namespace {

// The token at line[k]: an SGR/CSI escape (no cells) or one code point. Returns its end.
std::size_t next_token(std::string_view line, std::size_t k, std::size_t& cells, bool& escape) {
  escape = line[k] == '\x1b';
  if (escape) {
    std::size_t j = k + 1;
    if (j < line.size() && line[j] == '[') {
      ++j;
      while (j < line.size() && !(line[j] >= 0x40 && line[j] <= 0x7e)) ++j;
    }
    cells = 0;
    return std::min(j + 1, line.size());
  }
  std::size_t j = k;
  cells = next_cells(line, j);
  return j;
}

}  // namespace

std::string fit_lines(std::string_view text, std::size_t width, std::string_view reset) {
  std::string out;
  out.reserve(text.size());
  for (;;) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    std::size_t total = 0;
    bool styled = false;
    for (std::size_t k = 0; k < line.size();) {
      std::size_t cells = 0;
      bool escape = false;
      k = next_token(line, k, cells, escape);
      total += cells;
      styled = styled || escape;
    }
    if (total <= width || width == 0) {
      out += line;
    } else {
      // Keep every escape, cut the visible text one cell short and add "…".
      // Once a character does not fit, none after it is shown (a narrow one could otherwise
      // follow a dropped wide one: "基B…").
      std::size_t used = 0;
      bool full = false;
      for (std::size_t k = 0; k < line.size();) {
        std::size_t cells = 0;
        bool escape = false;
        std::size_t end = next_token(line, k, cells, escape);
        full = full || (!escape && used + cells + 1 > width);
        if (escape || !full) {
          out += line.substr(k, end - k);
          used += cells;
        }
        k = end;
      }
      out += "…";
      if (styled) out += reset;
    }
    if (nl == std::string_view::npos) break;
    out += '\n';
    text.remove_prefix(nl + 1);
  }
  return out;
}

std::string pad_right(std::string_view s, std::size_t width) {
  std::size_t w = display_width(s);
  std::string out(s);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::string pad_left(std::string_view s, std::size_t width) {
  std::size_t w = display_width(s);
  std::string out;
  if (w < width) out.append(width - w, ' ');
  out += s;
  return out;
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
  return to_ascii_lower(haystack).find(to_ascii_lower(needle)) != std::string::npos;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: a swap of neighbours ("stauts") costs one edit, as a typo does.
  std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string with_line_ending(std::string_view text, std::string_view eol) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += eol;
    } else if (text[i] == '\n') {
      out += eol;
    } else {
      out += text[i];
    }
  }
  return out;
}

void fit_column(TableColumn& col, const std::vector<std::string>& cells) {
  for (const std::string& c : cells) col.width = std::max(col.width, display_width(c));
}

std::string table_row(const std::vector<TableColumn>& cols, const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t k = 0; k < cols.size() && k < cells.size(); ++k) {
    const std::size_t w = std::max(cols[k].width, display_width(cols[k].header));
    if (k) out += "  ";
    out += cols[k].right ? pad_left(cells[k], w) : pad_right(cells[k], w);
  }
  return out;
}

}  // namespace llm101
