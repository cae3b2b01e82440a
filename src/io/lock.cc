#include "io/lock.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "core/i18n.h"
#include "io/test_hook.h"

namespace llm101::io {
namespace {

Diagnostic lock_error(std::string_view what, const std::string& path, int err) {
  return Diagnostic{fmt::format("{}: {}", what, std::strerror(err)), path, 0, 0, ErrorKind::Failure};
}

std::string real_path(const std::string& path) {
  char buf[PATH_MAX];
  return ::realpath(path.c_str(), buf) ? std::string(buf) : path;
}

bool is_temp_name(std::string_view name) {
  constexpr std::string_view kSuffix = ".llm101-tmp";
  return name.size() > kSuffix.size() + 1 && name[0] == '.' && name.substr(name.size() - kSuffix.size()) == kSuffix;
}

// One flock try or wait; EINTR retried.
bool try_flock(int fd, int how) {
  while (::flock(fd, how) != 0)
    if (errno != EINTR) return false;
  return true;
}

std::string waiting_note(std::string_view label, const std::string& dir, int pid) {
  std::string who = pid > 0 ? _f("another llm101 (pid {})", pid) : std::string(_("another llm101"));
  return _f("waiting for {}, held by {}…", label.empty() ? std::string_view(dir) : label, who);
}

}  // namespace

int lock_holder(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return 0;
  std::ifstream in("/proc/locks");
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string n, kind, mode, access, pid, where;
    fields >> n >> kind;
    if (kind == "->" || kind != "FLOCK") continue;  // "->": a waiter, not the holder
    fields >> mode >> access >> pid >> where;
    unsigned maj = 0, min = 0;
    unsigned long long ino = 0;
    if (std::sscanf(where.c_str(), "%x:%x:%llu", &maj, &min, &ino) != 3) continue;
    if (maj == major(st.st_dev) && min == minor(st.st_dev) && ino == st.st_ino) return std::atoi(pid.c_str());
  }
  return 0;
}

Expected<DirLock> DirLock::acquire(const std::string& dir, const LockOptions& options, std::string_view label) {
  const std::string real = real_path(dir);
  int fd = ::open(real.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return lock_error(_("cannot open directory to lock it"), dir, errno);
  struct stat st {};
  ::fstat(fd, &st);
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  bool noted = false;
  while (!try_flock(fd, LOCK_EX | LOCK_NB)) {
    int err = errno;
    if (err != EWOULDBLOCK) {
      ::close(fd);
      return lock_error(_("cannot lock directory"), dir, err);
    }
    auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    // The note comes before the timeout check: a wait at least as long as note_after_ms always
    // says whom it waited for, however late the process was scheduled.
    if (!noted && waited >= options.note_after_ms && options.on_wait) {
      noted = true;
      options.on_wait(waiting_note(label, dir, lock_holder(real)));
    }
    if (options.timeout_ms >= 0 && waited >= options.timeout_ms) {
      int pid = lock_holder(real);
      ::close(fd);
      std::string who = pid > 0 ? _f("another llm101 (pid {})", pid) : std::string(_("another llm101"));
      return Diagnostic{_f("{} is held by {}; gave up after {} s; nothing changed",
                                    label.empty() ? std::string_view(dir) : label, who,
                                    fmt::format("{:g}", options.timeout_ms / 1000.0)),
                        "", 0, 0, ErrorKind::Failure};
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  remove_stale_temps(real);
  pause_point("locked");
  return DirLock(fd, st.st_dev, st.st_ino);
}

DirLock::DirLock(DirLock&& other) noexcept : fd_(other.fd_), dev_(other.dev_), ino_(other.ino_) { other.fd_ = -1; }

DirLock::~DirLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

Expected<std::vector<DirLock>> lock_directories(const std::vector<LockRequest>& requests, const LockOptions& options) {
  struct Target {
    dev_t dev;
    ino_t ino;
    const LockRequest* request;
  };
  std::vector<Target> targets;
  for (const LockRequest& r : requests) {
    struct stat st {};
    if (::stat(r.dir.c_str(), &st) != 0) return lock_error(_("cannot open directory to lock it"), r.dir, errno);
    targets.push_back({st.st_dev, st.st_ino, &r});
  }
  auto key = [](const Target& t) { return std::pair(t.dev, t.ino); };
  std::stable_sort(targets.begin(), targets.end(), [&](const Target& a, const Target& b) { return key(a) < key(b); });
  targets.erase(std::unique(targets.begin(), targets.end(), [&](const Target& a, const Target& b) { return key(a) == key(b); }),
                targets.end());
  std::vector<DirLock> locks;
  for (const Target& t : targets) {
    auto lock = DirLock::acquire(t.request->dir, options, t.request->label);
    if (!lock) return lock.error();
    // The directory was replaced between stat and open: the order would not hold; say so.
    if (lock->device() != t.dev || lock->inode() != t.ino)
      return Diagnostic{_("the directory changed while llm101 was locking it; nothing changed"), t.request->dir, 0, 0,
                        ErrorKind::Failure};
    locks.push_back(std::move(lock).value());
  }
  return locks;
}

int remove_stale_temps(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return 0;
  int removed = 0;
  while (dirent* de = ::readdir(d)) {
    if (!is_temp_name(de->d_name)) continue;
    int fd = ::openat(::dirfd(d), de->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) continue;
    struct stat st {};
    // Only a regular file nobody holds: a live writer keeps its temp flocked.
    bool stale = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && try_flock(fd, LOCK_EX | LOCK_NB);
    if (stale && ::unlinkat(::dirfd(d), de->d_name, 0) == 0) ++removed;
    ::close(fd);
  }
  ::closedir(d);
  return removed;
}

void pause_point(std::string_view point) {
  static const TestHook hook = [] {
    TestHook h = read_test_hook("LLM101_PAUSE");
    if (h.nth == 0) h.nth = 1;  // one stop: a test resumes a process once
    return h;
  }();
  static int passes = 0;
  if (hook.arg.empty() || !hook_fires(hook, point, passes)) return;
  const std::string& base = hook.arg;
  {
    std::ofstream reached(base + "/" + std::string(point) + ".reached.tmp");
    reached << ::getpid() << "\n";
  }
  std::rename((base + "/" + std::string(point) + ".reached.tmp").c_str(),
              (base + "/" + std::string(point) + ".reached").c_str());
  struct stat st {};
  while (::stat((base + "/go").c_str(), &st) != 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

}  // namespace llm101::io
