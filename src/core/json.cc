#include "core/json.h"

#include <sstream>

namespace llm101 {

std::string to_json_text(const toml::node& node) {
  std::ostringstream os;
  os << toml::json_formatter{node};
  os << '\n';
  std::string out = os.str();
  static constexpr std::string_view escaped = "\"\\u0000llm101:null\"";  // as the formatter writes it
  for (std::size_t at = out.find(escaped); at != std::string::npos; at = out.find(escaped, at))
    out.replace(at, escaped.size(), "null");
  return out;
}

}  // namespace llm101
