#include "osce/item_families.hpp"

#include <algorithm>

#include "osce/hash.hpp"

namespace osce {

void ItemFamilies::add(std::string_view parent, uint64_t n, uint32_t record) {
  const auto next = static_cast<uint32_t>(families_.size());
  std::optional<uint32_t> known;
  if (next > 0 && parents_.back() == parent) {
    known = next - 1;
  } else {
    const uint32_t tag = tag_of_hash(text_hash(parent, /*fold=*/false));
    known = by_parent_.find_or_add(
        tag, next, [&](uint32_t f) { return parents_.equals(f, parent); }, [this](uint32_t f) { return tags_[f]; });
    if (!known) {
      parents_.push_back(parent);
      families_.push_back({n, 1, record});
      tags_.push_back(tag);
      return;
    }
  }
  Family& f = families_[*known];
  if (f.count != UINT32_MAX) ++f.count;  // (four billion items of one parent: no file holds that many lines)
  f.highest = std::max(f.highest, n);
  f.last = record;
}

std::vector<ItemFamilies::Incomplete> ItemFamilies::incomplete() const {
  std::vector<Incomplete> out;
  for (uint32_t k = 0; k < families_.size(); ++k) {
    const Family& f = families_[k];
    if (f.count < f.highest) out.push_back({parents_[k], f.count, f.highest, f.last});
  }
  std::sort(out.begin(), out.end(), [](const Incomplete& a, const Incomplete& b) { return a.parent < b.parent; });
  return out;
}

}  // namespace osce
