// FrontCodedStrings against a plain vector of strings: shared prefixes of
// every length, across restarts and chunks, lengths past one varint byte.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "osce/front_coded_strings.hpp"

TEST_CASE("front-coded strings: each string as it was pushed", "[check]") {
  osce::FrontCodedStrings strings;
  std::vector<std::string> want;
  std::mt19937 rng(7);
  std::string previous;
  size_t raw_bytes = 0;
  for (int n = 0; n < 30000; ++n) {
    std::string s;
    switch (rng() % 6) {
      case 0: s = ""; break;
      // A page's items: the previous string's stem and a new number.
      case 1: s = previous.substr(0, previous.find('#')) + "#" + std::to_string(rng() % 40); break;
      // A prefix of the previous one, or the same again.
      case 2: s = previous.substr(0, previous.empty() ? 0 : rng() % (previous.size() + 1)); break;
      // Past one varint byte, now and then past a chunk of bytes.
      case 3: s = std::string(rng() % 50 == 0 ? 20000 + rng() % 20000 : 128 + rng() % 300, static_cast<char>('a' + rng() % 26)); break;
      // Any bytes, NUL and bytes past 0x7F among them.
      case 4: for (auto k = rng() % 20; k > 0; --k) s += static_cast<char>(rng() % 256); break;
      default: s = "pages/2023/news-" + std::to_string(rng() % 100000) + ".txt"; break;
    }
    strings.push_back(s);
    CHECK(strings.back() == s);
    want.push_back(s);
    raw_bytes += s.size();
    previous = s;
  }
  REQUIRE(strings.size() == want.size());
  std::string out = "left over";
  for (size_t i = 0; i < want.size(); ++i) {
    strings.get(i, out);
    REQUIRE(out == want[i]);
  }
  // Read in reverse and at random too: no state carries between reads.
  for (size_t i = want.size(); i-- > 0;) REQUIRE(strings[i] == want[i]);
  for (int k = 0; k < 1000; ++k) {
    const size_t i = rng() % want.size();
    REQUIRE(strings[i] == want[i]);
    REQUIRE(strings.equals(i, want[i]));
    REQUIRE_FALSE(strings.equals(i, want[i] + "#"));
    if (!want[i].empty()) REQUIRE_FALSE(strings.equals(i, want[i].substr(1)));
  }
  CHECK(strings.bytes_used() < raw_bytes);
}

TEST_CASE("front-coded strings: a page's items take a few bytes each", "[check]") {
  osce::FrontCodedStrings strings;
  size_t raw_bytes = 0;
  for (int page = 0; page < 1000; ++page) {
    for (int item = 1; item <= 5; ++item) {
      const std::string id = "corpus/2023/07/osce-news-item-" + std::to_string(100000 + page) + ".txt#" +
                             std::to_string(item);
      strings.push_back(id);
      raw_bytes += id.size();
    }
  }
  // 5,000 ids of 42 bytes: one in 16 is whole (44 bytes with its lengths),
  // the others their item number, or the page number's last digits, and two
  // lengths (3 to 9 bytes), and each restart's place 8: about 7 an id.
  CHECK(raw_bytes == 5000 * 42);
  CHECK(strings.bytes_used() < 5000 * 8);
  CHECK(strings[4999] == "corpus/2023/07/osce-news-item-100999.txt#5");
  CHECK(strings[17] == "corpus/2023/07/osce-news-item-100003.txt#3");
}
