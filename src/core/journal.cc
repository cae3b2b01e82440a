// Reading a journal entry (parse_entry), the new-entry template and the conflict-marker scan.
// The line syntax is in journal_lines.h, the writer in journal_edit.cc.
#include "core/journal.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/i18n.h"
#include "core/journal_lines.h"
#include "core/text.h"

namespace llm101 {
namespace {

using namespace journal_lines;

// Reads an entry line by line: a label line opens a field, later lines belong to it until the
// next label or heading.
class EntryReader {
 public:
  explicit EntryReader(bool full) : full_(full) {}

  void line(std::string_view line, int n) {
    if (line.empty()) return;
    if (is_conflict(line) && !e_.conflict_line) e_.conflict_line = n;
    if (auto c = classify(line)) return label(*c, n);
    if (is_heading(line)) {
      in_field_ = false;
      time_pending_ = false;
      note_open_ = false;
      return;
    }
    if (in_field_) body(line, n);
  }

  JournalEntry take() { return std::move(e_); }

 private:
  void label(const Classified& c, int n) {
    cur_ = c.kind;
    in_field_ = true;
    time_pending_ = false;
    note_open_ = false;  // a field's first line never continues a note of an earlier field
    if (c.kind == FieldKind::Time) {
      if (c.value.empty()) time_pending_ = true;
      else add_time(c.value, n);
    } else if (!c.value.empty()) {
      add_value(c.value, n, false);
    }
  }

  void body(std::string_view line, int n) {
    std::string_view t = trim(line);
    if (t.empty()) return;
    if (cur_ == FieldKind::Time) {
      if (time_pending_) add_time(strip_bullet(t), n);
      time_pending_ = false;
      return;
    }
    bool continuation = (line[0] == ' ' || line[0] == '\t') && strip_bullet(t) == t;
    add_value(t, n, continuation);
  }

  void add_time(std::string_view value, int line) {
    if (auto m = parse_study_time(value)) {
      e_.minutes = std::min(e_.minutes + *m, kMaxStudyMinutes);  // saturates: no int overflow
    } else {
      Diagnostic d = input_error(_f(
          "cannot read the study time '{}' (counted as 0; write e.g. 2h, 1.5小时, 90分钟)", value));
      d.line = line;
      e_.warnings.push_back(std::move(d));
    }
  }

  // "- 3.1.2 多头注意力: 1.5h"; an item without a readable time is warned about, like 学习时长.
  void add_item_time(std::string_view v, int line) {
    auto t = parse_timed_task(v, line);
    if (!t) return;
    if (t->minutes >= 0) return e_.item_time.push_back(std::move(*t));
    Diagnostic d = input_error(
        _f("cannot read the study time of item {} (counted as 0; write e.g. '{}: 1.5h')", t->id, t->id));
    d.line = line;
    e_.warnings.push_back(std::move(d));
  }

  void add_value(std::string_view v, int line, bool continuation) {
    const FieldDef& f = field(cur_);
    if (f.role == FieldRole::Tasks) {
      if (auto t = parse_task(v, line)) (e_.*f.entry_tasks).push_back(std::move(*t));
      return;
    }
    if (f.role == FieldRole::ItemTime) return add_item_time(v, line);
    if (f.kind == FieldKind::Studied) e_.has_notes = true;
    if (!full_ || f.role != FieldRole::Notes) return;
    NoteList& list = e_.*f.entry_notes;
    if (continuation && note_open_ && !list.empty()) list.back() += fmt::format(" {}", trim(v));
    else list.emplace_back(strip_bullet(v));
    note_open_ = true;
  }

  JournalEntry e_;
  bool full_;
  FieldKind cur_ = FieldKind::Studied;
  bool in_field_ = false;  // a plain bool: GCC 12 warns about std::optional<enum> here
  bool time_pending_ = false;
  bool note_open_ = false;  // the last line read was a note of the current field: it may continue
};

}  // namespace

int find_conflict_marker(std::string_view text) {
  int n = 1;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if ((text[pos] == '<' || text[pos] == '>') && is_conflict(text.substr(pos))) return n;
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
    ++n;
  }
  return 0;
}

JournalEntry parse_entry(std::string_view text, bool full) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  EntryReader reader(full);
  int n = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    reader.line(line, n);
  }
  return reader.take();
}

std::vector<CompletedTask> sum_item_time(const std::vector<CompletedTask>& lines) {
  std::vector<CompletedTask> out;
  for (const CompletedTask& t : lines) {
    auto it = std::find_if(out.begin(), out.end(), [&](const CompletedTask& o) { return o.id == t.id; });
    if (it == out.end()) out.push_back(t);
    else it->minutes = std::min(it->minutes + t.minutes, kMaxStudyMinutes);
  }
  return out;
}

std::string new_entry_text(std::string_view date, Language lang) {
  std::string out = fmt::format("### {}: {}\n", lang == Language::Zh ? "日期" : "Date", date);
  for (const FieldDef& f : kFields)
    if (f.in_template) out += fmt::format("\n{}\n", label_line(f.kind, lang));
  return out;
}

std::string before_tracking_text(const std::vector<CompletedTask>& items, Language lang) {
  // File contents in the journal's language, like the entry template (never the interface's).
  std::string out = lang == Language::Zh
                        ? "# 开始记录之前完成的任务\n\n导入路线图（llm101 init）时已经勾选的条目：没有完成日期，不计入任何一天的统计。\n"
                        : "# Done before tracking\n\nItems already ticked when the roadmap was imported (llm101 init): they "
                          "have no completion date and count on no day.\n";
  EntryChange change;
  change.completed = items;
  auto text = apply_change(out, change, lang);
  return text ? *text : out;  // apply_change fails only on conflict markers, which this text has none of
}

}  // namespace llm101
