// llm101 next: the first open items in roadmap order, or along the chosen learning path.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/guide_cli.h"
#include "core/i18n.h"
#include "core/text.h"

namespace llm101::cli {
namespace {

int run_next(Context& ctx, const Args& args) {
  const RoadmapFile& file = ctx.roadmap();
  const Roadmap& rm = file.roadmap;
  std::string count_arg = args.get("count", "1");
  char* end = nullptr;
  long count = std::strtol(count_arg.c_str(), &end, 10);
  if (end == count_arg.c_str() || *end != '\0' || count < 1)
    throw CliError(input_error(_f("--count: '{}' is not a positive number", count_arg)));
  // With a learning path chosen (--path, or path in llm101.toml), open items come in path order:
  // the items of each tracked step's stage or section, then the rest in roadmap order.
  std::vector<std::size_t> order;
  const io::Workspace* ws = args.has("path") ? nullptr : ctx.workspace();
  if (args.has("path") || (ws && !ws->config.path.empty())) {
    Guide g = load_guide(file);
    if (int chosen = chosen_path(ctx, g, args); chosen >= 0) {
      const LearningPath& path = g.paths[static_cast<std::size_t>(chosen)];
      for (const PathStep& step : path.steps)
        if (step.kind == PathStep::Kind::Stage || step.kind == PathStep::Kind::Section)
          for (std::size_t i : rm.select(step.target)) order.push_back(i);
      if (std::size_t cur = path.current(); cur < path.steps.size())
        ctx.note(_f("following {}: step {} {}", path.name, path.steps[cur].label, path.steps[cur].text));
    }
  }
  for (std::size_t i = 0; i < rm.items.size(); ++i) order.push_back(i);
  // What is under way comes first, then open items; done and skipped ones never.
  std::vector<char> seen(rm.items.size(), 0);
  std::vector<std::size_t> items;
  for (ItemState wanted : {ItemState::Doing, ItemState::Open}) {
    for (std::size_t i : order) {
      if (items.size() >= static_cast<std::size_t>(count)) break;
      if (rm.items[i].state != wanted || seen[i]) continue;
      seen[i] = 1;
      items.push_back(i);
    }
  }
  if (args.has("json")) {
    append_output(ctx.out, items_json(rm, items));
    return 0;
  }
  if (items.empty()) {
    if (rm.skipped)
      ctx.note(_nf("all {} item is done ({} skipped)", "all {} items are done ({} skipped)", rm.total, rm.total,
                   rm.skipped));
    else
      ctx.note(rm.total ? _nf("all {} item is done", "all {} items are done", rm.total, rm.total)
                        : std::string(_("the roadmap has no task items")));
    return 0;
  }
  ctx.out += render_next(rm, items, ctx.style());
  return 0;
}

}  // namespace

CommandSpec next_command() {
  return {
      .name = "next",
      .summary = N_("Show what to study next: items in progress, then open ones (never skipped)"),
      .examples = N_("  llm101 next                   what to study next\n"
                  "  llm101 next -n 5              the next five\n"
                  "  llm101 next --path 有经验者   along a learning path\n"
                  "  llm101 check $(llm101 next --json | jq -r '.[0].id')\n"),
      .options = {{"-n,--count", N_("How many open items to show"), "N", "1"},
                  {"--path", N_("Follow this learning path (default: 'path' in llm101.toml; see 'llm101 path')"), "NAME", "", {}, false, Completes::PathNames},
                  {"--json", N_("Print JSON: [{id, text, done, state, line, stage, section}]"), "", ""}},
      .positionals = {},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_next,
  };
}

}  // namespace llm101::cli
