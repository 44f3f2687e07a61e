#include <catch2/catch.hpp>

#include "osce/utf8.hpp"

TEST_CASE("utf8: valid text has no bad byte", "[utf8]") {
  auto text = GENERATE(as<std::string>{}, "", "ascii only, long enough for the fast path",
                       "Türkiye – Cërrik “q” 😀", "\xf4\x8f\xbf\xbf");
  CHECK_FALSE(osce::find_invalid_utf8(text).has_value());
}

TEST_CASE("utf8: the offset of the first bad byte", "[utf8]") {
  auto [text, at] = GENERATE(table<std::string, size_t>({
      {"abc\xff", 3},
      {"0123456789\x80", 10},
      {"\xc0\xaf", 0},              // overlong '/'
      {"ok\xed\xa0\x80", 2},        // surrogate
      {"\xf4\x90\x80\x80", 0},      // past U+10FFFF
      {"é\xe2\x82", 2},             // truncated
      {"ab\xe2x\x82", 2},           // bad continuation
  }));
  auto bad = osce::find_invalid_utf8(text);
  REQUIRE(bad.has_value());
  CHECK(*bad == at);
}
