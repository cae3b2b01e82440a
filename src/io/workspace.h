// A workspace is the nearest directory, from the working directory upward, that holds
// llm101.toml (found the way git finds .git). It names the roadmap and the journal.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/error.h"

namespace llm101::io {

inline constexpr const char* kConfigFile = "llm101.toml";

struct Workspace {
  std::string root;          // absolute directory holding llm101.toml
  std::string config_path;   // root/llm101.toml
  Config config;
  std::string roadmap_path;  // root/config.roadmap
  std::string journal_dir;   // root/config.journal
};

// The nearest directory from `start` upward holding llm101.toml; nullopt when there is none.
std::optional<std::string> find_workspace_root(const std::string& start);

// Reads and checks root/llm101.toml; unknown keys land in `warnings`.
Expected<Workspace> load_workspace(const std::string& root, std::vector<Diagnostic>& warnings);

}  // namespace llm101::io
