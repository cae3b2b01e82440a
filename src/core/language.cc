#include "core/language.h"

namespace llm101 {
namespace {

// "zh_CN.UTF-8@latin" → "zh_CN".
std::string_view strip_codeset(std::string_view locale) {
  return locale.substr(0, locale.find_first_of(".@"));
}

bool is_english(std::string_view name) {
  std::string_view base = strip_codeset(name);
  return base.empty() || base == "C" || base == "POSIX" || base == "en" ||
         (base.size() > 2 && base.substr(0, 3) == "en_");
}

// LANGUAGE's entries up to the first English one, joined again with ':'.
std::string before_english(std::string_view list) {
  std::string out;
  while (!list.empty()) {
    std::size_t colon = list.find(':');
    std::string_view entry = list.substr(0, colon);
    list = colon == std::string_view::npos ? std::string_view{} : list.substr(colon + 1);
    if (entry.empty()) continue;
    if (is_english(entry)) break;
    if (!out.empty()) out += ':';
    out += strip_codeset(entry);
  }
  return out;
}

}  // namespace

bool is_ui_language_setting(std::string_view setting) {
  return setting.empty() || setting == "auto" || setting == "en" || setting == "zh_CN";
}

std::string choose_language(const LocaleVariables& env, std::string_view setting) {
  if (setting == "en") return {};
  if (setting == "zh_CN") return "zh_CN";
  std::string_view locale;
  for (const std::string* v : {&env.lc_all, &env.lc_messages, &env.lang})
    if (locale.empty() && !v->empty()) locale = *v;
  // A C locale (C.UTF-8 too: "no localisation, UTF-8") ignores LANGUAGE, so `LC_ALL=C.UTF-8`
  // pins English for scripts and tests whatever LANGUAGE the desktop sets.
  if (strip_codeset(locale) == "C" || strip_codeset(locale) == "POSIX") return {};
  if (!env.language.empty()) return before_english(env.language);
  if (is_english(locale)) return {};
  return std::string(strip_codeset(locale));
}

}  // namespace llm101
