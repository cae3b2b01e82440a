// Reading the journal directory: only YYYY-MM-DD.md files, sorted by date, warnings with file:line,
// and a multi-year generated journal read back with the same figures it was written with.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <string>

#include "core/journal_report.h"
#include "core/stats.h"
#include "core/stats_report.h"
#include "io/fs.h"
#include "io/journal.h"
#include "support.h"

using namespace llm101;

using test::TempDir;

TEST_CASE("a missing journal directory is an empty journal") {
  TempDir d;
  auto r = io::read_journal(d.path + "/nope", "journal", false);
  REQUIRE(r.ok());
  CHECK(r->empty());
}

TEST_CASE("only entry files are read, in date order, with file:line warnings") {
  TempDir d;
  REQUIRE(io::write_file_atomic(d.path + "/2026-11-29.md", "**学习时长**: 2h\n").ok());
  REQUIRE(io::write_file_atomic(d.path + "/2026-11-02.md", "**学习内容**: x\n**学习时长**: lots\n").ok());
  REQUIRE(io::write_file_atomic(d.path + "/README.md", "**学习时长**: 5h\n").ok());
  REQUIRE(io::write_file_atomic(d.path + "/2026-02-30.md", "**学习时长**: 5h\n").ok());
  REQUIRE(io::write_file_atomic(d.path + "/2026-11-03.md~", "**学习时长**: 5h\n").ok());
  ::mkdir((d.path + "/2026-11-04.md").c_str(), 0755);
  auto r = io::read_journal(d.path, "journal", true);
  REQUIRE(r.ok());
  REQUIRE(r->size() == 2);
  CHECK((*r)[0].date == "2026-11-02");
  CHECK((*r)[0].minutes == 0);
  REQUIRE((*r)[0].warnings.size() == 1);
  CHECK((*r)[0].warnings[0].format().rfind("journal/2026-11-02.md:2: ", 0) == 0);
  CHECK((*r)[1].file == "journal/2026-11-29.md");
  CHECK((*r)[1].minutes == 120);
}

TEST_CASE("write → read round trip on a generated three-year journal") {
  TempDir d;
  Date today = *parse_date("2026-11-29");
  int written = 0, days = 0;
  for (int i = 0; i < 3 * 365; ++i) {
    Date day = add_days(today, -i);
    if (i % 7 == 3) continue;  // a rest day each week
    EntryChange c;
    c.minutes = 45 + 15 * (i % 5);
    c.studied = {"note"};
    if (i % 11 == 0) c.completed = {{"1.1." + std::to_string(i % 4 + 1), "", 0}};
    std::string path = d.path + "/" + format_date(day) + ".md";
    auto text = apply_change(new_entry_text(format_date(day), i % 2 ? Language::Zh : Language::En), c, Language::Zh);
    REQUIRE(text.ok());
    REQUIRE(io::write_file_atomic(path, *text).ok());
    written += c.minutes;
    ++days;
  }
  auto r = io::read_journal(d.path, "journal", false);
  REQUIRE(r.ok());
  JournalSummary s = summarize(*r, today, WeekStart::Monday);
  CHECK(s.entries == days);
  CHECK(s.total_minutes == written);
  CHECK(s.streaks.longest == 6);
  CHECK(s.streaks.current == 3);  // today back to the rest day 3 days ago
  CHECK(s.last_entry == "2026-11-29");
}
