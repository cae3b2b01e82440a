#include "core/guide_report.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <sstream>

#include "core/i18n.h"
#include "core/json.h"
#include "core/text.h"

namespace llm101 {
namespace {

std::string count(int done, int total) { return fmt::format("{}/{}", done, total); }

std::string project_line(const Project& p, std::size_t id_w, const Style& style) {
  return fmt::format("  {}  {} {}\n", style.dim(pad_right(p.id, id_w)), p.done ? style.green("[x]") : "[ ]",
                     p.done ? style.dim(p.text) : p.text);
}

std::string phase_block(const Roadmap& rm, const Guide& g, const Phase& ph, const Style& style) {
  std::string where;
  if (ph.stage >= 0) where = _f("  (stage {} {})", rm.stages[ph.stage].id, stage_name(rm.stages[ph.stage].title));
  std::string out = fmt::format("{}  {}  {}{}\n", style.bold(ph.id), style.bold(ph.title), count(ph.done, ph.total),
                                style.dim(where));
  std::size_t id_w = 0;
  for (const Project& p : g.projects) id_w = std::max(id_w, p.id.size());
  for (const Project& p : g.projects)
    if (&g.phases[p.phase] == &ph) out += project_line(p, id_w, style);
  return out;
}

std::string resource_lines(const std::vector<const Resource*>& rs, const Style& style, std::string_view indent) {
  std::size_t w = 0;
  for (const Resource* r : rs) w = std::max(w, display_width(r->title));
  w = std::min<std::size_t>(w, 40);
  std::string out;
  for (const Resource* r : rs)
    out += fmt::format("{}{}  {}\n", indent, pad_right(truncate_to_width(r->title, w), w), style.dim(r->url));
  return out;
}

std::string scope_title(const Roadmap& rm, std::string_view id) {
  if (const Section* s = rm.find_section(id)) return fmt::format("{} {}", s->id, s->title);
  if (const Stage* s = rm.find_stage(id)) return fmt::format("{} {}", s->id, stage_name(s->title));
  return std::string(id);
}

const char* kind_name(PathStep::Kind k) {
  switch (k) {
    case PathStep::Kind::Stage: return "stage";
    case PathStep::Kind::Section: return "section";
    case PathStep::Kind::Projects: return "projects";
    case PathStep::Kind::None: break;
  }
  return "none";
}

}  // namespace

std::string render_show_stage(const Roadmap& rm, const Guide& g, const Stage& st, const Style& style) {
  std::string out = fmt::format("{}  {}  {}\n", style.bold(st.id), style.bold(stage_name(st.title)), count(st.done, st.total));
  if (const Goal* goal = g.goal_of(st.id)) out += _f("Goal:      {}\n", goal->text);
  if (std::string d = stage_duration(st.title); !d.empty()) out += _f("Duration:  {}\n", d);
  std::size_t w = 0;
  const bool sections = !st.sections.empty() && !only_pseudo_section(st);
  for (const Section& sec : st.sections) w = std::max(w, display_width(sec.id + "  " + sec.title));
  if (sections) out += _("\nSections:\n");
  for (std::size_t k = 0; sections && k < st.sections.size(); ++k) {
    const Section& sec = st.sections[k];
    out += fmt::format("  {}  {:>5}  {}\n", pad_right(sec.id + "  " + sec.title, w), count(sec.done, sec.total),
                       progress_bar(sec.done, sec.total, 10, style));
  }
  if (!sections) {
    std::vector<std::size_t> items = rm.select(st.id);
    if (!items.empty()) out += "\n" + render_items(rm, items, style);
  }
  std::vector<const Resource*> rs = g.resources_in(st.id);
  if (!rs.empty()) out += _("\nResources:\n") + resource_lines(rs, style, "  ");
  for (const Phase& ph : g.phases)
    if (ph.stage >= 0 && &rm.stages[ph.stage] == &st) out += _("\nPractice projects:\n") + phase_block(rm, g, ph, style);
  return out;
}

std::string render_show_section(const Roadmap& rm, const Guide& g, const Section& sec, const Style& style) {
  std::string out = fmt::format("{}  {}  {}\n", style.bold(sec.id), style.bold(sec.title), count(sec.done, sec.total));
  const Stage* stage = nullptr;
  for (const Stage& st : rm.stages)
    for (const Section& s : st.sections)
      if (&s == &sec) stage = &st;
  if (const Goal* goal = g.goal_of(sec.id)) {
    out += _f("Goal:      {}\n", goal->text);
  } else if (stage) {
    out += _f("Stage:     {} {}\n", stage->id, stage_name(stage->title));
    if (const Goal* sg = g.goal_of(stage->id)) out += _f("Goal:      {}\n", sg->text);
  }
  std::vector<std::size_t> items = rm.select(sec.id);
  if (!items.empty()) out += "\n" + render_items(rm, items, style);
  std::vector<const Resource*> rs = g.resources_in(sec.id);
  if (!rs.empty()) out += _("\nResources:\n") + resource_lines(rs, style, "  ");
  else out += _("\nNo resource links in this section.\n");
  return out;
}

std::string render_show_phase(const Roadmap& rm, const Guide& g, const Phase& ph, const Style& style) {
  return phase_block(rm, g, ph, style);
}

std::string render_resources(const Roadmap& rm, const Guide& g, std::string_view scope, const Style& style) {
  std::vector<const Resource*> rs = g.resources_in(scope);
  std::string out;
  for (std::size_t i = 0; i < rs.size();) {
    std::size_t j = i;
    while (j < rs.size() && rs[j]->scope == rs[i]->scope) ++j;
    if (!out.empty()) out += '\n';
    out += style.bold(scope_title(rm, rs[i]->scope)) + "\n";
    out += resource_lines({rs.begin() + static_cast<std::ptrdiff_t>(i), rs.begin() + static_cast<std::ptrdiff_t>(j)},
                          style, "  ");
    i = j;
  }
  return out;
}

std::string resources_json(const Guide& g, std::string_view scope) {
  toml::array arr;
  for (const Resource* r : g.resources_in(scope)) {
    toml::table t;
    t.insert("section", r->scope);
    t.insert("title", r->title);
    t.insert("url", r->url);
    t.insert("line", r->line);
    arr.push_back(std::move(t));
  }
  return to_json_text(arr);
}

std::string render_stage_projects(const Roadmap& rm, const Guide& g, int stage, const Style& style) {
  std::string out;
  for (const Phase& ph : g.phases)
    if (stage >= 0 && ph.stage == stage) out += phase_block(rm, g, ph, style);
  return out.empty() ? out : _("\nPractice projects:\n") + out;
}

std::string render_projects(const Roadmap& rm, const Guide& g, const Style& style) {
  std::string out = fmt::format("{}  {}\n", style.bold(g.projects_heading),
                                count(g.projects_done(), static_cast<int>(g.projects.size())));
  for (const Phase& ph : g.phases) out += "\n" + phase_block(rm, g, ph, style);
  return out;
}

std::string projects_json(const Roadmap& rm, const Guide& g) {
  toml::table root;
  root.insert("total", static_cast<int64_t>(g.projects.size()));
  root.insert("done", g.projects_done());
  toml::array phases;
  for (std::size_t k = 0; k < g.phases.size(); ++k) {
    const Phase& ph = g.phases[k];
    toml::table t;
    t.insert("id", ph.id);
    t.insert("title", ph.title);
    t.insert("stage", ph.stage >= 0 ? toml::value<std::string>(rm.stages[ph.stage].id) : json_null());
    t.insert("total", ph.total);
    t.insert("done", ph.done);
    toml::array ps;
    for (const Project& p : g.projects) {
      if (p.phase != static_cast<int>(k)) continue;
      toml::table pt;
      pt.insert("id", p.id);
      pt.insert("name", p.name);
      pt.insert("text", p.text);
      pt.insert("done", p.done);
      pt.insert("line", p.line);
      ps.push_back(std::move(pt));
    }
    t.insert("projects", std::move(ps));
    phases.push_back(std::move(t));
  }
  root.insert("phases", std::move(phases));
  return to_json_text(root);
}

namespace {

// The columns of `path`: step text and target as wide as their widest cell, unless the line would
// not fit the width; then both are cut with "…" by display width, and on a very narrow terminal
// the target goes (the count stays) and "you are here" becomes an arrow.
struct PathColumns {
  std::size_t text_w = 0, target_w = 0;
  bool target = true;
  std::string here;
};

PathColumns path_columns(const Guide& g, const Style& style) {
  PathColumns c;
  for (const LearningPath& p : g.paths)
    for (const PathStep& s : p.steps) {
      c.text_w = std::max(c.text_w, display_width(s.text));
      if (s.kind != PathStep::Kind::None) c.target_w = std::max(c.target_w, display_width(s.target + " " + s.target_title));
    }
  c.here = _("  <- you are here");
  const std::size_t fixed = 11 + 7;  // "  1.1  [ ] " before the text, "  12/34" after the target
  if (c.text_w + 2 + c.target_w + fixed + display_width(c.here) <= style.width) return c;
  // Both columns cut, in proportion, while each keeps 8 cells.
  const std::size_t both = c.text_w + c.target_w;
  if (style.width >= fixed + display_width(c.here) + 2 + 16) {
    const std::size_t avail = style.width - fixed - display_width(c.here) - 2;
    c.text_w = std::min(c.text_w, std::max<std::size_t>(8, avail * c.text_w / both));
    c.target_w = std::min(c.target_w, avail - c.text_w);
    return c;
  }
  c.target = false;
  c.here = "  <-";
  const std::size_t avail = style.width > fixed + 4 + 6 ? style.width - fixed - 4 : 6;
  c.text_w = std::min(c.text_w, avail);
  return c;
}

}  // namespace

std::string render_paths(const Guide& g, int chosen, const Style& style) {
  std::string out;
  const PathColumns c = path_columns(g, style);
  for (std::size_t k = 0; k < g.paths.size(); ++k) {
    const LearningPath& p = g.paths[k];
    bool is_chosen = static_cast<int>(k) == chosen;
    std::size_t cur = p.current();
    if (!out.empty()) out += '\n';
    out += style.bold(p.name) + (is_chosen ? _("  (chosen)") : "") + "\n";
    for (std::size_t i = 0; i < p.steps.size(); ++i) {
      const PathStep& s = p.steps[i];
      std::string box = s.complete() ? style.green("[x]") : s.tracked() ? "[ ]" : "[-]";
      std::string target, progress;
      if (s.kind == PathStep::Kind::None) {
        target = style.dim(_("(not in the roadmap: not tracked)"));
      } else {
        if (c.target) target = pad_right(truncate_to_width(s.target + " " + s.target_title, c.target_w), c.target_w);
        progress = fmt::format("{}{:>5}", c.target ? "  " : "", count(s.done, s.total));
      }
      std::string here = is_chosen && i == cur ? style.yellow(c.here) : "";
      out += fmt::format("  {}  {} {}  {}{}{}\n", s.label, box, pad_right(truncate_to_width(s.text, c.text_w), c.text_w),
                         target, progress, here);
    }
    if (is_chosen && cur == p.steps.size()) out += _("  Every tracked step of this path is done.\n");
  }
  return out;
}

std::string paths_json(const Guide& g, int chosen) {
  toml::table root;
  // Every key always present, null when unknown (share/schema/path.schema.json).
  const LearningPath* cp = chosen >= 0 ? &g.paths[static_cast<std::size_t>(chosen)] : nullptr;
  root.insert("chosen", cp ? toml::value<std::string>(cp->name) : json_null());
  root.insert("current", cp && cp->current() < cp->steps.size() ? toml::value<std::string>(cp->steps[cp->current()].label)
                                                                 : json_null());
  toml::array paths;
  for (std::size_t k = 0; k < g.paths.size(); ++k) {
    const LearningPath& p = g.paths[k];
    toml::table t;
    t.insert("name", p.name);
    t.insert("chosen", static_cast<int>(k) == chosen);
    t.insert("current", p.current() < p.steps.size() ? toml::value<std::string>(p.steps[p.current()].label) : json_null());
    toml::array steps;
    for (const PathStep& s : p.steps) {
      toml::table st;
      st.insert("step", s.label);
      st.insert("text", s.text);
      st.insert("kind", kind_name(s.kind));
      const bool tracked = s.kind != PathStep::Kind::None;
      st.insert("target", tracked ? toml::value<std::string>(s.target) : json_null());
      st.insert("title", tracked ? toml::value<std::string>(s.target_title) : json_null());
      if (tracked) {
        st.insert("done", s.done);
        st.insert("total", s.total);
      } else {
        st.insert("done", json_null());
        st.insert("total", json_null());
      }
      st.insert("complete", tracked && s.complete());
      steps.push_back(std::move(st));
    }
    t.insert("steps", std::move(steps));
    paths.push_back(std::move(t));
  }
  root.insert("paths", std::move(paths));
  return to_json_text(root);
}

Expected<int> choose_path(const Guide& g, std::string_view name) {
  std::vector<std::string> names;
  for (const LearningPath& p : g.paths) names.push_back(p.name);
  if (g.paths.empty()) return input_error(_f("no learning path '{}': the roadmap has no learning paths", name));
  for (std::size_t k = 0; k < g.paths.size(); ++k)
    if (g.paths[k].name == name) return static_cast<int>(k);
  int found = -1, hits = 0;
  for (std::size_t k = 0; k < g.paths.size(); ++k)
    if (!name.empty() && contains_folded(g.paths[k].name, name)) found = static_cast<int>(k), ++hits;
  if (hits == 1) return found;
  if (hits > 1)
    return input_error(_f("'{}' matches more than one learning path (paths: {})", name, fmt::join(names, ", ")));
  return input_error(_f("no learning path '{}' (paths: {})", name, fmt::join(names, ", ")));
}

}  // namespace llm101
