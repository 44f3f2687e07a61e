// Key -> the number of the first record (or entry) that had it, for keys
// that live in the caller's arrays: osce-check keeps one of these for ids,
// one for texts and one for the parents of items.
//
// Linear probing in a table of 8-byte slots, at most three quarters full. A
// slot holds the number and 32 bits of the key's hash, which rule out most
// other keys without reading the caller's arrays; the rest of a comparison,
// and the hashes to place the numbers again when the table grows, are the
// caller's. A node-based map would cost a node and a key's copy per key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace osce {

class FirstOfKey {
 public:
  // The number of the first entry whose key is `number`'s (is_key_of(n) says
  // whether entry n has it), or nullopt, `number` then becoming the key's
  // first. `hash` is the key's hash; hash_of(n) gives entry n's, to grow.
  template <typename IsKeyOf, typename HashOf>
  std::optional<uint32_t> find_or_add(uint64_t hash, uint32_t number, IsKeyOf is_key_of, HashOf hash_of) {
    if (4 * (used_ + 1) > 3 * slots_.size()) grow(hash_of);
    const size_t mask = slots_.size() - 1;
    const auto tag = static_cast<uint32_t>(hash >> 32);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.number_plus_one == 0) {
        slot = {tag, number + 1};
        ++used_;
        return std::nullopt;
      }
      if (slot.tag == tag && is_key_of(slot.number_plus_one - 1)) return slot.number_plus_one - 1;
    }
  }

 private:
  struct Slot {
    uint32_t tag = 0;
    uint32_t number_plus_one = 0;  // 0: empty
  };

  template <typename HashOf>
  void grow(HashOf hash_of) {
    std::vector<Slot> bigger(slots_.empty() ? 1024 : 2 * slots_.size());
    const size_t mask = bigger.size() - 1;
    for (const Slot& s : slots_) {
      if (s.number_plus_one == 0) continue;
      size_t i = hash_of(s.number_plus_one - 1) & mask;
      while (bigger[i].number_plus_one != 0) i = (i + 1) & mask;
      bigger[i] = s;
    }
    slots_ = std::move(bigger);
  }

  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace osce
