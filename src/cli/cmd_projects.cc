// llm101 projects: the practice projects (实践项目) by phase, with their done state. Mark one done
// with 'llm101 check P1.1'.
#include "cli/commands.h"
#include "cli/guide_cli.h"
#include "core/guide_report.h"
#include "core/i18n.h"
#include "core/text.h"

namespace llm101::cli {
namespace {

int run_projects(Context& ctx, const Args& args) {
  const RoadmapFile& file = ctx.roadmap();
  Guide g = load_guide(file);
  if (args.has("json")) ctx.out += projects_json(file.roadmap, g);
  if (g.projects.empty()) {
    note_no_projects(ctx, file);
    return 0;
  }
  if (!args.has("json"))
    ctx.out += fit_lines(render_projects(file.roadmap, g, ctx.style()), ctx.style().width, ctx.style().reset());
  return 0;
}

}  // namespace

CommandSpec projects_command() {
  return {
      .name = "projects",
      .summary = N_("Show the practice projects by phase, with their done state"),
      .examples = N_("  llm101 projects               every project\n"
                  "  llm101 check P1.1             mark one done (uncheck undoes it)\n"
                  "  llm101 projects --json | jq '.phases[] | {id, done, total}'\n"),
      .options = {{"--json", N_("Print JSON: {total, done, phases: [{id, title, stage, total, done, projects: [{id, name, text, done, line}]}]}"), "", ""}},
      .positionals = {},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_projects,
  };
}

}  // namespace llm101::cli
