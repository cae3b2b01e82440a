// cmark-gfm as llm101 uses it everywhere: the same GFM extensions, and the plain text a reader
// sees in a node, walked without recursion (inline markup can nest 100,000 levels deep).
#pragma once

#include <cmark-gfm.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace llm101 {

struct CmarkFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
// A cmark document tree, freed with its owner. cmark's default allocator only: its arena
// allocator is one process-wide arena, which would make parsing non-reentrant.
using CmarkTree = std::unique_ptr<cmark_node, CmarkFree>;

// A parsed document with the table, strikethrough and autolink extensions.
CmarkTree parse_gfm(std::string_view text);

// Byte offsets of line starts, with the line breaks cmark uses (\n, \r\n, \r).
std::vector<std::size_t> line_starts(std::string_view s);
inline bool is_line_break(char c) { return c == '\n' || c == '\r'; }
// `s[pos]` starts a task marker: GFM's "[ ]", "[x]" or "[X]" (or a tab inside), or Obsidian Tasks'
// "[/]" (in progress) and "[-]" (skipped), which GFM renders as text; then a space or tab.
bool is_task_marker(std::string_view s, std::size_t pos);

// Text and code literals of `node`'s descendants, breaks as spaces, HTML left out.
void append_plain(cmark_node* node, std::string& out);
// The same, trimmed.
std::string plain_text(cmark_node* node);
// Plain text of `first` and the siblings after it, trimmed.
std::string plain_text_from(cmark_node* first);

}  // namespace llm101
