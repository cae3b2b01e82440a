// JSON output for --json: toml++'s JSON formatter, so llm101 writes no JSON serialiser of its own.
#pragma once

#include <toml++/toml.h>

#include <string>

namespace llm101 {

// `node` as JSON text ending in a newline.
std::string to_json_text(const toml::node& node);

}  // namespace llm101
