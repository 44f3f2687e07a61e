// ItemFamilies against a std::map of the same counts, on many parents (its
// table grows several times), runs of one parent's items, parents that come
// back, and item numbers out of order.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "osce/item_families.hpp"

TEST_CASE("item families: the incomplete parents, in parent order, with their last item's record", "[check]") {
  struct Want {
    uint64_t count = 0, highest = 0;
    uint32_t last = 0;
  };
  osce::ItemFamilies families;
  std::map<std::string, Want> want;
  std::mt19937 rng(11);
  std::string parent;
  for (uint32_t record = 0; record < 30000; ++record) {
    // Parents share prefixes ("page-12", "page-123") and bytes above ASCII,
    // which order as unsigned bytes. A parent's items mostly come one after
    // another, and a parent may come back later.
    if (record == 0 || rng() % 3 == 0) parent = (rng() % 5 == 0 ? "Ş" : "page-") + std::to_string(rng() % 6000);
    const uint64_t n = 1 + rng() % 7;
    families.add(parent, n, record);
    Want& w = want[parent];
    ++w.count;
    w.highest = std::max(w.highest, n);
    w.last = record;
  }
  std::vector<osce::ItemFamilies::Incomplete> got = families.incomplete();
  size_t k = 0;
  for (const auto& [name, w] : want) {
    if (w.count >= w.highest) continue;
    REQUIRE(k < got.size());
    CHECK(got[k].parent == name);
    CHECK(got[k].count == w.count);
    CHECK(got[k].highest == w.highest);
    CHECK(got[k].last == w.last);
    ++k;
  }
  CHECK(k == got.size());
  CHECK(k > 1000);  // many incomplete, and many complete too
  CHECK(k < want.size());
}
