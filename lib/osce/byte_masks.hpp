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
//
// A class of several tests is written as one function of a Lane (16 bytes),
// so that the tests combine byte by byte and each 16 bytes are turned into
// bits once: block.mask([](Lane b) { return b.letters() | b.eq('-'); }).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

// OSCE_PORTABLE_MASKS asks for the plain loops where SSE2 is there too (the
// unit tests check that both give the same masks).
#if defined(__SSE2__) && !defined(OSCE_PORTABLE_MASKS)
#define OSCE_MASKS_SSE2 1
#include <emmintrin.h>
#endif

// The masks are a few instructions each, called in the innermost loops: a
// call would cost more than the work.
#ifndef OSCE_INLINE
#define OSCE_INLINE inline __attribute__((always_inline))
#endif

namespace osce {
// The two versions have their own names, so that both may be in one program.
#if defined(OSCE_MASKS_SSE2)
inline namespace sse2 {
#else
inline namespace portable {
#endif

// Sixteen bytes, and byte-wise tests on them: a test gives a Lane with 0xFF
// where it holds and 0 elsewhere; tests combine with | and &.
class Lane {
 public:
  Lane() = default;
#if defined(OSCE_MASKS_SSE2)
  OSCE_INLINE static Lane load(const char* p) { return Lane(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))); }
  OSCE_INLINE friend Lane operator|(Lane a, Lane b) { return Lane(_mm_or_si128(a.v_, b.v_)); }
  OSCE_INLINE friend Lane operator&(Lane a, Lane b) { return Lane(_mm_and_si128(a.v_, b.v_)); }
  OSCE_INLINE Lane eq(uint8_t c) const { return Lane(_mm_cmpeq_epi8(v_, _mm_set1_epi8(static_cast<char>(c)))); }
  // Unsigned comparisons: min/max then equality, as SSE2 compares only signed bytes.
  OSCE_INLINE Lane at_most(uint8_t c) const {
    return Lane(_mm_cmpeq_epi8(_mm_min_epu8(v_, _mm_set1_epi8(static_cast<char>(c))), v_));
  }
  OSCE_INLINE Lane at_least(uint8_t c) const {
    return Lane(_mm_cmpeq_epi8(_mm_max_epu8(v_, _mm_set1_epi8(static_cast<char>(c))), v_));
  }
  // lo <= byte <= hi: one subtraction moves the range to 0..hi-lo.
  OSCE_INLINE Lane in_range(uint8_t lo, uint8_t hi) const {
    const __m128i d = _mm_sub_epi8(v_, _mm_set1_epi8(static_cast<char>(lo)));
    return Lane(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(static_cast<char>(hi - lo))), d));
  }
  // ASCII letters of either case: the case bit set, then one range.
  OSCE_INLINE Lane letters() const { return folded().in_range('a', 'z'); }
  // Bytes of 0x80 and above: the parts of multi-byte UTF-8 sequences.
  OSCE_INLINE Lane high() const { return Lane(_mm_cmplt_epi8(v_, _mm_setzero_si128())); }
  // The 0x20 bit of every byte set: ASCII letters lowercased (and other
  // bytes changed, so only letters may be tested on it).
  OSCE_INLINE Lane folded() const { return Lane(_mm_or_si128(v_, _mm_set1_epi8(0x20))); }
  // Bit i set where byte i's test held.
  OSCE_INLINE uint32_t bits() const { return static_cast<uint32_t>(_mm_movemask_epi8(v_)); }

 private:
  OSCE_INLINE explicit Lane(__m128i v) : v_(v) {}
  __m128i v_;
#else
  OSCE_INLINE static Lane load(const char* p) {
    Lane l;
    std::memcpy(l.b_, p, 16);
    return l;
  }
  OSCE_INLINE friend Lane operator|(Lane a, Lane b) {
    return a.each([&](uint8_t x, size_t i) { return x | b.b_[i]; });
  }
  OSCE_INLINE friend Lane operator&(Lane a, Lane b) {
    return a.each([&](uint8_t x, size_t i) { return x & b.b_[i]; });
  }
  OSCE_INLINE Lane eq(uint8_t c) const { return test([c](uint8_t x) { return x == c; }); }
  OSCE_INLINE Lane at_most(uint8_t c) const { return test([c](uint8_t x) { return x <= c; }); }
  OSCE_INLINE Lane at_least(uint8_t c) const { return test([c](uint8_t x) { return x >= c; }); }
  OSCE_INLINE Lane in_range(uint8_t lo, uint8_t hi) const {
    return test([lo, hi](uint8_t x) { return x >= lo && x <= hi; });
  }
  OSCE_INLINE Lane letters() const { return folded().in_range('a', 'z'); }
  OSCE_INLINE Lane high() const { return test([](uint8_t x) { return x >= 0x80; }); }
  OSCE_INLINE Lane folded() const {
    return each([](uint8_t x, size_t) { return x | 0x20; });
  }
  OSCE_INLINE uint32_t bits() const {
    uint32_t m = 0;
    for (size_t i = 0; i < 16; ++i) m |= static_cast<uint32_t>(b_[i] >> 7) << i;
    return m;
  }

 private:
  template <typename F>
  OSCE_INLINE Lane each(F f) const {
    Lane l;
    for (size_t i = 0; i < 16; ++i) l.b_[i] = static_cast<uint8_t>(f(b_[i], i));
    return l;
  }
  template <typename F>
  OSCE_INLINE Lane test(F f) const {
    return each([&](uint8_t x, size_t) { return f(x) ? 0xFF : 0; });
  }
  uint8_t b_[16];
#endif
};

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
  // The `n` (< 64) bytes at `p`, as ByteBlock(p, n) gives them, but read
  // whole where the 64 bytes from `p` may be read: a paragraph's bytes lie
  // within its page, and its last block reads on into the page (the bytes
  // past `n`, the page's, are the caller's to clear, as zero bytes are). The
  // padded copy, a call to memcpy of a length that changes from paragraph
  // to paragraph, cost osce-split more in mispredicted branches than in
  // instructions. `readable_end` null: the copy.
  OSCE_INLINE static ByteBlock partial(const char* p, size_t n, const char* readable_end) {
    return readable_end != nullptr && readable_end - p >= static_cast<std::ptrdiff_t>(kSize) ? ByteBlock(p)
                                                                                          : ByteBlock(p, n);
  }

  // The class `test` gives for each Lane of the block, as 64 bits.
  template <typename Test>
  OSCE_INLINE uint64_t mask(Test test) const {
    uint64_t m = 0;
    for (size_t k = 0; k < 4; ++k) m |= static_cast<uint64_t>(test(lanes_[k]).bits()) << (16 * k);
    return m;
  }

  // Single tests, for a class of one.
  OSCE_INLINE uint64_t eq(uint8_t c) const {
    return mask([c](Lane b) { return b.eq(c); });
  }
  OSCE_INLINE uint64_t at_most(uint8_t c) const {
    return mask([c](Lane b) { return b.at_most(c); });
  }
  OSCE_INLINE uint64_t in_range(uint8_t lo, uint8_t hi) const {
    return mask([lo, hi](Lane b) { return b.in_range(lo, hi); });
  }
  OSCE_INLINE uint64_t letters() const {
    return mask([](Lane b) { return b.letters(); });
  }

  // Bit i set when the `n` bytes from i are `word` (n <= 4), ASCII letters
  // of `word` matching either case when `any_case`: a block's last n - 1
  // positions cannot tell, and stay clear.
  OSCE_INLINE uint64_t starts_of(std::string_view word, bool any_case = false) const {
    uint64_t m = ~uint64_t{0};
    for (size_t k = 0; k < word.size(); ++k) {
      const uint8_t c = static_cast<uint8_t>(word[k]);
      m &= mask([c, any_case](Lane b) { return (any_case ? b.folded() : b).eq(c); }) >> k;
    }
    return m & (~uint64_t{0} >> (word.size() - 1));
  }

 private:
  OSCE_INLINE void load(const char* p) {
    for (size_t k = 0; k < 4; ++k) lanes_[k] = Lane::load(p + 16 * k);
  }
  Lane lanes_[4];
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
// `data`, the last one zero-padded (or read on to `readable_end`, see
// ByteBlock::partial); `valid` has a bit for each byte of the text.
template <typename Visit>
void for_each_block(const char* data, size_t size, const char* readable_end, Visit&& visit) {
  size_t at = 0;
  for (; at + ByteBlock::kSize <= size; at += ByteBlock::kSize) {
    visit(ByteBlock(data + at), ~uint64_t{0}, at);
  }
  if (at < size) visit(ByteBlock::partial(data + at, size - at, readable_end), ByteBlock::valid_mask(size - at), at);
}
template <typename Visit>
void for_each_block(const char* data, size_t size, Visit&& visit) {
  for_each_block(data, size, nullptr, visit);
}

// Whether found(block, valid, offset) holds for some block of `size` bytes at
// `data`, blocks `overlap` bytes apart (< 64): with an overlap of n - 1,
// every n bytes lie whole in one block, so a pattern of n bytes is seen
// wherever it stands. Stops at the first block that holds.
template <typename Found>
bool any_block(const char* data, size_t size, size_t overlap, Found&& found) {
  for (size_t at = 0; at < size; at += ByteBlock::kSize - overlap) {
    const size_t n = size - at < ByteBlock::kSize ? size - at : ByteBlock::kSize;
    const ByteBlock block = n == ByteBlock::kSize ? ByteBlock(data + at) : ByteBlock(data + at, n);
    if (found(block, ByteBlock::valid_mask(n), at)) return true;
    if (at + n == size) break;
  }
  return false;
}

// Whether a digit stands in the `size` bytes at `data` (read on to
// `readable_end`, see ByteBlock::partial), stopping at the first block that
// holds one. Dates, datelines, feed stamps and counts have one; most of a
// page's lines (a menu's entries, titles) none, and are asked no further.
inline bool has_digit(const char* data, size_t size, const char* readable_end = nullptr) {
  for (size_t at = 0; at < size; at += ByteBlock::kSize) {
    const size_t n = size - at < ByteBlock::kSize ? size - at : ByteBlock::kSize;
    const ByteBlock block =
        n == ByteBlock::kSize ? ByteBlock(data + at) : ByteBlock::partial(data + at, n, readable_end);
    if ((block.in_range('0', '9') & ByteBlock::valid_mask(n)) != 0) return true;
  }
  return false;
}

// The maximal runs of bytes of `data` in a class (`in_class(block)` gives a
// block's mask), as lists, a window of bytes at a time: each next() lists
// the starts and ends, in turn, of the runs that end in the next window
// (offsets into `data`). The bits where a block's mask changes are, in turn,
// the start of a run and the byte after it, so the loop visits runs, not bytes. A caller that does much with each run loops
// over a list with its state in registers, where a callback per run would
// load and store it; a window bounds the list however long the text.
template <typename InClass>
class RunLists {
 public:
  // (The text may be read on to `readable_end`: see ByteBlock::partial.)
  RunLists(const char* data, size_t size, InClass in_class, const char* readable_end = nullptr)
      : data_(data), size_(size), readable_end_(readable_end), in_class_(in_class) {}
  // Lists the next window's runs; false when the text is done.
  bool next() {
    if (count_ & 1) edges_[0] = edges_[count_ - 1];  // a run still open goes on
    count_ &= 1;
    if (from_ >= size_) return false;
    const size_t from = from_, length = size_ - from < kWindow ? size_ - from : kWindow;
    size_t* out = edges_ + count_;
    uint64_t carry = carry_;
    for_each_block(data_ + from, length, readable_end_, [&](const ByteBlock& block, uint64_t valid, size_t at) {
      const uint64_t bytes = in_class_(block) & valid;
      for (uint64_t changes = bytes ^ (bytes << 1 | carry); changes != 0; changes &= changes - 1) {
        *out++ = from + at + static_cast<size_t>(__builtin_ctzll(changes));
      }
      carry = bytes >> 63;
    });
    carry_ = carry;
    count_ = static_cast<size_t>(out - edges_);
    from_ += length;
    if (from_ == size_ && (count_ & 1)) edges_[count_++] = size_;  // a run to the end of a whole block
    return true;
  }
  const size_t* edges() const { return edges_; }
  size_t count() const { return count_ & ~size_t{1}; }  // whole runs only

 private:
  static constexpr size_t kWindow = 4096;  // a multiple of ByteBlock::kSize: only the last block is partial
  const char* data_;
  size_t size_;
  const char* readable_end_;
  size_t from_ = 0, count_ = 0;
  InClass in_class_;
  uint64_t carry_ = 0;  // the block before ended inside a run
  // At most one edge per byte and one at the window's end, after the start
  // left over from the window before.
  size_t edges_[kWindow + 2];
};

}  // inline namespace
}  // namespace osce
