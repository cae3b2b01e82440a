// JSON output for --json: toml++'s JSON formatter, so llm101 writes no JSON serialiser of its own.
#pragma once

#include <toml++/toml.h>

#include <string>
#include <string_view>

namespace llm101 {

// `node` as JSON text ending in a newline.
std::string to_json_text(const toml::node& node);

// `s` as a JSON string, quoted and escaped as the formatter above does (control characters as
// \b \t \n \f \r or \u00XX, DEL as \u007F), appended to `out`: for outputs written directly.
void append_json_string(std::string& out, std::string_view s);

}  // namespace llm101
