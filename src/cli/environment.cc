// read_environment: the one place the front end reads getenv, isatty and the clock.
#include "cli/environment.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <utility>

#include "io/fs.h"

namespace llm101::cli {
namespace {

std::string local_today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

Environment read_environment() {
  Environment env;
  env.stdout_tty = ::isatty(STDOUT_FILENO) == 1;
  env.stderr_tty = ::isatty(STDERR_FILENO) == 1;
  env.stdin_tty = ::isatty(STDIN_FILENO) == 1;
  for (const char* name : {"VISUAL", "EDITOR"})
    if (const char* e = std::getenv(name); e && *e && env.editor.empty()) env.editor = e;
  const char* no_color = std::getenv("NO_COLOR");
  env.no_color = no_color && *no_color;
  if (const char* cols = std::getenv("COLUMNS")) {
    char* end = nullptr;
    long n = std::strtol(cols, &end, 10);
    if (end != cols && *end == '\0' && n > 0 && n < 10000) env.columns = static_cast<std::size_t>(n);
  }
  if (!env.columns && env.stdout_tty) {
    struct winsize ws {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) env.columns = ws.ws_col;
  }
  if (const char* home = std::getenv("HOME")) env.home = home;
  for (auto [name, value] : {std::pair{"LANGUAGE", &env.locale.language}, std::pair{"LC_ALL", &env.locale.lc_all},
                             std::pair{"LC_MESSAGES", &env.locale.lc_messages}, std::pair{"LANG", &env.locale.lang}})
    if (const char* v = std::getenv(name)) *value = v;
  env.cwd = io::current_directory();
  env.today = local_today();
  // For tests and reproducible scripts: pretend today is another date (app.cc checks it).
  if (const char* today = std::getenv("LLM101_TODAY"); today && *today) env.today = today;
  // How long a writer waits for another's lock (seconds; 0 = one try). Scripts and tests tune it.
  if (const char* t = std::getenv("LLM101_LOCK_TIMEOUT"); t && *t) {
    char* end = nullptr;
    double s = std::strtod(t, &end);
    if (end != t && *end == '\0' && s >= 0 && s <= 86400) env.lock_timeout_ms = static_cast<int>(s * 1000);
  }
  return env;
}

}  // namespace llm101::cli
