#include "osce/simhash.hpp"

#include <array>
#include <bit>
#include <cassert>

#include "osce/byte_masks.hpp"
#include "osce/hash.hpp"

namespace osce {
namespace {

// Spreads the bits of a shingle's hash.
uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  return x ^ (x >> 33);
}

// Byte b -> a word whose byte k is bit k of b: eight bit-counters advanced by
// one addition.
const std::array<uint64_t, 256> kSpread = [] {
  std::array<uint64_t, 256> t{};
  for (size_t b = 0; b < 256; ++b) {
    for (size_t k = 0; k < 8; ++k) t[b] |= uint64_t{(b >> k) & 1} << (8 * k);
  }
  return t;
}();

// Votes for each of the 64 bits, counted eight bits to an addition: byte k
// of lanes[g] counts bit 8g + k, and is emptied into totals before it can
// overflow.
class BitVotes {
 public:
  void add(uint64_t x) {
    for (size_t g = 0; g < 8; ++g) lanes_[g] += kSpread[(x >> (8 * g)) & 0xFF];
    if (++pending_ == 255) flush();
  }
  // Bit b set where more than half of the `n` values added had it set.
  uint64_t majority(size_t n) {
    flush();
    uint64_t hash = 0;
    for (size_t b = 0; b < 64; ++b) {
      if (2 * totals_[b] > n) hash |= uint64_t{1} << b;
    }
    return hash;
  }

 private:
  void flush() {
    for (size_t g = 0; g < 8; ++g) {
      for (size_t k = 0; k < 8; ++k) totals_[8 * g + k] += (lanes_[g] >> (8 * k)) & 0xFF;
      lanes_[g] = 0;
    }
    pending_ = 0;
  }
  std::array<uint64_t, 8> lanes_{};
  std::array<size_t, 64> totals_{};
  size_t pending_ = 0;
};

// Letters, digits and every byte of a UTF-8 sequence.
OSCE_INLINE uint64_t word_bytes(const ByteBlock& block) {
  return block.mask([](Lane b) { return b.letters() | b.in_range('0', '9') | b.high(); });
}

}  // namespace

std::optional<uint64_t> simhash(std::string_view text) {
  // The words' FNV hashes, ASCII case folded, the words found a block at a
  // time; each run of three words votes as its last word is read, so a
  // long text costs no list of its words. (A hash of eight bytes at a time
  // would be faster, but SimHash distances are a matter of the exact votes:
  // kept as they were.)
  BitVotes votes;
  uint64_t first = 0, second = 0;  // the two words before the current one
  size_t words = 0;
  RunLists runs(text.data(), text.size(), [](const ByteBlock& b) { return word_bytes(b); });
  while (runs.next()) {
    const size_t* const edges = runs.edges();
    for (size_t e = 0; e < runs.count(); e += 2) {
      const uint64_t word = fnv1a(text.substr(edges[e], edges[e + 1] - edges[e]), /*fold=*/true);
      if (words >= 2) votes.add(mix(first ^ (second * 31) ^ (word * 961)));
      first = second, second = word;
      ++words;
    }
  }
  if (words < kSimhashMinWords) return std::nullopt;
  return votes.majority(words - 2);
}

std::optional<uint32_t> NearDuplicateIndex::find_and_add(uint64_t hash, uint32_t number, int max_bits) {
  if (heads_.empty()) heads_.assign(4 << 16, kNone);
  std::optional<uint32_t> found;
  bool seen = false;  // an earlier text has this very hash
  for (size_t band = 0; band < 4 && !found; ++band) {
    // The chain runs from the latest back: the last match met is the first added.
    for (uint32_t p = heads_[head_of(hash, band)]; p != kNone; p = next_[4 * size_t{p} + band]) {
      if (count_bits(hashes_[p] ^ hash) <= max_bits) {
        found = p;
        seen = seen || hashes_[p] == hash;
      }
    }
  }
  // A text whose hash an earlier one has adds nothing: whatever comes near
  // it comes as near the earlier one, which comes first in every band. A
  // corpus's reprints cost no memory then.
  if (!seen) add(hash, number);
  if (found) return number_of(*found);
  return std::nullopt;
}

void NearDuplicateIndex::add(uint64_t hash, uint32_t number) {
  const auto position = static_cast<uint32_t>(hashes_.size());
  for (size_t band = 0; band < 4; ++band) {
    uint32_t& head = heads_[head_of(hash, band)];
    next_.push_back(head);
    head = position;
  }
  hashes_.push_back(hash);
  // Numbers only grow: the words up to this number's are the last ones.
  while (numbered_.size() <= number / 64) {
    if (numbered_.size() % kWordsPerCount == 0) positions_before_.push_back(position);
    numbered_.push_back(0);
  }
  assert((numbered_[number / 64] >> (number % 64)) == 0 && "numbers added must grow");
  numbered_[number / 64] |= uint64_t{1} << (number % 64);
}

uint32_t NearDuplicateIndex::number_of(uint32_t position) const {
  // The last group of words with at most `position` positions before it
  // holds the number (the first group has none before it).
  size_t low = 0, high = positions_before_.size();
  while (high - low > 1) {
    const size_t mid = low + (high - low) / 2;
    if (positions_before_[mid] <= position) {
      low = mid;
    } else {
      high = mid;
    }
  }
  uint32_t rest = position - positions_before_[low];
  for (size_t w = low * kWordsPerCount;; ++w) {
    uint64_t bits = numbered_[w];
    const auto count = static_cast<uint32_t>(std::popcount(bits));
    if (rest < count) {
      for (; rest > 0; --rest) bits &= bits - 1;  // drop the lowest `rest` bits
      return static_cast<uint32_t>(64 * w + static_cast<size_t>(std::countr_zero(bits)));
    }
    rest -= count;
  }
}

}  // namespace osce
