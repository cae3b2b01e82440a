// llm101 help [COMMAND]: the same text as `llm101 --help` or `llm101 COMMAND --help`, for users
// who type help as a word (as with git). The text comes from the front end's parser
// (Context::help_text), which is built from the command table, so it cannot differ.
#include "cli/commands.h"
#include "cli/context.h"
#include "core/i18n.h"

namespace llm101::cli {
namespace {

int run_help(Context& ctx, const Args& args) {
  const std::string name = args.get("COMMAND");
  std::optional<std::string> text = ctx.help_text ? ctx.help_text(name) : std::nullopt;
  if (!text) {
    std::string s = suggest_command(name);
    throw CliError(input_error(_f("unknown command '{}'", name)),
                   s.empty() ? _("run 'llm101 --help' for the list of commands")
                             : _f("did you mean 'llm101 {}'?", "help " + s));
  }
  ctx.out += *text;
  return 0;
}

}  // namespace

CommandSpec help_command() {
  return {
      .name = "help",
      .summary = N_("Show the help of llm101 or of one command (as --help does)"),
      .examples = N_("  llm101 help                   the commands and global options\n"
                     "  llm101 help check             check's options and examples\n"),
      .options = {},
      .positionals = {{"COMMAND", N_("The command to explain; none: llm101 itself"), false, false, {}, Completes::Commands}},
      .needs = Needs::Nothing,
      .hidden = false,
      .run = run_help,
  };
}

}  // namespace llm101::cli
