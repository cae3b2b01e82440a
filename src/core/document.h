// The prepared Markdown source that the roadmap and the guide both read: BOM, front matter, NULs
// blanked, line starts, line ending, git conflict markers, and the cmark-gfm tree (parsed once,
// on first use, owned here). Also the heading model both parsers share. Pure: no I/O.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/markdown.h"

namespace llm101 {

enum class LineEnding { LF, CRLF, CR };

// What a heading is to the roadmap; set by parse_roadmap, read by parse_guide.
enum class HeadingKind { Other, Stage, Section, Projects, Paths };

struct Heading {
  int level = 0;      // 1..6
  std::string text;   // plain text of the heading
  int line = 0;       // 1-based line of the heading
  int end_line = 0;   // first line after its span (the next heading of the same or higher rank)
  HeadingKind kind = HeadingKind::Other;
};

// Sets each heading's end_line; `last_line` (one past the last line) ends the open spans.
void set_heading_spans(std::vector<Heading>& headings, int last_line);

// The heading that holds practice projects: "实践项目" or "Practice projects" (any case, any
// decoration). Task items below it are projects, not checklist items.
bool is_projects_heading(std::string_view heading_text);
// The heading that holds learning paths: "学习路径" or "Learning path…".
bool is_paths_heading(std::string_view heading_text);

// `id` is `scope` or lies under it ("3.1.2" in "3.1"); every ID is inside the empty scope.
bool id_in_scope(std::string_view id, std::string_view scope);

// A git conflict marker at the start of `line_start` (the text from a line's first byte on):
// "<<<<<<<" or ">>>>>>>" followed by a space, a line break or the end of the text. One rule for
// the roadmap and the journal.
bool is_conflict_marker(std::string_view line_start);

// Front matter span (YAML "---" or TOML "+++" fences) starting at `text`; 0 when absent.
std::size_t front_matter_length(std::string_view text);

class Document {
 public:
  // `text` must outlive the Document (it is read in place where possible).
  explicit Document(std::string_view text);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  std::string_view text() const { return text_; }  // as given, BOM included
  std::size_t bom() const { return bom_; }         // 3 with a UTF-8 BOM, else 0
  // The bytes after the BOM; offsets below are into this (add bom() for offsets into text()).
  std::string_view body() const { return body_; }
  // body() with NULs blanked to spaces: same offsets, and what the parsers read (cmark would
  // widen a NUL to U+FFFD). Front matter stays as it is here (the line scanner skips it); the
  // cmark tree is built from a copy with it blanked too, so cmark sees blank lines there.
  std::string_view source() const { return source_; }
  std::size_t front_matter_end() const { return front_matter_; }  // in body(); 0 = none
  bool has_nul() const { return has_nul_; }
  const std::vector<std::size_t>& starts() const { return starts_; }  // byte offset of each line
  int last_line() const { return static_cast<int>(starts_.size()) + 1; }
  LineEnding line_ending() const { return line_ending_; }
  int conflict_line() const { return conflict_line_; }  // first conflict marker, 0 = none

  // The offset of cmark's (line, column), npos when outside the text.
  std::size_t offset_of(int line, int column) const;
  // A list item's paragraph: where its text starts after leading blanks (npos when outside the
  // text), and the end of that line.
  struct TextStart {
    std::size_t pos = std::string_view::npos;
    std::size_t eol = 0;
  };
  TextStart paragraph_start(cmark_node* paragraph) const;

  // The cmark-gfm tree of source(), parsed on first use and freed with the Document.
  cmark_node* cmark_root() const;

 private:
  std::string_view text_, body_, source_;
  std::string nul_free_;  // source() when NULs had to be blanked
  std::size_t bom_ = 0, front_matter_ = 0;
  bool has_nul_ = false;
  std::vector<std::size_t> starts_;
  LineEnding line_ending_ = LineEnding::LF;
  int conflict_line_ = 0;
  mutable CmarkTree tree_;
};

}  // namespace llm101
