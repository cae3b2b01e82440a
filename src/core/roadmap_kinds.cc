// Which headings hold practice projects and learning paths, read only where the shape is
// unambiguous (the seed's: phase headings with numbered lists; path lines with arrows), so a
// "### 实践项目" heading in another roadmap stays an ordinary heading and loses no items.
#include "core/roadmap_collect.h"
#include "core/text.h"

namespace llm101 {
namespace {

std::string_view line_text(const Document& doc, int line) {
  const auto& st = doc.starts();
  if (line < 1 || static_cast<std::size_t>(line) > st.size()) return {};
  std::string_view src = doc.source();
  std::size_t b = st[line - 1];
  std::size_t e = static_cast<std::size_t>(line) < st.size() ? st[line] : src.size();
  std::string_view s = src.substr(b, e - b);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "1. …" / "12) …" at the margin (up to 3 spaces): where its text starts, npos when not one.
std::size_t ordered_item_text(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && i < 3 && s[i] == ' ') ++i;
  std::size_t d = i;
  while (i < s.size() && is_ascii_digit(s[i])) ++i;
  if (i == d || i - d > 9 || i >= s.size() || (s[i] != '.' && s[i] != ')')) return std::string_view::npos;
  ++i;
  if (i < s.size() && s[i] != ' ' && s[i] != '\t') return std::string_view::npos;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

bool has_ordered_item(const Document& doc, int from, int to) {
  for (int l = from; l < to; ++l)
    if (ordered_item_text(line_text(doc, l)) != std::string_view::npos) return true;
  return false;
}

// The seed's shape: sub-headings (phases), each directly followed by a numbered list.
bool projects_shaped(const Document& doc, const std::vector<Heading>& hs, std::size_t h) {
  int children = 0;
  for (std::size_t k = h + 1; k < hs.size() && hs[k].line < hs[h].end_line; ++k) {
    if (hs[k].level <= hs[h].level) break;
    int next = k + 1 < hs.size() ? hs[k + 1].line : hs[k].end_line;  // its own lines only
    if (!has_ordered_item(doc, hs[k].line + 1, next)) return false;
    ++children;
  }
  return children > 0;
}

// Learning paths: list lines of steps joined by arrows ("A → B → C") inside the span.
bool paths_shaped(const Document& doc, const Heading& h) {
  for (int l = h.line + 1; l < h.end_line; ++l) {
    std::string_view s = line_text(doc, l);
    if (ordered_item_text(s) != std::string_view::npos && (s.find("→") != std::string_view::npos || s.find("->") != std::string_view::npos))
      return true;
  }
  return false;
}

}  // namespace

bool is_project_item_line(const Document& doc, int line) {
  return ordered_item_text(line_text(doc, line)) != std::string_view::npos;
}

void mark_guide_headings(const Document& doc, std::vector<Heading>& hs) {
  for (std::size_t h = 0; h < hs.size(); ++h) {
    const std::string& t = hs[h].text;
    if (is_projects_heading(t) && projects_shaped(doc, hs, h)) hs[h].kind = HeadingKind::Projects;
    else if (is_paths_heading(t) && paths_shaped(doc, hs[h])) hs[h].kind = HeadingKind::Paths;
  }
}

}  // namespace llm101
