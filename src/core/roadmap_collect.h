// Internal to the roadmap parser: what its two structure passes (the line scanner in
// core/scanner.cc and the cmark walk in core/roadmap_cmark.cc) hand to parse_roadmap.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/item_state.h"
#include "core/outline_settings.h"
#include "core/text.h"

namespace llm101 {

// Heading index active at each level 1..6, -1 = none.
using ActiveHeadings = std::array<int, 7>;

struct RawItem {
  std::size_t box = 0;  // offset into Document::body()
  int line = 0;
  ItemState state = ItemState::Open;
  std::string text;
  int parent = -1;
  ActiveHeadings active{};
};

// What the structure pass finds: top-level headings and task items, in document order.
struct Collected {
  std::vector<Heading> headings;
  std::string title;  // the first level-1 heading
  std::vector<RawItem> raw;

  void add_heading(int level, std::string text, int line, ActiveHeadings& active) {
    headings.push_back({level, std::move(text), line});
    active[level] = static_cast<int>(headings.size() - 1);
    for (int l = level + 1; l <= 6; ++l) active[l] = -1;
    if (level == 1 && title.empty()) title = strip_leading_emoji(headings.back().text);
  }
};

// The text shown for a task whose visible text is empty ("![](diagram.png)", "<br>",
// "<!-- note -->"): an image's file name, else the source after the box. Still a task item.
inline std::string source_text(std::string_view after) {
  after = trim(after);
  if (after.substr(0, 2) == "![") {
    std::size_t open = after.find("](");
    std::size_t close = open == std::string_view::npos ? open : after.find(')', open);
    if (close != std::string_view::npos) {
      std::string_view path = trim(after.substr(open + 2, close - open - 2));
      path = path.substr(0, path.find(' '));  // a title after the path
      std::size_t slash = path.find_last_of('/');
      if (slash != std::string_view::npos && slash + 1 < path.size()) path = path.substr(slash + 1);
      if (!path.empty()) return std::string(path);
    }
  }
  return std::string(after);
}

// An item's text from its paragraph's plain text, or from the source line when "[x]" was read as
// part of a link. Empty: not a task (nothing follows the box).
inline std::string item_text(std::string_view plain, std::string_view src, std::size_t pos, std::size_t eol) {
  std::string_view after = src.substr(pos + 3, eol - pos - 3);
  // llm101's state marker is no part of the text, even where the source stands in for it.
  if (StateMarker m = find_marker(src, pos + 1); m.found && m.end < eol) after = src.substr(m.end, eol - m.end);
  std::string text;
  if (plain.size() >= 3 && plain[0] == '[' && plain[2] == ']') text = trim(plain.substr(3));
  else text = trim(after);  // "[x]" read as a link reference
  return text.empty() ? source_text(after) : text;
}

// item_text without cmark, for a task whose source after the box holds only markup that
// simple_inline_plain reads (core/inline_plain.cc); nothing when cmark must read it, or when the
// text is empty-looking (item_text's rules, through cmark).
std::optional<std::string> markup_item_text(std::string_view src, std::size_t pos, std::size_t eol);

// The fast path: false when the text holds anything the scanner is not certain about.
bool scan_roadmap(const Document& doc, Collected& out);
// The reference path: cmark-gfm's tree of the whole document.
void collect_with_cmark(const Document& doc, Collected& out);

// Marks the practice-projects and learning-paths headings, only where their shape is the seed's
// (core/roadmap_kinds.cc); a project is a numbered item at the margin (is_project_item_line).
// llm101.toml's projects_heading / paths_heading replace the shape rule where they name a heading.
void mark_guide_headings(const Document& doc, const OutlineSettings& set, std::vector<Heading>& headings);
bool is_project_item_line(const Document& doc, int line);

// The number a heading carries ("阶段3：…" → {3}, "3.1 Transformer" → {3,1}) and where the title
// after it starts (core/roadmap_ids.cc).
struct HeadingNumber {
  std::vector<int> parts;
  std::size_t title_start = 0;
};
HeadingNumber heading_number(std::string_view text);
// The heading text without its number ("阶段3：Transformer" → "Transformer").
std::string title_of(std::string_view heading, const HeadingNumber& hn);
// The title shown for a stage or section: without the heading's number only where that number
// became the ID ("Level 1 完成标准" numbered 4.2 keeps its "Level 1").
std::string shown_title(std::string_view heading, const HeadingNumber& hn, int id_number, int heading_ordinal);
// Numbers for headings: explicit ones (-1 = none) where present and unused, then the next free ones.
std::vector<int> assign_numbers(const std::vector<int>& explicit_numbers);
// `prefix` followed by the decimal `n`: "3.1." + 2 → "3.1.2".
std::string with_number(const std::string& prefix, int n);

}  // namespace llm101
