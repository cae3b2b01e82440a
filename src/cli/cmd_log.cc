// llm101 log [TEXT|-] [--hours H] [--problem T] [--next T] [--date D] [--edit]: writes a day's
// journal entry in the 学习日志 template, creating it or extending it (notes appended, hours
// added). With no text on a terminal (or --edit) it opens $VISUAL/$EDITOR on the entry instead;
// the workspace lock is not held while the editor runs, and the entry is re-read afterwards.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <cstring>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/git_support.h"
#include "cli/journal_support.h"
#include "core/i18n.h"
#include "core/journal_fields.h"
#include "core/text.h"
#include "io/fs.h"

namespace llm101::cli {
namespace {

std::string read_stdin() {
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw CliError(failure(_f("cannot read standard input: {}", std::strerror(errno))));
    if (n == 0) break;
    data.append(buf, static_cast<std::size_t>(n));
  }
  return data;
}

// Runs the editor through the shell (so EDITOR="code -w" works) and waits for it.
void run_editor(const std::string& editor, const std::string& path) {
  pid_t pid = ::fork();
  if (pid < 0) throw CliError(failure(_f("cannot start the editor: {}", std::strerror(errno))));
  if (pid == 0) {
    std::string script = editor + " \"$1\"";
    ::execl("/bin/sh", "sh", "-c", script.c_str(), "sh", path.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw CliError(failure(_f("the editor '{}' failed (exit status {}); the entry is as the editor left it",
                                       editor, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status))));
}

// A day holds at most 24 hours: adding to a day that would then hold more is an input error.
void refuse_over_a_day(const JournalPlace& place, Date date, const std::vector<JournalEntry>& entries, int minutes) {
  if (minutes == 0) return;
  const std::string day = format_date(date);
  for (const JournalEntry& e : entries) {
    if (e.date != day || std::int64_t{e.minutes} + minutes <= kMinutesPerDay) continue;
    Diagnostic d = input_error(_f("{} would hold {} of study time ({} logged + {}); a day has 24 hours", day,
                                           format_hours_short(std::int64_t{e.minutes} + minutes),
                                           format_hours_short(e.minutes), format_hours_short(minutes)));
    d.file = place.display_dir + "/" + day + ".md";
    throw CliError(d);
  }
}

// --date, checked: a date, in the kept range, not in the future.
Date log_date(const Args& args, Date now) {
  auto date = parse_date_arg(args.get("date", "today"), now);
  if (!date)
    throw CliError(input_error(_f("--date: '{}' is not a date (use YYYY-MM-DD, today or yesterday)", args.get("date"))));
  if (!in_date_range(*date))
    throw CliError(input_error(_f("--date: {} is outside the dates llm101 keeps ({}-01-01 to {}-12-31)",
                                           format_date(*date), kFirstYear, kLastYear)));
  if (*date > now)
    throw CliError(input_error(_f("--date: {} is in the future (today is {})", format_date(*date), format_date(now))));
  return *date;
}

// `log 2h` is a forgotten --hours far more often than a note saying "2h": refused (exit 2,
// nothing written) with both ways on, so the hours never silently become a note.
void refuse_time_as_note(std::string_view text) {
  auto minutes = parse_study_time(text);
  if (!minutes || *minutes == 0) return;
  throw CliError(input_error(_f("'{}' looks like a study time, not a note", text)),
                 _f("to log the time: llm101 log --hours '{}'; to keep it as a note, give --hours too: "
                    "llm101 log --hours 0 '{}'", text, text));
}

// --item ID…: the log's hours given to those items, split evenly (the first items get the odd
// minutes). Items only: a section's hours would have to be guessed apart.
void attribute_hours(Context& ctx, const Args& args, EntryChange& change) {
  if (!args.has("item")) return;
  if (change.minutes == 0)
    throw CliError(input_error(_("--item: give --hours too: the item is given the hours of this log")));
  const RoadmapFile& file = ctx.roadmap();
  std::vector<std::size_t> items;
  for (const std::string& id : args.all("item")) {
    std::vector<std::size_t> one = resolve_ids(file, {id});  // unknown IDs: the usual error
    if (!file.roadmap.find_item(id))
      throw CliError(input_error(_f("--item: {} is a section or stage; give an item's ID (e.g. {})", id,
                                    file.roadmap.items[one.front()].id)));
    if (std::find(items.begin(), items.end(), one.front()) == items.end()) items.push_back(one.front());
  }
  const int n = static_cast<int>(items.size());
  for (int k = 0; k < n; ++k) {
    const TaskItem& it = file.roadmap.items[items[static_cast<std::size_t>(k)]];
    change.item_time.push_back({it.id, it.text, 0, change.minutes / n + (k < change.minutes % n ? 1 : 0)});
  }
}

// The change the options and the note ask for (TEXT, "-" for standard input, --hours, --item …).
EntryChange change_from_args(Context& ctx, const Args& args) {
  EntryChange change;
  if (args.has("hours")) {
    std::string h = args.get("hours");
    auto minutes = parse_study_time(h);
    if (!minutes || trim(h).empty())
      throw CliError(input_error(_f("--hours: '{}' is not a study time (e.g. 2, 1.5, 1.5h, 90min, 2h30m)", h)));
    if (*minutes > kMinutesPerDay) throw CliError(input_error(_f("--hours: '{}' is more than a day", h)));
    change.minutes = *minutes;
  }
  std::vector<std::string> words = args.has("TEXT") ? args.all("TEXT") : std::vector<std::string>{};
  if (words.size() == 1 && words[0] == "-") {
    std::string text = read_stdin();
    if (trim(text).empty()) throw CliError(input_error(_("nothing to log: standard input was empty")));
    change.studied.push_back(std::string(trim(text)));
  } else if (!words.empty()) {
    std::string text = fmt::format("{}", fmt::join(words, " "));
    if (!args.has("hours")) refuse_time_as_note(trim(text));
    if (!trim(text).empty()) change.studied.push_back(std::string(trim(text)));
  }
  for (const FieldDef& f : kFields) {
    if (f.log_option.empty()) continue;
    const std::string key = option_key(f.log_option);
    if (args.has(key) && !trim(args.get(key)).empty()) (change.*f.change_notes).push_back(args.get(key));
  }
  attribute_hours(ctx, args, change);
  return change;
}

// "journal/2026-11-29.md: +1.5h, 3.5h on 2026-11-29": what was added, then the day's total.
std::string logged_note(const std::string& file, int added, int total, Date date) {
  if (!added) return _f("{}: {} on {}", file, format_hours_short(total), display_date(date));
  return _f("{}: +{}, {} on {}", file, format_hours_short(added), format_hours_short(total), display_date(date));
}

// The commit of a log: "log 2026-11-29 +2h", the notes in the body.
void commit_log(Context& ctx, const EntryWrite& w, const EntryChange& change, Date date, bool edited) {
  Change c;
  c.paths.push_back(w.path);
  c.subject = fmt::format("log {}", format_date(date));
  // Commit messages are shared history: English whatever the interface language.
  if (change.minutes) c.subject += " +" + format_hours_short(change.minutes, Language::En);
  if (edited) c.subject += " (edited)";
  c.command = c.subject;
  for (const auto* notes : {&change.studied, &change.problems, &change.next})
    for (const std::string& n : *notes) c.body.push_back("- " + n);
  std::vector<io::DirLock> locks = ctx.lock();
  commit_change(ctx, c);
}

int run_log(Context& ctx, const Args& args) {
  const Date now = today(ctx);
  const JournalPlace place = require_journal(ctx);

  // Validate everything before touching a file.
  const std::optional<Date> date = log_date(args, now);
  EntryChange change = change_from_args(ctx, args);

  const bool edit = args.has("edit") || (change.empty() && ctx.env().stdin_tty);
  if (change.empty() && !edit)
    throw CliError(input_error(_("nothing to log: give a note, --hours, --problem or --next")),
                   _("llm101 log --hours 1 \"what you studied\", or 'echo note | llm101 log -'"));
  if (edit && ctx.env().editor.empty())
    throw CliError(input_error(_("no editor: set VISUAL or EDITOR, or give the note as an argument")));

  EntryWrite w;
  std::vector<CompletedTask> picked;
  {
    std::vector<io::DirLock> locks = ctx.lock();
    std::vector<JournalEntry> entries = load_journal(ctx, place, false, true, true);
    refuse_over_a_day(place, *date, entries, change.minutes);
    // Items ticked by hand are dated the day llm101 first sees them: today.
    if (*date == now && ctx.globals().roadmap_file.empty()) {
      try {
        picked = hand_ticked(ctx.reload_roadmap().roadmap, entries);
      } catch (const CliError&) {
        // An unreadable roadmap must not stop the journal; `status` reports it.
      }
      change.completed = picked;
    }
    w = prepare_entry(place, *date, change);
    commit_entry(w);
  }  // the lock is released before an editor runs

  if (!picked.empty()) {
    std::vector<std::string> ids;
    for (const CompletedTask& t : picked) ids.push_back(t.id);
    ctx.note(_nf("dated {} item ticked by hand in {}: {}", "dated {} items ticked by hand in {}: {}", ids.size(),
                 ids.size(), w.display, fmt::join(ids, " ")));
  }
  if (edit) run_editor(ctx.env().editor, w.path);

  // Re-read: the editor (or another writer) may have changed the entry.
  auto text = io::read_file(w.path);
  if (!text) throw CliError(text.error());
  JournalEntry e = parse_entry(*text, true);
  for (Diagnostic& d : e.warnings) {
    d.file = w.display;
    ctx.warn(d);
  }
  if (e.conflict_line) {
    Diagnostic d = input_error(_("git merge conflict markers in the entry"));
    d.file = w.display;
    d.line = e.conflict_line;
    ctx.warn(d);
  }
  ctx.note(logged_note(w.display, change.minutes, e.minutes, *date));
  commit_log(ctx, w, change, *date, edit);
  return 0;
}

// --hours, then one option per note field that has one in kFields, then --date and --edit.
std::vector<OptionSpec> log_options() {
  std::vector<OptionSpec> options = {{"--hours", N_("Study time to add (2, 1.5h, 90min, 2h30m, 1.5小时)"), "H", ""}};
  for (const FieldDef& f : kFields)
    if (!f.log_option.empty()) options.push_back({std::string(f.log_option), std::string(f.log_help), "TEXT", ""});
  options.push_back({"--item", N_("Give this log's hours to item ID (repeatable: split evenly); without it they stay general"),
                     "ID", "", {}, true, Completes::Items});
  options.push_back({"--date", N_("The day to log: today, yesterday or YYYY-MM-DD"), "DATE", "today", {}, false, Completes::Dates});
  options.push_back({"-e,--edit", N_("Open the entry in $VISUAL/$EDITOR (after applying the other options)"), "", ""});
  return options;
}

}  // namespace

CommandSpec log_command() {
  return {
      .name = "log",
      .summary = N_("Write today's journal entry (学习日志): notes, hours, problems, next steps"),
      .examples = N_("  llm101 log --hours 2 \"读了 Attention Is All You Need\"\n"
                  "  llm101 log --hours 1.5 --problem \"位置编码的推导\" --next \"多头注意力\"\n"
                  "  llm101 log --date yesterday --hours 1 \"补记：NumPy 练习\"\n"
                  "  echo \"复习 Transformer\" | llm101 log --hours 1 -\n"
                  "  llm101 log                    no text on a terminal: edit today's entry in $VISUAL/$EDITOR\n"
                  "A second log on the same day extends the entry: notes are appended, hours added.\n"
                  "Hours: 2, 1.5, 1.5h, 90min, 2h30m, 1.5小时, 90分钟, 2小时30分钟.\n"),
      .options = log_options(),
      .positionals = {{"TEXT", N_("What you studied (学习内容); '-' reads it from standard input"), true, false}},
      .needs = Needs::Workspace,
      .hidden = false,
      .run = run_log,
  };
}

}  // namespace llm101::cli
