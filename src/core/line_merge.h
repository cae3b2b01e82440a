// Three-way merge of lines, as git does it: an LCS diff of each side against the base (Myers),
// the diff3 walk that splits the files into stable and changed chunks, and the text writer for
// conflicts (git's markers, only around the lines that differ) or for uniting both sides.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace llm101 {

using Lines = std::vector<std::string_view>;

// Lines of `text`, each with its own line break (\n, \r\n or \r) so joining them gives the text
// back byte for byte; the last line may have none.
Lines split_lines_keeping_breaks(std::string_view text);

// Index pairs (i, j), a[i] == b[j], of a longest common subsequence, in increasing order.
std::vector<std::pair<std::size_t, std::size_t>> common_lines(const Lines& a, const Lines& b);

struct LineRange {
  std::size_t begin = 0, end = 0;
  std::size_t size() const { return end - begin; }
};

// A stretch of the merge: lines equal on all three sides (stable), or a region where at least
// one side differs from the base.
struct MergeChunk {
  bool stable = false;
  LineRange base, ours, theirs;
};

// The diff3 chunks of three texts' lines, in order; together they cover every line.
std::vector<MergeChunk> diff3_chunks(const Lines& base, const Lines& ours, const Lines& theirs);

// What a changed chunk becomes: one side's lines (the other left it as the base had it, or both
// made the same change), or a conflict.
enum class ChunkOutcome { TakeOurs, TakeTheirs, Conflict };
ChunkOutcome chunk_outcome(const MergeChunk& c, const Lines& base, const Lines& ours, const Lines& theirs);

// Inside a conflict, git's "zealous" refinement: lines ours and theirs share are no conflict.
// Each piece is either one shared line (both ranges one line long, equal) or a differing run.
struct ConflictPiece {
  bool shared = false;
  LineRange ours, theirs;
};
std::vector<ConflictPiece> refine_conflict(const MergeChunk& c, const Lines& ours, const Lines& theirs);

// Builds merged text line by line. A line without a break gets one before anything follows it,
// so a side ending without a newline cannot glue itself to the next line or a marker.
class MergeWriter {
 public:
  explicit MergeWriter(std::string_view eol) : eol_(eol) {}
  void line(std::string_view l);
  // `<<<<<<< ours`, its lines, `=======`, their lines, `>>>>>>> theirs`.
  void conflict(const Lines& ours, LineRange o, const Lines& theirs, LineRange t);
  int conflicts() const { return conflicts_; }
  std::string take() { return std::move(out_); }

 private:
  std::string eol_;
  std::string out_;
  int conflicts_ = 0;
};

// "\r\n" when `text` uses it, else "\n".
std::string_view line_break_of(std::string_view text);

struct MergeResult {
  std::string text;
  int conflicts = 0;  // conflict blocks written; 0 = clean
};

// git's line merge: conflicts carry markers.
MergeResult merge_lines(std::string_view base, std::string_view ours, std::string_view theirs);

// A merge for lists of notes: a conflict is settled by keeping ours' lines that theirs did not
// remove, then theirs' new lines not already there. Never writes markers.
MergeResult merge_lines_uniting(std::string_view base, std::string_view ours, std::string_view theirs);

}  // namespace llm101
