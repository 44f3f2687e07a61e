// Near-duplicate texts in one pass: a 64-bit SimHash (Charikar) of each
// text's word 3-shingles, and an index of four 16-bit bands. Two texts whose
// hashes differ in at most three bits share a band (pigeonhole), so each new
// text is compared only with the texts in its four buckets, never with all.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace osce {

// The SimHash of `text`, or nullopt for a text under kSimhashMinWords words
// (too short for shingles to say anything).
std::optional<uint64_t> simhash(std::string_view text);
inline constexpr size_t kSimhashMinWords = 20;

class NearDuplicateIndex {
 public:
  // The first earlier text (by the number it was added under) whose hash is
  // within `max_bits` (at most 3) of `hash`, or nullopt; then adds `hash`.
  // Memory: four bucket entries (about 4 x 12 bytes) per text.
  std::optional<uint32_t> find_and_add(uint64_t hash, uint32_t number, int max_bits = 3);

 private:
  std::unordered_map<uint64_t, std::vector<uint32_t>> buckets_;  // band and value -> numbers
  std::vector<uint64_t> hashes_;   // by position of addition
  std::vector<uint32_t> numbers_;  // the caller's number for each position
};

}  // namespace osce
