// How plain-text reports look: colour on or off, the width available, and the progress bar.
// Kept apart from the reports so every renderer (status, stats, guide, journal, export) shares
// one definition without depending on the others.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace llm101 {

struct Style {
  bool color = false;
  std::size_t width = 80;  // terminal columns available
  // Written between "ESC [" and the code of every colour sequence. The front end sets a random
  // tag and strips it on output, so it can tell its own colour from escapes planted in a file
  // (see visible_controls in core/terminal.h); empty: plain SGR.
  std::string sgr_tag;

  // ANSI SGR wrappers; identity when colour is off.
  std::string paint(std::string_view code, std::string_view s) const;
  std::string reset() const;  // SGR 0, tagged; empty when colour is off
  std::string bold(std::string_view s) const;
  std::string dim(std::string_view s) const;
  std::string green(std::string_view s) const;
  std::string yellow(std::string_view s) const;
};

// "██████░░░░" for done/total in `cells` cells.
std::string progress_bar(int done, int total, std::size_t cells, const Style& style);
int percent(int done, int total);

}  // namespace llm101
