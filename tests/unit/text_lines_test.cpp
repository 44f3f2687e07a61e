// Text helpers shared by the filters.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "osce/text_lines.hpp"

TEST_CASE("word_count counts blank-separated words, and stops just past its limit", "[text]") {
  CHECK(osce::word_count("") == 0);
  CHECK(osce::word_count("  \t ") == 0);
  CHECK(osce::word_count("one") == 1);
  CHECK(osce::word_count(" two\twords ") == 2);
  CHECK(osce::word_count("a\nb c") == 2);  // a line end is not a blank here: lines are counted one by one
  // Against the plain count, on texts longer than the 64-byte blocks, with
  // limits below, at and above the real number.
  std::mt19937 rng(5);
  for (int round = 0; round < 500; ++round) {
    std::string s;
    for (size_t i = rng() % 400; i > 0; --i) s += " \tab"[rng() % 4];
    size_t plain = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      const bool word = s[i] != ' ' && s[i] != '\t';
      plain += word && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t');
    }
    REQUIRE(osce::word_count(s) == plain);
    const size_t limit = rng() % 80;
    REQUIRE(osce::word_count(s, limit) == std::min(plain, limit + 1));
  }
}
