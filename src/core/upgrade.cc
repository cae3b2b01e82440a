#include "core/upgrade.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "core/edit.h"
#include "core/i18n.h"
#include "core/item_state.h"
#include "core/text_match.h"

namespace llm101 {
namespace {

// What the matcher knows of an item or project: its text and where it sits.
struct Entry {
  std::string_view text;
  std::u32string form;
  std::string_view id;
  int group = 0;            // section (or project phase), numbered within its version
  int stage = 0;            // stage, numbered within its version
  std::u32string context;   // normal form of the titles around it, for choosing among equals
};

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Pairs current entries with next entries, one to one, in passes of decreasing certainty.
class Matcher {
 public:
  Matcher(std::vector<Entry> a, std::vector<Entry> b)
      : a_(std::move(a)), b_(std::move(b)), to_(a_.size(), kNone), from_(b_.size(), kNone),
        score_(a_.size(), 0.0) {}

  void run() {
    by_key([](const Entry& e) { return std::u32string(e.text.begin(), e.text.end()); });
    by_key([](const Entry& e) { return e.form; });
    by_similarity();
  }
  std::size_t target(std::size_t i) const { return to_[i]; }
  double score(std::size_t i) const { return score_[i]; }
  bool taken(std::size_t j) const { return from_[j] != kNone; }

 private:
  void pair(std::size_t i, std::size_t j, double s) {
    to_[i] = j;
    from_[j] = i;
    score_[i] = s;
  }

  // Equal keys pair up; among several equal ones the same ID wins, then the same section
  // titles, then document order. (The first key is the raw text: bytes compared as chars.)
  template <class Key>
  void by_key(Key key) {
    std::map<std::u32string, std::vector<std::size_t>> free;
    for (std::size_t j = 0; j < b_.size(); ++j)
      if (!taken(j)) free[key(b_[j])].push_back(j);
    for (std::size_t i = 0; i < a_.size(); ++i) {
      if (to_[i] != kNone) continue;
      std::u32string k = key(a_[i]);
      if (k.empty()) continue;
      auto it = free.find(k);
      if (it == free.end()) continue;
      std::size_t best = kNone;
      int best_rank = 3;
      for (std::size_t j : it->second) {
        if (taken(j)) continue;
        int rank = b_[j].id == a_[i].id ? 0 : b_[j].context == a_[i].context ? 1 : 2;
        if (rank < best_rank) best = j, best_rank = rank;
      }
      if (best != kNone) pair(i, best, 1.0);
    }
  }

  // Which group (or stage) of the next version each current one became: the one most of its
  // paired entries went to; with none paired, the one with the same titles.
  std::map<int, int> correspondence(bool stages) const {
    std::map<int, std::map<int, int>> votes;
    for (std::size_t i = 0; i < a_.size(); ++i)
      if (to_[i] != kNone) ++votes[stages ? a_[i].stage : a_[i].group][stages ? b_[to_[i]].stage : b_[to_[i]].group];
    std::map<int, int> out;
    for (const auto& [g, v] : votes)
      out[g] = std::max_element(v.begin(), v.end(), [](auto& x, auto& y) { return x.second < y.second; })->first;
    if (stages) return out;
    std::map<std::u32string, int> by_titles;  // the first group of the next version with these titles
    for (const Entry& f : b_) by_titles.emplace(f.context, f.group);
    for (const Entry& e : a_)
      if (!out.count(e.group))
        if (auto t = by_titles.find(e.context); t != by_titles.end()) out[e.group] = t->second;
    return out;
  }

  // The rest: the most similar pairs first, each above the threshold for how far apart they are.
  void by_similarity() {
    const std::map<int, int> groups = correspondence(false), stages = correspondence(true);
    std::vector<std::tuple<double, std::size_t, std::size_t>> cands;
    for (std::size_t i = 0; i < a_.size(); ++i) {
      if (to_[i] != kNone) continue;
      auto g = groups.find(a_[i].group);
      auto s = stages.find(a_[i].stage);
      for (std::size_t j = 0; j < b_.size(); ++j) {
        if (taken(j)) continue;
        // Items of one section look more alike than items of one stage, and those more than
        // any two items: the farther, the more alike a text must be (text_match.h).
        const bool in_section = g != groups.end() && b_[j].group == g->second;
        const bool in_stage = s != stages.end() && b_[j].stage == s->second;
        double sc = similarity(a_[i].form, b_[j].form);
        if (sc >= (in_section ? kRenameInSection : in_stage ? kRenameInStage : kRenameAnywhere))
          cands.emplace_back(-sc, i, j);
      }
    }
    std::sort(cands.begin(), cands.end());
    for (const auto& [neg, i, j] : cands)
      if (to_[i] == kNone && !taken(j)) pair(i, j, -neg);
  }

  std::vector<Entry> a_, b_;
  std::vector<std::size_t> to_, from_;
  std::vector<double> score_;
};

std::u32string titles_form(const Roadmap& rm, const TaskItem& it) {
  std::string t;
  if (it.stage >= 0) {
    const Stage& st = rm.stages[it.stage];
    t = st.title + "/";
    if (it.section >= 0) t += st.sections[it.section].title;
  }
  return match_form(t);
}

std::vector<Entry> item_entries(const Roadmap& rm) {
  std::vector<Entry> out;
  for (const TaskItem& it : rm.items) {
    Entry e{it.text, match_form(it.text), it.id, 0, it.stage + 1, titles_form(rm, it)};
    // Sections numbered across the document: (stage, section) → one number.
    e.group = (it.stage + 1) * 100000 + it.section + 1;
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<Entry> project_entries(const Guide& g) {
  std::vector<Entry> out;
  for (const Project& p : g.projects) {
    std::u32string phase = p.phase >= 0 ? match_form(g.phases[p.phase].title) : std::u32string();
    out.push_back({p.text, match_form(p.text), p.id, p.phase, p.phase, phase});
  }
  return out;
}

ItemFate fate_of(std::string_view old_text, std::string_view old_id, std::string_view new_text,
                 std::string_view new_id) {
  if (old_text != new_text) return ItemFate::Renamed;
  return old_id == new_id ? ItemFate::Kept : ItemFate::Moved;
}

std::vector<ItemMatch> run_matcher(std::vector<Entry> a, std::vector<Entry> b, std::vector<std::size_t>& added) {
  Matcher m(a, b);
  m.run();
  std::vector<ItemMatch> out;
  for (std::size_t i = 0; i < a.size(); ++i) {
    ItemMatch r;
    r.old_index = i;
    if (std::size_t j = m.target(i); j != kNone) {
      r.new_index = j;
      r.score = m.score(i);
      r.fate = fate_of(a[i].text, a[i].id, b[j].text, b[j].id);
    }
    out.push_back(r);
  }
  added.clear();
  for (std::size_t j = 0; j < b.size(); ++j)
    if (!m.taken(j)) added.push_back(j);
  return out;
}

bool open_mark(char c) { return c == ' ' || c == '\t'; }

// Marks to carry into the new text. Items carry their state (open, in progress, done, skipped)
// as read_state reads it, so a marker comment or an Obsidian box is never lost; projects carry
// their mark byte, or get "[x] " inserted where the new version has a plain line.
struct Carried {
  std::vector<StateEdit> states;  // item boxes, as offsets into next.text
  std::vector<MarkEdit> flips;    // project boxes
  std::vector<std::size_t> inserts;
};

Carried carry_marks(const RoadmapVersion& cur, const RoadmapVersion& next, const UpgradePlan& plan) {
  Carried c;
  for (const ItemMatch& m : plan.items) {
    if (m.fate == ItemFate::Dropped) continue;
    std::size_t box = next.roadmap.items[m.new_index].box;
    const std::size_t old_box = cur.roadmap.items[m.old_index].box;
    ItemState from = read_state(cur.text, old_box);
    // A done box keeps the byte the user wrote ("[X]" stays "[X]").
    char done_mark = from == ItemState::Done ? cur.text[old_box] : 0;
    if (from != read_state(next.text, box)) c.states.push_back(StateEdit{.box = box, .to = from, .done_mark = done_mark});
  }
  for (const ItemMatch& m : plan.projects) {
    if (m.fate == ItemFate::Dropped) continue;
    const Project& p = cur.guide.projects[m.old_index];
    const Project& q = next.guide.projects[m.new_index];
    char from = p.is_task ? cur.text[p.box] : ' ';
    if (q.is_task) {
      char to = next.text[q.box];
      if (from != to && !(open_mark(from) && open_mark(to))) c.flips.push_back({q.box, from});
    } else if (p.done) {
      c.inserts.push_back(q.insert_at);
    }
  }
  return c;
}

// Applies the carried marks: project flips (same length), then inserts, then item states at
// their boxes shifted past the inserted "[x] " before them.
Expected<std::string> apply_carried(std::string_view text, Carried c, std::string_view file) {
  auto out = apply_marks(text, c.flips, file);
  if (!out) return out.error();
  std::string result = std::move(out).value();
  if (!c.inserts.empty()) {
    std::sort(c.inserts.begin(), c.inserts.end());
    c.inserts.erase(std::unique(c.inserts.begin(), c.inserts.end()), c.inserts.end());
    auto inserted = insert_task_markers(result, c.inserts, file);
    if (!inserted) return inserted.error();
    result = std::move(inserted).value();
    constexpr std::size_t kInserted = 4;  // "[x] "
    for (StateEdit& e : c.states)
      e.box += kInserted * static_cast<std::size_t>(std::upper_bound(c.inserts.begin(), c.inserts.end(), e.box) -
                                                    c.inserts.begin());
  }
  return apply_states(result, c.states, file);
}

}  // namespace

std::string_view fate_name(ItemFate f) {
  switch (f) {
    case ItemFate::Kept: return "kept";
    case ItemFate::Moved: return "moved";
    case ItemFate::Renamed: return "renamed";
    case ItemFate::Dropped: return "dropped";
  }
  return "dropped";
}

std::vector<ItemMatch> match_items(const Roadmap& current, const Roadmap& next) {
  std::vector<std::size_t> added;
  return run_matcher(item_entries(current), item_entries(next), added);
}

Expected<UpgradePlan> plan_upgrade(const RoadmapVersion& current, const RoadmapVersion& next,
                                   std::string_view next_file) {
  auto refuse = [&](std::string msg, int line) {
    Diagnostic d = input_error(std::move(msg));
    d.file = std::string(next_file);
    d.line = line;
    return d;
  };
  if (next.roadmap.conflict_line)
    return refuse(_("git merge conflict markers; resolve them before upgrading to this file"), next.roadmap.conflict_line);
  if (next.roadmap.items.empty())
    return refuse(_("no task items (- [ ] …): taking it would drop every item of the roadmap"), 0);
  UpgradePlan plan;
  plan.items = run_matcher(item_entries(current.roadmap), item_entries(next.roadmap), plan.added);
  plan.projects = run_matcher(project_entries(current.guide), project_entries(next.guide), plan.added_projects);
  for (const ItemMatch& m : plan.items) {
    plan.kept += m.fate == ItemFate::Kept;
    plan.moved += m.fate == ItemFate::Moved;
    plan.renamed += m.fate == ItemFate::Renamed;
    plan.dropped += m.fate == ItemFate::Dropped;
  }
  auto text = apply_carried(next.text, carry_marks(current, next, plan), next_file);
  if (!text) return text.error();
  plan.text = std::move(text).value();
  return plan;
}

}  // namespace llm101
