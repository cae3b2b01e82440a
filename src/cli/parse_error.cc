#include "cli/parse_error.h"

#include <fmt/args.h>

#include <regex>

#include "core/i18n.h"

namespace llm101::cli {
namespace {

// CLI11's messages, each {} one piece of the user's input or of the option's declaration.
constexpr const char* kShapes[] = {
    N_("The following argument was not expected: {}"),
    N_("The following arguments were not expected: {}"),
    N_("{} is required"),
    N_("{}: {} required {} missing"),
    N_("{}: {} not in {}"),
};

}  // namespace

std::string translate_parse_error(std::string_view message) {
  const std::string text(message);
  for (const char* shape : kShapes) {
    const char* translated = _(shape);
    if (translated == shape) continue;  // English, or not in the catalog
    // The shape as a pattern: {} matches any text, everything else itself.
    std::string pattern;
    for (const char* p = shape; *p; ++p) {
      if (p[0] == '{' && p[1] == '}') {
        pattern += "(.+?)";
        ++p;
      } else {
        if (std::string_view("\\^$.|?*+()[]{}").find(*p) != std::string_view::npos) pattern += '\\';
        pattern += *p;
      }
    }
    std::smatch m;
    if (!std::regex_match(text, m, std::regex(pattern))) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (std::size_t i = 1; i < m.size(); ++i) args.push_back(m[i].str());
    try {
      return fmt::vformat(translated, args);
    } catch (const fmt::format_error&) {
      return text;
    }
  }
  return text;
}

}  // namespace llm101::cli
