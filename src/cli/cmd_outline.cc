// llm101 outline: the structure llm101 read from the roadmap (which headings are stages and
// sections and why, where other items went, which headings hold projects and paths), so a user
// can predict the IDs and, when the inference is wrong, set [outline] in llm101.toml.
#include "cli/commands.h"
#include "cli/guide_cli.h"
#include "core/i18n.h"
#include "core/outline_report.h"
#include "core/text.h"

namespace llm101::cli {
namespace {

int run_outline(Context& ctx, const Args& args) {
  const RoadmapFile& file = ctx.roadmap();
  Guide g = load_guide(file);
  if (args.has("json")) append_output(ctx.out, outline_json(file.roadmap, g));
  else ctx.out += fit_lines(render_outline(file.roadmap, g, ctx.style()), ctx.style().width, ctx.style().reset());
  return 0;
}

}  // namespace

CommandSpec outline_command() {
  return {
      .name = "outline",
      .summary = N_("Show which headings became stages and sections, and why"),
      .examples = N_("  llm101 outline                the structure read from the roadmap\n"
                     "  llm101 --roadmap plan.md outline\n"
                     "  llm101 outline --json | jq '.stages[] | {id, heading, number}'\n"),
      .options = {{"--json", N_("Print JSON: {stages_level, sections_level, skipped_levels, stages: [{id, heading, line, items, number, sections}], projects, paths, not_projects, not_paths}"), "", ""}},
      .positionals = {},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_outline,
  };
}

}  // namespace llm101::cli
