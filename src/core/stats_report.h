// `stats` as text and JSON: streaks, hours and items per week, the calendar heatmap and the pace
// per stage. Pure: entries, the roadmap and "today" in; text out.
#pragma once

#include <string>
#include <vector>

#include "core/config.h"
#include "core/report.h"
#include "core/stats.h"

namespace llm101 {

struct StatsInput {
  const std::vector<JournalEntry>* entries = nullptr;
  const Roadmap* roadmap = nullptr;
  Date today;
  JournalSettings settings;
};
std::string render_stats(const StatsInput& in, const Style& style);
std::string stats_json(const StatsInput& in);

// GitHub-style calendar of the last year up to `today`, one column per week, as many weeks as
// fit in `style.width`. Coloured blocks with colour on; ". - + * #" without.
std::string render_heatmap(const std::vector<JournalEntry>& entries, Date today, const JournalSettings& settings,
                           const Style& style);

}  // namespace llm101
