// One function per command file, each returning its declaration. Listed in registry.cc.
#pragma once

#include "cli/command.h"

namespace llm101::cli {

CommandSpec init_command();
CommandSpec status_command();
CommandSpec list_command();
CommandSpec next_command();
CommandSpec check_command();
CommandSpec uncheck_command();
CommandSpec log_command();
CommandSpec journal_command();
CommandSpec stats_command();

}  // namespace llm101::cli
