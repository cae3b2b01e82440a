// cmark-gfm as llm101 uses it everywhere: the same GFM extensions, and the plain text a reader
// sees in a node, walked without recursion (inline markup can nest 100,000 levels deep).
#pragma once

#include <cmark-gfm.h>

#include <string>
#include <vector>
#include <string_view>

namespace llm101 {

// A parsed document with the table, strikethrough and autolink extensions. Nodes come from
// `mem`; free the root with cmark_node_free (default allocator) or cmark_arena_reset (arena).
cmark_node* parse_gfm(std::string_view text, cmark_mem* mem);

// Byte offsets of line starts, with the line breaks cmark uses (\n, \r\n, \r).
std::vector<std::size_t> line_starts(std::string_view s);
inline bool is_line_break(char c) { return c == '\n' || c == '\r'; }
// `s[pos]` starts a GFM task marker: "[ ]", "[x]" or "[X]" (or a tab inside), then a space or tab.
bool is_task_marker(std::string_view s, std::size_t pos);

// Text and code literals of `node`'s descendants, breaks as spaces, HTML left out.
void append_plain(cmark_node* node, std::string& out);
// The same, trimmed.
std::string plain_text(cmark_node* node);
// Plain text of `first` and the siblings after it, trimmed.
std::string plain_text_from(cmark_node* first);

}  // namespace llm101
