// libFuzzer target: the roadmap parser and the checkbox edit round trip. For any bytes: parsing
// never crashes; every item's box points at a mark between '[' and ']'; flipping a box changes
// exactly that byte, re-parses to the same item in the new state, and flipping back gives the
// identical input; moving an item to each state reads back as that state; reports render without
// crashing; the line scanner and cmark read the same items and headings.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "core/edit.h"
#include "core/item_state.h"
#include "core/report.h"
#include "core/roadmap.h"

namespace {

// A broken invariant: say which, then abort so libFuzzer saves the input.
void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "roadmap_fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace llm101;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Roadmap rm = parse_roadmap(text);

  require(rm.total + rm.skipped == static_cast<int>(rm.items.size()), "total and skipped count the items");
  require(rm.done >= 0 && rm.doing >= 0 && rm.done + rm.doing <= rm.total, "done and doing within total");
  std::set<std::string> ids;
  for (const TaskItem& it : rm.items) {
    require(it.box >= 1 && it.box + 1 < text.size(), "box inside the text");
    require(text[it.box - 1] == '[' && text[it.box + 1] == ']', "box between brackets");
    char m = text[it.box];
    require(m == ' ' || m == '\t' || m == 'x' || m == 'X' || m == '/' || m == '-', "box holds a mark");
    require(it.done == (m == 'x' || m == 'X'), "done matches the mark");
    require(it.state == read_state(text, it.box), "the state is the line's state");
    require(it.done == (it.state == ItemState::Done), "done is the done state");
    require(looks_like_id(it.id), "ID has the ID shape");
    require(ids.insert(it.id).second, "IDs are unique");
    require(rm.find_item(it.id) == &it, "find_item finds it");
  }

  // The line scanner reads what cmark reads: it answers only where it is sure and hands the rest
  // to cmark, so whichever path ran, both give the same items and headings.
  const Roadmap slow = parse_roadmap(text, ParseMode::Cmark);
  require(slow.items.size() == rm.items.size(), "scanner and cmark find the same items");
  for (std::size_t i = 0; i < rm.items.size(); ++i) {
    const TaskItem& a = rm.items[i];
    const TaskItem& b = slow.items[i];
    require(a.box == b.box && a.line == b.line, "scanner and cmark put the item on the same box");
    require(a.text == b.text, "scanner and cmark read the same item text");
    require(a.id == b.id && a.state == b.state, "scanner and cmark give the same ID and state");
  }
  require(slow.headings.size() == rm.headings.size(), "scanner and cmark find the same headings");
  for (std::size_t i = 0; i < rm.headings.size(); ++i)
    require(slow.headings[i].text == rm.headings[i].text && slow.headings[i].level == rm.headings[i].level &&
                slow.headings[i].line == rm.headings[i].line,
            "scanner and cmark read the same heading");

  // Round trip on up to 16 items (spread over the file), so big inputs stay fast.
  const std::size_t n = rm.items.size();
  const std::size_t step = n > 16 ? n / 16 : 1;
  for (std::size_t i = 0; i < n; i += step) {
    const TaskItem& it = rm.items[i];
    const MarkEdit flip{it.box, it.done ? ' ' : 'x'};
    auto edited = apply_marks(text, {&flip, 1}, "fuzz.md");
    require(edited.ok(), "a parsed box can be edited");
    const std::string& e = *edited;
    require(e.size() == text.size(), "size unchanged");
    for (std::size_t k = 0; k < e.size(); ++k)
      require(k == it.box || e[k] == text[k], "no byte outside the checkbox changes");

    if (i < 4 * step) {  // re-parsing is the slow part: the first four flips only
      const Roadmap again = parse_roadmap(e);
      const TaskItem* same = again.find_item(it.id);
      require(same && same->box == it.box, "the flipped item keeps its ID and box");
      require(same->done == !it.done, "the flipped item reads back in its new state");
      require(again.items.size() == rm.items.size(), "flipping a box adds or loses no item");
    }

    if (i < 2 * step) {  // every state change lands on the item and nowhere else
      for (ItemState to : {ItemState::Open, ItemState::Doing, ItemState::Done, ItemState::Skipped}) {
        const StateEdit change{it.box, to};
        auto moved = apply_states(text, {&change, 1}, "fuzz.md");
        require(moved.ok(), "a parsed box can change state");
        const Roadmap after = parse_roadmap(*moved);
        require(after.items.size() == rm.items.size(), "a state change adds or loses no item");
        const TaskItem* same = after.find_item(it.id);
        require(same && same->state == to, "the item reads back in its new state");
      }
    }

    const MarkEdit back{it.box, text[it.box]};
    auto restored = apply_marks(e, {&back, 1}, "fuzz.md");
    require(restored.ok() && *restored == text, "flip and flip back give the identical bytes");
  }

  // Rendering and lookups must cope with whatever the parser produced.
  Style style;
  style.width = 60;
  (void)render_status(rm, "", style);
  (void)status_json(rm, "");
  std::vector<std::size_t> all(n);
  for (std::size_t i = 0; i < n; ++i) all[i] = i;
  if (n <= 2000) {
    (void)render_items(rm, all, style);
    (void)items_json(rm, all);
  }
  if (!rm.stages.empty()) {
    (void)render_status(rm, rm.stages.front().id, style);
    (void)rm.nearest_ids(rm.stages.front().id + ".9");
  }
  (void)rm.select("1");
  return 0;
}
