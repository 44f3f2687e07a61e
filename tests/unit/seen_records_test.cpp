// What osce-check remembers of each record, checked against plain maps on
// many records (the tables grow several times).
#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "osce/seen_records.hpp"

TEST_CASE("seen records: first of each id and text, and where each record was", "[check]") {
  osce::SeenRecords seen;
  std::map<std::string, uint32_t> first_id;
  std::map<uint64_t, uint32_t> first_text;
  std::vector<std::string> ids, wheres;
  std::mt19937 rng(3);
  constexpr uint32_t kRecords = 20000;
  for (uint32_t n = 0; n < kRecords; ++n) {
    // Ids repeat (a small pool), some are empty; texts repeat too; files
    // change every few hundred records, and come back; line 0 is a page;
    // now and then a line past 32 bits, from 2^32 - 1 on.
    const std::string id = rng() % 10 == 0 ? "" : "item-" + std::to_string(rng() % 5000);
    const std::string file = "part-" + std::to_string((n / 700) % 5) + ".jsonl";
    const uint64_t line = n % 9 == 0 ? 0 : n % 250 == 1 ? uint64_t{UINT32_MAX} + n / 250 : n + 1;
    REQUIRE(seen.add(id, file, line) == n);
    ids.push_back(id);
    wheres.push_back(line ? file + ":" + std::to_string(line) : file);

    std::optional<uint32_t> want_id;
    if (!id.empty()) {
      const auto [it, fresh] = first_id.emplace(id, n);
      if (!fresh) want_id = it->second;
    }
    REQUIRE(seen.first_with_id(n) == want_id);

    if (n % 4 != 0) {  // not every record has a text
      const uint64_t hash = (rng() % 3000) * 0x9E3779B97F4A7C15ULL;  // the same low bits for many
      const auto [it, fresh] = first_text.emplace(hash, n);
      const std::optional<uint32_t> want_text = fresh ? std::nullopt : std::optional<uint32_t>(it->second);
      REQUIRE(seen.first_with_text(n, hash) == want_text);
    }
  }
  for (uint32_t n = 0; n < kRecords; ++n) {
    REQUIRE(seen.id(n) == ids[n]);
    REQUIRE(seen.where(n) == wheres[n]);
  }
}
