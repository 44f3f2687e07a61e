// Reading an input, a file or standard input, one line at a time.
//
// Lines may be of any length: the buffer grows to the longest line and no
// further, so memory follows the largest record, not the input's size.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace osce {

// The name diagnostics use for standard input (grep's convention).
inline constexpr std::string_view kStdinName = "(standard input)";

// The longest line (a record) or page a reader takes: 512 MiB unless the
// command line says otherwise (--max-record-bytes). Past it, a line is
// skipped without being held in memory and a page is refused, instead of
// driving the machine into swap. Process-wide: set once after parsing.
inline constexpr size_t kDefaultMaxRecordBytes = size_t{512} << 20;
void set_max_line_bytes(size_t bytes);
size_t max_line_bytes();

class LineReader {
 public:
  // Opens `path`, or standard input when it is "-". Throws Error when the file
  // cannot be opened or is a directory.
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line, without its LF; a last line without LF counts too. The
  // view stays valid until the next call. Returns false at the end of input.
  // A line longer than max_line_bytes() comes back empty with overlong()
  // true. Throws Error on a read error.
  bool next(std::string_view& line);
  bool overlong() const { return overlong_; }

  // Gives back a buffer grown for a long line, keeping the bytes read past
  // the last line returned. For a caller that has copied that line out
  // (RecordReader, for a large record): the line is then held once, not in
  // the copy and here too. Invalidates the last line's view.
  void release_spare();

  // Drops a UTF-8 byte-order mark at the very start of the input, if any.
  // Record streams take one as noise; osce-jsonl keeps a page's bytes as they are.
  void skip_byte_order_mark();

  // The first byte that is not a blank (space, tab, CR, LF, or a byte-order
  // mark at the start), without consuming anything; -1 for an input that is
  // empty or all blank.
  int peek_first_nonblank();

  // Everything not yet read, as one string (plain-text inputs). Throws
  // Error when it is larger than max_line_bytes().
  std::string read_rest();

  // The number of the line last returned by next(), counting from 1.
  uint64_t line_number() const { return line_number_; }
  // The path as given, or kStdinName.
  const std::string& name() const { return name_; }
  // Bytes consumed so far (for progress reports).
  uint64_t bytes_read() const { return consumed_; }

 private:
  bool fill();  // reads more; false at end of input

  int fd_ = -1;
  bool owns_fd_ = false;
  bool eof_ = false;
  bool overlong_ = false;
  std::string name_;
  // Not a std::string: growing one zero-fills it, which makes every byte of
  // a huge line's buffer resident twice over. Pages of this one are touched
  // only as data arrives.
  std::unique_ptr<char[]> buf_;
  size_t capacity_ = 0;
  size_t begin_ = 0;  // start of unconsumed data in buf_
  size_t end_ = 0;    // end of valid data in buf_
  uint64_t line_number_ = 0;
  uint64_t consumed_ = 0;
};

// Reads a whole file ("-" for standard input) into a string. Throws Error.
std::string read_file(const std::string& path);

}  // namespace osce
