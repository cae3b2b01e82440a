// The only place llm101 touches the file system: whole-file reads, a directory lock held across
// read-modify-write, and atomic replacement (temp file beside the target, fsync, rename).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

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
ReadResult read_regular_file_at(int dir_fd, const char* name, std::string& out);

bool exists(const std::string& path);
bool is_directory(const std::string& path);
bool is_regular_file(const std::string& path);

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

// An exclusive flock(2) on a directory, released when destroyed. Every writer of files in the
// directory holds it from its read to its rename, so concurrent writers serialise and none loses
// another's change. Locking the directory (not the file) survives the rename swapping inodes and
// needs no lock file in the user's repository.
class DirLock {
 public:
  // Waits for the lock, then clears stale temps in `dir` (see remove_stale_temps).
  static Expected<DirLock> acquire(const std::string& dir);
  DirLock(DirLock&& other) noexcept;
  DirLock& operator=(DirLock&&) = delete;
  DirLock(const DirLock&) = delete;
  ~DirLock();

 private:
  explicit DirLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

// Removes the temp files (".NAME.llm101-tmp") that writers killed mid-write left in `dir`. Call
// with the directory's lock held: then no live writer owns one. Returns how many were removed.
int remove_stale_temps(const std::string& dir);

// Writes a new version of a file: a temp file in the same directory, written in full, fsynced,
// then renamed over the target on commit(). Until then the target is untouched; the destructor
// removes an uncommitted temp. The target's permission bits are kept.
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
  std::string target_;
  std::string temp_;
  int fd_ = -1;
  bool committed_ = false;
};

// read → replace in one call: resolves symlinks, then writes atomically.
Status write_file_atomic(const std::string& path, std::string_view data);

}  // namespace llm101::io
