// The I/O layer: atomic replacement keeps mode and links, and leaves nothing behind on failure.
#include <catch2/catch.hpp>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "io/fs.h"
#include "io/journal.h"
#include "io/workspace.h"
#include "support.h"

using namespace llm101;

using test::TempDir;

namespace {
// The llm101 temps in `dir` (".NAME.*.llm101-tmp").
int temps_in(const std::string& dir) {
  int n = 0;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (dirent* de = ::readdir(d)) {
      std::string name = de->d_name;
      n += name.size() > 12 && name[0] == '.' && name.substr(name.size() - 11) == ".llm101-tmp";
    }
    ::closedir(d);
  }
  return n;
}
}  // namespace

TEST_CASE("write_file_atomic replaces content and keeps the mode") {
  TempDir d;
  std::string f = d.path + "/roadmap.md";
  REQUIRE(io::write_file_atomic(f, "old").ok());
  ::chmod(f.c_str(), 0640);
  REQUIRE(io::write_file_atomic(f, "new").ok());
  CHECK(*io::read_file(f) == "new");
  struct stat st {};
  ::stat(f.c_str(), &st);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(temps_in(d.path) == 0);
}

TEST_CASE("a symlinked file stays a link and its target is updated") {
  TempDir d;
  std::string target = d.path + "/real.md", link = d.path + "/roadmap.md";
  REQUIRE(io::write_file_atomic(target, "a").ok());
  REQUIRE(::symlink("real.md", link.c_str()) == 0);
  REQUIRE(io::write_file_atomic(link, "b").ok());
  struct stat st {};
  ::lstat(link.c_str(), &st);
  CHECK(S_ISLNK(st.st_mode));
  CHECK(*io::read_file(target) == "b");
}

TEST_CASE("an uncommitted AtomicFile leaves the target and no temp") {
  TempDir d;
  std::string f = d.path + "/j.md";
  REQUIRE(io::write_file_atomic(f, "keep").ok());
  {
    io::AtomicFile af(f);
    REQUIRE(af.write("half").ok());
    CHECK(io::exists(af.temp_path()));
  }
  CHECK(*io::read_file(f) == "keep");
  CHECK(temps_in(d.path) == 0);
}

TEST_CASE("reading a directory or a missing file is an input error naming it") {
  TempDir d;
  auto dir = io::read_file(d.path);
  REQUIRE_FALSE(dir.ok());
  CHECK(dir.error().file == d.path);
  CHECK(dir.error().kind == ErrorKind::Input);
  CHECK_FALSE(io::read_file(d.path + "/missing").ok());
}

TEST_CASE("the workspace is found upward") {
  TempDir d;
  REQUIRE(io::make_directories(d.path + "/a/b").ok());
  REQUIRE(io::write_file_atomic(d.path + "/llm101.toml", "journal = \"j\"\n").ok());
  auto root = io::find_workspace_root(d.path + "/a/b");
  REQUIRE(root);
  CHECK(*root == io::resolve_symlinks(d.path));
  std::vector<Diagnostic> warnings;
  auto ws = io::load_workspace(*root, warnings);
  REQUIRE(ws.ok());
  CHECK(ws->journal_dir == *root + "/j");
  CHECK(ws->roadmap_path == *root + "/roadmap.md");
}

TEST_CASE("the directory lock is exclusive") {
  TempDir d;
  // A second process must wait: probe with flock(1) and a zero timeout. -E 75 marks "the lock
  // is taken", so a missing flock (127) or another failure cannot pass for it.
  const std::string probe = "flock -n -E 75 -x '" + d.path + "' true";
  {
    auto first = io::DirLock::acquire(d.path);
    REQUIRE(first.ok());
    int rc = std::system(probe.c_str());
    REQUIRE(WIFEXITED(rc));
    CHECK(WEXITSTATUS(rc) == 75);
  }
  int rc = std::system(probe.c_str());  // released with the DirLock: the probe gets it
  REQUIRE(WIFEXITED(rc));
  CHECK(WEXITSTATUS(rc) == 0);
}

TEST_CASE("a FIFO or a device is refused at once, never read or replaced") {
  TempDir d;
  std::string fifo = d.path + "/roadmap.md";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  auto r = io::read_file(fifo);  // no writer: a blocking open would hang here
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("not a regular file") != std::string::npos);
  auto w = io::write_file_atomic(fifo, "x");
  REQUIRE_FALSE(w.ok());
  struct stat st {};
  ::lstat(fifo.c_str(), &st);
  CHECK(S_ISFIFO(st.st_mode));
  CHECK(temps_in(d.path) == 0);
  auto z = io::read_file("/dev/zero");  // endless: must not be read into memory
  REQUIRE_FALSE(z.ok());
}

TEST_CASE("two writers of one file at once get their own temps, and neither takes the other's") {
  TempDir d;
  std::string f = d.path + "/roadmap.md";
  REQUIRE(io::write_file_atomic(f, "old").ok());
  io::AtomicFile a(f), b(f);
  REQUIRE(a.write("from a").ok());
  REQUIRE(b.write("from b").ok());
  CHECK(a.temp_path() != b.temp_path());
  CHECK(temps_in(d.path) == 2);
  // A sweep (as a writer taking the directory lock does) must leave live temps alone.
  CHECK(io::remove_stale_temps(d.path) == 0);
  REQUIRE(a.commit().ok());
  CHECK(*io::read_file(f) == "from a");
  REQUIRE(b.commit().ok());
  CHECK(*io::read_file(f) == "from b");
  CHECK(temps_in(d.path) == 0);
}

TEST_CASE("a read-only or hard-linked file is refused, not replaced") {
  TempDir d;
  std::string f = d.path + "/roadmap.md", other = d.path + "/copy.md";
  REQUIRE(io::write_file_atomic(f, "old").ok());
  REQUIRE(::link(f.c_str(), other.c_str()) == 0);
  auto linked = io::write_file_atomic(f, "new");
  REQUIRE_FALSE(linked.ok());
  CHECK(linked.error().message.find("2 hard links") != std::string::npos);
  REQUIRE(::unlink(other.c_str()) == 0);
  ::chmod(f.c_str(), 0444);
  auto ro = io::write_file_atomic(f, "new");
  REQUIRE_FALSE(ro.ok());
  CHECK(ro.error().message.find("read-only") != std::string::npos);
  CHECK(*io::read_file(f) == "old");
  CHECK(temps_in(d.path) == 0);
}

TEST_CASE("Links::Refuse never writes through a symlink, dangling or not") {
  TempDir d;
  std::string target = d.path + "/bashrc", link = d.path + "/2026-11-29.md";
  REQUIRE(io::write_file_atomic(target, "keep").ok());
  REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);
  CHECK_FALSE(io::write_file_atomic(link, "appended", io::Links::Refuse).ok());
  CHECK_FALSE(io::read_file_no_follow(link).ok());
  CHECK(*io::read_file(target) == "keep");
  REQUIRE(::unlink(target.c_str()) == 0);
  CHECK_FALSE(io::write_file_atomic(link, "x", io::Links::Refuse).ok());
  CHECK_FALSE(io::exists(target));
}

TEST_CASE("is_inside judges the resolved path, existing or not") {
  TempDir d;
  REQUIRE(io::make_directories(d.path + "/ws/journal").ok());
  REQUIRE(::symlink("/tmp", (d.path + "/ws/out").c_str()) == 0);
  std::string ws = d.path + "/ws";
  CHECK(io::is_inside(ws, ws + "/journal"));
  CHECK(io::is_inside(ws, ws + "/journal/new/deeper"));
  CHECK_FALSE(io::is_inside(ws, ws + "/out"));
  CHECK_FALSE(io::is_inside(ws, ws + "/out/x"));
  CHECK_FALSE(io::is_inside(ws, ws + "/../elsewhere"));
  CHECK_FALSE(io::is_inside(ws, d.path + "/wsx"));
}

TEST_CASE("the journal reader skips a FIFO or directory named like an entry, without blocking") {
  TempDir d;
  REQUIRE(io::write_file_atomic(d.path + "/2026-11-28.md", "**学习时长**: 1h\n").ok());
  REQUIRE(::mkfifo((d.path + "/2026-11-29.md").c_str(), 0644) == 0);  // no writer: a blocking open hangs
  REQUIRE(::mkdir((d.path + "/2026-11-30.md").c_str(), 0755) == 0);
  auto entries = io::read_journal(d.path, "journal", true);
  REQUIRE(entries.ok());
  REQUIRE(entries->size() == 1);
  CHECK((*entries)[0].minutes == 60);
}

TEST_CASE("taking the directory lock clears temps left by killed writers, never a live one") {
  TempDir d;
  REQUIRE(io::write_file_atomic(d.path + "/.roadmap.md.llm101-tmp", "half (older versions' fixed name)").ok());
  REQUIRE(io::write_file_atomic(d.path + "/.llm101.toml.123-0000abcd.llm101-tmp", "half").ok());
  REQUIRE(io::write_file_atomic(d.path + "/keep.llm101-tmp", "not ours: no leading dot").ok());
  REQUIRE(io::write_file_atomic(d.path + "/roadmap.md", "x").ok());
  // A writer alive right now: its temp is flocked.
  std::string live = d.path + "/.roadmap.md.999-live.llm101-tmp";
  int fd = ::open(live.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX) == 0);
  {
    auto lock = io::DirLock::acquire(d.path);
    REQUIRE(lock.ok());
    CHECK_FALSE(io::exists(d.path + "/.roadmap.md.llm101-tmp"));
    CHECK_FALSE(io::exists(d.path + "/.llm101.toml.123-0000abcd.llm101-tmp"));
    CHECK(io::exists(live));
    CHECK(io::exists(d.path + "/keep.llm101-tmp"));
    CHECK(io::exists(d.path + "/roadmap.md"));
  }
  ::close(fd);
}

TEST_CASE("every path to one directory meets one lock — a held lock times out naming its holder") {
  TempDir d;
  REQUIRE(io::make_directories(d.path + "/real").ok());
  REQUIRE(::symlink("real", (d.path + "/alias").c_str()) == 0);
  // Two paths to one directory in one request: locked once, so no self-deadlock.
  auto both = io::lock_directories({{d.path + "/real", "a"}, {d.path + "/alias", "b"}});
  REQUIRE(both.ok());
  CHECK(both->size() == 1);
  io::LockOptions now;
  now.timeout_ms = 0;
  auto again = io::DirLock::acquire(d.path + "/alias", now, "roadmap.md");
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().message.find("roadmap.md is held by another llm101") != std::string::npos);
  CHECK(again.error().kind == ErrorKind::Failure);
}
