// Microbenchmarks for the hot paths of every command: parsing (the seed and a 10k-item roadmap),
// ID lookup, and the checkbox splice. A regression shows here before it reaches a whole process.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/edit.h"
#include "core/roadmap.h"
#if __has_include("core/hours.h")
#include "core/hours.h"
#endif
#if __has_include("core/journal.h")
#include "core/journal.h"
#endif

namespace {

// A 10k-item roadmap shaped like the seed: stages of ten sections of eight items, Chinese and
// English text, every third item checked. Deterministic, so runs compare.
const std::string& roadmap_10k() {
  static const std::string text = [] {
    static const char* const kTopics[] = {"线性代数", "注意力机制", "Transformer", "LoRA 微调",
                                          "RLHF", "位置编码", "KV cache", "分词器"};
    std::string s = "# LLM学习路线图\n\n";
    int made = 0;
    for (int stage = 1; made < 10000; ++stage) {
      s += "### 阶段" + std::to_string(stage) + "：基础技能（2-3个月）\n\n";
      for (int sec = 1; sec <= 10 && made < 10000; ++sec) {
        s += "#### " + std::to_string(stage) + "." + std::to_string(sec) + " 数学基础 / Math\n";
        for (int k = 0; k < 8 && made < 10000; ++k, ++made) {
          s += made % 3 == 0 ? "- [x] " : "- [ ] ";
          s += kTopics[made % 8];
          s += "：实现 ";
          s += kTopics[(made / 8) % 8];
          s += " and read the paper\n";
        }
        s += "\n**推荐资源**:\n- [官方文档](https://example.org/)\n\n";
      }
    }
    return s;
  }();
  return text;
}

void BM_ParseSeed(benchmark::State& state) {
  std::string_view text = llm101::embedded_roadmap();
  for (auto _ : state) benchmark::DoNotOptimize(llm101::parse_roadmap(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseSeed);

void BM_Parse10k(benchmark::State& state) {
  const std::string& text = roadmap_10k();
  for (auto _ : state) benchmark::DoNotOptimize(llm101::parse_roadmap(text));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * 10000));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Parse10k)->Unit(benchmark::kMillisecond);

void BM_FindItem10k(benchmark::State& state) {
  llm101::Roadmap rm = llm101::parse_roadmap(roadmap_10k());
  const std::string id = rm.items[rm.items.size() / 2].id;
  for (auto _ : state) benchmark::DoNotOptimize(rm.find_item(id));
}
BENCHMARK(BM_FindItem10k);

void BM_SelectSection10k(benchmark::State& state) {
  llm101::Roadmap rm = llm101::parse_roadmap(roadmap_10k());
  for (auto _ : state) benchmark::DoNotOptimize(rm.select("60.5"));
}
BENCHMARK(BM_SelectSection10k);

void BM_ApplyMark10k(benchmark::State& state) {
  const std::string& text = roadmap_10k();
  llm101::Roadmap rm = llm101::parse_roadmap(text);
  const llm101::MarkEdit edit{rm.items[rm.items.size() / 2].box, 'x'};
  for (auto _ : state)
    benchmark::DoNotOptimize(llm101::apply_marks(text, std::span(&edit, 1), "roadmap.md"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ApplyMark10k);

#if __has_include("core/hours.h")
void BM_ParseStudyTime(benchmark::State& state) {
  static const char* const kValues[] = {"2h", "1.5h", "2小时30分钟", "90分钟", "45m", "3"};
  std::size_t k = 0;
  for (auto _ : state) benchmark::DoNotOptimize(llm101::parse_study_time(kValues[k++ % 6]));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_ParseStudyTime);
#endif

#if __has_include("core/journal.h")
// One day's entry, figures only (what `stats` reads 3,650 times for ten years).
void BM_ParseEntryFigures(benchmark::State& state) {
  const std::string text =
      "## 学习日志\n\n### 日期: 2024-03-01\n**学习内容**: 残差连接，RLHF\n"
      "**完成的任务**: 微积分：实现embedding和统计学\n**遇到的问题**: 词嵌入的推导不太清楚\n"
      "**下一步计划**: 评测微积分\n**学习时长**: 2.5h\n";
  for (auto _ : state) benchmark::DoNotOptimize(llm101::parse_entry(text, false));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_ParseEntryFigures);
#endif

}  // namespace

BENCHMARK_MAIN();
