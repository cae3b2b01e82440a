// Which version of the LLM101 roadmap a workspace's copy is: a fingerprint of its structure
// (headings and item texts, not marks), looked up in the list of versions llm101 has shipped.
// `status` uses it to say that the built-in roadmap is newer. Pure.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/roadmap.h"

namespace llm101 {

// 16 hex digits (FNV-1a, 64 bits) of every heading and item text in order: the same for a copy
// whatever its marks (and practice project marks, which are not items), different after any
// change of a heading or an item's text, an item added, removed or moved.
std::string roadmap_fingerprint(const Roadmap& rm);

// The fingerprints of every roadmap llm101 has shipped, oldest first; the last is the built-in
// one (share/roadmap.md; a unit test holds them together). Whoever updates share/roadmap.md
// appends its fingerprint here, so copies of older versions learn that a newer one exists.
std::span<const std::string_view> shipped_roadmaps();

// True when `fingerprint` is a shipped version older than the last one in `shipped`. A copy that
// is no shipped version (edited by hand, or another roadmap) is never called older: llm101
// cannot know what it is.
bool builtin_is_newer(std::string_view fingerprint, std::span<const std::string_view> shipped);

}  // namespace llm101
