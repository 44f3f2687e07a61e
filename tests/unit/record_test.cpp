#include <catch2/catch.hpp>

#include <cstdio>
#include <optional>
#include <string>

#include "osce/error.hpp"
#include "osce/output.hpp"
#include "osce/record.hpp"

using osce::Record;
using osce::RecordParser;

namespace {

Record parse_ok(const std::string& line) {
  RecordParser parser;
  Record rec;
  const std::string why = parser.parse(line, rec);
  INFO(line << " -> " << why);
  REQUIRE(why.empty());
  return rec;
}

std::string parse_error(const std::string& line) {
  RecordParser parser;
  Record rec;
  return parser.parse(line, rec);
}

}  // namespace

TEST_CASE("record: an untouched record is written back byte for byte", "[record]") {
  auto line = GENERATE(as<std::string>{},
                       R"({"text":"a"})",
                       R"(  { "text" : "a\u00e9\n" , "n": 1.50e3, "o":{"x":[1,{"y":"}"}]} }  )",
                       R"({"id":"x","text":"\"quoted\" \\ back","extra":[true,false,null]})");
  CHECK(parse_ok(line).to_json() == line);
}

TEST_CASE("record: setting a field keeps every other field's bytes and place", "[record]") {
  Record rec = parse_ok(R"({"id":"a",  "n" : 1.0e0 ,"text":"x","z":{"k":[ 1 ]}})");
  rec.set_string("text", "y");
  CHECK(rec.to_json() == R"({"id":"a",  "n" : 1.0e0 ,"text":"y","z":{"k":[ 1 ]}})");
  rec.set_strings("tags", {"b", "c"});
  CHECK(rec.to_json() == R"({"id":"a",  "n" : 1.0e0 ,"text":"y","z":{"k":[ 1 ]},"tags":["b","c"]})");
}

TEST_CASE("record: erasing fields keeps the separators of the others", "[record]") {
  Record rec = parse_ok(R"({ "a":1, "text":"t", "c":3 })");
  rec.erase("a");
  CHECK(rec.to_json() == R"({ "text":"t", "c":3 })");
  rec.erase("c");
  CHECK(rec.to_json() == R"({ "text":"t" })");
  rec.set_int("d", -4);
  CHECK(rec.to_json() == R"({ "text":"t","d":-4 })");
}

TEST_CASE("record: an empty value leaves the field out", "[record]") {
  Record rec = parse_ok(R"({"title":"T","text":"t"})");
  rec.set_string("title", "");
  rec.set_strings("listed_fields", std::vector<std::string>{});
  CHECK(rec.to_json() == R"({"text":"t"})");
  CHECK_FALSE(rec.has("title"));
}

TEST_CASE("record: a record built from scratch", "[record]") {
  Record rec;
  CHECK(rec.to_json() == "{}");
  rec.set_string("id", "p#1");
  rec.set_int("offset", 42);
  rec.set_string("text", "tab\there \"q\" \x01 é");
  CHECK(rec.to_json() == R"({"id":"p#1","offset":42,"text":"tab\there \"q\" \u0001 é"})");
  CHECK(rec.keys() == std::vector<std::string>{"id", "offset", "text"});
}

TEST_CASE("record: typed reads decode escapes and refuse the wrong type", "[record]") {
  Record rec = parse_ok(R"({"text":"a\u00e9\ud83d\ude00\/","arr":["x","y\"z"],"n":7,"s":"v"})");
  CHECK(*rec.get_string("text") == "a\xc3\xa9\xf0\x9f\x98\x80/");
  CHECK(rec.get_strings("arr") == std::vector<std::string>{"x", "y\"z"});
  CHECK(*rec.get_int("n") == 7);
  CHECK_FALSE(rec.get_string("missing").has_value());
  CHECK_THROWS_AS(rec.get_string("n"), osce::RecordError);
  CHECK_THROWS_AS(rec.get_strings("s"), osce::RecordError);
  CHECK_THROWS_AS(rec.get_int("s"), osce::RecordError);
}

TEST_CASE("record: with duplicate keys the last one counts, and setting it drops the others", "[record]") {
  Record rec = parse_ok(R"({"text":"one","k":1,"text":"two"})");
  CHECK(*rec.get_string("text") == "two");
  rec.set_string("text", "three");
  CHECK(rec.to_json() == R"({"k":1,"text":"three"})");
}

TEST_CASE("record: keys with escapes are decoded for lookup", "[record]") {
  Record rec = parse_ok(R"({"t\u0065xt":"x"})");
  CHECK(*rec.get_string("text") == "x");
}

TEST_CASE("record: CRLF line ends are tolerated", "[record]") {
  CHECK(parse_ok("{\"text\":\"a\"}\r").to_json() == R"({"text":"a"})");
}

TEST_CASE("record: lines that are not records are refused with a reason", "[record]") {
  using Catch::Matchers::StartsWith;
  CHECK_THAT(parse_error("{\"text\":\"a\""), StartsWith("invalid JSON"));
  CHECK(parse_error("[1,2]") == "not a JSON object");
  CHECK(parse_error("\"text\"") == "not a JSON object");
  CHECK(parse_error("{\"id\":\"x\"}") == "missing field \"text\"");
  CHECK(parse_error("{\"text\":null}") == "field \"text\" is not a string");
  CHECK(parse_error("{\"text\":\"a\xff\"}").starts_with("invalid UTF-8 at column 11 (byte 0xFF"));
  CHECK(parse_error(std::string(2000, '[') + std::string(2000, ']')) == "invalid JSON: nested too deeply");
}

TEST_CASE("record: numbers past 64 bits are JSON, passed through as written", "[record]") {
  // Python writes 2**64 and 2**128 as they are; simdjson holds neither.
  for (const std::string line : {R"({"text":"t","h":340282366920938463463374607431768211455})",
                                 R"({"h":18446744073709551616,"text":"t","n":[-9223372036854775809,{"x":1.0e309}]})",
                                 R"({"text":"t","tiny":1e-400,"big":1E+400,"k":"-1e999 in a string"})"}) {
    Record rec = parse_ok(line);
    CHECK(rec.to_json() == line);
    CHECK(*rec.get_string("text") == "t");
    rec.set_string("text", "u");  // edited, the numbers still as they were
    CHECK(rec.to_json().find("\"text\":\"u\"") != std::string::npos);
    CHECK(rec.to_json().size() == line.size());
    // The same through the parser of large records, which holds strings decoded.
    RecordParser large(0);
    Record held;
    REQUIRE(large.parse(line, held).empty());
    CHECK(held.to_json() == line);
  }
  // Read as an integer, such a number is refused, as the contract's types are.
  CHECK_THROWS_AS(parse_ok(R"({"text":"t","offset":18446744073709551616})").get_int("offset"), osce::RecordError);
  // Malformed numbers stay refused, next to a big one too.
  using Catch::Matchers::StartsWith;
  for (const std::string line : {R"({"text":"t","n":01})", R"({"text":"t","n":1.})", R"({"text":"t","n":-})",
                                 R"({"text":"t","n":1e})", R"({"text":"t","h":1e400,"n":.5})",
                                 R"({"text":"t","h":1e400,"n":1e400x})", R"({"text":"t","h":99999999999999999999 7})"}) {
    CHECK_THAT(parse_error(line), StartsWith("invalid JSON"));
  }
}

TEST_CASE("record: written piece by piece, the same line as appended whole", "[record]") {
  Record rec = parse_ok(R"( {"id":"a", "text":"x" , "n":1} )");
  rec.set_string("text", std::string(100000, 'y'));  // a piece longer than the output's buffer
  rec.set_string("plain", "v");
  rec.set_string("odd \"key\"\n", "w");  // an added key that needs escapes
  rec.erase("n");
  const std::string whole = rec.to_json();
  CHECK(whole.find(R"("odd \"key\"\n":"w")") != std::string::npos);
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  {
    osce::Output out(fileno(f), "a temporary file");
    out.write("before ");
    rec.write_json(out);
    out.flush();
  }
  std::string written(whole.size() + 7, '\0');
  std::rewind(f);
  CHECK(std::fread(written.data(), 1, written.size(), f) == written.size());
  CHECK(std::fgetc(f) == EOF);
  std::fclose(f);
  CHECK(written == "before " + whole);
}

TEST_CASE("record: a huge text field round-trips", "[record]") {
  std::string big(20 * 1000 * 1000, 'x');
  big[12345] = '"';
  std::string line = "{\"text\":\"" + std::string(big.size(), 'a') + "\"}";
  Record rec = parse_ok(line);
  rec.set_string("text", big);
  CHECK(*rec.get_string("text") == big);
  RecordParser parser;
  Record again;
  REQUIRE(parser.parse(rec.to_json(), again).empty());
  CHECK(*again.get_string("text") == big);
}

TEST_CASE("record: a large record reads and writes as an ordinary one", "[record]") {
  // A parser whose threshold is 0 reads every line the way a record of
  // kLargeRecordBytes or more is read: strings decoded on read, the
  // parser's buffers given back.
  auto line = GENERATE(as<std::string>{},
                       R"({"text":"a\u00e9\ud83d\ude00\/","arr":["x","y\"z"],"n":7,"s":"v"})",
                       R"(  { "t\u0065xt" : "a\n" , "n": 1.50e3, "o":{"x":[1,{"y":"}"}]}, "text":"last" }  )",
                       "{\"id\":\"x\",\"text\":\"\\\"q\\\" \\\\ b\"}\r");
  RecordParser ordinary, large(0);
  Record a, b;
  REQUIRE(ordinary.parse(line, a).empty());
  REQUIRE(large.parse_owned(std::string(line), b).empty());
  CHECK(b.to_json() == a.to_json());
  CHECK(b.keys() == a.keys());
  for (const std::string& key : a.keys()) {
    INFO(key);
    CHECK(b.raw(key) == a.raw(key));
    if (a.raw(key)[0] == '"') CHECK(b.get_string(key) == a.get_string(key));
    if (a.raw(key)[0] != '"') CHECK_THROWS_AS(b.get_string(key), osce::RecordError);
  }
  b.set_string("text", "new");
  CHECK(*b.get_string("text") == "new");
  // The parser that gave its buffers back takes the next line, and refuses
  // a bad one with the same reason.
  CHECK(large.parse(std::string_view(R"({"text":"a"})"), b).empty());
  CHECK(large.parse(std::string_view("{\"text\":\"a\xff\"}"), b).starts_with("invalid UTF-8 at column 11 (byte 0xFF"));
  CHECK(large.parse(std::string_view("[1]"), b) == "not a JSON object");
}

TEST_CASE("record: a held string is lent without a copy and given back", "[record]") {
  const std::string line = R"({"id":"p","text":"a \"b\"\nc","n":1})";
  RecordParser large(0);
  Record rec;
  REQUIRE(large.parse(line, rec).empty());
  std::optional<std::string> text = rec.take_held_string("text");
  REQUIRE(text);
  CHECK(*text == "a \"b\"\nc");
  // Lent: the field reads "" until it comes back.
  CHECK(*rec.get_string("text") == "");
  CHECK(rec.to_json() == R"({"id":"p","text":"","n":1})");
  CHECK_FALSE(rec.take_held_string("text"));
  rec.restore_held_string("text", std::move(*text));
  CHECK(rec.to_json() == line);
  CHECK(*rec.get_string("text") == "a \"b\"\nc");
  // Lent and set instead of given back.
  REQUIRE(rec.take_held_string("text"));
  rec.set_string("text", "new");
  CHECK(rec.to_json() == R"({"id":"p","text":"new","n":1})");
  // Nothing is lent but a string held decoded: not a number, not an
  // ordinary record's string, not a literal that would not write back the same.
  CHECK_FALSE(rec.take_held_string("n"));
  Record ordinary;
  REQUIRE(RecordParser().parse(line, ordinary).empty());
  CHECK_FALSE(ordinary.take_held_string("text"));
  Record mixed;
  REQUIRE(large.parse(std::string_view(R"({"text":"caf\u00e9 \u00E9"})"), mixed).empty());
  CHECK_FALSE(mixed.take_held_string("text"));
  CHECK(mixed.to_json() == R"({"text":"caf\u00e9 \u00E9"})");
  CHECK(*mixed.get_string("text") == "caf\xc3\xa9 \xc3\xa9");
}

TEST_CASE("record: a large record's string escaped by Python is held once", "[record]") {
  // json.dumps writes every character past ASCII as \uXXXX: the text is
  // held decoded, and written again as it was read.
  const std::string line = R"({"id":"p","text":"Finland \u2013 OSCE\n\u201cA\u201d \ud83d\ude00","n":1})";
  RecordParser large(0);
  Record rec;
  REQUIRE(large.parse(line, rec).empty());
  CHECK(rec.raw("text") == R"("Finland \u2013 OSCE\n\u201cA\u201d \ud83d\ude00")");
  std::optional<std::string> text = rec.take_held_string("text");
  REQUIRE(text);
  CHECK(*text == "Finland \xe2\x80\x93 OSCE\n\xe2\x80\x9c" "A\xe2\x80\x9d \xf0\x9f\x98\x80");
  rec.restore_held_string("text", std::move(*text));
  CHECK(rec.to_json() == line);
  // A value set is written as the tools write.
  rec.set_string("text", "\xe2\x80\x93");
  CHECK(rec.to_json() == "{\"id\":\"p\",\"text\":\"\xe2\x80\x93\",\"n\":1}");
}
