// The exports' core: markup escaping, the link rule, the calendar grid, and the SVG/HTML
// renderers on hostile titles and journal text.
#include <catch2/catch.hpp>

#include "core/export_html.h"
#include "core/export_svg.h"
#include "core/markup.h"

using namespace llm101;

namespace {

JournalEntry entry(std::string date, int minutes) {
  JournalEntry e;
  e.date = std::move(date);
  e.file = "journal/" + e.date + ".md";
  e.minutes = minutes;
  return e;
}

struct Fixture {
  std::string text;
  Roadmap rm;
  Guide guide;
  std::vector<JournalEntry> entries;
  ExportData data;
  explicit Fixture(std::string md, std::vector<JournalEntry> es = {}, JournalSettings settings = {})
      : text(std::move(md)), rm(parse_roadmap(text)), guide(parse_guide(text, rm)), entries(std::move(es)) {
    data = make_export_data(rm, guide, entries, *parse_date("2026-11-29"), settings);
  }
};

}  // namespace

TEST_CASE("escape_markup escapes the five characters and drops what XML cannot hold") {
  CHECK(escape_markup("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
  CHECK(escape_markup("注意力") == "注意力");
  CHECK(escape_markup(std::string("x\x01y\x7fz\tq\n", 9)) == "xyz q ");
  CHECK(escape_markup("\xC2\x85") == "");                 // C1 control (NEL)
  CHECK(escape_markup("\xEF\xBF\xBE") == "");             // U+FFFE
  CHECK(escape_markup("a\xFF" "b") == "a\xEF\xBF\xBD" "b");  // invalid byte → U+FFFD
  CHECK(escape_markup("\xE6\xB3") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated sequence
  CHECK(escape_markup(std::string("\0", 1)) == "");
  CHECK(scrub_text("a\tb\nc<d>\x02") == "a\tb\nc<d>");
}

TEST_CASE("only absolute http, https and mailto targets become links") {
  CHECK(is_safe_link("https://docs.python.org/3/tutorial/"));
  CHECK(is_safe_link("HTTP://example.com"));
  CHECK(is_safe_link("mailto:a@example.com"));
  CHECK_FALSE(is_safe_link("javascript:alert(1)"));
  CHECK_FALSE(is_safe_link("JaVaScRiPt:alert(1)"));
  CHECK_FALSE(is_safe_link(" https://x"));
  CHECK_FALSE(is_safe_link("https://x y"));
  CHECK_FALSE(is_safe_link("java\tscript:x"));
  CHECK_FALSE(is_safe_link("data:text/html,<script>"));
  CHECK_FALSE(is_safe_link("/etc/passwd"));
  CHECK_FALSE(is_safe_link("https://"));
  CHECK_FALSE(is_safe_link(""));
}

TEST_CASE("the calendar is 53 weeks ending with today's column, shaded by the stats levels") {
  JournalSettings s;
  s.daily_goal_minutes = 60;
  std::vector<JournalEntry> es = {entry("2025-11-01", 600), entry("2025-11-24", 20), entry("2026-06-01", 45),
                                  entry("2026-11-29", 120), entry("2026-11-30", 60)};
  Calendar cal = build_calendar(es, *parse_date("2026-11-29"), s);
  CHECK(format_date(cal.first) == "2025-11-24");  // a Monday, 52 weeks before this week's
  REQUIRE(cal.days.size() == 52 * 7 + 7);         // 2026-11-29 is a Sunday: the last column is full
  CHECK(cal.days.front().level == 1);             // 20 min: under half the goal
  CHECK(cal.days.back().level == 4);              // 2h: twice the goal
  CHECK(cal.total_minutes == 20 + 45 + 120);      // before the first column and after today: out
  s.week_start = WeekStart::Sunday;
  Calendar sun = build_calendar(es, *parse_date("2026-11-29"), s);
  CHECK(format_date(sun.first) == "2025-11-30");
  CHECK(sun.days.size() == 52 * 7 + 1);  // today opens its week: one day in the last column
}

TEST_CASE("SVGs are deterministic and carry hostile titles only as escaped text") {
  Fixture f("# x < y & \"q\" 'z' <script>alert(1)</script>\n\n## Stage 1 \"q\" </text>\n\n- [x] a\n- [ ] b\n\n"
            "## Stage 2 \x01\xFF\n\n- [ ] c\n",
            {entry("2026-11-28", 90), entry("2026-11-29", 30)});
  for (SvgTheme theme : {SvgTheme::Light, SvgTheme::Dark}) {
    for (auto render : {card_svg, calendar_svg, stages_svg}) {
      std::string svg = render(f.data, theme, ExportLabels{});
      CHECK(svg == render(f.data, theme, ExportLabels{}));
      CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
      CHECK(svg.find("<script") == std::string::npos);
      CHECK(svg.find("</text>\"") == std::string::npos);
      CHECK(svg.find('\x01') == std::string::npos);
      CHECK(svg.find('\xFF') == std::string::npos);
    }
  }
  std::string card = card_svg(f.data, SvgTheme::Light, ExportLabels{});
  CHECK(card.find("x &lt; y &amp; &quot;q&quot; &#39;z&#39;") != std::string::npos);
  CHECK(card.find(">33%<") != std::string::npos);
  CHECK(card.find(">2h<") != std::string::npos);
  CHECK(card.find(">2 days<") != std::string::npos);
  CHECK(card.find(">2026-11-29<") != std::string::npos);
  CHECK(card_svg(f.data, SvgTheme::Dark, ExportLabels{}) != card);
}

TEST_CASE("the HTML page links only safe targets and leaves journal HTML out") {
  Fixture f("# R\n\n## 阶段1：基础（1个月）\n\n**目标**: 打基础\n\n- [x] 一\n- [ ] 二\n\n"
            "- [ok](https://ok.example/a?b=1&c=2)\n- [bad](javascript:alert(1))\n- [rel](notes.md)\n",
            {entry("2026-11-29", 60)});
  std::vector<JournalPage> pages = {
      {&f.entries[0], "### 日期: 2026-11-29\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2)) **粗**\n"}};
  std::string html = render_html(f.data, pages, ExportLabels{});
  CHECK(html.find("<a href=\"https://ok.example/a?b=1&amp;c=2\"") != std::string::npos);
  CHECK(html.find("href=\"javascript") == std::string::npos);
  CHECK(html.find("javascript:alert(1)") != std::string::npos);  // shown as text
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<strong>粗</strong>") != std::string::npos);
  CHECK(html.find("打基础") != std::string::npos);
  CHECK(html.find("<li class=\"done depth-0\">") != std::string::npos);
  CHECK(markdown_to_html("a\x01<b>\xFF") == "<p>a<!-- raw HTML omitted -->\xEF\xBF\xBD</p>\n");
}
