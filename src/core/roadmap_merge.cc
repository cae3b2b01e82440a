// The roadmap merge: every task box, with the state marker after it, is taken out of its line
// ("- [ ] <!-- llm101: doing --> foo" → "- foo"), the box-free texts are merged line by line (so
// state changes never collide, even on adjacent lines), and each box is put back by its own
// three-way rule, following which lines stand for each other.
#include <algorithm>
#include <optional>
#include <string>

#include "core/item_state.h"
#include "core/markdown.h"
#include "core/merge.h"
#include "core/text.h"

namespace llm101 {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

struct Box {
  char state = 0;            // 0: no box, else the mark: ' ', 'x' ('X' too), '/', '-'
  std::string_view marker;   // "[x] " and the blanks after it, and a state marker, as written
  bool done() const { return state == 'x' || state == 'X'; }
};

// Where the box at `p` and what belongs to it end: its blanks and a state marker right after them.
std::size_t box_end(std::string_view l, std::size_t p) {
  std::size_t end = p + 3;
  while (end < l.size() && (l[end] == ' ' || l[end] == '\t')) ++end;
  const StateMarker m = find_marker(l, p + 1);
  if (m.found && m.begin == end) end = m.end;
  return end;
}

// Where a list item's text starts ("- ", "1. ", "> * " …), the place a box sits; kNone when the
// line is no list item.
std::size_t box_position(std::string_view line) {
  std::size_t i = 0;
  auto blanks = [&] {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  };
  for (blanks(); i < line.size() && line[i] == '>'; blanks()) ++i;
  if (i < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+')) {
    ++i;
  } else {
    std::size_t d = i;
    while (d < line.size() && d - i < 9 && is_ascii_digit(line[d])) ++d;
    if (d == i || d >= line.size() || (line[d] != '.' && line[d] != ')')) return kNone;
    i = d + 1;
  }
  if (i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return kNone;
  blanks();
  return i;
}

// One side's lines with their boxes taken out.
struct BoxedText {
  Lines original;
  std::vector<std::string> norm_text;
  Lines norm;  // views of norm_text
  std::vector<Box> box;

  explicit BoxedText(std::string_view text) : original(split_lines_keeping_breaks(text)) {
    norm_text.reserve(original.size());
    box.reserve(original.size());
    for (std::string_view l : original) {
      const std::size_t p = box_position(l);
      if (p == kNone || !is_task_marker(l, p)) {
        norm_text.emplace_back(l);
        box.push_back({});
        continue;
      }
      const std::size_t end = box_end(l, p);
      norm_text.push_back(std::string(l.substr(0, p)).append(l.substr(end)));
      box.push_back({l[p + 1], l.substr(p, end - p)});
    }
    norm.assign(norm_text.begin(), norm_text.end());
  }
};

struct Sides {
  const BoxedText& base;
  const BoxedText& ours;
  const BoxedText& theirs;
};

std::string restore(std::string_view norm, const Box& box) {
  const std::size_t p = box.state ? box_position(norm) : kNone;
  if (p == kNone) return std::string(norm);
  return std::string(norm.substr(0, p)).append(box.marker).append(norm.substr(p));
}

bool same(const Box& a, const Box& b) { return a.state == b.state && a.marker == b.marker; }

// A box changed on one side (any byte of it, or its state marker: "[X]" for "[x]" too) wins over
// the unchanged other side; a line one side lacks keeps the box of the side it comes from. Both
// sides changed it: a done side wins (ours first), as a ticked box means done whatever marker
// follows; otherwise (started here, skipped there) the sides disagree: nullopt, a conflict.
std::optional<Box> pick(const Box* base, const Box* ours, const Box* theirs, const Box& own) {
  if (!ours || !theirs) return own;
  if (same(*ours, *theirs)) return *ours;
  if (!base) return own;
  if (same(*ours, *base)) return *theirs;
  if (same(*theirs, *base)) return *ours;
  if (ours->done()) return *ours;
  if (theirs->done()) return *theirs;
  return std::nullopt;
}

// One line: its box by pick, or, when the sides disagree about it, that line in markers.
void write_line(const BoxedText& own, std::size_t line, const std::optional<Box>& b, const Sides& s,
                std::size_t o, std::size_t t, MergeWriter& w) {
  if (b) return w.line(restore(own.norm[line], *b));
  w.conflict(s.ours.original, LineRange{o, o + 1}, s.theirs.original, LineRange{t, t + 1});
}

// How much two item texts share at their ends, in bytes; 0 when it is less than half the
// shorter one (different items, not one edited).
std::size_t likeness(std::string_view a, std::string_view b) {
  auto text = [](std::string_view l) {
    const std::size_t p = box_position(l);
    return trim(p == kNone ? l : l.substr(p));
  };
  a = text(a), b = text(b);
  const std::size_t shorter = std::min(a.size(), b.size());
  std::size_t pre = 0, suf = 0;
  while (pre < shorter && a[pre] == b[pre]) ++pre;
  while (suf < shorter - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  return shorter > 0 && 2 * (pre + suf) >= shorter ? pre + suf : 0;
}

// For each line of mine[rm], the line of other[ro] that it stands for (an edit of it), or kNone:
// the monotone pairing with the most shared bytes.
std::vector<std::size_t> counterparts(const Lines& mine, LineRange rm, const Lines& other, LineRange ro) {
  const std::size_t n = rm.size(), m = ro.size();
  std::vector<std::size_t> out(n, kNone);
  if (n == m && std::equal(mine.begin() + rm.begin, mine.begin() + rm.end, other.begin() + ro.begin)) {
    for (std::size_t i = 0; i < n; ++i) out[i] = ro.begin + i;
    return out;
  }
  if (n == 0 || m == 0 || n * m > 1'000'000) return out;  // a rewrite that large keeps its own boxes
  std::vector<std::size_t> best((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return best[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;) {
      const std::size_t s = likeness(mine[rm.begin + i], other[ro.begin + j]);
      at(i, j) = std::max({at(i + 1, j), at(i, j + 1), s ? at(i + 1, j + 1) + s : 0});
    }
  for (std::size_t i = 0, j = 0; i < n && j < m;) {
    const std::size_t s = likeness(mine[rm.begin + i], other[ro.begin + j]);
    if (s && at(i, j) == at(i + 1, j + 1) + s) out[i++] = ro.begin + j++;
    else if (at(i, j) == at(i + 1, j)) ++i;
    else ++j;
  }
  return out;
}

const Box* box_at(const BoxedText& t, std::size_t i) { return i == kNone ? nullptr : &t.box[i]; }

// A chunk one side's lines win: each line's box from the three-way rule.
void write_clean(const MergeChunk& c, bool take_ours, const Sides& s, MergeWriter& w) {
  const BoxedText& own = take_ours ? s.ours : s.theirs;
  const LineRange r = take_ours ? c.ours : c.theirs;
  const auto to_base = counterparts(own.norm, r, s.base.norm, c.base);
  const auto to_ours = counterparts(own.norm, r, s.ours.norm, c.ours);
  const auto to_theirs = counterparts(own.norm, r, s.theirs.norm, c.theirs);
  for (std::size_t i = 0; i < r.size(); ++i) {
    const std::size_t line = r.begin + i;
    const auto b = pick(box_at(s.base, to_base[i]), box_at(s.ours, to_ours[i]), box_at(s.theirs, to_theirs[i]),
                        own.box[line]);
    write_line(own, line, b, s, to_ours[i], to_theirs[i], w);
  }
}

// Overlapping text edits: lines both sides share merge their boxes; the rest gets markers,
// each side's lines as that side wrote them.
void write_conflict(const MergeChunk& c, const Sides& s, MergeWriter& w) {
  const auto to_base = counterparts(s.ours.norm, c.ours, s.base.norm, c.base);
  for (const ConflictPiece& p : refine_conflict(c, s.ours.norm, s.theirs.norm)) {
    if (!p.shared) {
      w.conflict(s.ours.original, p.ours, s.theirs.original, p.theirs);
      continue;
    }
    const std::size_t o = p.ours.begin, t = p.theirs.begin;
    const auto b = pick(box_at(s.base, to_base[o - c.ours.begin]), &s.ours.box[o], &s.theirs.box[t], s.ours.box[o]);
    write_line(s.ours, o, b, s, o, t, w);
  }
}

}  // namespace

MergeResult merge_roadmap(std::string_view base_text, std::string_view ours_text, std::string_view theirs_text) {
  const BoxedText base(base_text), ours(ours_text), theirs(theirs_text);
  const Sides s{base, ours, theirs};
  MergeWriter w(line_break_of(ours_text));
  for (const MergeChunk& c : diff3_chunks(base.norm, ours.norm, theirs.norm)) {
    const ChunkOutcome outcome = c.stable ? ChunkOutcome::TakeOurs : chunk_outcome(c, base.norm, ours.norm, theirs.norm);
    if (outcome == ChunkOutcome::Conflict) write_conflict(c, s, w);
    else write_clean(c, outcome == ChunkOutcome::TakeOurs, s, w);
  }
  return {w.take(), w.conflicts()};
}

}  // namespace llm101
