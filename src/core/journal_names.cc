// Journal file names that miss the YYYY-MM-DD.md pattern, and the date in an entry's header.
#include "core/journal_names.h"

#include <fmt/format.h>

#include <array>
#include <vector>

#include "core/date.h"
#include "core/i18n.h"
#include "core/journal.h"
#include "core/text.h"

namespace llm101 {
namespace {

bool ends_with_md(std::string_view name) {
  if (name.size() < 3) return false;
  std::string_view ext = name.substr(name.size() - 3);
  return ext == ".md" || ext == ".MD" || ext == ".Md" || ext == ".mD";
}

// "2026-1-5", "2026_01_05", "2026.1.5" or "20260105" as year, month and day; nullopt otherwise.
std::optional<std::array<int, 3>> date_parts(std::string_view stem) {
  std::vector<int> parts;
  std::string digits;
  for (char c : stem) {
    if (is_ascii_digit(c)) {
      digits += c;
    } else if ((c == '-' || c == '_' || c == '.') && !digits.empty() && digits.size() <= 4) {
      parts.push_back(std::stoi(digits));
      digits.clear();
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  if (parts.empty() && digits.size() == 8) {
    return std::array<int, 3>{std::stoi(digits.substr(0, 4)), std::stoi(digits.substr(4, 2)),
                              std::stoi(digits.substr(6, 2))};
  }
  parts.push_back(std::stoi(digits));
  if (parts.size() != 3) return std::nullopt;
  return std::array<int, 3>{parts[0], parts[1], parts[2]};
}

}  // namespace

std::optional<std::string> misnamed_entry(std::string_view name) {
  if (name.empty() || name[0] == '.' || !ends_with_md(name)) return std::nullopt;
  std::string_view stem = name.substr(0, name.size() - 3);
  if (contains_folded(stem, "readme") && stem.size() == 6) return std::nullopt;
  if (name == kBeforeTrackingFile) return std::nullopt;  // what init found done (journal.h)
  if (auto p = date_parts(stem)) {
    std::string iso = fmt::format("{:04}-{:02}-{:02}", (*p)[0], (*p)[1], (*p)[2]);
    if (!parse_date(iso)) return _f("not read: {} is not a date (journal entries are named YYYY-MM-DD.md)", stem);
    if (name == iso + ".md") return std::nullopt;  // an entry
    return _f("not read: journal entries are named YYYY-MM-DD.md; rename it to {}.md", iso);
  }
  return _("not read: only files named YYYY-MM-DD.md are journal entries");
}

std::optional<std::string> header_date(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string_view line = text.substr(0, text.find('\n'));
  line = trim(line);
  while (!line.empty() && (line[0] == '#' || line[0] == '*' || line[0] == ' ')) line.remove_prefix(1);
  std::string_view rest;
  if (line.substr(0, 6) == "日期") rest = line.substr(6);
  else if (line.size() >= 4 && contains_folded(line.substr(0, 4), "date")) rest = line.substr(4);
  else return std::nullopt;
  while (!rest.empty() && rest[0] == '*') rest.remove_prefix(1);
  rest = trim(rest);
  if (rest.substr(0, 1) == ":") rest.remove_prefix(1);
  else if (rest.substr(0, 3) == "：") rest.remove_prefix(3);
  else return std::nullopt;
  while (!rest.empty() && rest[0] == '*') rest.remove_prefix(1);
  rest = trim(rest);
  while (!rest.empty() && rest.back() == '*') rest.remove_suffix(1);
  rest = trim(rest);
  if (rest.empty()) return std::nullopt;
  return std::string(rest);
}

}  // namespace llm101
