// The benchmark families read by both structure paths (issue 14): hidden, run by
// tests/families/run.py, which generates bench/gen.py's and bench/realistic.py's documents into
// LLM101_FAMILIES_DIR. Scanner and cmark must agree on every one, and the scanner must be the path
// that read it, so a silent fallback to cmark fails a test.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/roadmap.h"
#include "support.h"

using namespace llm101;

TEST_CASE("families: both paths agree, and the scanner reads every document", "[.families]") {
  const char* dir = std::getenv("LLM101_FAMILIES_DIR");
  REQUIRE(dir);
  int gen = 0, real = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    INFO(name);
    const std::string text = test::read_all(entry.path().string());
    test::require_same_parse(text);
    const Roadmap rm = parse_roadmap(text);
    CHECK(rm.total > 0);
    // Both families are read by the line scanner itself; a document it gives up on goes to
    // cmark silently, which is what this catches.
    CHECK(rm.parsed_by == ParsePath::Scanner);
    ++(name.rfind("gen-", 0) == 0 ? gen : real);
  }
  CHECK(gen >= 2);
  CHECK(real >= 6);
}
