// The line diff under every merge: lines interned to numbers, then Myers' O(ND) algorithm in
// linear space (the "middle snake" bisection), so a 10,000-line roadmap with a few changes costs
// little and two unrelated files cannot exhaust memory.
#include <unordered_map>

#include "core/line_merge.h"
#include "core/markdown.h"

namespace llm101 {
namespace {

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

struct Seq {
  const int* a;
  const int* b;
};

// Where a middle snake splits a[a0, a1) × b[b0, b1): a point on an optimal path. Returns false
// when the two have nothing in common.
bool bisect(Seq s, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1, std::size_t& x_out,
            std::size_t& y_out) {
  const long n = static_cast<long>(a1 - a0), m = static_cast<long>(b1 - b0);
  const long max_d = (n + m + 1) / 2, offset = max_d, length = 2 * max_d + 2;
  std::vector<long> v1(static_cast<std::size_t>(length), -1), v2(static_cast<std::size_t>(length), -1);
  v1[static_cast<std::size_t>(offset + 1)] = 0;
  v2[static_cast<std::size_t>(offset + 1)] = 0;
  const long delta = n - m;
  const bool front = (delta % 2) != 0;
  long k1start = 0, k1end = 0, k2start = 0, k2end = 0;
  auto at = [](std::vector<long>& v, long i) -> long& { return v[static_cast<std::size_t>(i)]; };
  auto A = [&](long i) { return s.a[a0 + static_cast<std::size_t>(i)]; };
  auto B = [&](long j) { return s.b[b0 + static_cast<std::size_t>(j)]; };
  for (long d = 0; d < max_d; ++d) {
    for (long k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const long k1o = offset + k1;
      long x1 = (k1 == -d || (k1 != d && at(v1, k1o - 1) < at(v1, k1o + 1))) ? at(v1, k1o + 1) : at(v1, k1o - 1) + 1;
      long y1 = x1 - k1;
      while (x1 < n && y1 < m && A(x1) == B(y1)) ++x1, ++y1;
      at(v1, k1o) = x1;
      if (x1 > n) {
        k1end += 2;
      } else if (y1 > m) {
        k1start += 2;
      } else if (front) {
        const long k2o = offset + delta - k1;
        if (k2o >= 0 && k2o < length && at(v2, k2o) != -1 && x1 >= n - at(v2, k2o)) {
          x_out = a0 + static_cast<std::size_t>(x1), y_out = b0 + static_cast<std::size_t>(y1);
          return true;
        }
      }
    }
    for (long k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const long k2o = offset + k2;
      long x2 = (k2 == -d || (k2 != d && at(v2, k2o - 1) < at(v2, k2o + 1))) ? at(v2, k2o + 1) : at(v2, k2o - 1) + 1;
      long y2 = x2 - k2;
      while (x2 < n && y2 < m && A(n - x2 - 1) == B(m - y2 - 1)) ++x2, ++y2;
      at(v2, k2o) = x2;
      if (x2 > n) {
        k2end += 2;
      } else if (y2 > m) {
        k2start += 2;
      } else if (!front) {
        const long k1o = offset + delta - k2;
        if (k1o >= 0 && k1o < length && at(v1, k1o) != -1) {
          const long x1 = at(v1, k1o), y1 = offset + x1 - k1o;
          if (x1 >= n - x2) {
            x_out = a0 + static_cast<std::size_t>(x1), y_out = b0 + static_cast<std::size_t>(y1);
            return true;
          }
        }
      }
    }
  }
  return false;
}

// Appends the matched pairs of a[a0, a1) and b[b0, b1) to `out`, in order.
void lcs(Seq s, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1, Pairs& out) {
  while (a0 < a1 && b0 < b1 && s.a[a0] == s.b[b0]) out.emplace_back(a0++, b0++);
  std::size_t suffix = 0;
  while (a1 > a0 && b1 > b0 && s.a[a1 - 1] == s.b[b1 - 1]) --a1, --b1, ++suffix;
  std::size_t x = 0, y = 0;
  if (a0 < a1 && b0 < b1 && bisect(s, a0, a1, b0, b1, x, y)) {
    lcs(s, a0, x, b0, y, out);
    lcs(s, x, a1, y, b1, out);
  }
  for (std::size_t i = 0; i < suffix; ++i) out.emplace_back(a1 + i, b1 + i);
}

}  // namespace

Lines split_lines_keeping_breaks(std::string_view text) {
  Lines lines;
  if (text.empty()) return lines;
  std::vector<std::size_t> starts = line_starts(text);
  if (starts.back() != text.size()) starts.push_back(text.size());
  lines.reserve(starts.size());
  for (std::size_t i = 0; i + 1 < starts.size(); ++i) lines.push_back(text.substr(starts[i], starts[i + 1] - starts[i]));
  return lines;
}

Pairs common_lines(const Lines& a, const Lines& b) {
  std::unordered_map<std::string_view, int> ids;
  ids.reserve(a.size() + b.size());
  auto intern = [&](const Lines& lines) {
    std::vector<int> out;
    out.reserve(lines.size());
    for (std::string_view l : lines) out.push_back(ids.try_emplace(l, static_cast<int>(ids.size())).first->second);
    return out;
  };
  const std::vector<int> ia = intern(a), ib = intern(b);
  Pairs out;
  lcs(Seq{ia.data(), ib.data()}, 0, ia.size(), 0, ib.size(), out);
  return out;
}

}  // namespace llm101
