// Guide parsing: a second, independent walk of the cmark tree that finds what parse_roadmap
// ignores — resource links, goals, practice projects and learning paths — and places each by its
// line inside the stage and section spans parse_roadmap computed.
#include "core/guide.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>

#include "core/i18n.h"
#include "core/markdown.h"
#include "core/text.h"

namespace llm101 {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

struct CmarkDoc {
  cmark_node* doc = nullptr;
  ~CmarkDoc() {
    if (doc) cmark_node_free(doc);
  }
};

cmark_node* parse_markdown(std::string_view text) { return parse_gfm(text, cmark_get_default_mem_allocator()); }

// UTF-8 code points of `s` as views (invalid bytes stand alone).
std::vector<std::string_view> code_points(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + n > s.size()) n = 1;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

// "📚 推荐学习路径" → "推荐学习路径": decoration (emoji, symbols, spaces) before the first letter or
// CJK character goes.
std::string strip_decoration(std::string_view s) {
  std::vector<std::string_view> cps = code_points(trim(s));
  std::size_t i = 0;
  for (; i < cps.size(); ++i) {
    std::string_view cp = cps[i];
    if (cp.size() == 1 && is_ascii_alnum(cp[0])) break;
    if (cp.size() == 3 && static_cast<unsigned char>(cp[0]) >= 0xE3 && static_cast<unsigned char>(cp[0]) <= 0xE9) break;
  }
  std::string out;
  for (; i < cps.size(); ++i) out += cps[i];
  return out;
}

bool is_paths_heading(std::string_view heading) {
  std::string h = to_ascii_lower(heading);
  return h.find("学习路径") != std::string::npos || h.find("learning path") != std::string::npos;
}

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

// Span of every heading: [line, end) where end is the next heading of the same or higher rank.
std::vector<int> heading_ends(const Roadmap& rm, int last_line) {
  std::vector<int> ends(rm.headings.size(), last_line);
  std::vector<std::size_t> open;
  for (std::size_t h = 0; h < rm.headings.size(); ++h) {
    while (!open.empty() && rm.headings[open.back()].level >= rm.headings[h].level) {
      ends[open.back()] = rm.headings[h].line;
      open.pop_back();
    }
    open.push_back(h);
  }
  return ends;
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

bool in_scope(std::string_view id, std::string_view scope) {
  if (scope.empty() || id == scope) return true;
  return id.size() > scope.size() && id.substr(0, scope.size()) == scope && id[scope.size()] == '.';
}

// "深度学习阶段项目" → "深度学习": the phase's key for matching a stage title.
std::string phase_key(std::string_view title) {
  std::string t = strip_decoration(title);
  for (std::string_view suffix : {"阶段项目", "项目", "阶段", " projects", " project", " Projects", " Project"}) {
    if (t.size() > suffix.size() && t.compare(t.size() - suffix.size(), suffix.size(), suffix) == 0) {
      t.resize(t.size() - suffix.size());
      break;
    }
  }
  return std::string(trim(t));
}

// The stage a project phase belongs to: highest match_score of the phase key against the stage
// names; ties go to a stage whose name starts with the key, then to the earlier stage. "LLM" also
// matches "大型语言模型"/"大语言模型" (the seed's LLM phase and stage 4).
int phase_stage(const Roadmap& rm, std::string_view title) {
  std::string key = phase_key(title);
  std::vector<std::string> keys{key};
  if (to_ascii_lower(key) == "llm") keys.insert(keys.end(), {"大型语言模型", "大语言模型"});
  int best = -1, best_score = 0;
  bool best_prefix = false;
  for (std::size_t s = 0; s < rm.stages.size(); ++s) {
    if (rm.stages[s].line == 0) continue;
    std::string name = stage_name(rm.stages[s].title);
    for (const std::string& k : keys) {
      int score = match_score(k, name);
      bool prefix = starts_with(name, k);
      if (score >= 2 && (score > best_score || (score == best_score && prefix && !best_prefix))) {
        best = static_cast<int>(s);
        best_score = score;
        best_prefix = prefix;
      }
    }
  }
  return best;
}

struct Candidate {
  PathStep::Kind kind;
  std::string id;
  std::string title;
  int line;
  int done;
  int total;
};

// Maps a step to the best candidate: highest match_score (at least 2), then an exact title match,
// then the first in document order (a stage before its own sections).
void match_step(PathStep& step, const std::vector<Candidate>& cands) {
  int best_score = 0;
  bool best_exact = false;
  const Candidate* best = nullptr;
  for (const Candidate& c : cands) {
    int score = match_score(step.text, c.title);
    bool exact = to_ascii_lower(step.text) == to_ascii_lower(c.title);
    if (score < 2) continue;
    if (score > best_score || (score == best_score && exact && !best_exact)) {
      best = &c;
      best_score = score;
      best_exact = exact;
    }
  }
  if (!best) return;
  step.kind = best->kind;
  step.target = best->id;
  step.target_title = best->title;
  step.done = best->done;
  step.total = best->total;
}

std::vector<std::string> split_steps(std::string_view line) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < line.size();) {
    if (line.substr(i, 3) == "→") { out.emplace_back(trim(cur)); cur.clear(); i += 3; }
    else if (line.substr(i, 2) == "->") { out.emplace_back(trim(cur)); cur.clear(); i += 2; }
    else cur += line[i++];
  }
  out.emplace_back(trim(cur));
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
  return out;
}

// `word` in `text` with no ASCII letter or digit right before or after it.
bool contains_word(std::string_view text, std::string_view word) {
  for (std::size_t p = text.find(word); p != std::string_view::npos; p = text.find(word, p + 1)) {
    bool left = p == 0 || !is_ascii_alnum(text[p - 1]);
    bool right = p + word.size() == text.size() || !is_ascii_alnum(text[p + word.size()]);
    if (left && right) return true;
  }
  return false;
}

}  // namespace

bool is_projects_heading(std::string_view heading_text) {
  std::string h = to_ascii_lower(heading_text);
  return h.find("实践项目") != std::string::npos || h.find("practice project") != std::string::npos;
}

bool may_have_projects(std::string_view text) {
  return text.find("实践项目") != std::string_view::npos || contains_folded(text, "practice project");
}

std::string stage_duration(std::string_view title) {
  std::string_view t = trim(title);
  if (t.size() >= 3 && t.substr(t.size() - 3) == "）") {
    std::size_t open = t.rfind("（");
    if (open != std::string_view::npos) return std::string(trim(t.substr(open + 3, t.size() - 3 - open - 3)));
  }
  if (!t.empty() && t.back() == ')') {
    std::size_t open = t.rfind('(');
    if (open != std::string_view::npos) return std::string(trim(t.substr(open + 1, t.size() - open - 2)));
  }
  return {};
}

std::string stage_name(std::string_view title) {
  std::string_view t = trim(title);
  if (stage_duration(t).empty()) return std::string(t);
  std::size_t open = t.substr(t.size() - 1) == ")" ? t.rfind('(') : t.rfind("（");
  std::string_view name = trim(t.substr(0, open));
  return name.empty() ? std::string(t) : std::string(name);
}

int match_score(std::string_view step, std::string_view title) {
  std::string s = to_ascii_lower(step);
  std::string t = to_ascii_lower(title);
  std::vector<std::string_view> cps = code_points(s);
  std::vector<char> covered(cps.size(), 0);
  for (std::size_t i = 0; i < cps.size();) {
    bool ascii = cps[i].size() == 1 && is_ascii_alnum(cps[i][0]);
    if (ascii) {  // a whole ASCII word
      std::size_t j = i;
      std::string word;
      while (j < cps.size() && cps[j].size() == 1 && is_ascii_alnum(cps[j][0])) word += cps[j++];
      if (word.size() >= 2 && contains_word(t, word))
        std::fill(covered.begin() + static_cast<std::ptrdiff_t>(i), covered.begin() + static_cast<std::ptrdiff_t>(j), 1);
      i = j;
      continue;
    }
    if (cps[i].size() == 1) { ++i; continue; }  // punctuation, spaces
    // Longest run of 2+ non-ASCII characters from i that the title contains.
    std::string run(cps[i]);
    std::size_t best_end = i;
    for (std::size_t j = i + 1; j < cps.size() && cps[j].size() > 1; ++j) {
      run += cps[j];
      if (t.find(run) == std::string::npos) break;
      best_end = j + 1;
    }
    if (best_end > i) std::fill(covered.begin() + static_cast<std::ptrdiff_t>(i), covered.begin() + static_cast<std::ptrdiff_t>(best_end), 1);
    ++i;
  }
  return static_cast<int>(std::count(covered.begin(), covered.end(), 1));
}

bool looks_like_project_id(std::string_view id) {
  if (id.size() < 2 || (id[0] != 'P' && id[0] != 'p')) return false;
  return looks_like_id(id.substr(1)) && std::count(id.begin(), id.end(), '.') <= 1;
}

std::size_t LearningPath::current() const {
  for (std::size_t i = 0; i < steps.size(); ++i)
    if (steps[i].tracked() && !steps[i].complete()) return i;
  return steps.size();
}

const Goal* Guide::goal_of(std::string_view scope) const {
  for (const Goal& g : goals)
    if (g.scope == scope) return &g;
  return nullptr;
}

const Project* Guide::find_project(std::string_view id) const {
  for (const Project& p : projects)
    if (to_ascii_lower(p.id) == to_ascii_lower(id)) return &p;
  return nullptr;
}

const Phase* Guide::find_phase(std::string_view id) const {
  for (const Phase& p : phases)
    if (to_ascii_lower(p.id) == to_ascii_lower(id)) return &p;
  return nullptr;
}

std::vector<const Resource*> Guide::resources_in(std::string_view id) const {
  std::vector<const Resource*> out;
  for (const Resource& r : resources)
    if (in_scope(r.scope, id)) out.push_back(&r);
  return out;
}

int Guide::projects_done() const {
  return static_cast<int>(std::count_if(projects.begin(), projects.end(), [](const Project& p) { return p.done; }));
}

Guide parse_guide(std::string_view text, const Roadmap& rm) {
  Guide g;
  std::size_t bom = text.substr(0, 3) == kBom ? 3 : 0;
  std::string_view body = text.substr(bom);
  std::size_t fm = front_matter_length(body);
  // The same bytes at the same offsets as parse_roadmap sees them.
  std::string src(body);
  for (std::size_t i = 0; i < src.size(); ++i)
    if ((i < fm && !is_line_break(src[i])) || src[i] == '\0') src[i] = ' ';
  const std::vector<std::size_t> starts = line_starts(src);
  const int last_line = static_cast<int>(starts.size()) + 1;
  const std::vector<int> ends = heading_ends(rm, last_line);

  // The 实践项目 and 推荐学习路径 headings and their spans.
  // Every 实践项目 heading holds projects (parse_roadmap leaves out the task items under each of
  // them); the first one names the unit a path step can map to.
  std::vector<int> proj_hs;
  int paths_h = -1;
  for (std::size_t h = 0; h < rm.headings.size(); ++h) {
    if (is_projects_heading(rm.headings[h].text)) proj_hs.push_back(static_cast<int>(h));
    else if (paths_h < 0 && is_paths_heading(rm.headings[h].text)) paths_h = static_cast<int>(h);
  }
  auto within = [&](int h, int line) {
    return h >= 0 && line > rm.headings[h].line && line < ends[h];
  };
  // The innermost projects heading whose span holds `line`, or -1.
  auto projects_heading_at = [&](int line) {
    int found = -1;
    for (int h : proj_hs)
      if (within(h, line)) found = h;
    return found;
  };
  const int proj_h = proj_hs.empty() ? -1 : proj_hs.front();
  // The last heading inside h's span at or before `line` (the phase or path a list belongs to).
  auto sub_heading = [&](int h, int line) {
    int found = h;
    for (std::size_t k = static_cast<std::size_t>(h) + 1; k < rm.headings.size() && rm.headings[k].line <= line; ++k)
      if (rm.headings[k].line < ends[h]) found = static_cast<int>(k);
    return found;
  };
  if (proj_h >= 0) {
    g.projects_heading = strip_decoration(rm.headings[proj_h].text);
    g.projects_line = rm.headings[proj_h].line;
  }
  if (paths_h >= 0) g.paths_heading = strip_decoration(rm.headings[paths_h].text);

  auto offset_of = [&](int line, int column) -> std::size_t {
    if (line < 1 || static_cast<std::size_t>(line) > starts.size()) return std::string::npos;
    std::size_t off = starts[line - 1] + static_cast<std::size_t>(std::max(column, 1) - 1);
    return off <= src.size() ? off : std::string::npos;
  };

  CmarkDoc doc{parse_markdown(src)};
  std::vector<int> phase_of_heading(rm.headings.size(), -1);
  std::vector<int> path_of_heading(rm.headings.size(), -1);
  std::vector<int> path_lines;  // numbered lines seen per path

  cmark_iter* it = cmark_iter_new(doc.doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    if (ev == CMARK_EVENT_EXIT) continue;
    cmark_node* node = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(node);
    int line = cmark_node_get_start_line(node);

    if (type == CMARK_NODE_LINK) {
      bool in_item = false;
      for (cmark_node* p = cmark_node_parent(node); p && !in_item; p = cmark_node_parent(p))
        in_item = cmark_node_get_type(p) == CMARK_NODE_ITEM;
      const char* url = cmark_node_get_url(node);
      Scope sc = scope_at(rm, line);
      if (in_item && url && *url && !sc.id.empty())
        g.resources.push_back({plain_text(node), url, sc.id, sc.stage, line});
      continue;
    }
    if (type == CMARK_NODE_PARAGRAPH && cmark_node_parent(node) == doc.doc) {
      cmark_node* first = cmark_node_first_child(node);
      if (first && cmark_node_get_type(first) == CMARK_NODE_STRONG && is_goal_label(plain_text(first))) {
        std::string all = plain_text(node);
        std::string label = plain_text(first);
        Scope sc = scope_at(rm, line);
        if (!sc.id.empty() && !g.goal_of(sc.id))
          g.goals.push_back({sc.id, after_colon(std::string_view(all).substr(std::min(label.size(), all.size()))), line});
      }
      continue;
    }
    if (type != CMARK_NODE_ITEM) continue;
    cmark_node* list = cmark_node_parent(node);
    if (!list || cmark_node_parent(list) != doc.doc) continue;  // top-level lists only
    cmark_node* para = cmark_node_first_child(node);
    if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH) continue;
    int pline = cmark_node_get_start_line(para);

    if (int ph_h = projects_heading_at(pline); ph_h >= 0) {
      std::size_t pos = offset_of(pline, cmark_node_get_start_column(para));
      if (pos == std::string::npos) continue;
      std::size_t eol = pos;
      while (eol < src.size() && !is_line_break(src[eol])) ++eol;
      while (pos < eol && (src[pos] == ' ' || src[pos] == '\t')) ++pos;
      Project p;
      p.line = pline;
      std::string plain = plain_text(para);
      if (is_task_marker(src, pos)) {
        p.is_task = true;
        p.box = bom + pos + 1;
        p.done = src[pos + 1] == 'x' || src[pos + 1] == 'X';
        if (plain.size() >= 3 && plain[0] == '[' && plain[2] == ']') plain = std::string(trim(std::string_view(plain).substr(3)));
      } else {
        p.insert_at = bom + pos;
      }
      if (plain.empty()) continue;
      p.text = plain;
      std::size_t colon = std::min(plain.find(':'), plain.find("："));
      p.name = colon == std::string::npos || colon == 0 ? plain : std::string(trim(std::string_view(plain).substr(0, colon)));
      int h = sub_heading(ph_h, pline);
      if (phase_of_heading[h] < 0) {
        Phase ph;
        ph.id = "P" + std::to_string(g.phases.size() + 1);
        ph.title = strip_decoration(rm.headings[h].text);
        ph.line = rm.headings[h].line;
        // Projects right under a projects heading inside a stage belong to that stage.
        ph.stage = h == ph_h ? scope_at(rm, ph.line).stage : phase_stage(rm, ph.title);
        phase_of_heading[h] = static_cast<int>(g.phases.size());
        g.phases.push_back(std::move(ph));
      }
      Phase& ph = g.phases[phase_of_heading[h]];
      p.phase = phase_of_heading[h];
      p.id = ph.id + "." + std::to_string(++ph.total);
      ph.done += p.done;
      g.projects.push_back(std::move(p));
      continue;
    }
    if (within(paths_h, pline)) {
      int h = sub_heading(paths_h, pline);
      if (path_of_heading[h] < 0) {
        path_of_heading[h] = static_cast<int>(g.paths.size());
        g.paths.push_back({strip_decoration(rm.headings[h].text), rm.headings[h].line, {}});
        path_lines.push_back(0);
      }
      int pi = path_of_heading[h];
      int n = ++path_lines[pi];
      std::vector<std::string> steps = split_steps(plain_text(para));
      for (std::size_t k = 0; k < steps.size(); ++k) {
        PathStep st;
        st.label = std::to_string(n) + "." + std::to_string(k + 1);
        st.text = steps[k];
        g.paths[pi].steps.push_back(std::move(st));
      }
    }
  }
  cmark_iter_free(it);

  // Path steps to roadmap parts. Candidates in document order: stages (by name, without the
  // duration), their headed sections, and the practice projects as one unit.
  std::vector<Candidate> cands;
  for (const Stage& st : rm.stages) {
    if (st.line == 0) continue;
    cands.push_back({PathStep::Kind::Stage, st.id, stage_name(st.title), st.line, st.done, st.total});
    for (const Section& sec : st.sections)
      if (sec.line != st.line) cands.push_back({PathStep::Kind::Section, sec.id, sec.title, sec.line, sec.done, sec.total});
  }
  if (!g.projects.empty())
    cands.push_back({PathStep::Kind::Projects, "P", g.projects_heading, g.projects_line, g.projects_done(),
                     static_cast<int>(g.projects.size())});
  std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.line < b.line; });
  for (LearningPath& p : g.paths)
    for (PathStep& st : p.steps) match_step(st, cands);
  return g;
}

Expected<std::string> insert_task_markers(std::string_view text, std::vector<std::size_t> offsets,
                                          std::string_view file) {
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  for (std::size_t off : offsets) {
    // Must follow a list marker and its spaces on the same line, and not already be a task.
    std::size_t p = off;
    bool ok = off > 0 && off <= text.size() && (text[off - 1] == ' ' || text[off - 1] == '\t');
    while (ok && p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    ok = ok && p > 0 && std::string_view(".)-*+").find(text[p - 1]) != std::string_view::npos;
    ok = ok && !is_task_marker(text, off);
    if (!ok) {
      Diagnostic d = failure(_("the roadmap changed while it was read: a project line is not where it was expected"));
      d.file = std::string(file);
      return d;
    }
  }
  std::string out(text);
  for (auto i = offsets.rbegin(); i != offsets.rend(); ++i) out.insert(*i, "[x] ");
  return out;
}

}  // namespace llm101
