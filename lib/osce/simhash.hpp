// Near-duplicate texts in one pass: a 64-bit SimHash (Charikar) of each
// text's word 3-shingles, and an index of four 16-bit bands. Two texts whose
// hashes differ in at most three bits share a band (pigeonhole), so each new
// text is compared only with the texts in its four buckets, never with all.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "osce/chunked_array.hpp"

namespace osce {

// The SimHash of `text`, or nullopt for a text under kSimhashMinWords words
// (too short for shingles to say anything).
std::optional<uint64_t> simhash(std::string_view text);
inline constexpr size_t kSimhashMinWords = 20;

class NearDuplicateIndex {
 public:
  // An earlier text whose hash is within `max_bits` (at most 3) of `hash`,
  // or nullopt; then adds `hash` under `number` (REQUIRES: greater than the
  // numbers added before, as record numbers are). Of several, the first
  // added among those that share the first band with `hash`, else the
  // second band, and so on.
  // Memory: 24 bytes a text (none for a text whose hash an earlier one
  // has), a bit a number, and 1 MB for the buckets' heads.
  std::optional<uint32_t> find_and_add(uint64_t hash, uint32_t number, int max_bits = 3);

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  // Each bucket (a band and a value of it) is a chain through the texts
  // added, the latest first: a head per bucket, and per text, its next in
  // each band's bucket. (A map of vectors cost a node and a vector per
  // bucket, and a vector's spare room: 49 bytes a text on 300,000 texts
  // whose hashes cluster, where chains in doubling vectors took 38, and
  // chains in chunks take 24.)
  std::vector<uint32_t> heads_;    // band * 65536 + value -> latest position, or kNone
  ChunkedArray<uint32_t> next_;    // position * 4 + band -> the position before it in that bucket
  ChunkedArray<uint64_t> hashes_;  // by position of addition
  // The caller's number of each position: a bit for each number that has
  // one, and per 512 numbers the positions before them, so that a
  // position's number is a binary search and a scan of eight words. (Runs
  // of numbers, a run each time a number skipped some, took 8 bytes a run:
  // 1 MB on the bench's 542,466 items, whose short texts and reprints have
  // no position; the bits take 68 KB.)
  static constexpr size_t kWordsPerCount = 8;
  ChunkedArray<uint64_t> numbered_;          // bit n % 64 of word n / 64: number n has a position
  ChunkedArray<uint32_t> positions_before_;  // per kWordsPerCount words
  uint32_t number_of(uint32_t position) const;
  void add(uint64_t hash, uint32_t number);
  static size_t head_of(uint64_t hash, size_t band) { return (band << 16) | ((hash >> (16 * band)) & 0xFFFF); }
};

}  // namespace osce
