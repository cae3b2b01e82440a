#include "io/fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string_view>

#include <fmt/format.h>

#include "core/i18n.h"
#include "io/lock.h"
#include "io/test_hook.h"

namespace llm101::io {
namespace {

Diagnostic os_error(ErrorKind kind, std::string_view what, const std::string& path, int err) {
  Diagnostic d{fmt::format("{}: {}", what, std::strerror(err)), path, 0, 0, kind};
  return d;
}

// Test hook: LLM101_FAULT_INJECT=OP[@N][:ERRNO] makes the write path's OP (open, write, chmod,
// fsync, close, rename) fail with ERRNO (EIO, ENOSPC, EROFS, EDQUOT, EFBIG or a number; default
// EIO) — every time, or only its N-th call in this process (so a command writing two files can
// fail on the second). Tests use it to prove a failing disk never costs the original file. A
// failing write first writes half its data, like a disk that fills up mid-file. Read only here.
int injected_fault(std::string_view op) {
  static const TestHook hook = read_test_hook("LLM101_FAULT_INJECT");
  static int calls = 0;
  if (!hook_fires(hook, op, calls)) return 0;
  std::string_view err = hook.arg.empty() ? "EIO" : std::string_view(hook.arg);
  if (err == "ENOSPC") return ENOSPC;
  if (err == "EROFS") return EROFS;
  if (err == "EDQUOT") return EDQUOT;
  if (err == "EFBIG") return EFBIG;
  int n = std::atoi(std::string(err).c_str());
  return n > 0 ? n : EIO;
}

std::string base_name(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

ReadResult read_regular_file_at(int dir_fd, const char* name, std::string& out, int flags) {
  out.clear();
  // O_NONBLOCK: opening a FIFO without a writer must not hang. Only regular files are read, so
  // a FIFO, /dev/zero or a socket gets an answer instead of a hang or an endless read.
  int fd = ::openat(dir_fd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK | flags);
  if (fd < 0) return {errno == EISDIR ? ReadResult::NotRegular : ReadResult::OpenFailed, errno};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return {ReadResult::ReadFailed, err};
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return {ReadResult::NotRegular, S_ISDIR(st.st_mode) ? EISDIR : 0};
  }
  // Read straight into the string, sized from fstat plus one byte; a short read of a regular
  // file is its end, which saves a second read(2) per file (a tenth of the system calls when
  // `status` reads ten years of daily entries). Grown if the file is longer than it said.
  std::size_t used = 0;
  out.resize(st.st_size > 0 ? static_cast<std::size_t>(st.st_size) + 1 : 65536);
  for (;;) {
    if (used == out.size()) out.resize(out.size() * 2);
    const std::size_t want = out.size() - used;
    ssize_t n = ::read(fd, out.data() + used, want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      out.clear();
      return {err == EISDIR ? ReadResult::NotRegular : ReadResult::ReadFailed, err};
    }
    used += static_cast<std::size_t>(n);
    // A file that says it is empty (as /proc files do) is read to the end.
    if (n == 0 || (st.st_size > 0 && static_cast<std::size_t>(n) < want)) break;
  }
  ::close(fd);
  out.resize(used);
  return {ReadResult::Read, 0};
}

Status remove_file(const std::string& path) {
  if (::unlink(path.c_str()) == 0 || errno == ENOENT) return Ok{};
  return os_error(ErrorKind::Failure, _("cannot remove"), path, errno);
}

namespace {

Expected<std::string> read_file_with(const std::string& path, int flags) {
  std::string data;
  ReadResult r = read_regular_file_at(AT_FDCWD, path.c_str(), data, flags);
  switch (r.outcome) {
    case ReadResult::Read:
      return data;
    case ReadResult::OpenFailed:
      if (r.err == ELOOP && (flags & O_NOFOLLOW))
        return Diagnostic{_("a symbolic link; llm101 reads this file only as a plain file, never through a link"), path,
                          0, 0, ErrorKind::Failure};
      return os_error(ErrorKind::Input, _("cannot open"), path, r.err);
    case ReadResult::NotRegular:
      if (r.err == EISDIR) return os_error(ErrorKind::Input, _("cannot read"), path, EISDIR);
      return Diagnostic{_("cannot read: not a regular file"), path, 0, 0, ErrorKind::Input};
    case ReadResult::ReadFailed:
      break;
  }
  return os_error(ErrorKind::Input, _("cannot read"), path, r.err);
}

}  // namespace

Expected<std::string> read_file(const std::string& path) { return read_file_with(path, 0); }

Expected<std::string> read_file_no_follow(const std::string& path) { return read_file_with(path, O_NOFOLLOW); }

bool is_inside(const std::string& root, const std::string& path) {
  // The nearest existing ancestor decides where the rest would land; the rest must not climb.
  std::string existing = path, rest;
  while (!exists(existing)) {
    std::string parent = parent_directory(existing);
    if (parent == existing) return false;
    std::string name = existing.substr(parent == "/" ? 1 : parent.size() + 1);
    if (name == "..") return false;
    rest = rest.empty() ? name : name + "/" + rest;
    existing = parent;
  }
  std::string r = resolve_symlinks(root), p = join_path(resolve_symlinks(existing), rest);
  return p == r || (p.size() > r.size() && p.compare(0, r.size(), r) == 0 && (r == "/" || p[r.size()] == '/'));
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

bool is_directory(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_regular_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_symlink(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

std::string resolve_symlinks(const std::string& path) {
  char buf[PATH_MAX];
  if (::realpath(path.c_str(), buf)) return buf;
  return path;
}

std::string parent_directory(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string join_path(const std::string& dir, const std::string& name) {
  if (!name.empty() && name[0] == '/') return name;
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

std::string current_directory() {
  char buf[PATH_MAX];
  if (::getcwd(buf, sizeof buf)) return buf;
  return ".";
}

Status remove_directory(const std::string& path) {
  if (::rmdir(path.c_str()) == 0 || errno == ENOENT) return Ok{};
  return os_error(ErrorKind::Failure, _("cannot remove directory"), path, errno);
}

Status make_directories(const std::string& path) {
  if (path.empty() || is_directory(path)) return Ok{};
  std::string parent = parent_directory(path);
  if (parent != path && parent != "." && parent != "/") {
    if (auto st = make_directories(parent); !st) return st;
  }
  if (::mkdir(path.c_str(), 0777) != 0 && errno != EEXIST)
    return os_error(ErrorKind::Failure, _("cannot create directory"), path, errno);
  return Ok{};
}

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {}

AtomicFile::~AtomicFile() {
  // Removed while still flocked, so a sweep cannot mistake it for a dead writer's.
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
  if (fd_ >= 0) ::close(fd_);
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

Status AtomicFile::write(std::string_view data) {
  if (fd_ < 0) {
    if (auto st = open_temp(); !st) return st;
  }
  if (int err = injected_fault("write")) {
    (void)!::write(fd_, data.data(), data.size() / 2);
    return os_error(ErrorKind::Failure, _("cannot write"), target_, err);
  }
  while (!data.empty()) {
    // A short write is retried; the next call reports the reason (ENOSPC, EFBIG with SIGXFSZ
    // ignored, EIO).
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return os_error(ErrorKind::Failure, _("cannot write"), target_, errno);
    if (n == 0) return os_error(ErrorKind::Failure, _("cannot write"), target_, EIO);
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return Ok{};
}

// Refuses targets a rename must not replace, then creates the unique, flocked temp.
Status AtomicFile::open_temp() {
  struct stat st {};
  bool target_exists = ::stat(target_.c_str(), &st) == 0;
  if (target_exists) {
    if (!S_ISREG(st.st_mode))
      return Diagnostic{_("not a regular file; refusing to replace it"), target_, 0, 0, ErrorKind::Failure};
    // EACCES only: on a read-only mount the file is not "read-only", the disk is (EROFS below).
    if ((st.st_mode & 0222) == 0 || (::access(target_.c_str(), W_OK) != 0 && errno == EACCES))
      return Diagnostic{_("read-only file; refusing to replace it (make it writable to let llm101 change it)"), target_,
                        0, 0, ErrorKind::Failure};
    if (st.st_nlink > 1)
      return Diagnostic{_nf("has {} hard link; refusing to replace it, which would split them (make it a "
                            "symlink or a single file)",
                            "has {} hard links; refusing to replace it, which would split them (make it a "
                            "symlink or a single file)",
                            st.st_nlink, st.st_nlink),
                        target_, 0, 0, ErrorKind::Failure};
  }
  if (int err = injected_fault("open"))
    return os_error(ErrorKind::Failure, _("cannot create temporary file"), parent_directory(target_), err);
  static std::random_device random;
  for (int attempt = 0; fd_ < 0; ++attempt) {
    temp_ = join_path(parent_directory(target_), fmt::format(".{}.{}-{:08x}.llm101-tmp", base_name(target_), ::getpid(),
                                                             static_cast<unsigned>(random())));
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd_ < 0 && (errno != EEXIST || attempt > 100)) {
      int err = errno;
      temp_.clear();
      return os_error(ErrorKind::Failure, _("cannot create temporary file"), parent_directory(target_), err);
    }
  }
  // Ours alone until renamed: a sweep skips a temp it cannot lock. The lock lives on a dup, so
  // closing the data descriptor (and checking that close) before the rename keeps it.
  ::flock(fd_, LOCK_EX);
  lock_fd_ = ::fcntl(fd_, F_DUPFD_CLOEXEC, 0);
  if (target_exists) {
    int err = injected_fault("chmod");
    if (err == 0 && ::fchmod(fd_, st.st_mode & 07777) != 0) err = errno;
    if (err) return os_error(ErrorKind::Failure, _("cannot keep the file mode"), temp_, err);
  }
  return Ok{};
}

Status AtomicFile::commit() {
  if (fd_ < 0) {
    if (auto st = write({}); !st) return st;
  }
  // Every step is checked: data that did not reach the disk must not replace the original.
  int err = injected_fault("fsync");
  if (err == 0 && ::fsync(fd_) != 0) err = errno;
  if (err) return os_error(ErrorKind::Failure, _("cannot write"), target_, err);
  int fd = fd_;
  fd_ = -1;
  err = injected_fault("close");
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err) return os_error(ErrorKind::Failure, _("cannot write"), target_, err);
  pause_point("rename");
  err = injected_fault("rename");
  if (err == 0 && ::rename(temp_.c_str(), target_.c_str()) != 0) err = errno;
  if (err) return os_error(ErrorKind::Failure, _("cannot replace"), target_, err);
  committed_ = true;
  ::close(lock_fd_);  // after the rename: the temp stayed flocked while it had its temp name
  lock_fd_ = -1;
  // Make the rename itself durable.
  int dfd = ::open(parent_directory(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return Ok{};
}

Status write_file_atomic(const std::string& path, std::string_view data, Links links) {
  if (links == Links::Refuse && is_symlink(path))
    return Diagnostic{_("a symbolic link; llm101 writes this file only as a plain file, never through a link"), path, 0,
                      0, ErrorKind::Failure};
  AtomicFile file(links == Links::Follow ? resolve_symlinks(path) : path);
  if (auto st = file.write(data); !st) return st;
  return file.commit();
}

}  // namespace llm101::io
