// The I/O layer: atomic replacement keeps mode and links, and leaves nothing behind on failure.
#include <catch2/catch.hpp>

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
  CHECK_FALSE(io::exists(d.path + "/.roadmap.md.llm101-tmp"));
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
  CHECK_FALSE(io::exists(d.path + "/.j.md.llm101-tmp"));
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
  CHECK_FALSE(io::exists(d.path + "/.roadmap.md.llm101-tmp"));
  auto z = io::read_file("/dev/zero");  // endless: must not be read into memory
  REQUIRE_FALSE(z.ok());
}

TEST_CASE("a stale temp from a killed writer is replaced, not added to") {
  TempDir d;
  std::string f = d.path + "/roadmap.md", tmp = d.path + "/.roadmap.md.llm101-tmp";
  REQUIRE(io::write_file_atomic(f, "old").ok());
  REQUIRE(io::write_file_atomic(tmp, "half a file from a writer killed mid-write").ok());
  REQUIRE(io::write_file_atomic(f, "new").ok());
  CHECK(*io::read_file(f) == "new");
  CHECK_FALSE(io::exists(tmp));
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

TEST_CASE("taking the directory lock clears temps left by killed writers") {
  TempDir d;
  REQUIRE(io::write_file_atomic(d.path + "/.roadmap.md.llm101-tmp", "half").ok());
  REQUIRE(io::write_file_atomic(d.path + "/.llm101.toml.llm101-tmp", "half").ok());
  REQUIRE(io::write_file_atomic(d.path + "/keep.llm101-tmp", "not ours: no leading dot").ok());
  REQUIRE(io::write_file_atomic(d.path + "/roadmap.md", "x").ok());
  {
    auto lock = io::DirLock::acquire(d.path);
    REQUIRE(lock.ok());
    CHECK_FALSE(io::exists(d.path + "/.roadmap.md.llm101-tmp"));
    CHECK_FALSE(io::exists(d.path + "/.llm101.toml.llm101-tmp"));
    CHECK(io::exists(d.path + "/keep.llm101-tmp"));
    CHECK(io::exists(d.path + "/roadmap.md"));
  }
}
