// The roadmap's fast path. Roadmaps are plain Markdown: ATX headings, bullet and ordered lists,
// paragraphs, a fenced code block or two. For that subset a line scanner finds exactly what cmark
// finds, at a small fraction of the cost (no tree, no inline parsing of text nobody reads). It
// gives up on the first line it is not certain about (quotes, HTML, tables, setext headings,
// thematic breaks, tabs in indentation, link reference definitions, multi-line task paragraphs,
// ...) and parse_roadmap reads the whole text with cmark instead. Heading and item texts that
// contain inline markup are parsed by cmark too, all in one small batch document.
#include <cmark-gfm.h>

#include <cstring>

#include "core/roadmap_collect.h"
#include "core/text.h"

namespace llm101 {
namespace {

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
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      if (kMarkup[c]) return false;
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

// A list marker at the start of `rest`: "- ", "* ", "+ ", "1. ", "1) ". Its length without the
// following blank (0 = none), and whether it is an ordered marker numbered 1.
struct ListMarker {
  std::size_t size = 0;
  bool ordered = false;
  bool ordered_one = false;
};

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

struct Candidate {            // a task item the scanner found (its text may still need cmark)
  std::size_t pos = 0;        // the '[' of "[ ]"
  std::size_t eol = 0;
  std::string_view text;      // plain text, trimmed (a view of the source)
  int line = 0;
  int parent = -1;            // enclosing candidate, -1 = none
  int cmark_text = -1;        // index into the texts cmark gave, -1 = `text` is plain
  ActiveHeadings active{};
};

// One line of the text, as the scanner sees it.
struct Line {
  std::size_t begin = 0, end = 0;  // offsets into the source, line break excluded
  int number = 0;
  std::size_t indent = 0;          // leading spaces
  std::string_view rest;           // the line after them
};

class LineScanner {
 public:
  LineScanner(const Document& doc, Collected& out) : src_(doc.source()), doc_(doc), out_(out) {
    active_.fill(-1);
  }
  bool run();

 private:
  enum class Outcome { Done, NotThis, GiveUp };
  Outcome fence_body(const Line& l);
  Outcome fence_open(const Line& l);
  Outcome heading(const Line& l);
  Outcome list_item(const Line& l);
  void paragraph(const Line& l);
  void task_candidate(const Line& l, std::size_t box_at);
  bool resolve_markup();
  void emit_items();

  int enclosing_candidate() const {
    for (std::size_t k = open_.size(); k-- > 0;)
      if (open_[k].candidate >= 0) return open_[k].candidate;
    return -1;
  }
  // Open items whose content column is at or left of `indent`: the containers a line continues.
  std::size_t matched(std::size_t indent) const {
    std::size_t k = 0;
    while (k < open_.size() && open_[k].content <= indent) ++k;
    return k;
  }
  void end_paragraph() { para_ = para_is_task_ = false; }

  struct OpenItem {
    std::size_t content = 0;  // column where the item's content starts
    int candidate = -1;       // index in `cands_` when the item is a task candidate
  };
  std::string_view src_;
  const Document& doc_;
  Collected& out_;
  std::vector<OpenItem> open_;
  std::vector<Candidate> cands_;
  std::vector<std::string> cmark_texts_;
  std::vector<std::pair<std::size_t, std::string_view>> heading_markup_;  // heading, its source
  ActiveHeadings active_;
  bool para_ = false;           // the previous line is paragraph text
  std::size_t para_depth_ = 0;  // how many open items hold that paragraph
  bool para_is_task_ = false;   // ... and it is a task item's first line
  bool in_fence_ = false;
  char fence_char_ = 0;
  std::size_t fence_len_ = 0;
};

bool LineScanner::run() {
  {  // every candidate has a '[': reserve once instead of moving a growing vector
    std::size_t brackets = 0;
    for (const char* p = src_.data(), *end = p + src_.size();
         (p = static_cast<const char*>(std::memchr(p, '[', static_cast<std::size_t>(end - p)))); ++p)
      ++brackets;
    cands_.reserve(brackets);
  }
  const std::vector<std::size_t>& starts = doc_.starts();
  for (std::size_t n = 0; n < starts.size(); ++n) {
    Line l;
    l.begin = starts[n];
    if (l.begin < doc_.front_matter_end()) continue;  // front matter reads as blank lines
    l.end = n + 1 < starts.size() ? starts[n + 1] : src_.size();
    while (l.end > l.begin && is_line_break(src_[l.end - 1])) --l.end;
    const std::string_view line = src_.substr(l.begin, l.end - l.begin);
    l.number = static_cast<int>(n + 1);
    while (l.indent < line.size() && line[l.indent] == ' ') ++l.indent;
    l.rest = line.substr(l.indent);

    if (in_fence_) {
      fence_body(l);
      continue;
    }
    if (is_blank(l.rest)) {
      end_paragraph();
      continue;
    }
    const char c = l.rest[0];
    // Block structure the scanner does not model.
    if (c == '\t' || c == '>' || c == '<' || c == '|' || is_rule_line(l.rest)) return false;
    if (c == '[' && l.rest.find("]:") != std::string_view::npos) return false;  // a link definition?
    Outcome o = fence_open(l);
    if (o == Outcome::NotThis) o = heading(l);
    if (o == Outcome::NotThis) o = list_item(l);
    if (o == Outcome::GiveUp) return false;
    if (o == Outcome::NotThis) {
      if (para_ && para_is_task_) return false;  // a multi-line task paragraph
      paragraph(l);
    }
  }
  if (!resolve_markup()) return false;
  emit_items();
  return true;
}

// Inside fenced code: only the closing fence matters.
LineScanner::Outcome LineScanner::fence_body(const Line& l) {
  if (l.indent <= 3 && !l.rest.empty() && l.rest[0] == fence_char_) {
    std::size_t n = 0;
    while (n < l.rest.size() && l.rest[n] == fence_char_) ++n;
    if (n >= fence_len_ && is_blank(l.rest.substr(n))) in_fence_ = false;
  }
  return Outcome::Done;
}

// Fenced code at the left margin (not inside a list item).
LineScanner::Outcome LineScanner::fence_open(const Line& l) {
  const char c = l.rest[0];
  if (!((c == '`' || c == '~') && l.rest.size() >= 3 && l.rest[1] == c && l.rest[2] == c)) return Outcome::NotThis;
  if (l.indent > 3 || (!open_.empty() && l.indent >= open_.front().content)) return Outcome::GiveUp;
  std::size_t n = 0;
  while (n < l.rest.size() && l.rest[n] == c) ++n;
  if (c == '`' && l.rest.substr(n).find('`') != std::string_view::npos) return Outcome::GiveUp;
  in_fence_ = true;
  fence_char_ = c;
  fence_len_ = n;
  open_.clear();
  end_paragraph();
  return Outcome::Done;
}

// ATX headings at the left margin.
LineScanner::Outcome LineScanner::heading(const Line& l) {
  if (l.rest[0] != '#') return Outcome::NotThis;
  std::size_t h = 0;
  while (h < l.rest.size() && l.rest[h] == '#') ++h;
  if (!(h <= 6 && (h == l.rest.size() || l.rest[h] == ' ' || l.rest[h] == '\t'))) return Outcome::NotThis;
  if (l.indent > 0) return Outcome::GiveUp;
  std::string_view content = trim(l.rest.substr(h));
  if (!content.empty() && content.back() == '#') return Outcome::GiveUp;  // closing sequence
  open_.clear();
  end_paragraph();
  if (!is_plain_text(content)) heading_markup_.emplace_back(out_.headings.size(), content);
  out_.add_heading(static_cast<int>(h), std::string(content), l.number, active_);
  return Outcome::Done;
}

// List items: a marker followed by one blank and content.
LineScanner::Outcome LineScanner::list_item(const Line& l) {
  const ListMarker m = list_marker(l.rest);
  if (!m.size) return Outcome::NotThis;
  if (l.rest[m.size] == '\t') return Outcome::GiveUp;
  const std::string_view content = l.rest.substr(m.size + 1);
  if (content.empty() || content[0] == ' ' || content[0] == '\t' || is_blank(content))
    return Outcome::GiveUp;  // empty items, wide or indented content
  const std::size_t k = matched(l.indent);
  const std::size_t base = k ? open_[k - 1].content : 0;
  if (l.indent - base >= 4) return Outcome::GiveUp;  // indented code, or a continuation line
  if (para_ && k == para_depth_ && m.ordered && !m.ordered_one)
    return para_is_task_ ? Outcome::GiveUp : Outcome::Done;  // "2." cannot interrupt a paragraph
  open_.resize(k);
  const std::size_t p = l.begin + l.indent + m.size + 1;
  open_.push_back({l.indent + m.size + 1, -1});
  if (is_task_marker(src_, p)) task_candidate(l, p);
  else if (!is_plain_item_start(content)) return Outcome::GiveUp;
  para_ = true;
  para_depth_ = open_.size();
  para_is_task_ = open_.back().candidate >= 0;
  return Outcome::Done;
}

// A task item whose "[ ]" starts at `p`; the item was just pushed on `open_`.
void LineScanner::task_candidate(const Line& l, std::size_t p) {
  Candidate cand;
  cand.pos = p;
  cand.eol = l.end;
  cand.line = l.number;
  cand.parent = enclosing_candidate();
  cand.active = active_;
  std::string_view after = src_.substr(p + 3, l.end - p - 3);
  if (is_plain_text(after)) cand.text = trim(after);
  else cand.cmark_text = 0;  // numbered by resolve_markup
  open_.back().candidate = static_cast<int>(cands_.size());
  cands_.push_back(cand);
}

// Paragraph text: a continuation of the open paragraph (lazy or not), or a new paragraph.
void LineScanner::paragraph(const Line& l) {
  if (para_) return;
  const std::size_t k = matched(l.indent);
  const std::size_t base = k ? open_[k - 1].content : 0;
  open_.resize(k);
  if (l.indent - base >= 4) return;  // indented code: no headings or items inside
  para_ = true;
  para_depth_ = k;
  para_is_task_ = false;
}

// Texts with inline markup: one cmark document with a heading or paragraph per text.
bool LineScanner::resolve_markup() {
  std::vector<std::size_t> batch;
  for (std::size_t k = 0; k < cands_.size(); ++k)
    if (cands_[k].cmark_text >= 0) batch.push_back(k);
  if (batch.empty() && heading_markup_.empty()) return true;
  std::string text;
  for (const auto& [h, content] : heading_markup_) {
    text += "# ";
    text += content;
    text += "\n\n";
  }
  for (std::size_t k : batch) {
    text += src_.substr(cands_[k].pos, cands_[k].eol - cands_[k].pos);
    text += "\n\n";
  }
  CmarkTree parsed = parse_gfm(text);
  cmark_node* node = cmark_node_first_child(parsed.get());
  for (const auto& [h, content] : heading_markup_) {
    if (!node || cmark_node_get_type(node) != CMARK_NODE_HEADING) return false;
    out_.headings[h].text = plain_text(node);
    node = cmark_node_next(node);
  }
  for (std::size_t k : batch) {
    if (!node || cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH) return false;
    cands_[k].cmark_text = static_cast<int>(cmark_texts_.size());
    cmark_texts_.push_back(item_text(plain_text(node), src_, cands_[k].pos, cands_[k].eol));
    node = cmark_node_next(node);
  }
  if (node) return false;
  for (const Heading& h : out_.headings) {
    if (h.level == 1) {
      out_.title = h.text;
      break;
    }
  }
  return true;
}

// Candidates with an empty text are not tasks; their children attach to the next task up.
void LineScanner::emit_items() {
  std::vector<int> raw_index(cands_.size(), -1);
  out_.raw.reserve(cands_.size());
  for (std::size_t k = 0; k < cands_.size(); ++k) {
    Candidate& cand = cands_[k];
    std::string_view text = cand.cmark_text >= 0 ? std::string_view(cmark_texts_[cand.cmark_text]) : cand.text;
    if (text.empty()) continue;
    int parent = cand.parent;
    while (parent >= 0 && raw_index[parent] < 0) parent = cands_[parent].parent;
    RawItem item;
    item.box = cand.pos + 1;
    item.line = cand.line;
    item.state = read_state(src_, item.box);
    item.text = std::string(text);
    item.parent = parent >= 0 ? raw_index[parent] : -1;
    item.active = cand.active;
    raw_index[k] = static_cast<int>(out_.raw.size());
    out_.raw.push_back(std::move(item));
  }
}

}  // namespace

bool scan_roadmap(const Document& doc, Collected& out) { return LineScanner(doc, out).run(); }

}  // namespace llm101
