#include "osce/simhash.hpp"

#include "osce/hash.hpp"

#include <array>
#include <bit>
#include <cctype>

namespace osce {
namespace {

// Spreads the bits of a shingle's FNV hash, which are poorly mixed in the high bits.
uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  return x ^ (x >> 33);
}

}  // namespace

std::optional<uint64_t> simhash(std::string_view text) {
  std::vector<uint64_t> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i])) &&
           static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
    }
    uint64_t h = kFnvOffset;
    size_t j = i;
    for (; j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) ||
                               static_cast<unsigned char>(text[j]) >= 0x80);
         ++j) {
      h = fnv1a_step(h, text[j], /*fold=*/true);
    }
    if (j > i) words.push_back(h);
    i = j;
  }
  if (words.size() < kSimhashMinWords) return std::nullopt;
  std::array<int, 64> votes{};
  for (size_t k = 0; k + 2 < words.size(); ++k) {
    const uint64_t shingle = mix(words[k] ^ (words[k + 1] * 31) ^ (words[k + 2] * 961));
    for (int b = 0; b < 64; ++b) votes[static_cast<size_t>(b)] += (shingle >> b) & 1 ? 1 : -1;
  }
  uint64_t hash = 0;
  for (int b = 0; b < 64; ++b) {
    if (votes[static_cast<size_t>(b)] > 0) hash |= uint64_t{1} << b;
  }
  return hash;
}

std::optional<uint32_t> NearDuplicateIndex::find_and_add(uint64_t hash, uint32_t number, int max_bits) {
  std::optional<uint32_t> found;
  for (uint64_t band = 0; band < 4; ++band) {
    const uint64_t key = (band << 16) | ((hash >> (16 * band)) & 0xFFFF);
    std::vector<uint32_t>& bucket = buckets_[key];
    for (uint32_t other : bucket) {
      if (!found && std::popcount(hashes_[other] ^ hash) <= max_bits) found = other;
    }
    bucket.push_back(static_cast<uint32_t>(hashes_.size()));
  }
  hashes_.push_back(hash);
  if (found) found = numbers_[*found];
  numbers_.push_back(number);
  return found;
}

}  // namespace osce
