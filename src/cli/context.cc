#include "cli/context.h"

#include <unistd.h>

#include <algorithm>
#include <random>

#include "cli/output.h"
#include "core/outline_report.h"
#include "core/i18n.h"
#include "core/source_checks.h"
#include "core/text.h"

namespace llm101::cli {
namespace {

// The tag of our own colour sequences (Style::sgr_tag): CSI parameter bytes (digits and ':'),
// so width code skips it like any SGR parameter, and random, so no file can forge it.
std::string random_sgr_tag() {
  std::random_device rd;
  unsigned long long r = (static_cast<unsigned long long>(rd()) << 32) ^ rd();
  return fmt::format(":{:020}:", r);
}

// What a roadmap parse reads: `text` within the limits of core/source_checks.h (else CliError),
// or, when it has git conflict markers, `readable` with those lines blanked (`conflict` set).
std::string_view checked_source(std::string_view text, const std::string& shown, std::string& readable,
                                int& conflict) {
  if (Status st = check_roadmap_limits(text); !st) {
    Diagnostic d = st.error();
    d.file = shown;
    throw CliError(d);
  }
  conflict = 0;
  if (!may_have_conflict_markers(text)) return text;  // no copy of the roadmap in the usual case
  readable = blank_conflict_markers(text, conflict);
  if (!conflict) readable.clear();
  return conflict ? std::string_view(readable) : text;
}

}  // namespace

Context::Context(GlobalOptions g, Environment env) : g_(std::move(g)), env_(std::move(env)) {
  bool color = g_.color == "always" || (g_.color == "auto" && env_.stdout_tty && !env_.no_color);
  style_.color = color;
  if (color) style_.sgr_tag = random_sgr_tag();
  // Fit the terminal (COLUMNS, else its width); in a pipe or a file, never cut lines, whatever
  // COLUMNS says (a shell exports it to every command, not only to those on the terminal).
  style_.width = !env_.stdout_tty ? 100000 : env_.columns ? env_.columns : 80;
}

void Context::note(std::string_view message) const {
  if (g_.quiet) return;
  write_diagnostic(fmt::format("llm101: {}", message));
}

void Context::warn(const Diagnostic& d) const {
  write_diagnostic(_f("llm101: warning: {}", d.format()));
}

bool Context::flush() {
  bool ok = json_output ? write_stdout(out) : write_text(out, style_.sgr_tag);
  out.clear();
  return ok;
}

std::string Context::display_path(const std::string& path) const {
  const std::string& cwd = env_.cwd;
  if (!cwd.empty() && path.size() > cwd.size() && path.compare(0, cwd.size(), cwd) == 0 &&
      path[cwd.size()] == '/')
    return path.substr(cwd.size() + 1);
  return path;
}

const io::Workspace* Context::workspace() {
  if (!workspace_loaded_) {
    workspace_loaded_ = true;
    if (auto root = io::find_workspace_root(env_.cwd)) {
      std::vector<Diagnostic> warnings;
      auto ws = io::load_workspace(*root, warnings);
      if (!ws) {
        Diagnostic d = ws.error();
        d.file = display_path(d.file);
        throw CliError(d);
      }
      for (Diagnostic& w : warnings) {
        w.file = display_path(w.file);
        warn(w);
      }
      workspace_ = std::move(ws).value();
    }
  }
  return workspace_ ? &*workspace_ : nullptr;
}

void Context::require_writable() {
  if (!g_.roadmap_file.empty() || workspace()) return;
  throw CliError(failure(_f("not in an llm101 workspace (no {} in {} or above)", io::kConfigFile, env_.cwd)),
                 _("run 'llm101 init' to start one here, or pass --roadmap FILE"));
}

std::string Context::roadmap_path() {
  if (!g_.roadmap_file.empty()) return io::join_path(env_.cwd, g_.roadmap_file);
  if (const io::Workspace* ws = workspace()) return ws->roadmap_path;
  return {};
}

std::vector<io::DirLock> Context::lock() {
  std::vector<io::LockRequest> requests;
  // A roadmap in a missing directory is not locked: reading it fails next, with its own error.
  if (std::string path = roadmap_path(), dir = io::parent_directory(io::resolve_symlinks(path));
      !path.empty() && io::is_directory(dir))
    requests.push_back({dir, g_.roadmap_file.empty() ? display_path(path) : g_.roadmap_file});
  if (const io::Workspace* ws = workspace()) {
    unwrap(io::make_directories(ws->journal_dir));
    requests.push_back({ws->journal_dir, display_path(ws->journal_dir) + "/"});
  }
  if (requests.empty()) requests.push_back({env_.cwd, display_path(env_.cwd)});
  io::LockOptions options;
  options.timeout_ms = env_.lock_timeout_ms;
  options.on_wait = [this](const std::string& message) { note(message); };
  return unwrap(io::lock_directories(requests, options));
}

const RoadmapFile& Context::roadmap() {
  if (!roadmap_) reload_roadmap();
  return *roadmap_;
}

const RoadmapFile& Context::reload_roadmap() {
  auto file = std::make_unique<RoadmapFile>();
  std::string path = roadmap_path();
  if (path.empty()) {
    if (!roadmap_) note(_("no workspace here (no llm101.toml); showing the built-in LLM101 roadmap — run 'llm101 init' to track your progress"));
    file->path = _("(built-in roadmap)");
    file->text = std::string(embedded_roadmap());
    file->embedded = true;
  } else {
    file->path = g_.roadmap_file.empty() ? display_path(path) : g_.roadmap_file;
    file->real_path = io::resolve_symlinks(path);
    auto text = io::read_file(file->real_path);
    if (!text) {
      Diagnostic d = text.error();
      d.file = file->path;
      throw CliError(d);
    }
    file->text = std::move(text).value();
  }
  // llm101.toml's [outline] is about the workspace's roadmap, not a --roadmap FILE.
  const io::Workspace* ws = g_.roadmap_file.empty() ? workspace() : nullptr;
  const OutlineSettings settings = ws ? ws->config.outline : OutlineSettings{};
  int conflict = 0;
  file->doc = std::make_unique<Document>(checked_source(file->text, file->path, file->readable, conflict));
  file->roadmap = parse_roadmap(*file->doc, ParseMode::Auto, settings);
  if (conflict) file->roadmap.conflict_line = conflict;
  if (ws && !roadmap_) {
    for (const std::string& unused : unused_outline_settings(file->roadmap, settings)) {
      Diagnostic d = input_error(unused);
      d.file = display_path(ws->config_path);
      warn(d);
    }
  }
  if (file->roadmap.conflict_line && !writes && !roadmap_) {
    Diagnostic d = input_error(_("git conflict marker; resolve it (until then both sides' items are counted)"));
    d.file = file->path;
    d.line = file->roadmap.conflict_line;
    warn(d);
  }
  roadmap_ = std::move(file);
  return *roadmap_;
}

Roadmap parse_roadmap_checked(std::string_view text, const std::string& shown, const OutlineSettings& settings) {
  std::string readable;
  int conflict = 0;
  Roadmap rm = parse_roadmap(checked_source(text, shown, readable, conflict), ParseMode::Auto, settings);
  if (conflict) rm.conflict_line = conflict;  // the markers are gone from `readable`, not from the file
  return rm;
}

std::vector<std::size_t> resolve_ids(const RoadmapFile& file, const std::vector<std::string>& ids, Nested nested) {
  const Roadmap& rm = file.roadmap;
  std::vector<std::size_t> out;
  for (const std::string& id : ids) {
    if (!looks_like_id(id)) {
      throw CliError(input_error(_f("'{}' is not an item ID (IDs look like 3, 3.1 or 3.1.2)", id)),
                     _f("find an item's ID by its text: llm101 list {}", id));
    }
    std::vector<std::size_t> sel = rm.select(id);
    if (nested == Nested::Exclude && rm.find_item(id))
      std::erase_if(sel, [&](std::size_t i) { return rm.items[i].id != id; });
    bool is_node = rm.find_stage(id) || rm.find_section(id);
    if (sel.empty() && !is_node) {
      std::vector<std::string> near = rm.nearest_ids(id);
      std::string msg = near.empty() ? _f("no item, section or stage '{}' in {}", id, file.path)
                                     : _f("no item, section or stage '{}' in {} (nearest: {})", id, file.path,
                                          fmt::join(near, ", "));
      throw CliError(input_error(msg), _("list the IDs with: llm101 list"));
    }
    out.insert(out.end(), sel.begin(), sel.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::size_t> nested_left_out(const Roadmap& rm, const std::vector<std::size_t>& items) {
  std::vector<std::size_t> out;
  for (std::size_t i : items)
    for (std::size_t k : rm.select(rm.items[i].id))
      if (!std::binary_search(items.begin(), items.end(), k)) out.push_back(k);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace llm101::cli
