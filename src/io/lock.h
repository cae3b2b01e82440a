// Locks that serialise llm101's writers of one real directory, and the sweep of temps that killed
// writers left. A lock is an flock(2) on the directory's inode (resolved path), so every path to a
// file — a symlink, a subfolder in llm101.toml, --roadmap FILE — meets the same lock.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace llm101::io {

struct LockOptions {
  int timeout_ms = -1;       // < 0: wait for ever; 0: one try
  int note_after_ms = 1000;  // then `on_wait` is called once with a "waiting for …" note
  std::function<void(const std::string&)> on_wait;
};

// An exclusive flock on a directory, released when destroyed. Every writer of files in the
// directory holds it from its read to its rename; the rename replaces a file's inode, the
// directory's stays, and no lock file is left in the user's repository.
class DirLock {
 public:
  // Resolves `dir`, waits for the lock (see LockOptions; a timeout is a Failure naming `label`
  // and the holder's pid when /proc/locks shows it), then sweeps stale temps in it.
  static Expected<DirLock> acquire(const std::string& dir, const LockOptions& options = {},
                                   std::string_view label = {});
  DirLock(DirLock&& other) noexcept;
  DirLock& operator=(DirLock&&) = delete;
  DirLock(const DirLock&) = delete;
  ~DirLock();

  dev_t device() const { return dev_; }
  ino_t inode() const { return ino_; }

 private:
  DirLock(int fd, dev_t dev, ino_t ino) : fd_(fd), dev_(dev), ino_(ino) {}
  int fd_ = -1;
  dev_t dev_ = 0;
  ino_t ino_ = 0;
};

struct LockRequest {
  std::string dir;    // any path to the directory
  std::string label;  // what the user knows it as, for the waiting note ("roadmap.md")
};

// Locks each distinct directory once (two paths to one inode are one lock), in (device, inode)
// order, so two writers that need overlapping sets can never deadlock.
Expected<std::vector<DirLock>> lock_directories(const std::vector<LockRequest>& requests,
                                                const LockOptions& options = {});

// Removes the temps (".NAME.*.llm101-tmp", and the older fixed ".NAME.llm101-tmp") in `dir` that
// no live writer owns. Safe because (1) writers create temps only while holding the directory's
// lock, which the caller holds, so no other writer is between its open and its rename here, and
// (2) each writer also holds an flock on its own temp until it is renamed or removed, and a temp
// whose flock cannot be taken at once is skipped. Returns how many were removed.
int remove_stale_temps(const std::string& dir);

// The pid holding an flock on `path` according to /proc/locks, or 0 when unknown.
int lock_holder(const std::string& path);

// Test hook: LLM101_PAUSE=POINT[@N]:DIR stops the process at the N-th (default first) pass through
// `point`: it creates DIR/POINT.reached (holding its pid), then waits until DIR/go exists. Tests
// use it to interleave two processes deterministically, or to kill one at a known step.
void pause_point(std::string_view point);

}  // namespace llm101::io
