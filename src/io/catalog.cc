#include "io/catalog.h"

#include <unistd.h>

#include <vector>

#include "io/fs.h"

#ifndef LLM101_LOCALEDIR
#define LLM101_LOCALEDIR "/usr/local/share/locale"
#endif
#ifndef LLM101_BIN_TO_LOCALEDIR
#define LLM101_BIN_TO_LOCALEDIR "../share/locale"
#endif

namespace llm101::io {
namespace {

std::string executable_directory() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return {};
  return parent_directory(std::string(buf, static_cast<std::size_t>(n)));
}

bool has_catalog(const std::string& dir, std::string_view languages, std::string_view domain) {
  const std::string file = "LC_MESSAGES/" + std::string(domain) + ".mo";
  while (!languages.empty()) {
    std::size_t colon = languages.find(':');
    std::string lang(languages.substr(0, colon));
    languages = colon == std::string_view::npos ? std::string_view{} : languages.substr(colon + 1);
    if (lang.empty()) continue;
    if (is_regular_file(join_path(join_path(dir, lang), file))) return true;
    std::size_t underscore = lang.find('_');
    if (underscore != std::string::npos &&
        is_regular_file(join_path(join_path(dir, lang.substr(0, underscore)), file)))
      return true;
  }
  return false;
}

}  // namespace

std::string find_catalog_dir(std::string_view languages, std::string_view domain) {
  std::vector<std::string> candidates;
  if (std::string exe_dir = executable_directory(); !exe_dir.empty()) {
    candidates.push_back(join_path(exe_dir, "locale"));
    candidates.push_back(join_path(exe_dir, LLM101_BIN_TO_LOCALEDIR));
  }
  candidates.push_back(LLM101_LOCALEDIR);
  for (const std::string& dir : candidates)
    if (has_catalog(dir, languages, domain)) return dir;
  return {};
}

}  // namespace llm101::io
