// Item states: read from the box and the marker, written with the fewest bytes on the item's line,
// every transition, hand-written Obsidian notation, and a round trip on every fixture.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/item_state.h"
#include "core/roadmap.h"
#include "support.h"

using namespace llm101;

namespace {

constexpr ItemState kAll[] = {ItemState::Open, ItemState::Doing, ItemState::Done, ItemState::Skipped};

// The single item of `text` moved to `to`.
std::string moved(const std::string& text, ItemState to) {
  Roadmap rm = parse_roadmap(text);
  REQUIRE(rm.items.size() == 1);
  StateEdit e{rm.items[0].box, to};
  auto out = apply_states(text, std::span<const StateEdit>(&e, 1), "r.md");
  REQUIRE(out.ok());
  return *out;
}

ItemState state_of(const std::string& text) {
  Roadmap rm = parse_roadmap(text);
  REQUIRE(rm.items.size() == 1);
  return rm.items[0].state;
}

}  // namespace

TEST_CASE("states are read from the box and the marker") {
  CHECK(state_of("- [ ] a\n") == ItemState::Open);
  CHECK(state_of("- [x] a\n") == ItemState::Done);
  CHECK(state_of("- [X] a\n") == ItemState::Done);
  CHECK(state_of("- [/] a\n") == ItemState::Doing);
  CHECK(state_of("- [-] a\n") == ItemState::Skipped);
  CHECK(state_of("- [ ] <!-- llm101: doing --> a\n") == ItemState::Doing);
  CHECK(state_of("- [ ] <!--llm101:skipped-->a\n") == ItemState::Skipped);
  CHECK(state_of("1. [ ]\t<!--  llm101:  doing  -->\ta\n") == ItemState::Doing);
  // A box ticked by hand wins over the marker it left behind.
  CHECK(state_of("- [x] <!-- llm101: doing --> a\n") == ItemState::Done);
  // Only llm101's own words, right after the box, are a marker.
  CHECK(state_of("- [ ] <!-- doing --> a\n") == ItemState::Open);
  CHECK(state_of("- [ ] a <!-- llm101: doing -->\n") == ItemState::Open);
  CHECK(state_of("- [ ] <!-- llm101: started --> a\n") == ItemState::Open);
  CHECK(state_of("- [ ] <!-- llm101: doing - a\n") == ItemState::Open);
}

TEST_CASE("the marker is no part of the item's text") {
  Roadmap rm = parse_roadmap("- [ ] <!-- llm101: doing --> 多头注意力\n- [/] 位置编码\n- [-] ![](img/x.png)\n"
                             "- [ ] <!-- llm101: skipped --> ![](d/图.png)\n");
  REQUIRE(rm.items.size() == 4);
  CHECK(rm.items[0].text == "多头注意力");
  CHECK(rm.items[1].text == "位置编码");
  CHECK(rm.items[2].text == "x.png");
  CHECK(rm.items[3].text == "图.png");
}

TEST_CASE("every transition from a GFM box, and back, byte for byte") {
  const std::string open = "- [ ] 多头注意力\n";
  const std::string doing = "- [ ] <!-- llm101: doing --> 多头注意力\n";
  const std::string done = "- [x] 多头注意力\n";
  const std::string skipped = "- [ ] <!-- llm101: skipped --> 多头注意力\n";
  const std::string by_state[] = {open, doing, done, skipped};
  for (ItemState from : kAll) {
    for (ItemState to : kAll) {
      INFO(state_name(from) << " -> " << state_name(to));
      const std::string& start = by_state[static_cast<int>(from)];
      std::string out = moved(start, to);
      CHECK(out == by_state[static_cast<int>(to)]);
      CHECK(state_of(out) == to);
    }
  }
}

TEST_CASE("hand-written [/] and [-] keep their notation: one byte changes") {
  const std::string boxes = " /x-";
  for (ItemState from : {ItemState::Doing, ItemState::Skipped}) {
    for (ItemState to : kAll) {
      std::string start = std::string("- [") + boxes[static_cast<std::size_t>(from)] + "] 贡献开源\n";
      std::string out = moved(start, to);
      INFO(start << " -> " << state_name(to) << ": " << out);
      CHECK(out.size() == start.size());
      CHECK(out == std::string("- [") + boxes[static_cast<std::size_t>(to)] + "] 贡献开源\n");
    }
  }
}

TEST_CASE("a stale marker goes when the state changes — X stays X — tabs and CRLF") {
  CHECK(moved("- [x] <!-- llm101: doing --> a\n", ItemState::Open) == "- [ ] a\n");
  CHECK(moved("- [x] <!-- llm101: doing --> a\n", ItemState::Doing) == "- [ ] <!-- llm101: doing --> a\n");
  CHECK(moved("- [ ] <!-- llm101: doing --> a\r\n", ItemState::Done) == "- [x] a\r\n");
  CHECK(moved("- [ ] <!-- llm101: doing --> a\n", ItemState::Skipped) == "- [ ] <!-- llm101: skipped --> a\n");
  CHECK(moved("- [/] <!-- llm101: skipped --> a\n", ItemState::Open) == "- [ ] a\n");
  CHECK(moved("- [ ]\ta\n", ItemState::Doing) == "- [ ]\t<!-- llm101: doing --> a\n");
}

TEST_CASE("a ticked box leaving done gets the blank asked for, and a blank box keeps its own") {
  auto with_blank = [](std::string_view text, ItemState to, char blank) {
    const std::size_t box = text.find('[') + 1;
    const StateEdit e{box, to, blank};
    return *apply_states(text, std::span<const StateEdit>(&e, 1), "r.md");
  };
  CHECK(with_blank("- [x] a\n", ItemState::Open, '\t') == "- [\t] a\n");
  CHECK(with_blank("- [x] a\n", ItemState::Skipped, '\t') == "- [\t] <!-- llm101: skipped --> a\n");
  CHECK(with_blank("- [x] a\n", ItemState::Open, ' ') == "- [ ] a\n");
  // A box already blank is not rewritten: a tab stays a tab whatever blank is passed.
  CHECK(with_blank("- [\t] a\n", ItemState::Doing, ' ') == "- [\t] <!-- llm101: doing --> a\n");
}

TEST_CASE("apply_states refuses a target that is no checkbox, changing nothing") {
  std::string text = "- [ ] a\n- [ ] b\n";
  std::vector<StateEdit> edits = {{3, ItemState::Doing}, {5, ItemState::Done}};
  auto out = apply_states(text, edits, "roadmap.md");
  REQUIRE_FALSE(out.ok());
  CHECK(out.error().file == "roadmap.md");
  CHECK(out.error().line == 1);
}

TEST_CASE("states on every fixture: all items to each state and back, IDs unmoved") {
  for (const std::string& path : test::all_fixtures()) {
    INFO(path);
    const std::string original = test::read_all(path);
    Roadmap rm = parse_roadmap(original);
    for (ItemState to : kAll) {
      std::vector<StateEdit> there, back;
      for (const TaskItem& it : rm.items) there.push_back({it.box, to});
      auto moved_text = apply_states(original, there, path);
      REQUIRE(moved_text.ok());
      Roadmap re = parse_roadmap(*moved_text);
      REQUIRE(re.items.size() == rm.items.size());
      for (std::size_t i = 0; i < re.items.size(); ++i) {
        CHECK(re.items[i].id == rm.items[i].id);
        CHECK(re.items[i].text == rm.items[i].text);
        CHECK(re.items[i].state == to);
        back.push_back({re.items[i].box, rm.items[i].state});
      }
      auto restored = apply_states(*moved_text, back, path);
      REQUIRE(restored.ok());
      // Back to the same states; the bytes too, except an "X" or a tab that came back as "x" or a space.
      Roadmap again = parse_roadmap(*restored);
      for (std::size_t i = 0; i < again.items.size(); ++i) CHECK(again.items[i].state == rm.items[i].state);
      if (original.find("[X]") == std::string::npos && original.find("[\t]") == std::string::npos)
        CHECK(*restored == original);
    }
  }
}
