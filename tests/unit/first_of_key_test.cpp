// FirstOfKey against a std::map, when hashes collide in their top bits (the
// slot's tag) and when they do not, across several growths.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <utility>
#include <vector>

#include "osce/first_of_key.hpp"
#include "osce/hash.hpp"

namespace {

// Adds `count` entries, key and tag of each from `draw`, and checks each
// answer against a std::map of each key's first entry.
template <typename Draw>
void check_against_a_map(uint32_t count, Draw draw) {
  osce::FirstOfKey table;
  std::vector<uint64_t> keys;  // by entry number
  std::vector<uint32_t> tags;
  std::map<uint64_t, uint32_t> first;
  for (uint32_t n = 0; n < count; ++n) {
    const auto [key, tag] = draw();
    keys.push_back(key);
    tags.push_back(tag);
    const auto [it, fresh] = first.emplace(key, n);
    const std::optional<uint32_t> want = fresh ? std::nullopt : std::optional<uint32_t>(it->second);
    REQUIRE(table.find_or_add(
                tag, n, [&](uint32_t k) { return keys[k] == key; }, [&](uint32_t k) { return tags[k]; }) == want);
  }
}

}  // namespace

TEST_CASE("first of key: the first entry of each key, through collisions and growth", "[check]") {
  // A tenth of the keys share one tag (the table then tells them apart by
  // asking), the rest spread; keys repeat.
  std::mt19937_64 rng(11);
  check_against_a_map(50000, [&] {
    const uint64_t key = rng() % 10 == 0 ? rng() % 500 : osce::text_hash(std::to_string(rng() % 20000), false);
    return std::pair<uint64_t, uint32_t>(key, key < 500 ? 0xDEADBEEF : osce::tag_of_hash(key));
  });
}

TEST_CASE("first of key: keys whose homes are the last ones run past them, through growth", "[check]") {
  // Tags at the very top all have the last home: their run goes on past the
  // table's homes (it is never wrapped to the front), and every growth moves
  // it. Half the keys crowd the top 64 tags, the rest spread.
  std::mt19937 rng(5);
  check_against_a_map(20000, [&] {
    const uint32_t key = static_cast<uint32_t>(rng() % 8000);
    const uint32_t tag = key % 2 == 0 ? 0xFFFFFFFFu - key % 64 : osce::tag_of_hash(osce::text_hash(std::to_string(key), false));
    return std::pair<uint64_t, uint32_t>(key, tag);
  });
}
