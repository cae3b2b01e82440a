// llm101 merge-driver BASE OURS THEIRS [PATH]: the merge driver git runs for the roadmap and the
// journal entries (merge.llm101.driver = "llm101 merge-driver %O %A %B %P"). Hidden from --help;
// needs no workspace and writes nothing but OURS.
#include "cli/commands.h"
#include "cli/context.h"
#include "core/i18n.h"
#include "core/merge.h"

namespace llm101::cli {
namespace {

int run_merge_driver(Context& ctx, const Args& args) {
  const std::vector<std::string>& files = args.all("FILES");
  if (files.size() < 3 || files.size() > 4)
    throw CliError(input_error(_("merge-driver takes BASE OURS THEIRS [PATH] (git's %O %A %B %P)")),
                   _("register it with: git config merge.llm101.driver \"llm101 merge-driver %O %A %B %P\""));
  const std::string base = unwrap(io::read_file(files[0]));
  const std::string ours = unwrap(io::read_file(files[1]));
  const std::string theirs = unwrap(io::read_file(files[2]));
  const std::string& path = files.size() == 4 ? files[3] : files[1];
  const MergeResult r = is_journal_entry_path(path) ? merge_journal_entry(base, ours, theirs)
                                                    : merge_roadmap(base, ours, theirs);
  unwrap(io::write_file_atomic(files[1], r.text));
  if (r.conflicts == 0) return 0;
  ctx.note(_nf("{}: {} conflict left with markers", "{}: {} conflicts left with markers",
               static_cast<unsigned long>(r.conflicts), path, r.conflicts));
  return 1;
}

}  // namespace

CommandSpec merge_driver_command() {
  return {
      .name = "merge-driver",
      .summary = N_("The three-way merge driver git runs for the roadmap and the journal"),
      .examples = N_("  git config merge.llm101.driver \"llm101 merge-driver %O %A %B %P\"\n"),
      .options = {},
      .positionals = {{"FILES", N_("BASE OURS THEIRS [PATH]"), true, false}},
      .needs = Needs::Nothing,
      .hidden = true,
      .run = run_merge_driver,
  };
}

}  // namespace llm101::cli
