#include "core/gitflow.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/hours.h"
#include "core/i18n.h"

namespace llm101 {
namespace {

constexpr std::string_view kCommandTrailer = "Llm101-Command: ";
constexpr std::string_view kUndoesTrailer = "Llm101-Undoes: ";

// A path with gitattributes glob characters escaped; nullopt when it cannot be a pattern
// (control characters, an empty or ".." component).
std::optional<std::string> escape_glob(std::string_view path) {
  if (path.empty()) return std::nullopt;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    if (i < path.size() && path[i] != '/') continue;
    std::string_view part = path.substr(start, i - start);
    if (part == ".." || part.empty()) return std::nullopt;
    start = i + 1;
  }
  std::string escaped;
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return std::nullopt;
    if (c == '*' || c == '?' || c == '[' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

// Quoted C style when git would otherwise read part of the pattern as syntax: a space or quote
// ends it, a leading '#' or '!' makes a comment or a negation.
std::string quote_pattern(const std::string& p) {
  bool quote = p[0] == '#' || p[0] == '!' || p.find_first_of(" \"") != std::string::npos;
  if (!quote) return p;
  std::string out = "\"";
  for (char c : p) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

// "./journal/" → "journal"; "." → "".
std::string tidy(std::string_view p) {
  while (p.substr(0, 2) == "./") p.remove_prefix(2);
  while (!p.empty() && p.back() == '/') p.remove_suffix(1);
  if (p == ".") return {};
  return std::string(p);
}

std::string_view first_word(std::string_view s) { return s.substr(0, s.find(' ')); }

// The pattern of a .gitattributes line: a quoted pattern up to its closing quote, else the
// first whitespace-separated word.
std::string_view pattern_of(std::string_view line) {
  std::size_t b = line.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  line.remove_prefix(b);
  if (line[0] != '"') return line.substr(0, line.find_first_of(" \t"));
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\') ++i;
    else if (line[i] == '"') return line.substr(0, i + 1);
  }
  return line;
}

}  // namespace

std::string shell_quote(std::string_view s) {
  bool plain = !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("/._-+=:,@%").find(c) != std::string_view::npos;
  });
  if (plain) return std::string(s);
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::string driver_command(std::string_view binary) {
  return fmt::format("{} merge-driver %O %A %B %P", shell_quote(binary));
}

std::vector<std::string> attribute_lines(std::string_view roadmap, std::string_view journal_dir) {
  std::vector<std::string> lines;
  if (auto p = escape_glob(tidy(roadmap))) lines.push_back(fmt::format("{} merge={}", quote_pattern(*p), kMergeDriver));
  // A journal at the top itself gets no line: "*.md" would take every Markdown file.
  if (auto p = escape_glob(tidy(journal_dir)))
    lines.push_back(fmt::format("{} merge={}", quote_pattern(*p + "/*.md"), kMergeDriver));
  return lines;
}

std::optional<std::string> add_attribute_lines(std::string_view existing, const std::vector<std::string>& lines,
                                               std::vector<std::string>& added) {
  // Present: a line with the same pattern that already sets merge=llm101.
  std::set<std::string> have;
  std::size_t pos = 0;
  while (pos < existing.size()) {
    std::size_t end = existing.find('\n', pos);
    if (end == std::string_view::npos) end = existing.size();
    std::string_view line = existing.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find(fmt::format("merge={}", kMergeDriver)) != std::string_view::npos)
      have.insert(std::string(pattern_of(line)));
    pos = end + 1;
  }
  std::string text(existing);
  added.clear();
  for (const std::string& l : lines) {
    if (have.count(std::string(pattern_of(l)))) continue;
    if (!text.empty() && text.back() != '\n') text += '\n';
    text += l + "\n";
    added.push_back(l);
    have.insert(std::string(pattern_of(l)));
  }
  if (added.empty()) return std::nullopt;
  return text;
}

std::string commit_message(std::string_view subject, std::string_view command, const std::vector<std::string>& body,
                           std::string_view undoes) {
  std::string msg(subject);
  msg += "\n\n";
  for (const std::string& b : body) msg += b + "\n";
  if (!body.empty()) msg += "\n";
  msg += fmt::format("{}{}\n", kCommandTrailer, command);
  if (!undoes.empty()) msg += fmt::format("{}{}\n", kUndoesTrailer, undoes);
  return msg;
}

std::vector<LogRecord> parse_log_records(std::string_view log) {
  std::vector<LogRecord> out;
  std::size_t pos = 0;
  while (pos < log.size()) {
    std::size_t end = log.find('\0', pos);
    if (end == std::string_view::npos) end = log.size();
    std::string_view rec = log.substr(pos, end - pos);
    pos = end + 1;
    while (!rec.empty() && rec.front() == '\n') rec.remove_prefix(1);
    std::size_t a = rec.find('\x1f'), b = a == std::string_view::npos ? a : rec.find('\x1f', a + 1);
    if (b == std::string_view::npos) continue;
    LogRecord r{std::string(rec.substr(0, a)), std::string(rec.substr(a + 1, b - a - 1)), {}, {}, {}};
    std::string_view body = rec.substr(b + 1);
    r.subject = std::string(body.substr(0, body.find('\n')));
    // Trailers are whole lines; the last one of each kind wins, as git reads them.
    std::size_t lp = 0;
    while (lp < body.size()) {
      std::size_t le = body.find('\n', lp);
      if (le == std::string_view::npos) le = body.size();
      std::string_view line = body.substr(lp, le - lp);
      if (line.substr(0, kCommandTrailer.size()) == kCommandTrailer) r.command = line.substr(kCommandTrailer.size());
      if (line.substr(0, kUndoesTrailer.size()) == kUndoesTrailer) r.undoes = line.substr(kUndoesTrailer.size());
      lp = le + 1;
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::optional<std::size_t> undo_target(const std::vector<LogRecord>& records) {
  std::set<std::string> undone;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const LogRecord& r = records[i];
    if (r.command.empty()) continue;
    std::string_view verb = first_word(r.command);
    if (verb == "undo") {
      if (!r.undoes.empty()) undone.insert(r.undoes);
      continue;
    }
    if (verb == "init" || verb == "sync" || undone.count(r.hash)) continue;
    return i;
  }
  return std::nullopt;
}

std::string items_subject(std::string_view verb, const std::vector<std::string>& ids,
                          const std::vector<std::string>& changed) {
  if (changed.size() == 1) return fmt::format("{} {}", verb, changed[0]);
  return fmt::format("{} {} ({} items)", verb, fmt::join(ids, " "), changed.size());
}

std::vector<std::string> items_turned(const Roadmap& before, const Roadmap& after, bool done) {
  std::map<std::string_view, bool> was;
  for (const TaskItem& it : before.items) was[it.id] = it.done;
  std::vector<std::string> out;
  for (const TaskItem& it : after.items) {
    auto w = was.find(it.id);
    if (it.done == done && (w == was.end() ? done : w->second != done)) out.push_back(it.id + " " + it.text);
  }
  return out;
}

namespace {
void list_lines(std::string& out, const std::vector<std::string>& lines, std::size_t limit) {
  for (std::size_t i = 0; i < lines.size() && i < limit; ++i) out += fmt::format("    {}\n", lines[i]);
  if (lines.size() > limit) out += _f("    … and {} more\n", lines.size() - limit);
}
}  // namespace

std::string render_sync_report(const SyncReport& r) {
  std::string out;
  if (!r.committed.empty()) out += _f("committed: {}\n", fmt::join(r.committed, ", "));
  const std::size_t in = r.in_subjects.size(), pushed = r.out_subjects.size();
  if (in == 0) {
    out += _f("in:  nothing new from {}\n", r.upstream);
  } else {
    out += _nf("in:  {} commit from {}\n", "in:  {} commits from {}\n", in, in, r.upstream);
    list_lines(out, r.in_subjects, 10);
    if (!r.newly_done.empty()) out += _f("  newly done: {}\n", fmt::join(r.newly_done, ", "));
    if (!r.newly_open.empty()) out += _f("  unchecked: {}\n", fmt::join(r.newly_open, ", "));
    if (r.minutes_in != 0)
      out += _f("  hours: {}{}\n", r.minutes_in > 0 ? "+" : "-", format_hours_short(std::abs(r.minutes_in)));
  }
  if (pushed == 0) {
    out += _f("out: nothing to push to {}\n", r.upstream);
  } else {
    out += _nf("out: {} commit to {}\n", "out: {} commits to {}\n", pushed, pushed, r.upstream);
    list_lines(out, r.out_subjects, 10);
  }
  return out;
}

}  // namespace llm101
