#include <catch2/catch.hpp>

#include "osce/navigation.hpp"
#include "osce/page_vocabulary.hpp"

namespace {

std::vector<osce::NavigationRun> runs_of(const std::string& text) {
  std::vector<osce::LineShape> shapes;
  for (const osce::TextLine& line : osce::split_lines(text)) {
    shapes.push_back(osce::shape_of_line(line.text, osce::Taxonomy::builtin()));
  }
  return osce::find_navigation(shapes);
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

namespace {

// A menu as other scrapers write it: one entry a line, no "- " markers, no
// lone "-" either. 12 of its 16 lines are taxonomy names.
const std::string kPlainMenu =
    "Home\nAbout us\nFields of work\nArms control\nBorder management\nEducation\nElections\n"
    "Reform and co-operation in the security sector\nRule of law\nYouth\nCountries\nAlbania\nAndorra\n"
    "Armenia\nAustria\nAzerbaijan\n";

}  // namespace

TEST_CASE("navigation: a menu of plain lines at the top, up to the page's own lines", "[navigation]") {
  // The site's own lines after the last name are the menu's; the title over
  // the lead is the page's, and so is a type line and what follows it.
  const std::string page = kPlainMenu + "Contacts\nJobs\nA title of the article that is rather long here\n"
                                        "The lead of the article is a sentence, with a verb and a full stop.\n";
  auto runs = runs_of(page);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].first == 0);
  CHECK(runs[0].last == 17);  // "Jobs"
  CHECK(runs[0].why.find("plain lines") != std::string::npos);
  runs = runs_of(kPlainMenu + "Contacts\nJobs\nPress release\nShort title\nThe lead, a sentence.\n");
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].last == 17);
  // Four lines after the last name at most: a page may open on short lines.
  runs = runs_of(kPlainMenu + "Contacts\nJobs\nNewsroom\nEvents\nKey facts\nShort title\nThe lead, a sentence.\n");
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].last == 19);  // "Events"
  // Right after the last name, the title over the lead stays the page's.
  runs = runs_of(kPlainMenu + "A short title\nThe lead, a sentence.\n");
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].last == 15);
  // Even a title that is a name: a topic page's.
  runs = runs_of(kPlainMenu + "Border management\nThe OSCE helps States manage their borders.\n");
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].last == 15);
}

TEST_CASE("navigation: plain lines of names that an article holds are content", "[navigation]") {
  const std::string states = "Albania\nAndorra\nArmenia\nAustria\nAzerbaijan\nBelgium\nBelarus\nBulgaria\n"
                             "Canada\nCroatia\nCyprus\nDenmark\n";
  // Below the article, introduced by a sentence or not; in the middle.
  CHECK(runs_of("Body one, a sentence.\nThe following States joined the statement:\n" + states).empty());
  CHECK(runs_of("Body one, a sentence.\nSignatories\n" + states).empty());
  CHECK(runs_of("Body one, a sentence.\n" + states + "Body two, a sentence.\n").empty());
  // Too few names for a menu, at the top.
  CHECK(runs_of("Home\nAbout us\nNews\nEvents\nJobs\nContacts\nPress\nMedia\nVideos\nPhotos\nAlbania\n"
                "Andorra\nBody, a sentence.\n").empty());
}

TEST_CASE("page_vocabulary: labels", "[page_vocabulary]") {
  auto label = osce::metadata_label("- Issued by:");
  REQUIRE(label);
  CHECK(label->field == osce::MetaField::kIssuedBy);
  CHECK(label->value.empty());
  label = osce::metadata_label("Date: 4 May 2018");
  REQUIRE(label);
  CHECK(label->value == "4 May 2018");
  // Russian and Ukrainian sites' date key.
  label = osce::metadata_label("Дата: 29.05.2009");
  REQUIRE(label);
  CHECK(label->field == osce::MetaField::kDate);
  CHECK(label->value == "29.05.2009");
  CHECK_FALSE(osce::metadata_label("Publishing date: 4 May 2018"));
  CHECK_FALSE(osce::metadata_label("The date: was set"));
  CHECK(osce::is_page_type("Press release"));
  CHECK_FALSE(osce::is_page_type("Press release issued"));
}

TEST_CASE("navigation: the menus at a page's edges, as byte ranges", "[navigation]") {
  const auto& t = osce::Taxonomy::builtin();
  auto text_of = [](const std::string& page, size_t begin, size_t end) { return page.substr(begin, end - begin); };
  // At the top, under blank lines; a type line under it is the page's.
  std::string page = "  \n-\nCountries\n- Albania\n- Andorra\n- Armenia\nNews Item\nA title\nThe lead, a sentence.\n";
  osce::EdgeMenus menus = osce::edge_menus(page, t);
  REQUIRE(menus.top());
  CHECK_FALSE(menus.bottom());
  CHECK(text_of(page, menus.top_begin, menus.top_end) == "-\nCountries\n- Albania\n- Andorra\n- Armenia");
  // Opening on a heading over its entries.
  page = "Countries\n- Albania\n- Andorra\n- Armenia\n\nThe lead, a sentence.\n";
  menus = osce::edge_menus(page, t);
  REQUIRE(menus.top());
  CHECK(text_of(page, menus.top_begin, menus.top_end) == "Countries\n- Albania\n- Andorra\n- Armenia");
  // At the bottom, over blank lines.
  page = "Body sentence one.\nBody two.\n-\nAbout\n- Contact us\n- Careers\n- Procurement\n\n";
  menus = osce::edge_menus(page, t);
  CHECK_FALSE(menus.top());
  REQUIRE(menus.bottom());
  CHECK(text_of(page, menus.bottom_begin, menus.bottom_end) == "-\nAbout\n- Contact us\n- Careers\n- Procurement");
  // Plain lines at the top, up to the line over the lead.
  page = kPlainMenu + "A short title\nThe lead, a sentence.\n";
  menus = osce::edge_menus(page, t);
  REQUIRE(menus.top());
  CHECK(text_of(page, menus.top_begin, menus.top_end) + "\n" == kPlainMenu);
}

TEST_CASE("navigation: no edge menu on a page that opens and ends with prose, nor in its middle", "[navigation]") {
  const auto& t = osce::Taxonomy::builtin();
  CHECK_FALSE(osce::edge_menus("Body one.\n- Albania\n- Armenia\n- Austria\nBody two.\n", t).top());
  CHECK_FALSE(osce::edge_menus("", t).top());
  // A full menu between two pages' texts is found, and is either page's.
  std::string full = "-\nCountries\n";
  for (const char* s : {"Albania", "Andorra", "Armenia", "Austria", "Azerbaijan"}) full += std::string("- ") + s + "\n";
  full += "-\nInstitutions\n- ODIHR\n- Secretariat\n- Parliamentary Assembly\n- Secretary General\n- Chairpersonship\n";
  const std::string page = "Body one, a sentence.\n" + full + "Body two, a sentence.\n";
  REQUIRE(runs_of(page).size() == 1);
  const osce::EdgeMenus menus = osce::edge_menus(page, t);
  CHECK_FALSE(menus.top());
  CHECK_FALSE(menus.bottom());
}

TEST_CASE("navigation: a line's shape is its taxonomy's, asked again or after another taxonomy's", "[navigation]") {
  // Shapes of short lines are kept by their text (see ShapeMemo): the same
  // line under another taxonomy must not take the first one's answer.
  const osce::Taxonomy own = osce::Taxonomy::parse(
      "kind\tname\taliases\tabbreviations\tdemonyms\tnote\nstate\tFreedonia\t\t\t\t\n", "own.tsv");
  const auto& builtin = osce::Taxonomy::builtin();
  for (int round = 0; round < 2; ++round) {
    CHECK(osce::shape_of_line("- Freedonia", own).taxonomy_entry);
    CHECK_FALSE(osce::shape_of_line("- Freedonia", builtin).taxonomy_entry);
    CHECK(osce::shape_of_line("- Albania", builtin).taxonomy_entry);
    CHECK_FALSE(osce::shape_of_line("- Albania", own).taxonomy_entry);
  }
  // Nor another taxonomy made where the last one was, once it is gone.
  for (const std::string name : {"Freedonia", "Sylvania", "Freedonia"}) {
    const osce::Taxonomy here = osce::Taxonomy::parse(
        "kind\tname\taliases\tabbreviations\tdemonyms\tnote\nstate\t" + name + "\t\t\t\t\n", "here.tsv");
    CHECK(osce::shape_of_line("- Freedonia", here).taxonomy_entry == (name == "Freedonia"));
  }
  // The line as it is, its blanks trimmed, and a line that differs by a byte.
  CHECK(osce::shape_of_line("  - Albania \r", builtin).taxonomy_entry);
  CHECK_FALSE(osce::shape_of_line("- Albanian", builtin).taxonomy_entry);
  CHECK(osce::shape_of_line("- Albania", builtin).kind == osce::LineShape::kEntry);
}
