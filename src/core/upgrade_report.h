// What `llm101 upgrade` prints: the counts, then the items that moved, were renamed, are new or
// were dropped (with their state), the practice projects, and the journal lines that name no
// item of the new version; as text and as JSON (keys in man/llm101.1). Pure.
#pragma once

#include <string>
#include <vector>

#include "core/report.h"
#include "core/upgrade.h"

namespace llm101 {

// A line under 完成的任务 that names no item of the new version (journal_match.h).
struct UnmappedLine {
  std::string file;  // journal/2026-11-01.md
  int line = 0;
  std::string id;
  std::string text;
};

struct UpgradeReport {
  const RoadmapVersion& current;
  const RoadmapVersion& next;
  const UpgradePlan& plan;
  std::string from, to;  // as shown: "roadmap.md", "the built-in roadmap" (translated)
  std::string json_to;   // `to` in --json: a JSON value, so English whatever the interface language
  bool written = false;  // false with --dry-run (or when nothing changes)
  std::vector<UnmappedLine> unmapped;
};

std::string render_upgrade(const UpgradeReport& r, const Style& style);
// {from, to, written, kept, moved, renamed, new, dropped, items: [{fate, old_id, new_id,
// old_text, new_text, state}], projects: [...same...], unmapped_journal: [{file, line, id, text}]}
std::string upgrade_json(const UpgradeReport& r);

// The current items that were done and have no counterpart in the new version.
std::vector<std::size_t> dropped_done(const UpgradeReport& r);

}  // namespace llm101
