// Guide parsing: resources, goals, durations, practice projects and learning paths, on the seed,
// on an English roadmap, and on fixtures that have none of them.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "core/edit.h"
#include "core/guide.h"
#include "core/text.h"
#include "support.h"

using namespace llm101;

using test::fixture;

namespace {

Guide guide_of(std::string_view text) { return parse_guide(text, parse_roadmap(text)); }

std::vector<std::string> item_ids(const Roadmap& rm) {
  std::vector<std::string> out;
  for (const TaskItem& it : rm.items) out.push_back(it.id + " " + it.text);
  return out;
}
}  // namespace

TEST_CASE("seed: resources belong to the section that holds them") {
  Guide g = guide_of(embedded_roadmap());
  CHECK(g.resources.size() == 28);
  auto r11 = g.resources_in("1.1");
  REQUIRE(r11.size() == 3);
  CHECK(r11[0]->title == "3Blue1Brown线性代数系列");
  CHECK(r11[0]->url == "https://www.youtube.com/playlist?list=PLZHQObOWTQDPD3MizzM2xVFitgF8hE_ab");
  CHECK(g.resources_in("1").size() == 10);
  CHECK(g.resources_in("2.1").empty());
  CHECK(g.resources_in("3").size() == 3);
  CHECK(g.resources_in("3")[0]->title == "原始论文: Attention Is All You Need");
  // The "开始您的学习之旅" links sit outside every stage: not resources.
  for (const Resource& r : g.resources) CHECK(r.url.front() != '/');
}

TEST_CASE("seed: stage goals and durations") {
  Roadmap rm = parse_roadmap(embedded_roadmap());
  Guide g = parse_guide(embedded_roadmap(), rm);
  CHECK(g.goals.size() == 6);
  REQUIRE(g.goal_of("3"));
  CHECK(g.goal_of("3")->text == "深入理解Transformer架构和注意力机制");
  CHECK_FALSE(g.goal_of("3.1"));
  CHECK(stage_duration(rm.find_stage("1")->title) == "2-3个月");
  CHECK(stage_duration(rm.find_stage("3")->title) == "1-2个月");
  CHECK(stage_duration(rm.find_stage("6")->title) == "持续学习");
  CHECK(stage_name(rm.find_stage("3")->title) == "Transformer和注意力机制");
  CHECK(stage_duration("Basics (1 month)") == "1 month");
  CHECK(stage_name("Basics (1 month)") == "Basics");
  CHECK(stage_duration("Basics") == "");
  CHECK(stage_name("Basics") == "Basics");
}

TEST_CASE("seed: practice projects by phase, each phase tied to a stage") {
  Roadmap rm = parse_roadmap(embedded_roadmap());
  Guide g = parse_guide(embedded_roadmap(), rm);
  CHECK(g.projects_heading == "实践项目");
  REQUIRE(g.phases.size() == 4);
  REQUIRE(g.projects.size() == 12);
  std::vector<std::string> stages;
  for (const Phase& ph : g.phases) stages.push_back(ph.stage >= 0 ? rm.stages[ph.stage].id : "-");
  CHECK(stages == std::vector<std::string>{"1", "2", "4", "5"});
  const Project* p = g.find_project("P2.1");
  REQUIRE(p);
  CHECK(p->name == "神经网络实现");
  CHECK(p->text == "神经网络实现: 从零实现前馈神经网络");
  CHECK_FALSE(p->is_task);
  CHECK_FALSE(p->done);
  CHECK(embedded_roadmap().substr(p->insert_at, 2) == "**");
  CHECK(g.find_project("p2.1") == p);
  CHECK(g.find_phase("P3")->title == "LLM阶段项目");
  CHECK_FALSE(g.find_project("P5.1"));
}

TEST_CASE("marking a project done inserts one checkbox and leaves the checklist alone") {
  std::string text(embedded_roadmap());
  Roadmap before = parse_roadmap(text);
  Guide g = parse_guide(text, before);
  const Project* p = g.find_project("P1.1");
  REQUIRE(p);
  auto edited = insert_task_markers(text, {p->insert_at}, "roadmap.md");
  REQUIRE(edited.ok());
  CHECK(edited->size() == text.size() + 4);
  CHECK(edited->find("1. [x] **数学计算器**") != std::string::npos);
  Roadmap after = parse_roadmap(*edited);
  CHECK(after.total == 70);
  CHECK(after.stages.size() == 6);
  CHECK(item_ids(after) == item_ids(before));
  Guide g2 = parse_guide(*edited, after);
  const Project* q = g2.find_project("P1.1");
  REQUIRE(q);
  CHECK(q->is_task);
  CHECK(q->done);
  CHECK(q->text == "数学计算器: 使用NumPy实现基础数学运算");
  CHECK(g2.projects_done() == 1);
  // From now on a one-byte flip, like any item.
  MarkEdit un{q->box, ' '};
  auto flipped = apply_marks(*edited, {&un, 1}, "roadmap.md");
  REQUIRE(flipped.ok());
  Guide g3 = guide_of(*flipped);
  CHECK_FALSE(g3.find_project("P1.1")->done);
  CHECK(g3.find_project("P1.1")->is_task);
  CHECK(parse_roadmap(*flipped).total == 70);
  // Every project at once: still 70 items, 6 stages.
  std::vector<std::size_t> all;
  for (const Project& pr : g.projects) all.push_back(pr.insert_at);
  auto every = insert_task_markers(text, all, "roadmap.md");
  REQUIRE(every.ok());
  CHECK(parse_roadmap(*every).total == 70);
  CHECK(item_ids(parse_roadmap(*every)) == item_ids(before));
  CHECK(guide_of(*every).projects_done() == 12);
}

TEST_CASE("project offsets hold with a BOM and CRLF line endings") {
  std::string text = "\xEF\xBB\xBF" + with_line_ending(embedded_roadmap(), "\r\n");
  Guide g = guide_of(text);
  const Project* p = g.find_project("P4.3");
  REQUIRE(p);
  auto edited = insert_task_markers(text, {p->insert_at}, "roadmap.md");
  REQUIRE(edited.ok());
  CHECK(edited->find("1. [x] **RAG系统**") == std::string::npos);
  CHECK(edited->find("3. [x] **多模态应用**") != std::string::npos);
  Guide g2 = guide_of(*edited);
  CHECK(g2.find_project("P4.3")->done);
  CHECK((*edited)[g2.find_project("P4.3")->box] == 'x');
  CHECK(parse_roadmap(*edited).total == 70);
}

TEST_CASE("insert_task_markers refuses an offset that is not a list item's text") {
  std::string text(embedded_roadmap());
  CHECK_FALSE(insert_task_markers(text, {0}, "roadmap.md").ok());
  CHECK_FALSE(insert_task_markers(text, {text.find("数学计算器")}, "roadmap.md").ok());
  std::size_t task = text.find("[ ] 自注意力机制");
  CHECK_FALSE(insert_task_markers(text, {task}, "roadmap.md").ok());
}

TEST_CASE("seed: learning paths map steps to stages, sections and projects") {
  Guide g = guide_of(embedded_roadmap());
  CHECK(g.paths_heading == "推荐学习路径");
  REQUIRE(g.paths.size() == 2);
  CHECK(g.paths[0].name == "初学者路径");
  CHECK(g.paths[1].name == "有经验者路径");
  auto mapping = [](const LearningPath& p) {
    std::vector<std::string> out;
    for (const PathStep& s : p.steps) out.push_back(s.label + " " + s.text + "=" + s.target);
    return out;
  };
  CHECK(mapping(g.paths[0]) == std::vector<std::string>{
                                   "1.1 数学基础=1.1", "1.2 Python编程=1.2", "1.3 机器学习基础=1.3",
                                   "2.1 深度学习基础=2", "2.2 Transformer=3", "2.3 LLM基础=4.1",
                                   "3.1 提示工程=5.1", "3.2 应用开发=5.4", "3.3 前沿研究=6"});
  CHECK(mapping(g.paths[1]) == std::vector<std::string>{
                                   "1.1 快速回顾基础=1", "1.2 深入Transformer=3", "1.3 高级LLM应用=5",
                                   "2.1 研究最新进展=6.1", "2.2 实践项目=P", "2.3 贡献开源="});
  const PathStep& none = g.paths[1].steps.back();
  CHECK(none.kind == PathStep::Kind::None);
  CHECK_FALSE(none.tracked());
  CHECK(g.paths[1].steps[4].kind == PathStep::Kind::Projects);
  CHECK(g.paths[1].steps[4].total == 12);
  CHECK(g.paths[0].current() == 0);
}

TEST_CASE("the position on a path is the first tracked step not complete") {
  std::string text(embedded_roadmap());
  Roadmap rm = parse_roadmap(text);
  std::vector<MarkEdit> edits;
  for (std::size_t i : rm.select("1.1")) edits.push_back({rm.items[i].box, 'x'});
  auto done = apply_marks(text, edits, "roadmap.md");
  REQUIRE(done.ok());
  Guide g = guide_of(*done);
  CHECK(g.paths[0].steps[0].complete());
  CHECK(g.paths[0].current() == 1);
  CHECK(g.paths[1].current() == 0);  // stage 1 is only partly done
}

TEST_CASE("match_score counts shared words and runs of two or more characters") {
  CHECK(match_score("数学基础", "数学基础") == 4);
  CHECK(match_score("Python编程", "编程技能") == 2);
  CHECK(match_score("高级LLM应用", "高级应用") == 4);
  CHECK(match_score("高级LLM应用", "主流LLM模型") == 3);
  CHECK(match_score("transformer", "Transformer架构") == 11);
  CHECK(match_score("贡献开源", "研究跟踪") == 0);
  CHECK(match_score("学", "学习") == 0);        // one character is not a match
  CHECK(match_score("er", "Transformer") == 0);  // words match whole
  CHECK(match_score("LLM基础", "LLM基础概念") == 5);
}

TEST_CASE("an English roadmap: Goal, Practice Projects, Learning paths") {
  std::string text = fixture("guide-english.md");
  Roadmap rm = parse_roadmap(text);
  Guide g = parse_guide(text, rm);
  // "## Practice Projects" holds task bullets, not the seed's phases with numbered lists: its
  // tasks stay checklist items (stage 3) and there are no projects.
  CHECK(rm.total == 7);
  CHECK(rm.find_item("3.0.1"));
  REQUIRE(g.goal_of("1"));
  CHECK(g.goal_of("1")->text == "read and write small Rust programs");
  CHECK_FALSE(g.goal_of("2"));
  REQUIRE(g.resources.size() == 3);
  CHECK(g.resources[0].scope == "1.1");
  CHECK(g.resources[2].scope == "2");
  CHECK(g.resources[2].title == "the async book");
  CHECK(g.projects.empty());
  REQUIRE(g.paths.size() == 1);
  CHECK(g.paths[0].name == "Fast track");
  REQUIRE(g.paths[0].steps.size() == 3);
  CHECK(g.paths[0].steps[0].target == "1.1");
  CHECK(g.paths[0].steps[1].target == "2");
  CHECK(g.paths[0].steps[2].kind == PathStep::Kind::None);
}

TEST_CASE("roadmaps without these parts give an empty guide") {
  for (const char* name : {"blockquote.md", "bom.md", "code-fence.md", "cr.md", "crlf.md", "nested.md",
                           "no-headings.md", "no-tasks.md", "ordered.md", "tabs-no-eol.md",
                           "toml-front-matter.md", "x-in-text.md", "yaml-front-matter.md"}) {
    INFO(name);
    Guide g = guide_of(fixture(name));
    CHECK(g.projects.empty());
    CHECK(g.paths.empty());
    CHECK(g.goals.empty());
  }
}

TEST_CASE("IDs and headings") {
  CHECK(is_projects_heading("🛠️ 实践项目"));
  CHECK(is_projects_heading("Practice Projects"));
  CHECK_FALSE(is_projects_heading("Projects"));
  CHECK(looks_like_project_id("P2.1"));
  CHECK(looks_like_project_id("p2"));
  CHECK_FALSE(looks_like_project_id("P2.1.1"));
  CHECK_FALSE(looks_like_project_id("2.1"));
  CHECK_FALSE(looks_like_project_id("P"));
}

TEST_CASE("a 实践项目 heading without the seed's shape: its tasks stay checklist items") {
  // Issue 19: task items under an ordinary "### 实践项目" were dropped from every command, and
  // description bullets were offered as projects.
  std::string text =
      "# Plan\n\n## Stage 1\n### 1.1 A\n- [ ] a1\n### 实践项目\n- [x] build it\n"
      "  - 链接: https://example.com\n  - [ ] nested task\n\n"
      "## Stage 2\n### 2.1 B\n- [ ] b1\n### 实践项目\n1. ship it\n   - 为什么重要: x\n";
  Roadmap rm = parse_roadmap(text);
  Guide g = parse_guide(text, rm);
  CHECK(rm.total == 4);
  CHECK(rm.stages.size() == 2);
  CHECK(rm.find_item("1.1.1"));
  CHECK(rm.find_item("1.2.1"));    // "build it"
  CHECK(rm.find_item("1.2.1.1"));  // its nested task
  CHECK(rm.find_item("2.1.1"));
  CHECK(g.projects.empty());
  CHECK(g.phases.empty());
}

TEST_CASE("the seed's shape of practice projects: phases with numbered lists") {
  std::string text =
      "# Plan\n\n## Stage 1\n### 1.1 A\n- [ ] a1\n\n## 实践项目\n\n### 基础项目\n"
      "1. [x] **计算器**: NumPy\n   - [ ] nested step\n2. **可视化**: Pandas\n- 链接: not a project\n";
  Roadmap rm = parse_roadmap(text);
  Guide g = parse_guide(text, rm);
  REQUIRE(g.projects.size() == 2);
  CHECK(g.projects[0].done);
  CHECK(g.projects[0].is_task);
  CHECK(g.projects[1].id == "P1.2");
  CHECK_FALSE(g.projects[1].is_task);
  // The project itself is not a checklist item; a task nested under it still is one.
  CHECK(rm.total == 2);
  CHECK(rm.items[1].text == "nested step");
}

TEST_CASE("deeply nested inline markup in a project line does not exhaust the stack") {
  std::string text = "## 实践项目\n### 基础阶段项目\n1. **x**: ";
  for (int i = 0; i < 150000; ++i) text += "**";
  text += "a\n";
  Roadmap rm = parse_roadmap(text);
  Guide g = parse_guide(text, rm);
  CHECK(g.projects.size() == 1);
}
