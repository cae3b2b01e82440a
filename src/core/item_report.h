// `show` for items: each item's state with the days it was started and done (from the journal:
// 开始的任务 and 完成的任务), as text and as JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/journal.h"
#include "core/report.h"
#include "core/roadmap.h"
#include "core/style.h"

namespace llm101 {

// One per item of `rm`. Unknown (never recorded) dates are nullopt.
std::vector<ItemDates> item_dates(const Roadmap& rm, const std::vector<JournalEntry>& entries);

// "State: in progress", "Started: 2026-11-20", "Done: —".
std::string render_item_state(const TaskItem& it, const ItemDates& d, const Style& style);

}  // namespace llm101
