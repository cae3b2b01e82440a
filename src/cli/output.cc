#include "cli/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "core/i18n.h"
#include "core/terminal.h"

namespace llm101::cli {
namespace {

int write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

}  // namespace

bool write_stdout(std::string_view data) {
  int err = write_all(STDOUT_FILENO, data);
  if (err == 0 || err == EPIPE) return true;
  write_stderr(_f("llm101: error: cannot write output: {}\n", std::strerror(err)));
  return false;
}

void write_stderr(std::string_view data) { (void)write_all(STDERR_FILENO, data); }

bool write_text(std::string_view text, std::string_view own_tag) {
  return write_stdout(visible_controls(text, true, own_tag));
}

void write_diagnostic(std::string_view line) { write_stderr(visible_controls(line, false) + "\n"); }

}  // namespace llm101::cli
