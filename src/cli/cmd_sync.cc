// llm101 sync: commit pending llm101 files (roadmap, journal entries, llm101.toml), pull through
// the merge driver (the user's own pull.rebase applies), push when there is something to push,
// and report what came in and went out. On failure: git's message, exit 1, the next step named.
#include <algorithm>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/git_support.h"
#include "cli/journal_support.h"
#include "cli/output.h"
#include "core/gitflow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "io/fs.h"
#include "io/journal.h"

namespace llm101::cli {
namespace {

bool in_progress(const io::Git& git, const char* what) {
  io::GitRun r = git.run({"rev-parse", "--git-path", what});
  std::string p(trim(r.out));
  if (!r.ok() || p.empty()) return false;
  return io::exists(p[0] == '/' ? p : io::join_path(git.top(), p));
}

// The next step after git stopped half-way.
std::string next_step(const io::Git& git) {
  if (in_progress(git, "MERGE_HEAD"))
    return _("resolve the conflicts ('git status' lists them), then 'git commit' and 'llm101 sync' again; "
             "or 'git merge --abort' to go back");
  if (in_progress(git, "rebase-merge") || in_progress(git, "rebase-apply"))
    return _("resolve the conflicts ('git status' lists them), then 'git rebase --continue' and 'llm101 sync' "
             "again; or 'git rebase --abort' to go back");
  return _("your commits are kept locally; fix the cause, then run 'llm101 sync' again");
}

[[noreturn]] void git_failed(Context& ctx, const io::Git& git, const std::string& step, const io::GitRun& r) {
  ctx.flush();
  std::string message(trim(r.err.empty() ? r.out : r.err + "\n" + r.out));
  write_stderr(message + "\n");
  throw CliError(failure(_f("sync: {} failed (git exit status {})", step, r.status)), next_step(git));
}

// Step 1: the llm101 files that differ from HEAD, committed as one "sync" commit.
std::vector<std::string> commit_pending(Context& ctx, const io::Git& git, const io::Workspace& ws) {
  std::vector<std::string> mine;
  for (const std::string& p : {ws.roadmap_path, ws.config_path, ws.journal_dir})
    if (auto rel = git.relative(io::resolve_symlinks(p))) mine.push_back(*rel);
  Change c;
  std::vector<std::string> shown;
  for (const std::string& e : status_entries(git, mine)) {
    std::string rel = e.substr(3);
    std::string abs = io::join_path(git.top(), rel);
    // In the journal directory only entries (YYYY-MM-DD.md) are llm101's; notes stay the user's.
    if (io::parent_directory(abs) == io::resolve_symlinks(ws.journal_dir) &&
        !io::is_entry_file_name(abs.substr(abs.rfind('/') + 1)))
      continue;
    c.paths.push_back(abs);
    shown.push_back(ctx.display_path(abs));
  }
  if (c.paths.empty()) return {};
  c.subject = fmt::format("sync: {}", fmt::join(shown, ", "));
  c.command = "sync";
  std::string error;
  if (!commit_paths(git, c, error))
    throw CliError(failure(_f("sync: committing {} failed: {}", fmt::join(shown, ", "), error)),
                   _("nothing was pulled or pushed and your files are as they were; fix that and run 'llm101 sync' "
                     "again"));
  return shown;
}

int journal_minutes(Context& ctx) {
  int total = 0;
  if (auto place = journal_place(ctx))
    for (const JournalEntry& e : load_journal(ctx, *place, false, true)) total += e.minutes;
  return total;
}

std::vector<std::string> subjects(const io::Git& git, const std::string& range) {
  return io::fields(git.run({"log", "--format=%s", range}).out, '\n');
}

void refuse_conflicts(Context& ctx) {
  const RoadmapFile& file = ctx.reload_roadmap();
  if (!file.roadmap.conflict_line) return;
  Diagnostic d = input_error(_("git merge conflict markers; resolve the conflict, 'git commit', then sync"));
  d.file = file.path;
  d.line = file.roadmap.conflict_line;
  throw CliError(d);
}

int run_sync(Context& ctx, const Args&) {
  const io::Workspace& ws = *ctx.workspace();
  auto git = workspace_git(ctx);
  if (!git) throw CliError(failure(_f("sync needs git, and {} is not in a git work tree", ws.root)),
                           _("make it one: git init, then 'llm101 init'"));
  std::vector<io::DirLock> locks = ctx.lock();
  if (in_progress(*git, "MERGE_HEAD") || in_progress(*git, "rebase-merge") || in_progress(*git, "rebase-apply"))
    throw CliError(failure(_("sync: a merge or rebase is in progress")), next_step(*git));
  refuse_conflicts(ctx);
  hint_missing_driver(ctx, *git);
  SyncReport report;
  report.committed = commit_pending(ctx, *git, ws);
  io::GitRun up = git->run({"rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"});
  if (!up.ok()) {
    if (!report.committed.empty()) ctx.out += _f("committed: {}\n", fmt::join(report.committed, ", "));
    std::string branch(trim(git->run({"rev-parse", "--abbrev-ref", "HEAD"}).out));
    bool remote = !trim(git->run({"remote"}).out).empty();
    throw CliError(failure(_f("sync: the branch '{}' has no upstream; nothing pulled or pushed", branch)),
                   remote ? _f("push it once with: git push -u origin {}", branch)
                          : _f("add the shared repository: git remote add origin URL && git push -u origin {}", branch));
  }
  report.upstream = std::string(trim(up.out));
  const std::string before(trim(git->run({"rev-parse", "HEAD"}).out));
  const Roadmap roadmap_before = ctx.reload_roadmap().roadmap;
  const int minutes_before = journal_minutes(ctx);

  std::vector<std::string> pull{"pull", "--no-edit"};
  // git 2.33+ refuses to pull diverged branches until told how; say "merge" unless the user did.
  if (!git->config("pull.rebase") && !git->config("pull.ff")) pull.push_back("--no-rebase");
  if (io::GitRun r = git->run(pull); !r.ok()) git_failed(ctx, *git, "git pull", r);
  report.in_subjects = subjects(*git, before + "..@{upstream}");
  const Roadmap& after = ctx.reload_roadmap().roadmap;
  report.newly_done = items_turned(roadmap_before, after, true);
  report.newly_open = items_turned(roadmap_before, after, false);
  report.minutes_in = journal_minutes(ctx) - minutes_before;

  report.out_subjects = subjects(*git, "@{upstream}..HEAD");
  if (!report.out_subjects.empty())
    if (io::GitRun r = git->run({"push", "--quiet"}); !r.ok()) git_failed(ctx, *git, "git push", r);
  append_output(ctx.out, render_sync_report(report));
  return 0;
}

}  // namespace

CommandSpec sync_command() {
  return {
      .name = "sync",
      .summary = N_("Commit pending llm101 files, pull (merging through llm101), push; report what moved"),
      .examples = N_("  llm101 sync                   on each machine, before and after studying\n"
                     "The branch needs an upstream once: git push -u origin main.\n"),
      .options = {},
      .positionals = {},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run_sync,
  };
}

}  // namespace llm101::cli
