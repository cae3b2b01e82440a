// llm101 path [--path NAME]: the recommended learning paths (推荐学习路径), each step mapped to the
// stage, section or practice projects it names, and where the learner is on the chosen path.
#include "cli/commands.h"
#include "cli/guide_cli.h"
#include "core/guide_report.h"
#include "core/i18n.h"
#include "core/text.h"

namespace llm101::cli {

namespace {

int run_path(Context& ctx, const Args& args) {
  const RoadmapFile& file = ctx.roadmap();
  Guide g = load_guide(file);
  if (g.paths.empty()) {
    if (args.has("json")) ctx.out += paths_json(g, -1);
    ctx.note(_f("{} has no learning paths (a 推荐学习路径 heading with lists of 'A → B' steps)", file.path));
    return 0;
  }
  int chosen = chosen_path(ctx, g, args);
  if (args.has("json")) {
    ctx.out += paths_json(g, chosen);
    return 0;
  }
  ctx.out += fit_lines(render_paths(g, chosen, ctx.style()), ctx.style().width, ctx.style().reset());
  if (chosen < 0) {
    ctx.flush();
    ctx.note(_("choose a path with --path NAME, or with path = \"NAME\" in llm101.toml; 'llm101 next' then follows it"));
  }
  return 0;
}

}  // namespace

CommandSpec path_command() {
  return {
      .name = "path",
      .summary = N_("Show the recommended learning paths and your position on the chosen one"),
      .examples = N_("  llm101 path                   both paths; the one in llm101.toml marked\n"
                  "  llm101 path --path 有经验者   choose by (part of) its name\n"
                  "  llm101 path --json | jq -r .current\n"),
      .options = {{"--path", N_("The learning path to follow (default: 'path' in llm101.toml)"), "NAME", "", {}, false, Completes::PathNames},
                  {"--json", N_("Print JSON: {chosen, current, paths: [{name, chosen, current, steps: [{step, text, kind, target, title, done, total, complete}]}]}"), "", ""}},
      .positionals = {},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_path,
  };
}

}  // namespace llm101::cli
