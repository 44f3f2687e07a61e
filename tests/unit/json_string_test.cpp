#include <catch2/catch.hpp>

#include <random>

#include "osce/json_string.hpp"

TEST_CASE("json_string: escaping", "[json_string]") {
  auto [in, out] = GENERATE(table<std::string, std::string>({
      {"plain", R"("plain")"},
      {"", R"("")"},
      {"q\"b\\s/", R"("q\"b\\s/")"},
      {"\n\r\t\b\f", R"("\n\r\t\b\f")"},
      {std::string("\0\x1f\x7f", 3), "\"\\u0000\\u001f\x7f\""},
      {"Türkiye – “OSCE” \xe2\x80\xa8", "\"Türkiye – “OSCE” \xe2\x80\xa8\""},
  }));
  std::string got;
  osce::append_json_string(got, in);
  CHECK(got == out);
  CHECK(osce::decode_json_string(got) == in);
}

TEST_CASE("json_string: decoding escapes a writer would not produce", "[json_string]") {
  CHECK(osce::decode_json_string(R"("\u0041\/\u00E9")") == "A/\xc3\xa9");
  CHECK(osce::decode_json_string(R"("\uD834\uDD1E")") == "\xf0\x9d\x84\x9e");
}

TEST_CASE("json_string: a long string is escaped into a buffer of its escaped length", "[json_string]") {
  // Long enough that the escaped length is counted first; every kind of
  // escape, at every offset in a block of 64 bytes.
  std::string in;
  const std::string pieces[] = {"\"", "\\", "\n", "\t", "\r", "\b", "\f", std::string(1, '\0'), "\x1f", "\xc3\xa9", "word "};
  for (size_t k = 0; in.size() < (size_t{200} << 10); ++k) in += pieces[(k * 7 + k / 13) % std::size(pieces)];
  std::string expected = "\"";
  for (const char c : in) {
    std::string one;
    osce::append_json_string(one, std::string_view(&c, 1));  // short: escaped as it goes
    expected += one.substr(1, one.size() - 2);
  }
  expected += '"';
  std::string got = "prefix:";
  osce::append_json_string(got, in);
  CHECK(got == "prefix:" + expected);
  CHECK(osce::decode_json_string(got.substr(7)) == in);
  // The buffer was sized once: no slack beyond a block's worth.
  CHECK(got.capacity() < got.size() + 128);
}

TEST_CASE("json_string: writes_as tells a literal the writer would write again", "[json_string]") {
  CHECK(osce::writes_as("a\n\"b\"", R"("a\n\"b\"")"));
  CHECK(osce::writes_as("", R"("")"));
  CHECK(osce::writes_as(std::string("\x1f", 1), R"("\u001f")"));
  CHECK_FALSE(osce::writes_as(std::string("\x1f", 1), R"("\u001F")"));  // capital hex
  CHECK_FALSE(osce::writes_as("a/b", R"("a\/b")"));
  CHECK_FALSE(osce::writes_as("\xc3\xa9", R"("\u00e9")"));
  CHECK_FALSE(osce::writes_as("ab", R"("a")"));
  CHECK_FALSE(osce::writes_as("a", R"("ab")"));
}

TEST_CASE("json_string: put_json_string gives the literal in pieces", "[json_string]") {
  // Three pieces and a bit, a two-byte letter and an escape astride each cut,
  // written as osce-jsonl writes and as Python's json.dumps does.
  const osce::JsonEscapes escapes = GENERATE(osce::JsonEscapes{}, osce::JsonEscapes{.ascii = true});
  std::string value;
  while (value.size() < (size_t{200} << 10)) value += "\xc3\xa9 \"quoted\"\n";
  std::string whole, pieces;
  osce::append_json_string(whole, value, escapes);
  size_t count = 0;
  osce::put_json_string(value, escapes, [&](std::string_view piece) {
    pieces += piece;
    ++count;
  });
  CHECK(pieces == whole);
  CHECK(count == 2 + 4);  // the quotes, and four pieces of at most 64 KB of the value
  CHECK(osce::writes_as(value, whole, escapes));
  CHECK(osce::decode_json_string(whole) == value);
}

TEST_CASE("json_string: a literal is written again with its writer's escapes", "[json_string]") {
  using osce::JsonEscapes;
  // Python's json.dumps, PHP's json_encode, a writer of capital hex digits.
  const std::string value = "caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\x98\x80 a/b \x7f\x1f\n\"";
  auto [escapes, raw] = GENERATE(table<JsonEscapes, std::string>({
      {JsonEscapes{.ascii = true}, R"("caf\u00e9 \u2013 \ud83d\ude00 a/b \u007f\u001f\n\"")"},
      {JsonEscapes{.ascii = true, .slash = true}, R"("caf\u00e9 \u2013 \ud83d\ude00 a\/b \u007f\u001f\n\"")"},
      {JsonEscapes{.ascii = true, .capital_hex = true}, R"("caf\u00E9 \u2013 \uD83D\uDE00 a/b \u007F\u001F\n\"")"},
      {JsonEscapes{.slash = true}, "\"caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\x98\x80 a\\/b \x7f\\u001f\\n\\\"\""},
  }));
  std::string written;
  osce::append_json_string(written, value, escapes);
  CHECK(written == raw);
  CHECK(osce::decode_json_string(raw) == value);
  const JsonEscapes seen = osce::escapes_of(raw);
  CHECK((seen.ascii == escapes.ascii && seen.capital_hex == escapes.capital_hex && seen.slash == escapes.slash));
  CHECK(osce::writes_as(value, raw, seen));
  CHECK_FALSE(osce::writes_as(value, raw));
}

TEST_CASE("json_string: a literal no writer's escapes write again is told", "[json_string]") {
  // Escaped and written as itself in one literal, hex digits of both cases.
  for (const std::string raw : {"\"\\u00e9 \xc3\xa9\"", R"("\u00e9 \u00E9")", R"("a/b \/")"}) {
    INFO(raw);
    CHECK_FALSE(osce::writes_as(osce::decode_json_string(raw), raw, osce::escapes_of(raw)));
  }
  CHECK(osce::escapes_of(R"("\\u00e9")").minimal());  // an escaped backslash, then letters
}

TEST_CASE("json_string: every writer's escapes write a literal that reads back and is told as theirs",
          "[json_string]") {
  // Random strings of the characters that escape differently from one
  // writer to another: controls, quotes, '/', DEL, two-, three- and
  // four-byte characters. Each written with each choice of escapes must
  // decode to itself, show those escapes (or none, where the string has
  // nothing they touch), and be written again byte for byte from them.
  const std::string pieces[] = {"a",  " ", "\"", "\\", "/", "\n", "\x01", "\x1f", "\x7f",
                                "\xc3\xa9", "\xe2\x80\x93", "\xef\xbf\xbf", "\xf0\x9f\x98\x80", "Zz"};
  std::mt19937 rng(11);
  for (int n = 0; n < 2000; ++n) {
    std::string value;
    const size_t length = rng() % 12;
    for (size_t k = 0; k < length; ++k) value += pieces[rng() % std::size(pieces)];
    for (const unsigned choice : {0u, 1u, 2u, 3u, 4u, 5u, 6u, 7u}) {
      const osce::JsonEscapes escapes{.ascii = (choice & 1) != 0, .capital_hex = (choice & 2) != 0,
                                      .slash = (choice & 4) != 0};
      std::string raw;
      osce::append_json_string(raw, value, escapes);
      INFO(raw);
      REQUIRE(osce::decode_json_string(raw) == value);
      REQUIRE(osce::writes_as(value, raw, osce::escapes_of(raw)));
      const osce::JsonEscapes seen = osce::escapes_of(raw);
      // (Seen only where the string holds a character the choice escapes.)
      CHECK((!seen.ascii || escapes.ascii));
      CHECK((!seen.slash || escapes.slash));
    }
  }
}
