// llm101 upgrade NEW.md | --builtin [--dry-run] [--json]: takes a new version of the roadmap,
// carrying every mark across (core/upgrade.h), reports what moved, was renamed, is new or was
// dropped, and replaces the roadmap in one atomic write under the lock, committed like `check`.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/git_support.h"
#include "cli/guide_cli.h"
#include "cli/journal_support.h"
#include "core/i18n.h"
#include "core/journal_match.h"
#include "core/upgrade_report.h"
#include "io/fs.h"

namespace llm101::cli {
namespace {

// The built-in version's name: English in --json and commit messages, translated where shown.
constexpr const char* kBuiltinName = N_("the built-in roadmap");

// The version to take: NEW.md as given (the user's own choice, like --roadmap) or the built-in.
struct NextVersion {
  std::string shown;  // "NEW.md", "the built-in roadmap" (translated)
  std::string name;   // the same in English: "to" in --json
  std::string text;
};

NextVersion read_next(Context& ctx, const Args& args) {
  const bool builtin = args.has("builtin");
  const std::string path = args.get("NEW");
  if (builtin == !path.empty())
    throw CliError(input_error(builtin ? _("give either NEW.md or --builtin, not both")
                                       : _("which version? give a roadmap file (NEW.md) or --builtin")),
                   _("llm101 upgrade --builtin takes the roadmap built into this llm101"));
  if (builtin) return {_(kBuiltinName), kBuiltinName, std::string(embedded_roadmap())};
  auto text = io::read_file(io::join_path(ctx.env().cwd, path));
  if (!text) {
    Diagnostic d = text.error();
    d.file = path;
    throw CliError(d);
  }
  return {path, path, std::move(text).value()};
}

// Lines under 完成的任务 that will name no item of the new version.
std::vector<UnmappedLine> unmapped_lines(Context& ctx, const Roadmap& next) {
  std::vector<UnmappedLine> out;
  std::optional<JournalPlace> place = ctx.globals().roadmap_file.empty() ? journal_place(ctx) : std::nullopt;
  if (!place) return out;
  std::vector<JournalEntry> entries = load_journal(ctx, *place, false, true, true);
  std::vector<std::vector<std::size_t>> named = map_completed(next, entries);
  for (std::size_t e = 0; e < entries.size(); ++e)
    for (std::size_t k = 0; k < named[e].size(); ++k)
      // A practice project's line (P1.1) names a project, not an item: not lost by an upgrade.
      if (named[e][k] == kNoItem && entries[e].completed[k].id[0] != 'P') {
        const CompletedTask& t = entries[e].completed[k];
        out.push_back({entries[e].file, t.line, t.id, t.text});
      }
  return out;
}

void warn_dropped_done(Context& ctx, const UpgradeReport& r) {
  std::vector<std::size_t> lost = dropped_done(r);
  if (lost.empty()) return;
  std::vector<std::string> names;
  for (std::size_t i : lost) names.push_back(r.current.roadmap.items[i].id + " " + r.current.roadmap.items[i].text);
  const std::string list = fmt::format("{}", fmt::join(names, "; "));
  ctx.warn(failure(_nf("{} done item is not in {}; the journal keeps its completion date: {}",
                       "{} done items are not in {}; the journal keeps their completion dates: {}", lost.size(),
                       lost.size(), r.to, list)));
}

void commit_upgrade(Context& ctx, const RoadmapFile& file, const UpgradeReport& r, const Args& args) {
  Change change;
  change.paths.push_back(file.real_path);
  const UpgradePlan& p = r.plan;
  // Commit messages stay English (shared history, see po/not-translated.txt).
  const std::string to = args.has("builtin") ? kBuiltinName : args.get("NEW");
  change.subject = fmt::format("upgrade roadmap to {}: {} kept, {} moved, {} renamed, {} new, {} dropped", to,
                               p.kept, p.moved, p.renamed, p.added.size(), p.dropped);
  change.command = args.has("builtin") ? "upgrade --builtin" : "upgrade " + args.get("NEW");
  commit_change(ctx, change);
}

int run_upgrade(Context& ctx, const Args& args) {
  const bool dry = args.has("dry-run");
  NextVersion nv = read_next(ctx, args);
  std::vector<io::DirLock> locks;
  if (!dry) locks = ctx.lock();  // held until the new roadmap is in place and committed
  const RoadmapFile& file = ctx.reload_roadmap();
  if (file.roadmap.conflict_line) {
    Diagnostic d = input_error(_("git merge conflict markers; resolve the conflict before upgrading"));
    d.file = file.path;
    d.line = file.roadmap.conflict_line;
    throw CliError(d);
  }
  const Roadmap next_rm = parse_roadmap_checked(nv.text, nv.shown);
  const Guide cur_guide = load_guide(file), next_guide = parse_guide(nv.text, next_rm);
  const RoadmapVersion current{file.text, file.roadmap, cur_guide}, next{nv.text, next_rm, next_guide};
  const UpgradePlan plan = unwrap(plan_upgrade(current, next, nv.shown));
  UpgradeReport report{current, next, plan, file.path, nv.shown, nv.name, false, unmapped_lines(ctx, next_rm)};
  const bool changes = plan.text != file.text;
  if (!dry && changes) {
    if (auto st = io::write_file_atomic(file.real_path, plan.text); !st) {
      Diagnostic d = st.error();
      d.file = file.path;
      throw CliError(d);
    }
    report.written = true;
  }
  append_output(ctx.out, args.has("json") ? upgrade_json(report) : render_upgrade(report, ctx.style()));
  ctx.flush();
  warn_dropped_done(ctx, report);
  if (!changes) ctx.note(_f("nothing to change: {} is already this version", file.path));
  else if (dry) ctx.note(_("dry run: nothing written"));
  if (report.written) commit_upgrade(ctx, file, report, args);
  return 0;
}

}  // namespace

CommandSpec upgrade_command() {
  return {
      .name = "upgrade",
      .summary = N_("Take a new version of the roadmap, carrying every done item across"),
      .examples = N_("  llm101 upgrade --builtin --dry-run   what taking the built-in roadmap would change\n"
                  "  llm101 upgrade --builtin             take it\n"
                  "  llm101 upgrade ~/Downloads/roadmap.md\n"
                  "  llm101 upgrade new.md --json | jq '.items[] | select(.fate == \"dropped\")'\n"
                  "Items are matched by their text (then by a similar text, in the same section first), so\n"
                  "IDs may change; the journal keeps every completion date. 'llm101 undo' takes it back.\n"),
      .options = {{"--builtin", N_("Take the roadmap built into this llm101"), "", ""},
                  {"--dry-run", N_("Print the report and write nothing"), "", ""},
                  {"--json", N_("Print JSON: {from, to, written, kept, moved, renamed, new, dropped, items, projects, unmapped_journal}"), "", ""}},
      .positionals = {{"NEW", N_("The new version of the roadmap (a Markdown file)"), false, false}},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run_upgrade,
  };
}

}  // namespace llm101::cli
