#include <catch2/catch.hpp>

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
