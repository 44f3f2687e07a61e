#include <catch2/catch.hpp>

#include "osce/error.hpp"
#include "osce/page.hpp"

using osce::IdScheme;

TEST_CASE("page: ids from paths", "[page]") {
  auto [path, name, full] = GENERATE(table<std::string, std::string, std::string>({
      {"pages/000_abc.txt", "000_abc", "pages/000_abc"},
      {"./a/b/notes.v2.txt", "notes.v2", "a/b/notes.v2"},
      {"README", "README", "README"},
      {"dir/.hidden", ".hidden", "dir/.hidden"},
      {"-", "-", "-"},
  }));
  CHECK(osce::page_id(path, IdScheme::kName) == name);
  CHECK(osce::page_id(path, IdScheme::kPath) == full);
}

TEST_CASE("page: a page record holds id, source and the exact text", "[page]") {
  CHECK(osce::page_record("a", "p/a.txt", "x\r\ny\n").to_json() ==
        R"({"id":"a","source":"p/a.txt","text":"x\r\ny\n"})");
  CHECK(osce::page_record("e", "e.txt", "").to_json() == R"({"id":"e","source":"e.txt","text":""})");
}

TEST_CASE("page: text that is not UTF-8 names the line and column", "[page]") {
  try {
    osce::page_record("a", "a.txt", "ok\nab\xc3");
    FAIL("no error");
  } catch (const osce::Error& e) {
    CHECK(e.file() == "a.txt");
    CHECK(e.line() == 2);
    CHECK(std::string(e.what()) == "invalid UTF-8 at column 3 (byte 0xC3: the text ends inside a character)");
  }
}
