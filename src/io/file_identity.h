// Which file a path names, by device and inode (symlinks followed): the guard that keeps an
// export from overwriting a file llm101 reads, however the path is spelled (symlink, hard link,
// "../x"). Read-only: stat(2) and nothing else.
#pragma once

#include <optional>
#include <string>

namespace llm101::io {

struct FileId {
  unsigned long long device = 0, inode = 0;
  bool operator==(const FileId&) const = default;
};

// nullopt when the path does not exist (or cannot be examined).
std::optional<FileId> file_id(const std::string& path);

}  // namespace llm101::io
