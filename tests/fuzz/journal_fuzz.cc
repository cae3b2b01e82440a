// libFuzzer target: the journal entry reader and writer. For any text: parsing never crashes and
// reads the same figures in full and figures-only mode; an entry with conflict markers is never
// changed; otherwise a change (a note, 30 minutes, a completed task) lands — the note and task
// read back and the minutes add up — and removing the task again takes it out.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/journal.h"

namespace {

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "journal_fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace llm101;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const JournalEntry full = parse_entry(text, true);
  const JournalEntry figures = parse_entry(text, false);
  require(full.minutes == figures.minutes, "same minutes in both modes");
  require(full.minutes >= 0, "minutes not negative");
  require(full.completed.size() == figures.completed.size(), "same tasks in both modes");
  require(full.conflict_line == figures.conflict_line, "same conflict line in both modes");
  require(full.conflict_line == find_conflict_marker(text), "conflict line agrees");

  EntryChange change;
  change.studied.push_back("fuzz note 7f3a");
  change.minutes = 30;
  change.completed.push_back({"9.9.9", "fuzz task", 0});
  for (Language lang : {Language::Zh, Language::En}) {
    auto changed = apply_change(text, change, lang);
    if (full.conflict_line) {
      require(!changed.ok(), "an entry with conflict markers is refused");
      continue;
    }
    if (!changed.ok()) continue;  // e.g. an unreadable study time to add to: refused, fine
    const JournalEntry after = parse_entry(*changed, true);
    require(after.conflict_line == 0, "the change adds no conflict marker");
    require(std::find(after.studied.begin(), after.studied.end(), "fuzz note 7f3a") != after.studied.end(),
            "the note reads back");
    require(std::any_of(after.completed.begin(), after.completed.end(),
                        [](const CompletedTask& t) { return t.id == "9.9.9"; }),
            "the completed task reads back");
    require(after.minutes == full.minutes + 30, "the minutes add up");

    EntryChange undo;
    undo.uncompleted.push_back("9.9.9");
    auto undone = apply_change(*changed, undo, lang);
    require(undone.ok(), "removing a task just added works");
    const JournalEntry back = parse_entry(*undone, true);
    require(std::none_of(back.completed.begin(), back.completed.end(),
                         [](const CompletedTask& t) { return t.id == "9.9.9"; }),
            "the removed task is gone");
  }
  return 0;
}
