// Journal entries: one Markdown file per day in the roadmap's 学习日志 template
//
//   ### 日期: 2026-11-29
//
//   **学习内容**:
//   - 读了 Attention Is All You Need
//
//   **完成的任务**:
//   - 3.1.2 多头注意力
//
//   **遇到的问题**:
//   **下一步计划**:
//   **学习时长**: 2小时30分钟
//
// Reading accepts what people write by hand (inline values, "：", plain or bold labels, English
// labels, several 学习时长 lines, which are summed). Writing splices lines into the existing text,
// so a hand-edited entry keeps everything llm101 does not touch. Pure: text in, text out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/hours.h"

namespace llm101 {

struct CompletedTask {
  std::string id;    // "3.1.2"
  std::string text;  // what follows the ID, may be empty
  int line = 0;
  int minutes = 0;   // 各条目用时 only: the study time given to the item
};

struct JournalEntry {
  std::string date;  // YYYY-MM-DD, set by the caller from the file name
  std::string file;  // as shown to the user, set by the caller
  int minutes = 0;   // sum of every readable 学习时长 value
  std::vector<std::string> studied, problems, next;
  std::vector<CompletedTask> completed;
  std::vector<CompletedTask> started;  // items put in progress that day (开始的任务)
  std::vector<CompletedTask> item_time;  // 各条目用时: part of `minutes` given to items, one per line
  std::vector<Diagnostic> warnings;  // unreadable 学习时长 (line set; file empty)
  int conflict_line = 0;             // first git conflict marker, 0 = none
  bool has_notes = false;            // any 学习内容, also when the texts were not kept

  // A day counts as studied when its entry holds time, notes or completed tasks.
  bool studied_any() const { return minutes > 0 || has_notes || !completed.empty(); }
};

// Parses an entry. `full` = false skips the note texts (figures only: time, tasks, conflicts).
JournalEntry parse_entry(std::string_view text, bool full = true);

// What a `log`, `check` or `uncheck` adds to (or removes from) one day's entry.
struct EntryChange {
  std::vector<std::string> studied, problems, next;  // notes, appended as list items
  int minutes = 0;                                   // added to the first 学习时长 value
  std::vector<CompletedTask> completed;              // appended under 完成的任务 (skipped if present)
  std::vector<std::string> uncompleted;              // IDs whose 完成的任务 lines are removed
  std::vector<CompletedTask> started;                // appended under 开始的任务 (skipped if present)
  std::vector<std::string> unstarted;                // IDs whose 开始的任务 lines are removed
  std::vector<CompletedTask> item_time;  // minutes added to the item's 各条目用时 line (added if missing)
  std::vector<std::string> unitem_time;  // IDs whose 各条目用时 lines are removed
  bool empty() const {
    return studied.empty() && problems.empty() && next.empty() && minutes == 0 && completed.empty() &&
           uncompleted.empty() && started.empty() && unstarted.empty() && item_time.empty() &&
           unitem_time.empty();
  }
};

// Item times summed by ID (a hand-edited entry may list an item twice), in the order first listed.
std::vector<CompletedTask> sum_item_time(const std::vector<CompletedTask>& lines);

// A new, empty entry for `date` in the template's language.
std::string new_entry_text(std::string_view date, Language lang);

// The record of items already done when tracking began (`init` of a roadmap with ticks):
// journal/before-tracking.md, shaped like an entry (its 完成的任务 lines), read as a JournalEntry
// whose date is empty. Its items are done on no day: no streak, week, calendar or pace counts them.
inline constexpr std::string_view kBeforeTrackingFile = "before-tracking.md";
std::string before_tracking_text(const std::vector<CompletedTask>& items, Language lang);
// An entry with no date: the before-tracking record.
inline bool is_before_tracking(const JournalEntry& e) { return e.date.empty(); }

// `text` with `change` applied. Fails (Input, with line) on git conflict markers, or when time
// must be added to a 学习时长 (or 各条目用时) value that cannot be read. Missing fields are added in the entry's
// own language (that of its first label), else in `lang`.
Expected<std::string> apply_change(std::string_view text, const EntryChange& change, Language lang);

// First line starting with a git conflict marker ("<<<<<<< ours", ">>>>>>>"; see
// is_conflict_marker in document.h), 0 when none.
int find_conflict_marker(std::string_view text);

}  // namespace llm101
