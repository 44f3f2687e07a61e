#include "osce/input_list.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "osce/line_reader.hpp"

namespace osce {
namespace fs = std::filesystem;
namespace {

bool included(const InputListOptions& opt, const std::string& name) {
  if (opt.includes.empty()) return true;
  return std::any_of(opt.includes.begin(), opt.includes.end(), [&](const std::string& glob) {
    return ::fnmatch(glob.c_str(), name.c_str(), 0) == 0;
  });
}

void walk(const std::string& dir, const InputListOptions& opt, Diagnostics& diag,
          const std::function<void(const std::string&)>& visit) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    names.push_back(it->path().filename().string());
  }
  if (ec) {
    diag.error(dir, 0, ec.message());
    return;
  }
  std::sort(names.begin(), names.end());
  const std::string prefix = dir.back() == '/' ? dir : dir + "/";
  for (const std::string& name : names) {
    if (name[0] == '.') continue;
    const std::string path = prefix + name;
    const auto link = fs::symlink_status(path, ec);
    const auto target = fs::status(path, ec);
    if (fs::is_directory(target)) {
      // Following links to directories could loop; grep -r does not either.
      if (!fs::is_symlink(link)) walk(path, opt, diag, visit);
    } else if (included(opt, name)) {
      visit(path);
    }
  }
}

void visit_one(const std::string& path, const InputListOptions& opt, Diagnostics& diag,
               const std::function<void(const std::string&)>& visit) {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    if (!opt.recursive) {
      diag.error(path, 0, "Is a directory (use -r to read the files below it)");
      return;
    }
    walk(path, opt, diag, visit);
    return;
  }
  visit(path);
}

}  // namespace

void for_each_input(const std::vector<std::string>& args, const InputListOptions& opt,
                    Diagnostics& diag, const std::function<void(const std::string&)>& visit) {
  for (const std::string& path : args) visit_one(path, opt, diag, visit);
  if (!opt.files_from.empty()) {
    LineReader list(opt.files_from);
    std::string all = list.read_rest();
    const char sep = opt.null_separated ? '\0' : '\n';
    size_t start = 0;
    while (start < all.size()) {
      size_t stop = all.find(sep, start);
      if (stop == std::string::npos) stop = all.size();
      std::string path = all.substr(start, stop - start);
      if (!opt.null_separated && !path.empty() && path.back() == '\r') path.pop_back();
      if (!path.empty()) visit_one(path, opt, diag, visit);
      start = stop + 1;
    }
  } else if (args.empty()) {
    visit("-");
  }
}

}  // namespace osce
