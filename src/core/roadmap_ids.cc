// Heading numbers and IDs: the number a heading carries, the numbers stages and sections get,
// and lookups of items, sections and stages by ID.
#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <tuple>

#include "core/roadmap.h"
#include "core/roadmap_collect.h"
#include "core/text.h"

namespace llm101 {
namespace {

bool is_number_prefix(std::string_view prefix) {
  std::string p(trim(prefix));
  // Decorations (emoji, '#', '*') may lead; words must be ones that introduce a number.
  static constexpr std::array<std::string_view, 24> kWords = {
      "阶段", "第", "stage", "phase", "part", "step", "week", "module", "chapter", "level",
      "unit", "day", "section", "lesson", "month", "周", "模块", "章节", "部分", "单元",
      "步骤", "level", "milestone", "track"};
  std::size_t i = 0;
  while (i < p.size() && (static_cast<unsigned char>(p[i]) >= 0x80 || !is_ascii_alnum(p[i]))) {
    // Skip non-letters until a known CJK word or an ASCII letter starts.
    bool word_here = false;
    for (std::string_view w : kWords)
      if (p.compare(i, w.size(), w) == 0) word_here = true;
    if (word_here) break;
    ++i;
  }
  std::string rest = to_ascii_lower(trim(std::string_view(p).substr(i)));
  if (rest.empty()) return true;
  for (std::string_view w : kWords)
    if (rest == w) return true;
  return false;
}

// Text after position `i` that makes the number a range ("1-2", "1 ~ 3") or a count ("13周",
// "3 个月", "4 weeks") rather than the heading's ordinal.
bool range_or_count(std::string_view text, std::size_t i, bool counts) {
  while (i < text.size() && text[i] == ' ') ++i;
  std::string_view rest = text.substr(i);
  for (std::string_view dash : {"-", "~", "–", "—", "～", "到", "至"})
    if (rest.substr(0, dash.size()) == dash) {
      std::string_view after = trim(rest.substr(dash.size()));
      if (!after.empty() && is_ascii_digit(after[0])) return true;
    }
  if (!counts) return false;  // "第 3 周" is the third week
  static constexpr std::array<std::string_view, 14> kUnits = {
      "周", "天", "个月", "月", "小时", "年", "日", "weeks", "days", "months", "hours", "week ", "day ", "month "};
  std::string low = to_ascii_lower(rest.substr(0, 8));
  for (std::string_view u : kUnits)
    if (std::string_view(low).substr(0, u.size()) == u) return true;
  return false;
}

// "Part III", "Stage IV": a Roman numeral after a word that introduces one; 0 when none.
int roman_after_word(std::string_view text, std::size_t& end) {
  std::string low = to_ascii_lower(trim(text));
  for (std::string_view w : {"part ", "stage ", "phase ", "chapter ", "module ", "unit ", "book "}) {
    if (std::string_view(low).substr(0, w.size()) != w) continue;
    std::string_view t = trim(text);
    std::size_t i = w.size(), n = 0;
    int value = 0, prev = 0;
    for (; i < t.size(); ++i, ++n) {
      int v = t[i] == 'I' ? 1 : t[i] == 'V' ? 5 : t[i] == 'X' ? 10 : t[i] == 'L' ? 50 : 0;
      if (!v) break;
      value += v > prev && prev ? v - 2 * prev : v;
      prev = v;
    }
    if (n == 0 || (i < t.size() && is_ascii_alnum(t[i]))) return 0;
    end = static_cast<std::size_t>(t.data() - text.data()) + i;
    return value;
  }
  return 0;
}

}  // namespace

// Only a short, recognisable prefix may precede the number, so "GPT 3 models" or
// "Transformers 101" are not numbered headings; ranges ("Week 1-2") and counts ("13周") are not
// ordinals either, and such a heading keeps its whole text as its title.
HeadingNumber heading_number(std::string_view text) {
  HeadingNumber hn;
  std::size_t i = 0;
  while (i < text.size() && !is_ascii_digit(text[i])) ++i;
  if (i == text.size()) {
    std::size_t end = 0;
    if (int r = roman_after_word(text, end); r > 0) hn.parts.push_back(r);
    return hn;
  }
  if (i > 40 || !is_number_prefix(text.substr(0, i))) return hn;
  bool ordinal_word = text.substr(0, i).find("第") != std::string_view::npos;
  while (i < text.size() && is_ascii_digit(text[i])) {
    int n = 0;
    std::size_t digits = 0;
    while (i < text.size() && is_ascii_digit(text[i]) && digits < 3) {
      n = n * 10 + (text[i] - '0');
      ++i;
      ++digits;
    }
    if (i < text.size() && is_ascii_digit(text[i])) return {};  // a year or a count, not numbering
    hn.parts.push_back(n);
    if (i + 1 < text.size() && text[i] == '.' && is_ascii_digit(text[i + 1])) ++i;
    else break;
  }
  if (i < text.size() && is_ascii_alnum(text[i])) return {};  // "3D printing", "2nd"
  if (range_or_count(text, i, !ordinal_word)) return {};
  // Skip separators after the number: spaces, ASCII punctuation, "：", "、", "章" …
  static constexpr std::array<std::string_view, 9> kSeps = {"：", "、", "）", "．", "章", "周",
                                                            "—", "–", "阶段"};
  for (bool more = true; more && i < text.size();) {
    more = false;
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '.' || text[i] == ':' || text[i] == ')' ||
        text[i] == '-') {
      ++i;
      more = true;
      continue;
    }
    for (std::string_view s : kSeps) {
      if (text.substr(i, s.size()) == s) {
        i += s.size();
        more = true;
        break;
      }
    }
  }
  hn.title_start = i;
  return hn;
}

// Leading emoji are decoration in every title shown (the heading keeps them).
std::string title_of(std::string_view heading, const HeadingNumber& hn) {
  if (hn.parts.empty()) return std::string(strip_leading_emoji(heading));
  std::string_view rest = trim(heading.substr(hn.title_start));
  // Nothing but a note in brackets after the number ("第 1 周（Flask）"): the number is the title.
  const bool note_only = rest.starts_with("(") || rest.starts_with("（");
  return std::string(strip_leading_emoji(rest.empty() || note_only ? heading : rest));
}

std::string shown_title(std::string_view heading, const HeadingNumber& hn, int id_number, int heading_ordinal) {
  return title_of(heading, id_number == heading_ordinal ? hn : HeadingNumber{});
}

// Assigns numbers to headings: explicit ones (0 or more; -1 = none) where present and unused,
// then the next free numbers in document order for the rest.
std::vector<int> assign_numbers(const std::vector<int>& explicit_numbers) {
  std::vector<int> out(explicit_numbers.size(), -1);
  std::vector<int> used;
  for (std::size_t i = 0; i < explicit_numbers.size(); ++i) {
    int n = explicit_numbers[i];
    if (n >= 0 && std::find(used.begin(), used.end(), n) == used.end()) {
      out[i] = n;
      used.push_back(n);
    }
  }
  int next = used.empty() ? 1 : *std::max_element(used.begin(), used.end()) + 1;
  for (int& n : out)
    if (n < 0) n = next++;
  return out;
}

// `prefix` followed by the decimal `n`: "3.1." + 2 → "3.1.2".
std::string with_number(const std::string& prefix, int n) {
  char digits[16];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
  std::string out;
  out.reserve(prefix.size() + static_cast<std::size_t>(end - digits));
  out += prefix;
  out.append(digits, end);
  return out;
}

bool looks_like_id(std::string_view id) {
  if (id.empty() || id.front() == '.' || id.back() == '.') return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (id[i] == '.') {
      if (id[i - 1] == '.') return false;
    } else if (!is_ascii_digit(id[i])) {
      return false;
    }
  }
  return true;
}

std::vector<std::size_t> Roadmap::select(std::string_view id) const {
  std::vector<std::size_t> out;
  if (id.empty()) return out;  // id_in_scope lets the empty scope hold everything; no ID is empty
  for (std::size_t i = 0; i < items.size(); ++i)
    if (id_in_scope(items[i].id, id)) out.push_back(i);
  return out;
}

const TaskItem* Roadmap::find_item(std::string_view id) const {
  for (const TaskItem& it : items)
    if (it.id == id) return &it;
  return nullptr;
}

const Stage* Roadmap::find_stage(std::string_view id) const {
  for (const Stage& s : stages)
    if (s.id == id) return &s;
  return nullptr;
}

const Section* Roadmap::find_section(std::string_view id) const {
  for (const Stage& s : stages)
    for (const Section& sec : s.sections)
      if (sec.id == id) return &sec;
  return nullptr;
}

namespace {

std::vector<std::string_view> id_parts(std::string_view id) {
  std::vector<std::string_view> out;
  for (std::size_t from = 0;;) {
    std::size_t dot = id.find('.', from);
    out.push_back(id.substr(from, dot == id.npos ? id.npos : dot - from));
    if (dot == id.npos) return out;
    from = dot + 1;
  }
}

// A part's number, or nothing when it is not one (P1, a title word).
std::optional<std::size_t> part_number(std::string_view s) {
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

// How far apart two IDs are, smallest first: edit distance (a sibling counts as one edit, so
// 1.1.9 is as near 1.1.4 as 1.1.8 would be), then the longer common prefix in whole parts
// (3.1.5 → 3.1.x before 2.1.5), then the numeric gap at the first part that differs (1.1.9 →
// 1.1.4 before 1.1.1; 9.1.1 → 6.1.1).
std::tuple<std::size_t, std::size_t, std::size_t> id_distance(std::string_view id, std::string_view cand) {
  const std::vector<std::string_view> a = id_parts(id), b = id_parts(cand);
  std::size_t k = 0;
  while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
  std::size_t gap = 999;
  if (k < a.size() && k < b.size()) {
    auto x = part_number(a[k]), y = part_number(b[k]);
    if (x && y) gap = std::min<std::size_t>(*x > *y ? *x - *y : *y - *x, 998);
  }
  const bool sibling = a.size() == b.size() && k + 1 == a.size();
  std::size_t common = 0;  // in characters, of whole equal parts (1.1.12 shares "1.1." with 1.1.1)
  for (std::size_t i = 0; i < k; ++i) common += a[i].size() + 1;
  return {sibling ? 1 : edit_distance(id, cand), 999 - std::min<std::size_t>(common, 999), gap};
}

}  // namespace

std::vector<std::string> Roadmap::nearest_ids(std::string_view id, std::size_t limit) const {
  std::vector<std::pair<std::tuple<std::size_t, std::size_t, std::size_t>, std::string>> scored;
  auto consider = [&](const std::string& cand) { scored.emplace_back(id_distance(id, cand), cand); };
  for (const Stage& s : stages) {
    consider(s.id);
    for (const Section& sec : s.sections) consider(sec.id);
  }
  for (const TaskItem& it : items) consider(it.id);
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [d, cand] : scored) {
    if (out.size() >= limit || std::get<0>(d) > std::max<std::size_t>(2, id.size() / 2)) break;
    out.push_back(cand);
  }
  return out;
}

}  // namespace llm101
