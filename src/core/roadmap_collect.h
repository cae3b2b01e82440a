// Internal to the roadmap parser: what its two structure passes (the line scanner in
// core/scanner.cc and the cmark walk in core/roadmap_cmark.cc) hand to parse_roadmap.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/text.h"

namespace llm101 {

// Heading index active at each level 1..6, -1 = none.
using ActiveHeadings = std::array<int, 7>;

struct RawItem {
  std::size_t box = 0;  // offset into Document::body()
  int line = 0;
  bool done = false;
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
    if (level == 1 && title.empty()) title = headings.back().text;
  }
};

// An item's text from its paragraph's plain text, or from the source line when "[x]" was read as
// part of a link. Empty: not a task.
inline std::string item_text(std::string_view plain, std::string_view src, std::size_t pos, std::size_t eol) {
  if (plain.size() >= 3 && plain[0] == '[' && plain[2] == ']') return std::string(trim(plain.substr(3)));
  return std::string(trim(src.substr(pos + 3, eol - pos - 3)));  // "[x]" read as a link reference
}

// The fast path: false when the text holds anything the scanner is not certain about.
bool scan_roadmap(const Document& doc, Collected& out);
// The reference path: cmark-gfm's tree of the whole document.
void collect_with_cmark(const Document& doc, Collected& out);

// The number a heading carries ("阶段3：…" → {3}, "3.1 Transformer" → {3,1}) and where the title
// after it starts (core/roadmap_ids.cc).
struct HeadingNumber {
  std::vector<int> parts;
  std::size_t title_start = 0;
};
HeadingNumber heading_number(std::string_view text);
// The heading text without its number ("阶段3：Transformer" → "Transformer").
std::string title_of(std::string_view heading, const HeadingNumber& hn);
// Numbers for headings: explicit ones where present and unused, then the next free ones.
std::vector<int> assign_numbers(const std::vector<int>& explicit_numbers);
// `prefix` followed by the decimal `n`: "3.1." + 2 → "3.1.2".
std::string with_number(const std::string& prefix, int n);

}  // namespace llm101
