// An item's state (open, in progress, done, skipped) as the roadmap's own line spells it, and the
// smallest splice that changes it. The notation and why are in ARCHITECTURE.md ("Item states").
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/error.h"

namespace llm101 {

enum class ItemState { Open, Doing, Done, Skipped };

// "open", "doing", "done", "skipped": the JSON values and the words reports use.
std::string_view state_name(ItemState s);

// The marker llm101 writes right after a GFM box for the states GFM has no box for:
// "<!-- llm101: doing -->" and "<!-- llm101: skipped -->". Rendered pages omit HTML comments.
struct StateMarker {
  std::size_t begin = 0, end = 0;  // the comment, and the one space or tab after it when present
  ItemState state = ItemState::Open;
  bool found = false;
};
// The marker that follows the box whose mark byte is at `box` (after its space), if any.
StateMarker find_marker(std::string_view text, std::size_t box);

// The state of the item whose mark byte is at `box`. A ticked box ("[x]") is done whatever marker
// follows (a box ticked by hand in an editor means done); "[/]" and "[-]" (Obsidian Tasks) are in
// progress and skipped; "[ ]" takes its marker's state, else open.
ItemState read_state(std::string_view text, std::size_t box);

struct StateEdit {
  std::size_t box = 0;  // TaskItem::box
  ItemState to = ItemState::Done;
  char blank = ' ';  // what a ticked GFM box gets back when it leaves done: ' ' or '\t' (BlankMarks)
  char done_mark = 0;   // the byte a GFM box gets when moved to done; 0: 'x' (or the 'X' it has)
};

// `text` with every item moved to its state by the fewest bytes on its own line: a box written
// "[/]"/"[-]" changes its one mark byte (the user's notation is kept); a GFM box flips its mark
// and gains, swaps or loses the marker. Fails, naming `file` and the line, when a target is not a
// checkbox (the file changed under us): nothing is half-applied.
Expected<std::string> apply_states(std::string_view text, std::span<const StateEdit> edits, std::string_view file);

}  // namespace llm101
