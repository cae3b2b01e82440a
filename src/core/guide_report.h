// Rendering of the guide parts of a roadmap (show, resources, projects, path) as text and JSON.
// Pure, like report.h: values in, strings out; the front end prints.
#pragma once

#include <string>
#include <string_view>

#include "core/guide.h"
#include "core/report.h"

namespace llm101 {

// `show 3` / `show 3.1`: goal, duration, progress, sections or items, resources, projects.
std::string render_show_stage(const Roadmap& rm, const Guide& g, const Stage& st, const Style& style);
std::string render_show_section(const Roadmap& rm, const Guide& g, const Section& sec, const Style& style);
// `show P2` / `show P2.1`: the phase with its projects.
std::string render_show_phase(const Roadmap& rm, const Guide& g, const Phase& ph, const Style& style);

// Resources in `scope` (a stage or section ID; all when empty), grouped by section.
std::string render_resources(const Roadmap& rm, const Guide& g, std::string_view scope, const Style& style);
// [{"section", "title", "url", "line"}] — "section" is the section, else stage, holding the link.
std::string resources_json(const Guide& g, std::string_view scope);

// The practice projects related to stage `stage` (index into Roadmap::stages), for `status`:
// "Practice projects:" and the phases' projects; empty when there are none.
std::string render_stage_projects(const Roadmap& rm, const Guide& g, int stage, const Style& style);

std::string render_projects(const Roadmap& rm, const Guide& g, const Style& style);
// {"total", "done", "phases": [{"id", "title", "stage", "total", "done",
//   "projects": [{"id", "name", "text", "done", "line"}]}]}
std::string projects_json(const Roadmap& rm, const Guide& g);

// The learning paths; `chosen` is an index into g.paths or -1.
std::string render_paths(const Guide& g, int chosen, const Style& style);
// {"chosen", "current", "paths": [{"name", "chosen", "current", "steps": [{"step", "text",
//   "target", "kind", "title", "done", "total", "complete"}]}]}
std::string paths_json(const Guide& g, int chosen);

// The path a name selects: an exact name, else the one path whose name contains it. Errors
// (exit 2) name the paths there are.
Expected<int> choose_path(const Guide& g, std::string_view name);

}  // namespace llm101
