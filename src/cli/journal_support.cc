#include "cli/journal_support.h"

#include <algorithm>
#include <map>

#include "core/i18n.h"
#include "core/journal_match.h"
#include "io/fs.h"
#include "io/journal.h"

namespace llm101::cli {

std::optional<JournalPlace> journal_place(Context& ctx) {
  const io::Workspace* ws = ctx.workspace();
  if (!ws) return std::nullopt;
  JournalPlace p;
  p.dir = ws->journal_dir;
  p.display_dir = ctx.display_path(ws->journal_dir);
  if (!ws->config.allow_outside_workspace) p.root = ws->root;
  p.settings = ws->config.journal_settings();
  return p;
}

JournalPlace require_journal(Context& ctx) {
  if (auto p = journal_place(ctx)) return *p;
  throw CliError(failure(_f("not in an llm101 workspace (no {} in {} or above): the journal lives in one",
                            io::kConfigFile, ctx.env().cwd)),
                 _("run 'llm101 init' to start one here"));
}

Date today(const Context& ctx) {
  if (auto d = parse_date(ctx.env().today)) return *d;
  throw CliError(input_error(_f("today's date '{}' is not YYYY-MM-DD (check LLM101_TODAY)", ctx.env().today)));
}

std::vector<JournalEntry> load_journal(Context& ctx, const JournalPlace& place, bool full, bool quiet,
                                       bool before_tracking) {
  std::vector<Diagnostic> skipped;
  std::vector<JournalEntry> entries =
      unwrap(io::read_journal(place.dir, place.display_dir, full, place.root, skipped, before_tracking));
  if (!quiet)
    for (const Diagnostic& w : skipped) ctx.warn(w);
  if (!quiet)
    for (const JournalEntry& e : entries) {
      for (const Diagnostic& w : e.warnings) ctx.warn(w);
      if (e.minutes > kMinutesPerDay) {
        Diagnostic d = input_error(_f("{} of study time in one day (more than 24 hours)", format_hours_short(e.minutes)));
        d.file = e.file;
        ctx.warn(d);
      }
      if (e.conflict_line) {
        Diagnostic d = input_error(_("git merge conflict markers (both sides are counted until it is resolved)"));
        d.file = e.file;
        d.line = e.conflict_line;
        ctx.warn(d);
      }
    }
  return entries;
}

namespace {

// `change` applied to the journal file `name` (or to `fresh` when there is none yet).
EntryWrite prepare_file(const JournalPlace& place, const std::string& name, const std::string& fresh,
                        const EntryChange& change) {
  EntryWrite w;
  w.path = io::join_path(place.dir, name);
  w.display = place.display_dir + "/" + name;
  std::string base;
  // An entry is written by replacing it, never through a symlink: a committed link to
  // ~/.bashrc must not receive the text. Refused here, before any file of the command changes.
  if (io::is_symlink(w.path)) {
    Diagnostic d = failure(_("a symbolic link; llm101 writes journal entries only as plain files, never through a link "
                             "(replace it with the file itself)"));
    d.file = w.display;
    throw CliError(d);
  }
  if (io::exists(w.path)) {
    auto text = io::read_file_no_follow(w.path);
    if (!text) {
      Diagnostic d = text.error();
      d.file = w.display;
      throw CliError(d);
    }
    w.old_text = *text;
    base = *text;
  } else {
    base = fresh;
  }
  auto changed = apply_change(base, change, place.settings.language);
  if (!changed) {
    Diagnostic d = changed.error();
    d.file = w.display;
    throw CliError(d);
  }
  w.new_text = std::move(changed).value();
  return w;
}

}  // namespace

EntryWrite prepare_entry(const JournalPlace& place, Date date, const EntryChange& change) {
  return prepare_file(place, format_date(date) + ".md", new_entry_text(format_date(date), place.settings.language),
                      change);
}


void commit_entry(const EntryWrite& w) {
  if (w.old_text && *w.old_text == w.new_text) return;
  unwrap(io::make_directories(io::parent_directory(w.path)));
  if (auto st = io::write_file_atomic(w.path, w.new_text, io::Links::Refuse); !st) {
    Diagnostic d = st.error();
    d.file = w.display;
    throw CliError(d);
  }
}

void undo_entry(const EntryWrite& w) {
  if (w.old_text) (void)io::write_file_atomic(w.path, *w.old_text, io::Links::Refuse);
  else (void)io::remove_file(w.path);
}

std::vector<CompletedTask> hand_ticked(const Roadmap& rm, const std::vector<JournalEntry>& entries,
                                       const std::vector<std::size_t>& except) {
  std::vector<CompletedTask> out;
  for (std::size_t i : unrecorded_done_items(rm, entries))
    if (std::find(except.begin(), except.end(), i) == except.end())
      out.push_back({rm.items[i].id, rm.items[i].text, 0});
  return out;
}

}  // namespace llm101::cli

namespace llm101::cli {

namespace {

// Practice projects are dated like items: a checked project's line (P1.1 …) goes into today's
// entry (a study day), an unchecked one's leaves the newest entry listing it. By ID: a project's
// ID does not move when checklist items are added.
void project_changes(const std::vector<JournalEntry>& entries, const std::vector<CompletedTask>& projects, bool done,
                     std::map<std::string, EntryChange>& changes, const std::string& now) {
  for (const CompletedTask& p : projects) {
    if (done) {
      changes[now].completed.push_back(p);
      continue;
    }
    for (auto e = entries.rbegin(); e != entries.rend(); ++e) {
      auto listed = std::find_if(e->completed.begin(), e->completed.end(),
                                 [&](const CompletedTask& t) { return t.id == p.id; });
      if (listed == e->completed.end()) continue;
      changes[e->date].uncompleted.push_back(p.id);
      break;
    }
  }
}

}  // namespace

std::vector<EntryWrite> completion_writes(Context& ctx, const Roadmap& rm, const std::vector<std::size_t>& changed,
                                          bool done, std::vector<CompletedTask>& picked,
                                          const std::vector<std::size_t>& started,
                                          const std::vector<CompletedTask>& projects) {
  if (!ctx.globals().roadmap_file.empty()) return {};
  std::optional<JournalPlace> place = journal_place(ctx);
  if (!place) return {};
  const std::string now = format_date(today(ctx));
  std::vector<JournalEntry> entries = load_journal(ctx, *place, false, true, true);
  // By date text; "" is the before-tracking record (sorted first), whose lines uncheck removes too.
  std::map<std::string, EntryChange> changes;
  EntryChange& today_change = changes[now];
  picked = hand_ticked(rm, entries, changed);
  const std::vector<std::vector<std::size_t>> mapped = done ? std::vector<std::vector<std::size_t>>() : map_completed(rm, entries);
  today_change.completed = picked;
  for (std::size_t i : started) today_change.started.push_back({rm.items[i].id, rm.items[i].text, 0});
  for (std::size_t i : changed) {
    const TaskItem& it = rm.items[i];
    if (done) {
      today_change.completed.push_back({it.id, it.text, 0});
      continue;
    }
    // The newest entry listing the item (by its text first, its ID second: journal_match.h) is
    // the one that dated it; its line goes, under the ID it was written with.
    for (std::size_t e = entries.size(); e-- > 0;) {
      const std::vector<std::size_t>& named = mapped[e];
      auto listed = std::find(named.begin(), named.end(), i);
      if (listed == named.end()) continue;
      changes[entries[e].date].uncompleted.push_back(entries[e].completed[listed - named.begin()].id);
      break;
    }
  }
  project_changes(entries, projects, done, changes, now);
  std::vector<EntryWrite> writes;
  for (const auto& [date, change] : changes) {
    if (change.empty()) continue;
    const std::string name = date.empty() ? std::string(kBeforeTrackingFile) : date + ".md";
    writes.push_back(prepare_file(*place, name, new_entry_text(date, place->settings.language), change));
  }
  return writes;
}

void commit_all(const std::vector<EntryWrite>& writes) {
  for (std::size_t i = 0; i < writes.size(); ++i) {
    try {
      commit_entry(writes[i]);
    } catch (...) {
      for (std::size_t j = 0; j < i; ++j) undo_entry(writes[j]);
      throw;
    }
  }
}

}  // namespace llm101::cli
