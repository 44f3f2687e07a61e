// Buffered writing to a file descriptor, with the failure rules of CONTRACT.md:
// a closed pipe ends the tool quietly (BrokenPipe), any other failure is a
// write error (Error), never silently lost output.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace osce {

class Output {
 public:
  // Writes to `fd`, which the caller keeps open until this is destroyed.
  // `name` is what a write error names ("standard output", a path).
  Output(int fd, std::string name);
  ~Output();  // flushes what it can; call flush() to see failures
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void write(std::string_view bytes) {
    if (bytes.size() >= kFlushAt) return write_through(bytes);
    buf_.append(bytes);
    if (buf_.size() >= kFlushAt) flush();
  }
  void put(char c) {
    buf_ += c;
    if (buf_.size() >= kFlushAt) flush();
  }
  // Direct access for code that serializes in place; call maybe_flush() after.
  std::string& buffer() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= kFlushAt) flush();
  }

  // Throws BrokenPipe (EPIPE) or Error("write error: ...").
  void flush();

 private:
  static constexpr size_t kFlushAt = 1 << 16;
  // Writes what is buffered, then `bytes` without copying them (a 100 MB
  // text should not be held twice).
  void write_through(std::string_view bytes);
  void write_all(const char* data, size_t size);
  int fd_;
  std::string name_;
  std::string buf_;
};

// Makes writing to a closed pipe fail with EPIPE instead of killing the
// process with SIGPIPE, so Output can end the tool with status 0 and its own
// cleanup (temporary files) still runs. Call once at start-up.
void ignore_sigpipe();

// Gives the pipe on `fd` a buffer of kPipeBytes, where `fd` is a pipe and
// the kernel allows it; returns whether it did. In a pipeline of four
// filters on two cores, a stage then runs through a megabyte before it
// waits on its neighbour, not through the 64 KiB of a default pipe: about
// a sixth of the waits, measured on 20 MB (HISTORY.md, Speed). Linux only;
// elsewhere a no-op.
inline constexpr size_t kPipeBytes = size_t{1} << 20;
bool widen_pipe(int fd);

}  // namespace osce
