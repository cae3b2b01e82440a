// The journal as text and JSON for `journal`: entries with their hours, totals per week and
// per month. Pure: entries in, text out.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/journal.h"
#include "core/style.h"

namespace llm101 {

// Entries with their hours, then totals per week and per month.
std::string render_journal(const std::vector<JournalEntry>& entries, WeekStart ws, const Style& style);
// [{date, hours, minutes, file, studied, completed, problems, next}]: the note and task keys
// come from kFields (journal_fields.h).
std::string journal_json(const std::vector<JournalEntry>& entries);

}  // namespace llm101
