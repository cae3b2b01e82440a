// JSON output for --json: toml++'s JSON formatter, so llm101 writes no JSON serialiser of its own.
#pragma once

#include <toml++/toml.h>

#include <string>
#include <string_view>

namespace llm101 {

// toml++ has no null: a string holding this prints as JSON null through to_json_text. It starts
// with a NUL, which no roadmap text holds (Document blanks NULs).
inline constexpr std::string_view kJsonNull{"\0llm101:null", 12};
inline toml::value<std::string> json_null() { return toml::value<std::string>(std::string(kJsonNull)); }

// `node` as JSON text ending in a newline; kJsonNull strings become null.
std::string to_json_text(const toml::node& node);

// `s` as a JSON string, quoted and escaped as the formatter above does (control characters as
// \b \t \n \f \r or \u00XX, DEL as \u007F), appended to `out`: for outputs written directly.
void append_json_string(std::string& out, std::string_view s);

}  // namespace llm101
