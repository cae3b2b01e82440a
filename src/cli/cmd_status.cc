// llm101 status [ID]: progress overall, per stage and per section.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/guide_cli.h"
#include "cli/journal_support.h"
#include "core/guide_report.h"
#include "core/i18n.h"
#include "core/roadmap_version.h"
#include "core/text.h"

namespace llm101::cli {
namespace {

// A workspace's copy of a shipped roadmap older than the built-in one: one note on stderr (never
// in --json; -q silences notes). How "older" is known: core/roadmap_version.h.
void note_newer_builtin(Context& ctx, const RoadmapFile& file) {
  if (file.embedded || !ctx.globals().roadmap_file.empty() || ctx.globals().quiet) return;
  if (!builtin_is_newer(roadmap_fingerprint(file.roadmap), shipped_roadmaps())) return;
  ctx.flush();
  ctx.note(_f("this llm101 has a newer LLM101 roadmap than {}; see what would change with "
              "'llm101 upgrade --builtin --dry-run'", file.path));
}

int run_status(Context& ctx, const Args& args) {
  const RoadmapFile& file = ctx.roadmap();
  std::string scope = args.get("ID");
  if (!scope.empty()) resolve_ids(file, {scope});  // validates, with suggestions
  StatusJournal journal;
  if (auto place = journal_place(ctx)) {
    std::vector<JournalEntry> entries = load_journal(ctx, *place, false);
    if (!entries.empty()) {
      JournalSummary sum = summarize(entries, today(ctx), place->settings.week_start);
      journal = {true, sum.total_minutes, sum.week_minutes, sum.streaks.current, sum.last_entry};
    }
  }
  append_output(ctx.out, args.has("json") ? status_json(file.roadmap, scope, journal)
                                          : render_status(file.roadmap, scope, ctx.style(), journal));
  // The practice projects of the stage the learner is in (that of the first open item), or of
  // the stage asked for.
  if (!args.has("json") && (scope.empty() || file.roadmap.find_stage(scope)) && may_have_projects(file.text)) {
    const Roadmap& rm = file.roadmap;
    int stage = -1;
    for (std::size_t s = 0; s < rm.stages.size(); ++s)
      if (!scope.empty() && rm.stages[s].id == scope) stage = static_cast<int>(s);
    for (std::size_t i = 0; i < rm.items.size() && scope.empty() && stage < 0; ++i)
      if (!rm.items[i].done) stage = rm.items[i].stage;
    if (stage >= 0) ctx.out += fit_lines(render_stage_projects(rm, load_guide(file), stage, ctx.style()), ctx.style().width, ctx.style().reset());
  }
  if (!args.has("json")) note_newer_builtin(ctx, file);
  return 0;
}

}  // namespace

CommandSpec status_command() {
  return {
      .name = "status",
      .summary = N_("Show progress overall, per stage and per section"),
      .examples = N_("  llm101 status                 the whole roadmap\n"
                  "  llm101 status 3               stage 3 and its sections\n"
                  "  llm101 status 3.1             section 3.1 with its items\n"
                  "  llm101 status --json | jq '.stages[] | {id, done, total}'\n"),
      .options = {{"--json", N_("Print JSON: {title, total, done, percent, hours, stages: [{id, title, total, done, sections: [...]}]}"), "", ""}},
      .positionals = {{"ID", N_("A stage, section or item ID to narrow the report to"), false, false, {}, Completes::Ids}},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_status,
  };
}

}  // namespace llm101::cli
