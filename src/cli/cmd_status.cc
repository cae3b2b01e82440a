// llm101 status [ID]: progress overall, per stage and per section.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/journal_support.h"

namespace llm101::cli {
namespace {

int run_status(Context& ctx, const Args& args) {
  const RoadmapFile& file = ctx.roadmap();
  std::string scope = args.get("ID");
  if (!scope.empty()) resolve_ids(file, {scope});  // validates, with suggestions
  StatusJournal journal;
  if (auto place = journal_place(ctx)) {
    std::vector<JournalEntry> entries = load_journal(ctx, *place, false);
    if (!entries.empty()) {
      JournalSummary sum = summarize(entries, today(ctx), place->settings.week_start);
      journal = {true, minutes_to_hours(sum.total_minutes), minutes_to_hours(sum.week_minutes), sum.streaks.current,
                 sum.last_entry};
    }
  }
  ctx.out += args.has("json") ? status_json(file.roadmap, scope, journal)
                              : render_status(file.roadmap, scope, ctx.style(), journal);
  return 0;
}

}  // namespace

CommandSpec status_command() {
  return {
      .name = "status",
      .summary = "Show progress overall, per stage and per section",
      .examples = "  llm101 status                 the whole roadmap\n"
                  "  llm101 status 3               stage 3 and its sections\n"
                  "  llm101 status 3.1             section 3.1 with its items\n"
                  "  llm101 status --json | jq '.stages[] | {id, done, total}'\n",
      .options = {{"--json", "Print JSON: {title, total, done, percent, hours, stages: [{id, title, total, done, sections: [...]}]}", "", ""}},
      .positionals = {{"ID", "A stage, section or item ID to narrow the report to", false, false}},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_status,
  };
}

}  // namespace llm101::cli
