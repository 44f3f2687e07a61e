// FirstOfKey against a std::map, when hashes collide in their top bits (the
// slot's tag) and when they do not, across several growths.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <vector>

#include "osce/first_of_key.hpp"
#include "osce/hash.hpp"

TEST_CASE("first of key: the first entry of each key, through collisions and growth", "[check]") {
  osce::FirstOfKey table;
  std::vector<uint64_t> keys;  // by entry number
  std::vector<uint32_t> tags;
  std::map<uint64_t, uint32_t> first;
  std::mt19937_64 rng(11);
  for (uint32_t n = 0; n < 50000; ++n) {
    // A tenth of the keys share one tag (the table then tells them apart by
    // asking), the rest spread; keys repeat.
    const uint64_t key = rng() % 10 == 0 ? rng() % 500 : osce::text_hash(std::to_string(rng() % 20000), false);
    const uint32_t tag = key < 500 ? 0xDEADBEEF : osce::tag_of_hash(key);
    keys.push_back(key);
    tags.push_back(tag);
    const auto [it, fresh] = first.emplace(key, n);
    const std::optional<uint32_t> want = fresh ? std::nullopt : std::optional<uint32_t>(it->second);
    REQUIRE(table.find_or_add(
                tag, n, [&](uint32_t k) { return keys[k] == key; }, [&](uint32_t k) { return tags[k]; }) == want);
  }
}

TEST_CASE("first of key: keys whose homes are the last ones run past them, through growth", "[check]") {
  // Tags at the very top all have the last home: their run goes on past the
  // table's homes (it is never wrapped to the front), and every growth moves it.
  osce::FirstOfKey table;
  std::vector<uint32_t> tags;
  std::vector<uint32_t> keys;
  std::map<uint32_t, uint32_t> first;
  std::mt19937 rng(5);
  for (uint32_t n = 0; n < 20000; ++n) {
    const uint32_t key = static_cast<uint32_t>(rng() % 8000);
    // Half the keys crowd the top 64 tags, the rest spread.
    const uint32_t tag = key % 2 == 0 ? 0xFFFFFFFFu - key % 64 : static_cast<uint32_t>(osce::text_hash(std::to_string(key), false) >> 32);
    keys.push_back(key);
    tags.push_back(tag);
    const auto [it, fresh] = first.emplace(key, n);
    const std::optional<uint32_t> want = fresh ? std::nullopt : std::optional<uint32_t>(it->second);
    REQUIRE(table.find_or_add(
                tag, n, [&](uint32_t k) { return keys[k] == key; }, [&](uint32_t k) { return tags[k]; }) == want);
  }
}
