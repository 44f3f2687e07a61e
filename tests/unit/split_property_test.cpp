// Invariants of osce-split: the items' texts, at their offsets, cover the
// page's text but for blanks and separator lines; an item of a bundled page, split
// again, is one item; --explain changes no decision; fields other than
// osce-split's own pass through byte for byte.
// Checked on every bundled page and on concatenations generated from them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "osce/page.hpp"
#include "osce/record.hpp"
#include "osce/split.hpp"
#include "osce/text_lines.hpp"
#include "osce/strip.hpp"
#include "test_files.hpp"

namespace {

std::vector<std::string> stripped_pages() {
  std::vector<std::string> pages;
  for (const auto& e : std::filesystem::directory_iterator(OSCE_CORPUS_DIR "/pages")) {
    pages.push_back(osce::strip_text(osce_test::read(e.path().string()), {}).text);
  }
  REQUIRE(pages.size() >= 5);
  return pages;
}


// `resplit`: also check that each item, split again, is one item. That holds
// for the items of the bundled pages; an item that merges two (a missed
// boundary) may split when seen alone, so generated pages check coverage only.
void check_cover(const std::string& page, bool resplit) {
  // --explain reads every cue of every candidate; it must show the decisions
  // made without it.
  osce::SplitOptions explained;
  explained.explain = true;
  std::vector<size_t> plain_starts, explained_starts;
  for (const auto& item : osce::segment(page, {}).items) plain_starts.push_back(item.begin);
  for (const auto& item : osce::segment(page, explained).items) explained_starts.push_back(item.begin);
  CHECK(plain_starts == explained_starts);

  osce::Record rec = osce::page_record("p", "p.txt", page);
  const auto items = osce::split_record(rec, {}, nullptr);
  if (items.size() == 1) {
    CHECK(items[0].to_json() == rec.to_json());
    return;
  }
  size_t at = 0;
  for (const osce::Record& item : items) {
    const std::string text = *item.get_string("text");
    const auto offset = static_cast<size_t>(*item.get_int("offset"));
    REQUIRE(offset >= at);
    CHECK(osce::blank_or_separators(std::string_view(page).substr(at, offset - at)));
    CHECK(page.compare(offset, text.size(), text) == 0);
    at = offset + text.size();
    if (resplit) CHECK(osce::segment(text, {}).items.size() == 1);
  }
  CHECK(osce::blank_or_separators(std::string_view(page).substr(at)));
}

}  // namespace

TEST_CASE("split property: items cover every bundled page", "[split][property]") {
  for (const std::string& page : stripped_pages()) check_cover(page, true);
}

TEST_CASE("split property: items cover generated concatenations", "[split][property]") {
  std::vector<std::string> items;
  for (const std::string& page : stripped_pages()) {
    for (const auto& item : osce::segment(page, {}).items) items.push_back(page.substr(item.begin, item.end - item.begin));
  }
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string page;
    const size_t count = 1 + rng() % 8;
    for (size_t k = 0; k < count; ++k) {
      const std::string& item = items[rng() % items.size()];
      // Separators of every kind, and none at all (glued items).
      static const char* const separators[] = {"\n", "\n\n", "\r\n", " \n \n", ""};
      if (!page.empty()) page += separators[rng() % 5];
      page += item;
    }
    INFO("round " << round);
    check_cover(page, false);
  }
}

TEST_CASE("split property: a page of thousands of paragraphs, read through a window", "[split][property]") {
  // PageTerms drops the paragraphs behind osce-split's window once a
  // thousand or more are behind it: a page long enough for that to happen
  // many times must segment as --explain segments it, and be covered.
  // (Debug builds assert that no dropped paragraph is asked for.)
  std::string page;
  for (int copy = 0; copy < 16; ++copy) {
    for (const std::string& p : stripped_pages()) page += p + "\n\n";
  }
  REQUIRE(osce::count_line_ends(page) > 3000);
  check_cover(page, false);
}

TEST_CASE("split property: other fields pass through byte for byte", "[split][property]") {
  const std::string extra = R"("n" : 1.50,"nested":{"a":[1,"x\u00e9",null]})";
  for (const std::string& page : stripped_pages()) {
    std::string line = osce::page_record("p", "p.txt", page).to_json();
    line.insert(1, extra + ",");
    osce::RecordParser parser;
    osce::Record rec;
    REQUIRE(parser.parse(line, rec).empty());
    for (const osce::Record& item : osce::split_record(rec, {}, nullptr)) {
      CHECK(item.raw("n") == "1.50");
      CHECK(item.raw("nested") == R"({"a":[1,"x\u00e9",null]})");
      CHECK(item.raw("source") == R"("p.txt")");
    }
  }
}
