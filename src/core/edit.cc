#include "core/edit.h"

#include <fmt/format.h>

#include "core/i18n.h"

namespace llm101 {

std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int>(offset - line_start + 1)};
}

Expected<std::string> apply_marks(std::string_view text, std::span<const MarkEdit> edits,
                                  std::string_view file) {
  std::string out(text);
  for (const MarkEdit& e : edits) {
    // Any box the parser reads, Obsidian's "[/]" and "[-]" included.
    bool ok = e.box > 0 && e.box + 1 < out.size() && out[e.box - 1] == '[' && out[e.box + 1] == ']' &&
              std::string_view(" \txX/-").find(out[e.box]) != std::string_view::npos;
    if (!ok) {
      auto [line, col] = line_column(text, e.box);
      Diagnostic d = failure(_("expected a task checkbox here; refusing to edit (was the file changed?)"));
      d.file = std::string(file);
      d.line = line;
      d.column = col;
      return d;
    }
    out[e.box] = e.mark;
  }
  return out;
}

}  // namespace llm101
