// Which language llm101 speaks: the `ui_language` setting of llm101.toml wins, else the usual
// locale variables in gettext's order. Pure: the caller reads the environment and the setting.
#pragma once

#include <string>
#include <string_view>

namespace llm101 {

// The locale variables as the process found them ("" when unset).
struct LocaleVariables {
  std::string language;     // LANGUAGE: a priority list, "zh_CN:en"
  std::string lc_all;       // LC_ALL
  std::string lc_messages;  // LC_MESSAGES
  std::string lang;         // LANG
};

// ui_language = "auto" | "en" | "zh_CN"; "" is "auto".
bool is_ui_language_setting(std::string_view setting);

// The gettext language list to look catalogs up in ("zh_CN", "fr:zh_CN"), or "" for English.
// "en" or "zh_CN" in the setting decide alone. Otherwise LANGUAGE, then the first set of LC_ALL,
// LC_MESSAGES and LANG; as in gettext, LANGUAGE is ignored when that locale is C or POSIX (and
// here C.UTF-8 too), so `LC_ALL=C.UTF-8 llm101` is always English. English entries end the list ("en:zh_CN" is English);
// C, POSIX and C.UTF-8 are English; a language without a catalog falls back to English later.
std::string choose_language(const LocaleVariables& env, std::string_view setting);

}  // namespace llm101
