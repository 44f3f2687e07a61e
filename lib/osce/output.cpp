#include "osce/output.hpp"

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
  size_t done = 0;
  while (done < buf_.size()) {
    const ssize_t n = ::write(fd_, buf_.data() + done, buf_.size() - done);
    if (n >= 0) {
      done += static_cast<size_t>(n);
      continue;
    }
    if (errno == EINTR) continue;
    const int err = errno;
    buf_.clear();
    if (err == EPIPE) throw BrokenPipe{};
    throw Error(std::string("write error: ") + std::strerror(err), name_);
  }
  buf_.clear();
}

void ignore_sigpipe() { std::signal(SIGPIPE, SIG_IGN); }

}  // namespace osce
