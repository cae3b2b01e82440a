// Roadmap parsing. cmark-gfm finds the Markdown structure (headings, list items and their source
// positions); the checkbox itself is found and verified here, byte by byte, because the tasklist
// extension misreads some items. IDs come from the heading structure.
#include "core/roadmap.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>

#include "core/text.h"

namespace llm101 {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Byte offsets of line starts, with the same line breaks cmark uses (\n, \r\n, \r).
std::vector<std::size_t> line_starts(std::string_view s) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      starts.push_back(i + 1);
    } else if (s[i] == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      starts.push_back(i + 1);
    }
  }
  return starts;
}

bool is_line_break(char c) { return c == '\n' || c == '\r'; }

struct CmarkDoc {
  cmark_node* doc = nullptr;
  ~CmarkDoc() {
    if (doc) cmark_node_free(doc);
  }
};

cmark_node* parse_markdown(std::string_view text) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, ext);
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* doc = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  return doc;
}

// Plain text of a node's inline content: what a reader sees, without markup. Walks with cmark's
// iterator, not recursion: "**" or "![" repeated 100000 times nests that deep and would overflow
// the stack.
void append_plain(cmark_node* node, std::string& out) {
  cmark_iter* it = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* c = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || c == node) continue;
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (const char* lit = cmark_node_get_literal(c)) out += lit;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;  // containers (emphasis, links, …): their text comes as their children; HTML is left out
    }
  }
  cmark_iter_free(it);
}

std::string plain_text(cmark_node* node) {
  std::string s;
  append_plain(node, s);
  return std::string(trim(s));
}

// Plain text of `first` and the siblings after it.
std::string plain_text_from(cmark_node* first) {
  std::string s;
  for (cmark_node* c = first; c; c = cmark_node_next(c)) {
    cmark_node_type t = cmark_node_get_type(c);
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
      if (const char* lit = cmark_node_get_literal(c)) s += lit;
    } else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) {
      s += ' ';
    } else {
      append_plain(c, s);
    }
  }
  return std::string(trim(s));
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
bool is_task_marker(std::string_view s, std::size_t pos) {
  if (pos + 3 >= s.size()) return false;
  if (s[pos] != '[' || s[pos + 2] != ']') return false;
  char m = s[pos + 1];
  if (m != ' ' && m != '\t' && m != 'x' && m != 'X') return false;
  return s[pos + 3] == ' ' || s[pos + 3] == '\t';
}

int conflict_marker_line(std::string_view text, const std::vector<std::size_t>& starts) {
  for (std::size_t l = 0; l < starts.size(); ++l) {
    std::string_view rest = text.substr(starts[l]);
    for (std::string_view m : {std::string_view("<<<<<<<"), std::string_view(">>>>>>>")}) {
      if (rest.substr(0, 7) == m && (rest.size() == 7 || rest[7] == ' ' || is_line_break(rest[7])))
        return static_cast<int>(l + 1);
    }
  }
  return 0;
}

struct RawItem {
  std::size_t box = 0;
  int line = 0;
  bool done = false;
  std::string text;
  int parent = -1;
  std::array<int, 7> active{};  // heading index active at each level, -1 = none
};

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

Roadmap parse_roadmap(std::string_view text) {
  Roadmap rm;
  std::size_t bom = text.substr(0, 3) == kBom ? 3 : 0;
  rm.has_bom = bom != 0;
  std::string_view body = text.substr(bom);
  std::size_t fm = front_matter_length(body);
  rm.front_matter_end = fm ? bom + fm : 0;

  // What cmark sees: the same bytes at the same offsets, with front matter blanked to spaces
  // (so it parses as blank lines) and NULs made spaces (cmark would widen them to U+FFFD).
  std::string src(body);
  for (std::size_t i = 0; i < src.size(); ++i) {
    if ((i < fm && !is_line_break(src[i])) || src[i] == '\0') src[i] = ' ';
  }
  const std::vector<std::size_t> starts = line_starts(src);
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (src[i] == '\n') { rm.line_ending = LineEnding::LF; break; }
    if (src[i] == '\r') {
      rm.line_ending = (i + 1 < src.size() && src[i + 1] == '\n') ? LineEnding::CRLF : LineEnding::CR;
      break;
    }
  }
  // The original bytes, not `src`: a conflict inside the front matter counts too.
  rm.conflict_line = conflict_marker_line(body, starts);

  CmarkDoc doc{parse_markdown(src)};
  std::vector<RawItem> raw;
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
      rm.headings.push_back({level, plain_text(node), cmark_node_get_start_line(node)});
      active[level] = static_cast<int>(rm.headings.size() - 1);
      for (int l = level + 1; l <= 6; ++l) active[l] = -1;
      if (level == 1 && rm.title.empty()) rm.title = rm.headings.back().text;
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
    // The original bytes decide: "[\0]" is blanked to "[ ]" for cmark but is no checkbox.
    if (!is_task_marker(body, pos)) continue;
    RawItem item;
    item.box = pos + 1;
    item.line = line;
    item.done = src[pos + 1] == 'x' || src[pos + 1] == 'X';
    std::string plain = plain_text(para);
    if (plain.size() >= 3 && plain[0] == '[' && plain[2] == ']') {
      item.text = std::string(trim(std::string_view(plain).substr(3)));
    } else if (cmark_node* first = cmark_node_first_child(para);
               first && cmark_node_get_type(first) == CMARK_NODE_LINK) {
      // "[x]" was read as a link to a reference definition "[x]: …": the text follows the link,
      // exactly as it follows "[ ]", so checking an item never changes (or loses) its text.
      item.text = plain_text_from(cmark_node_next(first));
    } else {  // fall back to the source line
      item.text = std::string(trim(std::string_view(src).substr(pos + 3, eol - pos - 3)));
    }
    if (item.text.empty()) continue;  // "- [ ]" alone is not a task
    item.parent = open_tasks.empty() ? -1 : open_tasks.back().second;
    item.active = active;
    open_tasks.emplace_back(node, static_cast<int>(raw.size()));
    raw.push_back(std::move(item));
  }
  cmark_iter_free(it);

  // Which heading levels structure the items: the shallowest level where items fall under two
  // or more headings holds stages (a lone title or wrapper heading above them is skipped); the
  // next deeper level with items holds sections.
  std::vector<char> has_items(rm.headings.size(), 0);
  for (const RawItem& r : raw)
    for (int l = 1; l <= 6; ++l)
      if (r.active[l] >= 0) has_items[r.active[l]] = 1;
  std::array<int, 7> count{};
  std::array<int, 7> numbered{};  // item-holding headings that carry a number ("Week 1")
  for (std::size_t h = 0; h < rm.headings.size(); ++h) {
    if (!has_items[h]) continue;
    ++count[rm.headings[h].level];
    if (!heading_number(rm.headings[h].text).parts.empty()) ++numbered[rm.headings[h].level];
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
      HeadingNumber hn = heading_number(rm.headings[h].text);
      hs.push_back(h);
      explicit_numbers.push_back(hn.parts.empty() ? 0 : hn.parts[0]);
    }
    std::vector<int> numbers = assign_numbers(explicit_numbers);
    for (std::size_t k = 0; k < hs.size(); ++k) {
      const Heading& hd = rm.headings[hs[k]];
      Stage st;
      st.id = std::to_string(numbers[k]);
      st.heading = hd.text;
      st.title = title_of(hd.text, heading_number(hd.text));
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
        HeadingNumber hn = heading_number(rm.headings[h].text);
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
        sec.title = title_of(hd.text, heading_number(hd.text));
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
      item.id = p.id + "." + std::to_string(++child_count[r.parent]);
    } else {
      std::string prefix;
      std::size_t b = 0, c = 0;
      if (item.stage >= 0) {
        const Stage& st = rm.stages[item.stage];
        b = static_cast<std::size_t>(item.stage) + 1;
        prefix = st.id + ".";
        if (item.section >= 0) {
          prefix = st.sections[item.section].id + ".";
          c = static_cast<std::size_t>(item.section) + 1;
        }
      }
      auto& counts = bucket_count[b];
      if (counts.size() <= c) counts.resize(c + 1, 0);
      item.id = prefix + std::to_string(++counts[c]);
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
