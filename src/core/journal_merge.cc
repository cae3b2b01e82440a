// The journal entry merge: the entry's lines merge as note lists (a conflict unites both sides'
// notes), and the study time is set to ours + theirs - base by the journal writer itself, so it
// reads as the entry's own language and style. When a side changed the time, every side's time
// is first zeroed the same way, so the time lines cannot collide.
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/journal.h"
#include "core/merge.h"

namespace llm101 {
namespace {

// `text` with its study time moved by `minutes`, written by the journal writer.
std::optional<std::string> add_minutes(std::string_view text, int minutes) {
  if (minutes == 0) return std::string(text);
  EntryChange change;
  change.minutes = minutes;
  auto out = apply_change(text, change, Language::Zh);
  if (!out) return std::nullopt;
  return std::move(*out);
}

}  // namespace

MergeResult merge_journal_entry(std::string_view base, std::string_view ours, std::string_view theirs) {
  const std::array<std::string_view, 3> texts{base, ours, theirs};
  std::array<int, 3> minutes{};
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (find_conflict_marker(texts[i])) return merge_lines(base, ours, theirs);
    const JournalEntry e = parse_entry(texts[i], false);
    minutes[i] = e.minutes;
    if (!e.warnings.empty()) return merge_lines(base, ours, theirs);  // a time we cannot add up
  }
  std::array<std::string, 3> work;
  // Any change of time: zero it everywhere, so a rewritten time line cannot collide either.
  const bool timed = minutes[1] != minutes[0] || minutes[2] != minutes[0];
  for (std::size_t i = 0; i < texts.size(); ++i) {
    auto t = timed ? add_minutes(texts[i], -minutes[i]) : std::string(texts[i]);
    if (!t) return merge_lines(base, ours, theirs);
    work[i] = std::move(*t);
  }
  MergeResult r = merge_lines_uniting(work[0], work[1], work[2]);
  const int target = std::max(0, minutes[1] + minutes[2] - minutes[0]);
  const JournalEntry merged = parse_entry(r.text, false);
  if (merged.minutes != target) {
    auto fixed = add_minutes(r.text, target - merged.minutes);
    if (!fixed || parse_entry(*fixed, false).minutes != target) return merge_lines(base, ours, theirs);
    r.text = std::move(*fixed);
  }
  return r;
}

bool is_journal_entry_path(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (!name.ends_with(".md")) return false;
  name.remove_suffix(3);
  return parse_date(name).has_value();
}

}  // namespace llm101
