#include "cli/git_support.h"

#include <algorithm>

#include "cli/output.h"
#include "core/gitflow.h"
#include "core/i18n.h"
#include "core/text.h"
#include "io/fs.h"

namespace llm101::cli {
std::vector<std::string> status_entries(const io::Git& git, const std::vector<std::string>& rel) {
  std::vector<std::string> args{"status", "--porcelain", "-z", "--untracked-files=all", "--"};
  args.insert(args.end(), rel.begin(), rel.end());
  io::GitRun r = git.run(args);
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (std::string& e : io::fields(r.out, '\0'))
    if (e.size() > 3) out.push_back(std::move(e));
  return out;
}

namespace {

std::string first_lines(const std::string& text) {
  std::string t(trim(text));
  return t.empty() ? std::string(_("git gave no message")) : t;
}

}  // namespace

std::optional<io::Git> workspace_git(Context& ctx) {
  if (!ctx.globals().roadmap_file.empty()) return std::nullopt;
  const io::Workspace* ws = ctx.workspace();
  if (!ws) return std::nullopt;
  return io::Git::open(ws->root);
}

void hint_missing_driver(Context& ctx, const io::Git& git) {
  static bool shown = false;  // once per command, and a process runs one command
  if (shown || ctx.globals().quiet) return;
  if (git.config("merge.llm101.driver")) return;
  shown = true;
  write_stderr(_("hint: run 'llm101 init' to set up merging in this clone\n"));
}

std::optional<std::string> commit_paths(const io::Git& git, const Change& change, std::string& error) {
  std::vector<std::string> rel;
  for (const std::string& p : change.paths) {
    auto r = git.relative(p);
    if (!r) {
      error = _f("{} is outside the git work tree {}", p, git.top());
      return std::nullopt;
    }
    if (std::find(rel.begin(), rel.end(), *r) == rel.end()) rel.push_back(*r);
  }
  std::vector<std::string> pending, untracked;
  for (const std::string& e : status_entries(git, rel)) {
    pending.push_back(e.substr(3));
    if (e.compare(0, 2, "??") == 0) untracked.push_back(e.substr(3));
  }
  if (pending.empty()) return std::string();  // nothing differs from HEAD: nothing to commit
  // New files enter the index as "intent to add" so that `commit --only` takes them; the rest of
  // the index (whatever the user staged) is left alone by --only.
  if (!untracked.empty()) {
    std::vector<std::string> add{"add", "--intent-to-add", "--"};
    add.insert(add.end(), untracked.begin(), untracked.end());
    git.run(add);
  }
  std::vector<std::string> args{"commit", "--quiet", "--only", "-m",
                                commit_message(change.subject, change.command, change.body, change.undoes), "--"};
  args.insert(args.end(), pending.begin(), pending.end());
  io::GitRun r = git.run(args);
  if (!r.ok()) {
    if (!untracked.empty()) {
      std::vector<std::string> rm{"rm", "--cached", "--quiet", "--ignore-unmatch", "--"};
      rm.insert(rm.end(), untracked.begin(), untracked.end());
      git.run(rm);
    }
    error = first_lines(r.err.empty() ? r.out : r.err);
    return std::nullopt;
  }
  io::GitRun head = git.run({"rev-parse", "--short", "HEAD"});
  return std::string(trim(head.out));
}

bool commit_change(Context& ctx, const Change& change) {
  if (change.paths.empty()) return false;
  auto git = workspace_git(ctx);
  if (!git) return false;
  hint_missing_driver(ctx, *git);
  if (!ctx.workspace()->config.git_commit) return false;
  std::string error;
  auto hash = commit_paths(*git, change, error);
  if (hash) {
    if (!hash->empty()) ctx.note(_f("committed {} {}", *hash, change.subject));
    return !hash->empty();
  }
  std::vector<std::string> shown;
  for (const std::string& p : change.paths) shown.push_back(shell_quote(ctx.display_path(p)));
  write_stderr(_f("llm101: warning: the change is made but not committed: git commit failed:\n{}\n", error));
  write_stderr(_f("hint: fix that, then commit it with 'llm101 sync' (or: git add {0} && git commit -m {1} -- {0})\n",
                  fmt::join(shown, " "), shell_quote(change.subject)));
  return false;
}

std::vector<std::string> set_up_clone(Context& ctx, const io::Git& git, const std::string& workspace_root,
                                      const Config& config, std::vector<std::string>& written) {
  std::vector<std::string> did;
  auto roadmap = git.relative(io::join_path(workspace_root, config.roadmap));
  auto journal = git.relative(io::join_path(io::join_path(workspace_root, config.journal), "x"));
  std::vector<std::string> lines =
      attribute_lines(roadmap.value_or(""), journal ? journal->substr(0, journal->size() - 2) : "");
  const std::string attributes = io::join_path(git.top(), ".gitattributes");
  std::string existing;
  if (io::exists(attributes)) existing = unwrap(io::read_file(attributes));
  std::vector<std::string> added;
  if (auto text = add_attribute_lines(existing, lines, added)) {
    unwrap(io::write_file_atomic(attributes, *text));
    written.push_back(attributes);
    did.push_back(_f("added to {}: {}", ctx.display_path(attributes), fmt::join(added, "; ")));
  }
  bool on_path = false;
  const std::string driver = driver_command(io::self_command_path(on_path));
  if (git.config("merge.llm101.name") != "llm101 merge driver")
    git.run({"config", "--local", "merge.llm101.name", "llm101 merge driver"});
  auto current = git.config("merge.llm101.driver");
  if (current != driver) {
    io::GitRun r = git.run({"config", "--local", "merge.llm101.driver", driver});
    if (!r.ok()) throw CliError(failure(_f("git config failed: {}", first_lines(r.err))));
    did.push_back(current ? _f("updated merge.llm101.driver = {} in this clone's git config", driver)
                          : _f("set merge.llm101.driver = {} in this clone's git config", driver));
  }
  return did;
}

}  // namespace llm101::cli
