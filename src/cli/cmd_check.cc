// llm101 check|uncheck ID...: set items' checkboxes in place, all or nothing. Each changed
// checkbox is one byte of the roadmap; nothing else in the file moves.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/journal_support.h"
#include "core/edit.h"

namespace llm101::cli {
namespace {

int set_state(Context& ctx, const Args& args, bool done) {
  io::DirLock lock = ctx.lock();  // held until the new file is in place
  const RoadmapFile& file = ctx.reload_roadmap();
  const Roadmap& rm = file.roadmap;
  std::vector<std::size_t> items = resolve_ids(file, args.all("ID"));
  if (rm.conflict_line) {
    Diagnostic d = input_error("git merge conflict markers; resolve the conflict before llm101 edits this file");
    d.file = file.path;
    d.line = rm.conflict_line;
    throw CliError(d);
  }
  std::vector<MarkEdit> edits;
  std::vector<std::size_t> changed;
  for (std::size_t i : items) {
    if (rm.items[i].done == done) continue;
    edits.push_back({rm.items[i].box, done ? 'x' : ' '});
    changed.push_back(i);
  }
  if (edits.empty()) {
    ctx.note(fmt::format("nothing to change: {} already {}", items.size() == 1 ? "the item is" : "all items are",
                         done ? "checked" : "unchecked"));
    return 0;
  }
  std::string text = unwrap(apply_marks(file.text, edits, file.path));
  // The journal dates completions (see journal_support.h); it is written first and undone if the
  // roadmap cannot be, so a failed check changes nothing.
  std::vector<CompletedTask> picked;
  std::vector<EntryWrite> journal = completion_writes(ctx, rm, changed, done, picked);
  commit_all(journal);
  if (auto st = io::write_file_atomic(file.real_path, text); !st) {
    for (const EntryWrite& w : journal) undo_entry(w);
    Diagnostic d = st.error();
    d.file = file.path;
    throw CliError(d);
  }
  if (ctx.globals().quiet) return 0;
  const Style& style = ctx.style();
  for (std::size_t i : changed) {
    const TaskItem& it = rm.items[i];
    ctx.out += fmt::format("{} {}  {}\n", done ? style.green("[x]") : "[ ]", style.bold(it.id), it.text);
  }
  ctx.flush();
  int now_done = rm.done + (done ? 1 : -1) * static_cast<int>(changed.size());
  ctx.note(fmt::format("{}: {} {} {} ({}/{} done)", file.path, changed.size(),
                       changed.size() == 1 ? "item" : "items", done ? "checked" : "unchecked", now_done,
                       rm.total));
  if (!picked.empty()) {
    std::vector<std::string> ids;
    for (const CompletedTask& t : picked) ids.push_back(t.id);
    ctx.note(fmt::format("dated {} ticked by hand: {}", ids.size() == 1 ? "1 item" : fmt::format("{} items", ids.size()),
                         fmt::join(ids, " ")));
  }
  return 0;
}

int run_check(Context& ctx, const Args& args) { return set_state(ctx, args, true); }
int run_uncheck(Context& ctx, const Args& args) { return set_state(ctx, args, false); }

}  // namespace

CommandSpec check_command() {
  return {
      .name = "check",
      .summary = "Mark items done (an ID of a section or stage marks all its items)",
      .examples = "  llm101 check 3.1.2            one item\n"
                  "  llm101 check 1.2 2.1.3        a whole section and one more item\n"
                  "  llm101 check 1                every item of stage 1\n",
      .options = {},
      .positionals = {{"ID", "Item, section or stage IDs (see 'llm101 list')", true, true}},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run_check,
  };
}

CommandSpec uncheck_command() {
  return {
      .name = "uncheck",
      .summary = "Mark items not done again",
      .examples = "  llm101 uncheck 3.1.2\n"
                  "  llm101 uncheck 3.1            the whole section\n",
      .options = {},
      .positionals = {{"ID", "Item, section or stage IDs (see 'llm101 list')", true, true}},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run_uncheck,
  };
}

}  // namespace llm101::cli
