#include "io/fs.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

namespace llm101::io {
namespace {

Diagnostic os_error(ErrorKind kind, std::string_view what, const std::string& path, int err) {
  Diagnostic d{fmt::format("{}: {}", what, std::strerror(err)), path, 0, 0, kind};
  return d;
}

std::string base_name(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Expected<std::string> read_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return os_error(ErrorKind::Input, "cannot open", path, errno);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return os_error(ErrorKind::Input, "cannot read", path, EISDIR);
  }
  // Read straight into the string: sized from fstat (plus one byte, to see the end in the same
  // call), grown if the file is longer than it said.
  std::string data;
  std::size_t used = 0;
  data.resize(st.st_size > 0 ? static_cast<std::size_t>(st.st_size) + 1 : 65536);
  for (;;) {
    if (used == data.size()) data.resize(data.size() * 2);
    ssize_t n = ::read(fd, data.data() + used, data.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      return os_error(ErrorKind::Input, "cannot read", path, err);
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  ::close(fd);
  data.resize(used);
  return data;
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

Status make_directories(const std::string& path) {
  if (path.empty() || is_directory(path)) return Ok{};
  std::string parent = parent_directory(path);
  if (parent != path && parent != "." && parent != "/") {
    if (auto st = make_directories(parent); !st) return st;
  }
  if (::mkdir(path.c_str(), 0777) != 0 && errno != EEXIST)
    return os_error(ErrorKind::Failure, "cannot create directory", path, errno);
  return Ok{};
}

Expected<DirLock> DirLock::acquire(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return os_error(ErrorKind::Failure, "cannot open directory to lock it", dir, errno);
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int err = errno;
    ::close(fd);
    return os_error(ErrorKind::Failure, "cannot lock directory", dir, err);
  }
  return DirLock(fd);
}

DirLock::DirLock(DirLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

DirLock::~DirLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
  // A fixed temp name: writers hold the directory lock, so one temp at a time, and a temp left
  // by a killed process is replaced by the next write instead of piling up.
  temp_ = join_path(parent_directory(target_), "." + base_name(target_) + ".llm101-tmp");
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
}

Status AtomicFile::write(std::string_view data) {
  if (fd_ < 0) {
    ::unlink(temp_.c_str());
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd_ < 0) return os_error(ErrorKind::Failure, "cannot create temporary file", temp_, errno);
    struct stat st {};
    if (::stat(target_.c_str(), &st) == 0) ::fchmod(fd_, st.st_mode & 07777);
  }
  while (!data.empty()) {
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return os_error(ErrorKind::Failure, "cannot write", target_, errno);
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return Ok{};
}

Status AtomicFile::commit() {
  if (fd_ < 0) {
    if (auto st = write({}); !st) return st;
  }
  if (::fsync(fd_) != 0) return os_error(ErrorKind::Failure, "cannot write", target_, errno);
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return os_error(ErrorKind::Failure, "cannot write", target_, errno);
  if (::rename(temp_.c_str(), target_.c_str()) != 0)
    return os_error(ErrorKind::Failure, "cannot replace", target_, errno);
  committed_ = true;
  // Make the rename itself durable.
  int dfd = ::open(parent_directory(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return Ok{};
}

Status write_file_atomic(const std::string& path, std::string_view data) {
  AtomicFile file(resolve_symlinks(path));
  if (auto st = file.write(data); !st) return st;
  return file.commit();
}

}  // namespace llm101::io
