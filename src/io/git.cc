#include "io/git.h"

#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>

#include "core/i18n.h"

extern char** environ;

namespace llm101::io {
namespace {

// Both pipes are drained together, so a child that fills one while we wait on the other cannot
// deadlock.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
  std::array<pollfd, 2> fds{pollfd{out_fd, POLLIN, 0}, pollfd{err_fd, POLLIN, 0}};
  std::array<std::string*, 2> bufs{&out, &err};
  int open_count = 2;
  char buf[65536];
  while (open_count > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_count;
        continue;
      }
      bufs[i]->append(buf, static_cast<std::size_t>(n));
    }
  }
}

struct Pipe {
  int fd[2] = {-1, -1};
  bool open() { return ::pipe2(fd, O_CLOEXEC) == 0; }
  void close_all() {
    for (int& f : fd)
      if (f >= 0) ::close(f), f = -1;
  }
};

}  // namespace

std::vector<std::string> fields(const std::string& out, char sep) {
  std::vector<std::string> result;
  std::size_t pos = 0;
  while (pos < out.size()) {
    std::size_t end = out.find(sep, pos);
    if (end == std::string::npos) end = out.size();
    if (end > pos) result.push_back(out.substr(pos, end - pos));
    pos = end + 1;
  }
  return result;
}

std::optional<GitRun> run_program(const std::string& program, const std::vector<std::string>& args,
                                  const std::string& dir) {
  Pipe out, err;
  if (!out.open() || !err.open()) {
    out.close_all();
    return std::nullopt;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, out.fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&fa, err.fd[1], STDERR_FILENO);
  if (!dir.empty()) posix_spawn_file_actions_addchdir_np(&fa, dir.c_str());
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = -1;
  int rc = ::posix_spawnp(&pid, program.c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  ::close(out.fd[1]), out.fd[1] = -1;
  ::close(err.fd[1]), err.fd[1] = -1;
  if (rc != 0) {
    out.close_all();
    err.close_all();
    return std::nullopt;
  }
  GitRun r;
  drain(out.fd[0], err.fd[0], r.out, r.err);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  // posix_spawnp reports a missing program through the child's exit status 127 on glibc.
  if (r.status == 127 && r.out.empty() && r.err.empty()) return std::nullopt;
  return r;
}

std::optional<Git> Git::open(const std::string& dir, GitAbsence* why) { return open_with("git", dir, why); }

namespace {
// Whether `dir` could be in a work tree: a .git entry (directory or file) here or above, or
// GIT_DIR/GIT_WORK_TREE set. Saves starting git for every write outside any repository.
bool may_be_work_tree(const std::string& dir) {
  if (std::getenv("GIT_DIR") || std::getenv("GIT_WORK_TREE")) return true;
  char real[PATH_MAX];
  std::string d = ::realpath(dir.c_str(), real) ? std::string(real) : dir;
  for (;;) {
    if (::access((d + "/.git").c_str(), F_OK) == 0) return true;
    std::size_t slash = d.rfind('/');
    if (slash == std::string::npos || d.size() <= 1) return false;
    d = slash == 0 ? "/" : d.substr(0, slash);
    if (d == "/") return ::access("/.git", F_OK) == 0;
  }
}
}  // namespace

std::optional<Git> Git::open_with(const std::string& program, const std::string& dir, GitAbsence* why) {
  if (!may_be_work_tree(dir)) {
    if (why) *why = GitAbsence::NotWorkTree;
    return std::nullopt;
  }
  auto r = run_program(program, {"-C", dir, "rev-parse", "--is-inside-work-tree", "--show-toplevel"});
  if (!r) {
    if (why) *why = GitAbsence::NoGit;
    return std::nullopt;
  }
  // Prints "true\nTOP\n" inside a work tree; "false" inside .git; fails outside any repository.
  if (!r->ok() || r->out.rfind("true\n", 0) != 0) {
    if (why) *why = GitAbsence::NotWorkTree;
    return std::nullopt;
  }
  std::string top = r->out.substr(5);
  if (!top.empty() && top.back() == '\n') top.pop_back();
  return Git(program, top);
}

GitRun Git::run(const std::vector<std::string>& args) const {
  // Paths llm101 passes are file names, never globs (a roadmap may be called "[draft].md").
  std::vector<std::string> full{"--literal-pathspecs", "-C", top_};
  full.insert(full.end(), args.begin(), args.end());
  if (auto r = run_program(program_, full)) return *r;
  return GitRun{127, {}, std::string(_("git could not be started")) + "\n"};
}

std::optional<std::string> Git::config(const std::string& key) const {
  GitRun r = run({"config", "--get", key});
  if (!r.ok()) return std::nullopt;
  if (!r.out.empty() && r.out.back() == '\n') r.out.pop_back();
  return r.out;
}

std::optional<std::string> Git::relative(const std::string& absolute) const {
  char real[PATH_MAX];
  std::string top = ::realpath(top_.c_str(), real) ? std::string(real) : top_;
  // The file, or even its directory, may not exist yet (an entry about to be created): resolve
  // the longest existing prefix and keep the rest as written.
  std::string head = absolute, tail;
  while (!head.empty() && !::realpath(head.c_str(), real)) {
    std::size_t slash = head.rfind('/');
    if (slash == std::string::npos) return std::nullopt;
    tail = head.substr(slash) + tail;
    head = head.substr(0, slash);
  }
  std::string path = (head.empty() ? std::string() : std::string(real)) + tail;
  if (path.size() <= top.size() || path.compare(0, top.size(), top) != 0 || path[top.size()] != '/')
    return std::nullopt;
  return path.substr(top.size() + 1);
}

std::string self_command_path(bool& on_path) {
  on_path = false;
  char self[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) return "llm101";
  self[n] = '\0';
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    std::size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string candidate = (end > start ? dirs.substr(start, end - start) : ".") + "/llm101";
    char real[PATH_MAX];
    if (::access(candidate.c_str(), X_OK) == 0 && ::realpath(candidate.c_str(), real)) {
      // The first llm101 on PATH is what the shell would run: it must be this binary.
      on_path = std::string(real) == self;
      return on_path ? "llm101" : self;
    }
    start = end + 1;
  }
  return self;
}

}  // namespace llm101::io
