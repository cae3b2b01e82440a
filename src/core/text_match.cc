#include "core/text_match.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <utf8proc.h>

namespace llm101 {
namespace {

// Kept in the normal form: what carries an item's meaning.
bool kept(utf8proc_int32_t cp) {
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;  // emoji variation selectors
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::u32string match_form(std::string_view s) {
  std::u32string out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  const auto n = static_cast<utf8proc_ssize_t>(s.size());
  utf8proc_int32_t buf[32];
  for (utf8proc_ssize_t i = 0; i < n;) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, n - i, &cp);
    if (len <= 0) {
      cp = 0xFFFD;
      len = 1;
    }
    i += len;
    int last = 0;
    utf8proc_ssize_t k = utf8proc_decompose_char(cp, buf, 32, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD), &last);
    if (k < 0 || k > 32) {
      out.push_back(static_cast<char32_t>(cp));
      continue;
    }
    for (utf8proc_ssize_t j = 0; j < k; ++j)
      if (kept(buf[j])) out.push_back(static_cast<char32_t>(buf[j]));
  }
  return out;
}

Bigrams bigrams_of(const std::u32string& s) {
  Bigrams out;
  if (s.size() == 1) out.push_back(static_cast<std::uint64_t>(s[0]));
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    out.push_back((static_cast<std::uint64_t>(s[i]) << 32) | s[i + 1]);
  std::sort(out.begin(), out.end());
  return out;
}

double similarity(const Bigrams& x, const Bigrams& y) {
  if (x.empty() || y.empty()) return 0.0;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) {
      ++common;
      ++i;
      ++j;
    } else if (x[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(x.size() + y.size());
}

double similarity(const std::u32string& a, const std::u32string& b) {
  if (a.empty() || b.empty()) return 0.0;
  if (a == b) return 1.0;
  return similarity(bigrams_of(a), bigrams_of(b));
}

}  // namespace llm101
