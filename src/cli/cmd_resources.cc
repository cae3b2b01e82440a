// llm101 resources [ID]: the resource links (推荐资源) of the roadmap, a stage or a section.
#include "cli/commands.h"
#include "cli/guide_cli.h"
#include "core/guide_report.h"
#include "core/i18n.h"

namespace llm101::cli {
namespace {

int run_resources(Context& ctx, const Args& args) {
  const RoadmapFile& file = ctx.roadmap();
  const Roadmap& rm = file.roadmap;
  std::string scope = args.get("ID");
  if (!scope.empty()) {
    resolve_ids(file, {scope});  // validates, with suggestions
    if (!rm.find_stage(scope) && !rm.find_section(scope))
      throw CliError(input_error(_f("'{}' is an item; resources belong to sections and stages", scope)),
                     _f("try: llm101 resources {}", scope.substr(0, scope.rfind('.'))));
  }
  Guide g = load_guide(file);
  if (args.has("json")) ctx.out += resources_json(g, scope);
  if (g.resources.empty()) {
    ctx.note(_f("{} has no resource links (links in a list inside a stage)", file.path));
    return 0;
  }
  if (g.resources_in(scope).empty()) {
    ctx.note(_f("no resource links in {}", scope));
    return 0;
  }
  if (!args.has("json")) ctx.out += render_resources(rm, g, scope, ctx.style());
  return 0;
}

}  // namespace

CommandSpec resources_command() {
  return {
      .name = "resources",
      .summary = N_("Show the resource links of the roadmap, a stage or a section"),
      .examples = N_("  llm101 resources              every link, by section\n"
                  "  llm101 resources 3            the links of stage 3\n"
                  "  llm101 resources 1.1 --json | jq -r '.[].url'\n"),
      .options = {{"--json", N_("Print JSON: [{section, title, url, line}]"), "", ""}},
      .positionals = {{"ID", N_("A stage or section ID"), false, false, {}, Completes::StagesAndSections}},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_resources,
  };
}

}  // namespace llm101::cli
