// Which roadmap item a journal line under 完成的任务 means. Text is the stronger evidence (a hand
// edit or an upgrade renumbers items, but rarely retitles them), the ID the weaker: so a change
// of IDs never moves a completion date to the item that took over the number. Pure.
#pragma once

#include <cstddef>
#include <vector>

#include "core/journal.h"
#include "core/roadmap.h"

namespace llm101 {

inline constexpr std::size_t kNoItem = static_cast<std::size_t>(-1);

// For each entry, for each of its completed tasks (same order): the index into rm.items of the
// item it names, or kNoItem. In order of trust:
//  1. an item whose text has the line's text in normal form (text_match.h; among several, the
//     one with the line's ID, else the first);
//  2. the item with the line's ID, when the line has no text, or its text holds the item's, is
//     part of it or is similar to it (kRenameInSection: the item in its place);
//  3. the done item no line names yet whose text is most similar to the line's (at least
//     kRenameInSection: an item renamed and renumbered, by an upgrade or by hand), else any item
//     whose text is most similar (at least kRenameAnywhere).
// Step 2 never takes an item that step 1 gave to a line with another ID: that line names the
// item by its text, so this ID is an old number. A line whose text names no item (one dropped
// from the roadmap) names nothing, even when its ID now belongs to another item.
std::vector<std::vector<std::size_t>> map_completed(const Roadmap& rm, const std::vector<JournalEntry>& entries);

}  // namespace llm101
