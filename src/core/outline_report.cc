// `llm101 outline` as text and JSON: the structure parse_roadmap inferred (or llm101.toml set),
// with the reason for each choice, so a user can predict IDs and correct the inference.
#include "core/outline_report.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

#include "core/i18n.h"
#include "core/json.h"
#include "core/text.h"

namespace llm101 {
namespace {

// Where an ID's last number came from.
enum class NumberFrom { Heading, Taken, NotOrdinal, None, Pseudo };

NumberFrom number_from(std::string_view id, int ordinal, int line, std::string_view heading) {
  std::size_t dot = id.rfind('.');
  std::string_view last = dot == std::string_view::npos ? id : id.substr(dot + 1);
  // The pseudo-stage has no line; the pseudo-section S.0 has its stage's (no section is numbered 0).
  if (line == 0 || (dot != std::string_view::npos && last == "0")) return NumberFrom::Pseudo;
  if (ordinal >= 0) return last == std::to_string(ordinal) ? NumberFrom::Heading : NumberFrom::Taken;
  bool digits = std::any_of(heading.begin(), heading.end(), is_ascii_digit);
  return digits ? NumberFrom::NotOrdinal : NumberFrom::None;
}

std::string_view number_key(NumberFrom f) {
  switch (f) {
    case NumberFrom::Heading: return "heading";
    case NumberFrom::Taken: return "taken";
    case NumberFrom::NotOrdinal: return "not_ordinal";
    case NumberFrom::None: return "none";
    case NumberFrom::Pseudo: return "pseudo";
  }
  return "none";
}

std::string number_text(NumberFrom f, int ordinal) {
  switch (f) {
    case NumberFrom::Heading: return _("number read from the heading");
    case NumberFrom::Taken: return _f("its number {} is taken by an earlier heading: next free number", ordinal);
    case NumberFrom::NotOrdinal: return _("its number is a range, a count or part of the title: next free number");
    case NumberFrom::None: return _("no number in the heading: next free number");
    case NumberFrom::Pseudo: return _("items outside any heading at this level");
  }
  return {};
}

std::string_view why_key(LevelWhy w) {
  switch (w) {
    case LevelWhy::None: return "none";
    case LevelWhy::Config: return "config";
    case LevelWhy::Several: return "several";
    case LevelWhy::Numbered: return "numbered";
    case LevelWhy::Fallback: return "fallback";
    case LevelWhy::Lone: return "lone";
  }
  return "none";
}

std::string stage_reason(const LevelChoice& c) {
  switch (c.why) {
    case LevelWhy::None: return _("No stages: no heading holds a task item.");
    case LevelWhy::Config:
      return _f("Stages: level-{} headings, as llm101.toml sets (outline.stage_level).", c.level);
    case LevelWhy::Several:
      return _f("Stages: level-{} headings, the shallowest level where items sit under two or more headings ({}).",
                c.level, c.headings);
    case LevelWhy::Numbered:
      return _f("Stages: level-{} headings, the shallowest level with a numbered heading that holds items.", c.level);
    case LevelWhy::Fallback:
      return _f("Stages: level-{} headings, the shallowest level that holds items (every level looked like a wrapper).",
                c.level);
    case LevelWhy::Lone: break;
  }
  return {};
}

std::string section_reason(const LevelChoice& c, int stage_level) {
  switch (c.why) {
    case LevelWhy::Config:
      return c.level ? _f("Sections: level-{} headings, as llm101.toml sets (outline.section_level).", c.level)
                     : std::string(_("No sections, as llm101.toml sets (outline.section_level = 0)."));
    case LevelWhy::Several:
      return _f("Sections: level-{} headings, two or more below the stages ({}).", c.level, c.headings);
    case LevelWhy::Numbered:
      return _f("Sections: level-{} headings, a numbered one below the stages.", c.level);
    case LevelWhy::Lone:
      return _f("No sections: one unnumbered level-{} heading below the stages makes no level.", c.level);
    case LevelWhy::None:
    case LevelWhy::Fallback: break;
  }
  return stage_level ? std::string(_("No sections: no heading below the stages.")) : std::string();
}

struct Row {
  std::string id, heading, why;
  int line = 0, items = 0;
};

std::vector<Row> outline_rows(const Roadmap& rm) {
  std::vector<Row> rows;
  for (const Stage& st : rm.stages) {
    NumberFrom f = number_from(st.id, st.ordinal, st.line, st.heading);
    rows.push_back({st.id, st.heading, number_text(f, st.ordinal), st.line, st.total});
    for (const Section& sec : st.sections) {
      NumberFrom sf = number_from(sec.id, sec.ordinal, sec.line, sec.heading);
      rows.push_back({"  " + sec.id, sec.heading, number_text(sf, sec.ordinal), sec.line, sec.total});
    }
  }
  return rows;
}

std::string guide_lines(const Roadmap& rm, const Guide& g) {
  std::string out;
  for (const Heading& h : rm.headings) {
    if (h.kind == HeadingKind::Projects)
      out += _f("Practice projects: \"{}\" (line {}): projects {}, phases {}.\n", h.text, h.line, g.projects.size(),
                g.phases.size());
    else if (h.kind == HeadingKind::Paths)
      out += _f("Learning paths: \"{}\" (line {}): paths {}.\n", h.text, h.line, g.paths.size());
    else if (is_projects_heading(h.text))
      out += _f("Not practice projects: \"{}\" (line {}): not the seed's shape (sub-headings, each holding a "
                         "numbered list); its task items are checklist items. outline.projects_heading in llm101.toml "
                         "can name it.\n", h.text, h.line);
    else if (is_paths_heading(h.text))
      out += _f("Not learning paths: \"{}\" (line {}): no numbered line of steps joined by arrows. "
                         "outline.paths_heading in llm101.toml can name it.\n", h.text, h.line);
  }
  return out;
}

}  // namespace

namespace {

// The stages and sections, one per line: ID, heading line, heading, items, where the ID came from.
std::string outline_table(const std::vector<Row>& rows, const Style& style) {
  const std::string id_h = _("ID"), line_h = _("LINE"), head_h = _("HEADING"), items_h = _("ITEMS"), from_h = _("ID FROM");
  std::size_t id_w = display_width(id_h), head_w = display_width(head_h), line_w = display_width(line_h);
  const std::size_t items_w = std::max<std::size_t>(display_width(items_h), 5);
  for (const Row& r : rows) {
    id_w = std::max(id_w, r.id.size());
    head_w = std::max(head_w, std::min<std::size_t>(display_width(r.heading), 40));
    line_w = std::max(line_w, std::to_string(r.line).size());
  }
  std::string out = style.dim(fmt::format("{}  {}  {}  {}  {}", pad_right(id_h, id_w), pad_left(line_h, line_w),
                                          pad_right(head_h, head_w), pad_left(items_h, items_w), from_h)) + '\n';
  for (const Row& r : rows)
    out += fmt::format("{}  {}  {}  {}  {}\n", pad_right(r.id, id_w), pad_left(r.line ? std::to_string(r.line) : "-", line_w),
                       pad_right(truncate_to_width(r.heading, head_w), head_w), pad_left(std::to_string(r.items), items_w),
                       r.why);
  return out;
}

}  // namespace

std::string render_outline(const Roadmap& rm, const Guide& g, const Style& style) {
  std::string out = stage_reason(rm.stage_choice) + "\n";
  for (const WrapperLevel& w : rm.wrappers)
    out += _nf("  Level {} skipped: \"{}\" (line {}) holds {} of {} item, a title or wrapper.\n",
               "  Level {} skipped: \"{}\" (line {}) holds {} of {} items, a title or wrapper.\n",
               static_cast<unsigned long>(w.of), w.level, rm.headings[w.heading].text, rm.headings[w.heading].line,
               w.items, w.of);
  if (std::string s = section_reason(rm.section_choice, rm.stage_level); !s.empty()) out += s + "\n";
  if (std::vector<Row> rows = outline_rows(rm); !rows.empty()) out += '\n' + outline_table(rows, style);
  if (std::string gl = guide_lines(rm, g); !gl.empty()) out += '\n' + gl;
  if (rm.total == 0) out += _("\nNo task items found (a task item is a list item starting with \"[ ]\" or \"[x]\").\n");
  return out;
}

namespace {

toml::table part_json(std::string_view id, const std::string& heading, const std::string& title, int line,
                      int ordinal, int items) {
  toml::table t;
  t.insert("id", std::string(id));
  t.insert("heading", heading);
  t.insert("title", title);
  t.insert("line", line);
  t.insert("items", items);
  t.insert("number", std::string(number_key(number_from(id, ordinal, line, heading))));
  if (ordinal >= 0) t.insert("ordinal", ordinal);
  return t;
}

// The headings read as `kind` (with what they hold), or with `unread`, those named like one
// ("实践项目", "学习路径") that are not, for their shape.
toml::array guide_json(const Roadmap& rm, const Guide& g, HeadingKind kind, bool unread) {
  toml::array out;
  for (const Heading& h : rm.headings) {
    bool named = kind == HeadingKind::Projects ? is_projects_heading(h.text) : is_paths_heading(h.text);
    if (unread ? h.kind == kind || !named : h.kind != kind) continue;
    toml::table t;
    t.insert("heading", h.text);
    t.insert("line", h.line);
    if (!unread && kind == HeadingKind::Projects) {
      t.insert("projects", static_cast<int64_t>(g.projects.size()));
      t.insert("phases", static_cast<int64_t>(g.phases.size()));
    } else if (!unread) {
      t.insert("paths", static_cast<int64_t>(g.paths.size()));
    }
    out.push_back(std::move(t));
  }
  return out;
}

toml::table level_json(const LevelChoice& c) {
  toml::table t;
  t.insert("level", c.level);
  t.insert("reason", std::string(why_key(c.why)));
  return t;
}

}  // namespace

std::string outline_json(const Roadmap& rm, const Guide& g) {
  toml::table root;
  root.insert("parsed_by", rm.parsed_by == ParsePath::Scanner ? "scanner" : "cmark");
  root.insert("stages_level", level_json(rm.stage_choice));
  root.insert("sections_level", level_json(rm.section_choice));
  toml::array skipped;
  for (const WrapperLevel& w : rm.wrappers) {
    toml::table t;
    t.insert("level", w.level);
    t.insert("heading", rm.headings[w.heading].text);
    t.insert("line", rm.headings[w.heading].line);
    t.insert("items", w.items);
    t.insert("of", w.of);
    skipped.push_back(std::move(t));
  }
  root.insert("skipped_levels", std::move(skipped));
  toml::array stages;
  for (const Stage& st : rm.stages) {
    toml::table s = part_json(st.id, st.heading, st.title, st.line, st.ordinal, st.total);
    toml::array sections;
    for (const Section& sec : st.sections)
      sections.push_back(part_json(sec.id, sec.heading, sec.title, sec.line, sec.ordinal, sec.total));
    s.insert("sections", std::move(sections));
    stages.push_back(std::move(s));
  }
  root.insert("stages", std::move(stages));
  root.insert("projects", guide_json(rm, g, HeadingKind::Projects, false));
  root.insert("paths", guide_json(rm, g, HeadingKind::Paths, false));
  root.insert("not_projects", guide_json(rm, g, HeadingKind::Projects, true));
  root.insert("not_paths", guide_json(rm, g, HeadingKind::Paths, true));
  root.insert("total", rm.total);
  return to_json_text(root);
}

std::vector<std::string> unused_outline_settings(const Roadmap& rm, const OutlineSettings& set) {
  std::vector<std::string> out;
  if (set.stage_level && rm.stage_choice.why != LevelWhy::Config)
    out.push_back(_f("outline.stage_level = {} matches no heading in the roadmap; the stage level is "
                     "inferred instead (see 'llm101 outline')", set.stage_level));
  if (set.section_level >= 0 && rm.section_choice.why != LevelWhy::Config)
    out.push_back(_f("outline.section_level = {} matches no heading below the stages; the section "
                     "level is inferred instead (see 'llm101 outline')", set.section_level));
  auto applied = [&](HeadingKind k, const std::string& name) {
    return std::any_of(rm.headings.begin(), rm.headings.end(),
                       [&](const Heading& h) { return h.kind == k && heading_is_named(h.text, name); });
  };
  if (!set.projects_heading.empty() && !applied(HeadingKind::Projects, set.projects_heading))
    out.push_back(_f("outline.projects_heading = \"{}\" matches no heading in the roadmap", set.projects_heading));
  if (!set.paths_heading.empty() && !applied(HeadingKind::Paths, set.paths_heading))
    out.push_back(_f("outline.paths_heading = \"{}\" matches no heading in the roadmap", set.paths_heading));
  return out;
}

}  // namespace llm101
