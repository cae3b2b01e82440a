#include "core/report.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

#include "core/date.h"
#include "core/hours.h"
#include "core/i18n.h"
#include "core/json.h"
#include "core/text.h"

namespace llm101 {
namespace {

bool in_scope(std::string_view id, std::string_view scope) { return id_in_scope(id, scope); }

// Is `scope` inside `id` (an ancestor line stays visible when a descendant is selected)?
bool contains_scope(std::string_view id, std::string_view scope) { return in_scope(scope, id); }

struct Row {
  std::string label;  // indented id + title
  int done = 0;
  int total = 0;
  bool heading = false;
};

}  // namespace

std::string state_box(ItemState s, const Style& style) {
  switch (s) {
    case ItemState::Done: return style.green("[x]");
    case ItemState::Doing: return style.yellow("[/]");
    case ItemState::Skipped: return style.dim("[-]");
    case ItemState::Open: break;
  }
  return "[ ]";
}

std::string progress_words(int done, int total, int doing, int skipped) {
  if (doing > 0 && skipped > 0) return _f("{}/{} done, {} in progress, {} skipped", done, total, doing, skipped);
  if (doing > 0) return _f("{}/{} done, {} in progress", done, total, doing);
  if (skipped > 0) return _f("{}/{} done, {} skipped", done, total, skipped);
  return _f("{}/{} done", done, total);
}

std::string item_context(const Roadmap& rm, const TaskItem& item) {
  if (item.stage < 0) return {};
  const Stage& st = rm.stages[item.stage];
  if (item.section >= 0) {
    const Section& sec = st.sections[item.section];
    return fmt::format("{} {}", sec.id, sec.title);
  }
  return fmt::format("{} {}", st.id, st.title);
}

namespace {
// "Journal  12.5h total, 3h this week · streak 2 days · last entry 2026-11-28", cut to the width.
std::string journal_line(const StatusJournal& journal, const Style& style) {
  const std::string label = _("Journal");
  const auto last = parse_date(journal.last_entry);
  const std::string figures =
      _f("{} total, {} this week · streak {} · last entry {}", format_hours_short(journal.minutes),
         format_hours_short(journal.minutes_this_week), days_text(journal.streak),
         last ? display_date(*last) : std::string(_("none")));
  const std::size_t used = display_width(label) + 2;
  return fmt::format("\n{}  {}\n", style.bold(label),
                     truncate_to_width(figures, style.width > used ? style.width - used : 1));
}

// One row per stage and section in `scope`, IDs padded to the widest of their rank so titles
// line up ("9" and "10", "1.9" and "1.10").
std::vector<Row> status_rows(const Roadmap& rm, std::string_view scope) {
  std::size_t stage_w = 0, section_w = 0;
  for (const Stage& st : rm.stages) {
    stage_w = std::max(stage_w, st.id.size());
    for (const Section& sec : st.sections) section_w = std::max(section_w, sec.id.size());
  }
  std::vector<Row> rows;
  for (const Stage& st : rm.stages) {
    if (!in_scope(st.id, scope) && !contains_scope(st.id, scope)) continue;
    rows.push_back({fmt::format("{}  {}", pad_right(st.id, stage_w), st.title), st.done, st.total, true});
    for (const Section& sec : st.sections) {
      if (!in_scope(sec.id, scope) && !contains_scope(sec.id, scope)) continue;
      if (only_pseudo_section(st)) continue;  // the stage's own row says it all
      rows.push_back({fmt::format("  {}  {}", pad_right(sec.id, section_w), sec.title), sec.done, sec.total, false});
    }
  }
  return rows;
}

}  // namespace

std::string render_status(const Roadmap& rm, std::string_view scope, const Style& style,
                          const StatusJournal& journal) {
  std::vector<Row> rows = status_rows(rm, scope);
  const bool item_level = !scope.empty() && (rm.find_section(scope) || rm.find_item(scope) ||
                                             (rm.find_stage(scope) && rm.section_level == 0));
  const std::string title = rm.title.empty() ? std::string(_("Roadmap")) : rm.title;
  std::size_t label_w = display_width(title);
  for (const Row& r : rows) label_w = std::max(label_w, display_width(r.label));
  // label, count "70/70", percent "100%" and bar, two spaces apart. To fit the width, the bar
  // shrinks (down to 4 cells), then labels are cut (down to 8 cells), then the bar goes.
  const std::size_t count_w = fmt::format("{}/{}", rm.total, rm.total).size();
  const std::size_t fixed = 2 + count_w + 2 + 4;
  std::size_t bar_w = 20;
  auto line_width = [&] { return label_w + fixed + (bar_w ? 2 + bar_w : 0); };
  if (line_width() > style.width) {
    std::size_t room = style.width > label_w + fixed + 2 ? style.width - label_w - fixed - 2 : 0;
    bar_w = std::clamp<std::size_t>(room, 4, 20);
  }
  if (line_width() > style.width) label_w = std::max<std::size_t>(8, style.width > fixed + 2 + bar_w ? style.width - fixed - 2 - bar_w : 0);
  if (line_width() > style.width) {
    bar_w = 0;
    label_w = std::max<std::size_t>(3, style.width > fixed ? style.width - fixed : 0);
  }
  auto line = [&](std::string_view label, int done, int total, bool strong) {
    std::string l = pad_right(truncate_to_width(label, label_w), label_w);
    std::string count = pad_left(fmt::format("{}/{}", done, total), count_w);
    std::string pct = pad_left(fmt::format("{}%", percent(done, total)), 4);
    std::string bar = bar_w ? "  " + progress_bar(done, total, bar_w, style) : std::string();
    return fmt::format("{}  {}  {}{}\n", strong ? style.bold(l) : l, count, pct, bar);
  };
  std::string out;
  out += line(title, rm.done, rm.total, true);
  if (!rows.empty()) out += '\n';
  for (const Row& r : rows) out += line(r.label, r.done, r.total, r.heading);
  if (item_level) {
    std::vector<std::size_t> items;
    for (std::size_t i = 0; i < rm.items.size(); ++i)
      if (in_scope(rm.items[i].id, scope)) items.push_back(i);
    out += '\n';
    out += render_items(rm, items, style);
  }
  if (rm.doing > 0 || rm.skipped > 0)
    out += fmt::format("\n{}  {}\n", style.bold(_("Items")), progress_words(rm.done, rm.total, rm.doing, rm.skipped));
  if (journal.present) out += journal_line(journal, style);
  if (rm.total == 0)
    out += _("\nNo task items found (a task item is a list item starting with \"[ ]\" or \"[x]\").\n");
  return out;
}

std::string status_json(const Roadmap& rm, std::string_view scope, const StatusJournal& journal) {
  toml::table root;
  // The same keys in and outside a workspace (share/schema/status.schema.json).
  root.insert("hours", minutes_to_hours(journal.minutes));
  root.insert("hours_this_week", minutes_to_hours(journal.present ? journal.minutes_this_week : 0));
  root.insert("current_streak", journal.present ? journal.streak : 0);
  root.insert("last_entry", string_or_null(journal.present ? journal.last_entry : ""));
  root.insert("title", rm.title);
  root.insert("total", rm.total);
  root.insert("done", rm.done);
  root.insert("doing", rm.doing);
  root.insert("skipped", rm.skipped);
  root.insert("percent", percent(rm.done, rm.total));
  toml::array stages;
  for (const Stage& st : rm.stages) {
    if (!in_scope(st.id, scope) && !contains_scope(st.id, scope)) continue;
    toml::table s;
    s.insert("id", st.id);
    s.insert("title", st.title);
    s.insert("heading", st.heading);
    s.insert("line", st.line);
    s.insert("total", st.total);
    s.insert("done", st.done);
    s.insert("doing", st.doing);
    s.insert("skipped", st.skipped);
    toml::array sections;
    for (const Section& sec : st.sections) {
      if (!in_scope(sec.id, scope) && !contains_scope(sec.id, scope)) continue;
      if (only_pseudo_section(st)) continue;  // the stage's own row says it all
      toml::table t;
      t.insert("id", sec.id);
      t.insert("title", sec.title);
      t.insert("heading", sec.heading);
      t.insert("line", sec.line);
      t.insert("total", sec.total);
      t.insert("done", sec.done);
      t.insert("doing", sec.doing);
      t.insert("skipped", sec.skipped);
      sections.push_back(std::move(t));
    }
    s.insert("sections", std::move(sections));
    stages.push_back(std::move(s));
  }
  root.insert("stages", std::move(stages));
  root.insert("scope", string_or_null(scope));
  return to_json_text(root);
}

std::string render_items(const Roadmap& rm, const std::vector<std::size_t>& items,
                         const Style& style) {
  std::size_t id_w = 0;
  for (std::size_t i : items) id_w = std::max(id_w, rm.items[i].id.size());
  std::string out;
  for (std::size_t i : items) {
    const TaskItem& it = rm.items[i];
    std::string indent(static_cast<std::size_t>(it.depth) * 2, ' ');
    std::string box = state_box(it.state, style);
    // The ID and box always show; the text is cut to fit (but keeps a few cells).
    std::size_t used = id_w + 2 + indent.size() + 4;
    std::string text = truncate_to_width(it.text, style.width > used + 4 ? style.width - used : 4);
    bool settled = it.state == ItemState::Done || it.state == ItemState::Skipped;
    out += fmt::format("{}  {}{} {}\n", style.dim(pad_right(it.id, id_w)), indent, box,
                       settled ? style.dim(text) : text);
  }
  return out;
}

std::string render_next(const Roadmap& rm, const std::vector<std::size_t>& items, const Style& style) {
  std::size_t id_w = 0;
  for (std::size_t i : items) id_w = std::max(id_w, rm.items[i].id.size());
  std::string out;
  for (std::size_t i : items) {
    const TaskItem& it = rm.items[i];
    std::string where = item_context(rm, it);
    if (!where.empty()) where = fmt::format("  ({})", where);
    // To fit the width the context goes first, then the text is cut.
    std::size_t used = id_w + 2;
    if (used + display_width(it.text) + display_width(where) > style.width) where.clear();
    std::string text = truncate_to_width(it.text, style.width > used + 4 ? style.width - used : 4);
    out += fmt::format("{}  {}{}\n", style.bold(pad_right(it.id, id_w)), text, style.dim(where));
  }
  return out;
}

namespace {

// One item as show prints it in JSON (list and next write theirs directly: items_json).
toml::table item_table(const Roadmap& rm, const TaskItem& it) {
  toml::table t;
  t.insert("id", it.id);
  t.insert("text", it.text);
  t.insert("done", it.done);
  t.insert("state", std::string(state_name(it.state)));
  t.insert("line", it.line);
  // Every key always present (share/schema/items.schema.json): null outside any stage or section.
  t.insert("stage", it.stage >= 0 ? toml::value<std::string>(rm.stages[it.stage].id) : json_null());
  t.insert("section", it.section >= 0 ? toml::value<std::string>(rm.stages[it.stage].sections[it.section].id)
                                      : json_null());
  return t;
}

}  // namespace

std::string items_json(const Roadmap& rm, const std::vector<std::size_t>& items) {
  // Written directly, in the layout of the JSON formatter the other outputs use (keys sorted,
  // four-space indent), so 100k items need no per-item table; stage and section are always
  // present, null when the item has none.
  if (items.empty()) return "[]\n";
  std::string out = "[\n";
  std::size_t estimate = 8;  // reserve once: doubling a 20 MB string would need 48 MB at the peak
  // 177 bytes of keys, quotes, indent and values per item at most, beside its ID (three times: as
  // id, section and stage at most) and its text (escapes aside)
  for (std::size_t i : items) estimate += 180 + rm.items[i].text.size() + 3 * rm.items[i].id.size();
  out.reserve(estimate);
  for (std::size_t k = 0; k < items.size(); ++k) {
    const TaskItem& it = rm.items[items[k]];
    out += k ? ",\n    {\n        \"done\" : " : "    {\n        \"done\" : ";
    out += it.done ? "true" : "false";
    out += ",\n        \"id\" : ";
    append_json_string(out, it.id);
    out += ",\n        \"line\" : ";
    out += std::to_string(it.line);
    out += ",\n        \"section\" : ";
    if (it.stage >= 0 && it.section >= 0) append_json_string(out, rm.stages[it.stage].sections[it.section].id);
    else out += "null";
    out += ",\n        \"stage\" : ";
    if (it.stage >= 0) append_json_string(out, rm.stages[it.stage].id);
    else out += "null";
    out += ",\n        \"state\" : \"";
    out += state_name(it.state);
    out += "\",\n        \"text\" : ";
    append_json_string(out, it.text);
    out += "\n    }";
  }
  out += "\n]\n";
  return out;
}

std::string show_items_json(const Roadmap& rm, const std::vector<std::size_t>& items,
                            const std::vector<ItemDates>& dates) {
  auto date_value = [](const std::optional<Date>& d) {
    return d ? toml::value<std::string>(format_date(*d)) : json_null();
  };
  toml::array arr;
  for (std::size_t i : items) {
    toml::table t = item_table(rm, rm.items[i]);
    t.insert("start_date", date_value(dates[i].started));
    t.insert("done_date", date_value(rm.items[i].state == ItemState::Done ? dates[i].done : std::nullopt));
    t.insert("done_before_tracking", rm.items[i].state == ItemState::Done && dates[i].before_tracking);
    arr.push_back(std::move(t));
  }
  return to_json_text(arr);
}

}  // namespace llm101
