// Taking a new version of the roadmap without losing progress: every item of the current roadmap
// is matched to one of the new version (same text, then the same normal form, then the most
// similar text in the corresponding section or stage), and its checkbox mark is carried over.
// The result is the new version's bytes with only checkbox marks changed (and "[x] " inserted
// on practice projects that were done). Pure: texts and parsed roadmaps in, a plan out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/guide.h"
#include "core/roadmap.h"

namespace llm101 {

// One version of the roadmap as both parsers read it.
struct RoadmapVersion {
  std::string_view text;
  const Roadmap& roadmap;
  const Guide& guide;
};

// How an item of the current roadmap fares in the new version.
enum class ItemFate {
  Kept,     // same text, same ID
  Moved,    // same text (or the same normal form), another ID
  Renamed,  // other text, found by similarity (its ID may have changed too)
  Dropped,  // no counterpart
};

struct ItemMatch {
  ItemFate fate = ItemFate::Dropped;
  std::size_t old_index = 0;   // into the current roadmap's items (or projects)
  std::size_t new_index = 0;   // into the new version's; meaningless when Dropped
  double score = 1.0;          // similarity of the texts (1 for equal normal forms)
};

struct UpgradePlan {
  std::vector<ItemMatch> items;        // one per current item, in its document order
  std::vector<std::size_t> added;      // new items with no counterpart, in document order
  std::vector<ItemMatch> projects;     // the same for practice projects
  std::vector<std::size_t> added_projects;
  std::string text;                    // the new version with the current marks carried over
  int kept = 0, moved = 0, renamed = 0, dropped = 0;  // items, not projects
};

// The plan for taking `next` (read from `next_file`) over `current`. A mark is carried as its
// byte, so whatever state a mark spells (done, and any state a later mark adds) travels; items
// new in `next` keep the mark `next` gives them. Fails (Input) when `next` has git conflict
// markers or no task item at all (taking it would drop every item).
Expected<UpgradePlan> plan_upgrade(const RoadmapVersion& current, const RoadmapVersion& next,
                                   std::string_view next_file);

// The matching alone (used by plan_upgrade and the tests): for each current item its fate and
// counterpart, one to one and deterministic.
std::vector<ItemMatch> match_items(const Roadmap& current, const Roadmap& next);

// "kept", "moved", "renamed", "dropped": the word reports and JSON use.
std::string_view fate_name(ItemFate f);

}  // namespace llm101
