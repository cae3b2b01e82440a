// Reading the journal directory: every YYYY-MM-DD.md file, read once, parsed by core/journal.
// Other files (README.md, notes.md, editor backups) are ignored.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "core/journal.h"

namespace llm101::io {

// Entries sorted by date, `file` set to `display_dir/NAME`. A missing directory is an empty
// journal. `full` = false parses figures only (see parse_entry). Unreadable files: an error.
// An entry that is a symlink is read when it resolves inside `root` (any where when `root` is
// empty), refused (an error) when it leads outside, and skipped with a warning in `warnings` when
// it leads nowhere. `before_tracking`: the before-tracking record too (kBeforeTrackingFile, date
// empty, first), for what needs to know every done item's date.
Expected<std::vector<JournalEntry>> read_journal(const std::string& dir, const std::string& display_dir, bool full,
                                                 const std::string& root, std::vector<Diagnostic>& warnings,
                                                 bool before_tracking = false);
// The same with no confinement, warnings dropped (tests, tools).
Expected<std::vector<JournalEntry>> read_journal(const std::string& dir, const std::string& display_dir, bool full);

// "2026-11-29.md" → true.
bool is_entry_file_name(std::string_view name);

}  // namespace llm101::io
