// Helpers shared by the guide commands (show, resources, projects, path) and by next and check:
// the guide of the loaded roadmap, and the learning path the learner chose.
#pragma once

#include "cli/command.h"
#include "cli/context.h"
#include "core/guide.h"

namespace llm101::cli {

Guide load_guide(const RoadmapFile& file);

// The chosen learning path: --path NAME, else `path` in llm101.toml; -1 when none. A bad --path
// is an input error (exit 2); a bad llm101.toml value only warns, so `next` keeps working.
int chosen_path(Context& ctx, const Guide& g, const Args& args);

// The note when a roadmap has no practice projects: what llm101 looks for, in both languages,
// and where to say otherwise.
void note_no_projects(Context& ctx, const RoadmapFile& file);

}  // namespace llm101::cli
