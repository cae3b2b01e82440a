// llm101 init: make the current directory a workspace: roadmap.md (kept if present),
// llm101.toml, journal/; inside a git work tree also the merge driver's .gitattributes lines and
// config, with commits on. In a clone of an existing workspace it only completes the git set-up.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/git_support.h"
#include "core/config.h"
#include "core/outline_report.h"
#include "core/text.h"
#include "core/i18n.h"
#include "core/stats.h"
#include "io/fs.h"
#include "io/journal.h"

namespace llm101::cli {
namespace {

// A fresh clone of a workspace: its git config (not versioned) lacks the driver. Adds what is
// missing; never touches the roadmap, the journal or llm101.toml.
int complete_clone(Context& ctx, const io::Git& git) {
  const io::Workspace* ws = ctx.workspace();
  std::vector<io::DirLock> locks = ctx.lock();
  std::vector<std::string> written;
  std::vector<std::string> did = set_up_clone(ctx, git, ws->root, ws->config, written);
  for (const std::string& d : did) ctx.note(d);
  if (did.empty()) ctx.note(_f("{} is set up for llm101 in this clone; nothing changed", ws->root));
  commit_change(ctx, {written, "init: merge driver in .gitattributes", "init", {}, {}});
  return 0;
}

// Inside a git work tree: the driver, then one commit of everything init wrote.
void set_up_git(Context& ctx, const io::Git& git, const std::string& dir, const Config& config,
                std::vector<std::string> written, int items) {
  try {
    for (const std::string& d : set_up_clone(ctx, git, dir, config, written)) ctx.note(d);
  } catch (const CliError& e) {
    ctx.warn(e.diagnostic());
  }
  commit_change(ctx, {written, fmt::format("init: llm101 workspace ({} items)", items), "init", {}, {}});
}

// The roadmap's done items that neither a journal entry nor an earlier record lists: what the
// before-tracking record gets. An existing journal (init re-run after llm101.toml was removed)
// keeps its dates.
std::vector<CompletedTask> done_before_tracking(const Roadmap& rm, const std::string& root,
                                               const std::string& journal_dir, const std::string& display_dir) {
  if (rm.done == 0 || io::exists(io::join_path(journal_dir, std::string(kBeforeTrackingFile)))) return {};
  std::vector<Diagnostic> ignored;
  std::vector<JournalEntry> entries = unwrap(io::read_journal(journal_dir, display_dir, false, root, ignored));
  std::vector<CompletedTask> out;
  for (std::size_t i : unrecorded_done_items(rm, entries)) out.push_back({rm.items[i].id, rm.items[i].text, 0});
  return out;
}

// What init made, for stdout: each file and what it holds, then what to do next.
std::string init_summary(const std::string& dir, const Config& config, const Roadmap& rm, const std::string& what,
                         std::size_t before, const std::string& outline, bool git) {
  std::string out = _f("Initialized an llm101 workspace in {}\n", dir);
  out += _nf("  {:<12} {} ({} item, {} done)\n", "  {:<12} {} ({} items, {} done)\n", rm.total, config.roadmap, what,
             rm.total, rm.done);
  out += _f("  {:<12} settings\n", io::kConfigFile);
  out += _f("  {:<12} your study journal\n", config.journal + "/");
  if (before > 0)
    out += _nf("  {} {} ticked item recorded as done before tracking (no date)\n",
               "  {} {} ticked items recorded as done before tracking (no date)\n", before,
               config.journal + "/" + std::string(kBeforeTrackingFile), before);
  out += outline;  // init --from: the structure read from the user's own roadmap
  out += git ? _("Next: 'llm101 status', then 'llm101 check ID' as you finish items; each change is a git commit.\n")
             : _("Next: 'llm101 status', then 'llm101 check ID' as you finish items. Commit these files to git.\n");
  return out;
}

struct NewWorkspace {
  std::string roadmap_path;  // empty: an existing roadmap is kept
  std::string roadmap_text;
  std::string journal_dir;
  std::string config_path;
  std::string config_text;
  std::string record_path;  // empty: no before-tracking record to write
  std::string record_text;
};

// All or nothing: on a failure (a full disk, a read-only directory) what this call created is
// removed again, so a retry starts from the same place. The config goes last: until it exists,
// this is not a workspace.
void create_workspace(const NewWorkspace& w) {
  bool made_roadmap = false, made_journal = false, made_record = false;
  try {
    if (!w.roadmap_path.empty()) {
      unwrap(io::write_file_atomic(w.roadmap_path, w.roadmap_text));
      made_roadmap = true;
    }
    made_journal = !io::exists(w.journal_dir);
    unwrap(io::make_directories(w.journal_dir));
    if (!w.record_path.empty()) {
      unwrap(io::write_file_atomic(w.record_path, w.record_text, io::Links::Refuse));
      made_record = true;
    }
    unwrap(io::write_file_atomic(w.config_path, w.config_text));
  } catch (const CliError&) {
    if (made_record) (void)io::remove_file(w.record_path);
    if (made_journal) (void)io::remove_directory(w.journal_dir);
    if (made_roadmap) (void)io::remove_file(w.roadmap_path);
    throw;
  }
}

// Your own roadmap: the structure llm101 read from it, to check before the first 'check'.
std::string outline_text(const Context& ctx, const std::string& from, const std::string& text, const Roadmap& rm) {
  std::string out =
      _f("\nThe outline found in {} (llm101 outline shows it again; [outline] in llm101.toml changes it):\n", from);
  out += fit_lines(render_outline(rm, parse_guide(text, rm), ctx.style()), ctx.style().width, ctx.style().reset());
  return out + '\n';
}

int run_init(Context& ctx, const Args& args) {
  const std::string dir = ctx.env().cwd;
  const std::string config_path = io::join_path(dir, io::kConfigFile);
  std::optional<io::Git> git = io::Git::open(dir);
  if (git && args.get("from").empty() && io::find_workspace_root(dir)) return complete_clone(ctx, *git);
  if (io::exists(config_path))
    throw CliError(failure(_f("{} is already an llm101 workspace ({} exists); nothing changed", dir,
                              io::kConfigFile)));
  if (auto root = io::find_workspace_root(dir))
    throw CliError(failure(_f("{} is inside the workspace {}; nothing changed", dir, *root)),
                   _("run 'llm101 init' outside it, or use -C DIR"));

  Config config;
  config.git_commit = git.has_value();
  const std::string roadmap_path = io::join_path(dir, config.roadmap);
  const std::string journal_dir = io::join_path(dir, config.journal);
  std::string from = args.get("from");

  // Read and check everything before creating anything.
  std::string roadmap_text;
  bool keep_roadmap = io::exists(roadmap_path);
  if (!from.empty()) roadmap_text = unwrap(io::read_file(from));
  // The same text already there is an earlier init that was cut off: keep it and go on.
  if (keep_roadmap && !from.empty() && unwrap(io::read_file(roadmap_path)) != roadmap_text)
    throw CliError(input_error(_f("--from {}: {} already exists; nothing changed", from, config.roadmap)));
  if (keep_roadmap) roadmap_text = unwrap(io::read_file(roadmap_path));
  else if (from.empty()) roadmap_text = std::string(embedded_roadmap());
  Roadmap rm = parse_roadmap_checked(roadmap_text, keep_roadmap ? config.roadmap : from.empty() ? std::string(_("(built-in roadmap)")) : from);

  // Ticks already in the roadmap were made before tracking: recorded as such, never dated to today.
  std::vector<CompletedTask> before = done_before_tracking(rm, dir, journal_dir, config.journal);
  const std::string record_path = io::join_path(journal_dir, std::string(kBeforeTrackingFile));

  io::LockOptions options;
  options.timeout_ms = ctx.env().lock_timeout_ms;
  io::DirLock lock = unwrap(io::DirLock::acquire(dir, options));
  create_workspace({keep_roadmap ? std::string() : roadmap_path, roadmap_text, journal_dir, config_path,
                    default_config_text(config), before.empty() ? std::string() : record_path,
                    before_tracking_text(before, config.journal_settings().language)});
  std::vector<std::string> written{config_path};
  if (!before.empty()) written.insert(written.begin(), record_path);
  if (!keep_roadmap) written.insert(written.begin(), roadmap_path);

  if (!ctx.globals().quiet) {
    const std::string what = keep_roadmap ? _("kept as it was")
                             : from.empty() ? _("the LLM101 roadmap")
                                            : _f("copied from {}", from);
    const std::string outline = from.empty() ? std::string() : outline_text(ctx, from, roadmap_text, rm);
    ctx.out += init_summary(dir, config, rm, what, before.size(), outline, git.has_value());
  }
  if (git) {
    ctx.flush();
    set_up_git(ctx, *git, dir, config, written, rm.total);
  }
  return 0;
}

}  // namespace

CommandSpec init_command() {
  return {
      .name = "init",
      .summary = N_("Start a workspace here: roadmap.md, llm101.toml, journal/"),
      .examples = N_("  llm101 init                   the LLM101 roadmap (an existing roadmap.md is kept)\n"
                  "  llm101 init --from plan.md    your own roadmap instead\n"
                  "  llm101 -C ~/study init\n"),
      .options = {{"--from", N_("Copy this Markdown roadmap instead of the built-in LLM101 one"), "FILE", ""}},
      .positionals = {},
      .needs = Needs::Nothing,
      .hidden = false,
      .run = run_init,
  };
}

}  // namespace llm101::cli
