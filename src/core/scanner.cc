// The roadmap's fast path. Roadmaps are plain Markdown: ATX headings, bullet and ordered lists,
// paragraphs, a fenced code block or two. For that subset a line scanner finds exactly what cmark
// finds, at a small fraction of the cost (no tree, no inline parsing of text nobody reads). It
// gives up on the first line it is not certain about (setext headings, thematic breaks, tabs in
// indentation, link reference definitions, multi-line task paragraphs, HTML other than comments,
// quotes or tables inside lists, quoted lists, ...) and parse_roadmap reads the whole text with
// cmark instead. Tables, block quotes and HTML comments at the margin it skips itself: they hold
// no task item, and a heading written in a list item ("- ### Arrays") it reads as a heading. Heading and item texts with
// code spans, inline links, '*' emphasis and "~~" it reads itself (core/inline_plain.h); texts
// with other inline markup are parsed by cmark, all in one small batch document.
#include <cmark-gfm.h>

#include <cstring>
#include <optional>

#include "core/inline_plain.h"
#include "core/roadmap_collect.h"
#include "core/scanner_lines.h"
#include "core/text.h"

namespace llm101 {
namespace {

struct Candidate {            // a task item the scanner found (its text may still need cmark)
  std::size_t pos = 0;        // the '[' of "[ ]"
  std::size_t eol = 0;
  std::string_view text;      // plain text, trimmed (a view of the source)
  int line = 0;
  int parent = -1;            // enclosing candidate, -1 = none
  int owned_text = -1;        // index into texts_ (read from markup), -1 = `text` is plain
  bool needs_cmark = false;   // markup only cmark can read: resolve_markup fills owned_text
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
  Outcome margin_block(const Line& l);
  Outcome item_heading(const Line& l, std::string_view content);
  void add_heading(std::size_t level, std::string_view content, int line);
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
  void end_paragraph() { para_ = para_is_task_ = false, para_kind_ = Para::Text; }
  void start_paragraph(std::size_t depth) {
    para_ = true;
    para_depth_ = depth;
    para_is_task_ = false;
    para_kind_ = Para::Text;
  }

  struct OpenItem {
    std::size_t content = 0;  // column where the item's content starts
    int candidate = -1;       // index in `cands_` when the item is a task candidate
  };
  std::string_view src_;
  const Document& doc_;
  Collected& out_;
  std::vector<OpenItem> open_;
  std::vector<Candidate> cands_;
  std::vector<std::string> texts_;
  std::vector<std::pair<std::size_t, std::string_view>> heading_markup_;  // heading, its source
  ActiveHeadings active_;
  bool para_ = false;           // the previous line is paragraph text
  std::size_t para_depth_ = 0;  // how many open items hold that paragraph
  bool para_is_task_ = false;   // ... and it is a task item's first line
  // What the open top-level text is: a paragraph, a block quote's paragraph, or table rows (a
  // table is no paragraph: "2." after one starts a list, and lazy lines are rows).
  enum class Para { Text, Quote, Table } para_kind_ = Para::Text;
  bool in_html_ = false;        // inside an HTML comment block ("<!--" until a line with "-->")
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
    if (in_html_) {
      in_html_ = line.find("-->") == std::string_view::npos;
      continue;
    }
    if (is_blank(l.rest)) {
      end_paragraph();
      continue;
    }
    const char c = l.rest[0];
    if (c == '>' || c == '<' || c == '|') {
      if (margin_block(l) == Outcome::GiveUp) return false;
      continue;
    }
    // Block structure the scanner does not model.
    if (c == '\t' || is_rule_line(l.rest)) return false;
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
  if (!is_valid_utf8(l.rest.substr(n))) return Outcome::GiveUp;  // cmark: then no fence at all
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
  add_heading(h, content, l.number);
  return Outcome::Done;
}

void LineScanner::add_heading(std::size_t level, std::string_view content, int line) {
  std::string text(content);
  if (!is_plain_text(content)) {
    if (std::optional<std::string> plain = simple_inline_plain(content)) text = trim(*plain);
    else heading_markup_.emplace_back(out_.headings.size(), content);
  }
  out_.add_heading(static_cast<int>(level), std::move(text), line, active_);
}

// List items: a marker followed by one blank and content.
LineScanner::Outcome LineScanner::list_item(const Line& l) {
  const ListMarker m = list_marker(l.rest);
  // An empty item ("2." alone) ends a paragraph in some places and not in others: cmark decides.
  if (!m.size) return is_bare_list_marker(l.rest) ? Outcome::GiveUp : Outcome::NotThis;
  if (l.rest[m.size] == '\t') return Outcome::GiveUp;
  const std::string_view content = l.rest.substr(m.size + 1);
  if (content.empty() || content[0] == ' ' || content[0] == '\t' || is_blank(content))
    return Outcome::GiveUp;  // empty items, wide or indented content
  const std::size_t k = matched(l.indent);
  const std::size_t base = k ? open_[k - 1].content : 0;
  if (l.indent - base >= 4) return Outcome::GiveUp;  // indented code, or a continuation line
  if (para_ && k == para_depth_ && m.ordered && !m.ordered_one)  // "2." cannot interrupt a paragraph
    return para_is_task_ || para_kind_ != Para::Text ? Outcome::GiveUp : Outcome::Done;
  open_.resize(k);
  const std::size_t p = l.begin + l.indent + m.size + 1;
  open_.push_back({l.indent + m.size + 1, -1});
  if (is_task_marker(src_, p)) task_candidate(l, p);
  else if (content[0] == '#') return item_heading(l, content);
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
  if (is_plain_text(after)) {
    cand.text = trim(after);
  } else if (std::optional<std::string> text = markup_item_text(src_, p, l.end)) {
    cand.owned_text = static_cast<int>(texts_.size());
    texts_.push_back(std::move(*text));
  } else {
    cand.needs_cmark = true;
  }
  open_.back().candidate = static_cast<int>(cands_.size());
  cands_.push_back(cand);
}

// A heading written as a list item's first block ("- ### Arrays", the item just pushed): it
// shapes the roadmap like any heading; nothing continues it lazily.
LineScanner::Outcome LineScanner::item_heading(const Line& l, std::string_view content) {
  std::size_t h = 0;
  while (h < content.size() && content[h] == '#') ++h;
  if (!(h <= 6 && (h == content.size() || content[h] == ' '))) return Outcome::GiveUp;
  std::string_view text = trim(content.substr(h));
  if (!text.empty() && text.back() == '#') return Outcome::GiveUp;  // closing sequence
  add_heading(h, text, l.number);
  end_paragraph();
  return Outcome::Done;
}

// Tables, block quotes and HTML comments at the margin, outside every list item and not a lazy
// line of one: they hold no task item (a quoted one goes to cmark), only text, so the scanner
// keeps its place and reads on.
LineScanner::Outcome LineScanner::margin_block(const Line& l) {
  if (l.indent > 3 || matched(l.indent) > 0 || (para_ && para_depth_ > 0)) return Outcome::GiveUp;
  const char c = l.rest[0];
  if (c == '<') {  // an HTML block of comments ends at the first line holding "-->"
    if (l.rest.substr(0, 4) != "<!--") return Outcome::GiveUp;
    open_.clear();
    end_paragraph();
    in_html_ = l.rest.find("-->", 4) == std::string_view::npos;
    return Outcome::Done;
  }
  if (c == '>') {
    std::string_view q = l.rest.substr(1);
    if (!q.empty() && q[0] == ' ') q.remove_prefix(1);
    if (is_blank(q)) {  // "> " alone ends the quote's paragraph
      open_.clear();
      end_paragraph();
      return Outcome::Done;
    }
    // Only plain paragraph text inside: no nested quote, list, heading, code, HTML or table.
    if (q[0] == ' ' || q[0] == '\t' || q[0] == '>' || q[0] == '<' || q[0] == '|' || q[0] == '#' ||
        q[0] == '`' || q[0] == '~' || list_marker(q).size || is_rule_line(q) || !is_plain_item_start(q))
      return Outcome::GiveUp;
    if (para_ && para_kind_ == Para::Table) return Outcome::GiveUp;
    if (!para_ || para_kind_ != Para::Quote) {
      open_.clear();
      start_paragraph(0);
      para_kind_ = Para::Quote;
    }
    return Outcome::Done;
  }
  // '|': a table row, or the paragraph a table's header row starts as.
  if (para_ && para_kind_ == Para::Quote) return Outcome::GiveUp;  // a lazy line, or a table?
  if (!para_) {
    open_.clear();
    start_paragraph(0);
  }
  para_kind_ = Para::Table;
  return Outcome::Done;
}

// Paragraph text: a continuation of the open paragraph (lazy or not), or a new paragraph.
void LineScanner::paragraph(const Line& l) {
  if (para_) return;
  const std::size_t k = matched(l.indent);
  const std::size_t base = k ? open_[k - 1].content : 0;
  open_.resize(k);
  if (l.indent - base >= 4) return;  // indented code: no headings or items inside
  start_paragraph(k);
}

// Texts with inline markup: one cmark document with a heading or paragraph per text.
bool LineScanner::resolve_markup() {
  std::vector<std::size_t> batch;
  for (std::size_t k = 0; k < cands_.size(); ++k)
    if (cands_[k].needs_cmark) batch.push_back(k);
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
    cands_[k].owned_text = static_cast<int>(texts_.size());
    texts_.push_back(item_text(plain_text(node), src_, cands_[k].pos, cands_[k].eol));
    node = cmark_node_next(node);
  }
  if (node) return false;
  for (const Heading& h : out_.headings) {
    if (h.level == 1) {
      out_.title = strip_leading_emoji(h.text);  // as Collected::add_heading has it
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
    std::string_view text = cand.owned_text >= 0 ? std::string_view(texts_[cand.owned_text]) : cand.text;
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
