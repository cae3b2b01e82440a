// JSON output for --json: toml++'s JSON formatter, so llm101 writes no JSON serialiser of its own.
#pragma once

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <string_view>

namespace llm101 {

// toml++ has no null: a string holding this prints as JSON null through to_json_text. It starts
// with a NUL, which no roadmap text holds (Document blanks NULs). For keys whose value is
// unknown, which are present all the same (share/schema/ requires every key).
inline constexpr std::string_view kJsonNull{"\0llm101:null", 12};
inline toml::value<std::string> json_null() { return toml::value<std::string>(std::string(kJsonNull)); }

// `key`: the value, or null when there is none.
template <class T>
void insert_or_null(toml::table& t, std::string_view key, const std::optional<T>& v) {
  if (v) t.insert(key, *v);
  else t.insert(key, json_null());
}

// `node` as JSON text ending in a newline; kJsonNull strings become null.
std::string to_json_text(const toml::node& node);

// Writes the json_null() placeholders in JSON text as null (to_json_text does it; for text made
// by toml::json_formatter directly).
void write_nulls(std::string& json);

// `text` as a JSON string, or null when it is empty.
toml::value<std::string> string_or_null(std::string_view text);

}  // namespace llm101
