// Translation of user-facing text through GNU gettext (libintl, part of glibc; domain "llm101").
// These functions only look text up in the catalog the front end chose once at start-up
// (cli/language.h); with none chosen (unit tests, fuzzers, LANG=C) they return the English text.
// How to mark a string: see I18N-HOWTO.md. xgettext finds the calls by these names.
#pragma once

#include <libintl.h>

#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace llm101 {

inline constexpr const char* kTextDomain = "llm101";

// The translation of `msgid` (a string literal; the English text is the key).
inline const char* _(const char* msgid) { return ::dgettext(kTextDomain, msgid); }

// Marks a literal for extraction without translating it: for tables built before the language
// is known (the command table) and values that are also JSON (stats verdicts). Translate them
// with _() where they are shown.
constexpr const char* N_(const char* msgid) { return msgid; }

// The singular or plural form for `n` (Chinese has one form; English two).
inline const char* _n(const char* singular, const char* plural, unsigned long n) {
  return ::dngettext(kTextDomain, singular, plural, n);
}

// True when the catalog in use is Chinese (its header says "Language: zh…"). Dates and durations
// follow it (2026年11月29日, 2小时30分钟): their shape differs, not only their words.
inline bool ui_is_chinese() {
  const std::string_view header = ::dgettext(kTextDomain, "");  // a catalog's header; "" without one
  const std::size_t at = header.find("\nLanguage: zh");
  return at != std::string_view::npos || header.substr(0, 12) == "Language: zh";
}

namespace i18n_detail {
// fmt's compile-time check covers the English text; a translation is checked by the po test and,
// should a broken one slip through, the English text is used instead of failing the command.
template <class... T>
std::string format_translated(const char* translated, fmt::string_view english, T&&... args) {
  if (translated != english.data()) {
    try {
      return fmt::vformat(translated, fmt::make_format_args(args...));
    } catch (const fmt::format_error&) {
    }
  }
  return fmt::vformat(english, fmt::make_format_args(args...));
}
}  // namespace i18n_detail

// Translates, then formats like fmt::format: _f("{} items checked", n).
template <class... T>
std::string _f(fmt::format_string<T...> msgid, T&&... args) {
  const fmt::string_view english = msgid;
  return i18n_detail::format_translated(_(english.data()), english, args...);
}

// Chooses the form for `n`, translates, then formats; `n` is not passed on by itself:
// _nf("{} item checked", "{} items checked", n, n).
template <class... T>
std::string _nf(fmt::format_string<T...> singular, fmt::format_string<T...> plural, unsigned long n,
                T&&... args) {
  const fmt::string_view one = singular, many = plural;
  const fmt::string_view english = n == 1 ? one : many;
  const char* translated = _n(one.data(), many.data(), n);
  return i18n_detail::format_translated(translated, english, args...);
}

}  // namespace llm101
