// libFuzzer target: the merge driver's core. The input is three texts separated by "\n\x01\n"
// (base, ours, theirs). Never crashes; a roadmap merge of three equal texts, or of a change on one
// side only, gives that text back byte for byte; a journal merge of entries without conflict
// markers writes none.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/journal.h"
#include "core/merge.h"

namespace {

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "merge_fuzz: invariant broken: %s\n", what);
    std::abort();
  }
}

// The next part of `rest` up to the separator (or all of it).
std::string_view part(std::string_view& rest) {
  constexpr std::string_view sep = "\n\x01\n";
  const std::size_t at = rest.find(sep);
  const std::string_view p = rest.substr(0, at);
  rest = at == std::string_view::npos ? std::string_view{} : rest.substr(at + sep.size());
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace llm101;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  const std::string_view base = part(rest), ours = part(rest), theirs = part(rest);
  require(merge_roadmap(base, base, base).text == base, "equal texts merge to themselves");
  require(merge_roadmap(base, ours, base).text == ours, "a change on our side only is taken as is");
  require(merge_roadmap(base, base, theirs).text == theirs, "a change on their side only is taken as is");
  const MergeResult r = merge_roadmap(base, ours, theirs);
  require(r.conflicts > 0 || find_conflict_marker(r.text) == 0 || find_conflict_marker(ours) ||
              find_conflict_marker(theirs) || find_conflict_marker(base),
          "a clean roadmap merge writes no markers");
  const bool marked = find_conflict_marker(base) || find_conflict_marker(ours) || find_conflict_marker(theirs);
  const MergeResult j = merge_journal_entry(base, ours, theirs);
  require(marked || j.conflicts > 0 || find_conflict_marker(j.text) == 0, "a clean journal merge writes no markers");
  return 0;
}
