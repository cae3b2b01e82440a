// CLI11 reports usage errors in its own English ("The following argument was not expected: b").
// translate_parse_error matches the shapes llm101's options can produce and gives them in the
// interface language; any other message stays as CLI11 wrote it.
#pragma once

#include <string>
#include <string_view>

namespace llm101::cli {

std::string translate_parse_error(std::string_view message);

}  // namespace llm101::cli
