// Strings kept one after another with the prefix each shares with the one
// before it written once, as leveldb's blocks keep their keys: osce-check
// keeps the id of every record of a corpus, and neighbouring ids are mostly
// one file's name or one page's items ("pages/2023/news-1042.txt#2" after
// "...#1"), so most of an id is its neighbour's.
//
// Each string is its shared length and its other length (LEB128 varints)
// and its other bytes. Every kRestartInterval strings one is written whole
// and its place noted, so reading string i decodes at most that many.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "osce/chunked_array.hpp"

namespace osce {

class FrontCodedStrings {
 public:
  // Sixteen, as leveldb: a read decodes 8.5 strings on average, and a
  // restart's place costs half a byte a string.
  static constexpr size_t kRestartInterval = 16;

  void push_back(std::string_view s);
  // String `i` (REQUIRES: i < size()), into `out`; out's capacity is reused.
  void get(size_t i, std::string& out) const;
  std::string operator[](size_t i) const {
    std::string s;
    get(i, s);
    return s;
  }
  // Whether string `i` is `s` (REQUIRES: i < size()). Decodes into a buffer
  // of its own: not for two threads at once.
  bool equals(size_t i, std::string_view s) const {
    get(i, scratch_);
    return scratch_ == s;
  }
  size_t size() const { return size_; }
  // The string pushed last (REQUIRES: size() > 0), without decoding it.
  std::string_view back() const { return last_; }
  // The bytes kept for the strings and the restarts' places.
  size_t bytes_used() const { return bytes_.size() + restarts_.size() * sizeof(uint64_t); }

 private:
  void put_varint(uint64_t v);
  uint64_t read_varint(uint64_t& at) const;

  ChunkedArray<char> bytes_;
  ChunkedArray<uint64_t> restarts_;  // where strings 0, 16, 32, ... begin in bytes_
  std::string last_;                 // the string pushed last, whose prefix the next may share
  mutable std::string scratch_;      // for equals
  size_t size_ = 0;
};

}  // namespace osce
