// `show`'s item state and dates (see item_report.h).
#include "core/item_report.h"

#include <fmt/format.h>

#include "core/i18n.h"
#include "core/stats.h"

namespace llm101 {
namespace {

// The state in words, as reports show it.
std::string state_words(ItemState s) {
  switch (s) {
    case ItemState::Doing: return _("in progress");
    case ItemState::Done: return _("done");
    case ItemState::Skipped: return _("skipped");
    case ItemState::Open: break;
  }
  return _("open");
}

std::string date_or_dash(const std::optional<Date>& d) { return d ? display_date(*d) : std::string("—"); }

}  // namespace

std::vector<ItemDates> item_dates(const Roadmap& rm, const std::vector<JournalEntry>& entries) {
  std::vector<ItemDates> out(rm.items.size());
  const std::vector<std::optional<Date>> started = start_dates(rm, entries);
  for (std::size_t i = 0; i < out.size(); ++i) out[i].started = started[i];
  // The date does not matter here: unrecorded completions (ticked by hand) are left unknown.
  for (const Completion& c : completion_dates(rm, entries, Date{})) {
    if (c.before_tracking) out[c.item].before_tracking = true;
    else if (c.recorded) out[c.item].done = c.date;
  }
  return out;
}

std::string render_item_state(const TaskItem& it, const ItemDates& d, const Style& style) {
  std::string out = _f("State: {}", state_words(it.state)) + "\n";
  out += style.dim(_f("Started: {}", date_or_dash(d.started))) + "\n";
  if (it.state == ItemState::Done && d.before_tracking)
    out += style.dim(_("Done: before tracking (already ticked when the roadmap was imported; no date)")) + "\n";
  else
    out += style.dim(_f("Done: {}", date_or_dash(it.state == ItemState::Done ? d.done : std::nullopt))) + "\n";
  return out;
}

}  // namespace llm101
