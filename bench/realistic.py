#!/usr/bin/env python3
"""Realistic roadmaps for the benchmarks and the differential test (issue 14): what people write,
not what gen.py writes. YAML front matter, an overview table, block quotes with inline code, HTML
comments, headings with and without numbers (and some written inside list items), task items
with inline code, links, emphasis and "（选做 optional）" notes, nested and ordered task lists,
fenced code blocks, plain bullets between tasks.

  realistic.py N OUT [--crlf] [--bom]   about N task items (70, 1000, 10000, 100000)

Everything comes from a fixed seed (N and the variant), so two runs give byte-identical files.
"""
import random
import sys

TOPICS = ["线性代数", "概率论", "反向传播", "注意力机制", "位置编码", "分词器", "预训练", "微调",
          "提示工程", "检索增强生成", "向量数据库", "模型量化", "知识蒸馏", "强化学习", "评估指标",
          "Transformer", "BERT", "LoRA", "RLHF", "PyTorch", "KV cache", "FlashAttention", "RoPE",
          "AdamW", "DPO", "vLLM", "tokenizer", "beam search", "embedding", "CUDA"]
CODE = ["torch.nn.MultiheadAttention", "np.linalg.svd", "pip install transformers", "model.generate()",
        "AutoTokenizer", "F.softmax(x, dim=-1)", "accelerate launch", "git lfs"]
LINKS = ["https://arxiv.org/abs/1706.03762", "https://pytorch.org/tutorials/", "https://huggingface.co/docs",
         "https://github.com/karpathy/nanoGPT", "https://d2l.ai/"]
STAGES = ["基础技能", "深度学习基础", "Transformer和注意力机制", "大型语言模型", "LLM应用开发",
          "高级主题", "Research track", "工程实践"]
DURATIONS = ["（2-3个月）", "(4 weeks)", "（约2周）", "", ""]


def task_text(rng):
    t = rng.choice(TOPICS)
    r = rng.random()
    if r < 0.25:
        return f"实现 `{rng.choice(CODE)}` 并理解{t}"
    if r < 0.45:
        return f"阅读 [{t} 教程]({rng.choice(LINKS)})"
    if r < 0.60:
        return f"**{t}**：复现论文中的关键实验"
    if r < 0.70:
        return f"Explain *{t}* in your own words（选做 optional）"
    if r < 0.78:
        return f"{t} ~~旧版本~~ 新版本对比"
    return f"总结{t}的核心思想"


def tasks(rng, out, n):
    """n task items: some nested (two levels), some ordered, plain bullets between."""
    ordered = rng.random() < 0.2
    k = 0
    while k < n:
        mark = rng.choice("x  ")
        marker = f"{k + 1}." if ordered else rng.choice("-*")
        out.append(f"{marker} [{mark}] {task_text(rng)}")
        k += 1
        if k < n and rng.random() < 0.25:
            pad = " " * (len(marker) + 1)
            for _ in range(min(n - k, rng.randint(1, 3))):
                out.append(f"{pad}- [{rng.choice('x  ')}] {task_text(rng)}")
                k += 1
        if rng.random() < 0.1:
            out.append(f"- 参考：<{rng.choice(LINKS)}>")
    out.append("")


def section(rng, out, s, j, n, in_list):
    title = f"{s}.{j} {rng.choice(TOPICS)}" if rng.random() < 0.7 else f"{rng.choice(TOPICS)}专题"
    if in_list:  # a heading written inside a list item, as some roadmaps do
        out.append(f"- #### {title}")
        out.append("")
    else:
        out.append(f"#### {title}")
        out.append("")
    if rng.random() < 0.3:
        out.append(f"> 提示：先运行 `{rng.choice(CODE)}`，再看 [文档]({rng.choice(LINKS)})。")
        out.append("")
    if rng.random() < 0.15:
        out.append("<!-- TODO: 补充资料 -->")
        out.append("")
    tasks(rng, out, n)
    if rng.random() < 0.15:
        out += ["```python", "import torch", "x = torch.randn(2, 3)  # - [ ] not a task", "```", ""]


def roadmap(n, seed):
    rng = random.Random(seed)
    stages = max(2, min(len(STAGES) * 4, n // 40))
    out = ["---", "title: 大模型学习路线", "tags: [llm, roadmap]", "updated: 2026-11-29", "---", "",
           "# 大模型学习路线 🚀", "",
           "> 本路线图面向有 Python 基础的同学，配合 `llm101` 打卡使用。", "",
           "| 阶段 | 内容 | 时长 |", "|---|---|---|"]
    for s in range(1, stages + 1):
        out.append(f"| {s} | {STAGES[(s - 1) % len(STAGES)]} | {rng.choice(['2周', '1个月', '6 weeks'])} |")
    out += ["", "<!-- generated for benchmarks -->", ""]
    left = n
    for s in range(1, stages + 1):
        name = STAGES[(s - 1) % len(STAGES)]
        head = f"## 阶段{s}：{name}{rng.choice(DURATIONS)}" if rng.random() < 0.8 else f"## {name}"
        out += [head, "", f"**目标**: 掌握{name}的核心概念，完成 *全部* 练习。", ""]
        per_stage = left // (stages - s + 1)
        sections = max(1, per_stage // 12)
        in_list = rng.random() < 0.2
        for j in range(1, sections + 1):
            n_sec = per_stage // sections + (1 if j <= per_stage % sections else 0)
            section(rng, out, s, j, n_sec, in_list)
        left -= per_stage
    out += ["## 资源", "", f"- [nanoGPT]({LINKS[3]})", f"- [d2l]({LINKS[4]})", ""]
    return "\n".join(out)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    n, path = int(args[0]), args[1]
    crlf, bom = "--crlf" in sys.argv, "--bom" in sys.argv
    text = roadmap(n, seed=n * 4 + 2 * crlf + bom)
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
