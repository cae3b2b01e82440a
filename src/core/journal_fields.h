// The journal's fields, defined once. The parser (which labels it reads), the writer (the
// template and the labels it adds), `log`'s options and `journal --json` all read kFields, so a
// new field is one row here plus its member in JournalEntry and EntryChange.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.h"
#include "core/journal.h"

namespace llm101 {

// Template order: a missing field is added before the first later one.
enum class FieldKind { Studied, Completed, Started, Problems, Next, Time, ItemTime };

// How a field's lines are read: free notes, item IDs, a study time, or item IDs with a study time.
enum class FieldRole { Notes, Tasks, Time, ItemTime };

using NoteList = std::vector<std::string>;
using TaskList = std::vector<CompletedTask>;

struct FieldDef {
  FieldKind kind;
  FieldRole role;
  std::string_view zh;  // the label written in a Chinese entry
  std::string_view en;  // the label written in an English entry
  // Every label read, lower case; longer before shorter where one starts the other.
  std::array<std::string_view, 5> reads;
  std::string_view json_key;   // in `journal --json`; Time is "hours"/"minutes" there
  std::string_view log_option;  // `log --OPTION TEXT` adds a note; empty: none
  std::string_view log_help;
  NoteList JournalEntry::*entry_notes;  // Notes role only, else nullptr
  NoteList EntryChange::*change_notes;
  TaskList JournalEntry::*entry_tasks;  // Tasks role only: the items listed, added, removed
  TaskList EntryChange::*change_tasks;
  NoteList EntryChange::*change_untasks;
  bool in_template;  // written in every new entry; else added when first needed
};

// 开始的任务 (the day `start` put an item in progress) is not in the roadmap's template: it is added
// to an entry the first time an item starts that day. 各条目用时 (`log --item`) lists the part of
// 学习时长 given to items, one "- 3.1.2 多头注意力: 1小时30分钟" line each; the rest stays general.
inline constexpr std::array<FieldDef, 7> kFields = {{
    {FieldKind::Studied, FieldRole::Notes, "学习内容", "What I studied", {"学习内容", "what i studied", "studied"},
     "studied", "", "", &JournalEntry::studied, &EntryChange::studied, nullptr, nullptr, nullptr, true},
    {FieldKind::Completed, FieldRole::Tasks, "完成的任务", "Completed tasks",
     {"完成的任务", "完成任务", "completed tasks", "completed", "done"}, "completed", "", "", nullptr, nullptr,
     &JournalEntry::completed, &EntryChange::completed, &EntryChange::uncompleted, true},
    {FieldKind::Started, FieldRole::Tasks, "开始的任务", "Started tasks",
     {"开始的任务", "开始任务", "started tasks", "started"}, "started", "", "", nullptr, nullptr, &JournalEntry::started,
     &EntryChange::started, &EntryChange::unstarted, false},
    {FieldKind::Problems, FieldRole::Notes, "遇到的问题", "Problems", {"遇到的问题", "问题", "problems"}, "problems",
     "--problem", N_("A problem you ran into (遇到的问题)"), &JournalEntry::problems, &EntryChange::problems, nullptr,
     nullptr, nullptr, true},
    {FieldKind::Next, FieldRole::Notes, "下一步计划", "Next steps", {"下一步计划", "下一步", "next steps", "next"},
     "next", "--next", N_("What to do next (下一步计划)"), &JournalEntry::next, &EntryChange::next, nullptr, nullptr,
     nullptr, true},
    {FieldKind::Time, FieldRole::Time, "学习时长", "Time spent", {"学习时长", "时长", "time spent", "hours", "time"}, "",
     "", "", nullptr, nullptr, nullptr, nullptr, nullptr, true},
    {FieldKind::ItemTime, FieldRole::ItemTime, "各条目用时", "Time per item",
     {"各条目用时", "条目用时", "time per item", "item time"}, "item_time", "", "", nullptr, nullptr,
     &JournalEntry::item_time, &EntryChange::item_time, &EntryChange::unitem_time, false},
}};

constexpr const FieldDef& field(FieldKind k) { return kFields[static_cast<std::size_t>(k)]; }

// The rows must sit at their kind's index: field(k) relies on it.
static_assert([] {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    if (static_cast<std::size_t>(kFields[i].kind) != i) return false;
  return true;
}());

}  // namespace llm101
