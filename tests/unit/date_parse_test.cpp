#include <catch2/catch.hpp>

#include <cctype>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "osce/date_parse.hpp"

TEST_CASE("date_parse: whole dates", "[date_parse]") {
  auto [text, iso] = GENERATE(table<std::string, std::string>({
      {"4 May 2018", "2018-05-04"},
      {"04 May 2018", "2018-05-04"},
      {"May 4, 2018", "2018-05-04"},
      {"Sept. 30, 2022", "2022-09-30"},
      {"Friday, 4 May 2018", "2018-05-04"},
      {" 2023-07-12 ", "2023-07-12"},
      {"29 February 2024", "2024-02-29"},
      // As feeds and metadata blocks write them: numbers, short weekdays, a time.
      {"Tue, 03/14/2023 - 10:21", "2023-03-14"},
      {"14/03/2023", "2023-03-14"},
      {"14.03.2023", "2023-03-14"},
      {"04.03.2023", "2023-03-04"},  // dots: day first
      {"05/05/2023", "2023-05-05"},  // either way round, one date
      {"Fri. 12 July 2023", "2023-07-12"},
      {"14 March 2023, 10:21 am", "2023-03-14"},
      {"2023-03-14 10:21:05", "2023-03-14"},
      {"12 July 2023 at 9.30 CET", "2023-07-12"},
      {"July 12, 2023 | 4:05 P.M.", "2023-07-12"},
      // The day an ordinal, as English pages and wires write it.
      {"4th July 2023", "2023-07-04"},
      {"07th July, 2021", "2021-07-07"},
      {"July 4th, 2023", "2023-07-04"},
      {"Monday, 1st March 2021", "2021-03-01"},
  }));
  CHECK(osce::parse_full_date(text) == iso);
  CHECK(osce::read_whole_date(text).iso == iso);
}

TEST_CASE("date_parse: a numeric date whose day and month could be either way round", "[date_parse]") {
  const osce::WholeDate either = osce::read_whole_date("03/04/2023 - 17:45");
  CHECK(either.found);
  CHECK(either.iso.empty());
  CHECK_FALSE(osce::parse_full_date("03/04/2023").has_value());
  // A weekday on neither reading, or on both, tells nothing.
  CHECK(osce::read_whole_date("Wed, 03/04/2023").iso.empty());
  CHECK(osce::read_whole_date("Wed, 03/04/2023").found);
}

TEST_CASE("date_parse: the weekday written before a numeric date tells its day from its month", "[date_parse]") {
  // 6 October 2023 was a Friday, 10 June a Saturday; 3 April a Monday, 4 March a Saturday.
  CHECK(osce::read_whole_date("Fri, 10/06/2023 - 17:59").iso == "2023-10-06");
  CHECK(osce::read_whole_date("Sat, 10/06/2023").iso == "2023-06-10");
  CHECK(osce::read_whole_date("Monday, 03/04/2023").iso == "2023-04-03");
  CHECK(osce::read_whole_date("Sat. 03/04/2023").iso == "2023-03-04");
  // It outweighs the site's order, which is a default; dots stay day first.
  CHECK(osce::read_whole_date("Fri, 10/06/2023", osce::SlashOrder::kDayFirst).iso == "2023-10-06");
  CHECK(osce::read_whole_date("Fri, 10.06.2023").iso == "2023-06-10");
  CHECK(osce::weekday_number("Thurs") == 4);
  CHECK(osce::weekday_number("sunday") == 0);
  CHECK(osce::weekday_number("Fr") == -1);
  CHECK(osce::weekday_number("Wed.") == 3);
  CHECK(osce::weekday_number("Thunder") == -1);  // a name's start, not any word sharing its first letters
  CHECK(osce::weekday_number("Month") == -1);
  // The whole name in the other languages whose dates are read.
  CHECK(osce::weekday_number("Martes") == 2);
  CHECK(osce::weekday_number("Mittwoch") == 3);
  CHECK(osce::weekday_number("Venerd\xC3\xAC") == 5);
  CHECK(osce::weekday_number("\xC4\x8C" "etvrtak") == 4);  // Četvrtak
  CHECK(osce::weekday_number("Marta") == -1);
  CHECK(osce::weekday_number("Mart") == -1);
  // And in the other participating States' languages whose months are read,
  // a capital past ASCII folded too.
  CHECK(osce::weekday_number("Marți") == 2);
  CHECK(osce::weekday_number("Wtorek") == 2);
  CHECK(osce::weekday_number("Środa") == 3);
  CHECK(osce::weekday_number("Úterý") == 2);
  CHECK(osce::weekday_number("Poniedziałek") == 1);
  CHECK(osce::weekday_number("Tisdag") == 2);
  CHECK(osce::weekday_number("Çarşamba") == 3);
  CHECK(osce::weekday_number("Segunda-feira") == 1);
  CHECK(osce::weekday_number("Tiistai") == 2);
  CHECK(osce::weekday_number("Tirana") == -1);
  CHECK(osce::reading_on_weekday(2023, 10, 6, 5) == -1);  // a Friday: 6 October
  CHECK(osce::reading_on_weekday(2023, 10, 6, 6) == 1);   // a Saturday: 10 June
  CHECK(osce::reading_on_weekday(2023, 10, 6, 3) == 0);   // neither
  CHECK(osce::reading_on_weekday(2023, 10, 6, -1) == 0);  // no weekday
  CHECK(osce::reading_on_weekday(2023, 2, 30, 4) == 0);   // 30 February is no date
}

TEST_CASE("date_parse: not dates", "[date_parse]") {
  auto text = GENERATE(as<std::string>{}, "31 June 2023", "29 February 2023", "Since 4 May 2018", "May 2018",
                       "4 Mayday 2018", "2023-13-01", "No. 5/16", "", "13/13/2023", "31.06.2023", "10:21",
                       "12 July 2023 - 10:21 talks", "Tue, 12 July 2023 - 25:61x", "1.2.3.2023", "4thy July 2023",
                       "31st June 2023");
  CHECK_FALSE(osce::parse_full_date(text).has_value());
  CHECK_FALSE(osce::read_whole_date(text).found);
}

TEST_CASE("date_parse: the first of an event's days", "[date_parse]") {
  auto [text, iso] = GENERATE(table<std::string, std::string>({
      {"7 - 11 July 2018", "2018-07-07"},
      {"7 \xE2\x80\x93 11 JULY 2018", "2018-07-07"},
      {"20\xE2\x80\x94" "22 January 2009", "2009-01-20"},
      {"July 7-11, 2018", "2018-07-07"},
      {"Sept 29 - 30, 2022", "2022-09-29"},
  }));
  CAPTURE(text);
  const osce::WholeDate first = osce::read_first_day(text);
  CHECK(first.found);
  CHECK(first.iso == iso);
  // A whole date is read_whole_date's; a range backwards, one with no year
  // or no month, and one that is not a calendar's are no dates.
  for (std::string_view not_one : {"7 July 2018", "11 - 7 July 2018", "7 - 11 July", "7 - 11 2018", "Page 7 - 11 July 2018",
                                   "30 - 31 June 2023", "7 - 11July 2018", "July 7-11 2018 and more", ""}) {
    CAPTURE(not_one);
    CHECK_FALSE(osce::read_first_day(not_one).found);
  }
}

TEST_CASE("date_parse: month names", "[date_parse]") {
  CHECK(osce::month_number("July") == 7);
  CHECK(osce::month_number("jul") == 7);
  CHECK(osce::month_number("Sept") == 9);
  CHECK(osce::month_number("Ju") == 0);
  CHECK(osce::month_number("Mayor") == 0);
  CHECK(osce::month_number("DECEMBER") == 12);
  CHECK(osce::month_number("Sept.") == 9);
  CHECK(osce::month_number("OSCE") == 0);
}

TEST_CASE("date_parse: Russian and Ukrainian month names in the forms dates take", "[date_parse]") {
  CHECK(osce::cyrillic_month_number("июля") == 7);      // genitive: "12 июля 2023 года"
  CHECK(osce::cyrillic_month_number("октябре") == 10);  // locative: "в октябре 2017 года"
  CHECK(osce::cyrillic_month_number("Май") == 5);       // capitalized
  CHECK(osce::cyrillic_month_number("Сентября") == 9);
  CHECK(osce::cyrillic_month_number("липня") == 7);     // Ukrainian
  CHECK(osce::cyrillic_month_number("листопада") == 11);
  CHECK(osce::cyrillic_month_number("марка") == 0);
  CHECK(osce::cyrillic_month_number("семинар") == 0);
  CHECK(osce::cyrillic_month_number("July") == 0);
  CHECK(osce::cyrillic_month_number("") == 0);
  // Serbian and Macedonian, as the Balkan missions' releases write them.
  CHECK(osce::cyrillic_month_number("новембра") == 11);
  CHECK(osce::cyrillic_month_number("мај") == 5);
  CHECK(osce::cyrillic_month_number("ноември") == 11);
  CHECK(osce::cyrillic_month_number("октомври") == 10);
}

TEST_CASE("date_parse: Bosnian, Montenegrin and Serbian month names in Latin letters", "[date_parse]") {
  CHECK(osce::latin_month_number("novembar") == 11);
  CHECK(osce::latin_month_number("novembra") == 11);
  CHECK(osce::latin_month_number("marta") == 3);
  CHECK(osce::latin_month_number("juni") == 6);
  CHECK(osce::latin_month_number("avgusta") == 8);
  CHECK(osce::latin_month_number("maja") == 5);
  for (std::string_view not_one : {"", "ma", "studenoga", "martini", "mission", "septembarski"}) {
    CAPTURE(not_one);
    CHECK(osce::latin_month_number(not_one) == 0);
  }
}

TEST_CASE("date_parse: French, German, Italian and Spanish month names", "[date_parse]") {
  CHECK(osce::latin_month_number("juillet") == 7);
  CHECK(osce::latin_month_number("février") == 2);
  CHECK(osce::latin_month_number("août") == 8);
  CHECK(osce::latin_month_number("décembre") == 12);
  CHECK(osce::latin_month_number("März") == 3);
  CHECK(osce::latin_month_number("Jänner") == 1);
  CHECK(osce::latin_month_number("luglio") == 7);
  CHECK(osce::latin_month_number("settembre") == 9);
  CHECK(osce::latin_month_number("septiembre") == 9);
  CHECK(osce::latin_month_number("setiembre") == 9);
  CHECK(osce::latin_month_number("diciembre") == 12);
  // Capitalized, German's alone: a capitalized "Marta" after a number is a name.
  CHECK(osce::latin_month_number("Juli") == 7);
  CHECK(osce::latin_month_number("Mai") == 5);
  CHECK(osce::latin_month_number("Dezember") == 12);
  CHECK(osce::latin_month_number("Marta") == 0);
  CHECK(osce::latin_month_number("Luglio") == 0);
  CHECK(osce::latin_month_number("Juin") == 0);
  // With its year right after it, as a date line or a heading writes it: a
  // name of six bytes or more is no one's.
  CHECK(osce::latin_month_number("Settembre", true) == 9);
  CHECK(osce::latin_month_number("Noviembre", true) == 11);
  CHECK(osce::latin_month_number("Marta", true) == 0);
  CHECK(osce::latin_month_number("Julio", true) == 0);
  CHECK(osce::parse_full_date("22 Settembre 2017") == "2017-09-22");
  CHECK(osce::parse_full_date("3 de Noviembre de 2020") == "2020-11-03");
}

TEST_CASE("date_parse: month names of the participating States' other languages in Latin letters", "[date_parse]") {
  // The form a date gives after its day: Polish's, Czech's, Slovak's and
  // Slovenian's genitive, Finnish's partitive.
  CHECK(osce::latin_month_number("aprilie") == 4);      // Romanian
  CHECK(osce::latin_month_number("septembrie") == 9);
  CHECK(osce::latin_month_number("lipca") == 7);        // Polish
  CHECK(osce::latin_month_number("października") == 10);
  CHECK(osce::latin_month_number("listopada") == 11);
  CHECK(osce::latin_month_number("července") == 7);     // Czech
  CHECK(osce::latin_month_number("února") == 2);
  CHECK(osce::latin_month_number("októbra") == 10);     // Slovak
  CHECK(osce::latin_month_number("julija") == 7);       // Slovenian
  CHECK(osce::latin_month_number("março") == 3);        // Portuguese
  CHECK(osce::latin_month_number("maart") == 3);        // Dutch
  CHECK(osce::latin_month_number("augusti") == 8);      // Swedish
  CHECK(osce::latin_month_number("desember") == 12);    // Norwegian
  CHECK(osce::latin_month_number("heinäkuuta") == 7);   // Finnish
  CHECK(osce::latin_month_number("märts") == 3);        // Estonian
  CHECK(osce::latin_month_number("nëntor") == 11);      // Albanian
  // Turkish capitalizes its months, as German does: read so after a number.
  CHECK(osce::latin_month_number("Temmuz") == 7);
  CHECK(osce::latin_month_number("Şubat") == 2);
  CHECK(osce::latin_month_number("Ağustos") == 8);
  CHECK(osce::latin_month_number("Ekim") == 10);
  // A capital past ASCII is told as ASCII's is: "Února" is a heading's month
  // with its year after it, no name's otherwise.
  CHECK(osce::latin_month_number("Února") == 0);
  CHECK(osce::latin_month_number("Února", true) == 2);
  CHECK(osce::latin_month_number("Lipca") == 0);
  for (std::string_view not_one : {"studenoga", "lipanj", "marcado", "ekimler", "maartje", "październik"}) {
    CAPTURE(not_one);
    CHECK(osce::latin_month_number(not_one) == 0);
  }
  CHECK(osce::parse_full_date("12 października 2023") == "2023-10-12");
  CHECK(osce::parse_full_date("3. března 2024") == "2024-03-03");
  CHECK(osce::parse_full_date("5 Ağustos 2023") == "2023-08-05");
  CHECK(osce::parse_full_date("12 de julho de 2023") == "2023-07-12");
  CHECK(osce::parse_full_date("27 aprilie 2013") == "2013-04-27");
}

TEST_CASE("date_parse: whole dates in the Organization's other languages", "[date_parse]") {
  CHECK(osce::parse_full_date("12 luglio 2023") == "2023-07-12");
  CHECK(osce::parse_full_date("28 novembre 2017 | 18.06") == "2017-11-28");
  CHECK(osce::parse_full_date("1er février 2023") == "2023-02-01");
  CHECK(osce::parse_full_date("1er juillet 2023") == "2023-07-01");
  CHECK(osce::parse_full_date("12. März 2023") == "2023-03-12");
  CHECK(osce::parse_full_date("1º agosto 2023") == "2023-08-01");
  CHECK(osce::parse_full_date("12 de julio de 2023") == "2023-07-12");
  CHECK(osce::parse_full_date("3 de diciembre del 2022") == "2022-12-03");
  CHECK_FALSE(osce::parse_full_date("12 de Marta 2023"));
  CHECK_FALSE(osce::parse_full_date("31 février 2023"));
}

TEST_CASE("date_parse: the inline filter of month names lets every month through", "[date_parse]") {
  // month_number_of is the whole test; month_number only rules words out
  // first. The two agree on every name in every case, and on look-alikes.
  std::vector<std::string> words = {"Security", "Democratic", "Mayor", "Marching", "Augustin", "Decade", "Novel",
                                    "Octopus", "Junior", "Ja", "J@n", "Ma\x7f", "SEPT.", "sept", "Sep."};
  for (std::string m : {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december"}) {
    for (const std::string& w : {m, m.substr(0, 3), m.substr(0, 3) + "."}) {
      words.push_back(w);
      std::string upper = w, title = w;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
      words.push_back(upper);
      words.push_back(title);
    }
  }
  std::mt19937 rng(5);
  const std::string bytes = "aAjJuUnNlLyYeEpPcCtToOvVgGsSbBrRmMdD@[`{.-1";
  for (int k = 0; k < 20000; ++k) {
    std::string w(3 + rng() % 8, ' ');
    for (char& c : w) c = bytes[rng() % bytes.size()];
    words.push_back(w);
  }
  size_t months = 0;
  for (const std::string& w : words) {
    CHECK(osce::month_number(w) == osce::month_number_of(w));
    months += osce::month_number(w) != 0;
  }
  CHECK(months >= 12 * 9);
}

TEST_CASE("date_parse: dates and numbers written as snprintf writes them", "[date_parse]") {
  // Every value a date's parts take, and the odd ones around them.
  for (int width : {2, 4}) {
    for (int v : {0, 1, 7, 9, 10, 12, 31, 99, 100, 999, 1000, 2023, 9999, 10000, 123456, -1, -42}) {
      char want[32];
      std::snprintf(want, sizeof want, "%0*d", width, v);
      CHECK(osce::padded(v, width) == want);
    }
  }
  for (int y : {999, 1000, 1999, 2023, 9999, 10000}) {
    for (int m : {1, 7, 12}) {
      for (int d : {1, 9, 10, 31}) {
        char want[32];
        std::snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
        CHECK(osce::iso_date(y, m, d) == want);
      }
    }
  }
}
