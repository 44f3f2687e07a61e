#include "osce/file_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>

#include "osce/error.hpp"
#include "osce/output.hpp"

namespace osce {
namespace {

std::string dir_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string temp_name(const std::string& path) {
  static std::mt19937_64 rng{std::random_device{}()};
  return path + ".osce-tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rng() % 1000000);
}

// The path a symbolic link chain ends at; the path itself otherwise.
std::string resolve(const std::string& path) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
  char real[PATH_MAX];
  if (::realpath(path.c_str(), real) == nullptr) {
    throw Error(std::string("cannot follow symbolic link: ") + std::strerror(errno), path);
  }
  return real;
}

// What open(..., 0666) would give a new file under the current umask.
mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

bool replaceable(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return errno == ENOENT;
  return S_ISREG(st.st_mode);
}

ReplaceFile::ReplaceFile(const std::string& path) : path_(resolve(path)) {
  struct stat st;
  if (::stat(path_.c_str(), &st) == 0) {
    had_target_ = true;
    mode_ = st.st_mode & 07777;
    uid_ = st.st_uid;
    gid_ = st.st_gid;
  }
  // An unnamed O_TMPFILE file never shows up in the directory, so even a
  // SIGKILL mid-write leaves nothing behind; it gets a name only at commit.
  fd_ = ::open(dir_of(path_).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd_ < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == ENOENT)) {
    temp_path_ = temp_name(path_);
    fd_ = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  }
  if (fd_ < 0) throw Error(std::string("cannot write beside the file: ") + std::strerror(errno), path);
}

ReplaceFile::~ReplaceFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
}

void ReplaceFile::commit() {
  auto fail = [&](const char* what) {
    throw Error(std::string(what) + ": " + std::strerror(errno), path_);
  };
  if (::fsync(fd_) != 0) fail("write error");
  if (::fchmod(fd_, had_target_ ? mode_ : new_file_mode()) != 0) fail("cannot set permissions");
  // Keeping the owner needs privileges; an ordinary user's files already
  // carry the right owner, so a refusal here is expected and harmless.
  if (had_target_ && ::fchown(fd_, uid_, gid_) != 0 && errno != EPERM) fail("cannot set owner");
  if (temp_path_.empty()) {
    temp_path_ = temp_name(path_);
    const std::string proc = "/proc/self/fd/" + std::to_string(fd_);
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, temp_path_.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      temp_path_.clear();
      fail("cannot create the new file");
    }
  }
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) fail("cannot replace the file");
  temp_path_.clear();
  ::close(fd_);
  fd_ = -1;
}

}  // namespace osce

namespace osce {

void write_file_atomically(const std::string& path, std::string_view bytes) {
  std::error_code ec;
  const auto dir = std::filesystem::path(path).parent_path();
  if (!dir.empty()) std::filesystem::create_directories(dir, ec);
  if (ec) throw Error("cannot create its directory: " + ec.message(), path);
  ReplaceFile file(path);
  {
    Output out(file.fd(), path);
    out.write(bytes);
    out.flush();
  }
  file.commit();
}

}  // namespace osce
