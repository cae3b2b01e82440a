// The prepared source: one place that knows the BOM, front matter, NUL blanking, line starts,
// conflict markers and the cmark tree, so the roadmap and the guide read the same bytes.
#include "core/document.h"

#include <algorithm>
#include <cstring>

#include "core/text.h"

namespace llm101 {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

LineEnding first_line_ending(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') return LineEnding::LF;
    if (s[i] == '\r') return (i + 1 < s.size() && s[i + 1] == '\n') ? LineEnding::CRLF : LineEnding::CR;
  }
  return LineEnding::LF;
}

}  // namespace

void set_heading_spans(std::vector<Heading>& headings, int last_line) {
  std::vector<std::size_t> open;
  for (std::size_t h = 0; h < headings.size(); ++h) {
    headings[h].end_line = last_line;
    while (!open.empty() && headings[open.back()].level >= headings[h].level) {
      headings[open.back()].end_line = headings[h].line;
      open.pop_back();
    }
    open.push_back(h);
  }
}

bool is_projects_heading(std::string_view heading_text) {
  std::string h = to_ascii_lower(heading_text);
  return h.find("实践项目") != std::string::npos || h.find("practice project") != std::string::npos;
}

bool is_paths_heading(std::string_view heading_text) {
  std::string h = to_ascii_lower(heading_text);
  return h.find("学习路径") != std::string::npos || h.find("learning path") != std::string::npos;
}

bool id_in_scope(std::string_view id, std::string_view scope) {
  if (scope.empty() || id == scope) return true;
  return id.size() > scope.size() && id.substr(0, scope.size()) == scope && id[scope.size()] == '.';
}

bool is_conflict_marker(std::string_view rest) {
  if (rest.size() < 7 || (rest[0] != '<' && rest[0] != '>')) return false;
  std::string_view m = rest.substr(0, 7);
  if (m != "<<<<<<<" && m != ">>>>>>>") return false;
  return rest.size() == 7 || rest[7] == ' ' || is_line_break(rest[7]);
}

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

Document::Document(std::string_view text) : text_(text) {
  bom_ = text.substr(0, 3) == kBom ? 3 : 0;
  body_ = text.substr(bom_);
  front_matter_ = front_matter_length(body_);
  has_nul_ = std::memchr(body_.data(), '\0', body_.size()) != nullptr;
  source_ = body_;
  // Most roadmaps have no NULs and are read in place.
  if (has_nul_) {
    nul_free_.assign(body_);
    std::replace(nul_free_.begin(), nul_free_.end(), '\0', ' ');
    source_ = nul_free_;
  }
  starts_ = line_starts(source_);
  line_ending_ = first_line_ending(source_);
  // The original bytes, front matter included: a conflict anywhere makes the file unsafe to edit.
  for (std::size_t l = 0; l < starts_.size() && !conflict_line_; ++l)
    if (starts_[l] < body_.size() && is_conflict_marker(body_.substr(starts_[l])))
      conflict_line_ = static_cast<int>(l + 1);
}

std::size_t Document::offset_of(int line, int column) const {
  if (line < 1 || static_cast<std::size_t>(line) > starts_.size()) return std::string_view::npos;
  std::size_t off = starts_[line - 1] + static_cast<std::size_t>(std::max(column, 1) - 1);
  return off <= source_.size() ? off : std::string_view::npos;
}

Document::TextStart Document::paragraph_start(cmark_node* para) const {
  TextStart t;
  std::size_t pos = offset_of(cmark_node_get_start_line(para), cmark_node_get_start_column(para));
  if (pos == std::string_view::npos) return t;
  std::size_t eol = pos;
  while (eol < source_.size() && !is_line_break(source_[eol])) ++eol;
  while (pos < eol && (source_[pos] == ' ' || source_[pos] == '\t')) ++pos;
  return {pos, eol};
}

cmark_node* Document::cmark_root() const {
  if (tree_) return tree_.get();
  if (!front_matter_) {
    tree_ = parse_gfm(source_);
  } else {
    std::string blanked(source_);
    for (std::size_t i = 0; i < front_matter_; ++i)
      if (!is_line_break(blanked[i])) blanked[i] = ' ';
    tree_ = parse_gfm(blanked);
  }
  return tree_.get();
}

}  // namespace llm101
