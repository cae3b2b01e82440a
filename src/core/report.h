// Rendering: reports built as strings from values. Nothing here prints; the front end decides
// where the text goes. Plain text honours Style (colour, width); JSON is for scripts and has
// stable keys (documented in man/llm101.1).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/roadmap.h"
#include "core/style.h"

namespace llm101 {

// "[ ]", "[/]", "[x]", "[-]": how reports show an item's state (Obsidian Tasks' notation).
std::string state_box(ItemState s, const Style& style);
// "52/68 done", then ", 3 in progress" and ", 2 skipped" when there are any: skipped items are
// outside the 68, and the words say so.
std::string progress_words(int done, int total, int doing, int skipped);

// Overall progress with one line per stage and section. A non-empty `scope` (stage, section or
// item ID, already validated) narrows it to that part, down to its items.
// Journal figures `status` adds when a workspace has a journal (filled by the caller).
struct StatusJournal {
  bool present = false;     // false: no journal line; JSON still carries "hours": 0
  std::int64_t minutes = 0;  // total (64-bit: see format_hours_short)
  std::int64_t minutes_this_week = 0;
  int streak = 0;           // current streak in days
  std::string last_entry;   // YYYY-MM-DD, empty when none
};

std::string render_status(const Roadmap& rm, std::string_view scope, const Style& style,
                          const StatusJournal& journal = {});
std::string status_json(const Roadmap& rm, std::string_view scope, const StatusJournal& journal = {});

// One line per item: "3.1.2  [x] 多头注意力".
std::string render_items(const Roadmap& rm, const std::vector<std::size_t>& items,
                         const Style& style);
// One line per open item for `next`: "3.1.2  多头注意力  (3.1 Transformer架构)"; the context
// in parentheses is left out when the line would not fit.
std::string render_next(const Roadmap& rm, const std::vector<std::size_t>& items, const Style& style);
// [{"done", "id", "line", "section", "stage", "state", "text"}]; section and stage are null when none.
std::string items_json(const Roadmap& rm, const std::vector<std::size_t>& items);

// The days an item was started and done, from the journal (item_report.h); nullopt: unknown.
struct ItemDates {
  std::optional<Date> started;  // the newest entry listing it under 开始的任务
  std::optional<Date> done;     // the newest entry listing it under 完成的任务
  bool before_tracking = false; // done before tracking began: only the before-tracking record lists it
};
// `show --json`: the items as items_json has them, plus "start_date" and "done_date" (YYYY-MM-DD,
// or null when unknown; done_date only for done items) and "done_before_tracking" (true: done
// before tracking began, so done_date is null for good).
std::string show_items_json(const Roadmap& rm, const std::vector<std::size_t>& items,
                            const std::vector<ItemDates>& dates);

// "3.1 Transformer架构": the section (or stage) an item sits in, for context.
std::string item_context(const Roadmap& rm, const TaskItem& item);

}  // namespace llm101
