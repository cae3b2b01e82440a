#include "core/journal.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "core/roadmap.h"
#include "core/text.h"

namespace llm101 {
namespace {

struct Label {
  std::string_view name;
  FieldKind kind;
};

// Longest names first: "Completed tasks" before "Completed".
constexpr std::array<Label, 20> kLabels = {{
    {"学习内容", FieldKind::Studied},       {"what i studied", FieldKind::Studied},
    {"studied", FieldKind::Studied},        {"完成的任务", FieldKind::Completed},
    {"完成任务", FieldKind::Completed},     {"completed tasks", FieldKind::Completed},
    {"completed", FieldKind::Completed},    {"done", FieldKind::Completed},
    {"遇到的问题", FieldKind::Problems},    {"问题", FieldKind::Problems},
    {"problems", FieldKind::Problems},      {"下一步计划", FieldKind::Next},
    {"下一步", FieldKind::Next},            {"next steps", FieldKind::Next},
    {"next", FieldKind::Next},              {"学习时长", FieldKind::Time},
    {"时长", FieldKind::Time},              {"time spent", FieldKind::Time},
    {"hours", FieldKind::Time},             {"time", FieldKind::Time},
}};

std::string_view label_name(FieldKind k, Language lang) {
  static constexpr std::array<std::string_view, 5> zh = {"学习内容", "完成的任务", "遇到的问题", "下一步计划", "学习时长"};
  static constexpr std::array<std::string_view, 5> en = {"What I studied", "Completed tasks", "Problems", "Next steps", "Time spent"};
  return (lang == Language::Zh ? zh : en)[static_cast<int>(k)];
}

std::string label_line(FieldKind k, Language lang) { return fmt::format("**{}**:", label_name(k, lang)); }

// string_view::starts_with is inline: the hot per-line checks compile to a few compares.
bool eat(std::string_view& s, std::string_view prefix) {
  if (!s.starts_with(prefix)) return false;
  s.remove_prefix(prefix.size());
  return true;
}

// "- x", "* x", "+ x" → "x"; other text unchanged.
std::string_view strip_bullet(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && (s[1] == ' ' || s[1] == '\t'))
    return trim(s.substr(2));
  if (s.size() == 1 && (s[0] == '-' || s[0] == '*' || s[0] == '+')) return {};
  return s;
}

struct Classified {
  FieldKind kind;
  bool english;          // the label is an English one: fields added to this entry follow it
  std::size_t value_at;  // offset of the value in the line
  std::string_view value;
};

// Is `line` a field label ("**学习时长**: 2h", "- 学习时长：2h", "**Time spent:** 2h")?
std::optional<Classified> classify(std::string_view line) {
  std::string_view s = strip_bullet(line);
  if (s.empty()) return std::nullopt;
  const bool bold = eat(s, "**");
  if (s.empty()) return std::nullopt;
  // Most lines are notes: compare the first byte before anything else (this runs on every line
  // of every entry when `status` reads ten years of journal).
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  const char first = lower(s[0]);
  for (const Label& l : kLabels) {
    if (l.name[0] != first || s.size() < l.name.size()) continue;
    bool same = true;
    for (std::size_t i = 1; i < l.name.size() && same; ++i) same = lower(s[i]) == l.name[i];
    if (!same) continue;
    std::string_view rest = s.substr(l.name.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    bool closed = bold && eat(rest, "**");
    bool colon = eat(rest, ":") || eat(rest, "：");
    if (bold && !closed) closed = eat(rest, "**");
    if (!colon && !closed) continue;
    std::string_view value = trim(rest);
    std::size_t at = value.empty() ? line.size() : static_cast<std::size_t>(value.data() - line.data());
    return Classified{l.kind, static_cast<unsigned char>(l.name[0]) < 0x80, at, value};
  }
  return std::nullopt;
}

bool is_heading(std::string_view line) { return !line.empty() && line[0] == '#'; }

bool is_conflict(std::string_view line) {
  return !line.empty() && (line[0] == '<' || line[0] == '>') && (line.starts_with("<<<<<<<") || line.starts_with(">>>>>>>"));
}

// "3.1.2 多头注意力", "[x] 3.1.2: 多头注意力" → the task; other text → nullopt.
std::optional<CompletedTask> parse_task(std::string_view s, int line) {
  s = strip_bullet(s);
  if (eat(s, "[x]") || eat(s, "[X]")) s = trim(s);
  std::size_t end = 0;
  while (end < s.size() && (is_ascii_digit(s[end]) || s[end] == '.')) ++end;
  std::string_view id = s.substr(0, end);
  while (!id.empty() && id.back() == '.') id.remove_suffix(1);
  if (id.empty() || !looks_like_id(id)) return std::nullopt;
  std::string_view rest = s.substr(end);
  if (!rest.empty() && rest[0] != ' ' && rest[0] != ':' && !rest.starts_with("：") && rest[0] != '\t')
    return std::nullopt;  // "3.1.2abc" is not an ID
  eat(rest, ":") || eat(rest, "：");
  return CompletedTask{std::string(id), std::string(trim(rest)), line};
}


std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view l = text.substr(pos, end - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back(l);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  return lines;
}

}  // namespace

int find_conflict_marker(std::string_view text) {
  int n = 1;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if ((text[pos] == '<' || text[pos] == '>') && is_conflict(text.substr(pos, 7))) return n;
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
    ++n;
  }
  return 0;
}

JournalEntry parse_entry(std::string_view text, bool full) {
  JournalEntry e;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  FieldKind cur = FieldKind::Studied;
  bool in_field = false;  // a plain bool: GCC 12 warns about std::optional<enum> here
  bool time_pending = false;
  int n = 0;
  auto add_time = [&](std::string_view value, int line) {
    if (auto m = parse_study_time(value)) {
      e.minutes = std::min(e.minutes + *m, kMaxStudyMinutes);  // saturates: no int overflow
    } else {
      Diagnostic d = input_error(fmt::format("cannot read the study time '{}' (counted as 0; write e.g. 2h, 1.5小时, 90分钟)", value));
      d.line = line;
      e.warnings.push_back(std::move(d));
    }
  };
  auto add_value = [&](FieldKind k, std::string_view v, int line, bool continuation) {
    if (k == FieldKind::Completed) {
      if (auto t = parse_task(v, line)) e.completed.push_back(std::move(*t));
      return;
    }
    if (k == FieldKind::Studied) e.has_notes = true;
    if (!full) return;
    std::vector<std::string>& list = k == FieldKind::Studied ? e.studied : k == FieldKind::Problems ? e.problems : e.next;
    if (continuation && !list.empty()) list.back() += fmt::format(" {}", trim(v));
    else list.emplace_back(strip_bullet(v));
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (is_conflict(line) && !e.conflict_line) e.conflict_line = n;
    if (is_heading(line)) {
      in_field = false;
      time_pending = false;
      continue;
    }
    if (auto c = classify(line)) {
      cur = c->kind;
      in_field = true;
      time_pending = false;
      if (c->kind == FieldKind::Time) {
        if (c->value.empty()) time_pending = true;
        else add_time(c->value, n);
      } else if (!c->value.empty()) {
        add_value(c->kind, c->value, n, false);
      }
      continue;
    }
    if (!in_field) continue;
    std::string_view t = trim(line);
    if (t.empty()) continue;
    if (cur == FieldKind::Time) {
      if (time_pending) add_time(strip_bullet(t), n);
      time_pending = false;
      continue;
    }
    bool continuation = (line[0] == ' ' || line[0] == '\t') && strip_bullet(t) == t;
    add_value(cur, t, n, continuation);
  }
  return e;
}

std::string new_entry_text(std::string_view date, Language lang) {
  std::string out = fmt::format("### {}: {}\n", lang == Language::Zh ? "日期" : "Date", date);
  for (FieldKind k : {FieldKind::Studied, FieldKind::Completed, FieldKind::Problems, FieldKind::Next, FieldKind::Time})
    out += fmt::format("\n{}\n", label_line(k, lang));
  return out;
}

Expected<std::string> apply_change(std::string_view text, const EntryChange& change, Language lang) {
  if (int line = find_conflict_marker(text)) {
    Diagnostic d = input_error("git merge conflict markers; resolve the conflict before llm101 edits this entry");
    d.line = line;
    return d;
  }
  const std::string_view eol = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  std::string_view body = text;
  const bool bom = starts_with(body, "\xEF\xBB\xBF");
  if (bom) body.remove_prefix(3);
  std::vector<std::string_view> lines = split_lines(body);

  // Field blocks: a label line up to the next label or heading.
  struct Block {
    FieldKind kind;
    int label;      // line index
    int end;        // one past the last line
    Classified c;
  };
  std::vector<Block> blocks;
  for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
    if (is_heading(lines[i])) {
      if (!blocks.empty() && blocks.back().end < 0) blocks.back().end = i;
      continue;
    }
    if (auto c = classify(lines[i])) {
      if (!blocks.empty() && blocks.back().end < 0) blocks.back().end = i;
      blocks.push_back({c->kind, i, -1, *c});
    }
  }
  if (!blocks.empty() && blocks.back().end < 0) blocks.back().end = static_cast<int>(lines.size());
  // An entry keeps the language it is written in.
  if (!blocks.empty()) lang = blocks.front().c.english ? Language::En : Language::Zh;
  auto first_block = [&](FieldKind k) -> const Block* {
    for (const Block& b : blocks)
      if (b.kind == k) return &b;
    return nullptr;
  };
  auto last_content = [&](const Block& b) {
    int last = b.label;
    for (int i = b.label + 1; i < b.end; ++i)
      if (!trim(lines[i]).empty()) last = i;
    return last;
  };

  std::map<int, std::string> replace;
  std::set<int> drop;
  std::map<int, std::vector<std::string>> after, before;
  std::vector<std::string> at_end;

  // A missing field goes before the first later field of the template, else at the end.
  auto new_block = [&](FieldKind k, std::vector<std::string> body_lines) {
    std::vector<std::string> add;
    add.push_back(label_line(k, lang));
    for (auto& l : body_lines) add.push_back(std::move(l));
    for (const Block& b : blocks) {
      if (static_cast<int>(b.kind) > static_cast<int>(k)) {
        add.emplace_back();
        auto& v = before[b.label];
        v.insert(v.end(), add.begin(), add.end());
        return;
      }
    }
    if (at_end.empty() && !lines.empty() && !trim(lines.back()).empty()) at_end.emplace_back();
    else if (!at_end.empty()) at_end.emplace_back();
    at_end.insert(at_end.end(), add.begin(), add.end());
  };
  auto note_lines = [](const std::vector<std::string>& notes) {
    std::vector<std::string> out;
    for (const std::string& n : notes) {
      std::vector<std::string_view> parts = split_lines(trim(n));
      bool first = true;
      for (std::string_view p : parts) {
        if (trim(p).empty()) continue;
        out.push_back(fmt::format("{}{}", first ? "- " : "  ", trim_right(p)));
        first = false;
      }
    }
    return out;
  };
  auto add_notes = [&](FieldKind k, const std::vector<std::string>& notes) {
    std::vector<std::string> add = note_lines(notes);
    if (add.empty()) return;
    if (const Block* b = first_block(k)) {
      auto& v = after[last_content(*b)];
      v.insert(v.end(), add.begin(), add.end());
    } else {
      new_block(k, std::move(add));
    }
  };

  // Completed tasks: remove, then add those not already listed.
  std::set<std::string, std::less<>> listed;
  for (const Block& b : blocks) {
    if (b.kind != FieldKind::Completed) continue;
    for (int i = b.label; i < b.end; ++i) {
      std::string_view v = i == b.label ? b.c.value : lines[i];
      auto t = parse_task(v, i + 1);
      if (!t) continue;
      bool remove = std::find(change.uncompleted.begin(), change.uncompleted.end(), t->id) != change.uncompleted.end();
      if (!remove) {
        listed.insert(t->id);
      } else if (i == b.label) {
        replace[i] = std::string(trim_right(lines[i].substr(0, b.c.value_at)));
      } else {
        drop.insert(i);
      }
    }
  }
  std::vector<std::string> tasks;
  for (const CompletedTask& t : change.completed) {
    if (!listed.insert(t.id).second) continue;
    tasks.push_back(t.text.empty() ? t.id : fmt::format("{} {}", t.id, t.text));
  }
  add_notes(FieldKind::Studied, change.studied);
  add_notes(FieldKind::Completed, tasks);
  add_notes(FieldKind::Problems, change.problems);
  add_notes(FieldKind::Next, change.next);

  if (change.minutes != 0) {
    if (const Block* b = first_block(FieldKind::Time)) {
      int at = b->label;
      std::string_view value = b->c.value;
      std::string prefix = std::string(trim_right(lines[at].substr(0, b->c.value_at)));
      if (value.empty()) {
        for (int i = b->label + 1; i < b->end; ++i) {
          if (trim(lines[i]).empty()) continue;
          at = i;
          value = strip_bullet(lines[i]);
          prefix = std::string(lines[i].substr(0, static_cast<std::size_t>(value.data() - lines[i].data())));
          prefix = std::string(trim_right(prefix));
          break;
        }
      }
      auto old = parse_study_time(value);
      if (!old) {
        Diagnostic d = input_error(fmt::format("cannot add to the study time '{}': write it as e.g. 2h or 1.5小时 first", value));
        d.line = at + 1;
        return d;
      }
      int total = *old + change.minutes;
      if (total < 0) total = 0;
      replace[at] = prefix.empty() ? format_study_time(total, lang)
                                   : fmt::format("{} {}", prefix, format_study_time(total, lang));
    } else {
      new_block(FieldKind::Time, {});
      // The new block's label line carries the value.
      std::string v = fmt::format("{} {}", label_line(FieldKind::Time, lang), format_study_time(change.minutes, lang));
      for (auto* list : {&at_end}) {
        for (auto it = list->rbegin(); it != list->rend(); ++it)
          if (*it == label_line(FieldKind::Time, lang)) { *it = v; break; }
      }
    }
  }

  std::string out;
  out.reserve(text.size() + 256);
  if (bom) out += "\xEF\xBB\xBF";
  auto put = [&](std::string_view l) {
    out += l;
    out += eol;
  };
  for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
    if (auto it = before.find(i); it != before.end())
      for (const auto& l : it->second) put(l);
    if (!drop.count(i)) {
      if (auto it = replace.find(i); it != replace.end()) put(it->second);
      else put(lines[i]);
    }
    if (auto it = after.find(i); it != after.end())
      for (const auto& l : it->second) put(l);
  }
  for (const auto& l : at_end) put(l);
  if (int line = find_conflict_marker(out)) {
    Diagnostic d = input_error("the new text would contain a git conflict marker");
    d.line = line;
    return d;
  }
  return out;
}

}  // namespace llm101
