// Helpers the unit tests share: reading a fixture or any file whole, the list of roadmap
// fixtures (the seed first), and a temporary directory removed at the end of a test.
#pragma once

#include <catch2/catch.hpp>

#include <dirent.h>
#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/roadmap.h"

namespace llm101::test {

// The line scanner and cmark-gfm find the same roadmap in `text` (the differential check).
inline void require_same_parse(std::string_view text) {
  using namespace llm101;
  INFO("text:\n" << text);
  Roadmap a = parse_roadmap(text, ParseMode::Auto);
  Roadmap b = parse_roadmap(text, ParseMode::Cmark);
  CHECK(a.title == b.title);
  CHECK(a.stage_level == b.stage_level);
  CHECK(a.section_level == b.section_level);
  CHECK(a.total == b.total);
  CHECK(a.done == b.done);
  CHECK(a.doing == b.doing);
  CHECK(a.skipped == b.skipped);
  REQUIRE(a.headings.size() == b.headings.size());
  for (std::size_t i = 0; i < a.headings.size(); ++i) {
    CHECK(a.headings[i].level == b.headings[i].level);
    CHECK(a.headings[i].text == b.headings[i].text);
    CHECK(a.headings[i].line == b.headings[i].line);
  }
  REQUIRE(a.items.size() == b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    const TaskItem& x = a.items[i];
    const TaskItem& y = b.items[i];
    INFO("item " << i << ": " << y.id << " " << y.text);
    CHECK(x.id == y.id);
    CHECK(x.text == y.text);
    CHECK(x.done == y.done);
    CHECK(x.state == y.state);
    CHECK(x.box == y.box);
    CHECK(x.line == y.line);
    CHECK(x.stage == y.stage);
    CHECK(x.section == y.section);
    CHECK(x.parent == y.parent);
    CHECK(x.depth == y.depth);
  }
  REQUIRE(a.stages.size() == b.stages.size());
  for (std::size_t s = 0; s < a.stages.size(); ++s) {
    CHECK(a.stages[s].id == b.stages[s].id);
    CHECK(a.stages[s].title == b.stages[s].title);
    CHECK(a.stages[s].end_line == b.stages[s].end_line);
    REQUIRE(a.stages[s].sections.size() == b.stages[s].sections.size());
    for (std::size_t k = 0; k < a.stages[s].sections.size(); ++k) {
      CHECK(a.stages[s].sections[k].id == b.stages[s].sections[k].id);
      CHECK(a.stages[s].sections[k].title == b.stages[s].sections[k].title);
      CHECK(a.stages[s].sections[k].total == b.stages[s].sections[k].total);
      CHECK(a.stages[s].sections[k].doing == b.stages[s].sections[k].doing);
      CHECK(a.stages[s].sections[k].skipped == b.stages[s].sections[k].skipped);
    }
  }
}



// The whole file; fails the test when it cannot be opened.
inline std::string read_all(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE(f);
  std::string s;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
  std::fclose(f);
  return s;
}

// tests/fixtures/NAME.
inline std::string fixture(const std::string& name) { return read_all(std::string(LLM101_FIXTURES) + "/" + name); }

// share/roadmap.md, then every tests/fixtures/*.md.
inline std::vector<std::string> all_fixtures() {
  std::vector<std::string> out{LLM101_SEED};
  if (DIR* d = opendir(LLM101_FIXTURES)) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 3 && n.substr(n.size() - 3) == ".md") out.push_back(std::string(LLM101_FIXTURES) + "/" + n);
    }
    closedir(d);
  }
  return out;
}

// A fresh directory under /tmp, removed with everything in it when the test ends.
struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/llm101-test-XXXXXX";
    const char* made = mkdtemp(tmpl);
    REQUIRE(made);
    path = made;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
};

}  // namespace llm101::test
