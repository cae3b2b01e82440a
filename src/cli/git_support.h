// How commands meet git: the work tree holding the workspace, a commit of exactly the files a
// command wrote ([git] commit = true), the one-line hint when this clone lacks the merge driver,
// and the clone setup `init` does (.gitattributes lines, merge.llm101.* config).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/context.h"
#include "io/git.h"

namespace llm101::cli {

// The git work tree holding the workspace; nullopt without git, outside a work tree, or with
// --roadmap FILE alone.
std::optional<io::Git> workspace_git(Context& ctx);

// `git status --porcelain -z` for these paths (relative to the top): "XY path" per file that
// differs from HEAD, untracked files ("?? path") included.
std::vector<std::string> status_entries(const io::Git& git, const std::vector<std::string>& rel);

// What a writing command changed, for its commit.
struct Change {
  std::vector<std::string> paths;  // absolute; files written, created or removed
  std::string subject;             // "check 3.1.2 多头注意力"
  std::string command;             // the Llm101-Command trailer: "check 3.1.2"
  std::vector<std::string> body;   // optional lines under the subject
  std::string undoes;              // Llm101-Undoes trailer (undo only)
};

// After a writing command (call it with ctx.lock() still held): prints the missing-driver hint,
// and with [git] commit = true commits exactly `change.paths` (new files added, nothing else
// the user staged or changed). A refused commit keeps the files, warns with git's message and
// says how to finish; it never throws. Returns true when a commit was made.
bool commit_change(Context& ctx, const Change& change);

// Commits `change` in `git` whatever [git] commit says (sync, undo). On failure: nullopt and
// git's message in `error`.
std::optional<std::string> commit_paths(const io::Git& git, const Change& change, std::string& error);

// The hint, at most once per process, when `git` lacks merge.llm101.driver.
void hint_missing_driver(Context& ctx, const io::Git& git);

// Sets up merging in this clone: the .gitattributes lines for the workspace's roadmap and journal
// (appended, never repeated) and merge.llm101.{name,driver} in the clone's config. Returns what
// it did, one line each ("added ... to .gitattributes"); `written` gets .gitattributes's path
// when that file changed.
std::vector<std::string> set_up_clone(Context& ctx, const io::Git& git, const std::string& workspace_root,
                                      const Config& config, std::vector<std::string>& written);

}  // namespace llm101::cli
