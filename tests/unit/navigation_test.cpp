#include <catch2/catch.hpp>

#include "osce/navigation.hpp"
#include "osce/page_vocabulary.hpp"

namespace {

std::vector<osce::NavigationRun> runs_of(const std::string& text) {
  const auto lines = osce::split_lines(text);
  return osce::find_navigation(lines, std::vector<bool>(lines.size()), osce::Taxonomy::builtin());
}

}  // namespace

TEST_CASE("navigation: entries with a note after a taxonomy name", "[navigation]") {
  const auto& t = osce::Taxonomy::builtin();
  CHECK(osce::is_taxonomy_entry("Finland \xe2\x80\x93 OSCE Chairpersonship 2025", t));
  CHECK(osce::is_taxonomy_entry("Türkiye", t));
  CHECK_FALSE(osce::is_taxonomy_entry("Summit meetings", t));
}

TEST_CASE("navigation: a footer menu with separators at the bottom", "[navigation]") {
  const auto runs = runs_of("Body sentence one.\nBody two.\n-\nAbout\n- Contact us\n- Careers\n- Procurement\n");
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].first == 2);
  CHECK(runs[0].last == 6);
}

TEST_CASE("navigation: a menu-shaped run in the middle of an article is content", "[navigation]") {
  CHECK(runs_of("Body one.\n- Albania\n- Armenia\n- Austria\nBody two.\n").empty());
}

TEST_CASE("navigation: headings that no entry follows stay out", "[navigation]") {
  const auto runs = runs_of("-\nCountries\n- Albania\n- Andorra\n- Armenia\nNews Item\nTitle line here\nBody.\n");
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].last == 4);
}

TEST_CASE("page_vocabulary: labels", "[page_vocabulary]") {
  auto label = osce::metadata_label("- Issued by:");
  REQUIRE(label);
  CHECK(label->field == osce::MetaField::kIssuedBy);
  CHECK(label->value.empty());
  label = osce::metadata_label("Date: 4 May 2018");
  REQUIRE(label);
  CHECK(label->value == "4 May 2018");
  CHECK_FALSE(osce::metadata_label("Publishing date: 4 May 2018"));
  CHECK_FALSE(osce::metadata_label("The date: was set"));
  CHECK(osce::is_page_type("Press release"));
  CHECK_FALSE(osce::is_page_type("Press release issued"));
}
