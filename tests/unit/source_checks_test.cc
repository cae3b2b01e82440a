#include <catch2/catch.hpp>

#include <string>

#include "core/source_checks.h"

using namespace llm101;

TEST_CASE("roadmap limits name the line that breaks them") {
  CHECK(check_roadmap_limits("# T\n- [ ] a | b\n"));
  std::string long_line = "# T\r\n\r\n" + std::string(kMaxLineBytes + 1, '[') + "\n";
  auto st = check_roadmap_limits(long_line);
  REQUIRE_FALSE(st);
  CHECK(st.error().line == 3);
  CHECK(st.error().kind == ErrorKind::Input);

  std::string row;
  for (std::size_t i = 0; i < kMaxTableColumns; ++i) row += "|a";
  CHECK(check_roadmap_limits(row + "|\n"));  // exactly the limit: read
  auto wide = check_roadmap_limits("x\r" + row + "|a|\n");
  REQUIRE_FALSE(wide);
  CHECK(wide.error().line == 2);  // a lone CR ends a line, as in Markdown
  CHECK_FALSE(check_roadmap_limits("\\|" + std::string(kMaxTableColumns * 2, '|')));

  std::string many;
  for (int i = 0; i < 200; ++i) many += row + "|\n";
  auto total = check_roadmap_limits(many);
  REQUIRE_FALSE(total);
  CHECK(total.error().line == 100);  // 100 rows of 1,001 '|' pass 100,000
  CHECK_FALSE(check_roadmap_limits(std::string(kMaxRoadmapBytes + 1, '\n')));
}

TEST_CASE("escaped pipes are text, not cells") {
  std::string escaped;
  for (std::size_t i = 0; i < 2 * kMaxTableColumns; ++i) escaped += "\\|";
  CHECK(check_roadmap_limits(escaped));
}

TEST_CASE("conflict marker lines read as blank lines, offsets kept") {
  int first = 0;
  std::string text = "- [ ] a\n<<<<<<< HEAD\n- [x] b\n=======\n- [ ] b\n>>>>>>> theirs\nT\n=======\n";
  std::string out = blank_conflict_markers(text, first);
  CHECK(first == 2);
  CHECK(out.size() == text.size());
  CHECK(out == "- [ ] a\n            \n- [x] b\n       \n- [ ] b\n              \nT\n=======\n");
  CHECK(blank_conflict_markers("Title\n=======\n", first) == "Title\n=======\n");
  CHECK(first == 0);
  CHECK(blank_conflict_markers("a\r\n>>>>>>>\r\n", first) == "a\r\n       \r\n");
  CHECK(first == 2);
  CHECK(blank_conflict_markers("<<<<<<<< eight\n", first) == "<<<<<<<< eight\n");  // not git's
}

TEST_CASE("a text without a run of seven '<' or '>' has no conflict marker to blank") {
  CHECK(may_have_conflict_markers("a\n<<<<<<< HEAD\n"));
  CHECK(may_have_conflict_markers("a\n>>>>>>> theirs"));
  CHECK_FALSE(may_have_conflict_markers("Title\n=======\n- [ ] a <<<<<< b\n"));
  // whatever may_have_conflict_markers rules out, blank_conflict_markers leaves alone
  for (const char* t : {"=======\n", "|||||||\n=======\n", "- [ ] <<<< >>>>\n", ""}) {
    int first = 0;
    CHECK_FALSE(may_have_conflict_markers(t));
    CHECK(blank_conflict_markers(t, first) == t);
    CHECK(first == 0);
  }
}
