#include <catch2/catch.hpp>

#include "core/config.h"

using namespace llm101;

TEST_CASE("defaults and the text init writes round-trip") {
  Config c;
  auto loaded = parse_config(default_config_text(c), "llm101.toml");
  REQUIRE(loaded.ok());
  CHECK(loaded->config.roadmap == "roadmap.md");
  CHECK(loaded->config.journal == "journal");
  CHECK(loaded->warnings.empty());
  Config odd;
  odd.roadmap = "my \"plan\".md";
  auto back = parse_config(default_config_text(odd), "llm101.toml");
  REQUIRE(back.ok());
  CHECK(back->config.roadmap == odd.roadmap);
}

TEST_CASE("syntax errors name file, line and column") {
  auto r = parse_config("roadmap = \"a.md\"\njournal = \n", "llm101.toml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().file == "llm101.toml");
  CHECK(r.error().line == 2);
  CHECK(r.error().column > 0);
}

TEST_CASE("wrong types are errors; unknown keys are warnings") {
  auto bad = parse_config("roadmap = 3\n", "llm101.toml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line == 1);
  auto unknown = parse_config("roadmapp = \"x.md\"\n", "llm101.toml");
  REQUIRE(unknown.ok());
  REQUIRE(unknown->warnings.size() == 1);
  CHECK(unknown->warnings[0].message.find("roadmapp") != std::string::npos);
  CHECK(unknown->warnings[0].line == 1);
}

TEST_CASE("default_config_text reads back any name, control characters included (found by config_fuzz)") {
  Config c;
  c.roadmap = "road\nmap \"1\"\t\\.md";
  c.journal = std::string("j\x01\x7f", 3);
  auto back = parse_config(default_config_text(c), "llm101.toml");
  REQUIRE(back.ok());
  CHECK(back->config.roadmap == c.roadmap);
  CHECK(back->config.journal == c.journal);
}
