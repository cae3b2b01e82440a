// Writing a journal entry: apply_change splices notes, completed tasks and time into the
// existing text line by line, so everything llm101 does not touch stays as written.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/i18n.h"
#include "core/journal.h"
#include "core/journal_lines.h"
#include "core/text.h"

namespace llm101 {
namespace {

using namespace journal_lines;

// A field block: a label line up to the next label or heading.
struct Block {
  FieldKind kind;
  int label;  // line index
  int end;    // one past the last line
  Classified c;
};

std::vector<Block> find_blocks(const std::vector<std::string_view>& lines) {
  std::vector<Block> blocks;
  for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
    auto c = classify(lines[i]);
    if (!c && !is_heading(lines[i])) continue;
    if (!blocks.empty() && blocks.back().end < 0) blocks.back().end = i;
    if (c) blocks.push_back({c->kind, i, -1, *c});
  }
  if (!blocks.empty() && blocks.back().end < 0) blocks.back().end = static_cast<int>(lines.size());
  return blocks;
}

// Notes as list items: "- first line", "  continuation".
std::vector<std::string> note_lines(const std::vector<std::string>& notes) {
  std::vector<std::string> out;
  for (const std::string& n : notes) {
    bool first = true;
    for (std::string_view p : split_lines(trim(n))) {
      if (trim(p).empty()) continue;
      out.push_back(fmt::format("{}{}", first ? "- " : "  ", trim_right(p)));
      first = false;
    }
  }
  return out;
}

// The edits to one entry, collected by line index and applied in one pass by render().
class EntryEditor {
 public:
  EntryEditor(std::vector<std::string_view> lines, Language lang) : lines_(std::move(lines)), lang_(lang) {
    blocks_ = find_blocks(lines_);
    // An entry keeps the language it is written in.
    if (!blocks_.empty()) lang_ = blocks_.front().c.english ? Language::En : Language::Zh;
  }

  void change_tasks(const FieldDef& f, const EntryChange& change, std::vector<std::string>& tasks);
  void add_notes(FieldKind k, const std::vector<std::string>& notes);
  Status add_minutes(int minutes);
  Status change_item_time(const EntryChange& change, std::vector<std::string>& fresh);
  std::string render(bool bom, std::string_view eol, std::size_t reserve) const;

 private:
  const Block* first_block(FieldKind k) const {
    for (const Block& b : blocks_)
      if (b.kind == k) return &b;
    return nullptr;
  }
  int last_content(const Block& b) const {
    int last = b.label;
    for (int i = b.label + 1; i < b.end; ++i)
      if (!trim(lines_[i]).empty()) last = i;
    return last;
  }
  void new_block(FieldKind k, std::vector<std::string> body_lines);
  Status bump_item_line(int i, std::string_view value, const CompletedTask& t, int add);

  std::vector<std::string_view> lines_;
  Language lang_;
  std::vector<Block> blocks_;
  std::map<int, std::string> replace_;
  std::set<int> drop_;
  std::map<int, std::vector<std::string>> after_, before_;
  std::vector<std::string> at_end_;
};

// A missing field goes before the first later field of the template, else at the end.
void EntryEditor::new_block(FieldKind k, std::vector<std::string> body_lines) {
  std::vector<std::string> add;
  add.push_back(label_line(k, lang_));
  for (auto& l : body_lines) add.push_back(std::move(l));
  for (const Block& b : blocks_) {
    if (static_cast<int>(b.kind) > static_cast<int>(k)) {
      add.emplace_back();
      auto& v = before_[b.label];
      v.insert(v.end(), add.begin(), add.end());
      return;
    }
  }
  if (at_end_.empty() && !lines_.empty() && !trim(lines_.back()).empty()) at_end_.emplace_back();
  else if (!at_end_.empty()) at_end_.emplace_back();
  at_end_.insert(at_end_.end(), add.begin(), add.end());
}

void EntryEditor::add_notes(FieldKind k, const std::vector<std::string>& notes) {
  std::vector<std::string> add = note_lines(notes);
  if (add.empty()) return;
  if (const Block* b = first_block(k)) {
    auto& v = after_[last_content(*b)];
    v.insert(v.end(), add.begin(), add.end());
  } else {
    new_block(k, std::move(add));
  }
}

// A task field (完成的任务, 开始的任务): removes the lines of the IDs to remove, then fills `tasks`
// with the lines of those to add that are not listed yet.
void EntryEditor::change_tasks(const FieldDef& f, const EntryChange& change, std::vector<std::string>& tasks) {
  std::set<std::string, std::less<>> listed;
  const auto& un = change.*f.change_untasks;
  for (const Block& b : blocks_) {
    if (b.kind != f.kind) continue;
    for (int i = b.label; i < b.end; ++i) {
      std::string_view v = i == b.label ? b.c.value : lines_[i];
      auto t = parse_task(v, i + 1);
      if (!t) continue;
      if (std::find(un.begin(), un.end(), t->id) == un.end()) listed.insert(t->id);
      else if (i == b.label) replace_[i] = std::string(trim_right(lines_[i].substr(0, b.c.value_at)));
      else drop_.insert(i);
    }
  }
  for (const CompletedTask& t : change.*f.change_tasks) {
    if (!listed.insert(t.id).second) continue;
    tasks.push_back(t.text.empty() ? t.id : fmt::format("{} {}", t.id, t.text));
  }
}

// Line `i` (its task `t` read from `value`) gets `add` more minutes; at 0 or less it goes.
Status EntryEditor::bump_item_line(int i, std::string_view value, const CompletedTask& t, int add) {
  if (t.minutes < 0) {
    Diagnostic d = input_error(_f("cannot add to the study time of item {}: write it as e.g. '{}: 1.5h' first", t.id, t.id));
    d.line = i + 1;
    return d;
  }
  const std::string prefix(lines_[i].substr(0, static_cast<std::size_t>(value.data() - lines_[i].data())));
  const int total = t.minutes + add;
  if (total > 0) replace_[i] = prefix + timed_task_line(t, total, lang_);
  else if (classify(lines_[i])) replace_[i] = std::string(trim_right(prefix));
  else drop_.insert(i);
  return Ok{};
}

// 各条目用时: removes the lines of the IDs to remove, adds minutes to the first line of each
// item given time, and fills `fresh` with lines for the items not listed yet.
Status EntryEditor::change_item_time(const EntryChange& change, std::vector<std::string>& fresh) {
  std::vector<CompletedTask> adds = sum_item_time(change.item_time);
  for (const Block& b : blocks_) {
    if (b.kind != FieldKind::ItemTime) continue;
    for (int i = b.label; i < b.end; ++i) {
      std::string_view v = i == b.label ? b.c.value : strip_bullet(lines_[i]);
      auto t = v.empty() ? std::nullopt : parse_timed_task(v, i + 1);
      if (!t) continue;
      const auto& un = change.unitem_time;
      auto add = std::find_if(adds.begin(), adds.end(), [&](const CompletedTask& a) { return a.id == t->id; });
      if (std::find(un.begin(), un.end(), t->id) != un.end()) {
        if (Status s = bump_item_line(i, v, CompletedTask{t->id, {}, 0, 0}, 0); !s) return s;
      } else if (add != adds.end()) {
        if (Status s = bump_item_line(i, v, *t, add->minutes); !s) return s;
        adds.erase(add);
      }
    }
  }
  for (const CompletedTask& a : adds)
    if (a.minutes > 0) fresh.push_back(timed_task_line(a, a.minutes, lang_));
  return Ok{};
}

// Adds to the first 学习时长 value (on its label line or the first line below it), or adds the
// field with the value on its label line.
Status EntryEditor::add_minutes(int minutes) {
  const Block* b = first_block(FieldKind::Time);
  if (!b) {
    new_block(FieldKind::Time, {});
    const std::string label = label_line(FieldKind::Time, lang_);
    for (auto it = at_end_.rbegin(); it != at_end_.rend(); ++it)
      if (*it == label) {
        *it = fmt::format("{} {}", label, format_study_time(minutes, lang_));
        break;
      }
    return Ok{};
  }
  int at = b->label;
  std::string_view value = b->c.value;
  std::string prefix = std::string(trim_right(lines_[at].substr(0, b->c.value_at)));
  if (value.empty()) {
    for (int i = b->label + 1; i < b->end; ++i) {
      if (trim(lines_[i]).empty()) continue;
      at = i;
      value = strip_bullet(lines_[i]);
      prefix = std::string(trim_right(lines_[i].substr(0, static_cast<std::size_t>(value.data() - lines_[i].data()))));
      break;
    }
  }
  auto old = parse_study_time(value);
  if (!old) {
    Diagnostic d = input_error(
        _f("cannot add to the study time '{}': write it as e.g. 2h or 1.5小时 first", value));
    d.line = at + 1;
    return d;
  }
  const std::string total = format_study_time(std::max(*old + minutes, 0), lang_);
  std::string line = prefix.empty() ? total : fmt::format("{} {}", prefix, total);
  // A label the reader only knows alone on its line ("### **学习时长", bold left open) would
  // read the value as part of itself: the value then goes on the line below, where it is read.
  const std::optional<Classified> reread = classify(line);
  if (at == b->label && (!reread || reread->kind != FieldKind::Time || reread->value != total)) {
    after_[at].insert(after_[at].begin(), total);
    return Ok{};
  }
  replace_[at] = std::move(line);
  return Ok{};
}

std::string EntryEditor::render(bool bom, std::string_view eol, std::size_t reserve) const {
  std::string out;
  out.reserve(reserve);
  if (bom) out += "\xEF\xBB\xBF";
  auto put = [&](std::string_view l) {
    out += l;
    out += eol;
  };
  for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
    if (auto it = before_.find(i); it != before_.end())
      for (const auto& l : it->second) put(l);
    if (!drop_.count(i)) {
      if (auto it = replace_.find(i); it != replace_.end()) put(it->second);
      else put(lines_[i]);
    }
    if (auto it = after_.find(i); it != after_.end())
      for (const auto& l : it->second) put(l);
  }
  for (const auto& l : at_end_) put(l);
  return out;
}

Diagnostic conflict_error(std::string message, int line) {
  Diagnostic d = input_error(std::move(message));
  d.line = line;
  return d;
}

}  // namespace

Expected<std::string> apply_change(std::string_view text, const EntryChange& change, Language lang) {
  if (int line = find_conflict_marker(text))
    return conflict_error(_("git merge conflict markers; resolve the conflict before llm101 edits this entry"), line);
  const std::string_view eol = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  std::string_view body = text;
  const bool bom = starts_with(body, "\xEF\xBB\xBF");
  if (bom) body.remove_prefix(3);
  EntryEditor editor(split_lines(body), lang);

  std::vector<std::vector<std::string>> tasks(kFields.size());
  for (const FieldDef& f : kFields)
    if (f.role == FieldRole::Tasks) editor.change_tasks(f, change, tasks[static_cast<std::size_t>(f.kind)]);
  if (Status s = editor.change_item_time(change, tasks[static_cast<std::size_t>(FieldKind::ItemTime)]); !s)
    return s.error();
  for (const FieldDef& f : kFields) {
    if (f.role == FieldRole::Notes) editor.add_notes(f.kind, change.*f.change_notes);
    else if (f.role != FieldRole::Time) editor.add_notes(f.kind, tasks[static_cast<std::size_t>(f.kind)]);
  }
  if (change.minutes != 0)
    if (Status s = editor.add_minutes(change.minutes); !s) return s.error();

  std::string out = editor.render(bom, eol, text.size() + 256);
  if (int line = find_conflict_marker(out)) return conflict_error(_("the new text would contain a git conflict marker"), line);
  return out;
}

}  // namespace llm101
