// The journal entry merge: the entry's lines merge as note lists (a conflict unites both sides'
// notes), and the study time is set to ours + theirs - base by the journal writer itself, so it
// reads as the entry's own language and style. When a side changed the time, every side's time
// is first zeroed the same way, so the time lines cannot collide. Item times (各条目用时) follow
// the same rule per item: their lines are taken out on every side and written back as the sum.
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/journal.h"
#include "core/merge.h"

namespace llm101 {
namespace {

// What the merge adds up on each side: the day's minutes and each item's.
struct Times {
  int minutes = 0;
  std::vector<CompletedTask> items;  // summed by ID
  bool operator==(const Times& o) const {
    if (minutes != o.minutes || items.size() != o.items.size()) return false;
    for (std::size_t i = 0; i < items.size(); ++i)
      if (items[i].id != o.items[i].id || items[i].minutes != o.items[i].minutes) return false;
    return true;
  }
};

Times times_of(const JournalEntry& e) { return {e.minutes, sum_item_time(e.item_time)}; }

int item_minutes(const Times& t, const std::string& id) {
  for (const CompletedTask& c : t.items)
    if (c.id == id) return c.minutes;
  return 0;
}

// ours + theirs - base, for the day and for every item either side or the base lists.
Times merged_times(const std::array<Times, 3>& t) {
  Times out;
  out.minutes = std::max(0, t[1].minutes + t[2].minutes - t[0].minutes);
  for (std::size_t side : {1, 2, 0})
    for (const CompletedTask& c : t[side].items) {
      if (std::any_of(out.items.begin(), out.items.end(), [&](const CompletedTask& o) { return o.id == c.id; }))
        continue;
      CompletedTask m = c;
      m.minutes = std::max(0, item_minutes(t[1], c.id) + item_minutes(t[2], c.id) - item_minutes(t[0], c.id));
      if (m.minutes > 0) out.items.push_back(std::move(m));
    }
  return out;
}

// `text` moved from the times `from` to `to` by the journal writer; `strip` takes every item
// line out first (so the times `to` lists are written as new lines).
std::optional<std::string> retime(std::string_view text, const Times& from, const Times& to, bool strip) {
  EntryChange change;
  change.minutes = to.minutes - from.minutes;
  for (const CompletedTask& c : from.items)
    if (strip) change.unitem_time.push_back(c.id);
  for (CompletedTask c : to.items) {
    c.minutes -= strip ? 0 : item_minutes(from, c.id);
    if (c.minutes != 0) change.item_time.push_back(std::move(c));
  }
  if (change.empty()) return std::string(text);
  auto out = apply_change(text, change, Language::Zh);
  if (!out) return std::nullopt;
  return std::move(*out);
}

}  // namespace

MergeResult merge_journal_entry(std::string_view base, std::string_view ours, std::string_view theirs) {
  const std::array<std::string_view, 3> texts{base, ours, theirs};
  std::array<Times, 3> times{};
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (find_conflict_marker(texts[i])) return merge_lines(base, ours, theirs);
    const JournalEntry e = parse_entry(texts[i], false);
    times[i] = times_of(e);
    if (!e.warnings.empty()) return merge_lines(base, ours, theirs);  // a time we cannot add up
  }
  if (times[0] == times[1] && times[0] == times[2]) return merge_lines_uniting(base, ours, theirs);
  // Any change of time: zero it everywhere, so a rewritten time line cannot collide either.
  std::array<std::string, 3> work;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    auto t = retime(texts[i], times[i], Times{}, true);
    if (!t) return merge_lines(base, ours, theirs);
    work[i] = std::move(*t);
  }
  MergeResult r = merge_lines_uniting(work[0], work[1], work[2]);
  const Times target = merged_times(times);
  auto fixed = retime(r.text, times_of(parse_entry(r.text, false)), target, false);
  if (!fixed || !(times_of(parse_entry(*fixed, false)) == target)) return merge_lines(base, ours, theirs);
  r.text = std::move(*fixed);
  return r;
}

bool is_journal_entry_path(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name == kBeforeTrackingFile) return true;  // entry-shaped: its lines unite like an entry's
  if (!name.ends_with(".md")) return false;
  name.remove_suffix(3);
  return parse_date(name).has_value();
}

}  // namespace llm101
