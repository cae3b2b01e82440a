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

TEST_CASE("wrong types are errors — unknown keys are warnings") {
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

TEST_CASE("journal settings: language, week start, daily goal") {
  auto c = parse_config("journal_language = \"en\"\nweek_start = \"sunday\"\ndaily_goal = 1.5\n", "llm101.toml");
  REQUIRE(c.ok());
  CHECK(c->config.journal_language == Language::En);
  CHECK(c->config.week_start == WeekStart::Sunday);
  CHECK(c->config.daily_goal_minutes == 90);
  CHECK(c->warnings.empty());
  CHECK(parse_config("daily_goal = 2\n", "f")->config.daily_goal_minutes == 120);
  CHECK(parse_config("daily_goal = \"90min\"\n", "f")->config.daily_goal_minutes == 90);
  auto defaults = parse_config("", "f");
  CHECK(defaults->config.journal_language == Language::Zh);
  CHECK(defaults->config.week_start == WeekStart::Monday);
  CHECK(defaults->config.daily_goal_minutes == 0);
  auto bad = parse_config("week_start = \"friday\"\n", "llm101.toml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line == 1);
  CHECK_FALSE(parse_config("journal_language = \"fr\"\n", "f").ok());
  CHECK_FALSE(parse_config("daily_goal = -1\n", "f").ok());
  CHECK_FALSE(parse_config("daily_goal = \"lots\"\n", "f").ok());
  // The commented lines init writes parse as defaults, without warnings.
  auto init = parse_config(default_config_text(Config{}), "f");
  CHECK(init->warnings.empty());
}

TEST_CASE("path names the learning path to follow") {
  auto none = parse_config(default_config_text(Config{}), "llm101.toml");
  REQUIRE(none.ok());
  CHECK(none->config.path.empty());  // a commented example only
  auto set = parse_config("path = \"初学者路径\"\n", "llm101.toml");
  REQUIRE(set.ok());
  CHECK(set->config.path == "初学者路径");
  CHECK(set->warnings.empty());
  CHECK_FALSE(parse_config("path = 1\n", "llm101.toml").ok());
}

TEST_CASE("roadmap and journal stay inside the workspace unless allowed, visibly") {
  for (const char* bad : {"journal = \"../..\"\n", "journal = \"/home/u\"\n", "roadmap = \"a/../../r.md\"\n"}) {
    auto r = parse_config(bad, "llm101.toml");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line == 1);
    CHECK(r.error().message.find("outside the workspace") != std::string::npos);
    CHECK(r.error().message.find("allow_outside_workspace") != std::string::npos);
  }
  auto inside = parse_config("roadmap = \"sub/../sub/roadmap.md\"\njournal = \"./notes/journal\"\n", "llm101.toml");
  REQUIRE(inside.ok());
  CHECK(inside->warnings.empty());
  auto allowed = parse_config("allow_outside_workspace = true\njournal = \"../shared\"\n", "llm101.toml");
  REQUIRE(allowed.ok());
  CHECK(allowed->config.allow_outside_workspace);
  REQUIRE(allowed->warnings.size() == 1);
  CHECK(allowed->warnings[0].line == 2);
  CHECK_FALSE(parse_config("allow_outside_workspace = \"yes\"\n", "llm101.toml").ok());
}
