// `stats`'s study time per stage, section and item and the forecast from it, as text and JSON
// (the figures are in study_time.h). Internal to stats_report.cc.
#pragma once

#include <toml++/toml.h>

#include <string>

#include "core/stats_report.h"
#include "core/style.h"

namespace llm101 {

std::string study_time_lines(const StatsInput& in, const Style& style);
// {"stages": [{id, title, minutes, hours, attributed_hours, sections: [...]}], "items": [...],
//  "unassigned_hours", "forecast": {...}}: every key always present, null when unknown.
toml::table study_time_json(const StatsInput& in);

}  // namespace llm101
