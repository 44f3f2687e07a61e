// Key -> the number of the first record (or entry) that had it, for keys
// that live in the caller's arrays: osce-check keeps one of these for ids,
// one for texts and one for the parents of items.
//
// Linear probing in a table of 4-byte slots, each a number, half to three
// quarters full. The caller keeps 32 bits of each key's hash (its tag) by
// number, as it keeps the keys: the tag places a key (its home is the tag
// scaled to the table's size) and rules out almost every other key in the
// way, so the caller's own comparison, which may cost more, runs on a
// match. A node-based map would cost a node and a key's copy per key; slots
// that held the tag too took twice the bytes, and a table that doubled
// stood three eighths full after each growth.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

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
  // only when the tags agree. REQUIRES: tag_of(number) == tag, from now on.
  template <typename IsKeyOf, typename TagOf>
  std::optional<uint32_t> find_or_add(uint32_t tag, uint32_t number, IsKeyOf is_key_of, TagOf tag_of) {
    if (4 * (used_ + 1) > 3 * slots_.size()) grow(tag_of);
    for (size_t i = home(tag);; i = i + 1 == slots_.size() ? 0 : i + 1) {
      const uint32_t slot = slots_[i];
      if (slot == 0) {
        slots_[i] = number + 1;
        ++used_;
        return std::nullopt;
      }
      if (tag_of(slot - 1) == tag && is_key_of(slot - 1)) return slot - 1;
    }
  }

 private:
  // The tag scaled to the table's size (Lemire's fast range), so that the
  // size need not be a power of two. By half the size and 31 bits, as the
  // table may pass 2^32 slots (numbers go to 2^32 - 2), where the product
  // of a tag and the whole size would not fit in 64 bits.
  size_t home(uint32_t tag) const { return static_cast<size_t>((uint64_t{tag} * (slots_.size() / 2)) >> 31); }

  // By half again, to half full.
  template <typename TagOf>
  void grow(TagOf tag_of) {
    std::vector<uint32_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() + old.size() / 2, 0);
    for (const uint32_t slot : old) {
      if (slot == 0) continue;
      size_t i = home(tag_of(slot - 1));
      while (slots_[i] != 0) i = i + 1 == slots_.size() ? 0 : i + 1;
      slots_[i] = slot;
    }
  }

  std::vector<uint32_t> slots_;  // number + 1, or 0 for an empty slot
  size_t used_ = 0;
};

}  // namespace osce
