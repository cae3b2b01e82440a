// The roadmap fixtures (tests/fixtures/*.md and the seed) for unit tests that run on every one.
#pragma once

#include <catch2/catch.hpp>

#include <cstdio>
#include <dirent.h>
#include <string>
#include <vector>

inline std::string slurp(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE(f);
  std::string s;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
  std::fclose(f);
  return s;
}

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
