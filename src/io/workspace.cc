#include "io/workspace.h"

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
  return ws;
}

}  // namespace llm101::io
