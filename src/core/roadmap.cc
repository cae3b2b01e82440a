// Roadmap parsing. cmark-gfm finds the Markdown structure (headings, list items and their source
// positions); the checkbox itself is found and verified here, byte by byte, because the tasklist
// extension misreads some items. IDs come from the heading structure.
#include "core/roadmap.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <memory>
#include <string>

#include "core/guide.h"
#include "core/markdown.h"
#include "core/text.h"

namespace llm101 {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// cmark's nodes come from its arena allocator: one bump allocation per node instead of a malloc
// each, and no tree walk to free them (the arena is reset in one go when the tree is done with).
struct CmarkDoc {
  cmark_node* doc = nullptr;
  ~CmarkDoc() {
    if (doc) cmark_arena_reset();
  }
};

cmark_node* parse_markdown(std::string_view text) {
  return parse_gfm(text, cmark_get_arena_mem_allocator());
}

// The number a heading carries ("阶段3：…" → {3}, "3.1 Transformer" → {3,1}) and where the title
// after it starts. Only a short, recognisable prefix may precede the number, so "GPT 3 models"
// or "Transformers 101" are not numbered headings.
struct HeadingNumber {
  std::vector<int> parts;
  std::size_t title_start = 0;
};

bool is_number_prefix(std::string_view prefix) {
  std::string p(trim(prefix));
  // Decorations (emoji, '#', '*') may lead; words must be ones that introduce a number.
  static constexpr std::array<std::string_view, 24> kWords = {
      "阶段", "第", "stage", "phase", "part", "step", "week", "module", "chapter", "level",
      "unit", "day", "section", "lesson", "month", "周", "模块", "章节", "部分", "单元",
      "步骤", "level", "milestone", "track"};
  std::size_t i = 0;
  while (i < p.size() && (static_cast<unsigned char>(p[i]) >= 0x80 || !is_ascii_alnum(p[i]))) {
    // Skip non-letters until a known CJK word or an ASCII letter starts.
    bool word_here = false;
    for (std::string_view w : kWords)
      if (p.compare(i, w.size(), w) == 0) word_here = true;
    if (word_here) break;
    ++i;
  }
  std::string rest = to_ascii_lower(trim(std::string_view(p).substr(i)));
  if (rest.empty()) return true;
  for (std::string_view w : kWords)
    if (rest == w) return true;
  return false;
}

HeadingNumber heading_number(std::string_view text) {
  HeadingNumber hn;
  std::size_t i = 0;
  while (i < text.size() && !is_ascii_digit(text[i])) ++i;
  if (i == text.size() || i > 40 || !is_number_prefix(text.substr(0, i))) return hn;
  while (i < text.size() && is_ascii_digit(text[i])) {
    int n = 0;
    std::size_t digits = 0;
    while (i < text.size() && is_ascii_digit(text[i]) && digits < 3) {
      n = n * 10 + (text[i] - '0');
      ++i;
      ++digits;
    }
    if (i < text.size() && is_ascii_digit(text[i])) return {};  // a year or a count, not numbering
    hn.parts.push_back(n);
    if (i + 1 < text.size() && text[i] == '.' && is_ascii_digit(text[i + 1])) ++i;
    else break;
  }
  if (i < text.size() && is_ascii_alnum(text[i])) return {};  // "3D printing", "2nd"
  // Skip separators after the number: spaces, ASCII punctuation, "：", "、", "章" …
  static constexpr std::array<std::string_view, 9> kSeps = {"：", "、", "）", "．", "章", "周",
                                                            "—", "–", "阶段"};
  for (bool more = true; more && i < text.size();) {
    more = false;
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '.' || text[i] == ':' || text[i] == ')' ||
        text[i] == '-') {
      ++i;
      more = true;
      continue;
    }
    for (std::string_view s : kSeps) {
      if (text.substr(i, s.size()) == s) {
        i += s.size();
        more = true;
        break;
      }
    }
  }
  hn.title_start = i;
  return hn;
}

std::string title_of(std::string_view heading, const HeadingNumber& hn) {
  if (hn.parts.empty()) return std::string(heading);
  std::string_view rest = trim(heading.substr(hn.title_start));
  return rest.empty() ? std::string(heading) : std::string(rest);
}

// Assigns numbers to headings: explicit ones where present and unused, then the next free
// numbers in document order for the rest.
std::vector<int> assign_numbers(const std::vector<int>& explicit_numbers) {
  std::vector<int> out(explicit_numbers.size(), 0);
  std::vector<int> used;
  for (std::size_t i = 0; i < explicit_numbers.size(); ++i) {
    int n = explicit_numbers[i];
    if (n > 0 && std::find(used.begin(), used.end(), n) == used.end()) {
      out[i] = n;
      used.push_back(n);
    }
  }
  int next = used.empty() ? 1 : *std::max_element(used.begin(), used.end()) + 1;
  for (int& n : out)
    if (n == 0) n = next++;
  return out;
}

// Checks that `pos` starts "[ ]", "[x]" or "[X]" followed by a space or tab: the GFM task marker.
int conflict_marker_line(std::string_view text, const std::vector<std::size_t>& starts, std::size_t skip) {
  for (std::size_t l = 0; l < starts.size(); ++l) {
    if (starts[l] < skip) continue;  // front matter
    if (starts[l] >= text.size() || (text[starts[l]] != '<' && text[starts[l]] != '>')) continue;
    std::string_view rest = text.substr(starts[l]);
    for (std::string_view m : {std::string_view("<<<<<<<"), std::string_view(">>>>>>>")}) {
      if (rest.substr(0, 7) == m && (rest.size() == 7 || rest[7] == ' ' || is_line_break(rest[7])))
        return static_cast<int>(l + 1);
    }
  }
  return 0;
}

// `prefix` followed by the decimal `n`: "3.1." + 2 → "3.1.2".
std::string with_number(const std::string& prefix, int n) {
  char digits[16];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
  std::string out;
  out.reserve(prefix.size() + static_cast<std::size_t>(end - digits));
  out += prefix;
  out.append(digits, end);
  return out;
}

struct RawItem {
  std::size_t box = 0;
  int line = 0;
  bool done = false;
  std::string text;
  int parent = -1;
  std::array<int, 7> active{};  // heading index active at each level, -1 = none
};

// What the structure pass finds: top-level headings and task items, in document order.
struct Collected {
  std::vector<Heading> headings;
  std::string title;  // the first level-1 heading
  std::vector<RawItem> raw;

  void add_heading(int level, std::string text, int line, std::array<int, 7>& active) {
    headings.push_back({level, std::move(text), line});
    active[level] = static_cast<int>(headings.size() - 1);
    for (int l = level + 1; l <= 6; ++l) active[l] = -1;
    if (level == 1 && title.empty()) title = headings.back().text;
  }
};

// An item's text from its paragraph's plain text, or from the source line when "[x]" was read as
// part of a link. Empty: not a task.
std::string item_text(std::string_view plain, std::string_view src, std::size_t pos, std::size_t eol) {
  if (plain.size() >= 3 && plain[0] == '[' && plain[2] == ']') return std::string(trim(plain.substr(3)));
  return std::string(trim(src.substr(pos + 3, eol - pos - 3)));  // "[x]" read as a link reference
}

void collect_with_cmark(std::string_view src, const std::vector<std::size_t>& starts, Collected& out) {
  CmarkDoc doc{parse_markdown(src)};
  std::array<int, 7> active;
  active.fill(-1);
  std::vector<std::pair<cmark_node*, int>> open_tasks;  // item node, index in raw

  auto offset_of = [&](int line, int column) -> std::size_t {
    if (line < 1 || static_cast<std::size_t>(line) > starts.size()) return std::string::npos;
    std::size_t off = starts[line - 1] + static_cast<std::size_t>(std::max(column, 1) - 1);
    return off <= src.size() ? off : std::string::npos;
  };

  cmark_iter* it = cmark_iter_new(doc.doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_EXIT) {
      if (type == CMARK_NODE_ITEM && !open_tasks.empty() && open_tasks.back().first == node)
        open_tasks.pop_back();
      continue;
    }
    if (type == CMARK_NODE_HEADING) {
      // Only top-level headings shape the roadmap; one inside a quote or list does not.
      if (cmark_node_parent(node) != doc.doc) continue;
      int level = std::clamp(cmark_node_get_heading_level(node), 1, 6);
      out.add_heading(level, plain_text(node), cmark_node_get_start_line(node), active);
      continue;
    }
    if (type != CMARK_NODE_ITEM) continue;
    cmark_node* para = cmark_node_first_child(node);
    if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH) continue;
    int line = cmark_node_get_start_line(para);
    std::size_t pos = offset_of(line, cmark_node_get_start_column(para));
    if (pos == std::string::npos) continue;
    std::size_t eol = pos;
    while (eol < src.size() && !is_line_break(src[eol])) ++eol;
    while (pos < eol && (src[pos] == ' ' || src[pos] == '\t')) ++pos;
    if (!is_task_marker(src, pos)) continue;
    RawItem item;
    item.box = pos + 1;
    item.line = line;
    item.done = src[pos + 1] == 'x' || src[pos + 1] == 'X';
    std::string plain = plain_text(para);
    cmark_node* first = cmark_node_first_child(para);
    if (!(plain.size() >= 3 && plain[0] == '[' && plain[2] == ']') && first &&
        cmark_node_get_type(first) == CMARK_NODE_LINK) {
      // "[x]" was read as a link to a reference definition "[x]: …": the text follows the link,
      // exactly as it follows "[ ]", so checking an item never changes (or loses) its text.
      item.text = plain_text_from(cmark_node_next(first));
    } else {
      item.text = item_text(plain, src, pos, eol);
    }
    if (item.text.empty()) continue;  // "- [ ]" alone is not a task
    item.parent = open_tasks.empty() ? -1 : open_tasks.back().second;
    item.active = active;
    open_tasks.emplace_back(node, static_cast<int>(out.raw.size()));
    out.raw.push_back(std::move(item));
  }
  cmark_iter_free(it);
}

// --- The fast path -------------------------------------------------------------------------
// Roadmaps are plain Markdown: ATX headings, bullet and ordered lists, paragraphs, a fenced code
// block or two. For that subset a line scanner finds exactly what cmark finds, at a small
// fraction of the cost (no tree, no inline parsing of text nobody reads). It gives up on the
// first line it is not certain about (quotes, HTML, tables, setext headings, thematic breaks,
// tabs in indentation, link reference definitions, multi-line task paragraphs, ...) and the
// caller parses the whole text with cmark instead. Heading and item texts that contain inline
// markup are parsed by cmark too, all in one small batch document.

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

struct Candidate {            // a task item the scanner found (its text may still need cmark)
  std::size_t pos = 0;        // the '[' of "[ ]"
  std::size_t eol = 0;
  std::string_view text;      // plain text, trimmed (a view of the source)
  int line = 0;
  int parent = -1;            // enclosing candidate, -1 = none
  int cmark_text = -1;        // index into the texts cmark gave, -1 = `text` is plain
  std::array<int, 7> active{};
};

bool collect_simple(std::string_view src, const std::vector<std::size_t>& starts, std::size_t front_matter,
                    Collected& out) {
  struct OpenItem {
    std::size_t content = 0;  // column where the item's content starts
    int candidate = -1;       // index in `cands` when the item is a task candidate
  };
  std::vector<OpenItem> open;
  std::vector<Candidate> cands;
  {  // every candidate has a '[': reserve once instead of moving a growing vector
    std::size_t brackets = 0;
    for (const char* p = src.data(), *end = p + src.size();
         (p = static_cast<const char*>(std::memchr(p, '[', static_cast<std::size_t>(end - p)))); ++p)
      ++brackets;
    cands.reserve(brackets);
  }
  std::vector<std::pair<std::size_t, std::string_view>> heading_markup;  // heading, its source text
  std::array<int, 7> active;
  active.fill(-1);
  bool para = false;           // the previous line is paragraph text
  std::size_t para_depth = 0;  // how many open items hold that paragraph
  bool para_is_task = false;   // ... and it is a task item's first line
  bool in_fence = false;
  char fence_char = 0;
  std::size_t fence_len = 0;

  auto enclosing_candidate = [&] {
    for (std::size_t k = open.size(); k-- > 0;)
      if (open[k].candidate >= 0) return open[k].candidate;
    return -1;
  };
  // Open items whose content column is at or left of `indent`: the containers a line continues.
  auto matched = [&](std::size_t indent) {
    std::size_t k = 0;
    while (k < open.size() && open[k].content <= indent) ++k;
    return k;
  };

  for (std::size_t l = 0; l < starts.size(); ++l) {
    const std::size_t b = starts[l];
    if (b < front_matter) continue;  // front matter reads as blank lines
    std::size_t e = l + 1 < starts.size() ? starts[l + 1] : src.size();
    while (e > b && (src[e - 1] == '\n' || src[e - 1] == '\r')) --e;
    const std::string_view line = src.substr(b, e - b);
    const int lineno = static_cast<int>(l + 1);
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    const std::string_view rest = line.substr(i);

    if (in_fence) {
      if (i <= 3 && !rest.empty() && rest[0] == fence_char) {
        std::size_t n = 0;
        while (n < rest.size() && rest[n] == fence_char) ++n;
        if (n >= fence_len && is_blank(rest.substr(n))) in_fence = false;
      }
      continue;
    }
    if (is_blank(rest)) {
      para = false;
      para_is_task = false;
      continue;
    }
    const char c = rest[0];
    // Block structure the scanner does not model.
    if (c == '\t' || c == '>' || c == '<' || c == '|' || is_rule_line(rest)) return false;
    if (c == '[' && rest.find("]:") != std::string_view::npos) return false;  // a link definition?

    // Fenced code at the left margin (not inside a list item).
    if ((c == '`' || c == '~') && rest.size() >= 3 && rest[1] == c && rest[2] == c) {
      if (i > 3 || (!open.empty() && i >= open.front().content)) return false;
      std::size_t n = 0;
      while (n < rest.size() && rest[n] == c) ++n;
      if (c == '`' && rest.substr(n).find('`') != std::string_view::npos) return false;
      in_fence = true;
      fence_char = c;
      fence_len = n;
      open.clear();
      para = para_is_task = false;
      continue;
    }

    // ATX headings at the left margin.
    if (c == '#') {
      std::size_t h = 0;
      while (h < rest.size() && rest[h] == '#') ++h;
      if (h <= 6 && (h == rest.size() || rest[h] == ' ' || rest[h] == '\t')) {
        if (i > 0) return false;
        std::string_view content = trim(rest.substr(h));
        if (!content.empty() && content.back() == '#') return false;  // closing sequence
        open.clear();
        para = para_is_task = false;
        if (!is_plain_text(content))
          heading_markup.emplace_back(out.headings.size(), content);
        out.add_heading(static_cast<int>(h), std::string(content), lineno, active);
        continue;
      }
    }

    // List items: "- ", "* ", "+ ", "1. ", "1) " followed by one space and content.
    std::size_t marker = 0;
    bool ordered = false;
    bool ordered_one = false;
    if ((c == '-' || c == '*' || c == '+') && rest.size() >= 2 && (rest[1] == ' ' || rest[1] == '\t')) {
      marker = 1;
    } else if (is_ascii_digit(c)) {
      std::size_t d = 0;
      while (d < rest.size() && is_ascii_digit(rest[d])) ++d;
      if (d <= 9 && d + 1 < rest.size() && (rest[d] == '.' || rest[d] == ')') &&
          (rest[d + 1] == ' ' || rest[d + 1] == '\t')) {
        marker = d + 1;
        ordered = true;
        ordered_one = rest.substr(0, d).find_first_not_of('0') == d - 1 && rest[d - 1] == '1';
      }
    }
    if (marker) {
      if (rest[marker] == '\t') return false;
      const std::string_view content = rest.substr(marker + 1);
      if (content.empty() || content[0] == ' ' || content[0] == '\t' || is_blank(content))
        return false;  // empty items, wide or indented content
      const std::size_t k = matched(i);
      const std::size_t base = k ? open[k - 1].content : 0;
      if (i - base >= 4) return false;  // indented code, or a continuation line
      if (para && k == para_depth && ordered && !ordered_one) {
        if (para_is_task) return false;
        continue;  // "2." cannot interrupt a paragraph: it is paragraph text
      }
      open.resize(k);
      const std::size_t p = b + i + marker + 1;
      OpenItem item{i + marker + 1, -1};
      if (is_task_marker(src, p)) {
        Candidate cand;
        cand.pos = p;
        cand.eol = e;
        cand.line = lineno;
        cand.parent = enclosing_candidate();
        cand.active = active;
        std::string_view after = src.substr(p + 3, e - p - 3);
        if (is_plain_text(after)) cand.text = trim(after);
        else cand.cmark_text = 0;  // numbered below
        item.candidate = static_cast<int>(cands.size());
        cands.push_back(std::move(cand));
      } else {
        // The item's first block must be a paragraph the scanner can vouch for.
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
        if (!ok || (f == '[' && content.find("]:") != std::string_view::npos)) return false;
      }
      open.push_back(item);
      para = true;
      para_depth = open.size();
      para_is_task = item.candidate >= 0;
      continue;
    }

    // Paragraph text: a continuation of the open paragraph (lazy or not), or a new paragraph.
    if (para) {
      if (para_is_task) return false;  // a multi-line task paragraph
      continue;
    }
    const std::size_t k = matched(i);
    const std::size_t base = k ? open[k - 1].content : 0;
    open.resize(k);
    if (i - base >= 4) continue;  // indented code: no headings or items inside
    para = true;
    para_depth = k;
    para_is_task = false;
  }

  // Texts with inline markup: one cmark document with a paragraph or heading per text.
  std::vector<std::size_t> batch_cands;
  std::vector<std::string> cmark_texts;
  for (std::size_t k = 0; k < cands.size(); ++k)
    if (cands[k].cmark_text >= 0) batch_cands.push_back(k);
  if (!batch_cands.empty() || !heading_markup.empty()) {
    std::string doc;
    for (const auto& [h, content] : heading_markup) {
      doc += "# ";
      doc += content;
      doc += "\n\n";
    }
    for (std::size_t k : batch_cands) {
      doc += src.substr(cands[k].pos, cands[k].eol - cands[k].pos);
      doc += "\n\n";
    }
    CmarkDoc parsed{parse_markdown(doc)};
    cmark_node* node = cmark_node_first_child(parsed.doc);
    for (const auto& [h, content] : heading_markup) {
      if (!node || cmark_node_get_type(node) != CMARK_NODE_HEADING) return false;
      out.headings[h].text = plain_text(node);
      node = cmark_node_next(node);
    }
    for (std::size_t k : batch_cands) {
      if (!node || cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH) return false;
      cands[k].cmark_text = static_cast<int>(cmark_texts.size());
      cmark_texts.push_back(item_text(plain_text(node), src, cands[k].pos, cands[k].eol));
      node = cmark_node_next(node);
    }
    if (node) return false;
    for (const Heading& h : out.headings) {
      if (h.level == 1) {
        out.title = h.text;
        break;
      }
    }
  }

  // Candidates with an empty text are not tasks; their children attach to the next task up.
  std::vector<int> raw_index(cands.size(), -1);
  out.raw.reserve(cands.size());
  for (std::size_t k = 0; k < cands.size(); ++k) {
    Candidate& cand = cands[k];
    std::string_view text = cand.cmark_text >= 0 ? std::string_view(cmark_texts[cand.cmark_text]) : cand.text;
    if (text.empty()) continue;
    int parent = cand.parent;
    while (parent >= 0 && raw_index[parent] < 0) parent = cands[parent].parent;
    RawItem item;
    item.box = cand.pos + 1;
    item.line = cand.line;
    item.done = src[cand.pos + 1] == 'x' || src[cand.pos + 1] == 'X';
    item.text = std::string(text);
    item.parent = parent >= 0 ? raw_index[parent] : -1;
    item.active = cand.active;
    raw_index[k] = static_cast<int>(out.raw.size());
    out.raw.push_back(std::move(item));
  }
  return true;
}

}  // namespace

std::size_t front_matter_length(std::string_view text) {
  std::string_view fence;
  if (text.substr(0, 3) == "---") fence = "---";
  else if (text.substr(0, 3) == "+++") fence = "+++";
  else return 0;
  auto line_end = [&](std::size_t p) {
    while (p < text.size() && !is_line_break(text[p])) ++p;
    return p;
  };
  auto next_line = [&](std::size_t p) {
    if (p < text.size() && text[p] == '\r') ++p;
    if (p < text.size() && text[p] == '\n') ++p;
    return p;
  };
  auto is_fence = [&](std::size_t b, std::size_t e, bool closing) {
    std::string_view l = trim_right(text.substr(b, e - b));
    return l == fence || (closing && fence == "---" && l == "...");
  };
  std::size_t e = line_end(0);
  if (!is_fence(0, e, false)) return 0;
  for (std::size_t p = next_line(e); p < text.size();) {
    std::size_t le = line_end(p);
    if (is_fence(p, le, true)) return next_line(le);
    p = next_line(le);
  }
  return 0;  // unclosed: not front matter, just Markdown
}

bool looks_like_id(std::string_view id) {
  if (id.empty() || id.front() == '.' || id.back() == '.') return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (id[i] == '.') {
      if (id[i - 1] == '.') return false;
    } else if (!is_ascii_digit(id[i])) {
      return false;
    }
  }
  return true;
}

Roadmap parse_roadmap(std::string_view text, ParseMode mode) {
  Roadmap rm;
  std::size_t bom = text.substr(0, 3) == kBom ? 3 : 0;
  rm.has_bom = bom != 0;
  std::string_view body = text.substr(bom);
  std::size_t fm = front_matter_length(body);
  rm.front_matter_end = fm ? bom + fm : 0;

  // What cmark sees: the same bytes at the same offsets, with front matter blanked to spaces
  // (so it parses as blank lines) and NULs made spaces (cmark would widen them to U+FFFD).
  // The line scanner skips the front matter itself, so most roadmaps (no NULs) are read in place;
  // the copy is made only when NULs must go or cmark needs it.
  std::string blanked;
  std::string_view src = body;
  auto blank = [&] {
    blanked.assign(body);
    for (std::size_t i = 0; i < fm; ++i)
      if (!is_line_break(blanked[i])) blanked[i] = ' ';
    for (char& ch : blanked)
      if (ch == '\0') ch = ' ';
    src = blanked;
  };
  if (std::memchr(body.data(), '\0', body.size())) blank();
  const std::vector<std::size_t> starts = line_starts(src);
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (src[i] == '\n') { rm.line_ending = LineEnding::LF; break; }
    if (src[i] == '\r') {
      rm.line_ending = (i + 1 < src.size() && src[i + 1] == '\n') ? LineEnding::CRLF : LineEnding::CR;
      break;
    }
  }
  // The original bytes, front matter included: a conflict anywhere makes the file unsafe to edit.
  rm.conflict_line = conflict_marker_line(body, starts, 0);

  Collected found;
  if (mode == ParseMode::Cmark || !collect_simple(src, starts, fm, found)) {
    found = Collected{};
    if (blanked.empty() && fm) blank();
    collect_with_cmark(src, starts, found);
  }
  rm.headings = std::move(found.headings);
  rm.title = std::move(found.title);
  std::vector<RawItem> raw = std::move(found.raw);
  // Practice projects are tracked apart from the checklist (core/guide.h): task items below a
  // 实践项目 heading are not roadmap items, so marking a project never renumbers or recounts them.
  // The original bytes decide too: "[\0]" is blanked to "[ ]" for the parsers but is no checkbox.
  {
    std::vector<char> projects(rm.headings.size(), 0);
    bool any = !blanked.empty();
    for (std::size_t h = 0; h < rm.headings.size(); ++h)
      any |= (projects[h] = is_projects_heading(rm.headings[h].text)) != 0;
    if (any) {
      std::vector<int> new_index(raw.size(), -1);
      std::size_t kept = 0;
      for (std::size_t i = 0; i < raw.size(); ++i) {
        bool skip = !is_task_marker(body, raw[i].box - 1);
        for (int l = 1; l <= 6; ++l) skip = skip || (raw[i].active[l] >= 0 && projects[raw[i].active[l]]);
        if (skip) continue;
        new_index[i] = static_cast<int>(kept);
        RawItem r = std::move(raw[i]);
        if (r.parent >= 0) r.parent = new_index[r.parent];  // a parent sits under the same headings
        raw[kept++] = std::move(r);
      }
      raw.resize(kept);
    }
  }

  // Which heading levels structure the items: the shallowest level where items fall under two
  // or more headings holds stages (a lone title or wrapper heading above them is skipped); the
  // next deeper level with items holds sections.
  std::vector<char> has_items(rm.headings.size(), 0);
  for (const RawItem& r : raw)
    for (int l = 1; l <= 6; ++l)
      if (r.active[l] >= 0) has_items[r.active[l]] = 1;
  std::vector<HeadingNumber> hnum(rm.headings.size());  // parsed once, for item-holding headings
  std::array<int, 7> count{};
  std::array<int, 7> numbered{};  // item-holding headings that carry a number ("Week 1")
  for (std::size_t h = 0; h < rm.headings.size(); ++h) {
    if (!has_items[h]) continue;
    hnum[h] = heading_number(rm.headings[h].text);
    ++count[rm.headings[h].level];
    if (!hnum[h].parts.empty()) ++numbered[rm.headings[h].level];
  }
  // A lone numbered heading is a stage too, so adding "Week 2" later does not renumber "Week 1".
  for (int l = 1; l <= 6 && !rm.stage_level; ++l)
    if (count[l] >= 2 || numbered[l] >= 1) rm.stage_level = l;
  for (int l = rm.stage_level + 1; rm.stage_level && l <= 6 && !rm.section_level; ++l)
    if (count[l] >= 1) rm.section_level = l;

  const int last_line = static_cast<int>(starts.size()) + 1;
  // A heading's span ends at the next heading of the same or a higher rank.
  std::vector<int> end_lines(rm.headings.size(), last_line);
  {
    std::vector<std::size_t> open;
    for (std::size_t h = 0; h < rm.headings.size(); ++h) {
      while (!open.empty() && rm.headings[open.back()].level >= rm.headings[h].level) {
        end_lines[open.back()] = rm.headings[h].line;
        open.pop_back();
      }
      open.push_back(h);
    }
  }
  auto end_line_of = [&](std::size_t h) { return end_lines[h]; };

  // Stages and sections: headings at those levels that hold items, plus pseudo-stage "0" and
  // pseudo-sections "S.0" for items outside any stage or section heading.
  std::vector<int> stage_of_heading(rm.headings.size(), -1);
  std::vector<int> section_of_heading(rm.headings.size(), -1);
  bool need_stage0 = false;
  if (rm.stage_level) {
    for (const RawItem& r : raw)
      if (r.active[rm.stage_level] < 0) need_stage0 = true;
    if (need_stage0) {
      Stage s0;
      s0.id = "0";
      s0.title = s0.heading = rm.title.empty() ? std::string("(outside any stage)") : rm.title;
      s0.end_line = last_line;
      rm.stages.push_back(std::move(s0));
    }
    std::vector<std::size_t> hs;
    std::vector<int> explicit_numbers;
    for (std::size_t h = 0; h < rm.headings.size(); ++h) {
      if (!has_items[h] || rm.headings[h].level != rm.stage_level) continue;
      const HeadingNumber& hn = hnum[h];
      hs.push_back(h);
      explicit_numbers.push_back(hn.parts.empty() ? 0 : hn.parts[0]);
    }
    std::vector<int> numbers = assign_numbers(explicit_numbers);
    for (std::size_t k = 0; k < hs.size(); ++k) {
      const Heading& hd = rm.headings[hs[k]];
      Stage st;
      st.id = std::to_string(numbers[k]);
      st.heading = hd.text;
      st.title = title_of(hd.text, hnum[hs[k]]);
      st.line = hd.line;
      st.end_line = end_line_of(hs[k]);
      st.level = hd.level;
      stage_of_heading[hs[k]] = static_cast<int>(rm.stages.size());
      rm.stages.push_back(std::move(st));
    }
  }
  // Stage index for each raw item.
  auto stage_index = [&](const RawItem& r) {
    if (!rm.stage_level) return -1;
    int h = r.active[rm.stage_level];
    return h < 0 ? 0 : stage_of_heading[h];
  };
  if (rm.section_level) {
    // One pass: which stage each section heading belongs to, and which stages need "S.0".
    std::vector<std::vector<std::size_t>> candidates(rm.stages.size());
    int cur = need_stage0 ? 0 : -1;
    for (std::size_t h = 0; h < rm.headings.size(); ++h) {
      int level = rm.headings[h].level;
      if (level <= rm.stage_level) cur = stage_of_heading[h] >= 0 ? stage_of_heading[h] : (need_stage0 ? 0 : -1);
      else if (level == rm.section_level && has_items[h] && cur >= 0) candidates[cur].push_back(h);
    }
    std::vector<char> need_section0(rm.stages.size(), 0);
    for (const RawItem& r : raw)
      if (r.parent < 0 && r.active[rm.section_level] < 0) need_section0[stage_index(r)] = 1;
    for (std::size_t s = 0; s < rm.stages.size(); ++s) {
      Stage& st = rm.stages[s];
      if (need_section0[s]) {
        Section s0;
        s0.id = st.id + ".0";
        s0.title = s0.heading = st.title;
        s0.line = st.line;
        s0.end_line = st.end_line;
        st.sections.push_back(std::move(s0));
      }
      const std::vector<std::size_t>& hs = candidates[s];
      std::vector<int> explicit_numbers;
      int stage_number = std::stoi(st.id);
      for (std::size_t h : hs) {
        const HeadingNumber& hn = hnum[h];
        int n = 0;
        if (hn.parts.size() >= 2 && hn.parts[0] == stage_number) n = hn.parts[1];
        else if (hn.parts.size() == 1) n = hn.parts[0];
        explicit_numbers.push_back(n);
      }
      std::vector<int> numbers = assign_numbers(explicit_numbers);
      for (std::size_t k = 0; k < hs.size(); ++k) {
        const Heading& hd = rm.headings[hs[k]];
        Section sec;
        sec.id = st.id + "." + std::to_string(numbers[k]);
        sec.heading = hd.text;
        sec.title = title_of(hd.text, hnum[hs[k]]);
        sec.line = hd.line;
        sec.end_line = end_line_of(hs[k]);
        section_of_heading[hs[k]] = static_cast<int>(st.sections.size());
        st.sections.push_back(std::move(sec));
      }
    }
  }

  // Item IDs: position within their stage/section (top level) or within their parent.
  std::vector<int> child_count(raw.size(), 0);
  std::vector<std::vector<int>> bucket_count(rm.stages.size() + 1);
  rm.items.reserve(raw.size());
  std::string prefix;  // "3.1." for the section being numbered
  std::size_t prefix_b = static_cast<std::size_t>(-1), prefix_c = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    RawItem& r = raw[i];
    TaskItem item;
    item.stage = stage_index(r);
    if (item.stage >= 0 && rm.section_level) {
      int h = r.active[rm.section_level];
      item.section = h < 0 ? 0 : section_of_heading[h];
      if (item.section < 0) item.section = 0;  // a section heading of another stage: cannot happen
    }
    item.parent = r.parent;
    if (r.parent >= 0) {
      const TaskItem& p = rm.items[r.parent];
      item.depth = p.depth + 1;
      item.stage = p.stage;
      item.section = p.section;
      item.id = with_number(p.id + ".", ++child_count[r.parent]);
    } else {
      std::size_t b = 0, c = 0;
      if (item.stage >= 0) {
        b = static_cast<std::size_t>(item.stage) + 1;
        if (item.section >= 0) c = static_cast<std::size_t>(item.section) + 1;
      }
      if (b != prefix_b || c != prefix_c) {  // items come section by section: build it once
        prefix_b = b;
        prefix_c = c;
        prefix.clear();
        if (item.stage >= 0) {
          const Stage& st = rm.stages[item.stage];
          prefix = (item.section >= 0 ? st.sections[item.section].id : st.id) + ".";
        }
      }
      auto& counts = bucket_count[b];
      if (counts.size() <= c) counts.resize(c + 1, 0);
      item.id = with_number(prefix, ++counts[c]);
    }
    item.text = std::move(r.text);
    item.done = r.done;
    item.box = r.box + bom;
    item.line = r.line;
    ++rm.total;
    if (item.done) ++rm.done;
    if (item.stage >= 0) {
      Stage& st = rm.stages[item.stage];
      ++st.total;
      st.done += item.done;
      if (item.section >= 0) {
        ++st.sections[item.section].total;
        st.sections[item.section].done += item.done;
      }
    }
    rm.items.push_back(std::move(item));
  }
  return rm;
}

std::vector<std::size_t> Roadmap::select(std::string_view id) const {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string_view iid = items[i].id;
    if (iid == id || (iid.size() > id.size() && iid.substr(0, id.size()) == id && iid[id.size()] == '.'))
      out.push_back(i);
  }
  return out;
}

const TaskItem* Roadmap::find_item(std::string_view id) const {
  for (const TaskItem& it : items)
    if (it.id == id) return &it;
  return nullptr;
}

const Stage* Roadmap::find_stage(std::string_view id) const {
  for (const Stage& s : stages)
    if (s.id == id) return &s;
  return nullptr;
}

const Section* Roadmap::find_section(std::string_view id) const {
  for (const Stage& s : stages)
    for (const Section& sec : s.sections)
      if (sec.id == id) return &sec;
  return nullptr;
}

std::vector<std::string> Roadmap::nearest_ids(std::string_view id, std::size_t limit) const {
  // Closest first; among equals, the one sharing the longest prefix (a sibling of "3.1.5" is
  // 3.1.4, not 2.1.5).
  std::vector<std::pair<std::size_t, std::string>> scored;
  auto consider = [&](const std::string& cand) {
    std::size_t common = 0;
    while (common < id.size() && common < cand.size() && id[common] == cand[common]) ++common;
    scored.emplace_back(edit_distance(id, cand) * 1000 + (999 - std::min<std::size_t>(common, 999)), cand);
  };
  for (const Stage& s : stages) {
    consider(s.id);
    for (const Section& sec : s.sections) consider(sec.id);
  }
  for (const TaskItem& it : items) consider(it.id);
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [d, cand] : scored) {
    if (out.size() >= limit || d / 1000 > std::max<std::size_t>(2, id.size() / 2)) break;
    out.push_back(cand);
  }
  return out;
}

}  // namespace llm101
