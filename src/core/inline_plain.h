// Plain text of one line of inline Markdown without cmark, for the forms roadmaps write most:
// code spans, inline links, emphasis with '*' and strikethrough with "~~". Whatever else the line
// holds, or any reading that is not certain, gives nothing and the caller asks cmark instead.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace llm101 {

// What cmark-gfm's plain text of `line` (one line, inside a paragraph or heading) would be, when
// that is certain: every delimiter either plainly literal or paired one way only, every bracket
// an inline link with a simple destination, every backtick run closed. Not trimmed.
std::optional<std::string> simple_inline_plain(std::string_view line);

}  // namespace llm101
