// `list WORDS`: which items words find. An item matches when each word is in its own text, its
// section's title or its stage's title (case-folded), so `list Transformer` finds stage 3's items
// and `list 提示工程` section 5.1's as well as 4.1.2.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/roadmap.h"

namespace llm101 {

struct WordMatch {
  std::vector<std::size_t> items;         // the matching items of the scope, document order
  std::vector<const Stage*> stages;       // stages whose title holds every word
  std::vector<const Section*> sections;   // sections whose title holds every word, outside those stages
  std::size_t by_text = 0;                // matching items outside those stages and sections
};

// The items of `scope` (indices into rm.items) that `words` find; every word must be found.
WordMatch match_words(const Roadmap& rm, const std::vector<std::string>& words, const std::vector<std::size_t>& scope);

}  // namespace llm101
