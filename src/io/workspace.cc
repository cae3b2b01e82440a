#include "io/workspace.h"

#include <fmt/format.h>

#include "core/i18n.h"
#include "io/fs.h"

namespace llm101::io {

std::optional<std::string> find_workspace_root(const std::string& start) {
  std::string dir = resolve_symlinks(start);
  for (;;) {
    if (is_regular_file(join_path(dir, kConfigFile))) return dir;
    std::string parent = parent_directory(dir);
    if (parent == dir || dir.empty() || dir == ".") return std::nullopt;
    dir = parent;
  }
}

Expected<Workspace> load_workspace(const std::string& root, std::vector<Diagnostic>& warnings) {
  Workspace ws;
  ws.root = root;
  ws.config_path = join_path(root, kConfigFile);
  auto text = read_file(ws.config_path);
  if (!text) return text.error();
  auto loaded = parse_config(*text, ws.config_path);
  if (!loaded) return loaded.error();
  for (Diagnostic& w : loaded->warnings) warnings.push_back(std::move(w));
  ws.config = loaded->config;
  ws.roadmap_path = join_path(root, ws.config.roadmap);
  ws.journal_dir = join_path(root, ws.config.journal);
  // The config's text stays inside (parse_config); a symlink on the way may still lead out. The
  // roadmap may (an edit there only flips parsed checkboxes); the journal, which gets appended
  // text, may not.
  if (!is_inside(root, ws.journal_dir)) {
    std::string where = resolve_symlinks(ws.journal_dir);
    if (!ws.config.allow_outside_workspace)
      return Diagnostic{_f("the journal directory leads outside the workspace (to {}) through a symbolic "
                           "link; refusing it (set allow_outside_workspace = true in {} to allow this)",
                           where, kConfigFile),
                        ws.config.journal, 0, 0, ErrorKind::Failure};
    warnings.push_back(Diagnostic{_f("the journal directory leads outside the workspace (to {}); allowed by "
                                     "allow_outside_workspace",
                                     where),
                                  ws.config.journal, 0, 0, ErrorKind::Failure});
  }
  return ws;
}

}  // namespace llm101::io
