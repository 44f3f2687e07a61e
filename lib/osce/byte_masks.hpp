// A text 64 bytes at a time, as bit masks of byte classes: bit i of a mask is
// set when byte i of the block is in the class.
//
// The hot loops of the filters (escaping JSON strings, finding word starts
// for the tagger, finding digits for the date scanner, tokenizing
// paragraphs) test every byte of every text. Tested one at a time, each word
// boundary is a branch the processor mispredicts; as masks, 64 bytes cost a
// few vector instructions, and the loop then visits only the set bits.
// SSE2 is part of x86-64, so no build flag is needed; other processors get
// the same masks from a plain loop.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// The masks are a few instructions each, called in the innermost loops: a
// call would cost more than the work.
#define OSCE_INLINE inline __attribute__((always_inline))

namespace osce {

class ByteBlock {
 public:
  static constexpr size_t kSize = 64;

  // The 64 bytes at `p`. REQUIRES: they are readable.
  OSCE_INLINE explicit ByteBlock(const char* p) { load(p); }
  // The `n` (< 64) bytes at `p`, then zero bytes. Masks of zero bytes are
  // the caller's to clear (valid_mask()).
  ByteBlock(const char* p, size_t n) {
    char padded[kSize] = {};
    std::memcpy(padded, p, n);
    load(padded);
  }
  // The bits of the first `n` bytes.
  static uint64_t valid_mask(size_t n) { return n >= kSize ? ~uint64_t{0} : (uint64_t{1} << n) - 1; }

  // Bit i set when the `n` bytes from i are `word` (n <= 4): a block's last
  // n - 1 positions cannot tell, and stay clear.
  OSCE_INLINE uint64_t starts_of(std::string_view word) const {
    uint64_t m = ~uint64_t{0};
    for (size_t k = 0; k < word.size(); ++k) m &= eq(static_cast<uint8_t>(word[k])) >> k;
    return m & (~uint64_t{0} >> (word.size() - 1));
  }

#if defined(__SSE2__)
  OSCE_INLINE uint64_t eq(uint8_t c) const {
    const __m128i k = _mm_set1_epi8(static_cast<char>(c));
    return gather([&](__m128i v) { return _mm_cmpeq_epi8(v, k); });
  }
  // Unsigned comparisons: min/max then equality, as SSE2 compares only signed bytes.
  OSCE_INLINE uint64_t at_most(uint8_t c) const {
    const __m128i k = _mm_set1_epi8(static_cast<char>(c));
    return gather([&](__m128i v) { return _mm_cmpeq_epi8(_mm_min_epu8(v, k), v); });
  }
  OSCE_INLINE uint64_t at_least(uint8_t c) const {
    const __m128i k = _mm_set1_epi8(static_cast<char>(c));
    return gather([&](__m128i v) { return _mm_cmpeq_epi8(_mm_max_epu8(v, k), v); });
  }
  // lo <= byte <= hi: one subtraction moves the range to 0..hi-lo.
  OSCE_INLINE uint64_t in_range(uint8_t lo, uint8_t hi) const {
    const __m128i base = _mm_set1_epi8(static_cast<char>(lo));
    const __m128i width = _mm_set1_epi8(static_cast<char>(hi - lo));
    return gather([&](__m128i v) {
      const __m128i d = _mm_sub_epi8(v, base);
      return _mm_cmpeq_epi8(_mm_min_epu8(d, width), d);
    });
  }
  // ASCII letters of either case: the case bit set, then one range.
  OSCE_INLINE uint64_t letters() const {
    const __m128i lower = _mm_set1_epi8(0x20);
    const __m128i base = _mm_set1_epi8('a');
    const __m128i width = _mm_set1_epi8('z' - 'a');
    return gather([&](__m128i v) {
      const __m128i d = _mm_sub_epi8(_mm_or_si128(v, lower), base);
      return _mm_cmpeq_epi8(_mm_min_epu8(d, width), d);
    });
  }
  // Bytes of 0x80 and above: the parts of multi-byte UTF-8 sequences.
  OSCE_INLINE uint64_t high() const {
    return gather([](__m128i v) { return v; });
  }
  // The block with the 0x20 bit of every byte set: ASCII letters lowercased
  // (and other bytes changed, so only letters may be tested on it).
  OSCE_INLINE ByteBlock folded() const {
    ByteBlock f = *this;
    for (int k = 0; k < 4; ++k) f.v_[k] = _mm_or_si128(v_[k], _mm_set1_epi8(0x20));
    return f;
  }

 private:
  OSCE_INLINE void load(const char* p) {
    for (int k = 0; k < 4; ++k) v_[k] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
  }
  template <typename Test>
  OSCE_INLINE uint64_t gather(Test test) const {
    uint64_t m = 0;
    for (int k = 0; k < 4; ++k) {
      m |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(test(v_[k])))) << (16 * k);
    }
    return m;
  }
  __m128i v_[4];
#else
  OSCE_INLINE uint64_t eq(uint8_t c) const {
    return gather([c](uint8_t b) { return b == c; });
  }
  OSCE_INLINE uint64_t at_most(uint8_t c) const {
    return gather([c](uint8_t b) { return b <= c; });
  }
  OSCE_INLINE uint64_t at_least(uint8_t c) const {
    return gather([c](uint8_t b) { return b >= c; });
  }
  OSCE_INLINE uint64_t in_range(uint8_t lo, uint8_t hi) const {
    return gather([lo, hi](uint8_t b) { return b >= lo && b <= hi; });
  }
  OSCE_INLINE uint64_t letters() const {
    return gather([](uint8_t b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; });
  }
  OSCE_INLINE uint64_t high() const {
    return gather([](uint8_t b) { return b >= 0x80; });
  }
  OSCE_INLINE ByteBlock folded() const {
    ByteBlock f = *this;
    for (uint8_t& b : f.b_) b |= 0x20;
    return f;
  }

 private:
  OSCE_INLINE void load(const char* p) { std::memcpy(b_, p, kSize); }
  template <typename Test>
  OSCE_INLINE uint64_t gather(Test test) const {
    uint64_t m = 0;
    for (size_t i = 0; i < kSize; ++i) m |= static_cast<uint64_t>(test(b_[i])) << i;
    return m;
  }
  uint8_t b_[kSize];
#endif
};

// The number of set bits. std::popcount is a library call on the x86-64
// baseline, which has no popcnt instruction: this is a dozen instructions.
OSCE_INLINE int count_bits(uint64_t m) {
  m = m - ((m >> 1) & 0x5555555555555555ULL);
  m = (m & 0x3333333333333333ULL) + ((m >> 2) & 0x3333333333333333ULL);
  m = (m + (m >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<int>((m * 0x0101010101010101ULL) >> 56);
}

// Calls visit(block, valid, offset) for each 64-byte block of `size` bytes at
// `data`, the last one zero-padded; `valid` has a bit for each real byte.
template <typename Visit>
void for_each_block(const char* data, size_t size, Visit&& visit) {
  size_t at = 0;
  for (; at + ByteBlock::kSize <= size; at += ByteBlock::kSize) {
    visit(ByteBlock(data + at), ~uint64_t{0}, at);
  }
  if (at < size) visit(ByteBlock(data + at, size - at), ByteBlock::valid_mask(size - at), at);
}

}  // namespace osce

namespace osce {

// Calls visit(begin, end) for each maximal run of bytes of `data` in a class,
// in order; `in_class(block)` gives the class's mask of a block. The bits
// where a block's mask changes are, in turn, the start of a run and the byte
// after it, so the loop visits runs, not bytes.
template <typename InClass, typename Visit>
void for_each_run(const char* data, size_t size, InClass&& in_class, Visit&& visit) {
  size_t start = 0;
  bool inside = false;
  uint64_t carry = 0;  // the block before ended inside a run
  for_each_block(data, size, [&](const ByteBlock& block, uint64_t valid, size_t at) {
    const uint64_t bytes = in_class(block) & valid;
    for (uint64_t edges = bytes ^ (bytes << 1 | carry); edges != 0; edges &= edges - 1) {
      const size_t i = at + static_cast<size_t>(__builtin_ctzll(edges));
      if (inside) visit(start, i);
      start = i;
      inside = !inside;
    }
    carry = bytes >> 63;
  });
  if (inside) visit(start, size);
}

}  // namespace osce
