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
//
// The table is 64 tables, chosen by the tag's top six bits, each growing on
// its own: a growth holds one shard's old and new slots at once, not the
// whole table's. As one table, osce-check's table of ids held 2.7 MB of old
// slots beside 4.0 MB of new ones at its peak on 542,466 records.
#pragma once

#include <array>
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
    Shard& shard = shards_[tag >> kShardShift];
    if (4 * (shard.used + 1) > 3 * shard.slots.size()) grow(shard, tag_of);
    std::vector<uint32_t>& slots = shard.slots;
    for (size_t i = home(tag, slots.size());; i = i + 1 == slots.size() ? 0 : i + 1) {
      const uint32_t slot = slots[i];
      if (slot == 0) {
        slots[i] = number + 1;
        ++shard.used;
        return std::nullopt;
      }
      if (tag_of(slot - 1) == tag && is_key_of(slot - 1)) return slot - 1;
    }
  }

 private:
  static constexpr unsigned kShardBits = 6;
  static constexpr unsigned kShardShift = 32 - kShardBits;
  static constexpr uint32_t kHomeMask = (uint32_t{1} << kShardShift) - 1;

  struct Shard {
    std::vector<uint32_t> slots;  // number + 1, or 0 for an empty slot
    size_t used = 0;
  };

  // The tag's bits below the shard's, scaled to the shard's size (Lemire's
  // fast range), so that the size need not be a power of two. 26 bits times
  // a size below 2^38 fits in 64 bits.
  static size_t home(uint32_t tag, size_t size) {
    return static_cast<size_t>(((tag & kHomeMask) * uint64_t{size}) >> kShardShift);
  }

  // By half again, to half full; a shard's first slots are few, so that a
  // small input's 64 shards cost little.
  template <typename TagOf>
  static void grow(Shard& shard, TagOf tag_of) {
    std::vector<uint32_t> old = std::move(shard.slots);
    shard.slots.assign(old.empty() ? 16 : old.size() + old.size() / 2, 0);
    for (const uint32_t slot : old) {
      if (slot == 0) continue;
      size_t i = home(tag_of(slot - 1), shard.slots.size());
      while (shard.slots[i] != 0) i = i + 1 == shard.slots.size() ? 0 : i + 1;
      shard.slots[i] = slot;
    }
  }

  std::array<Shard, size_t{1} << kShardBits> shards_;
};

}  // namespace osce
