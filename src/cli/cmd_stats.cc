// llm101 stats [--json]: streaks, hours and items per week, a calendar heatmap of the last year,
// and each stage's pace against the duration planned in its heading, with a forecast finish.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/journal_support.h"
#include "core/i18n.h"
#include "core/text.h"

namespace llm101::cli {
namespace {

int run_stats(Context& ctx, const Args& args) {
  const Date now = today(ctx);
  const JournalPlace place = require_journal(ctx);
  const RoadmapFile& file = ctx.roadmap();
  std::vector<JournalEntry> entries = load_journal(ctx, place, false, false, true);
  StatsInput in{&entries, &file.roadmap, now, place.settings};
  // On a terminal every line fits its width (a cut line ends in "…"); in a pipe nothing is cut.
  ctx.out += args.has("json") ? stats_json(in)
                              : fit_lines(render_stats(in, ctx.style()), ctx.style().width, ctx.style().reset());
  return 0;
}

}  // namespace

CommandSpec stats_command() {
  return {
      .name = "stats",
      .summary = N_("Streaks, hours per week, a calendar heatmap and pace per stage"),
      .examples = N_("  llm101 stats\n"
                  "  llm101 stats --json | jq '{current_streak, longest_streak, hours}'\n"
                  "Items ticked by hand count as done today until the next log, check or uncheck dates them.\n"),
      .options = {{"--json", N_("Print JSON: {current_streak, longest_streak, hours, weeks, calendar, stages, time, ...}"), "", ""}},
      .positionals = {},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_stats,
  };
}

}  // namespace llm101::cli
