// Roadmap parsing: IDs, structure, checkbox offsets, and the awkward Markdown corners.
#include <catch2/catch.hpp>

#include "core/roadmap.h"

using namespace llm101;

TEST_CASE("the seed roadmap has 6 stages, 17 sections, 70 items") {
  Roadmap rm = parse_roadmap(embedded_roadmap());
  CHECK(rm.stages.size() == 6);
  std::size_t sections = 0;
  for (const Stage& s : rm.stages) sections += s.sections.size();
  CHECK(sections == 17);
  CHECK(rm.total == 70);
  CHECK(rm.done == 0);
  CHECK(rm.title == "LLM学习路线图");
  REQUIRE(rm.find_item("3.1.2"));
  CHECK(rm.find_item("3.1.2")->text == "多头注意力");
  REQUIRE(rm.find_item("1.2.5"));
  CHECK(rm.find_item("1.2.5")->text == "Git：版本控制基础");
  REQUIRE(rm.find_stage("3"));
  CHECK(rm.find_stage("3")->title == "Transformer和注意力机制（1-2个月）");
  REQUIRE(rm.find_section("3.1"));
  CHECK(rm.find_section("3.1")->title == "Transformer架构");
  CHECK(rm.find_stage("3")->total == 8);
}
