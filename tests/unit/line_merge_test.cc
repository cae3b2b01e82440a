// The line diff and diff3 under the merge driver: the LCS is a longest one (checked against a
// textbook dynamic program on random inputs), and diff3 merges and conflicts as git does.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "core/line_merge.h"

using namespace llm101;

namespace {

std::size_t lcs_length(const Lines& a, const Lines& b) {
  std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;)
      t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
  return t[0][0];
}

std::string random_text(std::mt19937& rng, int lines, int alphabet) {
  std::string s;
  for (int i = 0; i < lines; ++i) s += std::string(1, static_cast<char>('a' + rng() % alphabet)) + "\n";
  return s;
}

}  // namespace

TEST_CASE("split_lines_keeping_breaks gives the text back byte for byte") {
  for (std::string_view t : {"", "a", "a\n", "a\r\nb\rc\n\nd", "\xEF\xBB\xBF# t\r\n- [ ] x"}) {
    std::string joined;
    for (std::string_view l : split_lines_keeping_breaks(t)) joined += l;
    CHECK(joined == t);
  }
  CHECK(split_lines_keeping_breaks("a\r\nb").size() == 2);
}

TEST_CASE("common_lines finds a longest common subsequence") {
  std::mt19937 rng(1234);
  for (int round = 0; round < 400; ++round) {
    const std::string sa = random_text(rng, static_cast<int>(rng() % 40), 1 + static_cast<int>(rng() % 5));
    const std::string sb = random_text(rng, static_cast<int>(rng() % 40), 1 + static_cast<int>(rng() % 5));
    const Lines a = split_lines_keeping_breaks(sa), b = split_lines_keeping_breaks(sb);
    const auto pairs = common_lines(a, b);
    INFO(sa << "----\n" << sb);
    REQUIRE(pairs.size() == lcs_length(a, b));
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      REQUIRE(a[pairs[k].first] == b[pairs[k].second]);
      if (k) REQUIRE((pairs[k].first > pairs[k - 1].first && pairs[k].second > pairs[k - 1].second));
    }
  }
}

TEST_CASE("diff3 chunks cover every line of all three sides") {
  std::mt19937 rng(99);
  for (int round = 0; round < 200; ++round) {
    const std::string sb = random_text(rng, 20, 4), so = random_text(rng, 20, 4), st = random_text(rng, 20, 4);
    const Lines b = split_lines_keeping_breaks(sb), o = split_lines_keeping_breaks(so), t = split_lines_keeping_breaks(st);
    std::size_t nb = 0, no = 0, nt = 0;
    for (const MergeChunk& c : diff3_chunks(b, o, t)) {
      REQUIRE(c.base.begin == nb);
      REQUIRE(c.ours.begin == no);
      REQUIRE(c.theirs.begin == nt);
      nb = c.base.end, no = c.ours.end, nt = c.theirs.end;
    }
    CHECK((nb == b.size() && no == o.size() && nt == t.size()));
  }
}

TEST_CASE("merge_lines: separate edits merge, overlapping ones conflict with markers only there") {
  const std::string base = "1\n2\n3\n4\n5\n6\n7\n";
  SECTION("edits far apart merge cleanly") {
    MergeResult r = merge_lines(base, "1\nTWO\n3\n4\n5\n6\n7\n", "1\n2\n3\n4\n5\nSIX\n7\n");
    CHECK(r.conflicts == 0);
    CHECK(r.text == "1\nTWO\n3\n4\n5\nSIX\n7\n");
  }
  SECTION("the same edit on both sides is no conflict") {
    MergeResult r = merge_lines(base, "1\n2\nC\n4\n5\n6\n7\n", "1\n2\nC\n4\n5\n6\n7\n");
    CHECK(r.conflicts == 0);
    CHECK(r.text == "1\n2\nC\n4\n5\n6\n7\n");
  }
  SECTION("an overlapping edit conflicts; the lines around it stay outside the markers") {
    MergeResult r = merge_lines(base, "1\n2\nours\n4\n5\nSIX\n7\n", "1\n2\ntheirs\n4\n5\n6\n7\n");
    CHECK(r.conflicts == 1);
    CHECK(r.text == "1\n2\n<<<<<<< ours\nours\n=======\ntheirs\n>>>>>>> theirs\n4\n5\nSIX\n7\n");
  }
  SECTION("adjacent line edits conflict, as in git") {
    MergeResult r = merge_lines(base, "1\n2\nA\n4\n5\n6\n7\n", "1\n2\n3\nB\n5\n6\n7\n");
    CHECK(r.conflicts == 1);
  }
  SECTION("refinement keeps lines both sides wrote out of the conflict") {
    MergeResult r = merge_lines("", "same\nmine\nend\n", "same\nyours\nend\n");
    CHECK(r.text == "same\n<<<<<<< ours\nmine\n=======\nyours\n>>>>>>> theirs\nend\n");
  }
  SECTION("a side without a final newline cannot glue onto a marker") {
    MergeResult r = merge_lines("a\n", "b", "c");
    CHECK(r.text == "<<<<<<< ours\nb\n=======\nc\n>>>>>>> theirs\n");
  }
  SECTION("CRLF text gets CRLF markers") {
    MergeResult r = merge_lines("a\r\n", "b\r\n", "c\r\n");
    CHECK(r.text == "<<<<<<< ours\r\nb\r\n=======\r\nc\r\n>>>>>>> theirs\r\n");
  }
  SECTION("a deletion on one side and no change on the other") {
    MergeResult r = merge_lines(base, "1\n2\n4\n5\n6\n7\n", base);
    CHECK(r.text == "1\n2\n4\n5\n6\n7\n");
  }
}

TEST_CASE("merge_lines_uniting keeps both sides' notes and honours removals") {
  const std::string base = "**学习内容**:\n- a\n- b\n\n**学习时长**: 1h\n";
  MergeResult r = merge_lines_uniting(base, "**学习内容**:\n- a\n- b\n- mine\n\n**学习时长**: 1h\n",
                                      "**学习内容**:\n- b\n- yours\n\n**学习时长**: 1h\n");
  CHECK(r.conflicts == 0);
  CHECK(r.text == "**学习内容**:\n- b\n- mine\n- yours\n\n**学习时长**: 1h\n");
  // Both sides wrote the same new note: it is kept once.
  r = merge_lines_uniting("x\n", "x\n- same\n- mine\n", "x\n- same\n- yours\n");
  CHECK(r.text == "x\n- same\n- mine\n- yours\n");
}
