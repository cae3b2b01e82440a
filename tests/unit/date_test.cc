#include <catch2/catch.hpp>

#include "core/date.h"

using namespace llm101;

TEST_CASE("YYYY-MM-DD dates parse strictly and print back") {
  auto d = parse_date("2026-11-29");
  REQUIRE(d);
  CHECK(format_date(*d) == "2026-11-29");
  CHECK(parse_date("2024-02-29"));
  for (const char* bad : {"2026-02-29", "2026-13-01", "2026-1-05", "2026/11/29", "2026-11-29x", "", "yesterday"})
    CHECK_FALSE(parse_date(bad));
}

TEST_CASE("the date argument accepts today, yesterday and a date") {
  Date today = *parse_date("2026-03-01");
  CHECK(format_date(*parse_date_arg("today", today)) == "2026-03-01");
  CHECK(format_date(*parse_date_arg("yesterday", today)) == "2026-02-28");
  CHECK(format_date(*parse_date_arg("2025-12-31", today)) == "2025-12-31");
  CHECK_FALSE(parse_date_arg("tomorrow", today));
  // Day arithmetic can leave the kept range; callers check in_date_range before using a date.
  CHECK_FALSE(in_date_range(*parse_date_arg("yesterday", *parse_date("1970-01-01"))));
  CHECK(in_date_range(*parse_date("9999-12-31")));
}

TEST_CASE("dates before 1970 are not dates llm101 keeps") {
  CHECK_FALSE(parse_date("0000-01-01"));
  CHECK_FALSE(parse_date("1969-12-31"));
  CHECK(parse_date("1970-01-01"));
}

TEST_CASE("weeks start on Monday or Sunday") {
  Date sun = *parse_date("2026-11-29");
  CHECK(std::string_view(weekday_name(sun)) == "Sun");
  CHECK(iso_weekday(sun) == 6);
  CHECK(format_date(week_start(sun, WeekStart::Monday)) == "2026-11-23");
  CHECK(format_date(week_start(sun, WeekStart::Sunday)) == "2026-11-29");
  CHECK(format_date(week_start(*parse_date("2026-11-28"), WeekStart::Sunday)) == "2026-11-22");
  CHECK(month_key(sun) == "2026-11");
  CHECK(std::string_view(month_name(sun)) == "Nov");
  CHECK(days_between(*parse_date("2025-12-31"), *parse_date("2026-01-01")) == 1);
}
