// JSON output for --json: toml++'s JSON formatter, so llm101 writes no JSON serialiser of its own.
#pragma once

#include <toml++/toml.h>

#include <string>

namespace llm101 {

// `node` as JSON text ending in a newline.
std::string to_json_text(const toml::node& node);

// A value that to_json_text writes as JSON null (TOML has none): for keys whose value is unknown,
// which are present all the same (share/schema/ requires every key).
toml::value<std::string> json_null();

// Writes the json_null() placeholders in JSON text as null (to_json_text does it; for text made
// by toml::json_formatter directly).
void write_nulls(std::string& json);

// `text` as a JSON string, or null when it is empty.
toml::value<std::string> string_or_null(std::string_view text);

}  // namespace llm101
