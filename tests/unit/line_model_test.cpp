#include <catch2/catch.hpp>

#include "osce/error.hpp"
#include "osce/line_model.hpp"

TEST_CASE("line_model: lines counted once per page, kept by frequency", "[line_model]") {
  osce::LineModel m;
  m.add_document("Follow us\nFollow us\n© 2023 OSCE\nA long sentence of content that is much longer than twelve words in all, really.\n");
  m.add_document("follow  US\n© 2024 OSCE\nOther.\n");
  m.add_document("Other.\n");
  const std::string model = m.serialize(2, 0.5);
  CHECK(model.find("documents\t3\n2\tfollow us\n2\tother.\n2\t\xc2\xa9 0000 osce\n") != std::string::npos);
  const osce::LineModel back = osce::LineModel::parse(model, "m");
  CHECK(back.size() == 3);
  CHECK(back.contains("Follow Us"));
  CHECK(back.contains("\xc2\xa9 2031 OSCE"));
  CHECK_FALSE(back.contains("Other things."));
}

TEST_CASE("line_model: malformed models name the line", "[line_model]") {
  CHECK_THROWS_AS(osce::LineModel::parse("3\tx\n", "m"), osce::Error);
  try {
    osce::LineModel::parse("# c\ndocuments\t3\nmany\tx\n", "m.tsv");
    FAIL("no error");
  } catch (const osce::Error& e) {
    CHECK(e.file() == "m.tsv");
    CHECK(e.line() == 3);
  }
}
