#include "core/journal_match.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/text_match.h"

namespace llm101 {
namespace {

// The roadmap's items by the normal form of their text, for step 1.
class ItemIndex {
 public:
  explicit ItemIndex(const Roadmap& rm) : rm_(rm) {
    for (std::size_t i = 0; i < rm.items.size(); ++i) {
      forms_.push_back(match_form(rm.items[i].text));
      if (!forms_.back().empty()) by_form_[forms_.back()].push_back(i);
    }
  }

  std::size_t by_text(const std::u32string& form, std::string_view id) const {
    auto it = by_form_.find(form);
    if (form.empty() || it == by_form_.end()) return kNoItem;
    for (std::size_t i : it->second)
      if (rm_.items[i].id == id) return i;
    return it->second.front();
  }

  // The item most similar to `form` among `candidates` (all items when empty), at least
  // `threshold`. Bigrams of every item are computed once, on the first line that needs them.
  std::size_t most_similar(const std::u32string& form, double threshold, const std::vector<std::size_t>& candidates) {
    if (bigrams_.empty())
      for (const std::u32string& f : forms_) bigrams_.push_back(bigrams_of(f));
    const Bigrams line = bigrams_of(form);
    std::size_t best = kNoItem;
    double best_score = threshold;
    auto consider = [&](std::size_t i) {
      double s = similarity(line, bigrams_[i]);
      if (s > best_score || (s == best_score && best == kNoItem)) best = i, best_score = s;
    };
    if (candidates.empty())
      for (std::size_t i = 0; i < bigrams_.size(); ++i) consider(i);
    for (std::size_t i : candidates) consider(i);
    return best;
  }

  const std::u32string& form(std::size_t i) const { return forms_[i]; }

 private:
  const Roadmap& rm_;
  std::vector<std::u32string> forms_;
  std::vector<Bigrams> bigrams_;
  std::map<std::u32string, std::vector<std::size_t>> by_form_;
};

// A line's text says the same as the item's: none at all, the item's text with more around it
// ("多头注意力 — finally"), a part of it ("线性代数" for 线性代数：向量、矩阵), or a similar one.
bool agrees(const std::u32string& line, const std::u32string& item) {
  if (line.empty()) return true;
  if (!item.empty() && (line.find(item) != std::u32string::npos || item.find(line) != std::u32string::npos))
    return true;
  return similarity(line, item) >= kRenameInSection;
}

}  // namespace

std::vector<std::vector<std::size_t>> map_completed(const Roadmap& rm, const std::vector<JournalEntry>& entries) {
  std::unordered_map<std::string_view, std::size_t> by_id;
  for (std::size_t i = 0; i < rm.items.size(); ++i) by_id.emplace(rm.items[i].id, i);
  auto item_of = [&](std::string_view id) {
    auto it = by_id.find(id);
    return it == by_id.end() ? kNoItem : it->second;
  };
  // The common case first, without normal forms: the line llm101 wrote, whose ID still names an
  // item with exactly its text (what step 1 would find too).
  std::vector<std::vector<std::size_t>> out(entries.size());
  bool all_found = true;
  for (std::size_t e = 0; e < entries.size(); ++e)
    for (const CompletedTask& t : entries[e].completed) {
      std::size_t i = item_of(t.id);
      out[e].push_back(i != kNoItem && !t.text.empty() && rm.items[i].text == t.text ? i : kNoItem);
      all_found = all_found && out[e].back() != kNoItem;
    }
  if (all_found) return out;
  ItemIndex index(rm);
  std::vector<std::vector<std::u32string>> forms(entries.size());
  std::set<std::size_t> claimed;  // items step 1 gave to a line with another ID
  for (std::size_t e = 0; e < entries.size(); ++e)
    for (std::size_t k = 0; k < out[e].size(); ++k) {
      const CompletedTask& t = entries[e].completed[k];
      forms[e].push_back(out[e][k] == kNoItem ? match_form(t.text) : std::u32string());
      if (out[e][k] != kNoItem) continue;
      std::size_t i = index.by_text(forms[e].back(), t.id);
      if (i != kNoItem && rm.items[i].id != t.id) claimed.insert(i);
      out[e][k] = i;
    }
  std::vector<std::pair<std::size_t, std::size_t>> rest;  // lines steps 1 and 2 left
  std::vector<bool> listed(rm.items.size(), false);
  for (std::size_t e = 0; e < entries.size(); ++e)
    for (std::size_t k = 0; k < out[e].size(); ++k) {
      std::size_t& i = out[e][k];
      if (i == kNoItem) {
        std::size_t named = item_of(entries[e].completed[k].id);
        if (named != kNoItem && !claimed.count(named) && agrees(forms[e][k], index.form(named))) i = named;
      }
      if (i != kNoItem) listed[i] = true;
      else if (!forms[e][k].empty()) rest.emplace_back(e, k);
    }
  // Step 3: a done item no line names yet (renamed and moved by an upgrade) is the likely one.
  std::vector<std::size_t> unlisted_done;
  for (std::size_t i = 0; i < rm.items.size(); ++i)
    if (rm.items[i].done && !listed[i]) unlisted_done.push_back(i);
  for (auto [e, k] : rest) {
    std::size_t i = unlisted_done.empty() ? kNoItem : index.most_similar(forms[e][k], kRenameInSection, unlisted_done);
    out[e][k] = i != kNoItem ? i : index.most_similar(forms[e][k], kRenameAnywhere, {});
  }
  return out;
}

}  // namespace llm101
