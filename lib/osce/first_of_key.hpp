// Key -> the number of the first record (or entry) that had it, for keys
// that live in the caller's arrays: osce-check keeps one of these for ids,
// one for texts and one for the parents of items.
//
// Linear probing in a table of 4-byte slots, each a number, kept in the
// order of the keys' tags (Amble and Knuth's ordered hash table). The
// caller keeps 32 bits of each key's hash (its tag) by number, as it keeps
// the keys: the tag places a key (its home is the tag scaled to the number
// of homes) and rules out almost every other key in the way, so the
// caller's own comparison, which may cost more, runs on a match. A node-based
// map would cost a node and a key's copy per key; slots that held the tag
// too took twice the bytes.
//
// Why ordered: a search for a key that is not there stops at the first
// larger tag, not at the next empty slot, so the table may stand four
// fifths full; and because an ordered table's layout follows from its keys
// alone, it grows in place: every entry moves right, and the new slots come
// as chunks added at the end. A table copied into a larger one held both at
// once: on osce-check's 542,466 items that was 6.7 MB at the peak, for 4 MB
// of table after it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "osce/chunked_array.hpp"

namespace osce {

// A 64-bit hash's tag for FirstOfKey: its top bits (text_hash mixes them
// last, so they vary most).
inline uint32_t tag_of_hash(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }

class FirstOfKey {
 public:
  // The number of the first entry whose key is `number`'s, or nullopt,
  // `number` then becoming the key's first. `tag` is 32 bits of the key's
  // hash, spread over all values (the top of text_hash's); tag_of(n) gives
  // entry n's, and is_key_of(n) says whether entry n has the key, asked
  // only when the tags agree. REQUIRES: tag_of(number) == tag, once this
  // returns.
  template <typename IsKeyOf, typename TagOf>
  std::optional<uint32_t> find_or_add(uint32_t tag, uint32_t number, IsKeyOf is_key_of, TagOf tag_of) {
    if (5 * (used_ + 1) > 4 * homes_) grow(tag_of);
    // From the key's home, the entries run in tag order: pass the smaller
    // tags, ask the equal ones.
    size_t i = home(tag, homes_);
    for (; i < slots_.size() && slots_[i] != 0; ++i) {
      const uint32_t t = tag_of(slots_[i] - 1);
      if (t > tag) break;
      if (t == tag && is_key_of(slots_[i] - 1)) return slots_[i] - 1;
    }
    insert_at(i, number + 1);
    ++used_;
    return std::nullopt;
  }

 private:
  // The tag scaled to `homes` (Lemire's fast range), so that the count need
  // not be a power of two, and a key's home moves right, never left, as the
  // count grows. By half the count and 31 bits, as the table may pass 2^32
  // slots (numbers go to 2^32 - 2), where the product of a tag and the whole
  // count would not fit in 64 bits.
  static size_t home(uint32_t tag, size_t homes) { return static_cast<size_t>((uint64_t{tag} * (homes / 2)) >> 31); }

  // Slots past the last home take the entries that run over it: the run is
  // never wrapped to the front, so that the table stays in tag order.
  void reserve_slots(size_t n) {
    while (slots_.size() < n) slots_.push_back(0);
  }

  // Puts `value` at slot `i`, the entries from `i` to the next empty slot
  // one slot right.
  void insert_at(size_t i, uint32_t value) {
    size_t empty = i;
    while (empty < slots_.size() && slots_[empty] != 0) ++empty;
    reserve_slots(empty + 1);
    for (size_t k = empty; k > i; --k) slots_[k] = slots_[k - 1];
    slots_[i] = value;
  }

  // By a third, to three fifths full. An entry's place in an ordered table
  // is max(its home, the place of the entry before it + 1): with more
  // homes, no place is left of where it was. The places are reckoned from
  // the front, the entries moved from the back (so that none lands on one
  // not yet moved), a block of them at a time from the place before the
  // block, which the first pass wrote down.
  template <typename TagOf>
  void grow(TagOf tag_of) {
    const size_t homes = homes_ == 0 ? 1024 : homes_ + homes_ / 3;
    static constexpr size_t kBlock = 256;
    std::vector<size_t> block_from;  // the first place open to each block's first entry
    size_t next = 0, count = 0;
    for (size_t q = 0; q < slots_.size(); ++q) {
      if (slots_[q] == 0) continue;
      if (count++ % kBlock == 0) block_from.push_back(next);
      next = std::max(home(tag_of(slots_[q] - 1), homes), next) + 1;
    }
    const size_t old_end = slots_.size();
    reserve_slots(std::max(next, homes));
    size_t q = old_end;
    for (size_t b = block_from.size(); b-- > 0;) {
      const size_t n = std::min(kBlock, count - b * kBlock);
      uint32_t values[kBlock];
      size_t from[kBlock];
      for (size_t k = n; k-- > 0;) {
        do --q;
        while (slots_[q] == 0);
        from[k] = q;
        values[k] = slots_[q];
      }
      for (size_t k = 0; k < n; ++k) slots_[from[k]] = 0;
      size_t place = block_from[b];
      for (size_t k = 0; k < n; ++k) {
        place = std::max(home(tag_of(values[k] - 1), homes), place);
        slots_[place++] = values[k];
      }
    }
    homes_ = homes;
  }

  ChunkedArray<uint32_t> slots_;  // number + 1, or 0 for an empty slot
  size_t homes_ = 0;
  size_t used_ = 0;
};

}  // namespace osce
