// What the journal commands share: where the journal is, reading it with warnings, and changing
// one day's entry atomically (with an undo for multi-file commands like `check`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/context.h"
#include "core/date.h"
#include "core/journal.h"
#include "core/journal_report.h"
#include "core/stats_report.h"

namespace llm101::cli {

struct JournalPlace {
  std::string dir;          // absolute
  std::string display_dir;  // as shown: "journal"
  std::string root;         // entry symlinks must resolve inside it; empty: allow_outside_workspace
  JournalSettings settings;
};

// The workspace's journal; nullopt outside a workspace (e.g. --roadmap FILE alone).
std::optional<JournalPlace> journal_place(Context& ctx);
// Like journal_place, but a journal is required: CliError with a hint to run init.
JournalPlace require_journal(Context& ctx);

// Today as a Date (Environment::today, which LLM101_TODAY can set).
Date today(const Context& ctx);

// Every entry, sorted by date. Unreadable study times are warned about (file:line) unless `quiet`.
// `before_tracking`: the before-tracking record first (date empty; core/journal.h), for what
// dates completions (stats, show, check/uncheck/log's hand-ticked items, upgrade).
std::vector<JournalEntry> load_journal(Context& ctx, const JournalPlace& place, bool full, bool quiet = false,
                                       bool before_tracking = false);

// One entry file about to change. Take ctx.lock() and read the journal under it first.
struct EntryWrite {
  std::string path;                     // absolute
  std::string display;                  // journal/2026-11-29.md
  std::optional<std::string> old_text;  // nullopt: the entry is new
  std::string new_text;
};

// Reads the entry for `date` (or starts one from the template) and applies `change`.
// Conflict markers or an unreadable time to add to: CliError (exit 2) naming file:line.
EntryWrite prepare_entry(const JournalPlace& place, Date date, const EntryChange& change);
// Writes atomically (creating the journal directory). CliError on failure.
void commit_entry(const EntryWrite& w);
// Puts the old text back (or removes a new entry); best effort, used after a later write failed.
void undo_entry(const EntryWrite& w);

// The roadmap's done items no entry lists yet (ticked by hand), as completed tasks to record in
// today's entry, leaving out `except` (item indices the command itself handles).
std::vector<CompletedTask> hand_ticked(const Roadmap& rm, const std::vector<JournalEntry>& entries,
                                       const std::vector<std::size_t>& except = {});

}  // namespace llm101::cli

namespace llm101::cli {

// The journal side of `check`/`uncheck` (call under the lock, before writing the roadmap):
// checked items are listed under 完成的任务 in today's entry; unchecked items are removed from
// the newest entry listing them; items ticked by hand are dated today (returned in `picked`).
// Empty outside a workspace or with --roadmap FILE (another roadmap's IDs do not belong there).
// Items in `started` are listed under 开始的任务 in today's entry (the day they went in progress).
// Practice projects in `projects` are dated like items (checked: today; unchecked: their line goes).
std::vector<EntryWrite> completion_writes(Context& ctx, const Roadmap& rm, const std::vector<std::size_t>& changed,
                                          bool done, std::vector<CompletedTask>& picked,
                                          const std::vector<std::size_t>& started = {},
                                          const std::vector<CompletedTask>& projects = {});
// Commits every write, or none: on a failure the ones already written are undone.
void commit_all(const std::vector<EntryWrite>& writes);

}  // namespace llm101::cli
