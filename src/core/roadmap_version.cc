#include "core/roadmap_version.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

namespace llm101 {
namespace {

void mix(std::uint64_t& h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h ^= 0xff;  // a separator no UTF-8 text contains, so "ab"+"c" differs from "a"+"bc"
  h *= 0x100000001b3ULL;
}

constexpr std::string_view kShipped[] = {
    "8de6119bd4fcccb5",  // share/roadmap.md as of the first release
};

}  // namespace

std::string roadmap_fingerprint(const Roadmap& rm) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const Heading& hd : rm.headings) mix(h, hd.text);
  for (const TaskItem& it : rm.items) mix(h, it.text);
  return fmt::format("{:016x}", h);
}

std::span<const std::string_view> shipped_roadmaps() { return kShipped; }

bool builtin_is_newer(std::string_view fingerprint, std::span<const std::string_view> shipped) {
  if (shipped.empty()) return false;
  auto it = std::find(shipped.begin(), shipped.end(), fingerprint);
  return it != shipped.end() && it + 1 != shipped.end();
}

}  // namespace llm101
