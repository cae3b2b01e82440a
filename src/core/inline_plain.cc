// Inline plain text without cmark (core/inline_plain.h). It follows cmark-gfm 0.29's inline rules
// for the forms it accepts and refuses the rest: the differential tests (tests/unit/parse_mode_test.cc
// and the roadmap fuzzer) compare it with cmark on every document they make.
#include "core/inline_plain.h"

#include <utf8proc.h>

#include <vector>

#include "core/roadmap_collect.h"
#include "core/scanner_lines.h"
#include "core/text.h"

namespace llm101 {
namespace {

enum class Kind { Space, Punct, Other, Unsure };

Kind ascii_kind(unsigned char c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return Kind::Space;
  if ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~'))
    return Kind::Punct;
  return Kind::Other;
}

// The class of the code point `cp` for the flanking rules: Unicode whitespace (Zs) and
// punctuation (P*) as the 0.29 spec has them; symbols and unassigned code points are not sure
// (later specs and other Unicode versions read them differently).
Kind unicode_kind(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: return Kind::Space;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: return Kind::Punct;
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: return Kind::Other;
    default: return Kind::Unsure;
  }
}

// The character starting at `i` (the end of the line counts as whitespace).
Kind kind_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return Kind::Space;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return ascii_kind(c);
  utf8proc_int32_t cp = -1;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                   static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  return cp < 0 ? Kind::Unsure : unicode_kind(cp);
}

// The character ending just before `i` (the start of the line counts as whitespace).
Kind kind_before(std::string_view s, std::size_t i) {
  if (i == 0) return Kind::Space;
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return kind_at(s, j);
}

struct Run {
  char c;
  std::size_t len;
};

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}
  std::optional<std::string> read();

 private:
  bool code_span();
  bool delimiter_run();
  bool open_link();
  bool close_link();
  bool may_autolink() const;

  std::string_view s_;
  std::size_t i_ = 0;
  std::string out_;
  std::vector<Run> open_runs_;
  std::size_t link_at_ = 0;  // open_runs_ size when the link text began
  bool in_link_ = false;
  std::size_t link_out_ = 0;  // out_ size when the link text began
};

// A code span: the backtick run must be closed by a run of the same length (else cmark reads it
// literally, and the scanner leaves that to cmark). One space each side goes when both are there.
bool Reader::code_span() {
  std::size_t n = 0;
  while (i_ + n < s_.size() && s_[i_ + n] == '`') ++n;
  for (std::size_t j = i_ + n; j < s_.size();) {
    if (s_[j] != '`') {
      ++j;
      continue;
    }
    std::size_t m = 0;
    while (j + m < s_.size() && s_[j + m] == '`') ++m;
    if (m == n) {
      std::string_view body = s_.substr(i_ + n, j - i_ - n);
      if (body.size() >= 2 && body.front() == ' ' && body.back() == ' ' &&
          body.find_first_not_of(' ') != std::string_view::npos)
        body = body.substr(1, body.size() - 2);
      out_ += body;
      i_ = j + m;
      return true;
    }
    j += m;
  }
  return false;
}

// A run of '*' or '~': literal when it can neither open nor close, else it must pair with the
// innermost open run of the same character and length (or be a closer with nothing open, which
// cmark leaves literal). A run that could do both is refused: the rule of three decides those.
bool Reader::delimiter_run() {
  const char c = s_[i_];
  std::size_t n = 0;
  while (i_ + n < s_.size() && s_[i_ + n] == c) ++n;
  const Kind before = kind_before(s_, i_), after = kind_at(s_, i_ + n);
  if (before == Kind::Unsure || after == Kind::Unsure) return false;
  const bool left = after != Kind::Space && (after != Kind::Punct || before != Kind::Other);
  const bool right = before != Kind::Space && (before != Kind::Punct || after != Kind::Other);
  const std::size_t bottom = in_link_ ? link_at_ : 0;
  if (left && right) return false;
  if (!left && !right) {
    out_.append(n, c);
  } else if (c == '~' ? n != 2 : n > 3) {
    return false;
  } else if (right) {
    if (open_runs_.size() > bottom) {
      if (open_runs_.back().c != c || open_runs_.back().len != n) return false;
      open_runs_.pop_back();
    } else {
      out_.append(n, c);
    }
  } else {
    open_runs_.push_back({c, n});
  }
  i_ += n;
  return true;
}

bool Reader::open_link() {
  if (in_link_) return false;
  in_link_ = true;
  link_at_ = open_runs_.size();
  link_out_ = out_.size();
  ++i_;
  return true;
}

// "](dest)": a destination with no blank, bracket, quote, backslash, entity or backtick in it.
bool Reader::close_link() {
  if (!in_link_ || open_runs_.size() != link_at_ || out_.size() == link_out_) return false;
  if (i_ + 1 >= s_.size() || s_[i_ + 1] != '(') return false;
  std::size_t j = i_ + 2;
  for (; j < s_.size() && s_[j] != ')'; ++j) {
    const char d = s_[j];
    if (d == ' ' || d == '\t' || d == '(' || d == '<' || d == '>' || d == '\\' || d == '&' || d == '`' ||
        d == '"' || d == '\'' || static_cast<unsigned char>(d) < 0x20)
      return false;
  }
  if (j >= s_.size()) return false;
  in_link_ = false;
  i_ = j + 1;
  return true;
}

// GFM's autolink extension reads "www." and "scheme://" in text (and e-mail addresses: '@' is
// refused above), taking the delimiters and brackets in them as part of the link: left to cmark.
bool Reader::may_autolink() const {
  const char c = s_[i_];
  if (c == ':') return s_.substr(i_ + 1, 2) == "//";
  if (c != 'w' && c != 'W') return false;
  std::string_view w = s_.substr(i_, 4);
  return w.size() == 4 && (w[1] == 'w' || w[1] == 'W') && (w[2] == 'w' || w[2] == 'W') && w[3] == '.';
}

std::optional<std::string> Reader::read() {
  while (i_ < s_.size()) {
    const char c = s_[i_];
    bool ok = true;
    switch (c) {
      case '`': ok = code_span(); break;
      case '*': case '~': ok = delimiter_run(); break;
      case '[': ok = open_link(); break;
      case ']': ok = close_link(); break;
      case '!':
        ok = i_ + 1 >= s_.size() || s_[i_ + 1] != '[';
        if (ok) out_ += s_[i_++];
        break;
      case '\\': case '&': case '<': case '_': case '|': case '\0': case '@': return std::nullopt;
      default:
        if (may_autolink()) return std::nullopt;
        out_ += s_[i_++];
        break;
    }
    if (!ok) return std::nullopt;
  }
  if (in_link_ || !open_runs_.empty()) return std::nullopt;
  return std::move(out_);
}

}  // namespace

std::optional<std::string> simple_inline_plain(std::string_view line) {
  if (!is_well_formed_utf8(line)) return std::nullopt;
  return Reader(line).read();
}

std::optional<std::string> markup_item_text(std::string_view src, std::size_t pos, std::size_t eol) {
  std::size_t from = pos + 3;
  if (StateMarker m = find_marker(src, pos + 1); m.found) {
    // llm101's state marker is no part of the text; one with no blank after it would change
    // how a delimiter right after it flanks.
    if (m.end >= eol || (src[m.end - 1] != ' ' && src[m.end - 1] != '\t')) return std::nullopt;
    from = m.end;
  }
  std::optional<std::string> plain = simple_inline_plain(src.substr(from, eol - from));
  if (!plain) return std::nullopt;
  std::string_view text = trim(*plain);
  if (text.empty()) return std::nullopt;
  return std::string(text);
}

}  // namespace llm101
