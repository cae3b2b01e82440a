// The interface language: which one the locale variables and ui_language choose, and that the
// build tree's zh_CN catalog translates, with plural forms and a broken translation falling back.
#include <libintl.h>

#include <catch2/catch.hpp>
#include <clocale>
#include <cstdlib>

#include "core/config.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/language.h"

using namespace llm101;

TEST_CASE("the setting wins over the environment") {
  LocaleVariables zh{"", "", "", "zh_CN.UTF-8"};
  LocaleVariables en{"", "", "", "en_US.UTF-8"};
  CHECK(choose_language(zh, "en").empty());
  CHECK(choose_language(en, "zh_CN") == "zh_CN");
  CHECK(choose_language(zh, "auto") == "zh_CN");
  CHECK(choose_language(zh, "") == "zh_CN");
  CHECK(choose_language(LocaleVariables{"", "C", "", ""}, "zh_CN") == "zh_CN");
}

TEST_CASE("LANGUAGE, LC_ALL, LC_MESSAGES, LANG in that order") {
  CHECK(choose_language({"", "", "", "zh_CN.UTF-8"}, "") == "zh_CN");
  CHECK(choose_language({"", "", "zh_CN.utf8", "en_US.UTF-8"}, "") == "zh_CN");
  CHECK(choose_language({"", "en_GB.UTF-8", "zh_CN.UTF-8", "zh_CN.UTF-8"}, "").empty());
  CHECK(choose_language({"zh_CN", "en_US.UTF-8", "", ""}, "") == "zh_CN");
  CHECK(choose_language({"en", "zh_CN.UTF-8", "", ""}, "").empty());
  CHECK(choose_language({"zh_CN:en", "", "", ""}, "") == "zh_CN");
  CHECK(choose_language({"fr:en:zh_CN", "", "", ""}, "") == "fr");  // English ends the list
  CHECK(choose_language({"", "", "", "zh_TW.UTF-8"}, "") == "zh_TW");  // no catalog: English later
}

TEST_CASE("C, POSIX and unset are English — a C locale ignores LANGUAGE, as in gettext") {
  CHECK(choose_language({"", "", "", ""}, "").empty());
  CHECK(choose_language({"", "C", "", "zh_CN.UTF-8"}, "").empty());
  CHECK(choose_language({"", "POSIX", "", ""}, "").empty());
  CHECK(choose_language({"", "", "", "C.UTF-8"}, "").empty());
  CHECK(choose_language({"zh_CN", "C", "", ""}, "").empty());
  CHECK(choose_language({"zh_CN", "", "", "C.UTF-8"}, "").empty());  // glibc would honour it
  CHECK(choose_language({"zh_CN", "C.utf8", "", ""}, "").empty());
  CHECK(choose_language({"zh_CN", "", "", ""}, "") == "zh_CN");
}

TEST_CASE("ui_language in llm101.toml is checked") {
  CHECK(parse_config("ui_language = \"zh_CN\"\n", "llm101.toml")->config.ui_language == "zh_CN");
  CHECK(parse_config("ui_language = \"auto\"\n", "llm101.toml")->config.ui_language == "auto");
  auto bad = parse_config("ui_language = \"chinese\"\n", "llm101.toml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().format() == "llm101.toml:1:15: 'ui_language' must be \"auto\", \"en\" or \"zh_CN\"");
  CHECK(parse_config("ui_language = \"zh_CN\"\n", "llm101.toml")->warnings.empty());
}

namespace {
// Points gettext at the build tree's catalog, as cli/language.cc does, and back on destruction.
struct Chinese {
  Chinese() {
    REQUIRE(std::setlocale(LC_MESSAGES, "C.UTF-8"));
    ::setenv("LANGUAGE", "zh_CN", 1);
    ::bindtextdomain(kTextDomain, LLM101_BUILD_LOCALEDIR);
    ::bind_textdomain_codeset(kTextDomain, "UTF-8");
  }
  ~Chinese() {
    ::unsetenv("LANGUAGE");
    std::setlocale(LC_MESSAGES, "C");
  }
};
}  // namespace

TEST_CASE("without a catalog the English text is used") {
  CHECK(std::string(_("Usage")) == "Usage");
  CHECK(_nf("all {} item is done", "all {} items are done", 1, 1) == "all 1 item is done");
  CHECK(_nf("all {} item is done", "all {} items are done", 3, 3) == "all 3 items are done");
  CHECK_FALSE(ui_is_chinese());
  CHECK(display_date(*parse_date("2026-11-29")) == "2026-11-29");
}

TEST_CASE("the build tree's zh_CN catalog translates, whatever locales the machine has") {
  Chinese zh;
  CHECK(std::string(_("Usage")) == "用法");
  CHECK(ui_is_chinese());
  CHECK(_nf("all {} item is done", "all {} items are done", 1, 1) == "全部 1 个条目都已完成");
  CHECK(_nf("all {} item is done", "all {} items are done", 70, 70) == "全部 70 个条目都已完成");
  CHECK(_f("no item, section or stage '{}' in {}", "9.9", "roadmap.md") ==
        "roadmap.md 中没有编号为「9.9」的条目、小节或阶段");
  CHECK(display_date(*parse_date("2026-11-29")) == "2026年11月29日");
  CHECK(display_month_day(*parse_date("2026-01-05")) == "1月5日");
  // Text that is not in the catalog stays English.
  CHECK(std::string(_("not a message llm101 has")) == "not a message llm101 has");
}

TEST_CASE("a broken translation falls back to the English text instead of failing") {
  const fmt::string_view english = "{} items";
  CHECK(i18n_detail::format_translated("{} 个条目", english, 3) == "3 个条目");
  CHECK(i18n_detail::format_translated("{} {} 个条目", english, 3) == "3 items");  // one field too many
  CHECK(i18n_detail::format_translated("{:q} 个条目", english, 3) == "3 items");   // a bad spec
  CHECK(i18n_detail::format_translated("{1}/{0}", fmt::string_view("{}/{}"), 1, 2) == "2/1");
}
