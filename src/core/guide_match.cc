// Guide helpers: code points, decoration, stage durations and names, and match_score, which
// maps learning-path steps and project phases to roadmap titles.
#include <algorithm>

#include "core/guide.h"
#include "core/guide_match.h"
#include "core/i18n.h"
#include "core/text.h"

namespace llm101 {
namespace {

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

namespace {

struct PathTarget {
  PathStep::Kind kind;
  std::string id;
  std::string title;
  int line;
  int done;
  int total;
};

// Maps a step to the best candidate: highest match_score (at least 2), then an exact title match,
// then the first in document order (a stage before its own sections).
void match_step(PathStep& step, const std::vector<PathTarget>& cands) {
  int best_score = 0;
  bool best_exact = false;
  const PathTarget* best = nullptr;
  for (const PathTarget& c : cands) {
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

}  // namespace

// Path steps to roadmap parts. Candidates in document order: stages (by name, without the
// duration), their headed sections, and the practice projects as one unit.
void match_paths(Guide& g, const Roadmap& rm) {
  std::vector<PathTarget> cands;
  for (const Stage& st : rm.stages) {
    if (st.line == 0) continue;
    cands.push_back({PathStep::Kind::Stage, st.id, stage_name(st.title), st.line, st.done, st.total});
    for (const Section& sec : st.sections)
      if (sec.line != st.line) cands.push_back({PathStep::Kind::Section, sec.id, sec.title, sec.line, sec.done, sec.total});
  }
  if (!g.projects.empty())
    cands.push_back({PathStep::Kind::Projects, "P", g.projects_heading, g.projects_line, g.projects_done(),
                     static_cast<int>(g.projects.size())});
  std::stable_sort(cands.begin(), cands.end(), [](const PathTarget& a, const PathTarget& b) { return a.line < b.line; });
  for (LearningPath& p : g.paths)
    for (PathStep& st : p.steps) match_step(st, cands);
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
    if (id_in_scope(r.scope, id)) out.push_back(&r);
  return out;
}

int Guide::projects_done() const {
  return static_cast<int>(std::count_if(projects.begin(), projects.end(), [](const Project& p) { return p.done; }));
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
