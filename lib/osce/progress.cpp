#include "osce/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace osce {

Progress::Progress(std::string program, bool allowed)
    : program_(std::move(program)),
      enabled_(allowed && ::isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(uint64_t items, uint64_t bytes, const char* unit) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double mb = static_cast<double>(bytes) / 1e6;
  std::fprintf(stderr, "\r%s: %llu %s, %.1f MB, %.1f MB/s\033[K", program_.c_str(),
               static_cast<unsigned long long>(items), unit, mb, seconds > 0 ? mb / seconds : 0.0);
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stderr);
  drawn_ = false;
}

}  // namespace osce
