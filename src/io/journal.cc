#include "io/journal.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/journal_names.h"
#include "io/fs.h"

namespace llm101::io {

bool is_entry_file_name(std::string_view name) {
  return name.size() == 13 && name.substr(10) == ".md" && parse_date(name.substr(0, 10)).has_value();
}

namespace {

enum class Read { Ok, Skip, Error };

// What a symlink named like an entry is: followed when it stays inside `root` (or `root` is
// empty), skipped with a warning when it leads nowhere, refused when it leads outside.
Read check_link(const std::string& dir, const std::string& name, const std::string& display,
                const std::string& root, std::vector<Diagnostic>& warnings, Diagnostic& error) {
  char buf[PATH_MAX];
  std::string path = dir + "/" + name;
  if (!::realpath(path.c_str(), buf)) {
    warnings.push_back(Diagnostic{_("a symbolic link to nothing (dangling); skipped"), display, 0, 0, ErrorKind::Failure});
    return Read::Skip;
  }
  if (root.empty() || is_inside(root, buf)) return Read::Ok;
  error = Diagnostic{_f("a symbolic link leading outside the workspace (to {}); refusing to read it", buf),
                     display, 0, 0, ErrorKind::Failure};
  return Read::Error;
}

using EntryNames = std::vector<std::pair<std::string, bool>>;  // name, is a symlink

// The entry files in `dir`, sorted by date (none when the directory is missing). A near miss
// (2026-1-5.md, notes.md) is not read; said in `warnings`, so its hours do not vanish unseen.
Expected<EntryNames> entry_names(const std::string& dir, const std::string& display_dir,
                                 std::vector<Diagnostic>& warnings, bool before_tracking) {
  EntryNames names;
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    if (errno == ENOENT || errno == ENOTDIR) return names;
    return Diagnostic{_f("cannot read the journal directory: {}", std::strerror(errno)), display_dir, 0, 0,
                      ErrorKind::Failure};
  }
  while (dirent* de = ::readdir(d)) {
    if (auto why = misnamed_entry(de->d_name))
      warnings.push_back(Diagnostic{*why, display_dir + "/" + de->d_name, 0, 0, ErrorKind::Failure});
    if (is_entry_file_name(de->d_name) || (before_tracking && de->d_name == kBeforeTrackingFile)) {
      struct stat st {};
      bool link = de->d_type == DT_LNK ||
                  (de->d_type == DT_UNKNOWN && ::fstatat(::dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                   S_ISLNK(st.st_mode));
      names.emplace_back(de->d_name, link);
    }
  }
  ::closedir(d);
  std::sort(warnings.begin(), warnings.end(),
            [](const Diagnostic& a, const Diagnostic& b) { return a.file < b.file; });  // readdir order is arbitrary
  std::sort(names.begin(), names.end());  // YYYY-MM-DD sorts by date
  return names;
}

}  // namespace

Expected<std::vector<JournalEntry>> read_journal(const std::string& dir, const std::string& display_dir, bool full,
                                                 const std::string& root, std::vector<Diagnostic>& warnings,
                                                 bool before_tracking) {
  std::vector<JournalEntry> entries;
  auto listed = entry_names(dir, display_dir, warnings, before_tracking);
  if (!listed) return listed.error();
  const EntryNames& names = *listed;
  entries.reserve(names.size());
  if (names.empty()) return entries;
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) return Diagnostic{_f("cannot read the journal directory: {}", std::strerror(errno)), display_dir,
                                 0, 0, ErrorKind::Failure};
  std::string text;
  for (const auto& [name, link] : names) {
    std::string display = display_dir + "/" + name;
    if (link) {
      Diagnostic error;
      Read r = check_link(dir, name, display, root, warnings, error);
      if (r == Read::Skip) continue;
      if (r == Read::Error) {
        ::close(dfd);
        return error;
      }
    }
    // openat on the directory: one path lookup per file.
    ReadResult r = read_regular_file_at(dfd, name.c_str(), text);
    if (r.outcome == ReadResult::NotRegular) continue;  // a directory, FIFO or device named like an entry
    if (r.outcome != ReadResult::Read) {
      ::close(dfd);
      return Diagnostic{r.outcome == ReadResult::OpenFailed ? _f("cannot open: {}", std::strerror(r.err))
                                                            : _f("cannot read: {}", std::strerror(r.err)),
                        display, 0, 0, ErrorKind::Failure};
    }
    JournalEntry e = parse_entry(text, full);
    e.date = name == kBeforeTrackingFile ? std::string() : name.substr(0, 10);
    e.file = display;
    if (auto said = header_date(text); said && parse_date(*said) && *said != e.date && !e.date.empty())
      warnings.push_back(Diagnostic{_f("the header says {} but the file name says {}; counted on {} "
                                       "(rename the file or correct the header)", *said, e.date, e.date),
                                    display, 1, 0, ErrorKind::Failure});
    for (Diagnostic& w : e.warnings) w.file = e.file;
    entries.push_back(std::move(e));
  }
  ::close(dfd);
  // The record of what was done before tracking goes first: older than any day.
  std::stable_partition(entries.begin(), entries.end(), [](const JournalEntry& e) { return is_before_tracking(e); });
  return entries;
}

Expected<std::vector<JournalEntry>> read_journal(const std::string& dir, const std::string& display_dir, bool full) {
  std::vector<Diagnostic> warnings;
  return read_journal(dir, display_dir, full, "", warnings);
}

}  // namespace llm101::io
