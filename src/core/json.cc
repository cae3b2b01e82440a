#include "core/json.h"

#include <sstream>

namespace llm101 {

std::string to_json_text(const toml::node& node) {
  std::ostringstream os;
  os << toml::json_formatter{node};
  os << '\n';
  return os.str();
}

}  // namespace llm101
