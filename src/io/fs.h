// The only place llm101 touches the file system: whole-file reads, a directory lock held across
// read-modify-write, and atomic replacement (temp file beside the target, fsync, rename).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "io/lock.h"

namespace llm101::io {

// Whole file. Missing, unreadable or a directory: an Input error naming the path.
Expected<std::string> read_file(const std::string& path);

// The one reader under read_file and the journal reader: the whole of the regular file `name`
// in the directory open as `dir_fd` (AT_FDCWD: the working directory) into `out`. Never hangs
// on a FIFO and never reads a device.
struct ReadResult {
  enum Outcome { Read, OpenFailed, NotRegular, ReadFailed } outcome;
  int err;  // errno; EISDIR for a directory
};
ReadResult read_regular_file_at(int dir_fd, const char* name, std::string& out, int flags = 0);  // flags: e.g. O_NOFOLLOW

bool exists(const std::string& path);
bool is_directory(const std::string& path);
bool is_regular_file(const std::string& path);
bool is_symlink(const std::string& path);  // the name itself (lstat), dangling or not

// `path` with symlinks resolved when it exists (so writes go to the link's target and the link
// stays a link); otherwise `path` unchanged.
std::string resolve_symlinks(const std::string& path);
std::string parent_directory(const std::string& path);
std::string join_path(const std::string& dir, const std::string& name);
std::string current_directory();

// Removes a file; a missing file is fine (used to undo a new entry when a later write fails).
Status remove_file(const std::string& path);

// Creates `path` (and missing parents) as directories.
Status make_directories(const std::string& path);
// Removes an empty directory (undoing make_directories); a missing one is fine.
Status remove_directory(const std::string& path);

// Writes a new version of a file: a temp file in the same directory, written in full, fsynced,
// then renamed over the target on commit(). Until then the target is untouched; the destructor
// removes an uncommitted temp. The target's permission bits are kept. The temp's name is unique
// (".NAME.PID-RANDOM.llm101-tmp", created O_EXCL) and flocked until renamed, so a sweep never
// takes a live writer's temp (see remove_stale_temps). An existing target that is read-only (no
// write permission) or has other hard links is refused: a rename would silently replace a
// protected file or split the links.
class AtomicFile {
 public:
  explicit AtomicFile(std::string target);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  Status write(std::string_view data);
  Status commit();
  const std::string& temp_path() const { return temp_; }

 private:
  Status open_temp();

  std::string target_;
  std::string temp_;
  int fd_ = -1;
  int lock_fd_ = -1;  // a dup holding the temp's flock until the rename
  bool committed_ = false;
};

enum class Links {
  Follow,  // a symlink is resolved: its target is replaced, the link stays (the roadmap)
  Refuse,  // a symlink is refused (journal entries: an append must never land in a file it does not own)
};

// read → replace in one call: resolves symlinks (or refuses one), then writes atomically.
Status write_file_atomic(const std::string& path, std::string_view data, Links links = Links::Follow);

// Whole file, refusing a symlink (O_NOFOLLOW): for files llm101 will write back.
Expected<std::string> read_file_no_follow(const std::string& path);

// True when `path`, resolved, is `root` (resolved) or below it. A path that does not exist yet is
// judged by its nearest existing ancestor plus the rest of the path.
bool is_inside(const std::string& root, const std::string& path);

}  // namespace llm101::io
