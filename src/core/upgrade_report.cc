#include "core/upgrade_report.h"

#include <cstdint>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/i18n.h"
#include "core/item_state.h"
#include "core/json.h"

namespace llm101 {
namespace {

// One side of a match, for rendering: an item or a project, in either version.
struct Side {
  std::string id, text;
  ItemState state = ItemState::Open;
};

Side item_side(const RoadmapVersion& v, std::size_t i) {
  const TaskItem& it = v.roadmap.items[i];
  return {it.id, it.text, read_state(v.text, it.box)};
}

Side project_side(const RoadmapVersion& v, std::size_t i) {
  const Project& p = v.guide.projects[i];
  bool done = p.is_task ? (v.text[p.box] == 'x' || v.text[p.box] == 'X') : p.done;
  return {p.id, p.text, done ? ItemState::Done : ItemState::Open};
}

// The state as a box a reader knows: GFM's for open and done, Obsidian Tasks' for the others.
std::string_view box(ItemState s) {
  switch (s) {
    case ItemState::Done: return "[x]";
    case ItemState::Doing: return "[/]";
    case ItemState::Skipped: return "[-]";
    case ItemState::Open: break;
  }
  return "[ ]";
}

// The lines of one fate: "  1.2.3 → 1.3.1  [x] text" ("old → new" text for a rename).
std::string fate_lines(const UpgradeReport& r, const std::vector<ItemMatch>& ms, ItemFate fate, bool projects,
                       const Style& style) {
  std::string out;
  for (const ItemMatch& m : ms) {
    if (m.fate != fate) continue;
    Side a = projects ? project_side(r.current, m.old_index) : item_side(r.current, m.old_index);
    if (fate == ItemFate::Dropped) {
      out += fmt::format("  {}  {} {}\n", style.bold(a.id), box(a.state), a.text);
      continue;
    }
    Side b = projects ? project_side(r.next, m.new_index) : item_side(r.next, m.new_index);
    if (fate == ItemFate::Renamed)
      out += fmt::format("  {} → {}  {} {} → {}\n", a.id, style.bold(b.id), box(a.state), a.text, b.text);
    else
      out += fmt::format("  {} → {}  {} {}\n", a.id, style.bold(b.id), box(a.state), b.text);
  }
  return out;
}

std::string added_lines(const UpgradeReport& r, const std::vector<std::size_t>& added, bool projects,
                        const Style& style) {
  std::string out;
  for (std::size_t j : added) {
    Side b = projects ? project_side(r.next, j) : item_side(r.next, j);
    out += fmt::format("  {}  {} {}\n", style.bold(b.id), box(b.state), b.text);
  }
  return out;
}

// The sections of the report for items (or projects), each under its heading when not empty.
std::string sections(const UpgradeReport& r, bool projects, const Style& style) {
  const std::vector<ItemMatch>& ms = projects ? r.plan.projects : r.plan.items;
  const std::vector<std::size_t>& added = projects ? r.plan.added_projects : r.plan.added;
  std::string out;
  auto part = [&](std::string_view title, std::string body) {
    if (!body.empty()) out += fmt::format("{}\n{}", title, body);
  };
  part(projects ? _("projects moved:") : _("moved:"), fate_lines(r, ms, ItemFate::Moved, projects, style));
  part(projects ? _("projects renamed:") : _("renamed:"), fate_lines(r, ms, ItemFate::Renamed, projects, style));
  part(projects ? _("new projects:") : _("new:"), added_lines(r, added, projects, style));
  part(projects ? _("projects dropped:") : _("dropped:"), fate_lines(r, ms, ItemFate::Dropped, projects, style));
  return out;
}

toml::table match_json(std::string_view fate, const Side& a, const Side& b, ItemState state) {
  toml::table t;
  t.insert("fate", std::string(fate));
  t.insert("old_id", a.id);
  t.insert("old_text", a.text);
  t.insert("new_id", b.id);
  t.insert("new_text", b.text);
  t.insert("state", std::string(state_name(state)));
  return t;
}

toml::array matches_json(const UpgradeReport& r, bool projects) {
  const std::vector<ItemMatch>& ms = projects ? r.plan.projects : r.plan.items;
  const std::vector<std::size_t>& added = projects ? r.plan.added_projects : r.plan.added;
  auto side = [&](const RoadmapVersion& v, std::size_t i) { return projects ? project_side(v, i) : item_side(v, i); };
  toml::array out;
  for (const ItemMatch& m : ms) {
    Side a = side(r.current, m.old_index);
    Side b = m.fate == ItemFate::Dropped ? Side{} : side(r.next, m.new_index);
    out.push_back(match_json(fate_name(m.fate), a, b, a.state));
  }
  for (std::size_t j : added) {
    Side b = side(r.next, j);
    out.push_back(match_json("new", Side{}, b, b.state));
  }
  return out;
}

}  // namespace

std::vector<std::size_t> dropped_done(const UpgradeReport& r) {
  std::vector<std::size_t> out;
  for (const ItemMatch& m : r.plan.items)
    if (m.fate == ItemFate::Dropped && r.current.roadmap.items[m.old_index].done) out.push_back(m.old_index);
  return out;
}

std::string render_upgrade(const UpgradeReport& r, const Style& style) {
  const UpgradePlan& p = r.plan;
  std::string out = _f("{} → {}: {} kept, {} moved, {} renamed, {} new, {} dropped", r.from, r.to, p.kept, p.moved,
                        p.renamed, p.added.size(), p.dropped) + "\n";
  out += sections(r, false, style);
  if (!p.projects.empty() || !p.added_projects.empty()) out += sections(r, true, style);
  if (!r.unmapped.empty()) {
    out += _("journal lines that name no item of the new roadmap (kept as they are):");
    out += "\n";
    for (const UnmappedLine& u : r.unmapped)
      out += fmt::format("  {}:{}  {} {}\n", u.file, u.line, u.id, u.text);
  }
  return out;
}

std::string upgrade_json(const UpgradeReport& r) {
  const UpgradePlan& p = r.plan;
  toml::table root;
  root.insert("from", r.from);
  root.insert("to", r.json_to);
  root.insert("written", r.written);
  root.insert("kept", p.kept);
  root.insert("moved", p.moved);
  root.insert("renamed", p.renamed);
  root.insert("new", static_cast<int64_t>(p.added.size()));
  root.insert("dropped", p.dropped);
  root.insert("items", matches_json(r, false));
  root.insert("projects", matches_json(r, true));
  toml::array lines;
  for (const UnmappedLine& u : r.unmapped) {
    toml::table t;
    t.insert("file", u.file);
    t.insert("line", u.line);
    t.insert("id", u.id);
    t.insert("text", u.text);
    lines.push_back(std::move(t));
  }
  root.insert("unmapped_journal", std::move(lines));
  return to_json_text(root);
}

}  // namespace llm101
