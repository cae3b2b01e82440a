// Comparing item texts across versions of a roadmap and against journal lines: a normal form
// (compatibility-folded, case-folded, without spaces, punctuation or emoji) and a similarity
// (Dice coefficient of character bigrams). Pure; used by upgrade.h and journal_match.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace llm101 {

// `s` in the normal form text is compared in: Unicode NFKC-style compatibility folding (full-width
// "：" and "Ａ" become ":" and "a"), case folding, and only letters, digits, marks and math/currency
// signs kept (whitespace, punctuation, emoji and other symbols dropped). Invalid UTF-8 bytes are
// kept as U+FFFD, so hostile text still compares.
std::u32string match_form(std::string_view s);

// Dice coefficient of the two texts' character bigrams (as multisets), 0.0–1.0; a text of one
// character is its own bigram. Two empty texts are 0 (nothing to say they are the same).
double similarity(const std::u32string& a, const std::u32string& b);

// The same on bigrams computed once (bigrams_of), for comparing one text with many.
using Bigrams = std::vector<std::uint64_t>;
Bigrams bigrams_of(const std::u32string& s);
double similarity(const Bigrams& a, const Bigrams& b);

// The least similarity at which two different texts count as one item renamed, by how near the
// two items are. Measured on the seed (share/roadmap.md; the unit test "similarity: the seed's
// own items stay apart" holds these): two distinct items of one section reach at most 0.44
// (自注意力机制 / 多头注意力), of one stage 0.67 (自注意力机制 / 注意力机制的优化), anywhere 0.75
// (问答系统 / 文档问答系统); typical renames (a word added, dropped or swapped, a parenthesis
// added) score 0.6–0.9. So: 0.5 in the corresponding section, 0.7 elsewhere in the corresponding
// stage, 0.8 anywhere else (an item moved to another stage and renamed on the way, or a journal
// line that may name any item).
inline constexpr double kRenameInSection = 0.5;
inline constexpr double kRenameInStage = 0.7;
inline constexpr double kRenameAnywhere = 0.8;

}  // namespace llm101
