// The user's own git, run as a child process with an argument vector (never a shell), so their
// config, credentials, hooks and signing apply. Without git, or outside a work tree, callers get
// nullopt and behave as if git did not exist.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace llm101::io {

// What one git run did. `status` is the exit status (128 + signal when killed).
struct GitRun {
  int status = -1;
  std::string out;
  std::string err;
  bool ok() const { return status == 0; }
};

// Why there is no work tree to work with.
enum class GitAbsence { NoGit, NotWorkTree };

// A git work tree: every run is `git -C TOP ARGS...` with standard input from /dev/null.
class Git {
 public:
  // The work tree holding `dir`; nullopt when git cannot be started or `dir` is not inside a
  // work tree (then `why`, when given, says which).
  static std::optional<Git> open(const std::string& dir, GitAbsence* why = nullptr);
  // For tests: use `program` instead of "git" found on PATH.
  static std::optional<Git> open_with(const std::string& program, const std::string& dir, GitAbsence* why = nullptr);

  const std::string& top() const { return top_; }
  GitRun run(const std::vector<std::string>& args) const;

  // `git config --get KEY` in this clone; nullopt when unset.
  std::optional<std::string> config(const std::string& key) const;
  // A path below the top as git names it ("journal/2026-11-29.md"); nullopt when outside.
  std::optional<std::string> relative(const std::string& absolute) const;

 private:
  Git(std::string program, std::string top) : program_(std::move(program)), top_(std::move(top)) {}
  std::string program_;
  std::string top_;
};

// The non-empty fields of git output separated by `sep` ('\0' for -z output, '\n' for lines).
std::vector<std::string> fields(const std::string& out, char sep);

// Runs `program ARGS...` (found on PATH when it has no slash) in `dir`, stdin from /dev/null,
// capturing stdout and stderr. nullopt when it cannot be started at all.
std::optional<GitRun> run_program(const std::string& program, const std::vector<std::string>& args,
                                  const std::string& dir = {});

// The running binary as git should run it from a shell: "llm101" when that name on PATH is this
// very binary, else its absolute path (/proc/self/exe), unquoted.
std::string self_command_path(bool& on_path);

}  // namespace llm101::io
