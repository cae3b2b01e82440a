// llm101 init: make the current directory a workspace: roadmap.md (kept if present),
// llm101.toml, journal/. Never touches an existing workspace.
#include "cli/commands.h"
#include "cli/context.h"
#include "core/config.h"
#include "core/i18n.h"
#include "io/journal.h"

namespace llm101::cli {
namespace {

struct NewWorkspace {
  std::string roadmap_path;  // empty: an existing roadmap is kept
  std::string roadmap_text;
  std::string journal_dir;
  std::string config_path;
  std::string config_text;
};

// All or nothing: on a failure (a full disk, a read-only directory) what this call created is
// removed again, so a retry starts from the same place. The config goes last: until it exists,
// this is not a workspace.
void create_workspace(const NewWorkspace& w) {
  bool made_roadmap = false, made_journal = false;
  try {
    if (!w.roadmap_path.empty()) {
      unwrap(io::write_file_atomic(w.roadmap_path, w.roadmap_text));
      made_roadmap = true;
    }
    made_journal = !io::exists(w.journal_dir);
    unwrap(io::make_directories(w.journal_dir));
    unwrap(io::write_file_atomic(w.config_path, w.config_text));
  } catch (const CliError&) {
    if (made_journal) (void)io::remove_directory(w.journal_dir);
    if (made_roadmap) (void)io::remove_file(w.roadmap_path);
    throw;
  }
}

int run_init(Context& ctx, const Args& args) {
  const std::string dir = ctx.env().cwd;
  const std::string config_path = io::join_path(dir, io::kConfigFile);
  if (io::exists(config_path))
    throw CliError(failure(_f("{} is already an llm101 workspace ({} exists); nothing changed", dir,
                              io::kConfigFile)));
  if (auto root = io::find_workspace_root(dir))
    throw CliError(failure(_f("{} is inside the workspace {}; nothing changed", dir, *root)),
                   _("run 'llm101 init' outside it, or use -C DIR"));

  Config config;
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

  io::LockOptions options;
  options.timeout_ms = ctx.env().lock_timeout_ms;
  io::DirLock lock = unwrap(io::DirLock::acquire(dir, options));
  create_workspace({keep_roadmap ? std::string() : roadmap_path, roadmap_text, journal_dir, config_path,
                    default_config_text(config)});

  if (!ctx.globals().quiet) {
    const std::string what = keep_roadmap ? _("kept as it was")
                             : from.empty() ? _("the LLM101 roadmap")
                                            : _f("copied from {}", from);
    ctx.out += _f("Initialized an llm101 workspace in {}\n", dir);
    ctx.out += _nf("  {:<12} {} ({} item, {} done)\n", "  {:<12} {} ({} items, {} done)\n", rm.total, config.roadmap,
                   what, rm.total, rm.done);
    ctx.out += _f("  {:<12} settings\n", io::kConfigFile);
    ctx.out += _f("  {:<12} your study journal\n", config.journal + "/");
    ctx.out += _("Next: 'llm101 status', then 'llm101 check ID' as you finish items. Commit these files to git.\n");
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
