// The rest of the roadmap beyond its checkboxes: resource links, stage goals and durations,
// practice projects (实践项目) and recommended learning paths (推荐学习路径). Read from the same
// Document as parse_roadmap, by a walk of its cmark tree, so the item parser stays small.
// Pure: text and a parsed Roadmap in, values out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/roadmap.h"

namespace llm101 {

// A link in a list inside a stage: "[Title](url)". Belongs to the innermost real section or
// stage whose heading span holds it; links outside every stage are not resources.
struct Resource {
  std::string title;
  std::string url;
  std::string scope;  // "3.2" or "3": the section, else the stage, that holds the link
  int stage = -1;     // index into Roadmap::stages
  int line = 0;
};

// "**目标**: …" (or "**Goal**: …") in a stage or section.
struct Goal {
  std::string scope;  // stage or section ID
  std::string text;
  int line = 0;
};

// A practice project: one list item under a phase heading below the 实践项目 heading.
// It is tracked in the Markdown itself: the first `check` turns "1. **X**: …" into
// "1. [x] **X**: …" (4 bytes inserted on that one line); from then on it is a task item and
// check/uncheck flip one byte, like any item.
struct Project {
  std::string id;       // "P2.1": phase 2, project 1
  std::string name;     // text before the first ':' / '：' ("数学计算器"), else the whole text
  std::string text;     // the whole plain text after any checkbox
  int phase = -1;       // index into Guide::phases
  bool done = false;
  bool is_task = false;       // already carries "[ ]"/"[x]"
  std::size_t box = 0;        // is_task: byte offset of the mark (as TaskItem::box)
  std::size_t insert_at = 0;  // !is_task: byte offset where "[x] " goes (start of the text)
  int line = 0;
};

struct Phase {
  std::string id;     // "P2"
  std::string title;  // "深度学习阶段项目"
  int line = 0;
  int stage = -1;     // the related stage (index into Roadmap::stages), by title; -1 = none
  int total = 0;
  int done = 0;
};

// One step of a learning path ("Python编程") and the part of the roadmap it maps to.
struct PathStep {
  enum class Kind { None, Stage, Section, Projects };
  std::string label;  // "1.2": line 1 of the path, second step
  std::string text;   // "Python编程"
  Kind kind = Kind::None;
  std::string target;        // "1.2" / "3" / "P"; empty when Kind::None (shown, not tracked)
  std::string target_title;  // "编程技能"
  int done = 0;
  int total = 0;
  bool tracked() const { return kind != Kind::None && total > 0; }
  bool complete() const { return tracked() && done == total; }
};

struct LearningPath {
  std::string name;  // "初学者路径"
  int line = 0;
  std::vector<PathStep> steps;
  // Index of the first tracked step not complete: where the learner is. steps.size() when all
  // tracked steps are complete (or none is tracked).
  std::size_t current() const;
};

struct Guide {
  std::vector<Resource> resources;
  std::vector<Goal> goals;
  std::string projects_heading;  // "🛠️ 实践项目"; empty when the roadmap has none
  int projects_line = 0;
  std::vector<Phase> phases;
  std::vector<Project> projects;
  std::string paths_heading;     // "📚 推荐学习路径"; empty when none
  std::vector<LearningPath> paths;

  const Goal* goal_of(std::string_view scope) const;
  const Project* find_project(std::string_view id) const;
  const Phase* find_phase(std::string_view id) const;
  // Resources whose scope is `id` or lies under it; all when `id` is empty.
  std::vector<const Resource*> resources_in(std::string_view id) const;
  int projects_done() const;
};

// "Transformer和注意力机制（1-2个月）" → duration "1-2个月", name "Transformer和注意力机制".
// The duration is the text of a trailing full-width or ASCII parenthesis; empty when none.
std::string stage_duration(std::string_view title);
std::string stage_name(std::string_view title);

// How well a path step matches a title: the number of the step's characters covered by text it
// shares with the title. ASCII words count when the title has the same whole word (any case,
// 2+ letters); other text counts in runs of 2+ characters found in the title. 0 = no match.
int match_score(std::string_view step, std::string_view title);

// `rm` is parse_roadmap of the same document: its headings carry the spans and kinds used here.
Guide parse_guide(const Document& doc, const Roadmap& rm);
Guide parse_guide(std::string_view text, const Roadmap& rm);

// A cheap test before parse_guide where only projects matter (status): false when `text` cannot
// hold a projects heading.
bool may_have_projects(std::string_view text);

// "P2.1" / "p2.1" / "P2": the shape of a project or phase ID.
bool looks_like_project_id(std::string_view id);

// `text` with "[x] " inserted at each offset (Project::insert_at), verified to sit at the start
// of a list item's text. Offsets are into `text`; applied from the last to the first.
Expected<std::string> insert_task_markers(std::string_view text, std::vector<std::size_t> offsets,
                                          std::string_view file);

}  // namespace llm101
