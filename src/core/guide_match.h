// Internal to the guide parser: helpers that turn heading and list texts into guide values and
// map path steps and project phases to roadmap titles (core/guide_match.cc).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/guide.h"

namespace llm101 {

// "📚 推荐学习路径" → "推荐学习路径": decoration before the first letter or CJK character goes.
std::string strip_decoration(std::string_view s);
// The stage a project phase titled `title` belongs to (index into rm.stages), -1 = none.
int phase_stage(const Roadmap& rm, std::string_view title);
// "A → B -> C" → {"A", "B", "C"}.
std::vector<std::string> split_steps(std::string_view line);
// Maps every step of g.paths to the stage, section or projects it names.
void match_paths(Guide& g, const Roadmap& rm);

}  // namespace llm101
