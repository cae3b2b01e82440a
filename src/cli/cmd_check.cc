// llm101 check|uncheck|start|skip|unskip ID...: set items' states in place, all or nothing. Each
// change is the fewest bytes of the item's own line (core/item_state.h); nothing else moves.
#include <algorithm>
#include <array>
#include <optional>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/git_support.h"
#include "cli/guide_cli.h"
#include "cli/journal_support.h"
#include "core/edit.h"
#include "core/gitflow.h"
#include "core/i18n.h"
#include "core/item_state.h"

namespace llm101::cli {
namespace {

// Practice projects for P-IDs: "P2.1" one project, "P2" every project of phase 2. All must exist.
std::vector<const Project*> resolve_projects(const RoadmapFile& file, const Guide& g,
                                             const std::vector<std::string>& ids) {
  std::vector<const Project*> out;
  for (const std::string& id : ids) {
    if (g.projects.empty())
      throw CliError(input_error(_f("no practice project '{}': {} has no practice projects", id, file.path)));
    if (const Project* p = g.find_project(id)) {
      out.push_back(p);
    } else if (const Phase* ph = g.find_phase(id)) {
      for (const Project& q : g.projects)
        if (&g.phases[q.phase] == ph) out.push_back(&q);
    } else {
      throw CliError(input_error(_f("no practice project '{}' in {}", id, file.path)),
                     _("list them with: llm101 projects"));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Roadmap and journal written in the order that keeps them agreeing if the process dies between
// the two (a record never names an unchecked box): `check` writes the roadmap first (the next
// command dates a box with no record: hand_ticked), `uncheck` the journal. A failed second write
// undoes the first.
void commit_in_order(const RoadmapFile& file, const std::string& text, const std::vector<EntryWrite>& journal,
                     bool done) {
  auto write_roadmap = [&](const std::string& data) {
    if (auto st = io::write_file_atomic(file.real_path, data); !st) {
      Diagnostic d = st.error();
      d.file = file.path;
      return std::optional<Diagnostic>(d);
    }
    return std::optional<Diagnostic>();
  };
  if (done) {
    if (auto err = write_roadmap(text)) throw CliError(*err);
    io::pause_point("between");
    try {
      commit_all(journal);
    } catch (const CliError&) {
      (void)write_roadmap(file.text);
      throw;
    }
    return;
  }
  commit_all(journal);
  io::pause_point("between");
  if (auto err = write_roadmap(text)) {
    for (const EntryWrite& w : journal) undo_entry(w);
    throw CliError(*err);
  }
}

// A state command: the state it sets, and which states an item reached through a section or stage
// ID leaves (one named by its own ID moves from any state): `check 3` never ticks a skipped item.
enum class Cmd { Check, Uncheck, Start, Skip, Unskip };
struct StateCommand {
  Cmd kind;
  ItemState to;
  std::array<bool, 4> bulk_from;  // indexed by ItemState: open, doing, done, skipped
  std::string_view name;          // "check": the command, in commit messages
  bool projects = false;          // practice projects have only a box: checked or not
};

constexpr StateCommand kCheck{Cmd::Check, ItemState::Done, {true, true, false, false}, "check", true};
constexpr StateCommand kUncheck{Cmd::Uncheck, ItemState::Open, {false, false, true, false}, "uncheck", true};
constexpr StateCommand kStart{Cmd::Start, ItemState::Doing, {true, false, false, false}, "start"};
constexpr StateCommand kSkip{Cmd::Skip, ItemState::Skipped, {true, true, false, false}, "skip"};
constexpr StateCommand kUnskip{Cmd::Unskip, ItemState::Open, {false, false, false, true}, "unskip"};

// The command line's IDs: roadmap items, sections and stages, and practice projects (P2.1, P2).
struct IdLists {
  std::vector<std::string> items, projects;
};
IdLists split_ids(const Args& args, const StateCommand& cmd) {
  IdLists out;
  for (const std::string& id : args.all("ID")) {
    if (!id.empty() && (id[0] == 'P' || id[0] == 'p') && !looks_like_project_id(id))
      throw CliError(input_error(_f("'{}' is not a project ID (project IDs look like P2 or P2.1)", id)),
                     _("list them with: llm101 projects"));
    bool project = looks_like_project_id(id);
    if (project && !cmd.projects)
      throw CliError(input_error(_f("'{}' is a practice project: projects are only checked or unchecked", id)));
    (project ? out.projects : out.items).push_back(id);
  }
  return out;
}

void refuse_conflicted(const RoadmapFile& file) {
  if (!file.roadmap.conflict_line) return;
  Diagnostic d = input_error(_("git merge conflict markers; resolve the conflict before llm101 edits this file"));
  d.file = file.path;
  d.line = file.roadmap.conflict_line;
  throw CliError(d);
}

// The items that change: every resolved item not yet in the target state that the command moves.
std::vector<std::size_t> items_to_change(const Roadmap& rm, const std::vector<std::string>& ids,
                                         const std::vector<std::size_t>& items, const StateCommand& cmd) {
  std::vector<std::size_t> named;
  for (const std::string& id : ids)
    if (const TaskItem* it = rm.find_item(id)) named.push_back(static_cast<std::size_t>(it - rm.items.data()));
  std::vector<std::size_t> out;
  for (std::size_t i : items) {
    ItemState s = rm.items[i].state;
    bool is_named = std::find(named.begin(), named.end(), i) != named.end();
    if (s != cmd.to && (is_named || cmd.bulk_from[static_cast<int>(s)])) out.push_back(i);
  }
  return out;
}

// A project already a task item flips one byte; one not yet gets "[x] " once (core/guide.h).
struct ProjectPlan {
  Guide guide;
  std::vector<const Project*> selected, changed;
  std::vector<MarkEdit> marks;
  std::vector<std::size_t> inserts;
};
ProjectPlan plan_projects(const RoadmapFile& file, const std::vector<std::string>& ids, bool done,
                          const BlankMarks& blanks) {
  ProjectPlan plan;
  if (ids.empty()) return plan;
  plan.guide = load_guide(file);
  plan.selected = resolve_projects(file, plan.guide, ids);
  for (const Project* p : plan.selected) {
    if (p->done == done) continue;
    if (p->is_task) plan.marks.push_back({p->box, done ? 'x' : blanks.at(p->box)});
    else plan.inserts.push_back(p->insert_at);
    plan.changed.push_back(p);
  }
  return plan;
}

// The new text: states and project marks (offsets into the original), then project insertions.
std::string edited_text(const RoadmapFile& file, const std::vector<std::size_t>& changed, const ProjectPlan& pp,
                        ItemState to, const BlankMarks& blanks) {
  std::vector<StateEdit> edits;
  for (std::size_t i : changed) {
    std::size_t box = file.roadmap.items[i].box;
    edits.push_back({box, to, to == ItemState::Done ? ' ' : blanks.at(box)});
  }
  std::string text = unwrap(apply_states(file.text, edits, file.path));
  text = unwrap(apply_marks(text, pp.marks, file.path));
  if (!pp.inserts.empty()) text = unwrap(insert_task_markers(text, pp.inserts, file.path));
  return text;
}

// "roadmap.md: 2 items started (3/68 done, 2 in progress, 1 skipped)": whole sentences per
// command, so that a translation can reorder them.
std::string items_note(const StateCommand& cmd, const std::string& path, std::size_t n, const std::string& progress) {
  switch (cmd.kind) {
    case Cmd::Check: return _nf("{}: {} item checked ({})", "{}: {} items checked ({})", n, path, n, progress);
    case Cmd::Uncheck: return _nf("{}: {} item unchecked ({})", "{}: {} items unchecked ({})", n, path, n, progress);
    case Cmd::Start: return _nf("{}: {} item started ({})", "{}: {} items started ({})", n, path, n, progress);
    case Cmd::Skip: return _nf("{}: {} item skipped ({})", "{}: {} items skipped ({})", n, path, n, progress);
    case Cmd::Unskip: break;
  }
  return _nf("{}: {} item unskipped ({})", "{}: {} items unskipped ({})", n, path, n, progress);
}

// "roadmap.md: 1 project checked (1/12 projects done)": projects are only checked or unchecked.
std::string projects_note(bool done, const std::string& path, std::size_t n, int now_done, std::size_t total) {
  return done ? _nf("{}: {} project checked ({}/{} projects done)", "{}: {} projects checked ({}/{} projects done)", n,
                    path, n, now_done, total)
              : _nf("{}: {} project unchecked ({}/{} projects done)", "{}: {} projects unchecked ({}/{} projects done)",
                    n, path, n, now_done, total);
}

// What changed, on stdout (the items) and stderr (the totals, from the text written).
void report_changes(Context& ctx, const RoadmapFile& file, const std::string& text,
                    const std::vector<std::size_t>& changed, const ProjectPlan& pp, const StateCommand& cmd) {
  const Roadmap& rm = file.roadmap;
  const Style& style = ctx.style();
  for (std::size_t i : changed)
    ctx.out += fmt::format("{} {}  {}\n", state_box(cmd.to, style), style.bold(rm.items[i].id), rm.items[i].text);
  const bool done = cmd.to == ItemState::Done;
  for (const Project* p : pp.changed)
    ctx.out += fmt::format("{} {}  {}\n", done ? style.green("[x]") : "[ ]", style.bold(p->id), p->text);
  ctx.flush();
  if (!changed.empty()) {
    Roadmap now = parse_roadmap(text);
    ctx.note(items_note(cmd, file.path, changed.size(), progress_words(now.done, now.total, now.doing, now.skipped)));
  }
  if (!pp.changed.empty()) {
    int now_done = pp.guide.projects_done() + (done ? 1 : -1) * static_cast<int>(pp.changed.size());
    ctx.note(projects_note(done, file.path, pp.changed.size(), now_done, pp.guide.projects.size()));
  }
}

// "nothing to change: the item is already in progress", for `n` items (and projects).
std::string nothing_to_change(const StateCommand& cmd, std::size_t n, bool items_only) {
  if (!items_only) {
    bool done = cmd.kind == Cmd::Check;
    if (n == 1)
      return done ? _("nothing to change: the project is already checked")
                  : _("nothing to change: the project is already unchecked");
    return done ? _("nothing to change: all are already checked") : _("nothing to change: all are already unchecked");
  }
  switch (cmd.kind) {
    case Cmd::Check:
      return n == 1 ? _("nothing to change: the item is already checked")
                    : _("nothing to change: all items are already checked");
    case Cmd::Uncheck:
      return n == 1 ? _("nothing to change: the item is already unchecked")
                    : _("nothing to change: all items are already unchecked");
    case Cmd::Start:
      return n == 1 ? _("nothing to change: the item is already in progress")
                    : _("nothing to change: all items are already in progress or done");
    case Cmd::Skip:
      return n == 1 ? _("nothing to change: the item is already skipped")
                    : _("nothing to change: all items are already skipped or done");
    case Cmd::Unskip: break;
  }
  return n == 1 ? _("nothing to change: the item is not skipped") : _("nothing to change: no item is skipped");
}

// With [git] commit on: one commit of the files written, "start 3.1.2 多头注意力".
void commit_states(Context& ctx, const RoadmapFile& file, const std::vector<EntryWrite>& journal,
                   const std::vector<std::size_t>& changed, const std::vector<const Project*>& changed_projects,
                   const std::vector<std::string>& ids, const StateCommand& cmd) {
  Change change;
  change.paths.push_back(file.real_path);
  for (const EntryWrite& w : journal)
    if (!w.old_text || *w.old_text != w.new_text) change.paths.push_back(w.path);
  std::vector<std::string> labels;
  for (std::size_t i : changed) labels.push_back(file.roadmap.items[i].id + " " + file.roadmap.items[i].text);
  for (const Project* p : changed_projects) labels.push_back(p->id + " " + p->text);
  change.subject = items_subject(cmd.name, ids, labels);
  change.command = fmt::format("{} {}", cmd.name, fmt::join(ids, " "));
  commit_change(ctx, change);
}

// An item ID names one item; its nested items change only with --with-children. Says which
// nested items that option changed, or which ones it would have changed, so neither is silent.
void note_nested(Context& ctx, const Roadmap& rm, const std::vector<std::size_t>& named, bool done,
                 bool with_children) {
  std::vector<std::string> ids;
  for (std::size_t i : nested_left_out(rm, named))
    if (rm.items[i].done != done) ids.push_back(rm.items[i].id);
  if (ids.empty()) return;
  const std::string list = fmt::format("{}", fmt::join(ids, " "));
  if (with_children)
    ctx.note(done ? _f("with --with-children, also checked the nested items: {}", list)
                  : _f("with --with-children, also unchecked the nested items: {}", list));
  else
    ctx.note(done ? _f("left the nested items unchecked: {} (--with-children checks them too)", list)
                  : _f("left the nested items checked: {} (--with-children unchecks them too)", list));
}

// Practice projects as the journal lists them under 完成的任务 (P1.1 and its text).
std::vector<CompletedTask> as_tasks(const std::vector<const Project*>& projects) {
  std::vector<CompletedTask> out;
  for (const Project* p : projects) out.push_back({p->id, p->text, 0});
  return out;
}

int set_state(Context& ctx, const Args& args, const StateCommand& cmd) {
  std::vector<io::DirLock> locks = ctx.lock();  // held until the new files are in place
  const RoadmapFile& file = ctx.reload_roadmap();
  const Roadmap& rm = file.roadmap;
  IdLists ids = split_ids(args, cmd);
  const bool with_children = args.has("with-children");  // check/uncheck only
  std::vector<std::size_t> items = resolve_ids(file, ids.items, with_children ? Nested::Include : Nested::Exclude);
  refuse_conflicted(file);
  std::vector<std::size_t> changed = items_to_change(rm, ids.items, items, cmd);
  const bool done = cmd.to == ItemState::Done;
  std::vector<std::size_t> boxes;  // leaving done, a box gets back its neighbours' blank (BlankMarks)
  for (std::size_t i = 0; !done && i < rm.items.size(); ++i) boxes.push_back(rm.items[i].box);
  const BlankMarks blanks(file.text, std::move(boxes));
  ProjectPlan pp = plan_projects(file, ids.projects, done, blanks);
  if (changed.empty() && pp.changed.empty()) {
    ctx.note(nothing_to_change(cmd, items.size() + pp.selected.size(), pp.selected.empty()));
    if (cmd.projects) note_nested(ctx, rm, resolve_ids(file, ids.items, Nested::Exclude), done, with_children);
    return 0;
  }
  std::string text = edited_text(file, changed, pp, cmd.to, blanks);
  // Only items entering or leaving done have a completion record to add or remove.
  std::vector<std::size_t> dated;
  for (std::size_t i : changed)
    if (done || rm.items[i].done) dated.push_back(i);
  std::vector<CompletedTask> picked;
  std::vector<EntryWrite> journal =
      completion_writes(ctx, rm, dated, done, picked, cmd.to == ItemState::Doing ? changed : std::vector<std::size_t>{},
                        as_tasks(pp.changed));
  commit_in_order(file, text, journal, done);
  if (!ctx.globals().quiet) report_changes(ctx, file, text, changed, pp, cmd);
  if (cmd.projects) note_nested(ctx, rm, resolve_ids(file, ids.items, Nested::Exclude), done, with_children);
  if (!picked.empty()) {
    std::vector<std::string> picked_ids;
    for (const CompletedTask& t : picked) picked_ids.push_back(t.id);
    ctx.note(_nf("dated {} item ticked by hand: {}", "dated {} items ticked by hand: {}", picked_ids.size(),
                 picked_ids.size(), fmt::join(picked_ids, " ")));
  }
  // Committed while the lock is held, so no other writer's change slips into this commit.
  commit_states(ctx, file, journal, changed, pp.changed, args.all("ID"), cmd);
  return 0;
}

int run_check(Context& ctx, const Args& args) { return set_state(ctx, args, kCheck); }
int run_uncheck(Context& ctx, const Args& args) { return set_state(ctx, args, kUncheck); }
int run_start(Context& ctx, const Args& args) { return set_state(ctx, args, kStart); }
int run_skip(Context& ctx, const Args& args) { return set_state(ctx, args, kSkip); }
int run_unskip(Context& ctx, const Args& args) { return set_state(ctx, args, kUnskip); }

}  // namespace

CommandSpec check_command() {
  return {
      .name = "check",
      .summary = N_("Mark items done (an ID of a section or stage marks all its items)"),
      .examples = N_("  llm101 check 3.1.2            one item\n"
                  "  llm101 check 1.2 2.1.3        a whole section and one more item\n"
                  "  llm101 check 1                every item of stage 1\n"
                  "  llm101 check P2.1             a practice project (P2: all of phase 2)\n"
                  "  llm101 check 3.1.2 --with-children   the item and the items nested under it\n"
                  "Each item checked is listed under 完成的任务 in today's journal entry (its completion date);\n"
                  "uncheck removes it again.\n"),
      .options = {{"--with-children", N_("Also check the items nested under an item ID (alone it names that one item)"), "", ""}},
      .positionals = {{"ID", N_("Item, section or stage IDs (see 'llm101 list'), or practice projects (P2.1, P2)"), true, true, {}, Completes::IdsAndProjects}},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run_check,
  };
}

CommandSpec uncheck_command() {
  return {
      .name = "uncheck",
      .summary = N_("Mark items not done again"),
      .examples = N_("  llm101 uncheck 3.1.2\n"
                  "  llm101 uncheck 3.1            the whole section\n"
                  "  llm101 uncheck P2.1           a practice project\n"),
      .options = {{"--with-children", N_("Also uncheck the items nested under an item ID (alone it names that one item)"), "", ""}},
      .positionals = {{"ID", N_("Item, section or stage IDs (see 'llm101 list'), or practice projects (P2.1, P2)"), true, true, {}, Completes::IdsAndProjects}},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run_uncheck,
  };
}

namespace {
CommandSpec state_spec(std::string_view name, std::string_view summary, std::string_view examples,
                       int (*run)(Context&, const Args&)) {
  return {
      .name = std::string(name),
      .summary = std::string(summary),
      .examples = std::string(examples),
      .options = {},
      .positionals = {{"ID", N_("Item, section or stage IDs (see 'llm101 list')"), true, true, {}, Completes::Ids}},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run,
  };
}
}  // namespace

CommandSpec start_command() {
  return state_spec("start", N_("Mark items in progress (an ID of a section or stage starts its open items)"),
                    N_("  llm101 start 3.1.2            one item\n"
                    "  llm101 start 3.1              every open item of section 3.1\n"
                    "The item's line gets <!-- llm101: doing --> after its box (a hand-written [/] means the same);\n"
                    "check marks it done, uncheck makes it open again.\n"),
                    run_start);
}

CommandSpec skip_command() {
  return state_spec("skip", N_("Mark items skipped: left out of progress, pace and next"),
                    N_("  llm101 skip 2.3               a section you already know\n"
                    "  llm101 skip 4.2.1 4.2.2       two items\n"
                    "Items already done stay done when a section or stage is skipped.\n"),
                    run_skip);
}

CommandSpec unskip_command() {
  return state_spec("unskip", N_("Make skipped items open again"),
                    N_("  llm101 unskip 2.3\n"), run_unskip);
}

}  // namespace llm101::cli
