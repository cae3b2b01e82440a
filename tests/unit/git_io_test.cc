#include <catch2/catch.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "io/git.h"
#include "support.h"

using namespace llm101;

using test::TempDir;

TEST_CASE("a program runs with an argument vector, its output and status captured") {
  auto r = io::run_program("sh", {"-c", "printf 'out %s' \"$1\"; printf err >&2; exit 3", "sh", "a b; $(x)"});
  REQUIRE(r);
  CHECK(r->status == 3);
  CHECK(r->out == "out a b; $(x)");
  CHECK(r->err == "err");
  // Large output on both pipes at once does not deadlock.
  auto big = io::run_program("sh", {"-c", "head -c 300000 /dev/zero; head -c 300000 /dev/zero >&2"});
  REQUIRE(big);
  CHECK(big->out.size() == 300000);
  CHECK(big->err.size() == 300000);
  // Standard input is /dev/null, never the terminal.
  CHECK(io::run_program("cat", {})->out.empty());
}

TEST_CASE("no git and no work tree are told apart") {
  TempDir d;
  io::GitAbsence why = io::GitAbsence::NotWorkTree;
  REQUIRE(io::run_program("mkdir", {d.path + "/.git"})->ok());  // looks like a repository: git is asked
  CHECK_FALSE(io::Git::open_with("/nonexistent/git", d.path, &why));
  REQUIRE(io::run_program("rmdir", {d.path + "/.git"})->ok());
  CHECK(why == io::GitAbsence::NoGit);
  CHECK_FALSE(io::run_program("/nonexistent/git", {}));
  if (!io::run_program("git", {"--version"})) return;  // git is a test dependency; be kind without it
  why = io::GitAbsence::NoGit;
  CHECK_FALSE(io::Git::open(d.path, &why));
  CHECK(why == io::GitAbsence::NotWorkTree);
  REQUIRE(io::run_program("git", {"init", "-q", d.path + "/repo"})->ok());
  std::string sub = d.path + "/repo/a b";
  REQUIRE(io::run_program("mkdir", {sub})->ok());
  auto git = io::Git::open(sub);
  REQUIRE(git);
  char real[4096];
  REQUIRE(realpath((d.path + "/repo").c_str(), real));
  CHECK(git->top() == real);
  CHECK(git->relative(sub + "/new dir/2026-11-29.md") == std::optional<std::string>("a b/new dir/2026-11-29.md"));
  CHECK_FALSE(git->relative(d.path + "/elsewhere.md"));
  CHECK_FALSE(git->config("merge.llm101.driver"));
  CHECK(git->run({"config", "--local", "merge.llm101.driver", "x y"}).ok());
  CHECK(git->config("merge.llm101.driver") == std::optional<std::string>("x y"));
  // Inside .git: not a work tree.
  CHECK_FALSE(io::Git::open(d.path + "/repo/.git", &why));
}

TEST_CASE("output fields") {
  CHECK(io::fields(std::string("a\0b c\0\0", 7), '\0') == std::vector<std::string>{"a", "b c"});
  CHECK(io::fields("x\ny\n", '\n') == std::vector<std::string>{"x", "y"});
  CHECK(io::fields("", '\n').empty());
}
