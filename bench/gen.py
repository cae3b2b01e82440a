#!/usr/bin/env python3
"""Deterministic benchmark datasets for llm101 (bench/run.sh calls this).

  gen.py roadmap N OUT        a roadmap of about N task items shaped like share/roadmap.md
  gen.py workspace DIR ROADMAP  an llm101 workspace (llm101.toml, roadmap.md, journal/)
  gen.py journal DIR DAYS     DAYS daily entries journal/YYYY-MM-DD.md in the 学习日志 template
  gen.py timew DIR DAYS       the same study hours as Timewarrior data files (TIMEWARRIORDB)
  gen.py task N OUT           N Taskwarrior tasks as JSON lines for `task import`
  gen.py merge3 ROADMAP DIR   base.md, ours.md, theirs.md for the merge driver: each side flips
                              200 boxes (theirs the neighbours of ours') and edits one item's text

Everything comes from a fixed seed, so two runs give byte-identical files.
"""
import datetime
import json
import os
import random
import sys
import uuid

ZH_TOPICS = [
    "线性代数", "微积分", "概率论", "统计学", "梯度下降", "反向传播", "注意力机制", "多头注意力",
    "位置编码", "层归一化", "残差连接", "词嵌入", "分词器", "预训练", "微调", "提示工程",
    "检索增强生成", "向量数据库", "模型量化", "知识蒸馏", "强化学习", "人类反馈", "评估指标",
    "混合专家", "长上下文", "推理加速", "分布式训练", "数据清洗", "对齐", "安全性",
]
EN_TOPICS = [
    "Transformer", "BERT", "GPT", "LoRA", "RLHF", "PyTorch", "NumPy", "Pandas", "KV cache",
    "FlashAttention", "tokenizer", "beam search", "top-p sampling", "RoPE", "AdamW", "DPO",
    "LangChain", "embedding", "vLLM", "ONNX", "CUDA", "Hugging Face", "perplexity", "BLEU",
]
ZH_VERBS = ["理解", "实现", "复现", "阅读论文：", "练习", "总结", "对比", "调试", "部署", "评测"]
EN_VERBS = ["Implement", "Read about", "Train a small", "Benchmark", "Explain", "Debug", "Port"]
STAGE_NAMES = ["基础技能", "深度学习基础", "Transformer和注意力机制", "大型语言模型", "LLM应用开发",
               "高级主题", "前沿研究", "工程实践", "项目实战", "Research track"]


def item_text(rng):
    r = rng.random()
    if r < 0.5:
        return f"{rng.choice(ZH_TOPICS)}：{rng.choice(ZH_VERBS)}{rng.choice(EN_TOPICS)}和{rng.choice(ZH_TOPICS)}"
    if r < 0.8:
        return f"{rng.choice(EN_VERBS)} {rng.choice(EN_TOPICS)} ({rng.choice(ZH_TOPICS)})"
    return f"{rng.choice(ZH_VERBS)}{rng.choice(ZH_TOPICS)}、{rng.choice(ZH_TOPICS)}与{rng.choice(ZH_TOPICS)}"


def roadmap(n, out):
    rng = random.Random(101 + n)
    per_section = 8
    # Headings carry at most three-digit numbers (阶段999, 999.99), as in real roadmaps.
    sections_per_stage = max(10, -(-n // (per_section * 500)))
    lines = ["---", 'title: "LLM学习路线图（基准）"', f"description: \"{n} items\"", "---", "",
             "# LLM学习路线图", "", "欢迎来到LLM101的学习路线图！这是一份用于性能测试的路线图。", "",
             "## 📚 学习阶段", ""]
    made, stage = 0, 0
    while made < n:
        stage += 1
        months = rng.randint(1, 3)
        lines += [f"### 阶段{stage}：{STAGE_NAMES[(stage - 1) % len(STAGE_NAMES)]}（{months}-{months + 1}个月）",
                  "", f"**目标**: 掌握{rng.choice(ZH_TOPICS)}与{rng.choice(EN_TOPICS)}", ""]
        for sec in range(1, sections_per_stage + 1):
            if made >= n:
                break
            lines.append(f"#### {stage}.{sec} {rng.choice(ZH_TOPICS)} / {rng.choice(EN_TOPICS)}")
            for _ in range(min(per_section, n - made)):
                mark = "x" if rng.random() < 1 / 3 else " "
                lines.append(f"- [{mark}] {item_text(rng)}")
                made += 1
            lines += ["", "**推荐资源**:",
                      f"- [{rng.choice(EN_TOPICS)} 官方文档](https://example.org/{stage}/{sec})", ""]
    lines += ["## 📊 学习进度跟踪", "", "使用 `llm101 log` 记录学习日志。", ""]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def workspace(d, roadmap_src):
    os.makedirs(os.path.join(d, "journal"), exist_ok=True)
    with open(os.path.join(d, "llm101.toml"), "w") as f:
        f.write('roadmap = "roadmap.md"\njournal = "journal"\n')
    with open(roadmap_src, "rb") as src, open(os.path.join(d, "roadmap.md"), "wb") as dst:
        dst.write(src.read())


START = datetime.date(2016, 1, 1)
HOURS = [0.5, 1, 1.5, 2, 2, 2.5, 3, 4]


def study_days(days):
    """(date, hours) for each day; same sequence for the journal and for Timewarrior."""
    rng = random.Random(3650)
    for i in range(days):
        yield START + datetime.timedelta(days=i), rng.choice(HOURS)


def fmt_hours(h):
    return f"{int(h)}h" if h == int(h) else f"{h}h"


def journal(d, days):
    jd = os.path.join(d, "journal")
    os.makedirs(jd, exist_ok=True)
    rng = random.Random(7)
    for day, h in study_days(days):
        text = (f"## 学习日志\n\n### 日期: {day.isoformat()}\n"
                f"**学习内容**: {rng.choice(ZH_TOPICS)}，{rng.choice(EN_TOPICS)}\n"
                f"**完成的任务**: {item_text(rng)}\n"
                f"**遇到的问题**: {rng.choice(ZH_TOPICS)}的推导不太清楚\n"
                f"**下一步计划**: {rng.choice(ZH_VERBS)}{rng.choice(ZH_TOPICS)}\n"
                f"**学习时长**: {fmt_hours(h)}\n")
        with open(os.path.join(jd, f"{day.isoformat()}.md"), "w", encoding="utf-8") as f:
            f.write(text)


def timew(d, days):
    data = os.path.join(d, "data")
    os.makedirs(data, exist_ok=True)
    with open(os.path.join(d, "timewarrior.cfg"), "w") as f:
        f.write("verbose = off\n")
    months = {}
    for day, h in study_days(days):
        start = datetime.datetime(day.year, day.month, day.day, 9, 0, 0)
        end = start + datetime.timedelta(hours=h)
        months.setdefault(day.strftime("%Y-%m"), []).append(
            f"inc {start:%Y%m%dT%H%M%S}Z - {end:%Y%m%dT%H%M%S}Z # study\n")
    for m, lines in months.items():
        with open(os.path.join(data, f"{m}.data"), "w") as f:
            f.writelines(lines)
    with open(os.path.join(data, "tags.data"), "w") as f:
        f.write('{"study":{"count":%d}}\n' % days)


def task(n, out):
    rng = random.Random(202 + n)
    base = datetime.datetime(2024, 1, 1)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            done = rng.random() < 1 / 3
            t = {
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "description": item_text(rng),
                "entry": (base + datetime.timedelta(minutes=i)).strftime("%Y%m%dT%H%M%SZ"),
                "status": "completed" if done else "pending",
                "project": f"stage{i // 80 + 1}",
            }
            if done:
                t["end"] = (base + datetime.timedelta(minutes=i + 1)).strftime("%Y%m%dT%H%M%SZ")
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


def merge3(src, d):
    os.makedirs(d, exist_ok=True)
    rng = random.Random(303)
    lines = open(src, encoding="utf-8").read().split("\n")
    boxes = [i for i, l in enumerate(lines) if l.startswith("- [")]
    ours, theirs = list(lines), list(lines)
    flip = lambda l: l.replace("- [ ]", "- [x]", 1) if l.startswith("- [ ]") else l.replace("- [x]", "- [ ]", 1)
    picks = sorted(rng.sample(range(0, len(boxes) - 1, 2), 200))
    for k in picks:  # adjacent lines: git's line merge conflicts on every pair
        ours[boxes[k]] = flip(ours[boxes[k]])
        theirs[boxes[k + 1]] = flip(theirs[boxes[k + 1]])
    ours[boxes[len(boxes) // 3]] += "（修订）"
    theirs[boxes[2 * len(boxes) // 3]] += " (revised)"
    for name, text in (("base", lines), ("ours", ours), ("theirs", theirs)):
        with open(os.path.join(d, name + ".md"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(text))


def main(argv):
    cmd = argv[1]
    if cmd == "roadmap":
        roadmap(int(argv[2]), argv[3])
    elif cmd == "workspace":
        workspace(argv[2], argv[3])
    elif cmd == "journal":
        journal(argv[2], int(argv[3]))
    elif cmd == "timew":
        timew(argv[2], int(argv[3]))
    elif cmd == "task":
        task(int(argv[2]), argv[3])
    elif cmd == "merge3":
        merge3(argv[2], argv[3])
    else:
        sys.exit(f"unknown dataset '{cmd}'")


if __name__ == "__main__":
    main(sys.argv)
