// The 64-bit hashes the tools use for fingerprints of words, names and
// texts: the same on every run and machine, unlike std::hash.
//
// FNV-1a, a byte at a time, for SimHash's words (near-duplicates), whose
// findings depend on the exact votes; text_hash, eight bytes at a time,
// for everything a hot loop hashes (whole texts for exact duplicates, the
// words of lexical cohesion, taxonomy names), where a multiplication per
// byte would be the loop's cost.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace osce {

inline constexpr uint64_t kFnvOffset = 14695981039346656037ULL;
inline constexpr uint64_t kFnvPrime = 1099511628211ULL;

// Byte -> the byte with ASCII capitals lowercased: a load, where two
// comparisons and a branch on every byte of every word cost more.
inline constexpr std::array<uint8_t, 256> kAsciiLower = [] {
  std::array<uint8_t, 256> t{};
  for (size_t b = 0; b < 256; ++b) t[b] = static_cast<uint8_t>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
  return t;
}();

// One byte into a running hash; `fold` lowercases ASCII letters first.
inline uint64_t fnv1a_step(uint64_t h, char c, bool fold = false) {
  const auto b = static_cast<unsigned char>(c);
  return (h ^ (fold ? kAsciiLower[b] : b)) * kFnvPrime;
}

inline uint64_t fnv1a(std::string_view s, bool fold = false) {
  uint64_t h = kFnvOffset;
  for (char c : s) h = fnv1a_step(h, c, fold);
  return h;
}

namespace hash_detail {

// ASCII capitals to lowercase, eight bytes at once; other bytes, UTF-8
// included, as they are.
inline uint64_t fold_ascii(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t seven = x & ~kHigh;
  const uint64_t at_least_a = seven + (0x80 - 'A') * kOnes;    // high bit: byte >= 'A'
  const uint64_t beyond_z = seven + (0x80 - 'Z' - 1) * kOnes;  // high bit: byte > 'Z'
  return x | ((at_least_a & ~beyond_z & ~x & kHigh) >> 2);
}

// One multiplication and a shift per eight bytes: enough to spread keys
// over a table, and 64 bits keep distinct ones apart.
inline uint64_t mix(uint64_t h) {
  h *= 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 29);
}

// The first `n` (1..8) bytes at `p` as a little-endian word, zero above.
// `end` bounds what may be read: away from it, one load does.
inline uint64_t load_partial(const char* p, size_t n, const char* end) {
  uint64_t x = 0;
  if (end - p >= 8) {
    std::memcpy(&x, p, 8);
    // The mask without a branch: whether a word is shorter than eight bytes
    // changes from word to word. (n is 1..8 here; 0 keeps nothing.)
    x &= n == 0 ? 0 : ~uint64_t{0} >> (64 - 8 * n);
    if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
  } else {
    for (size_t k = 0; k < n; ++k) x |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
  }
  return x;
}

}  // namespace hash_detail

// The hash of the `n` bytes at `p`, ASCII case folded when `fold`; bytes up
// to `end` may be read. text_hash(s) and text_hash of the same bytes
// elsewhere agree.
inline uint64_t text_hash(const char* p, size_t n, const char* end, bool fold) {
  using namespace hash_detail;
  uint64_t h = 0x9E3779B97F4A7C15ULL * (n + 1);
  for (; n > 8; p += 8, n -= 8) {
    const uint64_t x = load_partial(p, 8, end);
    h = mix(h ^ (fold ? fold_ascii(x) : x));
  }
  const uint64_t x = load_partial(p, n, end);
  return mix(h ^ (fold ? fold_ascii(x) : x));
}

inline uint64_t text_hash(std::string_view s, bool fold) {
  return text_hash(s.data(), s.size(), s.data() + s.size(), fold);
}

}  // namespace osce
