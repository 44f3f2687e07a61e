// Text helpers shared by the filters.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "osce/text_lines.hpp"

TEST_CASE("word_count counts blank-separated words, and stops just past its limit", "[text]") {
  CHECK(osce::word_count("") == 0);
  CHECK(osce::word_count("  \t ") == 0);
  CHECK(osce::word_count("one") == 1);
  CHECK(osce::word_count(" two\twords ") == 2);
  CHECK(osce::word_count("a\nb c") == 2);  // a line end is not a blank here: lines are counted one by one
  // Against the plain count, on texts longer than the 64-byte blocks, with
  // limits below, at and above the real number.
  std::mt19937 rng(5);
  for (int round = 0; round < 500; ++round) {
    std::string s;
    for (size_t i = rng() % 400; i > 0; --i) s += " \tab"[rng() % 4];
    size_t plain = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      const bool word = s[i] != ' ' && s[i] != '\t';
      plain += word && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t');
    }
    REQUIRE(osce::word_count(s) == plain);
    const size_t limit = rng() % 80;
    REQUIRE(osce::word_count(s, limit) == std::min(plain, limit + 1));
  }
}

TEST_CASE("all_digits: one ASCII digit or more and nothing else", "[text]") {
  CHECK(osce::all_digits("0"));
  CHECK(osce::all_digits("2023"));
  CHECK_FALSE(osce::all_digits("0a"));
  CHECK_FALSE(osce::all_digits(" 1"));
  CHECK_FALSE(osce::all_digits("\xD9\xA1"));  // an Arabic-Indic one: no ASCII digit
  CHECK_FALSE(osce::all_digits(""));
}

TEST_CASE("word_count of a part of a page read on into the page counts the part alone", "[text]") {
  const std::string page = "The Mission opened an office in the capital today and more words follow here";
  const char* end = page.data() + page.size();
  for (size_t n = 0; n <= 40; ++n) {
    const std::string_view part(page.data(), n);
    CHECK(osce::word_count(part, 100, end) == osce::word_count(part, 100));
  }
}

TEST_CASE("trim takes blanks and no-break spaces off both ends, and only there", "[text]") {
  const std::string nbsp = "\xC2\xA0";
  CHECK(osce::trim("") == "");
  CHECK(osce::trim(" \t\r ") == "");
  CHECK(osce::trim(nbsp + nbsp) == "");
  CHECK(osce::trim("x") == "x");
  CHECK(osce::trim(" x") == "x");
  CHECK(osce::trim("x\r") == "x");
  CHECK(osce::trim(nbsp + " Vienna " + nbsp) == "Vienna");
  CHECK(osce::trim("Vienna" + nbsp) == "Vienna");
  CHECK(osce::trim(nbsp + "Vienna") == "Vienna");
  CHECK(osce::trim("a b\tc") == "a b\tc");
  // A lone byte of a no-break space, or another character that ends in 0xA0
  // ("\xC3\xA0", à), is not one.
  CHECK(osce::trim("voil\xC3\xA0") == "voil\xC3\xA0");
  CHECK(osce::trim("\xC2" "x") == "\xC2" "x");
  CHECK(osce::trim("\n x \n") == "\n x \n");  // lines are trimmed, not texts: a line end is no blank here
}

TEST_CASE("first_separator finds the earliest of several, whichever is listed first", "[text]") {
  const auto sep = osce::first_separator("OSCE | Fri, 09/30/2022 - 16:44", {" - ", " | "});
  CHECK(sep.at == 4);
  CHECK(sep.size == 3);
  CHECK(osce::first_separator("no separator here", {" - ", " | "}).at == std::string_view::npos);
}

TEST_CASE("starts_capitalized knows capitals of two UTF-8 bytes from small letters", "[text]") {
  for (const char* w : {"Vienna", "\xC3\x96sterreich" /* Österreich */, "\xC4\x8C" "akovec" /* Čakovec */,
                        "\xC5\xBDilina" /* Žilina */, "\xC5\x81\xC3\xB3" "d\xC5\xBA" /* Łódź */,
                        "\xD0\x91\xD0\xB8\xD1\x88\xD0\xBA\xD0\xB5\xD0\xBA" /* Бишкек */,
                        "\xD2\x90" /* Ґ */, "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1" /* Αθήνα */}) {
    INFO(w);
    CHECK(osce::starts_capitalized(w));
  }
  for (const char* w : {"vienna", "\xC3\xA9tat" /* état */, "\xC5\xBEilina" /* žilina */,
                        "\xC5\x82\xC3\xB3" "d\xC5\xBA" /* łódź */,
                        "\xD1\x81\xD0\xB5\xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB0\xD1\x80" /* семинар */,
                        "\xD0\xB2" /* в */, "\xD7\xA9\xD7\x9C" /* Hebrew, no case */, "\xC3\x97" /* × */, "",
                        "2023"}) {
    INFO(w);
    CHECK_FALSE(osce::starts_capitalized(w));
  }
}

TEST_CASE("starts_in_small_letter knows small letters of two UTF-8 bytes from capitals and signs", "[text]") {
  for (const char* w : {"vienna", "\xC3\xA9tat" /* état */, "\xC5\xBEilina" /* žilina */,
                        "\xC5\x82\xC3\xB3" "d\xC5\xBA" /* łódź */,
                        "\xD0\xBD\xD0\xB0" /* на */, "\xD1\x8F" /* я */, "\xCE\xB1" /* α */}) {
    INFO(w);
    CHECK(osce::starts_in_small_letter(w));
  }
  for (const char* w : {"Vienna", "\xC3\x96sterreich" /* Österreich */, "\xD0\x9D\xD0\xB0" /* На */,
                        "\xD7\xA9\xD7\x9C" /* Hebrew, no case */, "\xC3\x97" /* × */, "\xC3\xB7" /* ÷ */,
                        "\xC2\xAB" /* « */, "\xD2\x83" /* a Cyrillic sign */, "", "2023", "(a)"}) {
    INFO(w);
    CHECK_FALSE(osce::starts_in_small_letter(w));
  }
}

TEST_CASE("ends_a_sentence: a stop, a mark or a closing quote, a footnote's mark or a bracket after it or not", "[text]") {
  for (const char* t : {"Done.", "Really?", "He said \"yes.\"", "all in the region.*", "(see below.)", "end.**"}) {
    INFO(t);
    CHECK(osce::ends_a_sentence(t));
  }
  for (const char* t : {"A headline", "Events (2018)", "*", ")", "The following were adopted:", "Note*"}) {
    INFO(t);
    CHECK_FALSE(osce::ends_a_sentence(t));
  }
}

TEST_CASE("iequal_latin_cyrillic folds Cyrillic's capitals too", "[text]") {
  CHECK(osce::iequal_latin_cyrillic("\xD0\x9E\xD0\xA1\xD0\xA2\xD0\x90\xD0\x9D\xD0\x9D\xD0\x84",    // ОСТАННЄ
                                    "\xD0\x9E\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x94"));  // Останнє
  CHECK(osce::iequal_latin_cyrillic("RELATED NEWS", "Related news"));
  CHECK(osce::iequal_latin_cyrillic("\xD0\x86", "\xD1\x96"));  // І, і
  CHECK_FALSE(osce::iequal_latin_cyrillic("\xD0\x90", "\xD0\x91"));  // А, Б
  CHECK_FALSE(osce::iequal_latin_cyrillic("\xD0\xA0", "\xD0\xB0"));  // Р is no а: their second bytes differ by 0x20 but not their letters
  CHECK_FALSE(osce::iequal_latin_cyrillic("Related", "Relate"));
}

TEST_CASE("ascii_iequal folds ASCII letters only", "[text]") {
  CHECK(osce::ascii_iequal("Arms control", "Arms control"));
  CHECK(osce::ascii_iequal("ARMS CONTROL", "arms control"));
  CHECK_FALSE(osce::ascii_iequal("Arms control", "Arms controls"));
  CHECK_FALSE(osce::ascii_iequal("T\xC3\xBCrkiye", "T\xC3\x9Crkiye"));  // ü and Ü: not ASCII
  CHECK_FALSE(osce::ascii_iequal("a@", "A`"));
  CHECK(osce::ascii_iequal("", ""));
}

TEST_CASE("ascii_icontains finds a needle whatever the case of its ASCII letters", "[text]") {
  CHECK(osce::ascii_icontains("Please enable JavaScript", "javascript"));
  CHECK(osce::ascii_icontains("By Continuing to browse", "by continuing"));
  CHECK(osce::ascii_icontains("cookie", "cookie"));  // the whole of it, and at its end
  CHECK(osce::ascii_icontains("our COOKIE", "cookie"));
  CHECK_FALSE(osce::ascii_icontains("Rookie guards", "cookie"));
  CHECK_FALSE(osce::ascii_icontains("cooki", "cookie"));
  CHECK_FALSE(osce::ascii_icontains("anything", ""));
  // '@' and '`' differ from 'A' and 'a' by the same bit: only letters fold.
  CHECK_FALSE(osce::ascii_icontains("x@y", "x`y"));
}

TEST_CASE("split_lines takes off one LF and one CR; line_with_end gives them back", "[text]") {
  auto texts_of = [](std::string_view text) {
    std::vector<std::string> out;
    for (const osce::TextLine& line : osce::split_lines(text)) out.emplace_back(line.text);
    return out;
  };
  CHECK(texts_of("").empty());
  CHECK(texts_of("a\nb") == std::vector<std::string>{"a", "b"});
  CHECK(texts_of("a\r\n\r\nb\r") == std::vector<std::string>{"a", "", "b"});
  CHECK(texts_of("a\r\r\nb\rc\n") == std::vector<std::string>{"a\r", "b\rc"});
  CHECK(texts_of("\n\n") == std::vector<std::string>{"", ""});

  // Every text is its lines with their ends, whatever the bytes: blanks,
  // CRs and LFs in every order, a final line with or without its end.
  std::mt19937 rng(7);
  const char alphabet[] = {'a', ' ', '\r', '\n'};
  for (int round = 0; round < 2000; ++round) {
    std::string text(rng() % 12, 'a');
    for (char& c : text) c = alphabet[rng() % 4];
    std::string joined;
    for (const osce::TextLine& line : osce::split_lines(text)) {
      const std::string_view with_end = osce::line_with_end(text, line);
      REQUIRE(with_end.substr(0, line.text.size()) == line.text);
      REQUIRE(with_end.data() == line.text.data());
      joined += with_end;
    }
    REQUIRE(joined == text);
  }
}

TEST_CASE("count_line_ends counts every LF, in whole blocks and in the last part", "[text]") {
  CHECK(osce::count_line_ends("") == 0);
  CHECK(osce::count_line_ends("a\r\nb\n\n") == 3);
  // Lengths around the 64-byte blocks, LFs anywhere, bytes of every value.
  std::mt19937 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::string text(rng() % 200, 'a');
    for (char& c : text) c = rng() % 3 == 0 ? '\n' : static_cast<char>(rng() % 256);
    REQUIRE(osce::count_line_ends(text) == static_cast<size_t>(std::count(text.begin(), text.end(), '\n')));
  }
}

TEST_CASE("text lines: list marks, before an item and alone", "[text]") {
  CHECK(osce::list_mark_length("- Arms control") == 2);
  CHECK(osce::list_mark_length("* Youth") == 2);
  CHECK(osce::list_mark_length("\xE2\x80\xA2 Youth") == 4);  // •
  CHECK(osce::list_mark_length("\xE2\x80\x93 Youth") == 4);  // –
  CHECK(osce::list_mark_length("\xC2\xB7 Youth") == 3);      // ·
  for (std::string_view t : {"-", "- ", "-Youth", "--- Youth", "1. Youth", "Youth - Arms", ""}) {
    CHECK(osce::list_mark_length(t) == 0);
  }
  for (std::string_view t : {"-", "*", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7"}) {
    CHECK(osce::is_lone_list_mark(t));
  }
  for (std::string_view t : {"--", "- x", "***", "", "+"}) CHECK_FALSE(osce::is_lone_list_mark(t));
}

TEST_CASE("a table of line starts gives the lines split_lines gives", "[text]") {
  for (const std::string text : {"", "\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\r", "\r\n\r\n", "a\n\n\nb\n\n",
                                 "x\r\ry\n", " - Albania \n-\nCountries"}) {
    INFO("text " << text.size() << " bytes");
    const std::vector<osce::TextLine> split = osce::split_lines(text);
    osce::LineTable table;
    table.assign(text);
    REQUIRE(table.size() == split.size());
    for (size_t i = 0; i < split.size(); ++i) {
      CHECK(table[i].text == split[i].text);
      CHECK(table[i].text.data() == split[i].text.data());
    }
  }
  // The buffer is kept from text to text, and a shorter text has fewer lines.
  osce::LineTable table;
  table.assign("a\nb\nc\n");
  table.assign("d");
  REQUIRE(table.size() == 1);
  CHECK(table[0].text == "d");
}

TEST_CASE("text lines: a heading's text without its Markdown marks", "[text]") {
  CHECK(osce::without_heading_marks("# OSCE issues report") == "OSCE issues report");
  CHECK(osce::without_heading_marks("## Background ##") == "Background");
  CHECK(osce::without_heading_marks("# Programming in C#") == "Programming in C#");
  // No mark: as it is.
  CHECK(osce::without_heading_marks("#1 priority for the Mission") == "#1 priority for the Mission");
  CHECK(osce::without_heading_marks("####### Seven") == "####### Seven");
  CHECK(osce::without_heading_marks("OSCE issues report") == "OSCE issues report");
  CHECK(osce::without_heading_marks("#") == "#");
}
