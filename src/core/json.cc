#include "core/json.h"

#include <sstream>

namespace llm101 {

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
  static constexpr std::string_view escaped = "\"\\u0000llm101:null\"";  // as the formatter writes it
  for (std::size_t at = json.find(escaped); at != std::string::npos; at = json.find(escaped, at))
    json.replace(at, escaped.size(), "null");
}

}  // namespace llm101
