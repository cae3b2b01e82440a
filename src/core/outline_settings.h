// What llm101.toml's [outline] table sets about a roadmap's structure, for when the inference
// (ARCHITECTURE.md, IDs) is not what the user wants. The defaults infer everything.
#pragma once

#include <string>

namespace llm101 {

struct OutlineSettings {
  int stage_level = 0;           // heading level of stages, 1..6; 0 = inferred
  int section_level = -1;        // heading level of sections, 1..6, or 0 for none; -1 = inferred
  std::string projects_heading;  // the heading (its text) that holds practice projects; empty = the seed's shape
  std::string paths_heading;     // the heading that holds learning paths; empty = the seed's shape
};

}  // namespace llm101
