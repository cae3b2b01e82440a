// llm101.toml: where the roadmap and journal live, and journal settings. Read with toml++;
// written once by `init` (from default_config_text) and never rewritten.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "core/hours.h"

namespace llm101 {

// What the journal's readers and writers take from the config.
struct JournalSettings {
  Language language = Language::Zh;
  WeekStart week_start = WeekStart::Monday;
  int daily_goal_minutes = 0;  // 0: no goal
};

struct Config {
  std::string roadmap = "roadmap.md";  // relative to the workspace root
  std::string journal = "journal";     // directory of daily entries, relative to the root
  Language journal_language = Language::Zh;  // journal_language = "zh" | "en": the entry template
  WeekStart week_start = WeekStart::Monday;  // week_start = "monday" | "sunday"
  int daily_goal_minutes = 0;                // daily_goal = 1.5 (hours) or "90min"; 0 = none
  std::string path;                    // chosen 推荐学习路径 ("初学者路径"); empty = none
  std::string ui_language;             // ui_language = "auto" | "en" | "zh_CN"; empty = auto
  // roadmap and journal may lead outside the workspace (absolute, "../", a journal symlinked out);
  // off by default, so a cloned repository cannot point llm101's writes at the user's files.
  bool allow_outside_workspace = false;
  bool git_commit = false;             // git.commit = true: each change is a git commit

  JournalSettings journal_settings() const { return {journal_language, week_start, daily_goal_minutes}; }
};

struct LoadedConfig {
  Config config;
  std::vector<Diagnostic> warnings;  // unknown keys and the like; not fatal
};

// Parses llm101.toml text. Syntax and type errors name `file`, line and column.
Expected<LoadedConfig> parse_config(std::string_view text, std::string_view file);

// The commented llm101.toml that `init` writes.
// (With `git_commit`, inside a git work tree, it turns commits on.)
std::string default_config_text(const Config& config);

}  // namespace llm101
