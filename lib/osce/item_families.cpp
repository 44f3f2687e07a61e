#include "osce/item_families.hpp"

#include <algorithm>

#include "osce/hash.hpp"

namespace osce {

void ItemFamilies::add(std::string_view parent, uint64_t n, uint32_t record) {
  const auto next = static_cast<uint32_t>(families_.size());
  const uint32_t tag = tag_of_hash(text_hash(parent, /*fold=*/false));
  const std::optional<uint32_t> known = by_parent_.find_or_add(
      tag, next, [&](uint32_t f) { return this->parent(f) == parent; },
      [this](uint32_t f) { return tags_[f]; });
  if (!known) {
    parents_ += parent;
    families_.push_back({parents_.size(), n, 1, record});
    tags_.push_back(tag);
    return;
  }
  Family& f = families_[*known];
  if (f.count != UINT32_MAX) ++f.count;  // (four billion items of one parent: no file holds that many lines)
  f.highest = std::max(f.highest, n);
  f.last = record;
}

std::string_view ItemFamilies::parent(uint32_t family) const {
  const uint64_t begin = family == 0 ? 0 : families_[family - 1].parent_end;
  return std::string_view(parents_).substr(begin, families_[family].parent_end - begin);
}

std::vector<ItemFamilies::Incomplete> ItemFamilies::incomplete() const {
  std::vector<Incomplete> out;
  for (uint32_t k = 0; k < families_.size(); ++k) {
    const Family& f = families_[k];
    if (f.count < f.highest) out.push_back({parent(k), f.count, f.highest, f.last});
  }
  std::sort(out.begin(), out.end(), [](const Incomplete& a, const Incomplete& b) { return a.parent < b.parent; });
  return out;
}

}  // namespace osce
