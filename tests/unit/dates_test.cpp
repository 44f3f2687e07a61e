// osce-dates: one test per form the scanner reads, the look-alikes it must
// leave alone, the year choice, and the record step.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "osce/date_scan.hpp"
#include "osce/closing_stamp.hpp"
#include "osce/dates.hpp"
#include "osce/error.hpp"
#include "test_files.hpp"

namespace {

using Found = std::vector<std::pair<std::string, std::string>>;  // text, value

Found dates_of(const std::string& text, const char* reference = "2023-07-12",
               osce::SlashOrder order = osce::SlashOrder::kUnambiguous) {
  osce::DatesOptions opt;
  opt.scan.slash_order = order;
  if (reference) opt.reference = osce::parse_iso_day(reference);
  Found out;
  for (const osce::FoundDate& f : osce::find_dates(text, std::nullopt, opt)) {
    out.emplace_back(text.substr(f.expression.start, f.expression.end - f.expression.start), f.value);
  }
  return out;
}

}  // namespace

TEST_CASE("full dates in the common English forms", "[dates]") {
  CHECK(dates_of("held on 12 July 2023 in Vienna") == Found{{"12 July 2023", "2023-07-12"}});
  CHECK(dates_of("on July 12, 2023, the") == Found{{"July 12, 2023", "2023-07-12"}});
  CHECK(dates_of("the 3rd of March 2021.") == Found{{"3rd of March 2021", "2021-03-03"}});
  CHECK(dates_of("signed on Sept. 9, 2019") == Found{{"Sept. 9, 2019", "2019-09-09"}});
  CHECK(dates_of("dated 2023-07-12.") == Found{{"2023-07-12", "2023-07-12"}});
  CHECK(dates_of("on Friday, 4 May 2018 the") == Found{{"Friday, 4 May 2018", "2018-05-04"}});
  CHECK(dates_of("Established on 23 July 1998, the Centre") == Found{{"23 July 1998", "1998-07-23"}});
  // The day an ordinal with a period, as German speakers write it: only with a year.
  CHECK(dates_of("It opened on 3. October 2016 in Vienna.") == Found{{"3. October 2016", "2016-10-03"}});
  CHECK(dates_of("Item 3. October saw talks.").empty());
  CHECK(dates_of("Version 1.5 October 2016") == Found{{"October 2016", "2016-10"}});
  // A year glued to the next sentence's first word, as scrapers glue a
  // paragraph to the line above; not to a code's letter or a number.
  CHECK(dates_of("Participants, 28 June 2018LONDON, the") == Found{{"28 June 2018", "2018-06-28"}});
  CHECK(dates_of("06:22\xE2\x80\x94" "29 \xD0\x90\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8C 2022\xD0\x9E\xD0\x91\xD0\xA1\xD0\x95 "
                 "\xD0\xBE\xD0\xB1") == Found{{"29 \xD0\x90\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8C 2022", "2022-04-29"}});
  CHECK(dates_of("the figures of 12 May 2022a") == Found{{"12 May", "2023-05-12"}});
}

TEST_CASE("Bosnian, Montenegrin, Serbian and Macedonian dates after their day", "[dates]") {
  CHECK(dates_of("Sastanak je održan 15. marta 2024. godine u Sarajevu.") == Found{{"15. marta 2024", "2024-03-15"}});
  CHECK(dates_of("održan 3 juna 2024 u Podgorici") == Found{{"3 juna 2024", "2024-06-03"}});
  CHECK(dates_of("Београд, 12. новембра 2023. године") == Found{{"12. новембра 2023", "2023-11-12"}});
  CHECK(dates_of("Скопје, 26 ноември 2025") == Found{{"26 ноември 2025", "2025-11-26"}});
  // A month's word is read only after its day: "mart" alone is no date.
  CHECK(dates_of("the mart 2024 sales") == Found{{"2024", "2024"}});
}

TEST_CASE("French, German, Italian and Spanish dates after their day", "[dates]") {
  CHECK(dates_of("Le ministre a reçu la délégation le 12 juillet 2023 à Paris.") ==
        Found{{"12 juillet 2023", "2023-07-12"}});
  // A name past ASCII, read by the tokenizer as several tokens; French's "1er".
  CHECK(dates_of("depuis le 1er février 2023 et le 3 août") ==
        Found{{"1er février 2023", "2023-02-01"}, {"3 août", "2023-08-03"}});
  CHECK(dates_of("Die Sitzung fand am 12. März 2023 und am 20. Jänner 2024 statt.") ==
        Found{{"12. März 2023", "2023-03-12"}, {"20. Jänner 2024", "2024-01-20"}});
  CHECK(dates_of("Gli osservatori saranno in Italia il 4 marzo 2018 e il 1º agosto.") ==
        Found{{"4 marzo 2018", "2018-03-04"}, {"1º agosto", "2023-08-01"}});
  CHECK(dates_of("La OSCE celebró el 12 de julio de 2023 y el 3 de diciembre del 2022 una reunión.") ==
        Found{{"12 de julio de 2023", "2023-07-12"}, {"3 de diciembre del 2022", "2022-12-03"}});
  CHECK(dates_of("Vom 3 – 5 luglio 2023") == Found{{"3 – 5 luglio 2023", "2023-07-03/2023-07-05"}});
  // Capitalized after a number, only German's months are months: "15 Marta"
  // and "3 Maja" are people; nor is a month's word a date without its day.
  CHECK(dates_of("On 15 Marta Kovač met 3 Maja Petrović.").empty());
  CHECK(dates_of("Am 5 Juni 2023 tagte der Rat.") == Found{{"5 Juni 2023", "2023-06-05"}});
  CHECK(dates_of("en juillet 2023 et de julio") == Found{{"2023", "2023"}});
  // Capitalized with its year right after it, as a date line writes it: a
  // month's name of six bytes or more ("3 Maja 2020" stays a name's).
  CHECK(dates_of("17:22 22 Settembre 2017") == Found{{"22 Settembre 2017", "2017-09-22"}});
  CHECK(dates_of("Martes, 3 de Noviembre de 2020") == Found{{"3 de Noviembre de 2020", "2020-11-03"}});
  CHECK(dates_of("On 3 Maja 2020 Petrović spoke.") == Found{{"2020", "2020"}});
}

TEST_CASE("Dates of the participating States' other languages after their day", "[dates]") {
  CHECK(dates_of("În perioada 1 aprilie-30 aprilie 2004, reprezentanții misiunii au efectuat vizite.") ==
        Found{{"1 aprilie-30 aprilie 2004", "2004-04-01/2004-04-30"}});
  // A name that opens with a letter past ASCII, a token of its own.
  CHECK(dates_of("Schůzka se konala 3. února 2024 v Praze.") == Found{{"3. února 2024", "2024-02-03"}});
  CHECK(dates_of("Toplantı 12 Şubat 2024 tarihinde yapıldı.") == Found{{"12 Şubat 2024", "2024-02-12"}});
  CHECK(dates_of("Spotkanie odbyło się 12 października 2023 r. w Warszawie.") ==
        Found{{"12 października 2023", "2023-10-12"}});
  CHECK(dates_of("Kokous pidettiin 1. tammikuuta 2025 Helsingissä.") ==
        Found{{"1. tammikuuta 2025", "2025-01-01"}});
}

TEST_CASE("numeric dates: dots are day first, slashes only where the reading is sure", "[dates]") {
  CHECK(dates_of("on 12.07.2023") == Found{{"12.07.2023", "2023-07-12"}});
  CHECK(dates_of("on 25/07/2023") == Found{{"25/07/2023", "2023-07-25"}});
  CHECK(dates_of("on 07/25/2023") == Found{{"07/25/2023", "2023-07-25"}});
  CHECK(dates_of("on 05/07/2023").empty());
  CHECK(dates_of("on 05/07/2023", "2023-07-12", osce::SlashOrder::kDayFirst) == Found{{"05/07/2023", "2023-07-05"}});
  CHECK(dates_of("on 05/07/2023", "2023-07-12", osce::SlashOrder::kMonthFirst) ==
        Found{{"05/07/2023", "2023-05-07"}});
  CHECK(dates_of("version 1.2.2023.4").empty());
  // A weekday written before it decides: 6 October 2023 was a Friday, 10 June a Saturday.
  CHECK(dates_of("on Friday, 10/06/2023 the") == Found{{"Friday, 10/06/2023", "2023-10-06"}});
  CHECK(dates_of("on Saturday, 10/06/2023 the") == Found{{"Saturday, 10/06/2023", "2023-06-10"}});
}

TEST_CASE("ranges at the precision the text gives, running forward", "[dates]") {
  CHECK(dates_of("On 22 – 24 May 2023, the") == Found{{"22 – 24 May 2023", "2023-05-22/2023-05-24"}});
  CHECK(dates_of("on 11-12 July 2023.") == Found{{"11-12 July 2023", "2023-07-11/2023-07-12"}});
  CHECK(dates_of("From 03 to 06 July 2023, the") == Found{{"03 to 06 July 2023", "2023-07-03/2023-07-06"}});
  CHECK(dates_of("from 30 June – 2 July 2023") == Found{{"30 June – 2 July 2023", "2023-06-30/2023-07-02"}});
  CHECK(dates_of("from 30 December 2022 to 2 January 2023") ==
        Found{{"30 December 2022 to 2 January 2023", "2022-12-30/2023-01-02"}});
  CHECK(dates_of("December 2022 – January 2023") == Found{{"December 2022 – January 2023", "2022-12/2023-01"}});
  CHECK(dates_of("July 12–14, 2023") == Found{{"July 12–14, 2023", "2023-07-12/2023-07-14"}});
  CHECK(dates_of("the Programme for 2023-2027") == Found{{"2023-2027", "2023/2027"}});
  CHECK(dates_of("between 3 and 5 July 2023") == Found{{"3 and 5 July 2023", "2023-07-03/2023-07-05"}});
  CHECK(dates_of("June–July 2023") == Found{{"June–July 2023", "2023-06/2023-07"}});
  // Russian and Ukrainian dates: "года" ("of the year") after the year is no part of the value.
  CHECK(dates_of("прошел 12 июля 2023 года в Бишкеке") == Found{{"12 июля 2023", "2023-07-12"}});
  CHECK(dates_of("с 8 по 16 сентября 2025 г.") == Found{{"8 по 16 сентября 2025", "2025-09-08/2025-09-16"}});
  CHECK(dates_of("відбувся 3 липня 2024 року") == Found{{"3 липня 2024", "2024-07-03"}});
  CHECK(dates_of("в октябре 2017 года") == Found{{"октябре 2017", "2017-10"}});
  // A school or season year, with the next year in full or in two digits.
  CHECK(dates_of("in the 2019/2020 school year") == Found{{"2019/2020", "2019/2020"}});
  CHECK(dates_of("the 2015-16 season.") == Found{{"2015-16", "2015/2016"}});
  CHECK(dates_of("in winter 1999/00, then") == Found{{"winter 1999/00", "1999/2000"}});
  CHECK(dates_of("the 2019/20th item").empty());
  // Backwards is not a range, and its parts are not dates of their own.
  CHECK(dates_of("24 – 22 May 2023").empty());
}

TEST_CASE("lists give one expression per day", "[dates]") {
  CHECK(dates_of("will take place on 11 and 12 July") ==
        Found{{"11", "2023-07-11"}, {"12 July", "2023-07-12"}});
  CHECK(dates_of("on 27-30 June and 11 July 2023") ==
        Found{{"27-30 June", "2023-06-27/2023-06-30"}, {"11 July 2023", "2023-07-11"}});
}

TEST_CASE("months, years, decades and parts of them", "[dates]") {
  CHECK(dates_of("to hold the next round in December 2023.") == Found{{"December 2023", "2023-12"}});
  CHECK(dates_of("will meet in mid-July") == Found{{"mid-July", "2023-07"}});
  CHECK(dates_of("planned for early 2024") == Found{{"early 2024", "2024"}});
  CHECK(dates_of("reviewed in mid-2018, then") == Found{{"mid-2018", "2018"}});
  CHECK(dates_of("to be done by end-2022.") == Found{{"end-2022", "2022"}});
  CHECK(dates_of("call 36-2018 or see A-2018").empty());
  CHECK(dates_of("since the 1990s") == Found{{"1990s", "1990/1999"}});
  CHECK(dates_of("Commitments (2018)") == Found{{"2018", "2018"}});
  CHECK(dates_of("back in 2002, the") == Found{{"2002", "2002"}});
  CHECK(dates_of("the 2024 parliamentary elections") == Found{{"2024", "2024"}});
}

TEST_CASE("relative expressions count from the anchor", "[dates]") {
  CHECK(dates_of("concluded her visit yesterday.") == Found{{"yesterday", "2023-07-11"}});
  CHECK(dates_of("which concluded today in Dushanbe.") == Found{{"today", "2023-07-12"}});
  CHECK(dates_of("the conference concluded in Bishkek last Friday.") == Found{{"last Friday", "2023-07-07"}});
  CHECK(dates_of("The round held this year was") == Found{{"this year", "2023"}});
  CHECK(dates_of("It grew last month.") == Found{{"last month", "2023-06"}});
  CHECK(dates_of("The office will open on Monday.") == Found{{"Monday", "2023-07-17"}});
  // No anchor: a relative expression has no value and is left out.
  CHECK(dates_of("concluded her visit yesterday.", nullptr).empty());
}

TEST_CASE("today that means nowadays is not a date", "[dates]") {
  CHECK(dates_of("In today's interdependent world, freedom").empty());
  CHECK(dates_of("to face the challenges of today and tomorrow").empty());
  CHECK(dates_of("In unprecedented times like today, our co-operation").empty());
  CHECK(dates_of("noted that \xE2\x80\x9Ctoday we find ourselves at a crossroads\xE2\x80\x9D").empty());
}

TEST_CASE("look-alikes stay out", "[dates]") {
  for (const char* text :
       {"Decision No. 5/16 on", "Decision No 7/06: Countering", "the Cyber 9/12 Strategy Challenge",
        "Decision  No. 1039 Development", "57 participating States", "the 58th round", "a three-day event",
        "call +43 1 514 36 2000", "over 2000 participants", "at 10:30 on site", "page 2019 of",
        "May I thank the Chair"}) {
    INFO(text);
    CHECK(dates_of(text).empty());
  }
  // A resolution's number is no date; the year in parentheses after it is.
  CHECK(dates_of("Resolution 1325 (2000) on") == Found{{"2000", "2000"}});
}

TEST_CASE("calendar truth", "[dates]") {
  CHECK(dates_of("on 31 June 2023").empty());
  CHECK(dates_of("on 29 February 2023").empty());
  CHECK(dates_of("on 29 February 2024") == Found{{"29 February 2024", "2024-02-29"}});
  CHECK(dates_of("on 31 June").empty());
}

TEST_CASE("a day without a year takes the year the tense points to", "[dates]") {
  // Written on 5 January 2024.
  CHECK(dates_of("The seminar was held on 28 December.", "2024-01-05") == Found{{"28 December", "2023-12-28"}});
  CHECK(dates_of("The seminar will be held on 28 December.", "2024-01-05") ==
        Found{{"28 December", "2024-12-28"}});
  CHECK(dates_of("The course opens on 10 January.", "2024-01-05") == Found{{"10 January", "2024-01-10"}});
  CHECK(dates_of("It took up its work on 7 June and will end on 18 July.") ==
        Found{{"7 June", "2023-06-07"}, {"18 July", "2023-07-18"}});
  // A weekday the text names decides: 3 January was a Tuesday in 2023.
  CHECK(dates_of("on Tuesday, 3 January", "2024-06-01") == Found{{"Tuesday, 3 January", "2023-01-03"}});
  CHECK(dates_of("A range across the new year was held on 28 December – 3 January.", "2024-01-10") ==
        Found{{"28 December – 3 January", "2023-12-28/2024-01-03"}});
  // No anchor: a full date elsewhere in the text gives the year; with none,
  // the record format has no value to give, and the expression is left out.
  CHECK(dates_of("On 30 April 2023, it adopted a law. Then, from 5 to 7 July, a seminar", nullptr) ==
        Found{{"30 April 2023", "2023-04-30"}, {"5 to 7 July", "2023-07-05/2023-07-07"}});
  CHECK(dates_of("on 10 July", nullptr).empty());
  CHECK(dates_of("in July", nullptr).empty());
  osce::DateExpression bare;
  bare.from = {0, 7, 10};
  CHECK(osce::resolve_date(bare, std::nullopt) == "--07-10");
}

TEST_CASE("a dateline anchors what follows it, nearer than the record's date", "[dates]") {
  const std::string text =
      "She concluded her visit yesterday.\n"
      "WASHINGTON, 3 January 2024 – The event was held on 28 December.\n";
  const auto found = osce::find_dates(text, osce::parse_iso_day("2023-07-12"), {});
  REQUIRE(found.size() == 3);
  CHECK(found[0].value == "2023-07-11");
  CHECK(found[2].value == "2023-12-28");
  // The record's own date stands for its opening dateline.
  const auto opened = osce::find_dates("VIENNA, 1 May 2020 - It was held on 10 July.", osce::parse_iso_day("2023-07-12"), {});
  REQUIRE(opened.size() == 2);
  CHECK(opened[1].value == "2023-07-10");
}

TEST_CASE("date_record sets dates, date and place, and leaves other fields as they were", "[dates]") {
  osce::RecordParser parser;
  osce::Record rec;
  const std::string line =
      R"({"id":"a","text":"DUSHANBE, 4 May 2018 \u2013 A conference concluded today.","x":[1, 2]})";
  REQUIRE(parser.parse(line, rec).empty());
  osce::date_record(rec, {});
  CHECK(rec.get_string("date") == "2018-05-04");
  CHECK(rec.get_string("place") == "DUSHANBE");
  CHECK(rec.raw("x") == "[1, 2]");
  CHECK(rec.raw("dates") ==
        R"([{"text":"4 May 2018","value":"2018-05-04","start":10,"end":20},)"
        R"({"text":"today","value":"2018-05-04","start":48,"end":53}])");

  // A dateline's date in digits, day first with dots (South-East Europe's agencies).
  osce::Record dotted;
  REQUIRE(parser.parse(R"({"text":"BELGRADE, 15.06.2020. \u2013 Everyone needs free media, he said."})", dotted)
              .empty());
  osce::date_record(dotted, {});
  CHECK(dotted.get_string("date") == "2020-06-15");
  CHECK(dotted.get_string("place") == "BELGRADE");

  // A place the page gave stays; a date that is not one is refused.
  osce::Record placed;
  REQUIRE(parser.parse(R"({"text":"VIENNA, 1 May 2020 - x","place":"Wien"})", placed).empty());
  osce::date_record(placed, {});
  CHECK(placed.get_string("place") == "Wien");
  // A dateline without its year names the place, and no date of its own;
  // its day is resolved against the reference as any other.
  osce::Record yearless;
  REQUIRE(parser.parse(R"({"text":"WARSAW/VIENNA, 30 June \u2013 The OSCE Chairman met"})", yearless).empty());
  osce::DatesOptions in_2021;
  in_2021.reference = osce::parse_iso_day("2021-07-01");
  osce::date_record(yearless, in_2021);
  CHECK_FALSE(yearless.has("date"));
  CHECK(yearless.get_string("place") == "WARSAW/VIENNA");
  CHECK(yearless.raw("dates") == R"([{"text":"30 June","value":"2021-06-30","start":15,"end":22}])");
  // A headline above the dateline, as a scraped article opens.
  osce::Record headed;
  REQUIRE(parser.parse(R"({"text":"OSCE Chair calls for restraint\nVIENNA, 5 March 2021 - It was held."})", headed).empty());
  osce::date_record(headed, {});
  CHECK(headed.get_string("date") == "2021-03-05");
  CHECK(headed.get_string("place") == "VIENNA");
  osce::Record bad;
  REQUIRE(parser.parse(R"({"text":"x","date":"2023-02-30"})", bad).empty());
  CHECK_THROWS_AS(osce::date_record(bad, {}), osce::RecordError);

  // Running it again changes nothing; a text without dates loses a stale field.
  const std::string once = rec.to_json();
  osce::Record again;
  REQUIRE(parser.parse(once, again).empty());
  osce::date_record(again, {});
  CHECK(again.to_json() == once);
  osce::Record stale;
  REQUIRE(parser.parse(R"({"text":"no dates here","dates":[]})", stale).empty());
  osce::date_record(stale, {});
  CHECK_FALSE(stale.has("dates"));
}

TEST_CASE("a numeric date cut short at the end of the text is no date", "[dates]") {
  // Reads past the last token were possible here before: each prefix ends the
  // text. The fuzzer found "...and 22/07/2" (tests/fuzz/regressions/).
  for (const char* text : {"12.07", "12.07.", "12/07", "on 1.2", "2023-07-", "2023-07-1", "22/07/2"}) {
    INFO(text);
    CHECK(dates_of(text).empty());
  }
}

TEST_CASE("the line filter lets every cue through, wherever the 64-byte blocks fall", "[dates]") {
  // A line with no cue is not read at all; each cue, at every offset around
  // a block's end, still lets its expression be found.
  const std::vector<std::string> cues = {"yesterday", "tomorrow", "this year", "last month", "on Monday", "in March"};
  for (const std::string& cue : cues) {
    for (size_t k = 50; k <= 70; ++k) {
      std::string text(k, 'x');
      for (size_t i = 2; i < k; i += 3) text[i] = ' ';
      text += " " + cue + " it ended.";
      CHECK_FALSE(dates_of(text).empty());
    }
  }
}

TEST_CASE("the scanner finds the same dates whatever its batch size", "[dates]") {
  // Every bundled page, and lines built to reach across a batch's edge: a
  // form that looks back ("between ... and", "mid-"), a tense cue at the
  // end of the line before, a line with no date between two that have one.
  std::string text = "The talks will resume\n"
                     "on 14 May and end between 12 and 14 July 2023.\n"
                     "No dates here at all, only words.\n"
                     "It took place in mid-\n2022 and again on Friday.\n"
                     "It was held\non 3 March.\n"
                     // The tense of "12 May" comes from the words before the
                     // next line's date: the context a batch must keep.
                     "The meeting on 12 May\n"
                     "Nothing here but words, many more words and yet more words, and then it will\n"
                     "on 14 June.\n";
  text += osce_test::bundled_pages();
  auto scan = [&](size_t batch) {
    osce::ScanOptions options;
    options.batch_bytes = batch;
    std::vector<std::string> out;
    for (const osce::DateExpression& e : osce::scan_dates(text, options)) {
      out.push_back(std::to_string(e.start) + "-" + std::to_string(e.end) + " " + std::to_string(e.from.year) + "-" +
                    std::to_string(e.from.month) + "-" + std::to_string(e.from.day) + " " +
                    std::to_string(static_cast<int>(e.tense)) + " " + std::to_string(static_cast<int>(e.relative)));
    }
    return out;
  };
  osce_test::check_same_in_pieces(scan, {1, 2, 50, 500}, 50);
}

namespace {

// A record of `text` (and `place`, if any) after date_record.
osce::Record dated_record(const std::string& text, const std::string& place = "") {
  osce::Record rec;
  rec.set_string("id", "r");
  if (!place.empty()) rec.set_string("place", place);
  rec.set_string("text", text);
  osce::date_record(rec, {});
  return rec;
}

}  // namespace

TEST_CASE("dates: the place of a dateline with no date, under the headline", "[dates]") {
  const osce::Record wire = dated_record(
      "Monitors report shelling near the city (Agency, TV)\n"
      "VIENNA (Reuters) - The monitors reported shelling near the city overnight.\n");
  CHECK(wire.get_string("place") == "VIENNA");
  // A place the record has already is kept.
  const osce::Record placed = dated_record("VIENNA (Reuters) - The monitors reported shelling.\n", "Mostar");
  CHECK(placed.get_string("place") == "Mostar");
}

TEST_CASE("dates: a dateline without its year under a date line keeps the date line's date", "[dates]") {
  const osce::Record rec = dated_record(
      "January 21, 2022, 21:27\n\nMonitors warn of rising tension\n\n"
      "SARAJEVO, Jan 12 (Reuters) - Monitors warned on Wednesday of rising tension.\n");
  CHECK(rec.get_string("date") == "2022-01-21");
  CHECK(rec.get_string("place") == "SARAJEVO");
}

TEST_CASE("dates: an agency's stamp that closes the text dates it, when its head does not", "[dates]") {
  const std::string body = "Wien - Die Wahlbeobachter kommen aus vier Staaten, teilte das Ministerium mit. ";
  CHECK(dated_record(body + "(APA, 17.11.2016)\n").get_string("date") == "2016-11-17");
  CHECK(dated_record(body + "(APA/dpa, 3.2.2019)").get_string("date") == "2019-02-03");
  // A dateline at the head wins.
  CHECK(dated_record("VIENNA, 5 March 2021 - The monitors reported. (APA, 17.11.2016)").get_string("date") ==
        "2021-03-05");
  // Not a stamp: no agency before the date, a sentence in the brackets, no closing bracket last.
  for (const std::string& other : {body + "(17.11.2016)", body + "(as the report of 17.11.2016)",
                                  body + "(APA, 17.11.2016) Mehr dazu morgen.", body + "(Dokument 12, 17.11.2016)"}) {
    CHECK_FALSE(dated_record(other).has("date"));
  }
}

TEST_CASE("dates: the date line under the text's last lines dates it, when its head does not", "[dates]") {
  const std::string body =
      "Ministers reaffirm support for the talks\n\nThe ministers adopted a statement in Tirana.\n\n";
  CHECK(dated_record(body + "By Maria Petrova\n\n12 March 2021 10:15\n").get_string("date") == "2021-03-12");
  CHECK(dated_record(body + "4th July 2023").get_string("date") == "2023-07-04");
  // A dateline at the head wins; a date in a sentence, or a date line alone, is no feet's.
  CHECK(dated_record("VIENNA, 5 March 2021 - The monitors reported.\n12 March 2021 10:15").get_string("date") ==
        "2021-03-05");
  CHECK_FALSE(dated_record(body + "The talks resume on 12 March 2021.").has("date"));
  CHECK_FALSE(osce::closing_date_line("12 March 2021 10:15"));
  CHECK_FALSE(osce::closing_date_line(body + "Contact us"));
}

TEST_CASE("closing_stamp_date: the stamp's parts", "[dates]") {
  CHECK(osce::closing_stamp_date("... teilnehmen. (APA, 17.11.2016)  \n") == "2016-11-17");
  CHECK(osce::closing_stamp_date("... (red, 5 December 2019)") == "2019-12-05");
  CHECK_FALSE(osce::closing_stamp_date("(APA, 17.11.2016"));
  CHECK_FALSE(osce::closing_stamp_date(")"));
  CHECK_FALSE(osce::closing_stamp_date(""));
  CHECK_FALSE(osce::closing_stamp_date("... (one two three four, 17.11.2016)"));
}

TEST_CASE("dates: a menu at the text's edges dates nothing, and the head is under it", "[dates]") {
  const std::string menu = "-\nCountries\n- Albania\n- Finland \xE2\x80\x93 OSCE Chairpersonship 2025\n- Georgia\n"
                           "-\nStructures\n- Mission to Moldova\n- Secretariat\n";
  const std::string text = menu + "VIENNA, 5 March 2021 - The monitors reported a calm week.\n" + menu;
  osce::Record rec = dated_record(text);
  CHECK(rec.get_string("date") == "2021-03-05");
  CHECK(rec.get_string("place") == "VIENNA");
  // One date, the dateline's, at its offset in the whole text.
  const std::string dates = std::string(rec.raw("dates"));
  CHECK(dates.find("2025") == std::string::npos);
  const size_t start = text.find("5 March 2021");
  CHECK(dates.find("\"start\":" + std::to_string(start) + ",") != std::string::npos);
  // The same entry in the text is a year of the text.
  CHECK(std::string(dated_record("The Chairpersonship 2025 begins.\n").raw("dates")).find("2025") != std::string::npos);
}
