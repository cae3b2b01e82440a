// llm101 next: the first open items in roadmap order.
#include "cli/commands.h"
#include "cli/context.h"
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
    throw CliError(input_error(fmt::format("--count: '{}' is not a positive number", count_arg)));
  std::vector<std::size_t> items;
  for (std::size_t i = 0; i < rm.items.size() && items.size() < static_cast<std::size_t>(count); ++i)
    if (!rm.items[i].done) items.push_back(i);
  if (args.has("json")) {
    append_output(ctx.out, items_json(rm, items));
    return 0;
  }
  if (items.empty()) {
    ctx.note(rm.total ? fmt::format("all {} items are done", rm.total) : "the roadmap has no task items");
    return 0;
  }
  const Style& style = ctx.style();
  for (std::size_t i : items) {
    const TaskItem& it = rm.items[i];
    std::string where = item_context(rm, it);
    ctx.out += fmt::format("{}  {}{}\n", style.bold(it.id), it.text,
                           where.empty() ? "" : style.dim(fmt::format("  ({})", where)));
  }
  return 0;
}

}  // namespace

CommandSpec next_command() {
  return {
      .name = "next",
      .summary = "Show the next open item(s) in roadmap order",
      .examples = "  llm101 next                   what to study next\n"
                  "  llm101 next -n 5              the next five\n"
                  "  llm101 check $(llm101 next --json | jq -r '.[0].id')\n",
      .options = {{"-n,--count", "How many open items to show", "N", "1"},
                  {"--json", "Print JSON: [{id, text, done, line, stage, section}]", "", ""}},
      .positionals = {},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_next,
  };
}

}  // namespace llm101::cli
