#include "cli/language.h"

#include <clocale>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/i18n.h"
#include "core/language.h"
#include "io/catalog.h"
#include "io/fs.h"
#include "io/workspace.h"

namespace llm101::cli {
namespace {

// The directory a workspace is looked for from: -C DIR (the last one) or the working directory.
// Scans the words before a command's "--" and stops at the hidden completion helper, whose words
// are the user's, not ours.
std::string start_directory(int argc, char** argv, const std::string& cwd) {
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--" || a == "__complete") break;
    if (a == "-C" && i + 1 < argc) dir = argv[++i];
    else if (a.size() > 2 && a.substr(0, 2) == "-C") dir = std::string(a.substr(2));
  }
  if (dir.empty()) return cwd;
  return dir[0] == '/' ? dir : io::join_path(cwd, dir);
}

// ui_language from the workspace's llm101.toml; "" when there is none, or it is broken (the
// command reports that later, in the language the environment asks for).
std::string ui_language_setting(int argc, char** argv, const std::string& cwd) {
  auto root = io::find_workspace_root(start_directory(argc, argv, cwd));
  if (!root) return {};
  auto text = io::read_file(io::join_path(*root, io::kConfigFile));
  // Most workspaces do not set it: skip the TOML parse then.
  if (!text || text->find("ui_language") == std::string::npos) return {};
  auto loaded = parse_config(*text, io::kConfigFile);
  return loaded ? loaded->config.ui_language : std::string();
}

}  // namespace

void setup_language(int argc, char** argv, const Environment& env) {
  const std::string languages = choose_language(env.locale, ui_language_setting(argc, argv, env.cwd));
  if (languages.empty()) return;  // English: the msgids; gettext is never pointed at a catalog
  const std::string dir = io::find_catalog_dir(languages, kTextDomain);
  if (dir.empty()) return;
  // gettext translates only under a locale other than C, and the learner's own locale
  // (zh_CN.UTF-8) is often not generated. C.UTF-8 always exists (glibc ≥ 2.35, Debian); the
  // language then comes from LANGUAGE, set to what was chosen above. Only LC_MESSAGES changes:
  // numbers, character classes and collation stay "C", so parsing never depends on the locale.
  if (!std::setlocale(LC_MESSAGES, "C.UTF-8") && !std::setlocale(LC_MESSAGES, "")) return;
  ::setenv("LANGUAGE", languages.c_str(), 1);
  ::bindtextdomain(kTextDomain, dir.c_str());
  ::bind_textdomain_codeset(kTextDomain, "UTF-8");
  // strerror's text comes from glibc's own catalog (libc-l10n), converted to LC_CTYPE's charset,
  // which stays "C": ASCII, so Chinese came out as "?????". Ask glibc for UTF-8 as well.
  ::bind_textdomain_codeset("libc", "UTF-8");
}

}  // namespace llm101::cli
