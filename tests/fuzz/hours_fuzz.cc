// libFuzzer target: study-time and planned-duration parsers. For any text: no crash; a study time
// is never negative; a planned duration has min <= max; and every formatted study time (both
// languages) parses back to the same minutes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/hours.h"

namespace {

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "hours_fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace llm101;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto m = parse_study_time(text)) require(*m >= 0, "study time is not negative");
  if (auto d = parse_planned_duration(text)) {
    require(d->open_ended || (d->min_days >= 0 && d->min_days <= d->max_days), "min_days <= max_days");
  }
  // Round trip of a value taken from the input's first bytes.
  int minutes = 0;
  for (std::size_t i = 0; i < size && i < 3; ++i) minutes = minutes * 256 + data[i];
  minutes %= 100000;
  for (Language lang : {Language::Zh, Language::En}) {
    auto back = parse_study_time(format_study_time(minutes, lang));
    require(back && *back == minutes, "format_study_time reads back");
  }
  (void)format_hours_short(minutes);
  return 0;
}
