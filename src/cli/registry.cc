// The command table: the order here is the order of `llm101 --help`.
#include "cli/commands.h"

namespace llm101::cli {

const std::vector<CommandSpec>& all_commands() {
  static const std::vector<CommandSpec> commands = {
      status_command(), list_command(),    next_command(),
      check_command(),  uncheck_command(), log_command(),
      journal_command(), stats_command(),  init_command(),
  };
  return commands;
}

}  // namespace llm101::cli
