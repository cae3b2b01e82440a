// Guide parsing: a walk of the document's cmark tree that finds what parse_roadmap ignores —
// resource links, goals, practice projects and learning paths — and places each by its line
// inside the heading spans and kinds parse_roadmap set. Helpers and matching: guide_match.cc.
#include "core/guide.h"

#include <cmark-gfm.h>

#include <algorithm>

#include "core/guide_match.h"
#include "core/text.h"

namespace llm101 {
namespace {

bool is_goal_label(std::string label) {
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
  if (label.size() >= 3 && label.substr(label.size() - 3) == "：") label.resize(label.size() - 3);
  std::string l = to_ascii_lower(label);
  return l == "目标" || l == "goal" || l == "goals" || l == "学习目标";
}

// Text after a "label:" prefix: leading ':', '：' and spaces removed.
std::string after_colon(std::string_view s) {
  for (bool more = true; more;) {
    more = false;
    s = trim(s);
    if (!s.empty() && s.front() == ':') { s.remove_prefix(1); more = true; }
    else if (s.substr(0, 3) == "：") { s.remove_prefix(3); more = true; }
  }
  return std::string(s);
}

// The innermost real (headed) section, else stage, whose span holds `line`.
struct Scope {
  std::string id;
  int stage = -1;
};
Scope scope_at(const Roadmap& rm, int line) {
  for (std::size_t s = 0; s < rm.stages.size(); ++s) {
    const Stage& st = rm.stages[s];
    if (st.line == 0 || line < st.line || line >= st.end_line) continue;
    for (const Section& sec : st.sections)
      if (sec.line != st.line && line >= sec.line && line < sec.end_line)
        return {sec.id, static_cast<int>(s)};
    return {st.id, static_cast<int>(s)};
  }
  return {};
}

class GuideReader {
 public:
  GuideReader(const Document& doc, const Roadmap& rm);
  Guide read();

 private:
  void link(cmark_node* node, int line);
  void goal(cmark_node* para, int line);
  void item(cmark_node* node);
  void project(int projects_h, cmark_node* para);
  void path_line(cmark_node* para);

  bool within(int h, int line) const { return h >= 0 && line > hs_[h].line && line < hs_[h].end_line; }
  // The innermost projects heading whose span holds `line`, or -1.
  int projects_heading_at(int line) const {
    int found = -1;
    for (int h : projects_hs_)
      if (within(h, line)) found = h;
    return found;
  }
  // The last heading inside h's span at or before `line` (the phase or path a list belongs to).
  int sub_heading(int h, int line) const {
    int found = h;
    for (std::size_t k = static_cast<std::size_t>(h) + 1; k < hs_.size() && hs_[k].line <= line; ++k)
      if (hs_[k].line < hs_[h].end_line) found = static_cast<int>(k);
    return found;
  }

  const Document& doc_;
  const Roadmap& rm_;
  const std::vector<Heading>& hs_;
  Guide g_;
  cmark_node* root_ = nullptr;
  std::vector<int> projects_hs_;  // every 实践项目 heading holds projects
  int paths_h_ = -1;
  std::vector<int> phase_of_heading_, path_of_heading_;
  std::vector<int> path_lines_;  // numbered lines seen per path
};

GuideReader::GuideReader(const Document& doc, const Roadmap& rm)
    : doc_(doc), rm_(rm), hs_(rm.headings), phase_of_heading_(hs_.size(), -1),
      path_of_heading_(hs_.size(), -1) {
  for (std::size_t h = 0; h < hs_.size(); ++h) {
    if (hs_[h].kind == HeadingKind::Projects) projects_hs_.push_back(static_cast<int>(h));
    else if (paths_h_ < 0 && hs_[h].kind == HeadingKind::Paths) paths_h_ = static_cast<int>(h);
  }
  // The first projects heading names the unit a path step can map to.
  if (!projects_hs_.empty()) {
    g_.projects_heading = strip_decoration(hs_[projects_hs_.front()].text);
    g_.projects_line = hs_[projects_hs_.front()].line;
  }
  if (paths_h_ >= 0) g_.paths_heading = strip_decoration(hs_[paths_h_].text);
}

Guide GuideReader::read() {
  root_ = doc_.cmark_root();
  cmark_iter* it = cmark_iter_new(root_);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    if (ev == CMARK_EVENT_EXIT) continue;
    cmark_node* node = cmark_iter_get_node(it);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_LINK: link(node, cmark_node_get_start_line(node)); break;
      case CMARK_NODE_PARAGRAPH:
        if (cmark_node_parent(node) == root_) goal(node, cmark_node_get_start_line(node));
        break;
      case CMARK_NODE_ITEM: item(node); break;
      default: break;
    }
  }
  cmark_iter_free(it);
  match_paths(g_, rm_);
  return std::move(g_);
}

// A link in a list item inside a stage is a resource.
void GuideReader::link(cmark_node* node, int line) {
  bool in_item = false;
  for (cmark_node* p = cmark_node_parent(node); p && !in_item; p = cmark_node_parent(p))
    in_item = cmark_node_get_type(p) == CMARK_NODE_ITEM;
  const char* url = cmark_node_get_url(node);
  Scope sc = scope_at(rm_, line);
  if (in_item && url && *url && !sc.id.empty()) g_.resources.push_back({plain_text(node), url, sc.id, sc.stage, line});
}

// "**目标**: …" as a top-level paragraph; the first one in a scope counts.
void GuideReader::goal(cmark_node* para, int line) {
  cmark_node* first = cmark_node_first_child(para);
  if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG || !is_goal_label(plain_text(first))) return;
  std::string all = plain_text(para);
  std::string label = plain_text(first);
  Scope sc = scope_at(rm_, line);
  if (!sc.id.empty() && !g_.goal_of(sc.id))
    g_.goals.push_back({sc.id, after_colon(std::string_view(all).substr(std::min(label.size(), all.size()))), line});
}

// An item of a top-level list: a project under a projects heading, else a line of a path.
void GuideReader::item(cmark_node* node) {
  cmark_node* list = cmark_node_parent(node);
  if (!list || cmark_node_parent(list) != root_) return;
  cmark_node* para = cmark_node_first_child(node);
  if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH) return;
  int line = cmark_node_get_start_line(para);
  // Only numbered items are projects (the seed's shape); description bullets never are.
  if (int h = projects_heading_at(line); h >= 0) {
    if (cmark_node_get_list_type(list) == CMARK_ORDERED_LIST) project(h, para);
  }
  else if (within(paths_h_, line)) path_line(para);
}

void GuideReader::project(int projects_h, cmark_node* para) {
  auto [pos, eol] = doc_.paragraph_start(para);
  if (pos == std::string_view::npos) return;
  std::string_view src = doc_.source();
  Project p;
  p.line = cmark_node_get_start_line(para);
  std::string plain = plain_text(para);
  if (is_task_marker(src, pos)) {
    p.is_task = true;
    p.box = doc_.bom() + pos + 1;
    p.done = src[pos + 1] == 'x' || src[pos + 1] == 'X';
    if (plain.size() >= 3 && plain[0] == '[' && plain[2] == ']') plain = std::string(trim(std::string_view(plain).substr(3)));
  } else {
    p.insert_at = doc_.bom() + pos;
  }
  if (plain.empty()) return;
  p.text = plain;
  std::size_t colon = std::min(plain.find(':'), plain.find("："));
  p.name = colon == std::string::npos || colon == 0 ? plain : std::string(trim(std::string_view(plain).substr(0, colon)));
  int h = sub_heading(projects_h, p.line);
  if (phase_of_heading_[h] < 0) {
    Phase ph;
    ph.id = "P" + std::to_string(g_.phases.size() + 1);
    ph.title = strip_decoration(hs_[h].text);
    ph.line = hs_[h].line;
    // Projects right under a projects heading inside a stage belong to that stage.
    ph.stage = h == projects_h ? scope_at(rm_, ph.line).stage : phase_stage(rm_, ph.title);
    phase_of_heading_[h] = static_cast<int>(g_.phases.size());
    g_.phases.push_back(std::move(ph));
  }
  Phase& ph = g_.phases[phase_of_heading_[h]];
  p.phase = phase_of_heading_[h];
  p.id = ph.id + "." + std::to_string(++ph.total);
  ph.done += p.done;
  g_.projects.push_back(std::move(p));
}

void GuideReader::path_line(cmark_node* para) {
  int h = sub_heading(paths_h_, cmark_node_get_start_line(para));
  if (path_of_heading_[h] < 0) {
    path_of_heading_[h] = static_cast<int>(g_.paths.size());
    g_.paths.push_back({strip_decoration(hs_[h].text), hs_[h].line, {}});
    path_lines_.push_back(0);
  }
  int pi = path_of_heading_[h];
  int n = ++path_lines_[pi];
  std::vector<std::string> steps = split_steps(plain_text(para));
  for (std::size_t k = 0; k < steps.size(); ++k) {
    PathStep st;
    st.label = std::to_string(n) + "." + std::to_string(k + 1);
    st.text = steps[k];
    g_.paths[pi].steps.push_back(std::move(st));
  }
}

}  // namespace

Guide parse_guide(const Document& doc, const Roadmap& rm) { return GuideReader(doc, rm).read(); }

Guide parse_guide(std::string_view text, const Roadmap& rm) {
  const Document doc(text);
  return parse_guide(doc, rm);
}

}  // namespace llm101
