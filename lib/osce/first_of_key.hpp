// Key -> the number of the first record (or entry) that had it, for keys
// that live in the caller's arrays: osce-check keeps one of these for ids,
// one for texts and one for the parents of items.
//
// Linear probing in a table of 8-byte slots, at most three quarters full. A
// slot holds the number and the top 32 bits of the key's hash: they place
// the key (its home is their top bits, as many as the table's size needs),
// so the table grows without asking for any key again, and they rule out
// almost every other key in the way without reading the caller's arrays.
// The rest of a comparison is the caller's. A node-based map would cost a
// node and a key's copy per key.
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
  // first. `hash` is the key's hash, whose top bits must vary (text_hash's).
  template <typename IsKeyOf>
  std::optional<uint32_t> find_or_add(uint64_t hash, uint32_t number, IsKeyOf is_key_of) {
    if (4 * (used_ + 1) > 3 * slots_.size()) grow();
    const size_t mask = slots_.size() - 1;
    const auto tag = static_cast<uint32_t>(hash >> 32);
    for (size_t i = home(tag);; i = (i + 1) & mask) {
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

  // The first slot to try for a key, from the top bits of its tag. (A table
  // of more than 2^32 slots, for three billion keys, spreads them as 2^32.)
  size_t home(uint32_t tag) const {
    return bits_ <= 32 ? size_t{tag} >> (32 - bits_) : size_t{tag} << (bits_ - 32);
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    bits_ = old.empty() ? 10 : bits_ + 1;
    slots_.assign(size_t{1} << bits_, Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.number_plus_one == 0) continue;
      size_t i = home(s.tag);
      while (slots_[i].number_plus_one != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  int bits_ = 0;  // slots_.size() is 2^bits_
  size_t used_ = 0;
};

}  // namespace osce
