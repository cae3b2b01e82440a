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

namespace llm101::test {

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
