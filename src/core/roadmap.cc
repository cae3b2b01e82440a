// parse_roadmap as a short list of named steps: collect headings and task items (the line
// scanner, else cmark), leave out practice projects, choose the stage and section levels, build
// stages and sections, number the items. Heading numbers and ID lookups are in roadmap_ids.cc.
#include "core/roadmap.h"

#include <algorithm>
#include <string>

#include "core/roadmap_collect.h"

namespace llm101 {
namespace {

// Skipped items leave the progress denominator (`total`) and are counted on their own.
template <class Counts>
void count_state(Counts& c, ItemState s) {
  if (s == ItemState::Skipped) {
    ++c.skipped;
    return;
  }
  ++c.total;
  c.done += s == ItemState::Done;
  c.doing += s == ItemState::Doing;
}

Collected collect(const Document& doc, ParseMode mode, ParsePath& path) {
  Collected found;
  path = ParsePath::Scanner;
  if (mode == ParseMode::Auto && scan_roadmap(doc, found)) return found;
  found = Collected{};
  path = ParsePath::Cmark;
  collect_with_cmark(doc, found);
  return found;
}

// Practice projects are tracked apart from the checklist (core/guide.h): a numbered task item at
// the margin below a seed-shaped 实践项目 heading is a project, not a roadmap item, so marking a
// project never renumbers or recounts items. Any other task item there stays in the checklist.
// The original bytes decide too: "[\0]" is blanked to "[ ]" for the parsers but is no checkbox.
void drop_projects(const Document& doc, const OutlineSettings& set, std::vector<Heading>& headings,
                   std::vector<RawItem>& raw) {
  mark_guide_headings(doc, set, headings);
  std::vector<char> projects(headings.size(), 0);
  bool any = doc.has_nul();
  for (std::size_t h = 0; h < headings.size(); ++h)
    if (headings[h].kind == HeadingKind::Projects) projects[h] = any = true;
  if (!any) return;
  std::vector<int> new_index(raw.size(), -1);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    bool skip = !is_task_marker(doc.body(), raw[i].box - 1);
    bool under = false;
    for (int l = 1; l <= 6; ++l) under = under || (raw[i].active[l] >= 0 && projects[raw[i].active[l]]);
    skip = skip || (under && raw[i].parent < 0 && is_project_item_line(doc, raw[i].line));
    if (skip) continue;
    new_index[i] = static_cast<int>(kept);
    RawItem r = std::move(raw[i]);
    if (r.parent >= 0) r.parent = new_index[r.parent];  // a parent sits under the same headings
    raw[kept++] = std::move(r);
  }
  raw.resize(kept);
}

// Stages, sections and item IDs from the collected headings and items.
class Structure {
 public:
  Structure(Roadmap& rm, std::vector<RawItem>& raw, int last_line);
  void choose_stage_level(const OutlineSettings& set);
  void choose_section_level(const OutlineSettings& set);
  void build_stages();
  void build_sections();
  void number_items(std::size_t bom);

 private:
  int stage_index(const RawItem& r) const {
    if (!rm_.stage_level) return -1;
    int h = r.active[rm_.stage_level];
    return h < 0 ? 0 : stage_of_heading_[h];
  }
  void add_stage0(const std::vector<int>& numbers);
  void place(const RawItem& r, TaskItem& item) const;
  void add_sections(Stage& st, const std::vector<std::size_t>& hs);

  Roadmap& rm_;
  std::vector<RawItem>& raw_;
  int last_line_;
  std::vector<char> has_items_;
  std::vector<HeadingNumber> hnum_;  // parsed once, for item-holding headings
  std::vector<int> stage_of_heading_, section_of_heading_;
  bool need_stage0_ = false;
  int first_stage_line_ = 0;
};

Structure::Structure(Roadmap& rm, std::vector<RawItem>& raw, int last_line)
    : rm_(rm), raw_(raw), last_line_(last_line), has_items_(rm.headings.size(), 0),
      hnum_(rm.headings.size()), stage_of_heading_(rm.headings.size(), -1),
      section_of_heading_(rm.headings.size(), -1) {
  for (const RawItem& r : raw)
    for (int l = 1; l <= 6; ++l)
      if (r.active[l] >= 0) has_items_[r.active[l]] = 1;
}

// Which heading levels structure the items. Stages: llm101.toml's level when a heading is there,
// else the shallowest level where items fall under two or more headings (or one numbered, like
// "Week 1"), skipping a level where one heading holds nine tenths of them (a title or wrapper
// above the real outline).
void Structure::choose_stage_level(const OutlineSettings& set) {
  std::array<int, 7> count{}, numbered{}, covered{}, largest{}, largest_h{}, present{};
  std::vector<int> per_heading(rm_.headings.size(), 0);
  for (const RawItem& r : raw_)
    for (int l = 1; l <= 6; ++l)
      if (r.parent < 0 && r.active[l] >= 0) ++covered[l], ++per_heading[r.active[l]];
  for (std::size_t h = 0; h < rm_.headings.size(); ++h) {
    int l = rm_.headings[h].level;
    ++present[l];
    if (!has_items_[h]) continue;
    hnum_[h] = heading_number(rm_.headings[h].text);
    ++count[l];
    if (per_heading[h] > largest[l]) largest[l] = per_heading[h], largest_h[l] = static_cast<int>(h);
    if (!hnum_[h].parts.empty()) ++numbered[l];
  }
  if (set.stage_level >= 1 && set.stage_level <= 6 && present[set.stage_level]) {
    rm_.stage_choice = {set.stage_level, LevelWhy::Config, present[set.stage_level]};
  }
  int fallback = 0;  // the shallowest candidate, when every candidate is a wrapper
  for (int l = 1; l <= 6 && rm_.stage_choice.why == LevelWhy::None; ++l) {
    if (count[l] == 0) continue;
    const bool candidate = count[l] >= 2 || numbered[l] >= 1;
    if (candidate && !fallback) fallback = l;
    if (!candidate || (count[l] >= 2 && largest[l] * 10 >= covered[l] * 9)) {  // one heading, or one with 90%
      rm_.wrappers.push_back({l, largest_h[l], largest[l], covered[l]});
      continue;
    }
    rm_.stage_choice = {l, count[l] >= 2 ? LevelWhy::Several : LevelWhy::Numbered, count[l]};
  }
  if (rm_.stage_choice.why == LevelWhy::None && fallback) {
    std::erase_if(rm_.wrappers, [&](const WrapperLevel& w) { return w.level >= fallback; });
    rm_.stage_choice = {fallback, LevelWhy::Fallback, count[fallback]};
  }
  rm_.stage_level = rm_.stage_choice.level;
}

// Sections: llm101.toml's level (0: none) when it lies below the stages and a heading is there,
// else the next deeper level below the stages with two headings or a numbered one, read from
// the headings with items or not, so one stray checkbox under a lone deeper heading never adds
// a level and removing a section's last item does not remove one.
void Structure::choose_section_level(const OutlineSettings& set) {
  if (!rm_.stage_level) return;
  std::array<int, 7> below{}, below_numbered{};
  for (std::size_t h = 0, seen = 0; h < rm_.headings.size(); ++h) {
    const int l = rm_.headings[h].level;
    if (l == rm_.stage_level && has_items_[h]) seen = 1;
    if (!seen || l <= rm_.stage_level) continue;
    ++below[l];
    if (!heading_number(rm_.headings[h].text).parts.empty()) ++below_numbered[l];
  }
  if (set.section_level == 0) rm_.section_choice = {0, LevelWhy::Config, 0};
  else if (set.section_level > rm_.stage_level && set.section_level <= 6 && below[set.section_level])
    rm_.section_choice = {set.section_level, LevelWhy::Config, below[set.section_level]};
  for (int l = rm_.stage_level + 1; l <= 6 && rm_.section_choice.why == LevelWhy::None; ++l) {
    if (below[l] >= 2) rm_.section_choice = {l, LevelWhy::Several, below[l]};
    else if (below_numbered[l] >= 1) rm_.section_choice = {l, LevelWhy::Numbered, below[l]};
    else if (below[l] == 1) rm_.section_choice = {l, LevelWhy::Lone, 1};
  }
  rm_.section_level = rm_.section_choice.why == LevelWhy::Lone ? 0 : rm_.section_choice.level;
}

// Headings at the stage level that hold items, plus a pseudo-stage for items outside them:
// "0", or when a heading is numbered 0 ("Week 0" keeps its ordinal) the next free number.
void Structure::build_stages() {
  if (!rm_.stage_level) return;
  for (std::size_t h = 0; h < rm_.headings.size() && !first_stage_line_; ++h)
    if (has_items_[h] && rm_.headings[h].level == rm_.stage_level) first_stage_line_ = rm_.headings[h].line;
  for (const RawItem& r : raw_)
    if (r.active[rm_.stage_level] < 0) need_stage0_ = true;
  std::vector<std::size_t> hs;
  std::vector<int> explicit_numbers;
  // Every heading at the level is numbered, with items or not, so emptying one stage never
  // renumbers the next; only those with items become stages.
  for (std::size_t h = 0; h < rm_.headings.size(); ++h) {
    if (rm_.headings[h].level != rm_.stage_level) continue;
    hnum_[h] = heading_number(rm_.headings[h].text);
    hs.push_back(h);
    explicit_numbers.push_back(hnum_[h].parts.empty() ? -1 : hnum_[h].parts[0]);
  }
  std::vector<int> numbers = assign_numbers(explicit_numbers);
  if (need_stage0_) add_stage0(numbers);
  for (std::size_t k = 0; k < hs.size(); ++k) {
    if (!has_items_[hs[k]]) continue;
    Heading& hd = rm_.headings[hs[k]];
    if (hd.kind == HeadingKind::Other) hd.kind = HeadingKind::Stage;  // a projects heading stays one
    Stage st;
    st.id = std::to_string(numbers[k]);
    st.heading = hd.text;
    st.title = shown_title(hd.text, hnum_[hs[k]], numbers[k], explicit_numbers[k]);
    st.line = hd.line;
    st.end_line = hd.end_line;
    st.level = hd.level;
    st.ordinal = explicit_numbers[k];
    stage_of_heading_[hs[k]] = static_cast<int>(rm_.stages.size());
    rm_.stages.push_back(std::move(st));
  }
}

// The pseudo-stage for items outside every stage heading, named for where its items are (not
// for the document's title); first among the stages, so stage_index() finds it at 0.
void Structure::add_stage0(const std::vector<int>& numbers) {
  Stage s0;
  const bool zero_taken = std::find(numbers.begin(), numbers.end(), 0) != numbers.end();
  s0.id = zero_taken ? std::to_string(*std::max_element(numbers.begin(), numbers.end()) + 1) : "0";
  bool before = true;
  for (const RawItem& r : raw_)
    if (r.active[rm_.stage_level] < 0 && first_stage_line_ && r.line > first_stage_line_) before = false;
  s0.title = s0.heading = before ? "(before the first stage)" : "(outside any stage)";
  s0.end_line = last_line_;
  rm_.stages.push_back(std::move(s0));
}

// Section headings under each stage, plus pseudo-section "S.0" for items right under a stage.
void Structure::build_sections() {
  if (!rm_.section_level) return;
  std::vector<std::vector<std::size_t>> candidates(rm_.stages.size());
  int cur = need_stage0_ ? 0 : -1;
  for (std::size_t h = 0; h < rm_.headings.size(); ++h) {
    int level = rm_.headings[h].level;
    if (level <= rm_.stage_level) cur = stage_of_heading_[h] >= 0 ? stage_of_heading_[h] : (need_stage0_ ? 0 : -1);
    else if (level == rm_.section_level && cur >= 0) candidates[cur].push_back(h);
  }
  std::vector<char> need_section0(rm_.stages.size(), 0);
  for (const RawItem& r : raw_)
    if (r.parent < 0 && r.active[rm_.section_level] < 0) need_section0[stage_index(r)] = 1;
  for (std::size_t s = 0; s < rm_.stages.size(); ++s) {
    Stage& st = rm_.stages[s];
    if (need_section0[s]) {
      Section s0;
      s0.id = st.id + ".0";
      s0.title = s0.heading = "(before the first section)";  // not the stage's title again
      s0.line = st.line;
      s0.end_line = st.end_line;
      st.sections.push_back(std::move(s0));
    }
    add_sections(st, candidates[s]);
  }
}

void Structure::add_sections(Stage& st, const std::vector<std::size_t>& hs) {
  std::vector<int> explicit_numbers;
  const int stage_number = std::stoi(st.id);
  for (std::size_t h : hs) {
    hnum_[h] = heading_number(rm_.headings[h].text);
    const HeadingNumber& hn = hnum_[h];
    int n = -1;  // a section numbered 0 would be the pseudo-section S.0: numbered as if unnumbered
    if (hn.parts.size() >= 2 && hn.parts[0] == stage_number) n = hn.parts[1];
    else if (hn.parts.size() == 1) n = hn.parts[0];
    explicit_numbers.push_back(n > 0 ? n : -1);
  }
  std::vector<int> numbers = assign_numbers(explicit_numbers);
  for (std::size_t k = 0; k < hs.size(); ++k) {
    if (!has_items_[hs[k]]) continue;  // numbered all the same (see build_stages)
    Heading& hd = rm_.headings[hs[k]];
    if (hd.kind == HeadingKind::Other) hd.kind = HeadingKind::Section;
    Section sec;
    sec.id = st.id + "." + std::to_string(numbers[k]);
    sec.heading = hd.text;
    sec.title = shown_title(hd.text, hnum_[hs[k]], numbers[k], explicit_numbers[k]);
    sec.line = hd.line;
    sec.end_line = hd.end_line;
    sec.ordinal = explicit_numbers[k];
    section_of_heading_[hs[k]] = static_cast<int>(st.sections.size());
    st.sections.push_back(std::move(sec));
  }
}

// The stage and section a top-level item sits in; a child sits where its parent does.
void Structure::place(const RawItem& r, TaskItem& item) const {
  item.parent = r.parent;
  if (r.parent >= 0) {
    const TaskItem& p = rm_.items[r.parent];
    item.depth = p.depth + 1;
    item.stage = p.stage;
    item.section = p.section;
    return;
  }
  item.stage = stage_index(r);
  if (item.stage >= 0 && rm_.section_level) {
    int h = r.active[rm_.section_level];
    item.section = h < 0 ? 0 : section_of_heading_[h];
    if (item.section < 0) item.section = 0;  // a section heading of another stage: cannot happen
  }
}

// Item IDs: position within their stage/section (top level) or within their parent.
void Structure::number_items(std::size_t bom) {
  std::vector<int> child_count(raw_.size(), 0);
  std::vector<std::vector<int>> bucket_count(rm_.stages.size() + 1);
  rm_.items.reserve(raw_.size());
  std::string prefix;  // "3.1." for the section being numbered
  std::size_t prefix_b = static_cast<std::size_t>(-1), prefix_c = 0;
  for (RawItem& r : raw_) {
    TaskItem item;
    place(r, item);
    if (r.parent >= 0) {
      item.id = with_number(rm_.items[r.parent].id + ".", ++child_count[r.parent]);
    } else {
      std::size_t b = item.stage >= 0 ? static_cast<std::size_t>(item.stage) + 1 : 0;
      std::size_t c = item.stage >= 0 && item.section >= 0 ? static_cast<std::size_t>(item.section) + 1 : 0;
      if (b != prefix_b || c != prefix_c) {  // items come section by section: build it once
        prefix_b = b;
        prefix_c = c;
        prefix.clear();
        if (item.stage >= 0) {
          const Stage& st = rm_.stages[item.stage];
          prefix = (item.section >= 0 ? st.sections[item.section].id : st.id) + ".";
        }
      }
      auto& counts = bucket_count[b];
      if (counts.size() <= c) counts.resize(c + 1, 0);
      item.id = with_number(prefix, ++counts[c]);
    }
    item.text = std::move(r.text);
    item.state = r.state;
    item.done = r.state == ItemState::Done;
    item.box = r.box + bom;
    item.line = r.line;
    count_state(rm_, item.state);
    if (item.stage >= 0) {
      Stage& st = rm_.stages[item.stage];
      count_state(st, item.state);
      if (item.section >= 0) count_state(st.sections[item.section], item.state);
    }
    rm_.items.push_back(std::move(item));
  }
}

}  // namespace

Roadmap parse_roadmap(const Document& doc, ParseMode mode, const OutlineSettings& settings) {
  Roadmap rm;
  rm.has_bom = doc.bom() != 0;
  rm.front_matter_end = doc.front_matter_end() ? doc.bom() + doc.front_matter_end() : 0;
  rm.line_ending = doc.line_ending();
  rm.conflict_line = doc.conflict_line();

  Collected found = collect(doc, mode, rm.parsed_by);
  rm.headings = std::move(found.headings);
  rm.title = std::move(found.title);
  set_heading_spans(rm.headings, doc.last_line());
  drop_projects(doc, settings, rm.headings, found.raw);

  Structure s(rm, found.raw, doc.last_line());
  s.choose_stage_level(settings);
  s.choose_section_level(settings);
  s.build_stages();
  s.build_sections();
  s.number_items(doc.bom());
  return rm;
}

Roadmap parse_roadmap(std::string_view text, ParseMode mode, const OutlineSettings& settings) {
  const Document doc(text);
  return parse_roadmap(doc, mode, settings);
}

}  // namespace llm101
