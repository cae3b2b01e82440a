// One function per command file, each returning its declaration. Listed in registry.cc.
#pragma once

#include "cli/command.h"

namespace llm101::cli {

CommandSpec complete_command();  // hidden: llm101 __complete
CommandSpec merge_driver_command();  // hidden: git runs it (merge.llm101.driver)
CommandSpec init_command();
CommandSpec status_command();
CommandSpec list_command();
CommandSpec next_command();
CommandSpec check_command();
CommandSpec uncheck_command();
CommandSpec start_command();
CommandSpec skip_command();
CommandSpec unskip_command();
CommandSpec log_command();
CommandSpec journal_command();
CommandSpec stats_command();
CommandSpec show_command();
CommandSpec resources_command();
CommandSpec projects_command();
CommandSpec path_command();
CommandSpec outline_command();
CommandSpec undo_command();
CommandSpec sync_command();
CommandSpec upgrade_command();
CommandSpec export_command();
CommandSpec help_command();


class Context;

// For `llm101 __complete words`: what may follow `words` (the command line after "llm101"; the
// last one is the word being completed, possibly empty), appended to ctx.out as one
// "CANDIDATE<TAB>DESCRIPTION" per line, or a directive line ":files" / ":dirs" when the shell
// should complete file names.
void complete_words(Context& ctx, const std::vector<std::string>& words);

}  // namespace llm101::cli
