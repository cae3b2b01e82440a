// One function per command file, each returning its declaration. Listed in registry.cc.
#pragma once

#include "cli/command.h"

namespace llm101::cli {

CommandSpec complete_command();  // hidden: llm101 __complete
CommandSpec init_command();
CommandSpec status_command();
CommandSpec list_command();
CommandSpec next_command();
CommandSpec check_command();
CommandSpec uncheck_command();
CommandSpec log_command();
CommandSpec journal_command();
CommandSpec stats_command();
CommandSpec show_command();
CommandSpec resources_command();
CommandSpec projects_command();
CommandSpec path_command();
CommandSpec undo_command();
CommandSpec sync_command();

}  // namespace llm101::cli
