#include "cli/command.h"

namespace llm101::cli {

bool Args::has(std::string_view name) const { return values_.find(name) != values_.end(); }

std::string Args::get(std::string_view name, std::string_view fallback) const {
  auto it = values_.find(name);
  if (it == values_.end() || it->second.empty()) return std::string(fallback);
  return it->second.back();
}

const std::vector<std::string>& Args::all(std::string_view name) const {
  static const std::vector<std::string> kNone;
  auto it = values_.find(name);
  return it == values_.end() ? kNone : it->second;
}

void Args::set(std::string name, std::vector<std::string> values) {
  values_[std::move(name)] = std::move(values);
}

std::string option_key(std::string_view names) {
  // The last "--long" name wins; else the short one without its dash.
  std::string key;
  std::size_t pos = 0;
  while (pos <= names.size()) {
    std::size_t comma = names.find(',', pos);
    std::string_view part = names.substr(pos, comma == std::string_view::npos ? names.npos : comma - pos);
    if (part.substr(0, 2) == "--") key = std::string(part.substr(2));
    else if (key.empty() && part.substr(0, 1) == "-") key = std::string(part.substr(1));
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  return key;
}

}  // namespace llm101::cli
