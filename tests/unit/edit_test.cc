// Checkbox edits: one byte per change, verified, and a perfect round trip on every fixture.
#include <catch2/catch.hpp>

#include <cstdio>
#include <dirent.h>
#include <string>
#include <vector>

#include "core/edit.h"
#include "core/roadmap.h"
#include "support.h"

using namespace llm101;

using test::all_fixtures;
using test::read_all;

TEST_CASE("round trip: flip every box, flip back, identical bytes") {
  for (const std::string& path : all_fixtures()) {
    INFO(path);
    const std::string original = read_all(path);
    Roadmap rm = parse_roadmap(original);
    std::vector<MarkEdit> flip, back;
    for (const TaskItem& it : rm.items) {
      flip.push_back({it.box, it.done ? ' ' : 'x'});
      back.push_back({it.box, original[it.box]});
    }
    auto flipped = apply_marks(original, flip, path);
    REQUIRE(flipped.ok());
    // Only checkbox bytes changed, and the parse sees every item flipped, same IDs.
    std::size_t changed = 0;
    for (std::size_t i = 0; i < original.size(); ++i) changed += original[i] != (*flipped)[i];
    CHECK(changed == rm.items.size());
    Roadmap re = parse_roadmap(*flipped);
    REQUIRE(re.items.size() == rm.items.size());
    for (std::size_t i = 0; i < re.items.size(); ++i) {
      CHECK(re.items[i].id == rm.items[i].id);
      CHECK(re.items[i].done != rm.items[i].done);
    }
    auto restored = apply_marks(*flipped, back, path);
    REQUIRE(restored.ok());
    CHECK(*restored == original);
    // Parsing without any change leaves the same items.
    CHECK(parse_roadmap(*restored).total == rm.total);
  }
}

TEST_CASE("an edit that does not land on a checkbox is refused") {
  std::string text = "## A\n- [ ] one\n";
  Roadmap rm = parse_roadmap(text);
  REQUIRE(rm.total == 1);
  std::vector<MarkEdit> bad{{rm.items[0].box + 1, 'x'}};
  auto r = apply_marks(text, bad, "roadmap.md");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().file == "roadmap.md");
  CHECK(r.error().line == 2);
  CHECK(r.error().format().rfind("roadmap.md:2:", 0) == 0);
  // Nothing half-applied: a good edit before a bad one is not in any result.
  std::vector<MarkEdit> mixed{{rm.items[0].box, 'x'}, {3, 'x'}};
  CHECK_FALSE(apply_marks(text, mixed, "r").ok());
}

TEST_CASE("line_column counts every kind of line break") {
  CHECK(line_column("a\nb\r\nc\rd", 0) == std::pair{1, 1});
  CHECK(line_column("a\nb\r\nc\rd", 2) == std::pair{2, 1});
  CHECK(line_column("a\nb\r\nc\rd", 5) == std::pair{3, 1});
  CHECK(line_column("a\nb\r\nc\rd", 7) == std::pair{4, 1});
}

namespace {
std::vector<std::size_t> boxes_of(const Roadmap& rm) {
  std::vector<std::size_t> out;
  for (const TaskItem& it : rm.items) out.push_back(it.box);
  return out;
}
}  // namespace

TEST_CASE("uncheck gives a box back the blank of the nearest unchecked box (a tab stays a tab)") {
  // A roadmap written with "[\t]": check then uncheck restores the same bytes.
  const std::string text = "## A\n- [\t] a\n- [\t] b\n- [\t] c\n";
  Roadmap rm = parse_roadmap(text);
  REQUIRE(rm.total == 3);
  std::string checked = *apply_marks(text, std::vector<MarkEdit>{{rm.items[1].box, 'x'}}, "r");
  Roadmap rm2 = parse_roadmap(checked);
  BlankMarks blanks(checked, boxes_of(rm2));
  CHECK(blanks.at(rm2.items[1].box) == '\t');
  CHECK(*apply_marks(checked, std::vector<MarkEdit>{{rm2.items[1].box, blanks.at(rm2.items[1].box)}}, "r") == text);
  // Mixed: the nearest unchecked box decides, the earlier one on a tie.
  const std::string mixed = "- [ ] a\n- [x] b\n- [x] c\n- [\t] d\n- [x] e\n";
  Roadmap m = parse_roadmap(mixed);
  BlankMarks mb(mixed, boxes_of(m));
  CHECK(mb.at(m.items[1].box) == ' ');   // a is one away, d two
  CHECK(mb.at(m.items[2].box) == '\t');  // d is one away, a two
  CHECK(mb.at(m.items[4].box) == '\t');
  // Every box checked: a space.
  const std::string all = "- [x] a\n- [X] b\n";
  Roadmap a = parse_roadmap(all);
  CHECK(BlankMarks(all, boxes_of(a)).at(a.items[0].box) == ' ');
  CHECK(BlankMarks(all, {}).at(a.items[0].box) == ' ');
}
