#include "osce/output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "osce/error.hpp"

namespace osce {

Output::Output(int fd, std::string name) : fd_(fd), name_(std::move(name)) { buf_.reserve(kFlushAt * 2); }

Output::~Output() {
  try {
    flush();
  } catch (...) {
    // Destructors must not throw; run_command flushes explicitly and reports.
  }
}

void Output::flush() {
  if (buf_.empty()) return;
  try {
    write_all(buf_.data(), buf_.size());
  } catch (...) {
    buf_.clear();  // what could not be written must not be retried by the destructor
    throw;
  }
  buf_.clear();
}

void Output::write_through(std::string_view bytes) {
  flush();
  write_all(bytes.data(), bytes.size());
}

void Output::write_all(const char* data, size_t size) {
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::write(fd_, data + done, size - done);
    if (n >= 0) {
      done += static_cast<size_t>(n);
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EPIPE) throw BrokenPipe{};
    throw Error(std::string("write error: ") + std::strerror(errno), name_);
  }
}

void ignore_sigpipe() { std::signal(SIGPIPE, SIG_IGN); }

bool widen_pipe(int fd) {
#ifdef F_SETPIPE_SZ
  // Fails on what is not a pipe, and beyond the kernel's limit for a user
  // (/proc/sys/fs/pipe-max-size, pipe-user-pages-soft): the pipe then keeps
  // the size it has, which only costs speed.
  return ::fcntl(fd, F_SETPIPE_SZ, static_cast<int>(kPipeBytes)) >= 0;
#else
  (void)fd;
  return false;
#endif
}

}  // namespace osce
