// An array that grows a chunk at a time, for what osce-check keeps of every
// record of a corpus.
//
// A std::vector doubles: it copies everything it holds into an array twice
// the size, so while it grows it holds the old and the new array, and after
// it, up to half the new one lies unused. On a corpus of 266,668 records the
// arrays of osce-check took about 5 MB more than their contents that way.
// Chunks of a fixed size are never copied, and only the last one has room to
// spare. (std::deque does this too, with chunks of 512 bytes and a map of
// them that a push may copy; its chunks are too small to leave to mmap.)
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace osce {

template <typename T>
class ChunkedArray {
 public:
  // 16,384 values a chunk (128 KiB of 8-byte values): the table of chunks
  // stays small, and the last chunk's spare room does not matter.
  static constexpr size_t kChunkBits = 14;
  static constexpr size_t kChunkSize = size_t{1} << kChunkBits;

  void push_back(const T& value) {
    if ((size_ & (kChunkSize - 1)) == 0) chunks_.push_back(std::make_unique_for_overwrite<T[]>(kChunkSize));
    (*this)[size_++] = value;
  }
  T& operator[](size_t i) { return chunks_[i >> kChunkBits][i & (kChunkSize - 1)]; }
  const T& operator[](size_t i) const { return chunks_[i >> kChunkBits][i & (kChunkSize - 1)]; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  std::vector<std::unique_ptr<T[]>> chunks_;
  size_t size_ = 0;
};

}  // namespace osce
