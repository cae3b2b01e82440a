// The front end without a process: Args, the command-word checks and "did you mean", ID
// resolution and the words the shell completion offers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/context.h"
#include "io/fs.h"
#include "support.h"

using namespace llm101;
using namespace llm101::cli;

namespace {

constexpr std::string_view kRoadmap =
    "# Plan\n\n## Stage 1\n\n### 1.1 Basics\n\n- [ ] vectors\n- [x] matrices\n\n### 1.2 More\n\n- [ ] calculus\n\n"
    "## Stage 2\n\n### 2.1 Models\n\n- [ ] attention\n";

RoadmapFile roadmap_file() {
  RoadmapFile f;
  f.path = "roadmap.md";
  f.text = std::string(kRoadmap);
  f.roadmap = parse_roadmap(f.text);
  return f;
}

// The candidates (first column) complete_words offers for `words`.
std::vector<std::string> complete(const std::vector<std::string>& words, const std::string& cwd = "/") {
  Environment env;
  env.cwd = cwd;
  env.today = "2026-11-29";
  Context ctx(GlobalOptions{}, env);
  complete_words(ctx, words);
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < ctx.out.size()) {
    std::size_t nl = ctx.out.find('\n', pos);
    std::string line = ctx.out.substr(pos, nl - pos);
    out.push_back(line.substr(0, line.find('\t')));
    pos = nl + 1;
  }
  return out;
}

bool has(const std::vector<std::string>& v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("Args: has, get with a fallback, all values, the last value wins") {
  Args a;
  CHECK_FALSE(a.has("hours"));
  CHECK(a.get("hours", "1") == "1");
  CHECK(a.all("TEXT").empty());
  a.set("hours", {"2", "3"});
  a.set("json", {});
  CHECK(a.has("hours"));
  CHECK(a.get("hours") == "3");
  CHECK(a.all("hours") == std::vector<std::string>{"2", "3"});
  CHECK(a.has("json"));
  CHECK(a.get("json", "fallback") == "fallback");  // a flag has no value
  CHECK(option_key("-n,--count") == "count");
  CHECK(option_key("--json") == "json");
  CHECK(option_key("-C") == "C");
}

TEST_CASE("the command word: global options and their values are skipped") {
  using W = std::vector<std::string_view>;
  CHECK(unknown_command(W{}) == std::nullopt);
  CHECK(unknown_command(W{"status"}) == std::nullopt);
  CHECK(unknown_command(W{"stauts"}) == std::string_view("stauts"));
  CHECK(unknown_command(W{"-C", "somewhere", "list"}) == std::nullopt);
  CHECK(unknown_command(W{"--roadmap", "stauts", "list"}) == std::nullopt);  // a value, not a command
  CHECK(unknown_command(W{"--roadmap=x.md", "lsit"}) == std::string_view("lsit"));
  CHECK(unknown_command(W{"-q", "--color", "never", "chek", "1.1"}) == std::string_view("chek"));
  CHECK(unknown_command(W{"--", "x"}) == std::string_view("x"));
}

TEST_CASE("did you mean: the nearest visible command, or none") {
  CHECK(suggest_command("stauts") == "status");
  CHECK(suggest_command("chek") == "check");
  CHECK(suggest_command("lsit") == "list");
  CHECK(suggest_command("pro") == "projects");  // a prefix of two or more letters
  CHECK(suggest_command("xyzzyqq") == "");
  CHECK(suggest_command("__complet") != "__complete");  // hidden helpers are never offered
}

TEST_CASE("did you mean: options of the command and global ones, never a far one") {
  const CommandSpec* status = nullptr;
  const CommandSpec* log = nullptr;
  for (const CommandSpec& c : all_commands()) {
    if (c.name == "status") status = &c;
    if (c.name == "log") log = &c;
  }
  REQUIRE(status);
  REQUIRE(log);
  CHECK(suggest_option(status, "--jsn") == "--json");
  CHECK(suggest_option(status, "--jsn=1") == "--json");
  CHECK(suggest_option(status, "--colour") == "--color");  // a global option
  CHECK(suggest_option(log, "--hour") == "--hours");
  CHECK(suggest_option(status, "--hours") == "");  // log's, not status's
  CHECK(suggest_option(nullptr, "--jsn") == "");   // no command: only the global options
  CHECK(suggest_option(status, "-x") == "");       // one letter is not a typo of another
  CHECK(suggest_option(status, "--frobnicate") == "");
}

TEST_CASE("resolve_ids: items, sections and stages in document order, each once") {
  RoadmapFile f = roadmap_file();
  REQUIRE(f.roadmap.total == 4);
  std::vector<std::size_t> one = resolve_ids(f, {"1.1.2"});
  REQUIRE(one.size() == 1);
  CHECK(f.roadmap.items[one[0]].text == "matrices");
  CHECK(resolve_ids(f, {"2", "1.1", "1.1.1"}) == std::vector<std::size_t>{0, 1, 3});
  CHECK(resolve_ids(f, {"1"}).size() == 3);
}

TEST_CASE("resolve_ids: an item ID names that one item unless nested items are asked for") {
  RoadmapFile f;
  f.path = "roadmap.md";
  f.text = "# A\n## 1 One\n- [ ] parent\n  - [ ] child\n    - [x] grandchild\n- [ ] sibling\n## 2 Two\n- [ ] other\n";
  f.roadmap = parse_roadmap(f.text);
  REQUIRE(f.roadmap.total == 5);
  const std::string parent = f.roadmap.items[0].id;
  std::vector<std::size_t> alone = resolve_ids(f, {parent}, Nested::Exclude);
  CHECK(alone == std::vector<std::size_t>{0});
  CHECK(resolve_ids(f, {parent}) == std::vector<std::size_t>{0, 1, 2});
  CHECK(nested_left_out(f.roadmap, alone) == std::vector<std::size_t>{1, 2});
  CHECK(nested_left_out(f.roadmap, {0, 2}) == std::vector<std::size_t>{1});
  // A stage takes every item under it, nested or not, either way.
  CHECK(resolve_ids(f, {"1"}, Nested::Exclude) == std::vector<std::size_t>{0, 1, 2, 3});
  CHECK(nested_left_out(f.roadmap, resolve_ids(f, {"1"}, Nested::Exclude)).empty());
}

TEST_CASE("resolve_ids: a wrong or malformed ID is an input error naming it") {
  RoadmapFile f = roadmap_file();
  try {
    resolve_ids(f, {"1.1.9"});
    FAIL("no error for an ID that does not exist");
  } catch (const CliError& e) {
    CHECK(e.diagnostic().kind == ErrorKind::Input);
    CHECK(e.diagnostic().message.find("'1.1.9'") != std::string::npos);
    CHECK(e.diagnostic().message.find("roadmap.md") != std::string::npos);
  }
  try {
    resolve_ids(f, {"vectors"});
    FAIL("no error for text given as an ID");
  } catch (const CliError& e) {
    CHECK(e.diagnostic().kind == ErrorKind::Input);
    CHECK(e.hint().find("llm101 list vectors") != std::string::npos);
  }
}

TEST_CASE("completion: commands, options, option values and directives") {
  std::vector<std::string> all = complete({""});
  CHECK(has(all, "status"));
  CHECK(has(all, "log"));
  CHECK_FALSE(has(all, "__complete"));
  CHECK(complete({"che"}) == std::vector<std::string>{"check"});
  CHECK(has(complete({"log", "--pro"}), "--problem"));
  CHECK(has(complete({"--col"}), "--color"));
  CHECK(complete({"--color", ""}) == std::vector<std::string>{"auto", "always", "never"});
  CHECK(complete({"--color=n"}) == std::vector<std::string>{"--color=never"});
  CHECK(complete({"-C", ""}) == std::vector<std::string>{":dirs"});
  CHECK(complete({"--roadmap", ""}) == std::vector<std::string>{":files"});
  CHECK(complete({"nosuchcommand", ""}).empty());
}

TEST_CASE("completion: IDs come from the roadmap the words name") {
  test::TempDir d;
  REQUIRE(io::write_file_atomic(d.path + "/plan.md", kRoadmap).ok());
  CHECK(complete({"--roadmap", "plan.md", "check", "1.1"}, d.path) ==
        std::vector<std::string>{"1.1", "1.1.1", "1.1.2"});
  CHECK(complete({"-C", d.path, "--roadmap", "plan.md", "show", "2"}) == std::vector<std::string>{"2", "2.1", "2.1.1"});
  CHECK(complete({"--roadmap", "plan.md", "check", "--", "2.1."}, d.path) == std::vector<std::string>{"2.1.1"});
  // Only what the command accepts: resources takes stages and sections, log --item items.
  CHECK(complete({"--roadmap", "plan.md", "resources", "1"}, d.path) == std::vector<std::string>{"1", "1.1", "1.2"});
  CHECK(complete({"--roadmap", "plan.md", "log", "--item", "1"}, d.path) ==
        std::vector<std::string>{"1.1.1", "1.1.2", "1.2.1"});
  CHECK(complete({"--roadmap", "plan.md", "next", "--path", ""}, d.path).empty());  // no learning paths
  CHECK(complete({"help", "sta"}) == std::vector<std::string>{"status", "start", "stats"});
}
