// llm101 show ID: one part of the roadmap in full. A stage: goal, duration, sections with
// progress, resources and its practice projects; a section: its items and resources; a project
// phase (P2) or project (P2.1): the phase's projects; an item: the item in its section.
#include "cli/commands.h"
#include "cli/guide_cli.h"
#include "cli/journal_support.h"
#include "core/guide_report.h"
#include "core/i18n.h"
#include "core/item_report.h"

namespace llm101::cli {
namespace {

// Each item's start and done dates from the journal; all unknown without one (--roadmap FILE).
std::vector<ItemDates> journal_dates(Context& ctx, const Roadmap& rm) {
  std::optional<JournalPlace> place = journal_place(ctx);
  if (!place) return std::vector<ItemDates>(rm.items.size());
  return item_dates(rm, load_journal(ctx, *place, false, true, true));
}

int run_show(Context& ctx, const Args& args) {
  const RoadmapFile& file = ctx.roadmap();
  const Roadmap& rm = file.roadmap;
  std::string id = args.get("ID");
  Guide g = load_guide(file);
  const Style& style = ctx.style();
  const bool json = args.has("json");
  if (looks_like_project_id(id)) {
    if (json)
      throw CliError(input_error(_f("show --json: {} is a practice project; their JSON is in 'llm101 projects --json'", id)));
    if (g.projects.empty()) {
      note_no_projects(ctx, file);
      return 0;
    }
    const Phase* ph = g.find_phase(id);
    if (const Project* p = g.find_project(id)) ph = &g.phases[p->phase];
    if (!ph) throw CliError(input_error(_f("no practice project '{}' in {}", id, file.path)),
                            _("list them with: llm101 projects"));
    ctx.out += render_show_phase(rm, g, *ph, style);
    return 0;
  }
  resolve_ids(file, {id});  // validates, with suggestions
  if (json) {
    ctx.out += show_items_json(rm, rm.select(id), journal_dates(ctx, rm));
    return 0;
  }
  if (const Stage* st = rm.find_stage(id)) ctx.out += render_show_stage(rm, g, *st, style);
  else if (const Section* sec = rm.find_section(id)) ctx.out += render_show_section(rm, g, *sec, style);
  else if (const TaskItem* it = rm.find_item(id)) {
    ctx.out += render_items(rm, rm.select(id), style);
    if (std::string where = item_context(rm, *it); !where.empty()) ctx.out += style.dim(_f("in {}", where)) + "\n";
    ctx.out += render_item_state(*it, journal_dates(ctx, rm)[static_cast<std::size_t>(it - rm.items.data())], style);
  }
  return 0;
}

}  // namespace

CommandSpec show_command() {
  return {
      .name = "show",
      .summary = N_("Show a stage, section or practice project in full: goal, items, resources"),
      .examples = N_("  llm101 show 3                 stage 3: goal, duration, sections, projects\n"
                  "  llm101 show 3.1               section 3.1: items and resource links\n"
                  "  llm101 show 3.1.2             item 3.1.2: its state, the days it was started and done\n"
                  "  llm101 show P2                the practice projects of phase 2\n"),
      .options = {{"--json", N_("Print JSON: [{id, text, done, state, line, stage, section, start_date, done_date, done_before_tracking}]"), "", ""}},
      .positionals = {{"ID", N_("A stage, section, item or project (P2, P2.1) ID"), false, true, {}, Completes::IdsAndProjects}},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_show,
  };
}

}  // namespace llm101::cli
