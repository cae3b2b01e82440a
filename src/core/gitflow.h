// The pure side of llm101's git integration: .gitattributes lines for the merge driver, the
// driver command, commit messages with their Llm101-* trailers, reading them back to find what
// `undo` takes back, and the report `sync` prints. No process is run here (see io/git.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/roadmap.h"

namespace llm101 {

// The merge driver's name in .gitattributes and git config (merge.llm101.*).
inline constexpr std::string_view kMergeDriver = "llm101";

// `s` quoted for a POSIX shell when it needs it (git runs the driver through the shell).
std::string shell_quote(std::string_view s);

// merge.llm101.driver: BINARY merge-driver %O %A %B %P, BINARY shell-quoted.
std::string driver_command(std::string_view binary);

// The .gitattributes lines for a roadmap file and a journal directory, both relative to the
// repository top ("roadmap.md merge=llm101", "journal/*.md merge=llm101"). Glob characters in
// the paths are escaped and paths with spaces quoted, so each line matches exactly that file.
// A path that cannot be written as a pattern (control characters, "..", empty) gets no line.
std::vector<std::string> attribute_lines(std::string_view roadmap, std::string_view journal_dir);

// `existing` .gitattributes text with the `lines` it lacks appended (a final newline added
// first when missing). Lines already present (same pattern with merge=llm101) are not repeated.
// nullopt when nothing is missing. `added` receives the lines appended.
std::optional<std::string> add_attribute_lines(std::string_view existing, const std::vector<std::string>& lines,
                                               std::vector<std::string>& added);

// A commit message: the subject, optional body lines, then the trailers llm101 reads back:
// "Llm101-Command: COMMAND" and, for an undo, "Llm101-Undoes: HASH".
std::string commit_message(std::string_view subject, std::string_view command,
                           const std::vector<std::string>& body = {}, std::string_view undoes = {});

// One commit of `git log -z --format=%H%x1f%h%x1f%B`.
struct LogRecord {
  std::string hash;
  std::string short_hash;
  std::string subject;
  std::string command;  // Llm101-Command trailer; empty: not an llm101 commit
  std::string undoes;   // Llm101-Undoes trailer
};
std::vector<LogRecord> parse_log_records(std::string_view log);

// The newest record (records newest first) that `undo` may take back: an llm101 change (not
// init, sync or an undo) that no newer undo has taken back already. nullopt: none.
std::optional<std::size_t> undo_target(const std::vector<LogRecord>& records);

// "check 3.1.2 多头注意力" when one thing changed, else "check 1.2 3.1.2 (5 items)": `verb`, the
// IDs as the user gave them, and the changed items as "ID text".
std::string items_subject(std::string_view verb, const std::vector<std::string>& ids,
                          const std::vector<std::string>& changed);

// Items, as "ID text", whose done state is `done` in `after` and was not in `before` (matched
// by ID; items new in `after` count when they are in that state).
std::vector<std::string> items_turned(const Roadmap& before, const Roadmap& after, bool done);

// What `sync` did, for its report.
struct SyncReport {
  std::vector<std::string> committed;     // paths of the pending changes it committed
  std::string upstream;                   // "origin/main"
  std::vector<std::string> in_subjects;   // commits that came in, newest first
  std::vector<std::string> newly_done;    // "2.1.1 自注意力机制"
  std::vector<std::string> newly_open;    // unchecked by the other side
  int minutes_in = 0;                     // journal hours that came in (may be negative)
  std::vector<std::string> out_subjects;  // commits pushed, newest first
};
std::string render_sync_report(const SyncReport& r);

}  // namespace llm101
