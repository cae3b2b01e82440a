// The merge driver's core: three texts (git's base, ours and theirs) in, the merged text out.
// A roadmap merges every task box on its own and the rest line by line; a journal entry unites
// its notes and adds up its study time. Pure: `llm101 merge-driver` does the file work.
#pragma once

#include <string_view>

#include "core/line_merge.h"

namespace llm101 {

// Every checkbox (a practice project's inserted "[x] " too) merges on its own: a change on one
// side wins over the unchanged other side, and box changes never conflict, not even on adjacent
// lines. Other text merges as git's line merge does; only overlapping edits get markers.
MergeResult merge_roadmap(std::string_view base, std::string_view ours, std::string_view theirs);

// Notes are united (base, ours' additions, theirs' additions, each once; a removal on one side
// is honoured) and 学习时长 becomes ours + theirs - base, written in the entry's own language.
// An empty base (both sides created the entry) merges the same way. An entry that cannot be
// read (conflict markers, an unreadable time) gets git's line merge.
MergeResult merge_journal_entry(std::string_view base, std::string_view ours, std::string_view theirs);

// "journal/2026-11-29.md", "2026-11-29.md": the file name is a journal entry's (YYYY-MM-DD.md), or the
// before-tracking record's, which is shaped like one.
bool is_journal_entry_path(std::string_view path);

}  // namespace llm101
