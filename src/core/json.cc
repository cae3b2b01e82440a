#include "core/json.h"

#include <sstream>

namespace llm101 {

namespace {
// A string no roadmap or journal yields (control characters around it), written as "\u0001…".
constexpr std::string_view kNull = "\x01llm101-null\x02";
constexpr std::string_view kNullJson = "\"\\u0001llm101-null\\u0002\"";
}  // namespace

toml::value<std::string> json_null() { return toml::value<std::string>(std::string(kNull)); }

toml::value<std::string> string_or_null(std::string_view text) {
  return text.empty() ? json_null() : toml::value<std::string>(std::string(text));
}

std::string to_json_text(const toml::node& node) {
  std::ostringstream os;
  os << toml::json_formatter{node};
  os << '\n';
  std::string out = os.str();
  write_nulls(out);
  return out;
}

void write_nulls(std::string& json) {
  for (std::size_t at = json.find(kNullJson); at != std::string::npos; at = json.find(kNullJson, at + 4))
    json.replace(at, kNullJson.size(), "null");
}

}  // namespace llm101
