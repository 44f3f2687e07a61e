#include <catch2/catch.hpp>

#include <bit>
#include <optional>
#include <random>
#include <vector>

#include "osce/check.hpp"
#include "osce/check_rules.hpp"
#include "osce/error.hpp"
#include "osce/simhash.hpp"
#include "osce/strip.hpp"
#include "test_files.hpp"

namespace {

const std::string kText =
    "The OSCE Programme Office in Bishkek held a three-day training course for border guards of the Kyrgyz "
    "Republic on risk analysis, document security and the detection of forged travel documents at border "
    "crossing points along the state border with Tajikistan and Uzbekistan. Trainers from the State Border "
    "Service and international experts led practical exercises at the Ak-Jol checkpoint, where participants "
    "examined passports, visas and vehicle papers under time pressure. The course is part of a project that "
    "the Office runs with the Border Service to strengthen co-operation between neighbouring border agencies "
    "and to share risk profiles in the region.";

std::vector<osce::Finding> findings_for(const std::string& line) {
  std::vector<osce::Finding> out;
  osce::CheckOptions opt;
  opt.today = "2026-11-23";
  opt.enabled = osce::resolve_rules({}, {}, "test");
  osce::Checker checker(opt, [&](const osce::Finding& f) { out.push_back(f); });
  osce::RecordParser parser;
  osce::Record rec;
  REQUIRE(parser.parse(line, rec).empty());
  checker.check("f", 1, rec);
  checker.finish();
  return out;
}

// The messages of the "unsplit" rule for a record whose text is `text`
// (JSON-escaped already).
std::vector<std::string> unsplit(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& f : findings_for(R"({"id":"a","text":")" + text + "\"}")) {
    if (f.rule->name == "unsplit") out.push_back(f.message);
  }
  return out;
}

}  // namespace

// With three bits of 64, SimHash finds texts of a few hundred words that
// differ in a word or two (Manku et al. use it so for web pages).
TEST_CASE("simhash: a changed word keeps the hash close, another text is far", "[simhash]") {
  const std::string article =
      osce::strip_text(osce_test::read(OSCE_CORPUS_DIR "/pages/000_6cf9357d5715f58e.txt"), {}).text;
  const auto a = osce::simhash(article);
  std::string changed = article;
  changed.replace(changed.find("three-day"), 9, "four-day");
  const auto b = osce::simhash(changed);
  const auto c = osce::simhash(
      "Journalists from Kazakhstan and Kyrgyzstan discussed the safety of reporters online with experts of the "
      "Representative on Freedom of the Media at a two-day conference in Almaty on media law and regulation.");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(std::popcount(*a ^ *b) <= 3);
  CHECK(std::popcount(*a ^ *c) > 10);
  CHECK(osce::simhash(kText).has_value());
  CHECK_FALSE(osce::simhash("Too short to say anything.").has_value());
}

TEST_CASE("simhash: words are what counts, in any ASCII case", "[simhash]") {
  const std::string text(kText);
  std::string upper = text, spaced = text;
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  // Punctuation and blanks between words are only separators.
  for (char& c : spaced) {
    if (c == ',' || c == '.' || c == '\n') c = ' ';
  }
  REQUIRE(osce::simhash(text));
  CHECK(osce::simhash(upper) == osce::simhash(text));
  CHECK(osce::simhash(spaced) == osce::simhash(text));
  // Bytes above ASCII are not folded: "\xC3\x89" (É) and "\xC3\xA9" (é) are two words.
  const std::string words = "Kolasin Ecole Podgorica Skopje Tirana Vienna Warsaw Prague Bishkek Dushanbe Tashkent ";
  CHECK(osce::simhash(words + "\xC3\x89" "cole " + words) != osce::simhash(words + "\xC3\xA9" "cole " + words));
}

TEST_CASE("simhash: the index finds near texts without comparing every pair", "[simhash]") {
  osce::NearDuplicateIndex index;
  CHECK_FALSE(index.find_and_add(0x0000FFFF0000FFFFULL, 7));
  CHECK_FALSE(index.find_and_add(0x1234567812345678ULL, 8));
  CHECK(index.find_and_add(0x0000FFFF0000FFF8ULL, 9) == 7u);  // 3 bits apart
  CHECK_FALSE(index.find_and_add(0x0000FFFF0000FFF0ULL ^ 0x0001000100000000ULL, 10) == 8u);
}

TEST_CASE("simhash: the index finds what a scan of every earlier text finds", "[simhash]") {
  // The scan: per band, the earlier texts that share it in the order added;
  // the first within three bits, in the first band that has one.
  std::vector<uint64_t> added;
  std::vector<uint32_t> numbers;
  auto scan = [&](uint64_t hash) -> std::optional<uint32_t> {
    for (int band = 0; band < 4; ++band) {
      const uint64_t value = (hash >> (16 * band)) & 0xFFFF;
      for (size_t p = 0; p < added.size(); ++p) {
        if (((added[p] >> (16 * band)) & 0xFFFF) == value && std::popcount(added[p] ^ hash) <= 3) return numbers[p];
      }
    }
    return std::nullopt;
  };
  osce::NearDuplicateIndex index;
  std::mt19937_64 rng(5);
  std::vector<uint64_t> bases;
  for (int k = 0; k < 50; ++k) bases.push_back(rng());
  size_t found = 0;
  // The numbers skip now and then, as record numbers do past records
  // without a hash (the index keeps them as runs).
  uint32_t number = 1000;
  for (uint32_t n = 0; n < 4000; ++n, ++number) {
    if (rng() % 4 == 0) number += static_cast<uint32_t>(1 + rng() % 3);
    // Near one of a few texts: up to five bits flipped, anywhere.
    uint64_t hash = bases[rng() % bases.size()];
    for (uint64_t flips = rng() % 6; flips > 0; --flips) hash ^= uint64_t{1} << (rng() % 64);
    const std::optional<uint32_t> want = scan(hash);
    REQUIRE(index.find_and_add(hash, number) == want);
    found += want.has_value();
    added.push_back(hash);
    numbers.push_back(number);
  }
  CHECK(found > 1000);  // the test exercises finds, not only misses
}

TEST_CASE("check_rules: groups, selection, unknown names", "[check]") {
  const auto values = osce::resolve_rules({"values"}, {"future-date"}, "t");
  CHECK(values.count("bad-date") == 1);
  CHECK(values.count("future-date") == 0);
  CHECK(values.count("duplicate-id") == 0);
  CHECK(osce::resolve_rules({}, {}, "t").size() == osce::all_rules().size());
  CHECK_THROWS_AS(osce::resolve_rules({"no-such"}, {}, "t"), osce::Error);
}

TEST_CASE("check: dates values, ranges and offsets", "[check]") {
  auto rules_of = [](const std::string& dates) {
    std::vector<std::string> out;
    for (const auto& f : findings_for(R"({"id":"a","text":"On 12 July 2023 it met.","dates":)" + dates + "}")) {
      out.emplace_back(f.rule->name);
    }
    return out;
  };
  CHECK(rules_of(R"([{"text":"12 July 2023","value":"2023-07-12","start":3,"end":15}])").empty());
  CHECK(rules_of(R"([{"text":"12 July","value":"2023-07/2023-08","start":3,"end":10}])").empty());
  CHECK(rules_of(R"([{"text":"12 July 2023","value":"2023-07-32","start":3,"end":15}])") ==
        std::vector<std::string>{"bad-dates"});
  CHECK(rules_of(R"([{"text":"12 July 2023","value":"2023-08/2023-07","start":3,"end":15}])") ==
        std::vector<std::string>{"bad-dates"});
  CHECK(rules_of(R"([{"text":"12 July 2023","value":"2023-07-12","start":4,"end":16}])") ==
        std::vector<std::string>{"bad-dates"});
  CHECK(rules_of(R"([{"text":"12 July 2023","value":"2023","start":3,"end":99}])") ==
        std::vector<std::string>{"bad-dates"});
}

TEST_CASE("check: a separator between two texts is an unsplit page; one at an edge is not", "[check]") {
  CHECK(unsplit(R"(The course ended.\n\n* * *\n\nA new course began.)") ==
        std::vector<std::string>{"a separator line between two texts, at line 3; run osce-split"});
  CHECK(unsplit(R"(* * *\nThe course ended.\n-----\n)").empty());
  CHECK(unsplit(R"(The course ended.\nA - B - C\nA new course began.)").empty());
}

TEST_CASE("check: datelines are an unsplit page where osce-split would cut it", "[check]") {
  CHECK(unsplit(R"(VIENNA, 12 May 2025 - The Chairperson opened the conference.\n)"
                R"(GENEVA, 14 May 2025 - The Co-Chairs met the delegations.)") ==
        std::vector<std::string>{"2 datelines in one text; run osce-split"});
  // A programme of dated events is one item's list: osce-split leaves it whole.
  CHECK(unsplit(R"(SARAJEVO, 3 March 2025 - The Mission presented its programme of events.\n)"
                R"(Sarajevo, 12 May 2025 - Roundtable on early marriages\n)"
                R"(14 May 2025, Mostar - Workshop for school principals)")
            .empty());
}

TEST_CASE("check: canonical names, with the canonical one suggested", "[check]") {
  const auto f = findings_for(R"({"id":"a","text":"x y","countries":["Türkiye","Czech Republic"],"structures":["ODIHR"]})");
  REQUIRE(f.size() == 2);
  CHECK(f[0].message == "\"Czech Republic\" in countries is not a canonical name; use \"Czechia\"");
  CHECK(f[1].message == "\"ODIHR\" in structures is not a canonical name; use \"Office for Democratic Institutions and Human Rights\"");
}
