// `llm101 outline`: which headings became stages and sections and why (the level chosen, the
// number read or not), where items outside every stage went, and which headings hold practice
// projects and learning paths. Text and JSON, from a parsed Roadmap and Guide; pure.
#pragma once

#include <string>
#include <vector>

#include "core/guide.h"
#include "core/report.h"
#include "core/roadmap.h"

namespace llm101 {

std::string render_outline(const Roadmap& rm, const Guide& g, const Style& style);
std::string outline_json(const Roadmap& rm, const Guide& g);

// One message per [outline] setting in llm101.toml that matched nothing in `rm` (and so was
// not applied), for a warning.
std::vector<std::string> unused_outline_settings(const Roadmap& rm, const OutlineSettings& set);

}  // namespace llm101
