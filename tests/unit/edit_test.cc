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
