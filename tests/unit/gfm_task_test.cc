// Conformance with the GFM task-list-item definition (spec 0.29-gfm, section 5.3), one case per
// rule, written here from the spec's wording rather than from any parser's output, and checked
// on both structure paths (the line scanner and cmark-gfm's tree).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/roadmap.h"

using namespace llm101;

namespace {

struct Expect {
  std::string text;
  bool done;
};

// The items each path finds in `md`, by text and state, must be exactly `want`.
void require_items(const std::string& md, const std::vector<Expect>& want) {
  for (ParseMode mode : {ParseMode::Auto, ParseMode::Cmark}) {
    INFO("markdown:\n" << md << "\nmode: " << (mode == ParseMode::Auto ? "auto" : "cmark"));
    Roadmap rm = parse_roadmap(md, mode);
    REQUIRE(rm.items.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      CHECK(rm.items[i].text == want[i].text);
      CHECK(rm.items[i].done == want[i].done);
      // The box offset points at the mark between the brackets.
      const std::size_t box = rm.items[i].box;
      REQUIRE(box > 0);
      CHECK(md[box - 1] == '[');
      CHECK(md[box + 1] == ']');
    }
  }
}

}  // namespace

TEST_CASE("GFM task items: the marker is [, a blank or x/X, ] at the start of the item's paragraph") {
  require_items("- [ ] a\n", {{"a", false}});
  require_items("- [x] a\n", {{"a", true}});
  require_items("- [X] a\n", {{"a", true}});
  // Any list marker: bullets -, +, *; ordered with . or ).
  require_items("+ [ ] a\n* [x] b\n1. [ ] c\n2) [X] d\n", {{"a", false}, {"b", true}, {"c", false}, {"d", true}});
  // Not a marker: other letters, two blanks, nothing, or the box not first.
  require_items("- [o] a\n- [  ] c\n- [] d\n- a [ ] e\n- **[ ]** f\n", {});
  // Beyond the spec, on purpose: Obsidian's "[/]" and "[-]" are read as boxes (item states:
  // in progress and skipped), never written by llm101.
  require_items("- [/] a\n- [-] b\n", {{"a", false}, {"b", false}});
}

TEST_CASE("GFM task items: the whitespace inside the brackets") {
  // "either a whitespace character": a space or a tab. The spec's list of whitespace characters
  // also names line tabulation and form feed; no renderer draws those as boxes, and llm101 only
  // writes a box it can read back everywhere, so they stay text (a documented deviation).
  require_items("- [\t] a\n", {{"a", false}});
  require_items("- [\v] a\n- [\f] b\n", {});
  // A no-break space (U+00A0) is not whitespace in the spec's sense.
  require_items("- [\xc2\xa0] a\n", {});
}

TEST_CASE("GFM task items: whitespace must follow the marker") {
  require_items("- [ ]a\n- [x]b\n", {});
  require_items("- [ ]\ta\n", {{"a", false}});
  require_items("- [ ]   a  \n", {{"a", false}});
  // Nothing after the box: an empty paragraph "[ ]" is text, not a task.
  require_items("- [ ]\n- [x]   \n", {});
}

TEST_CASE("GFM task items: the text after the box may look empty") {
  require_items("- [ ] ![](img/diagram.png)\n", {{"diagram.png", false}});
  require_items("- [x] ![alt text](d.png)\n", {{"alt text", true}});
  require_items("- [ ] <br>\n", {{"<br>", false}});
  require_items("- [ ] <!-- note -->\n", {{"<!-- note -->", false}});
  // "<div>" after the box starts no HTML block (the box comes first): inline HTML, a task.
  require_items("- [ ] <div>\n", {{"<div>", false}});
  require_items("- [ ] [](x)\n", {{"[](x)", false}});
}

TEST_CASE("GFM task items: continuation lines and nesting") {
  // A lazy continuation line belongs to the task's paragraph; the task is the first line's.
  require_items("- [ ] a\nb\n", {{"a b", false}});
  require_items("- [ ] a\n  more\n- [x] c\n", {{"a more", false}, {"c", true}});
  // A list item whose first block is another list: the inner item is the task.
  require_items("- - [ ] a\n", {{"a", false}});
  require_items("1. - [x] a\n", {{"a", true}});
  // Inside a block quote, and nested task items.
  require_items("> - [ ] a\n", {{"a", false}});
  require_items("- [ ] a\n  - [x] b\n", {{"a", false}, {"b", true}});
}

TEST_CASE("GFM task items: not list items, not tasks") {
  require_items("[ ] a\n", {});
  require_items("    - [ ] indented code\n", {});
  require_items("```\n- [ ] fenced\n```\n", {});
  require_items("<div>\n- [ ] in an HTML block\n</div>\n", {});
  require_items("| - [ ] x |\n|---|\n", {});
}
