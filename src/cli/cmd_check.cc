// llm101 check|uncheck ID...: set items' checkboxes in place, all or nothing. Each changed
// checkbox is one byte of the roadmap; nothing else in the file moves.
#include <algorithm>
#include <optional>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/guide_cli.h"
#include "cli/journal_support.h"
#include "core/edit.h"
#include "cli/git_support.h"
#include "core/gitflow.h"
#include "core/i18n.h"

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

// "nothing to change: the item is already checked", for `n` items or projects.
std::string nothing_to_change(std::size_t n, bool items_only, bool done) {
  if (n == 1 && items_only)
    return done ? _("nothing to change: the item is already checked")
                : _("nothing to change: the item is already unchecked");
  if (n == 1)
    return done ? _("nothing to change: the project is already checked")
                : _("nothing to change: the project is already unchecked");
  if (items_only)
    return done ? _("nothing to change: all items are already checked")
                : _("nothing to change: all items are already unchecked");
  return done ? _("nothing to change: all are already checked") : _("nothing to change: all are already unchecked");
}

// "roadmap.md: 2 items checked (5/70 done)", the same for projects, and the items ticked by hand
// that this change dated.
void note_changes(const Context& ctx, const RoadmapFile& file, const Guide& g, std::size_t items, std::size_t projects,
                  const std::vector<CompletedTask>& picked, bool done) {
  const Roadmap& rm = file.roadmap;
  if (items) {
    const int now_done = rm.done + (done ? 1 : -1) * static_cast<int>(items);
    ctx.note(done ? _nf("{}: {} item checked ({}/{} done)", "{}: {} items checked ({}/{} done)", items, file.path,
                        items, now_done, rm.total)
                  : _nf("{}: {} item unchecked ({}/{} done)", "{}: {} items unchecked ({}/{} done)", items,
                        file.path, items, now_done, rm.total));
  }
  if (projects) {
    const int now_done = g.projects_done() + (done ? 1 : -1) * static_cast<int>(projects);
    ctx.note(done ? _nf("{}: {} project checked ({}/{} projects done)", "{}: {} projects checked ({}/{} projects done)",
                        projects, file.path, projects, now_done, g.projects.size())
                  : _nf("{}: {} project unchecked ({}/{} projects done)",
                        "{}: {} projects unchecked ({}/{} projects done)", projects, file.path, projects, now_done,
                        g.projects.size()));
  }
  if (!picked.empty()) {
    std::vector<std::string> ids;
    for (const CompletedTask& t : picked) ids.push_back(t.id);
    ctx.note(_nf("dated {} item ticked by hand: {}", "dated {} items ticked by hand: {}", ids.size(), ids.size(),
                 fmt::join(ids, " ")));
  }
}

void report_change(Context& ctx, const RoadmapFile& file, const Guide& g, const std::vector<std::size_t>& changed,
                   const std::vector<const Project*>& changed_projects,
                   const std::vector<CompletedTask>& picked, bool done);

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

void commit_check(Context& ctx, const RoadmapFile& file, const std::vector<EntryWrite>& journal,
                  const std::vector<std::size_t>& changed, const std::vector<const Project*>& changed_projects,
                  const std::vector<std::string>& ids, bool done);

// Writes the roadmap and the journal in the order that keeps them agreeing if the process dies
// between the two: a completion record never names an unchecked box. `check` writes the roadmap
// first (a box with no record yet is dated by the next command, which says so: see hand_ticked);
// `uncheck` removes the record first. A failure of the second write undoes the first, so a failed
// command changes nothing.
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

// Practice projects as the journal lists them under 完成的任务 (P1.1 and its text).
std::vector<CompletedTask> as_tasks(const std::vector<const Project*>& projects) {
  std::vector<CompletedTask> out;
  for (const Project* p : projects) out.push_back({p->id, p->text, 0});
  return out;
}

void refuse_conflicts(const RoadmapFile& file) {
  if (!file.roadmap.conflict_line) return;
  Diagnostic d = input_error(_("git merge conflict markers; resolve the conflict before llm101 edits this file"));
  d.file = file.path;
  d.line = file.roadmap.conflict_line;
  throw CliError(d);
}

int set_state(Context& ctx, const Args& args, bool done) {
  std::vector<io::DirLock> locks = ctx.lock();  // held until the new files are in place
  const RoadmapFile& file = ctx.reload_roadmap();
  const Roadmap& rm = file.roadmap;
  // Practice project IDs (P2.1, or P2 for a whole phase) go their own way; see check_projects.
  std::vector<std::string> item_ids, project_ids;
  for (const std::string& id : args.all("ID")) {
    if (!id.empty() && (id[0] == 'P' || id[0] == 'p') && !looks_like_project_id(id))
      throw CliError(input_error(_f("'{}' is not a project ID (project IDs look like P2 or P2.1)", id)),
                     _("list them with: llm101 projects"));
    (looks_like_project_id(id) ? project_ids : item_ids).push_back(id);
  }
  const bool with_children = args.has("with-children");
  std::vector<std::size_t> items = resolve_ids(file, item_ids, with_children ? Nested::Include : Nested::Exclude);
  refuse_conflicts(file);
  std::vector<MarkEdit> edits;
  std::vector<std::size_t> changed;
  for (std::size_t i : items) {
    if (rm.items[i].done == done) continue;
    edits.push_back({rm.items[i].box, done ? 'x' : ' '});
    changed.push_back(i);
  }
  // A project that is already a task item flips its one byte like an item; one that is not yet
  // gets "[x] " inserted once (see core/guide.h). Unchecking a plain project line changes nothing.
  Guide g;
  std::vector<const Project*> projects, changed_projects;
  std::vector<std::size_t> inserts;
  if (!project_ids.empty()) {
    g = load_guide(file);
    projects = resolve_projects(file, g, project_ids);
    for (const Project* p : projects) {
      if (p->done == done) continue;
      if (p->is_task) edits.push_back({p->box, done ? 'x' : ' '});
      else inserts.push_back(p->insert_at);
      changed_projects.push_back(p);
    }
  }
  if (edits.empty() && inserts.empty()) {
    std::size_t n = items.size() + projects.size();
    ctx.note(nothing_to_change(n, projects.empty(), done));
    note_nested(ctx, rm, resolve_ids(file, item_ids, Nested::Exclude), done, with_children);
    return 0;
  }
  // Marks first (their offsets are into the original text), then insertions from the end.
  std::string text = unwrap(apply_marks(file.text, edits, file.path));
  if (!inserts.empty()) text = unwrap(insert_task_markers(text, inserts, file.path));
  std::vector<CompletedTask> picked;
  std::vector<EntryWrite> journal = completion_writes(ctx, rm, changed, done, picked, as_tasks(changed_projects));
  commit_in_order(file, text, journal, done);
  report_change(ctx, file, g, changed, changed_projects, picked, done);
  note_nested(ctx, rm, resolve_ids(file, item_ids, Nested::Exclude), done, with_children);
  // Committed while the lock is held, so no other writer's change slips into this commit.
  commit_check(ctx, file, journal, changed, changed_projects, args.all("ID"), done);
  return 0;
}

void commit_check(Context& ctx, const RoadmapFile& file, const std::vector<EntryWrite>& journal,
                  const std::vector<std::size_t>& changed, const std::vector<const Project*>& changed_projects,
                  const std::vector<std::string>& ids, bool done) {
  Change change;
  change.paths.push_back(file.real_path);
  for (const EntryWrite& w : journal)
    if (!w.old_text || *w.old_text != w.new_text) change.paths.push_back(w.path);
  std::vector<std::string> labels;
  for (std::size_t i : changed) labels.push_back(file.roadmap.items[i].id + " " + file.roadmap.items[i].text);
  for (const Project* p : changed_projects) labels.push_back(p->id + " " + p->text);
  const std::string verb = done ? "check" : "uncheck";
  change.subject = items_subject(verb, ids, labels);
  change.command = fmt::format("{} {}", verb, fmt::join(ids, " "));
  commit_change(ctx, change);
}

// What changed, on stdout (the items) and stderr (the totals).
void report_change(Context& ctx, const RoadmapFile& file, const Guide& g, const std::vector<std::size_t>& changed,
                   const std::vector<const Project*>& changed_projects,
                   const std::vector<CompletedTask>& picked, bool done) {
  if (ctx.globals().quiet) return;
  const Roadmap& rm = file.roadmap;
  const Style& style = ctx.style();
  for (std::size_t i : changed) {
    const TaskItem& it = rm.items[i];
    ctx.out += fmt::format("{} {}  {}\n", done ? style.green("[x]") : "[ ]", style.bold(it.id), it.text);
  }
  for (const Project* p : changed_projects)
    ctx.out += fmt::format("{} {}  {}\n", done ? style.green("[x]") : "[ ]", style.bold(p->id), p->text);
  ctx.flush();
  note_changes(ctx, file, g, changed.size(), changed_projects.size(), picked, done);
}

int run_check(Context& ctx, const Args& args) { return set_state(ctx, args, true); }
int run_uncheck(Context& ctx, const Args& args) { return set_state(ctx, args, false); }

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
      .positionals = {{"ID", N_("Item, section or stage IDs (see 'llm101 list'), or practice projects (P2.1, P2)"), true, true}},
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
      .positionals = {{"ID", N_("Item, section or stage IDs (see 'llm101 list'), or practice projects (P2.1, P2)"), true, true}},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run_uncheck,
  };
}

}  // namespace llm101::cli
