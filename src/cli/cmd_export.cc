// llm101 export svg|html|hugo [-o FILE]: progress as pictures (an SVG card, calendar or stage
// bars), as one self-contained HTML page, or as a Hugo data file. Rendering is in core
// (export_svg, export_html, export_model); this file picks the output and writes it atomically.
#include "cli/commands.h"
#include "core/i18n.h"
#include "cli/context.h"
#include "cli/guide_cli.h"
#include "cli/journal_support.h"
#include "core/export_html.h"
#include "core/export_svg.h"
#include "io/file_identity.h"
#include "io/fs.h"
#include "io/journal.h"

namespace llm101::cli {
namespace {

struct Target {
  std::string path;  // absolute; empty: stdout
  std::string display;
  bool make_parent = false;  // a Hugo site's data/ directory
};

Target output_target(Context& ctx, const Args& args, std::string_view format) {
  if (!args.has("output")) {
    if (!ctx.env().stdout_tty) return {};
    throw CliError(input_error(_("export: no output file given, and standard output is a terminal")),
                   _("write to a file with -o FILE, or print anyway with -o -"));
  }
  const std::string out = args.get("output");
  if (out == "-") return {};
  if (out.empty()) throw CliError(input_error(_("-o: the file name is empty")));
  Target t;
  t.path = out[0] == '/' ? out : io::join_path(ctx.env().cwd, out);
  if (format == "hugo" && io::is_directory(t.path)) {  // a Hugo site: its data directory
    t.path = io::join_path(io::join_path(t.path, "data"), "llm101.json");
    t.make_parent = true;
  } else if (io::is_directory(t.path)) {
    throw CliError(input_error(_f("-o {}: is a directory", out)), _("name the file to write, e.g. -o progress.svg"));
  }
  t.display = ctx.display_path(t.path);
  return t;
}

// An export never replaces a file llm101 reads (however the path is spelled), nor creates
// something that would be read as a journal entry.
void refuse_own_files(Context& ctx, const Target& t, const std::optional<JournalPlace>& place,
                      const std::vector<JournalEntry>& entries) {
  auto refuse = [&](const std::string& what) {
    throw CliError(input_error(_f("-o {}: refusing to write over {}", t.display, what)),
                   _("write the export somewhere else"));
  };
  const std::string name = t.path.substr(t.path.rfind('/') + 1);
  if (place && io::is_entry_file_name(name) && io::file_id(io::parent_directory(t.path)) &&
      io::file_id(io::parent_directory(t.path)) == io::file_id(place->dir))
    refuse(_f("a journal entry ({}: llm101 reads every file so named)", place->display_dir + "/" + name));
  const std::optional<io::FileId> id = io::file_id(t.path);
  if (!id) return;
  const RoadmapFile& file = ctx.roadmap();
  if (!file.embedded && io::file_id(file.real_path) == id) refuse(_f("the roadmap ({})", file.path));
  if (const io::Workspace* ws = ctx.workspace()) {
    if (io::file_id(ws->roadmap_path) == id) refuse(_f("the roadmap ({})", ctx.display_path(ws->roadmap_path)));
    if (io::file_id(ws->config_path) == id) refuse(_f("the workspace settings ({})", io::kConfigFile));
  }
  if (place)
    for (const JournalEntry& e : entries)
      if (io::file_id(io::join_path(place->dir, e.date + ".md")) == id) refuse(_f("the journal entry {}", e.file));
}

std::vector<JournalPage> journal_pages(const JournalPlace& place, const std::vector<JournalEntry>& entries) {
  std::vector<JournalPage> pages;
  pages.reserve(entries.size());
  for (const JournalEntry& e : entries) {
    Expected<std::string> text = io::read_file(io::join_path(place.dir, e.date + ".md"));
    if (!text) {
      Diagnostic d = text.error();
      d.file = e.file;
      throw CliError(d);
    }
    pages.push_back({&e, std::move(text).value()});
  }
  return pages;
}

std::string render_svg(const ExportData& d, const Args& args, const ExportLabels& labels) {
  const SvgTheme theme = args.get("theme", "light") == "dark" ? SvgTheme::Dark : SvgTheme::Light;
  const std::string what = args.get("what", "card");
  if (what == "calendar") return calendar_svg(d, theme, labels);
  if (what == "stages") return stages_svg(d, theme, labels);
  return card_svg(d, theme, labels);
}

void deliver(Context& ctx, const Target& t, std::string&& text) {
  if (t.path.empty()) return append_output(ctx.out, std::move(text));
  if (t.make_parent) unwrap(io::make_directories(io::parent_directory(t.path)));
  if (Status st = io::write_file_atomic(t.path, text); !st) {
    Diagnostic d = st.error();
    d.file = t.display;
    throw CliError(d);
  }
  ctx.note(_nf("{}: written ({} byte)", "{}: written ({} bytes)", text.size(), t.display, text.size()));
}

int run_export(Context& ctx, const Args& args) {
  const std::string format = args.get("FORMAT");
  if (format != "svg" && (args.has("what") || args.has("theme")))
    throw CliError(input_error(_f("--what and --theme apply to 'export svg', not 'export {}'", format)));
  const Target target = output_target(ctx, args, format);
  const RoadmapFile& file = ctx.roadmap();
  const std::optional<JournalPlace> place = journal_place(ctx);
  const std::vector<JournalEntry> entries = place ? load_journal(ctx, *place, false) : std::vector<JournalEntry>{};
  if (!target.path.empty()) refuse_own_files(ctx, target, place, entries);
  const Guide guide = load_guide(file);
  const ExportData d = make_export_data(file.roadmap, guide, entries, today(ctx),
                                        place ? place->settings : JournalSettings{});
  const ExportLabels labels;
  if (format == "svg") deliver(ctx, target, render_svg(d, args, labels));
  else if (format == "html") deliver(ctx, target, render_html(d, place ? journal_pages(*place, entries) : std::vector<JournalPage>{}, labels));
  else deliver(ctx, target, hugo_json(d));
  return 0;
}

}  // namespace

CommandSpec export_command() {
  return {
      .name = "export",
      .summary = N_("Progress as an SVG card or calendar, one HTML page, or a Hugo data file"),
      .examples =
          N_("  llm101 export svg -o progress.svg                 the progress card, for a README\n"
          "  llm101 export svg --what calendar --theme dark -o calendar.svg\n"
          "  llm101 export html -o report.html                 one self-contained page\n"
          "  llm101 export hugo -o ~/blog                      writes ~/blog/data/llm101.json\n"
          "  llm101 export svg | wc -c                         in a pipe, without -o: to stdout\n"
          "Without -o the export goes to standard output unless that is a terminal (then -o is\n"
          "required; -o - prints anyway). The roadmap, llm101.toml and journal entries are never\n"
          "overwritten. The same data gives the same bytes.\n"),
      .options = {{"--what", N_("svg: the picture: card (progress, hours, streak, stages), calendar (a year of study hours) or stages"), "WHAT", "card", {"card", "calendar", "stages"}},
                  {"--theme", N_("svg: colours for a light or a dark page"), "THEME", "light", {"light", "dark"}},
                  {"-o,--output", N_("Write to FILE (atomically; - for standard output); export hugo: a Hugo site directory gets data/llm101.json"), "FILE", ""}},
      .positionals = {{"FORMAT", N_("svg, html or hugo (the data file for a Hugo site)"), false, true, {"svg", "html", "hugo"}}},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_export,
  };
}

}  // namespace llm101::cli
