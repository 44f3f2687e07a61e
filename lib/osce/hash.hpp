// FNV-1a, the 64-bit hash the tools use for fingerprints of words and texts
// (near-duplicates, duplicate texts, lexical cohesion): simple, fast on short
// keys, and the same on every run and machine, unlike std::hash.
#pragma once

#include <cstdint>
#include <string_view>

namespace osce {

inline constexpr uint64_t kFnvOffset = 14695981039346656037ULL;
inline constexpr uint64_t kFnvPrime = 1099511628211ULL;

// One byte into a running hash; `fold` lowercases ASCII letters first.
inline uint64_t fnv1a_step(uint64_t h, char c, bool fold = false) {
  if (fold && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
}

inline uint64_t fnv1a(std::string_view s, bool fold = false) {
  uint64_t h = kFnvOffset;
  for (char c : s) h = fnv1a_step(h, c, fold);
  return h;
}

}  // namespace osce
