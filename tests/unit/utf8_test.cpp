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

TEST_CASE("utf8: a bad byte described by its line, column and likely cause", "[utf8]") {
  CHECK_FALSE(osce::describe_invalid_utf8("Café\nline two").has_value());
  // Latin-1's "é" on the second line, after a CRLF first line.
  auto latin1 = osce::describe_invalid_utf8("Vienna\r\nCaf\xe9 talks");
  REQUIRE(latin1.has_value());
  CHECK(latin1->line == 2);
  CHECK(latin1->message ==
        "invalid UTF-8 at column 4 (byte 0xE9: Latin-1 or Windows-1252? iconv -f WINDOWS-1252 -t UTF-8 converts it)");
  // A text cut inside a three-byte character ("–" is E2 80 93).
  auto cut = osce::describe_invalid_utf8("a\nb\nVIENNA \xe2\x80");
  REQUIRE(cut.has_value());
  CHECK(cut->line == 3);
  CHECK(cut->message == "invalid UTF-8 at column 8 (byte 0xE2: the text ends inside a character)");
  // The same lead byte with its sequence broken before the end is no cut.
  auto broken = osce::describe_invalid_utf8("\xe2x\x82 and more");
  REQUIRE(broken.has_value());
  CHECK(broken->line == 1);
  CHECK(broken->message.starts_with("invalid UTF-8 at column 1 (byte 0xE2: Latin-1"));
}

TEST_CASE("utf8: a file with NUL bytes is called binary, not Latin-1", "[utf8]") {
  auto binary = osce::describe_invalid_utf8(std::string("\x00\x01" "binary\xff\xfe", 10));
  REQUIRE(binary.has_value());
  CHECK(binary->message == "invalid UTF-8 at column 9 (byte 0xFF: a binary file?)");
}
