// The roadmap model: a Markdown file read as stages, sections and GFM task items, each with a
// stable dotted ID and the byte offset of its checkbox, so edits can splice single bytes.
// Parsing is pure: text in, Roadmap out. The text itself is kept by the caller.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/item_state.h"

namespace llm101 {

struct TaskItem {
  std::string id;       // "3.1.2"; children append ".k"
  std::string text;     // plain text after the checkbox
  bool done = false;    // state == ItemState::Done
  ItemState state = ItemState::Open;
  std::size_t box = 0;  // byte offset of the mark between '[' and ']' in the original text
  int line = 0;         // 1-based line of the checkbox
  int stage = -1;       // index into Roadmap::stages, -1 when the roadmap has no stages
  int section = -1;     // index into Stage::sections, -1 when the stage has no sections
  int parent = -1;      // index of the enclosing task item, -1 at top level
  int depth = 0;        // 0 for top-level items
};

struct Section {
  std::string id;       // "3.1"; "3.0" holds items that sit directly under the stage
  std::string title;    // heading text without its number: "Transformer架构"
  std::string heading;  // the full heading text
  int line = 0;         // line of the heading; 0 for the pseudo-section
  int end_line = 0;     // first line after the section (next heading of the same or higher rank)
  int total = 0;    // items counted for progress: skipped items are not
  int done = 0;
  int doing = 0;
  int skipped = 0;
};

struct Stage {
  std::string id;       // "3"; "0" holds items before the first stage heading
  std::string title;    // "Transformer和注意力机制（1-2个月）"
  std::string heading;  // "阶段3：Transformer和注意力机制（1-2个月）"
  int line = 0;
  int end_line = 0;
  int level = 0;        // heading level
  std::vector<Section> sections;
  int total = 0;    // items counted for progress: skipped items are not
  int done = 0;
  int doing = 0;
  int skipped = 0;
};

// Which structure pass read the roadmap: the line scanner (the fast path) or cmark-gfm.
enum class ParsePath { Scanner, Cmark };

struct Roadmap {
  std::string title;             // first level-1 heading, else front matter title, else empty
  std::vector<Stage> stages;
  std::vector<TaskItem> items;   // document order (a parent precedes its children)
  std::vector<Heading> headings; // every top-level heading, document order, with span and kind
  int stage_level = 0;           // heading level used for stages, 0 = none
  int section_level = 0;         // heading level used for sections, 0 = none
  bool has_bom = false;
  std::size_t front_matter_end = 0;  // byte offset just past the front matter, 0 = none
  LineEnding line_ending = LineEnding::LF;  // the first line ending found
  int conflict_line = 0;         // first line with a git conflict marker, 0 = none
  ParsePath parsed_by = ParsePath::Scanner;
  int total = 0;    // items counted for progress: every item but the skipped ones
  int done = 0;
  int doing = 0;
  int skipped = 0;

  // Items whose ID equals `id` or lies under it ("3" → every item of stage 3).
  std::vector<std::size_t> select(std::string_view id) const;
  // The item, section or stage with exactly this ID, or nullptr.
  const TaskItem* find_item(std::string_view id) const;
  const Stage* find_stage(std::string_view id) const;
  const Section* find_section(std::string_view id) const;
  // Up to `limit` existing IDs closest to `id`, for "did you mean" messages.
  std::vector<std::string> nearest_ids(std::string_view id, std::size_t limit = 3) const;
};

// A stage whose one section is the pseudo-section "S.0" (items right under a stage that has no
// section headings): reports show the stage's items, not a row repeating the stage.
inline bool only_pseudo_section(const Stage& st) {
  return st.sections.size() == 1 && st.sections[0].id == st.id + ".0";
}

// How parse_roadmap finds the Markdown structure. Auto: a line scanner for the plain Markdown
// roadmaps are written in, which hands anything it is not certain about to cmark-gfm; Cmark:
// always cmark-gfm, the reference the scanner is tested against. Both give the same Roadmap.
enum class ParseMode { Auto, Cmark };

// Parses Markdown text (with optional BOM, YAML/TOML front matter, any line endings).
// Never fails: text without task items gives an empty roadmap. Offsets are into doc.text().
Roadmap parse_roadmap(const Document& doc, ParseMode mode = ParseMode::Auto);
Roadmap parse_roadmap(std::string_view text, ParseMode mode = ParseMode::Auto);

// True when `id` has the shape of an item, section or stage ID ("3", "3.1", "3.1.2.1").
bool looks_like_id(std::string_view id);

// The seed LLM101 roadmap compiled into the binary (share/roadmap.md).
std::string_view embedded_roadmap();

}  // namespace llm101
