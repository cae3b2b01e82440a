// diff3 over lines: chunks from two LCS diffs against the base, the outcome of each changed
// chunk, and the writers for git-style conflicts and for uniting note lists.
#include "core/line_merge.h"

#include <algorithm>
#include <unordered_set>

namespace llm101 {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// For each base line, the index of the line it is matched with on the other side, or kNone.
std::vector<std::size_t> match_of_base(const Lines& base, const Lines& side) {
  std::vector<std::size_t> m(base.size(), kNone);
  for (auto [i, j] : common_lines(base, side)) m[i] = j;
  return m;
}

bool same_lines(const Lines& a, LineRange ra, const Lines& b, LineRange rb) {
  return ra.size() == rb.size() && std::equal(a.begin() + ra.begin, a.begin() + ra.end, b.begin() + rb.begin);
}

bool ends_with_break(std::string_view l) { return !l.empty() && (l.back() == '\n' || l.back() == '\r'); }

}  // namespace

std::vector<MergeChunk> diff3_chunks(const Lines& base, const Lines& ours, const Lines& theirs) {
  const std::vector<std::size_t> mo = match_of_base(base, ours), mt = match_of_base(base, theirs);
  std::vector<MergeChunk> chunks;
  std::size_t i = 0, j = 0, k = 0;  // next unconsumed line in base, ours, theirs
  auto changed = [&](std::size_t bi, std::size_t oj, std::size_t tk) {
    if (bi > i || oj > j || tk > k) chunks.push_back({false, {i, bi}, {j, oj}, {k, tk}});
  };
  for (std::size_t s = 0; s < base.size(); ++s) {
    if (mo[s] == kNone || mt[s] == kNone) continue;
    changed(s, mo[s], mt[s]);
    // A stable line right after another stable line extends that chunk.
    if (!chunks.empty() && chunks.back().stable && chunks.back().base.end == s) {
      MergeChunk& c = chunks.back();
      ++c.base.end, ++c.ours.end, ++c.theirs.end;
    } else {
      chunks.push_back({true, {s, s + 1}, {mo[s], mo[s] + 1}, {mt[s], mt[s] + 1}});
    }
    i = s + 1, j = mo[s] + 1, k = mt[s] + 1;
  }
  changed(base.size(), ours.size(), theirs.size());
  return chunks;
}

ChunkOutcome chunk_outcome(const MergeChunk& c, const Lines& base, const Lines& ours, const Lines& theirs) {
  if (same_lines(ours, c.ours, base, c.base)) return ChunkOutcome::TakeTheirs;
  if (same_lines(theirs, c.theirs, base, c.base)) return ChunkOutcome::TakeOurs;
  if (same_lines(ours, c.ours, theirs, c.theirs)) return ChunkOutcome::TakeOurs;
  return ChunkOutcome::Conflict;
}

std::vector<ConflictPiece> refine_conflict(const MergeChunk& c, const Lines& ours, const Lines& theirs) {
  const Lines o(ours.begin() + c.ours.begin, ours.begin() + c.ours.end);
  const Lines t(theirs.begin() + c.theirs.begin, theirs.begin() + c.theirs.end);
  std::vector<ConflictPiece> pieces;
  std::size_t j = 0, k = 0;
  auto run = [&](std::size_t oj, std::size_t tk) {
    if (oj > j || tk > k)
      pieces.push_back({false, {c.ours.begin + j, c.ours.begin + oj}, {c.theirs.begin + k, c.theirs.begin + tk}});
  };
  for (auto [a, b] : common_lines(o, t)) {
    run(a, b);
    pieces.push_back({true, {c.ours.begin + a, c.ours.begin + a + 1}, {c.theirs.begin + b, c.theirs.begin + b + 1}});
    j = a + 1, k = b + 1;
  }
  run(o.size(), t.size());
  return pieces;
}

std::string_view line_break_of(std::string_view text) {
  return text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
}

void MergeWriter::line(std::string_view l) {
  if (!out_.empty() && !ends_with_break(out_)) out_ += eol_;
  out_ += l;
}

void MergeWriter::conflict(const Lines& ours, LineRange o, const Lines& theirs, LineRange t) {
  ++conflicts_;
  line("<<<<<<< ours" + eol_);
  for (std::size_t i = o.begin; i < o.end; ++i) line(ours[i]);
  line("=======" + eol_);
  for (std::size_t i = t.begin; i < t.end; ++i) line(theirs[i]);
  line(">>>>>>> theirs" + eol_);
}

namespace {

// Without its line break: "- a" at the end of a file and "- a\n" are the same note.
std::string_view content(std::string_view l) {
  while (ends_with_break(l)) l.remove_suffix(1);
  return l;
}

// One conflict of a note list, united: ours' lines that theirs kept (or added), then theirs' new
// lines, each once.
void unite(const MergeChunk& c, const Lines& base, const Lines& ours, const Lines& theirs, MergeWriter& w) {
  std::unordered_set<std::string_view> in_base, in_ours, in_theirs, written;
  for (std::size_t i = c.base.begin; i < c.base.end; ++i) in_base.insert(content(base[i]));
  for (std::size_t i = c.ours.begin; i < c.ours.end; ++i) in_ours.insert(content(ours[i]));
  for (std::size_t i = c.theirs.begin; i < c.theirs.end; ++i) in_theirs.insert(content(theirs[i]));
  auto put = [&](std::string_view l) {
    // Blank lines separate fields: never dropped as duplicates.
    if (content(l).empty() || written.insert(content(l)).second) w.line(l);
  };
  for (const ConflictPiece& p : refine_conflict(c, ours, theirs)) {
    if (p.shared) {
      w.line(ours[p.ours.begin]);
      continue;
    }
    for (std::size_t i = p.ours.begin; i < p.ours.end; ++i) {
      std::string_view l = content(ours[i]);
      if (!in_base.count(l) || in_theirs.count(l)) put(ours[i]);  // theirs removed the rest
    }
    for (std::size_t i = p.theirs.begin; i < p.theirs.end; ++i) {
      std::string_view l = content(theirs[i]);
      if (!in_base.count(l) && !in_ours.count(l)) put(theirs[i]);
    }
  }
}

// Every conflict settled by `settle`.
using Settle = void (*)(const MergeChunk&, const Lines&, const Lines&, const Lines&, MergeWriter&);
MergeResult merge_with(std::string_view base_text, std::string_view ours_text, std::string_view theirs_text,
                       Settle settle) {
  const Lines base = split_lines_keeping_breaks(base_text), ours = split_lines_keeping_breaks(ours_text),
              theirs = split_lines_keeping_breaks(theirs_text);
  MergeWriter w(line_break_of(ours_text));
  for (const MergeChunk& c : diff3_chunks(base, ours, theirs)) {
    const ChunkOutcome outcome = c.stable ? ChunkOutcome::TakeOurs : chunk_outcome(c, base, ours, theirs);
    if (outcome == ChunkOutcome::TakeOurs) {
      for (std::size_t i = c.ours.begin; i < c.ours.end; ++i) w.line(ours[i]);
    } else if (outcome == ChunkOutcome::TakeTheirs) {
      for (std::size_t i = c.theirs.begin; i < c.theirs.end; ++i) w.line(theirs[i]);
    } else {
      settle(c, base, ours, theirs, w);
    }
  }
  return {w.take(), w.conflicts()};
}

void mark(const MergeChunk& c, const Lines&, const Lines& ours, const Lines& theirs, MergeWriter& w) {
  for (const ConflictPiece& p : refine_conflict(c, ours, theirs)) {
    if (p.shared) w.line(ours[p.ours.begin]);
    else w.conflict(ours, p.ours, theirs, p.theirs);
  }
}

}  // namespace

MergeResult merge_lines(std::string_view base, std::string_view ours, std::string_view theirs) {
  return merge_with(base, ours, theirs, mark);
}

MergeResult merge_lines_uniting(std::string_view base, std::string_view ours, std::string_view theirs) {
  return merge_with(base, ours, theirs, unite);
}

}  // namespace llm101
