// Journal file names that miss YYYY-MM-DD.md, and the date an entry's header states.
#include <catch2/catch.hpp>

#include "core/journal_names.h"

using namespace llm101;

TEST_CASE("near-miss entry names say what was expected") {
  CHECK(misnamed_entry("2026-1-5.md") == "not read: journal entries are named YYYY-MM-DD.md; rename it to 2026-01-05.md");
  CHECK(misnamed_entry("2026_01_05.md")->find("rename it to 2026-01-05.md") != std::string::npos);
  CHECK(misnamed_entry("20260105.md")->find("rename it to 2026-01-05.md") != std::string::npos);
  CHECK(misnamed_entry("2026-02-30.md") == "not read: 2026-02-30 is not a date (journal entries are named YYYY-MM-DD.md)");
  CHECK(misnamed_entry("2026-13-01.md")->find("is not a date") != std::string::npos);
  CHECK(misnamed_entry("notes.md") == "not read: only files named YYYY-MM-DD.md are journal entries");
  CHECK(misnamed_entry("2026-11-29.MD").has_value());
}

TEST_CASE("files not meant as entries are passed over in silence") {
  for (const char* name : {"2026-11-29.md", "README.md", "readme.md", ".2026-11-29.md.123-abc.llm101-tmp", ".notes.md",
                           "2026-11-29.md~", "2026-11-29.md.swp", "image.png", "", ".md"}) {
    INFO(name);
    CHECK_FALSE(misnamed_entry(name).has_value());
  }
}

TEST_CASE("the date on an entry's first line") {
  CHECK(header_date("### 日期: 2026-02-01\n\n**学习内容**:\n") == "2026-02-01");
  CHECK(header_date("\xEF\xBB\xBF# 日期：2026-02-01\r\n") == "2026-02-01");
  CHECK(header_date("**日期**: 2026-02-01\n") == "2026-02-01");
  CHECK(header_date("### Date: 2026-02-01\n") == "2026-02-01");
  CHECK(header_date("**Date**：**2026-02-01**") == "2026-02-01");
  CHECK_FALSE(header_date("**学习内容**:\n### 日期: 2026-02-01\n").has_value());
  CHECK_FALSE(header_date("### 日期:\n").has_value());
  CHECK_FALSE(header_date("Dates I studied: many\n").has_value());
  CHECK_FALSE(header_date("").has_value());
}
