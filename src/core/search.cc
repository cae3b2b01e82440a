// `list WORDS`: items found by their own text or by the titles of their section and stage.
#include "core/search.h"

#include <algorithm>

#include "core/text.h"

namespace llm101 {
namespace {

bool holds_all(std::string_view text, const std::vector<std::string>& words) {
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return contains_folded(text, w); });
}

// The stage and section an item sits in, or nullptr.
const Stage* stage_of(const Roadmap& rm, const TaskItem& it) {
  return it.stage < 0 ? nullptr : &rm.stages[it.stage];
}
const Section* section_of(const Roadmap& rm, const TaskItem& it) {
  const Stage* st = stage_of(rm, it);
  if (!st || it.section < 0) return nullptr;
  const Section& sec = st->sections[it.section];
  return sec.line == 0 ? nullptr : &sec;  // the pseudo-section "S.0" has no title of its own
}

template <class T>
void add_once(std::vector<const T*>& v, const T* p) {
  if (std::find(v.begin(), v.end(), p) == v.end()) v.push_back(p);
}

}  // namespace

WordMatch match_words(const Roadmap& rm, const std::vector<std::string>& words, const std::vector<std::size_t>& scope) {
  WordMatch m;
  for (std::size_t i : scope) {
    const TaskItem& it = rm.items[i];
    const Stage* st = stage_of(rm, it);
    const Section* sec = section_of(rm, it);
    bool every_word = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
      return contains_folded(it.text, w) || (sec && contains_folded(sec->title, w)) ||
             (st && contains_folded(st->title, w));
    });
    if (!every_word) continue;
    m.items.push_back(i);
    if (st && holds_all(st->title, words)) add_once(m.stages, st);
    else if (sec && holds_all(sec->title, words)) add_once(m.sections, sec);
    else ++m.by_text;
  }
  return m;
}

}  // namespace llm101
