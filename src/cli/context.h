// What a command runs with: global options, the environment as values, the workspace and roadmap
// (loaded on demand), and the output buffer. Nothing here is global; main builds one Context.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/document.h"
#include "core/error.h"
#include "core/report.h"
#include "core/roadmap.h"
#include "cli/environment.h"
#include "io/fs.h"
#include "io/workspace.h"

namespace llm101::cli {

// The one exception type: thrown by commands and helpers, caught once in app.cc, which prints
// "llm101: error: …" and exits with the Diagnostic's code.
class CliError : public std::exception {
 public:
  explicit CliError(Diagnostic d, std::string hint = {}) : diag_(std::move(d)), hint_(std::move(hint)) {}
  const Diagnostic& diagnostic() const { return diag_; }
  const std::string& hint() const { return hint_; }
  const char* what() const noexcept override { return diag_.message.c_str(); }

 private:
  Diagnostic diag_;
  std::string hint_;
};

template <class T>
T unwrap(Expected<T> e) {
  if (!e) throw CliError(e.error());
  return std::move(e).value();
}
inline void unwrap(const Status& s) {
  if (!s) throw CliError(s.error());
}

struct GlobalOptions {
  std::string directory;     // -C DIR
  std::string roadmap_file;  // --roadmap FILE
  std::string color = "auto";
  bool quiet = false;
};


struct RoadmapFile {
  std::string path;          // as shown to the user
  std::string real_path;     // symlinks resolved: what gets written
  std::string text;
  Roadmap roadmap;
  bool embedded = false;
  // What `roadmap` was parsed from (text, or `readable` with git conflict marker lines blanked),
  // so the guide reads the same prepared source and cmark tree instead of a second one.
  std::string readable;
  std::unique_ptr<Document> doc;
};

class Context {
 public:
  Context(GlobalOptions g, Environment env);

  const GlobalOptions& globals() const { return g_; }
  const Environment& env() const { return env_; }
  const Style& style() const { return style_; }

  // Data for stdout; printed by the front end when the command returns.
  std::string out;
  // `out` is JSON (escaped by its renderer) and is printed as it is; any other output has its
  // control characters shown (cli/output.h). Set by the front end from --json.
  bool json_output = false;
  // The command writes (Needs::Workspace): it refuses a conflicted roadmap instead of warning.
  bool writes = false;
  // The --help text of a command ("": of llm101 itself), nullopt for a name that is none; set
  // by the front end, which owns the parser (`llm101 help`).
  std::function<std::optional<std::string>(std::string_view)> help_text;

  // Writes `out` now, so a following note appears after it. False if stdout failed.
  bool flush();

  // Diagnostics on stderr, right away: notes are silenced by --quiet, warnings are not.
  void note(std::string_view message) const;
  void warn(const Diagnostic& d) const;

  // The workspace, or nullptr when there is none (and no --roadmap). Broken config: CliError.
  const io::Workspace* workspace();
  // Throws with a hint to run `llm101 init` unless a workspace or --roadmap FILE is in use.
  void require_writable();
  // Takes the locks that serialise writers of the roadmap's real directory and of the journal
  // directory (created first, so every writer meets the same lock). Take them before reading
  // anything you will write back. After a second a note says who holds them; after
  // Environment::lock_timeout_ms, CliError (exit 1) and nothing written.
  std::vector<io::DirLock> lock();

  // The roadmap: --roadmap FILE, else the workspace's, else the built-in one (with a note).
  const RoadmapFile& roadmap();
  // Re-reads after an external change or once the lock is held.
  const RoadmapFile& reload_roadmap();

  // A path as the user should see it: relative to the working directory when below it.
  std::string display_path(const std::string& path) const;

 private:
  // --roadmap FILE, else the workspace's roadmap; empty for the built-in one.
  std::string roadmap_path();

  GlobalOptions g_;
  Environment env_;
  Style style_;
  bool workspace_loaded_ = false;
  std::optional<io::Workspace> workspace_;
  std::unique_ptr<RoadmapFile> roadmap_;
};

// Appends a rendered report to `out`, moving it in when `out` is still empty: the JSON for 100k
// items would otherwise exist twice at the peak.
inline void append_output(std::string& out, std::string&& text) {
  if (out.empty()) out = std::move(text);
  else out += text;
}

// The roadmap in `text`, parsed once its size and shape are within the limits of
// core/source_checks.h (else CliError, exit 2, naming `shown` and the line, before cmark-gfm
// sees the text); git conflict marker lines are read as blank lines (conflict_line still set).
// `settings`: llm101.toml's [outline], for the workspace's roadmap.
Roadmap parse_roadmap_checked(std::string_view text, const std::string& shown, const OutlineSettings& settings = {});

// What an item's ID selects besides the item: the task items nested under it (a scope, as
// `list 3.1.2` reads it) or nothing (an item ID names that one item, as `check 3.1.2` reads it;
// `check --with-children` asks for the nested ones). Section and stage IDs always select all
// their items.
enum class Nested { Include, Exclude };

// Resolves user-given IDs against the roadmap: every ID must exist (item, section or stage),
// else CliError (exit 2) naming it with the nearest valid IDs. Returns item indices, in
// document order, without duplicates.
std::vector<std::size_t> resolve_ids(const RoadmapFile& file, const std::vector<std::string>& ids,
                                     Nested nested = Nested::Include);

// The items nested under `items` that `items` does not hold itself (what Nested::Include would
// add), in document order: what `check 3.1.2` leaves alone.
std::vector<std::size_t> nested_left_out(const Roadmap& rm, const std::vector<std::size_t>& items);

}  // namespace llm101::cli
