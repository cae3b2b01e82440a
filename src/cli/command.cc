// Args, option names, and the command-word checks of the front end (unknown command, "did you
// mean"): plain functions over the command table, so the unit tests reach them.
#include "cli/command.h"

#include <algorithm>

#include "core/text.h"

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

std::optional<std::string_view> unknown_command(const std::vector<std::string_view>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view a = words[i];
    bool takes_value = false;
    for (const OptionSpec& o : global_options())
      takes_value = takes_value || (!o.value_name.empty() && option_key(o.names) == option_key(a));
    if (takes_value && a.find('=') == std::string_view::npos) {
      ++i;
      continue;
    }
    if (a.empty() || a[0] == '-') continue;
    for (const CommandSpec& c : all_commands())
      if (c.name == a) return std::nullopt;
    return a;
  }
  return std::nullopt;
}

std::vector<std::string> option_names(std::string_view names) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= names.size()) {
    std::size_t comma = names.find(',', pos);
    std::string_view part = names.substr(pos, comma == std::string_view::npos ? names.npos : comma - pos);
    if (!part.empty()) out.emplace_back(part);
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  return out;
}

std::string suggest_command(std::string_view typo) {
  std::string best;
  std::size_t best_d = 3;
  for (const CommandSpec& c : all_commands()) {
    if (c.hidden) continue;
    std::size_t d = edit_distance(typo, c.name);
    if (d < best_d || (starts_with(c.name, typo) && typo.size() >= 2 && d <= best_d + 2 && best.empty())) {
      best_d = std::min(d, best_d);
      best = c.name;
    }
  }
  return best;
}

std::string suggest_option(const CommandSpec* command, std::string_view typo) {
  auto bare = [](std::string_view n) { return n.substr(std::min(n.find_first_not_of('-'), n.size())); };
  const std::string_view t = bare(typo.substr(0, typo.find('=')));
  // One edit in three letters at most, so "-x" is never taken for "-C".
  std::size_t best_d = std::min<std::size_t>(2, t.size() / 3) + 1;
  std::string best;
  std::vector<const OptionSpec*> candidates;
  if (command)
    for (const OptionSpec& o : command->options) candidates.push_back(&o);
  for (const OptionSpec& o : global_options()) candidates.push_back(&o);
  for (const OptionSpec* o : candidates)
    for (const std::string& n : option_names(o->names)) {
      std::size_t d = edit_distance(t, bare(n));
      if (d < best_d) {
        best_d = d;
        best = n;
      }
    }
  return best;
}

}  // namespace llm101::cli
