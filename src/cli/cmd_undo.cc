// llm101 undo [--dry-run]: takes back the last llm101 change by committing its revert (safe
// after a push: history is only added to). Refuses, writing nothing, when a file it would
// restore has changed since that commit, by hand or by a later commit.
#include <algorithm>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/git_support.h"
#include "core/gitflow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "io/fs.h"
#include "io/journal.h"

namespace llm101::cli {
namespace {

std::vector<std::string> with_paths(std::vector<std::string> args, const std::vector<std::string>& paths) {
  args.push_back("--");
  args.insert(args.end(), paths.begin(), paths.end());
  return args;
}

struct UndoPlan {
  LogRecord target;
  std::vector<std::string> paths;     // relative to the top, as the target commit changed them
  std::vector<std::string> restored;  // present before the target: restored to that version
  std::vector<std::string> removed;   // created by the target: removed
};

UndoPlan find_target(const io::Git& git) {
  io::GitRun log = git.run({"log", "-z", "--format=%H%x1f%h%x1f%B"});
  std::vector<LogRecord> records = log.ok() ? parse_log_records(log.out) : std::vector<LogRecord>{};
  auto index = undo_target(records);
  if (!index)
    throw CliError(
        failure(_("nothing to undo: no llm101 change in this branch's history (init and sync are not undone)")));
  UndoPlan plan;
  plan.target = records[*index];
  const std::string& h = plan.target.hash;
  plan.paths = io::fields(git.run({"diff-tree", "-r", "--root", "--no-commit-id", "--name-only", "-z", h}).out, '\0');
  std::vector<std::string> before =
      io::fields(git.run(with_paths({"ls-tree", "-r", "-z", "--name-only", h + "^"}, plan.paths)).out, '\0');
  for (const std::string& p : plan.paths)
    (std::find(before.begin(), before.end(), p) != before.end() ? plan.restored : plan.removed).push_back(p);
  return plan;
}

// Refuses when the revert would clobber something: uncommitted changes to the files, or a later
// commit that changed them.
void check_unchanged(Context& ctx, const io::Git& git, const UndoPlan& plan) {
  const LogRecord& t = plan.target;
  if (auto entries = status_entries(git, plan.paths); !entries.empty())
    throw CliError(failure(_f("cannot undo {} '{}': {} has changes that are not committed; undo would lose them",
                              t.short_hash, t.subject,
                              ctx.display_path(io::join_path(git.top(), entries[0].substr(3))))),
                   _("commit or discard those changes first (git status shows them), or change it back by hand"));
  io::GitRun later = git.run(with_paths({"diff", "--name-only", "-z", t.hash, "HEAD"}, plan.paths));
  if (auto changed = io::fields(later.out, '\0'); !changed.empty()) {
    io::GitRun by = git.run({"log", "-1", "--format=%h '%s'", t.hash + "..HEAD", "--", changed[0]});
    throw CliError(failure(_f("cannot undo {} '{}': {} was changed after it (by {}); undo would lose that",
                              t.short_hash, t.subject, ctx.display_path(io::join_path(git.top(), changed[0])),
                              trim(by.out))),
                   _("make the change by hand instead (e.g. llm101 uncheck ID), then commit"));
  }
}

void describe(Context& ctx, const io::Git& git, const UndoPlan& plan, bool dry_run) {
  const std::string& h = plan.target.short_hash;
  ctx.out += dry_run ? _f("would undo {} {}\n", h, plan.target.subject) : _f("undo {} {}\n", h, plan.target.subject);
  for (const std::string& p : plan.restored) {
    const std::string shown = ctx.display_path(io::join_path(git.top(), p));
    ctx.out += dry_run ? _f("  {}  would be restored as before {}\n", shown, h)
                       : _f("  {}  restored as before {}\n", shown, h);
  }
  for (const std::string& p : plan.removed) {
    const std::string shown = ctx.display_path(io::join_path(git.top(), p));
    ctx.out += dry_run ? _f("  {}  would be removed ({} created it)\n", shown, h)
                       : _f("  {}  removed ({} created it)\n", shown, h);
  }
}

void apply(Context& ctx, const io::Git& git, const UndoPlan& plan) {
  const std::string& h = plan.target.hash;
  if (!plan.restored.empty()) {
    io::GitRun r = git.run(with_paths({"checkout", h + "^"}, plan.restored));
    if (!r.ok()) throw CliError(failure(_f("git checkout failed: {}", trim(r.err))));
  }
  // Removed by hand, not `git rm`, which would take an emptied journal directory with it;
  // `commit --only` records the deletion.
  for (const std::string& p : plan.removed) unwrap(io::remove_file(io::join_path(git.top(), p)));
  Change c;
  for (const std::string& p : plan.paths) c.paths.push_back(io::join_path(git.top(), p));
  c.subject = "undo: " + plan.target.subject;
  c.command = "undo";
  c.body = {fmt::format("This reverts commit {}.", h)};
  c.undoes = h;
  std::string error;
  if (auto hash = commit_paths(git, c, error)) {
    ctx.note(_f("committed {} {}", *hash, c.subject));
    return;
  }
  ctx.flush();
  throw CliError(failure(_f("the files are restored but git commit failed: {}", error)),
                 _f("fix that, then finish with: git commit -m {} -- {}", shell_quote(c.subject),
                    fmt::join(plan.paths, " ")));
}

int run_undo(Context& ctx, const Args& args) {
  const io::Workspace* ws = ctx.workspace();
  if (!ws || !ws->config.git_commit)
    throw CliError(input_error(_("undo takes back llm101's last commit, and commits are off")),
                   _("turn them on with 'git.commit = true' in llm101.toml (init does this inside a git work tree)"));
  auto git = workspace_git(ctx);
  if (!git) throw CliError(failure(_f("undo needs git, and {} is not in a git work tree", ws->root)));
  std::vector<io::DirLock> locks = ctx.lock();
  UndoPlan plan = find_target(*git);
  check_unchanged(ctx, *git, plan);
  const bool dry_run = args.has("dry-run");
  describe(ctx, *git, plan, dry_run);
  ctx.flush();
  if (dry_run) {
    ctx.note(_("nothing written (--dry-run)"));
    return 0;
  }
  hint_missing_driver(ctx, *git);
  apply(ctx, *git, plan);
  return 0;
}

}  // namespace

CommandSpec undo_command() {
  return {
      .name = "undo",
      .summary = N_("Take back the last llm101 change (a revert commit; needs git.commit = true)"),
      .examples = N_("  llm101 undo --dry-run         what it would take back\n"
                     "  llm101 undo                   revert the last check, uncheck or log commit\n"
                     "Run it again to take back the change before. It refuses, writing nothing, when the files\n"
                     "have changed since that commit.\n"),
      .options = {{"-n,--dry-run", N_("Show what would be undone; write nothing"), "", ""}},
      .positionals = {},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run_undo,
  };
}

}  // namespace llm101::cli
