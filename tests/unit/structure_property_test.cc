// Property (issue 19): adding or removing one checkbox anywhere changes no other item's ID unless
// it is numbered in the same group (its siblings after it, and their children). Seeded random
// roadmaps: a title, stages and sections with and without numbers, lists with nested items.
#include <catch2/catch.hpp>

#include <algorithm>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/roadmap.h"

namespace llm101 {
namespace {

struct Line {
  std::string text;
  int indent = -1;  // task item nesting depth; -1 for headings and blank lines
};

std::vector<Line> random_roadmap(std::mt19937& rng, int& serial) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  std::vector<Line> doc{{"# Roadmap " + std::to_string(pick(100))}, {""}};
  const int stages = 1 + pick(5);
  const bool numbered = pick(2) == 0;
  for (int s = 1; s <= stages; ++s) {
    doc.push_back({numbered ? "## Stage " + std::to_string(s) + ": topic" : "## Topic " + std::string(1, char('A' + s))});
    const int sections = pick(4);
    for (int k = 0; k <= sections; ++k) {
      if (k > 0) doc.push_back({numbered ? "### " + std::to_string(s) + "." + std::to_string(k) + " part" : "### Part"});
      const int items = (k == 0 && sections > 0) ? pick(2) : 1 + pick(5);
      int depth = 0;
      for (int i = 0; i < items; ++i) {
        depth = depth > 0 && pick(2) ? depth - 1 : (pick(4) == 0 && i > 0 ? std::min(depth + 1, 2) : depth);
        doc.push_back({"t" + std::to_string(++serial), depth});
      }
      doc.push_back({""});
    }
  }
  return doc;
}

std::string render(const std::vector<Line>& doc) {
  std::string out;
  for (const Line& l : doc) {
    if (l.indent < 0) out += l.text + "\n";
    else out += std::string(2 * static_cast<std::size_t>(l.indent), ' ') + "- [ ] " + l.text + "\n";
  }
  return out;
}

// Stages with a heading (not the pseudo-stage "0").
int real_stages(const Roadmap& rm) {
  int n = 0;
  for (const Stage& st : rm.stages) n += st.id != "0";
  return n;
}

// The one change allowed to move other IDs: a roadmap with a single stage heading is a titled
// flat list, so the change that gives a second heading its first item (or takes the last item
// of one of two) switches stages on or off. Counted, and it must stay that narrow.
bool level_switch(const Roadmap& a, const Roadmap& b, int& switches) {
  if (a.stage_level == b.stage_level) return false;
  CHECK(std::min(real_stages(a), real_stages(b)) <= 1);
  ++switches;
  return true;
}

std::map<std::string, std::string> ids_by_text(const Roadmap& rm) {
  std::map<std::string, std::string> out;
  for (const TaskItem& it : rm.items) out[it.text] = it.id;
  return out;
}

// The numbering group of an ID: "3.1.2" → "3.1."; items inside it after a change may move.
std::string group_of(const std::string& id) { return id.substr(0, id.rfind('.') + 1); }

// Every item but `changed` keeps its ID unless its old ID lies in `group`.
void check_stable(const std::map<std::string, std::string>& before, const std::map<std::string, std::string>& after,
                  const std::string& changed, const std::string& group, const std::string& doc) {
  for (const auto& [text, id] : before) {
    if (text == changed || id.rfind(group, 0) == 0) continue;  // "": one flat list, all may move
    auto it = after.find(text);
    INFO(doc);
    INFO("item " << text << " was " << id << ", changed item " << changed << " group '" << group << "'");
    REQUIRE(it != after.end());
    CHECK(it->second == id);
  }
}

}  // namespace

TEST_CASE("property: one checkbox added or removed moves only the IDs numbered with it") {
  std::mt19937 rng(20261129);  // fixed seed: the same documents every run
  int switches = 0;
  const int rounds = 400;
  for (int round = 0; round < rounds; ++round) {
    int serial = 0;
    std::vector<Line> doc = random_roadmap(rng, serial);
    const std::string before_text = render(doc);
    const Roadmap rm_before = parse_roadmap(before_text);
    const auto before = ids_by_text(rm_before);
    // Add: a new item after any line, at a depth its neighbours allow (a new list when after a
    // heading or a blank line: a stray checkbox).
    std::size_t at = 1 + rng() % (doc.size() - 1);
    std::vector<Line> added = doc;
    // Not shallower than the next item, which would otherwise become NEW's child.
    const int lowest = at < doc.size() && doc[at].indent > 0 && doc[at - 1].indent >= 0 ? doc[at].indent : 0;
    const int highest = doc[at - 1].indent < 0 ? 0 : doc[at - 1].indent + 1;
    int depth = lowest + static_cast<int>(rng() % static_cast<unsigned>(highest - lowest + 1));
    const bool new_list = doc[at - 1].indent < 0;
    if (new_list) added.insert(added.begin() + static_cast<long>(at), {""});
    added.insert(added.begin() + static_cast<long>(at) + (new_list ? 1 : 0), {"NEW", depth});
    if (new_list) added.insert(added.begin() + static_cast<long>(at) + 2, {""});
    const std::string added_text = render(added);
    const Roadmap rm_added = parse_roadmap(added_text);
    const auto after_add = ids_by_text(rm_added);
    REQUIRE(after_add.count("NEW"));
    if (!level_switch(rm_before, rm_added, switches))
      check_stable(before, after_add, "NEW", group_of(after_add.at("NEW")), added_text);
    // Remove: one item without children.
    std::vector<std::size_t> leaves;
    for (std::size_t i = 0; i < doc.size(); ++i)
      if (doc[i].indent >= 0 && (i + 1 == doc.size() || doc[i + 1].indent <= doc[i].indent)) leaves.push_back(i);
    if (leaves.empty()) continue;
    std::size_t gone = leaves[rng() % leaves.size()];
    std::string gone_text = doc[gone].text;
    std::vector<Line> removed = doc;
    removed.erase(removed.begin() + static_cast<long>(gone));
    const Roadmap rm_removed = parse_roadmap(render(removed));
    if (!level_switch(rm_before, rm_removed, switches))
      check_stable(before, ids_by_text(rm_removed), gone_text, group_of(before.at(gone_text)), render(removed));
  }
  CHECK(switches < rounds / 20);
}

}  // namespace llm101
