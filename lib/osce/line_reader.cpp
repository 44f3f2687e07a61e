#include "osce/line_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "osce/error.hpp"

namespace osce {
namespace {

constexpr size_t kChunk = 1 << 18;

size_t g_max_line_bytes = kDefaultMaxRecordBytes;

}  // namespace

void set_max_line_bytes(size_t bytes) { g_max_line_bytes = bytes; }
size_t max_line_bytes() { return g_max_line_bytes; }

LineReader::LineReader(const std::string& path) {
  if (path == "-") {
    fd_ = STDIN_FILENO;
    name_ = std::string(kStdinName);
  } else {
    name_ = path;
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw Error(std::strerror(errno), path);
    owns_fd_ = true;
  }
  struct stat st;
  if (::fstat(fd_, &st) == 0 && S_ISDIR(st.st_mode)) {
    if (owns_fd_) ::close(fd_);
    fd_ = -1;
    throw Error("Is a directory", name_);
  }
}

LineReader::~LineReader() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
}

bool LineReader::fill() {
  if (eof_) return false;
  // Keep the unconsumed tail at the front, then grow only if a single line
  // fills the whole buffer.
  if (begin_ > 0) {
    std::memmove(buf_.get(), buf_.get() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (capacity_ - end_ < kChunk) {
    const size_t grown = std::max(capacity_ * 2, end_ + kChunk);
    std::unique_ptr<char[]> bigger(new char[grown]);
    if (end_ > 0) std::memcpy(bigger.get(), buf_.get(), end_);
    buf_ = std::move(bigger);
    capacity_ = grown;
  }
  for (;;) {
    // No more than a chunk at a time, though the buffer has room for more: a
    // buffer grown for a long line would otherwise fill with the lines after
    // it, and hold them as well when release_spare() copies them out.
    const ssize_t n = ::read(fd_, buf_.get() + end_, std::min(capacity_ - end_, kChunk));
    if (n > 0) {
      end_ += static_cast<size_t>(n);
      return true;
    }
    if (n == 0) {
      eof_ = true;
      return false;
    }
    if (errno != EINTR) throw Error(std::strerror(errno), name_);
  }
}

bool LineReader::next(std::string_view& line) {
  overlong_ = false;
  size_t scanned = begin_;
  bool skipping = false;  // past the limit: drop bytes until the line ends
  for (;;) {
    // No memchr on an empty range: before the first read the buffer is null.
    const void* nl = end_ > scanned ? std::memchr(buf_.get() + scanned, '\n', end_ - scanned) : nullptr;
    if (nl) {
      const size_t at = static_cast<size_t>(static_cast<const char*>(nl) - buf_.get());
      overlong_ = skipping || at - begin_ > max_line_bytes();
      line = overlong_ ? std::string_view() : std::string_view(buf_.get() + begin_, at - begin_);
      consumed_ += at + 1 - begin_;
      begin_ = at + 1;
      ++line_number_;
      return true;
    }
    if (end_ - begin_ > max_line_bytes()) {
      // Refuse rather than thrash: the line's bytes are not kept.
      skipping = true;
      consumed_ += end_ - begin_;
      begin_ = end_;
    }
    scanned = end_ - begin_;  // offsets move when fill() compacts the buffer
    if (!fill()) break;
  }
  if (begin_ == end_ && !skipping) return false;
  overlong_ = skipping || end_ - begin_ > max_line_bytes();
  line = overlong_ ? std::string_view() : std::string_view(buf_.get() + begin_, end_ - begin_);
  consumed_ += end_ - begin_;
  begin_ = end_;
  ++line_number_;
  return true;
}

void LineReader::release_spare() {
  if (capacity_ <= 4 * kChunk) return;
  const size_t rest = end_ - begin_;
  std::unique_ptr<char[]> smaller(new char[rest + kChunk]);
  if (rest > 0) std::memcpy(smaller.get(), buf_.get() + begin_, rest);
  buf_ = std::move(smaller);
  capacity_ = rest + kChunk;
  begin_ = 0;
  end_ = rest;
}

void LineReader::skip_byte_order_mark() {
  if (consumed_ > 0 || begin_ != 0) return;
  while (end_ < 3 && fill()) {
  }
  if (end_ >= 3 && std::memcmp(buf_.get(), "\xEF\xBB\xBF", 3) == 0) {
    begin_ = 3;
    consumed_ = 3;
  }
}

int LineReader::peek_first_nonblank() {
  size_t i = begin_;
  // A byte-order mark at the very start counts as blank here, so that a
  // record stream that has one is still recognized.
  if (consumed_ == 0 && begin_ == 0) {
    while (end_ < 3 && fill()) {
    }
    if (end_ >= 3 && std::memcmp(buf_.get(), "\xEF\xBB\xBF", 3) == 0) i = 3;
  }
  for (;;) {
    for (; i < end_; ++i) {
      const char c = buf_[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return static_cast<unsigned char>(c);
    }
    i -= begin_;
    if (!fill()) return -1;
    i += begin_;
  }
}

std::string LineReader::read_rest() {
  while (fill()) {
    if (end_ - begin_ > max_line_bytes()) {
      throw Error("larger than " + std::to_string(max_line_bytes()) + " bytes (--max-record-bytes)", name_);
    }
  }
  std::string rest;
  if (end_ > begin_) rest.assign(buf_.get() + begin_, end_ - begin_);
  consumed_ += rest.size();
  // The buffer has done its work; a plain-text page may be hundreds of
  // megabytes, so do not hold it twice.
  buf_.reset();
  capacity_ = begin_ = end_ = 0;
  return rest;
}

std::string read_file(const std::string& path) {
  LineReader reader(path);
  return reader.read_rest();
}

}  // namespace osce
