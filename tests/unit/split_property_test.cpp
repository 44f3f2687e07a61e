// Invariants of osce-split: the items' texts, at their offsets, cover the
// page's text but for blanks and separator lines; an item of a bundled page, split
// again, is one item; --explain changes no decision; fields other than
// osce-split's own pass through byte for byte; a menu at a page's top or
// bottom moves no boundary.
// Checked on every bundled page and on concatenations generated from them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "osce/navigation.hpp"
#include "osce/page.hpp"
#include "osce/record.hpp"
#include "osce/split.hpp"
#include "osce/text_lines.hpp"
#include "osce/strip.hpp"
#include "test_files.hpp"
#include "../support/generated_menu.hpp"

namespace {

std::vector<std::string> stripped_pages() {
  std::vector<std::string> pages;
  for (const auto& e : std::filesystem::directory_iterator(OSCE_CORPUS_DIR "/pages")) {
    pages.push_back(osce::strip_text(osce_test::read(e.path().string()), {}).text);
  }
  REQUIRE(pages.size() >= 5);
  return pages;
}


// The items osce-split makes of the bundled pages, stripped: what generated pages are made of.
std::vector<std::string> bundled_items() {
  std::vector<std::string> items;
  for (const std::string& page : stripped_pages()) {
    for (const auto& item : osce::segment(page, {}).items) {
      items.push_back(page.substr(item.begin, item.end - item.begin));
    }
  }
  return items;
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
  const std::vector<std::string> items = bundled_items();
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

TEST_CASE("split property: items cover every bundled page, its menu kept", "[split][property]") {
  for (const auto& e : std::filesystem::directory_iterator(OSCE_CORPUS_DIR "/pages")) {
    check_cover(osce_test::read(e.path().string()), false);
  }
}

TEST_CASE("split property: a menu at the top or the bottom moves no boundary", "[split][property]") {
  // Items run together between the site's menus (with "- " entries and
  // separators, or plain lines): the boundaries are those of the text
  // between the menus found, the first item takes the menu over it, the
  // last the one under it. (Where a menu of plain lines ends is
  // find_navigation's to say, and tested there: it may take a card's name
  // under it, or leave the line over the lead to the page as its title.)
  const std::vector<std::string> items = bundled_items();
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    std::string bare;
    const size_t count = 1 + rng() % 6;
    for (size_t k = 0; k < count; ++k) bare += (bare.empty() ? "" : "\n") + items[rng() % items.size()];
    const int form = static_cast<int>(rng() % 3);
    auto menu = [&] {
      return form == 0 ? osce_support::generated_menu(rng) : osce_support::generated_plain_menu(rng, form == 1);
    };
    // (Plain lines with no separator make a menu at the top only: at the
    // bottom an article may end on a list of names.)
    const std::string top = rng() % 4 != 0 ? menu() : "";
    const std::string bottom = form != 2 && rng() % 2 != 0 ? "\n" + menu() : "";
    const std::string page = top + bare + bottom;
    INFO("round " << round << ", menu form " << form);
    const osce::EdgeMenus menus = osce::edge_menus(page, osce::Taxonomy::builtin());
    CHECK(menus.top() == !top.empty());
    CHECK(menus.bottom() == !bottom.empty());
    const std::string inner(menus.between(page));
    std::vector<size_t> inner_starts, menu_starts;
    for (const auto& item : osce::segment(inner, {}).items) inner_starts.push_back(item.begin + menus.top_end);
    const osce::Segmentation seg = osce::segment(page, {});
    for (const auto& item : seg.items) menu_starts.push_back(item.begin);
    REQUIRE(menu_starts.size() == inner_starts.size());
    if (menus.top()) inner_starts.front() = menus.top_begin;
    CHECK(menu_starts == inner_starts);
    if (menus.bottom()) CHECK(seg.items.back().end == menus.bottom_end);
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
