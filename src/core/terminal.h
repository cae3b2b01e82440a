// Text from files (roadmap, journal, config, file names) made harmless on a terminal: its
// control characters are shown, never obeyed. The front end passes every non-JSON byte it
// prints through visible_controls (cli/output.cc); renderers need not think about it.
#pragma once

#include <string>
#include <string_view>

namespace llm101 {

// `text` with every control character replaced by a visible form:
//   C0 0x00–0x1F in caret notation (ESC → ^[, BEL → ^G, CR → ^M, NUL → ^@), DEL → ^?;
//   C1 U+0080–U+009F (UTF-8 C2 80–C2 9F) → \u{9b}; a stray byte 0x80–0x9F → \x9b.
// Tab is kept; newline is kept when `lines` (multi-line output), else shown as ^J.
// `own_tag`, when not empty, marks the program's own colour: "ESC [ own_tag" becomes "ESC [" and
// the sequence passes (see Style::sgr_tag); every other ESC is shown as ^[. Only a caller that
// knows the tag can colour the terminal, and text read from a file cannot know it.
std::string visible_controls(std::string_view text, bool lines, std::string_view own_tag = {});

}  // namespace llm101
