#include <catch2/catch.hpp>

#include "core/config.h"
#include "core/gitflow.h"

using namespace llm101;

TEST_CASE("attribute lines follow the configured paths and escape what git would read as syntax") {
  CHECK(attribute_lines("roadmap.md", "journal") ==
        std::vector<std::string>{"roadmap.md merge=llm101", "journal/*.md merge=llm101"});
  CHECK(attribute_lines("./study/plan.md", "study/log/") ==
        std::vector<std::string>{"study/plan.md merge=llm101", "study/log/*.md merge=llm101"});
  CHECK(attribute_lines("[draft]*.md", "my notes") ==
        std::vector<std::string>{"\\[draft]\\*.md merge=llm101", "\"my notes/*.md\" merge=llm101"});
  CHECK(attribute_lines("#plan.md", "j")[0] == "\"#plan.md\" merge=llm101");
  // Outside the top, control characters, or a journal at the top itself: no line.
  CHECK(attribute_lines("../plan.md", "").empty());
  CHECK(attribute_lines("a\nb.md", "x/../y").empty());
}

TEST_CASE("attribute lines are appended once, after a final newline") {
  std::vector<std::string> lines = attribute_lines("roadmap.md", "journal"), added;
  auto text = add_attribute_lines("*.png binary", lines, added);
  REQUIRE(text);
  CHECK(*text == "*.png binary\nroadmap.md merge=llm101\njournal/*.md merge=llm101\n");
  CHECK(added.size() == 2);
  CHECK_FALSE(add_attribute_lines(*text, lines, added));
  CHECK(added.empty());
  // One present (CRLF file), one missing.
  auto half = add_attribute_lines("roadmap.md merge=llm101\r\n", lines, added);
  REQUIRE(half);
  CHECK(*half == "roadmap.md merge=llm101\r\njournal/*.md merge=llm101\n");
  // A quoted pattern is matched as a whole.
  std::vector<std::string> quoted = attribute_lines("my plan.md", "my notes");
  auto q = add_attribute_lines("", quoted, added);
  REQUIRE(q);
  CHECK_FALSE(add_attribute_lines(*q, quoted, added));
  CHECK(add_attribute_lines("", {}, added) == std::nullopt);
}

TEST_CASE("the driver command is quoted for the shell") {
  CHECK(driver_command("llm101") == "llm101 merge-driver %O %A %B %P");
  CHECK(driver_command("/opt/my tools/llm101") == "'/opt/my tools/llm101' merge-driver %O %A %B %P");
  CHECK(shell_quote("it's") == "'it'\\''s'");
  CHECK(shell_quote("") == "''");
  CHECK(shell_quote("$(rm -rf ~)") == "'$(rm -rf ~)'");
}

TEST_CASE("commit messages carry trailers that the log reader finds again") {
  std::string m = commit_message("check 3.1.2 多头注意力", "check 3.1.2");
  CHECK(m == "check 3.1.2 多头注意力\n\nLlm101-Command: check 3.1.2\n");
  std::string u = commit_message("undo: log", "undo", {"This reverts commit abc."}, "abc");
  CHECK(u == "undo: log\n\nThis reverts commit abc.\n\nLlm101-Command: undo\nLlm101-Undoes: abc\n");
  std::string log = "h3\x1fs3\x1f" + u + std::string(1, '\0') + "\nh2\x1fs2\x1fplain commit\n\nno trailer\n" +
                    std::string(1, '\0') + "\nh1\x1fs1\x1f" + m + std::string(1, '\0');
  std::vector<LogRecord> r = parse_log_records(log);
  REQUIRE(r.size() == 3);
  CHECK(r[0].hash == "h3");
  CHECK(r[0].short_hash == "s3");
  CHECK(r[0].subject == "undo: log");
  CHECK(r[0].command == "undo");
  CHECK(r[0].undoes == "abc");
  CHECK(r[1].command.empty());
  CHECK(r[2].subject == "check 3.1.2 多头注意力");
  CHECK(r[2].command == "check 3.1.2");
  // A trailer quoted in the middle of a line is not a trailer.
  CHECK(parse_log_records("h\x1fs\x1fsubject says Llm101-Command: x\n")[0].command.empty());
}

TEST_CASE("undo takes the newest llm101 change not undone yet") {
  auto rec = [](std::string h, std::string cmd, std::string undoes = {}) {
    return LogRecord{h, h, "s", cmd, undoes};
  };
  std::vector<LogRecord> log = {rec("u2", "undo", "c2"), rec("x", ""), rec("c2", "log 2026-11-29"),
                                rec("s", "sync"), rec("c1", "check 1.1.1"), rec("i", "init")};
  CHECK(undo_target(log) == std::optional<std::size_t>(4));
  log.erase(log.begin());
  CHECK(undo_target(log) == std::optional<std::size_t>(1));
  CHECK_FALSE(undo_target({rec("i", "init"), rec("s", "sync"), rec("x", "")}));
  CHECK_FALSE(undo_target({rec("u", "undo", "c"), rec("c", "check 1")}));
}

TEST_CASE("subjects and the items that changed state") {
  CHECK(items_subject("check", {"3.1.2"}, {"3.1.2 多头注意力"}) == "check 3.1.2 多头注意力");
  CHECK(items_subject("uncheck", {"1.2", "3.1.2"}, {"a", "b", "c"}) == "uncheck 1.2 3.1.2 (3 items)");
  Roadmap before = parse_roadmap("## A\n- [ ] one\n- [x] two\n- [ ] three\n");
  Roadmap after = parse_roadmap("## A\n- [x] one\n- [ ] two\n- [ ] three\n- [x] four\n");
  CHECK(items_turned(before, after, true) == std::vector<std::string>{"1 one", "4 four"});
  CHECK(items_turned(before, after, false) == std::vector<std::string>{"2 two"});
}

TEST_CASE("the sync report says what came in and what went out") {
  SyncReport r;
  r.upstream = "origin/main";
  CHECK(render_sync_report(r) == "in:  nothing new from origin/main\nout: nothing to push to origin/main\n");
  r.committed = {"roadmap.md"};
  r.in_subjects = {"log 2026-11-29 +2h", "check 2.1.1 前馈神经网络"};
  r.newly_done = {"2.1.1 前馈神经网络"};
  r.minutes_in = 150;
  r.out_subjects = {"sync: roadmap.md"};
  CHECK(render_sync_report(r) ==
        "committed: roadmap.md\n"
        "in:  2 commits from origin/main\n"
        "    log 2026-11-29 +2h\n"
        "    check 2.1.1 前馈神经网络\n"
        "  newly done: 2.1.1 前馈神经网络\n"
        "  hours: +2.5h\n"
        "out: 1 commit to origin/main\n"
        "    sync: roadmap.md\n");
  r.minutes_in = -60;
  CHECK(render_sync_report(r).find("  hours: -1h\n") != std::string::npos);
}

TEST_CASE("git.commit in llm101.toml, as a table or a dotted key") {
  for (const char* text : {"[git]\ncommit = true\n", "git.commit = true\n"}) {
    auto c = parse_config(text, "llm101.toml");
    REQUIRE(c.ok());
    CHECK(c->config.git_commit);
  }
  CHECK_FALSE(parse_config("", "f")->config.git_commit);
  CHECK_FALSE(parse_config("git = 1\n", "f").ok());
  CHECK_FALSE(parse_config("[git]\ncommit = \"yes\"\n", "f").ok());
  auto w = parse_config("[git]\nkommit = true\n", "f");
  REQUIRE(w.ok());
  CHECK(w->warnings.size() == 1);
  // What init writes inside git turns commits on, and a key appended later stays top-level.
  Config on;
  on.git_commit = true;
  auto back = parse_config(default_config_text(on) + "path = \"初学者路径\"\n", "f");
  REQUIRE(back.ok());
  CHECK(back->config.git_commit);
  CHECK(back->config.path == "初学者路径");
  CHECK(back->warnings.empty());
}
