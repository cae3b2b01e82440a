// The command table: the order here is the order of `llm101 --help`.
#include "cli/commands.h"

#include "core/i18n.h"

namespace llm101::cli {

const std::vector<CommandSpec>& all_commands() {
  static const std::vector<CommandSpec> commands = {
      complete_command(),  // hidden (not in --help): for completions/ and the man-page test
      merge_driver_command(),  // hidden: git runs it for roadmap.md and journal/*.md
      status_command(), list_command(),    next_command(),
      check_command(),  uncheck_command(),   start_command(),     skip_command(),
      unskip_command(), log_command(),       journal_command(),
      stats_command(),  show_command(),      resources_command(), projects_command(),
      path_command(),   outline_command(),   export_command(),    init_command(),
      undo_command(),   sync_command(),      upgrade_command(),   help_command(),
  };
  return commands;
}

const std::vector<OptionSpec>& global_options() {
  static const std::vector<OptionSpec> options = {
      {"-C", N_("Run as if started in DIR"), "DIR", ""},
      {"--roadmap", N_("Use this roadmap file (works outside a workspace)"), "FILE", ""},
      {"--color", N_("Colour output: auto (on a terminal, unless NO_COLOR), always, never"), "WHEN", "auto", {"auto", "always", "never"}},
      {"-q,--quiet", N_("Print no notes or summaries, only data and errors"), "", ""},
      {"-h,--help", N_("Print this help message and exit"), "", ""},
      {"-V,--version", N_("Display program version information and exit"), "", ""},
  };
  return options;
}

}  // namespace llm101::cli
