#include "core/style.h"

#include <fmt/format.h>

#include <algorithm>

namespace llm101 {

std::string Style::paint(std::string_view code, std::string_view s) const {
  if (!color || s.empty()) return std::string(s);
  return fmt::format("\x1b[{}{}m{}{}", sgr_tag, code, s, reset());
}
std::string Style::reset() const { return color ? fmt::format("\x1b[{}0m", sgr_tag) : std::string(); }
std::string Style::bold(std::string_view s) const { return paint("1", s); }
std::string Style::dim(std::string_view s) const { return paint("2", s); }
std::string Style::green(std::string_view s) const { return paint("32", s); }
std::string Style::yellow(std::string_view s) const { return paint("33", s); }

int percent(int done, int total) { return total > 0 ? done * 100 / total : 0; }

std::string progress_bar(int done, int total, std::size_t cells, const Style& style) {
  std::size_t full = total > 0 ? static_cast<std::size_t>(done) * cells / static_cast<std::size_t>(total) : 0;
  full = std::min(full, cells);
  std::string on, off;
  on.reserve(full * 3);
  off.reserve((cells - full) * 3);
  for (std::size_t i = 0; i < full; ++i) on += "█";
  for (std::size_t i = full; i < cells; ++i) off += "░";
  if (!style.color) return on + off;
  return style.green(on) + style.dim(off);
}

}  // namespace llm101
