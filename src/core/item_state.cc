// Item states read from and written into a task line: the box's mark byte and, for a GFM box, the
// llm101 marker comment right after it.
#include "core/item_state.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "core/edit.h"
#include "core/i18n.h"

namespace llm101 {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Skips spaces and tabs from `p`; returns the new position.
std::size_t skip_blanks(std::string_view s, std::size_t p) {
  while (p < s.size() && is_blank(s[p])) ++p;
  return p;
}

// Reads `word` at `p` (advancing past it) or leaves `p` and returns false.
bool take(std::string_view s, std::size_t& p, std::string_view word) {
  if (s.substr(p, word.size()) != word) return false;
  p += word.size();
  return true;
}

struct Splice {
  std::size_t at = 0, len = 0;
  std::string_view with;
};

// The marker for `to` followed by one space, or empty for the states a box spells alone.
std::string_view marker_text(ItemState to) {
  if (to == ItemState::Doing) return "<!-- llm101: doing --> ";
  if (to == ItemState::Skipped) return "<!-- llm101: skipped --> ";
  return "";
}

// The splices that move the item at `e.box` to `e.to` (at most two); a ticked box leaving done
// gets `e.blank` back, a blank box keeps its own.
void state_splices(std::string_view text, const StateEdit& e, std::vector<Splice>& out) {
  const std::size_t box = e.box;
  const ItemState to = e.to;
  const char mark = text[box];
  const StateMarker m = find_marker(text, box);
  if ((mark == '/' || mark == '-') && !m.found) {
    static constexpr std::string_view kMarks[] = {" ", "/", "x", "-"};
    if (kMarks[static_cast<int>(to)][0] != mark) out.push_back({box, 1, kMarks[static_cast<int>(to)]});
    return;
  }
  std::string_view want = marker_text(to);
  if (m.found && m.state != to) {
    // A marker at the end of the line has no space after it; its replacement gets none either.
    bool spaced = is_blank(text[m.end - 1]);
    out.push_back({m.begin, m.end - m.begin, spaced || want.empty() ? want : want.substr(0, want.size() - 1)});
  } else if (!m.found && !want.empty()) {
    out.push_back({box + 3, 0, want});
  }
  if (to != ItemState::Done && is_blank(mark)) return;
  static constexpr std::string_view kDone[] = {"x", "X"};
  const char done = e.done_mark ? e.done_mark : mark == 'X' ? 'X' : 'x';
  std::string_view new_mark = to != ItemState::Done ? (e.blank == '\t' ? "\t" : " ") : kDone[done == 'X'];
  if (mark != new_mark[0]) out.push_back({box, 1, new_mark});
}

}  // namespace

std::string_view state_name(ItemState s) {
  switch (s) {
    case ItemState::Open: return "open";
    case ItemState::Doing: return "doing";
    case ItemState::Done: return "done";
    case ItemState::Skipped: return "skipped";
  }
  return "open";
}

StateMarker find_marker(std::string_view text, std::size_t box) {
  StateMarker m;
  std::size_t p = box + 3;  // past "x] "
  if (p > text.size()) return m;
  const std::size_t begin = p;
  std::size_t q = p;
  if (!take(text, q, "<!--")) return m;
  q = skip_blanks(text, q);
  if (!take(text, q, "llm101:")) return m;
  q = skip_blanks(text, q);
  ItemState state;
  if (take(text, q, "doing")) state = ItemState::Doing;
  else if (take(text, q, "skipped")) state = ItemState::Skipped;
  else return m;
  q = skip_blanks(text, q);
  if (!take(text, q, "-->")) return m;
  if (q < text.size() && is_blank(text[q])) ++q;
  m.begin = begin;
  m.end = q;
  m.state = state;
  m.found = true;
  return m;
}

ItemState read_state(std::string_view text, std::size_t box) {
  if (box >= text.size()) return ItemState::Open;
  switch (text[box]) {
    case 'x':
    case 'X': return ItemState::Done;
    case '/': return ItemState::Doing;
    case '-': return ItemState::Skipped;
    default: break;
  }
  StateMarker m = find_marker(text, box);
  return m.found ? m.state : ItemState::Open;
}

Expected<std::string> apply_states(std::string_view text, std::span<const StateEdit> edits, std::string_view file) {
  std::vector<Splice> splices;
  for (const StateEdit& e : edits) {
    if (!is_checkbox(text, e.box)) return not_a_checkbox(text, e.box, file);
    state_splices(text, e, splices);
  }
  // From the end, so earlier offsets stay valid; one item's splices never overlap another's.
  std::stable_sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) { return a.at > b.at; });
  std::string out(text);
  for (const Splice& s : splices) out.replace(s.at, s.len, s.with);
  return out;
}

}  // namespace llm101
