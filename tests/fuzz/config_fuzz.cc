// libFuzzer target: the llm101.toml reader. For any bytes: no crash; an error names the file
// and a line and column; and what `init` writes for any roadmap/journal names reads back as the
// same names.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <utf8proc.h>

#include "core/config.h"

namespace {

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "config_fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0 || cp == 0) return false;
    p += n;
    left -= n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace llm101;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto loaded = parse_config(text, "llm101.toml");
  if (!loaded) {
    require(loaded.error().file == "llm101.toml", "error names the file");
    require(loaded.error().line >= 1 && loaded.error().column >= 1, "error has line and column");
    require(!loaded.error().message.empty(), "error has a message");
  } else {
    require(!loaded->config.roadmap.empty() && !loaded->config.journal.empty(), "paths non-empty");
    for (const Diagnostic& w : loaded->warnings) require(w.line >= 1, "warnings have a line");
  }

  // Round trip: input split at the first NUL-free point into two names.
  std::size_t cut = text.find('\x01');
  if (cut == std::string_view::npos) cut = text.size() / 2;
  Config c;
  c.roadmap = std::string(text.substr(0, cut));
  c.journal = std::string(text.substr(cut == text.size() ? cut : cut + 1));
  if (c.roadmap.empty() || c.journal.empty() || !valid_utf8(c.roadmap) || !valid_utf8(c.journal))
    return 0;
  // init only writes paths inside the workspace; absolute or ".." paths are refused on read.
  for (const std::string& p : {c.roadmap, c.journal})
    if (p.front() == '/' || p.find("..") != std::string::npos) return 0;
  auto back = parse_config(default_config_text(c), "llm101.toml");
  require(back.ok(), "what init writes parses");
  require(back->config.roadmap == c.roadmap && back->config.journal == c.journal, "names read back");
  require(back->warnings.empty(), "no warnings");
  return 0;
}
