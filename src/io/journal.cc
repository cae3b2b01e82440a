#include "io/journal.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/date.h"
#include "core/i18n.h"
#include "io/fs.h"

namespace llm101::io {

bool is_entry_file_name(std::string_view name) {
  return name.size() == 13 && name.substr(10) == ".md" && parse_date(name.substr(0, 10)).has_value();
}

Expected<std::vector<JournalEntry>> read_journal(const std::string& dir, const std::string& display_dir, bool full) {
  std::vector<JournalEntry> entries;
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    if (errno == ENOENT || errno == ENOTDIR) return entries;
    return Diagnostic{_f("cannot read the journal directory: {}", std::strerror(errno)), display_dir, 0, 0,
                      ErrorKind::Failure};
  }
  std::vector<std::string> names;
  while (dirent* de = ::readdir(d))
    if (is_entry_file_name(de->d_name)) names.emplace_back(de->d_name);
  ::closedir(d);
  std::sort(names.begin(), names.end());  // YYYY-MM-DD sorts by date
  entries.reserve(names.size());
  if (names.empty()) return entries;
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) return Diagnostic{_f("cannot read the journal directory: {}", std::strerror(errno)), display_dir,
                                 0, 0, ErrorKind::Failure};
  std::string text;
  for (const std::string& name : names) {
    // openat on the directory: one path lookup per file.
    ReadResult r = read_regular_file_at(dfd, name.c_str(), text);
    if (r.outcome == ReadResult::NotRegular) continue;  // a directory, FIFO or device named like an entry
    if (r.outcome != ReadResult::Read) {
      ::close(dfd);
      return Diagnostic{r.outcome == ReadResult::OpenFailed ? _f("cannot open: {}", std::strerror(r.err))
                                                            : _f("cannot read: {}", std::strerror(r.err)),
                        display_dir + "/" + name, 0, 0, ErrorKind::Failure};
    }
    JournalEntry e = parse_entry(text, full);
    e.date = name.substr(0, 10);
    e.file = display_dir + "/" + name;
    for (Diagnostic& w : e.warnings) w.file = e.file;
    entries.push_back(std::move(e));
  }
  ::close(dfd);
  return entries;
}

}  // namespace llm101::io
