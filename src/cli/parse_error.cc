#include "cli/parse_error.h"

#include <fmt/args.h>

#include <optional>
#include <span>
#include <string_view>
#include <vector>

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

// Matches `rest` against captures of one or more characters each followed by a literal of
// `lits`, the shortest capture first (as a lazy "(.+?)" would); the last literal ends the text.
// Hand-written rather than std::regex: GCC 12 warns inside <regex> under the sanitizers.
bool match_captures(std::string_view rest, std::span<const std::string_view> lits, std::vector<std::string>& caps) {
  const std::string_view lit = lits.front();
  if (lits.size() == 1) {
    if (rest.size() <= lit.size() || !rest.ends_with(lit)) return false;
    caps.emplace_back(rest.substr(0, rest.size() - lit.size()));
    return true;
  }
  for (std::size_t at = rest.find(lit, 1); at != std::string_view::npos; at = rest.find(lit, at + 1)) {
    caps.emplace_back(rest.substr(0, at));
    if (match_captures(rest.substr(at + lit.size()), lits.subspan(1), caps)) return true;
    caps.pop_back();
  }
  return false;
}

// The pieces of `text` that fill the {} of `shape`, or nothing when it does not have that shape.
std::optional<std::vector<std::string>> match_shape(std::string_view text, std::string_view shape) {
  std::vector<std::string_view> lits;
  for (std::size_t from = 0;;) {
    std::size_t hole = shape.find("{}", from);
    lits.push_back(shape.substr(from, hole == std::string_view::npos ? std::string_view::npos : hole - from));
    if (hole == std::string_view::npos) break;
    from = hole + 2;
  }
  if (!text.starts_with(lits.front())) return std::nullopt;
  std::vector<std::string> caps;
  if (lits.size() == 1) return text == lits.front() ? std::optional(caps) : std::nullopt;
  if (!match_captures(text.substr(lits.front().size()), std::span(lits).subspan(1), caps)) return std::nullopt;
  return caps;
}

}  // namespace

std::string translate_parse_error(std::string_view message) {
  const std::string text(message);
  for (const char* shape : kShapes) {
    const char* translated = _(shape);
    if (translated == shape) continue;  // English, or not in the catalog
    auto pieces = match_shape(text, shape);
    if (!pieces) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const std::string& piece : *pieces) args.push_back(piece);
    try {
      return fmt::vformat(translated, args);
    } catch (const fmt::format_error&) {
      return text;
    }
  }
  return text;
}

}  // namespace llm101::cli
