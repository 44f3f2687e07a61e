// The inputs a command names: files and "-" on the command line, the files
// below directories (-r), and lists of paths (--files-from, NUL-separated
// with -0 for `find -print0`).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "osce/error.hpp"

namespace osce {

struct InputListOptions {
  bool recursive = false;             // read the files below directories
  std::vector<std::string> includes;  // with recursive: file-name globs to keep (fnmatch)
  std::string files_from;             // a file listing paths, "-" for standard input
  bool null_separated = false;        // files_from entries end with NUL, not LF
};

// Calls `visit` with every input path in order: `args` first, then the
// entries of files_from; with no inputs at all, "-" (standard input).
// Directories are walked in byte order of their entries, skipping hidden
// ones and not following links to directories, so the order is the same on
// every run. A directory without `recursive`, or one that cannot be read, is
// reported to `diag` and skipped.
void for_each_input(const std::vector<std::string>& args, const InputListOptions& opt,
                    Diagnostics& diag, const std::function<void(const std::string&)>& visit);

}  // namespace osce
