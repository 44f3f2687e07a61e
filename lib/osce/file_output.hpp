// Replacing a file atomically: the new content goes to a temporary file in the
// same directory, which is renamed over the target only when complete. A
// crash, a full disk or a kill at any point leaves the old file whole.
#pragma once

#include <string>
#include <string_view>

namespace osce {

class ReplaceFile {
 public:
  // Prepares to replace `path` (following a symbolic link to its target, so
  // the link stays a link). The target need not exist yet. Throws Error when
  // the directory is not writable.
  explicit ReplaceFile(const std::string& path);
  // Without commit(), the temporary file disappears and the target is untouched.
  ~ReplaceFile();
  ReplaceFile(const ReplaceFile&) = delete;
  ReplaceFile& operator=(const ReplaceFile&) = delete;

  int fd() const { return fd_; }
  const std::string& path() const { return path_; }

  // Syncs the data, gives it the old file's permissions and (where allowed)
  // owner, and renames it over the target. Throws Error.
  void commit();

 private:
  std::string path_;       // the file replaced, after following links
  std::string temp_path_;  // a named temporary, when O_TMPFILE is unavailable
  int fd_ = -1;
  bool had_target_ = false;
  unsigned mode_ = 0666;
  unsigned uid_ = 0, gid_ = 0;
};

// Writes `bytes` to `path` through a ReplaceFile, creating missing
// directories first. Throws Error.
void write_file_atomically(const std::string& path, std::string_view bytes);

// True when `path` names a regular file or nothing yet: the cases where -o
// replaces atomically. Devices and pipes (/dev/stdout, a FIFO) are written
// directly.
bool replaceable(const std::string& path);

}  // namespace osce
