// Helpers shared by the guide commands and by next, check and status (see guide_cli.h).
#include "cli/guide_cli.h"

#include "core/guide_report.h"
#include "core/i18n.h"

namespace llm101::cli {

Guide load_guide(const RoadmapFile& file) {
  return file.doc ? parse_guide(*file.doc, file.roadmap) : parse_guide(file.text, file.roadmap);
}

int chosen_path(Context& ctx, const Guide& g, const Args& args) {
  const io::Workspace* ws = args.has("path") ? nullptr : ctx.workspace();
  if (!args.has("path") && (!ws || ws->config.path.empty())) return -1;
  if (g.paths.empty()) {  // a roadmap without paths is not an error: say so and go on
    ctx.note(_f("{} has no learning paths; following roadmap order", ctx.roadmap().path));
    return -1;
  }
  if (args.has("path")) return unwrap(choose_path(g, args.get("path")));
  Expected<int> k = choose_path(g, ws->config.path);
  if (!k) {
    Diagnostic d = k.error();
    d.file = ctx.display_path(ws->config_path);
    d.message = "'path': " + d.message;
    ctx.warn(d);
    return -1;
  }
  return *k;
}

void note_no_projects(Context& ctx, const RoadmapFile& file) {
  ctx.note(_f("{} has no practice projects: none under a heading named 实践项目 or "
              "\"Practice projects\" in the seed's shape (see 'llm101 outline'; "
              "projects_heading under [outline] in llm101.toml names another)", file.path));
}

}  // namespace llm101::cli
