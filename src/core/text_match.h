// Comparing item texts across versions of a roadmap and against journal lines: a normal form
// (compatibility-folded, case-folded, without spaces, punctuation or emoji) and a similarity
// (Dice coefficient of character bigrams). Pure; used by upgrade.h and journal_match.h.
#pragma once

#include <string>
#include <string_view>

namespace llm101 {

// `s` in the normal form text is compared in: Unicode NFKC-style compatibility folding (full-width
// "：" and "Ａ" become ":" and "a"), case folding, and only letters, digits, marks and math/currency
// signs kept (whitespace, punctuation, emoji and other symbols dropped). Invalid UTF-8 bytes are
// kept as U+FFFD, so hostile text still compares.
std::u32string match_form(std::string_view s);

// Dice coefficient of the two texts' character bigrams (as multisets), 0.0–1.0; a text of one
// character is its own bigram. Two empty texts are 0 (nothing to say they are the same).
double similarity(const std::u32string& a, const std::u32string& b);

// The least similarity at which two different texts count as the same item renamed. Chosen
// from the seed: no two distinct items of one section of share/roadmap.md reach 0.5 (the
// highest is 0.46, "模型压缩（量化、剪枝、蒸馏）" against "模型量化（INT8、INT4）"; measured
// by the unit test "similarity: the seed's own items stay apart"), while typical edits — a word
// added or dropped, words swapped, a parenthesis added — stay above 0.6.
inline constexpr double kRenameThreshold = 0.5;

}  // namespace llm101
