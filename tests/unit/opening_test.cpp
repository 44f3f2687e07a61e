#include <catch2/catch.hpp>

#include <algorithm>

#include "osce/opening.hpp"
#include "osce/page_vocabulary.hpp"
#include "osce/split.hpp"

TEST_CASE("opening: a dateline or a date line, at the start or under a headline", "[opening]") {
  const auto at_start = osce::opening_of("\n  VIENNA, 5 March 2021 - The Chairperson spoke.");
  REQUIRE(at_start);
  CHECK(at_start->headline.empty());
  REQUIRE(at_start->dateline);
  CHECK(at_start->dateline->place == "VIENNA");
  CHECK(at_start->dateline->date == "2021-03-05");

  const auto headed = osce::opening_of("OSCE Chair calls for restraint\n\nVIENNA, 5 March 2021 - The Chairperson spoke.");
  REQUIRE(headed);
  CHECK(headed->headline == "OSCE Chair calls for restraint");
  REQUIRE(headed->dateline);
  CHECK(headed->dateline->date == "2021-03-05");

  // An agency's name after another comma, the dash right after it.
  const auto agency = osce::opening_of("DUSHANBE, January 15, 2014, Asia-Plus -- The new Chairperson will speak.");
  REQUIRE(agency);
  REQUIRE(agency->dateline);
  CHECK(agency->dateline->place == "DUSHANBE");
  CHECK(agency->dateline->date == "2014-01-15");
  CHECK_FALSE(osce::opening_of("VIENNA, 5 May, Reuters reported that the talks would go on."));

  const auto dated = osce::opening_of("Border guards complete a course\nFriday, 7 July 2023\nTwenty border guards...");
  REQUIRE(dated);
  CHECK_FALSE(dated->dateline);
  CHECK(dated->date == "2023-07-07");
  // A date line that is the whole text: nothing under it to read (a record
  // of one such line, whose empty next line osce-dates once read past).
  for (const char* alone : {"2.3.2026 12:32", "2.3.2026 12:32\n", "12 July 2023\n\n"}) {
    const auto only = osce::opening_of(alone);
    REQUIRE(only);
    CHECK_FALSE(only->dateline);
    CHECK(only->date == (alone[0] == '2' ? "2026-03-02" : "2023-07-12"));
  }
  // A weekday of another language before the date names no place.
  const auto martes = osce::opening_of("Martes, 3 de noviembre de 2020\nLa OSCE public\xC3\xB3 su informe.");
  REQUIRE(martes);
  CHECK((martes->dateline ? martes->dateline->date : martes->date) == "2020-11-03");
  CHECK(martes->place.empty());
  CHECK((!martes->dateline || martes->dateline->place.empty()));
  // Nor before a dash, as a dateline's place stands (in capitals too): the
  // date is the text's, the place none.
  for (const char* line : {"Marți, 5 iulie 2022 - Adunarea Parlamentară a OSCE cere retragerea trupelor.",
                           "Martes, 3 de noviembre de 2020 - La OSCE publicó su informe.",
                           "TUESDAY, 12 July 2023 - The Mission published its report."}) {
    CAPTURE(line);
    const auto weekday = osce::opening_of(line);
    REQUIRE(weekday);
    REQUIRE(weekday->dateline);
    CHECK(weekday->dateline->place.empty());
    CHECK_FALSE(weekday->dateline->date.empty());
  }
  const auto labelled = osce::opening_of("Published: 3 July 2023\nThe Centre held a course.");
  REQUIRE(labelled);
  CHECK(labelled->date == "2023-07-03");

  // The place is the dateline's line's: a name on the line above is no part of it.
  const auto named = osce::opening_of("Permanent Council\nWASHINGTON/ TASHKENT, 12 December 2020 - The OSCE met.");
  REQUIRE(named);
  CHECK(named->dateline->place == "WASHINGTON/ TASHKENT");

  // The site's name over the headline.
  const auto site = osce::opening_of("Centre for Balkan Studies\n\nOSCE Chair calls for restraint\n\nNovember 24, 2021\n"
                                     "The Chairperson spoke.");
  REQUIRE(site);
  CHECK(site->headline == "OSCE Chair calls for restraint");
  CHECK(site->date == "2021-11-24");

  // A speech's head of lines: the title, the photo's credit, the title
  // again, the speaker, the meeting and its place, then the date.
  const std::string speech_head =
      "Statement on the budget\n\nOSCE Gavel (USOSCE/Colin Peters)\n\nStatement on the budget\n\n"
      "As delivered by Ambassador Jane Roe\nto the Permanent Council, Vienna\n";
  // (The text outlives the Opening: its headline is a view into it.)
  const std::string speech = speech_head + "July 30, 2021\n\nThank you, Madam Chair.";
  const auto delivered = osce::opening_of(speech);
  REQUIRE(delivered);
  CHECK(delivered->date == "2021-07-30");
  CHECK(delivered->headline == "to the Permanent Council, Vienna");
  const auto three = osce::opening_of("Centre for Balkan Studies\nOSCE Chair\nCalls for restraint\nVIENNA, 5 March 2021 - x");
  REQUIRE(three);
  CHECK(three->dateline->date == "2021-03-05");
  // A sentence over the date, or more lines than a head has, is no opening.
  CHECK(osce::opening_of(speech_head + "Delegation of the United States\nJuly 30, 2021\n\nThank you."));
  CHECK_FALSE(osce::opening_of(speech_head + "Delegation of the United States\nHofburg\nJuly 30, 2021\n\nThank you."));
  CHECK_FALSE(osce::opening_of("Statement on the budget\nThe Ambassador spoke.\nJuly 30, 2021\n"));
  CHECK_FALSE(osce::opening_of("The Chairperson spoke.\nVIENNA, 5 March 2021 - The Chairperson spoke."));
  CHECK_FALSE(osce::opening_of("OSCE Chair calls for restraint\nThe Chairperson spoke.\nVIENNA, 5 March 2021 - x"));
  CHECK_FALSE(osce::opening_of(" \n "));
  // An editor's note of a few words glued before the dateline, under a
  // headline or not; a longer sentence is the end of another item.
  const std::string note =
      "PLEASE FIND BELOW THE CORRECT VERSION OF THE PRESS RELEASE. WARSAW, 6 July 2015 - The Director spoke.";
  for (const std::string& text : {note, "Director congratulates Secretary General\n" + note}) {
    const auto noted = osce::opening_of(text);
    REQUIRE(noted);
    REQUIRE(noted->dateline);
    CHECK(noted->dateline->place == "WARSAW");
    CHECK(noted->dateline->date == "2015-07-06");
  }
  // A note of two sentences is a note too, as osce-split reads it (is_preamble).
  const auto two = osce::opening_of("CORRECTED. Please read this version. WARSAW, 6 July 2015 - The Director spoke.");
  REQUIRE(two);
  REQUIRE(two->dateline);
  CHECK(two->dateline->place == "WARSAW");
  CHECK(osce::segment("CORRECTED. Please read this version. WARSAW, 6 July 2015 - The Director spoke.\nMore.\n", {})
            .items.size() == 1);
  CHECK_FALSE(osce::opening_of("The OSCE Mission trained twenty police officers on hate crimes in a three-day course this "
                               "week. WARSAW, 6 July 2015 - The Director spoke."));
  // A feed's date line over the dateline of the release it copies: the dateline says where.
  const auto fed = osce::opening_of("Mission trains judges\n\nOSCE - Fri, 09/30/2022 - 16:44\n\n"
                                    "SKOPJE, 30 September 2022 - The Mission trained judges.");
  REQUIRE(fed);
  CHECK(fed->headline == "Mission trains judges");
  CHECK(fed->date == "2022-09-30");
  REQUIRE(fed->dateline);
  CHECK(fed->dateline->place == "SKOPJE");
}

TEST_CASE("opening: date lines and the ends of headlines", "[opening]") {
  CHECK(osce::date_line_value("12 July 2023") == "2023-07-12");
  CHECK(osce::date_line_value("Date: 12 July 2023") == "2023-07-12");
  CHECK(osce::date_line_value("Tue, 03/14/2023 - 10:21") == "2023-03-14");
  CHECK(osce::date_line_value("14 March 2023, 10:21 am") == "2023-03-14");
  // A date line, of a day that cannot be told: 4 March 2023 was a Saturday, 3 April a Monday.
  CHECK(osce::date_line_value("Wed, 03/04/2023 - 17:45") == "");
  // osce-dates --slash-order says which it is.
  CHECK(osce::date_line_value("Wed, 03/04/2023 - 17:45", osce::SlashOrder::kMonthFirst) == "2023-03-04");
  CHECK(osce::date_line_value("Wed, 03/04/2023 - 17:45", osce::SlashOrder::kDayFirst) == "2023-04-03");
  // A weekday that fits one reading tells it, whatever the order says.
  CHECK(osce::date_line_value("Mon, 03/04/2023 - 17:45") == "2023-04-03");
  CHECK(osce::date_line_value("Mon, 03/04/2023 - 17:45", osce::SlashOrder::kMonthFirst) == "2023-04-03");
  CHECK(osce::date_line_value("03/14/2023", osce::SlashOrder::kDayFirst) == "2023-03-14");  // only one reading
  // After a feed's source: a few words, no number.
  CHECK(osce::date_line_value("OSCE - Fri, 09/30/2022 - 16:44") == "2022-09-30");
  CHECK(osce::date_line_value("OSCE News | 30 September 2022") == "2022-09-30");
  CHECK(osce::date_line_value("OSCE | Fri, 09/30/2022 - 16:44") == "2022-09-30");  // the first separator ends the source
  // Before what the item is: a few words, no number.
  CHECK(osce::date_line_value("14.01.2016 - Press release") == "2016-01-14");
  CHECK(osce::date_line_value("Thursday, 14 January 2016 | News") == "2016-01-14");
  CHECK(osce::date_line_value("January 14, 2016 \xE2\x80\x93 Statement") == "2016-01-14");
  CHECK_FALSE(osce::date_line_value("14 January 2016 - Meeting No. 5"));
  CHECK_FALSE(osce::date_line_value("14 - 16 June"));
  CHECK_FALSE(osce::date_line_value("2 views - Upload: others"));
  CHECK_FALSE(osce::date_line_value("Thessaloniki - Press release"));
  // Russian and Ukrainian, a weekday before the date and the year's word after it or not.
  CHECK(osce::date_line_value("среда, 7 декабря 2011 г.") == "2011-12-07");
  CHECK(osce::date_line_value("7 декабря 2011 года") == "2011-12-07");
  CHECK(osce::date_line_value("3 липня 2024") == "2024-07-03");
  // A Ukrainian weekday with its apostrophe, in each of the ways it is written.
  CHECK(osce::date_line_value("п'ятниця, 12 липня 2024 року") == "2024-07-12");
  CHECK(osce::date_line_value("п\xE2\x80\x99ятниця, 12 липня 2024 року") == "2024-07-12");
  CHECK(osce::date_line_value("п\xCA\xBCятниця, 12 липня 2024 року") == "2024-07-12");
  CHECK_FALSE(osce::date_line_value("15 человек прошли курс"));
  CHECK_FALSE(osce::date_line_value("31 июня 2023 года"));  // no such day
  CHECK_FALSE(osce::date_line_value("Mayors meet - Press release"));
  // A place in capitals before the date, no comma between.
  CHECK(osce::date_line_value("SARAJEVO 18 December 2000") == "2000-12-18");
  CHECK(osce::date_line_value("27 aprilie 2013") == "2013-04-27");
  CHECK(osce::date_line_value("30 Sep. 2022 / 14:35") == "2022-09-30");  // a slash before the time
  CHECK(osce::date_line_value("12 października 2023 | Aktualności") == "2023-10-12");
  CHECK(osce::date_line_value("NEW YORK 3 May 2001") == "2001-05-03");
  CHECK(osce::date_line_value("VIENNA/WARSAW 3 May 2001") == "2001-05-03");
  CHECK(osce::date_line_value("Warsaw 29 January 2009") == "2009-01-29");  // an ODIHR report's title page
  CHECK_FALSE(osce::date_line_value("Sarajevo 18 December 2000 was cold"));
  CHECK_FALSE(osce::date_line_value("Date night 18 December 2000"));
  // A news site's section before a date with its month first.
  CHECK(osce::date_line_value("World September 09, 2014, 19:36") == "2014-09-09");
  CHECK(osce::date_line_value("Politics May 3, 2001") == "2001-05-03");
  CHECK_FALSE(osce::date_line_value("World September 09 talks"));
  // A date key with no colon, and the Russian and Ukrainian key with one or not.
  CHECK(osce::date_line_value("date 2026-01-23 18:41") == "2026-01-23");
  CHECK(osce::date_line_value("Date 29.05.2009") == "2009-05-29");
  CHECK(osce::date_line_value("Дата 29.05.2009") == "2009-05-29");
  CHECK(osce::date_line_value("Дата: 29.05.2009") == "2009-05-29");
  // Every date key of the page's metadata, with no colon as with one.
  CHECK(osce::date_line_value("Published 12 July 2023") == "2023-07-12");
  CHECK(osce::date_line_value("Issued on 3 May 2021") == "2021-05-03");
  CHECK(osce::date_line_value("PUBLISHING DATE 3 May 2021") == "2021-05-03");
  CHECK_FALSE(osce::date_line_value("date of 2026"));
  CHECK_FALSE(osce::date_line_value("Дата выборов 2026"));
  // An event's days are no date line (opening_of reads them, below).
  CHECK_FALSE(osce::date_line_value("20 \xE2\x80\x93 22 January 2009"));
  CHECK_FALSE(osce::date_line_value("ODIHR 2000 report"));
  // An event's days: the first.
  CHECK(osce::date_line_value("Monday, 07.04.2014 \xE2\x80\x93 Wednesday, 09.04.2014") == "2014-04-07");
  CHECK(osce::date_line_value("7 April 2014 - 9 April 2014") == "2014-04-07");
  CHECK_FALSE(osce::date_line_value("7 April 2014 - Meeting 2014"));
  // A byline of parts, the date first, then the site and a count of views.
  CHECK(osce::date_line_value("2017-10-03 13:48 | www.trend.az | 1") == "2017-10-03");
  CHECK_FALSE(osce::date_line_value("2017-10-03 13:48 | Talks resumed in Vienna on 3 October | 1"));
  CHECK_FALSE(osce::date_line_value("2017-10-03 - www.trend.az - 1"));
  // The day it was published, then the day it was updated under a label.
  CHECK(osce::date_line_value("12 March 2024 10:15 | Updated: 13 March 2024 11:00") == "2024-03-12");
  CHECK(osce::date_line_value("2.3.2026 12:32 \xE3\x83\xBB P\xC3\xA4ivitetty: 2.3.2026 12:32") == "2026-03-02");
  CHECK_FALSE(osce::date_line_value("12 March 2024 | Vienna: talks went on"));
  CHECK_FALSE(osce::date_line_value("12 March 2024 | Talks in Vienna: 13 March 2024"));
  // The Balkan languages' period after a date in figures and "h" after a
  // time.
  CHECK(osce::date_line_value("21.12.2024.") == "2024-12-21");
  CHECK(osce::date_line_value("21.12.2024. 13:56h") == "2024-12-21");
  CHECK(osce::date_line_value("RTS 27.02.2018.") == "2018-02-27");
  CHECK_FALSE(osce::date_line_value("The Mission opened in 2018."));
  // And after a date in words whose day has its period; a date in words
  // with a full stop and no period after its day ends a sentence.
  CHECK(osce::date_line_value("26. Oct 2021.") == "2021-10-26");
  CHECK(osce::date_line_value("2. jun 2023.") == "2023-06-02");
  CHECK_FALSE(osce::date_line_value("26 Oct 2021."));
  CHECK_FALSE(osce::date_line_value("12 July 2023."));
  // A time's zone after it, in brackets or not.
  CHECK(osce::date_line_value("February 28, 2024 9:37 pm CET") == "2024-02-28");
  CHECK(osce::date_line_value("14 March 2023, 10:21 (EET)") == "2023-03-14");
  CHECK(osce::date_line_value("30 September 2022 16:44 UTC") == "2022-09-30");
  CHECK_FALSE(osce::date_line_value("Statement by the OSCE"));
  CHECK_FALSE(osce::date_line_value("Meeting of the PC"));
  CHECK_FALSE(osce::date_line_value("The Permanent Council of the OSCE - 30 September 2022"));
  CHECK_FALSE(osce::date_line_value("Decision No. 5 - 30 September 2022"));
  for (std::string_view not_one : {"12 July 2023.", "The 12 July 2023", "Fields of work: 2023", "31 June 2023", ""}) {
    CHECK_FALSE(osce::date_line_value(not_one));
  }
  CHECK(osce::ends_in_letter_or_digit("with his Special Representative Bogojevi\xc4\x87"));
  CHECK(osce::ends_in_letter_or_digit("in 2023"));
  for (std::string_view not_one : {"she said\xe2\x80\x9d", "and more\xe2\x80\xa6", "(1996)", "a - b \xe2\x80\x93", "x \xc3\x97"}) {
    CHECK_FALSE(osce::ends_in_letter_or_digit(not_one));
  }
}

TEST_CASE("opening: a head's line that closes with where and when, a byline's date", "[opening]") {
  auto [text, place, date] = GENERATE(table<std::string, std::string, std::string>({
      {"OSCE Permanent Council No. 1417 Vienna, 30 March 2023\nEU Statement on the Mission\n1. The EU welcomes.",
       "Vienna", "2023-03-30"},
      {"STATEMENT ON THE REPORT OF THE MISSION\nDelivered by Ambassador Jane Roe at the Permanent Council, Vienna, 30 "
       "March 2023\nThank you, Mr. Chair.",
       "Vienna", "2023-03-30"},
      {"Statement by the Chair, The Hague, 5 May 2021\nThe Chair spoke.", "The Hague", "2021-05-05"},
      {"Twenty-five years of the Mission\n\nPeople \xE2\x99\xA6 Published: July 1, 2024; 10:46 \xE2\x99\xA6 (Vindobona)\n\n"
       "The Mission celebrates.",
       "", "2024-07-01"},
      {"Mission opens office\nBy Jane Roe | Published: 3 July 2023\nThe Mission opened.", "", "2023-07-03"},
      // A bare date in a byline, or beside a labelled part.
      {"Mission opens office\nBy U.S. Mission OSCE | 12 January, 2023 | Topics: Statements, OSCE Institutions | Tags: "
       "North Macedonia\nThe Mission opened.",
       "", "2023-01-12"},
      {"Mission opens office\nOSCE | 12 January 2023 | Categories: Statements\nThe Mission opened.", "", "2023-01-12"},
      // A teaser that runs the title, the delivery note and the speech together.
      {"On Elections in Moldova As delivered by Ambassador James S. Doe to the Permanent Council, Vienna November "
       "19, 2020 Thank you, Mr. Chairperson. We congratulate Moldova.",
       "Vienna", "2020-11-19"},
      {"Statement on the budget\n\nAs delivered by Ambassador Jane Roe to the Permanent Council, Vienna 5 March 2020 "
       "Thank you, Madam Chair.",
       "Vienna", "2020-03-05"},
      // A report's title that ends in its issue date, under the site's label.
      {"Ukraine\nOSCE Special Monitoring Mission to Ukraine (SMM) Daily Report 292/2020 issued on 8 December 2020\n"
       "Summary",
       "", "2020-12-08"},
      // A title that ends in its day: when, not where.
      {"Latest from the Monitoring Mission- Monday, 14 April 2014\nThe situation remained calm.", "", "2014-04-14"},
  }));
  CAPTURE(text);
  const auto opening = osce::opening_of(text);
  REQUIRE(opening);
  CHECK((opening->dateline ? opening->dateline->date : opening->date) == date);
  CHECK((opening->dateline ? opening->dateline->place : "") == place);
}

TEST_CASE("opening: a sentence or a count that ends in a date is no head's dateline", "[opening]") {
  CHECK_FALSE(osce::opening_of("The Mission opened an office in Kyiv, 5 March 2023.\nIt will work on elections."));
  CHECK_FALSE(osce::opening_of("Report of twelve pages, 5 May 2021\nThe report covers the courts."));
  CHECK_FALSE(osce::opening_of("Mission opens office\nBy Jane Roe | Photo: John Doe\nThe Mission opened."));
  // A weekday is no place: the second of two dates is not a dateline.
  const auto event = osce::opening_of("Event page\nMonday, 07.04.2014 \xE2\x80\x93 Wednesday, 09.04.2014\nThe workshop opens.");
  REQUIRE(event);
  CHECK(event->date == "2014-04-07");
  CHECK_FALSE(event->dateline);
}

TEST_CASE("opening: a byline's date", "[opening]") {
  CHECK(osce::byline_date("By U.S. Mission OSCE | 2 May, 2019 | Topics:") == "2019-05-02");
  CHECK(osce::byline_date("by Jane Roe \xE2\x80\xA2 3 July 2023") == "2023-07-03");
  // A blog theme's slashes, around an empty author too.
  CHECK(osce::byline_date("By   /  25/06/2018  /  No Comments") == "2018-06-25");
  CHECK(osce::byline_date("By Jane Roe / 3 July 2023 / 2 Comments") == "2023-07-03");
  CHECK_FALSE(osce::byline_date("Vienna / Warsaw / 12 January 2023"));
  // Under the headline, it dates the text.
  const auto blog =
      osce::opening_of("Minister met Head of Mission\nBy   /  25/06/2018  /  No Comments\nThe Minister spoke.");
  REQUIRE(blog);
  CHECK(blog->date == "2018-06-25");
  // The labelled date wins over a bare one.
  CHECK(osce::byline_date("By Jane Roe | 1 May 2023 | Published: 3 July 2023") == "2023-07-03");
  // No byline: no "By ", no labelled part; or no whole date.
  CHECK_FALSE(osce::byline_date("Vienna | 12 January 2023 | Statements"));
  CHECK_FALSE(osce::byline_date("By U.S. Mission OSCE | Topics: Statements"));
  CHECK_FALSE(osce::byline_date("By the Mission | 2019 | Topics: Statements"));
  CHECK_FALSE(osce::byline_date("By U.S. Mission OSCE | | Topics:"));
  CHECK_FALSE(osce::byline_date("By " + std::string(200, 'x') + " | 2 May, 2019 | Topics:"));
  CHECK_FALSE(osce::byline_date(""));
  // A whole date as the first of the parts: a distributor's key line. Its
  // day and month may stay undecided.
  CHECK(osce::byline_date("4 December 2025 | Press release | Distributed by Public") == "2025-12-04");
  CHECK(osce::byline_date("12/04/2025 | Press release | Distributed by Public on 12/04/2025 05:41") == "");
  CHECK(osce::byline_date("12/04/2025 | Press release | Distributed by Public on 12/04/2025 05:41",
                          osce::SlashOrder::kMonthFirst) == "2025-12-04");
  CHECK_FALSE(osce::byline_date("2025 | Press release | Distributed by Public"));
  // (Where the head is read, an undecided date dates nothing.)
  CHECK_FALSE(osce::opening_of("12/04/2025 | Press release | Distributed by Public on 12/04/2025 05:41\nThe text."));
}

TEST_CASE("opening: a delivery note's date is the first after \"delivered\"", "[opening]") {
  // Not a note: no "delivered", a date out of the note's reach, or no place before it.
  CHECK_FALSE(osce::opening_of("The Ambassador spoke to the Permanent Council, Vienna November 19, 2020 Thank you."));
  CHECK_FALSE(osce::opening_of("As delivered by Ambassador Jane Roe " + std::string(300, 'x') +
                               " Vienna November 19, 2020 Thank you."));
  CHECK_FALSE(osce::opening_of("As delivered by Ambassador Jane Roe to the Permanent Council on 19 2020."));
  // A month before the date is no place.
  const auto on = osce::opening_of("As delivered by Ambassador Jane Roe at the Council on November 19, 2020 Thank you.");
  REQUIRE(on);
  CHECK(on->dateline->date == "2020-11-19");
  CHECK(on->dateline->place.empty());
  // Nor is the last word of a longer name; a place after a comma stays.
  const auto named = osce::opening_of(
      "Closing statement, delivered by the Vice Minister at the Closing Session of the OSCE Ministerial Council 5 "
      "December 2025.");
  REQUIRE(named);
  CHECK(named->dateline->date == "2025-12-05");
  CHECK(named->dateline->place.empty());
  const auto placed = osce::opening_of(
      "As delivered by Ambassador Jane Roe to the Permanent Council, Vienna November 19, 2020 Thank you.");
  REQUIRE(placed);
  CHECK(placed->dateline->place == "Vienna");
}

TEST_CASE("opening: an event's days, and the day its report was issued under them", "[opening]") {
  const std::string report =
      "REPORT OF THE PRESIDENT\n\nTwenty-Seventh Annual Session\n\nBERLIN, 7 \xE2\x80\x93 11 JULY 2018\n\nI have "
      "strived to highlight several priorities.";
  const auto session = osce::opening_of(report);
  REQUIRE(session);
  REQUIRE(session->dateline);
  CHECK(session->dateline->place == "BERLIN");
  CHECK(session->dateline->date == "2018-07-07");
  const std::string assessment =
      "NEEDS ASSESSMENT MISSION REPORT\n\n20 \xE2\x80\x93 22 January 2009\n\nWarsaw 29 January 2009\n\nTABLE OF "
      "CONTENTS";
  const auto issued = osce::opening_of(assessment);
  REQUIRE(issued);
  CHECK(issued->date == "2009-01-29");
  // With no issue line under it, the days' first.
  const auto days = osce::opening_of("NEEDS ASSESSMENT MISSION REPORT\n20 - 22 January 2009\nThe mission met.");
  REQUIRE(days);
  CHECK(days->date == "2009-01-20");
  const auto workshop = osce::opening_of("Regional workshop on border security\nJuly 7-11, 2018\nThe workshop met.");
  REQUIRE(workshop);
  CHECK(workshop->date == "2018-07-07");
  CHECK_FALSE(osce::opening_of("Regional workshop on border security\n11-7 July 2018\nThe workshop met."));
}

TEST_CASE("opening: an issue date ends the title", "[opening]") {
  CHECK_FALSE(osce::opening_of("Report issued on request of the Chair\nThe Mission reports."));
  CHECK_FALSE(osce::opening_of("Report to be issued on 8 December 2020, the Chair says.\nThe Mission reports."));
  const auto published = osce::opening_of("Annual report published on 3 May 2021\nThe Office reports.");
  REQUIRE(published);
  CHECK(published->date == "2021-05-03");
}

TEST_CASE("opening: a caption that ends in its date, glued to the dateline", "[opening]") {
  const std::string glued =
      "Staff of the Secretariat in Copenhagen, 10 September 2021COPENHAGEN, 10 September 2021 \xE2\x80\x93 The Bureau met.";
  const auto o = osce::opening_of(glued);
  REQUIRE(o);
  REQUIRE(o->dateline);
  CHECK(o->dateline->place == "COPENHAGEN");
  CHECK(o->dateline->date == "2021-09-10");
  // Where the dateline starts, for osce-split's unit that opens with the caption.
  const auto captioned = osce::dateline_after_dated_caption(glued);
  REQUIRE(captioned);
  CHECK(captioned->at == glued.find("COPENHAGEN"));
  CHECK(glued.substr(captioned->at, captioned->dateline.length).starts_with("COPENHAGEN, 10 September 2021"));
  CHECK_FALSE(osce::dateline_after_dated_caption("COPENHAGEN, 10 September 2021 \xE2\x80\x93 The Bureau met."));
  // A caption of more words than a note, the photo's file name first.
  const std::string long_caption =
      "250518 JD and President DoeThe Assembly's President Jane Doe with the President of the Republic John Doe, "
      "Tirana, 25 May 2018TIRANA, 25 May 2018 \xE2\x80\x93 Concluding a working visit, the President said.";
  const auto read = osce::dateline_after_dated_caption(long_caption);
  REQUIRE(read);
  CHECK(read->dateline.place == "TIRANA");
  CHECK(read->dateline.date == "2018-05-25");
  // The caption alone a date, too.
  const auto bare = osce::opening_of("10 September 2021COPENHAGEN, 10 September 2021 \xE2\x80\x93 The Bureau met.");
  REQUIRE(bare);
  REQUIRE(bare->dateline);
  CHECK(bare->dateline->place == "COPENHAGEN");
  // After a digit that ends no date (a code), or after more words than a
  // caption's (a paragraph's), no dateline.
  CHECK_FALSE(osce::opening_of("Document 2024ABC, 4 March 2024 \xE2\x80\x93 The Bureau met today."));
  CHECK_FALSE(osce::opening_of(
      "The members of the Bureau, the Secretary General and the heads of the delegations of the participating States "
      "discussed the budget, the observation of elections in three States, the reform of the rules of procedure and "
      "the preparations for the meeting on the Annual Session, 4 March 2024VIENNA, 4 March 2024 \xE2\x80\x93 The "
      "Bureau met today."));
}

TEST_CASE("opening: a date key and its date before the headline's words", "[opening]") {
  auto [line, iso] = GENERATE(table<std::string, std::string>({
      {"date 2017-06-09 09:35 OSCE Office in Tajikistan trans...", "2017-06-09"},
      {"date 2025-03-15 Submit Release", "2025-03-15"},
      {"Date 9 June 2017 Office transformed", "2017-06-09"},
      {"Дата 29.05.2009 Автор: Админ", "2009-05-29"},
  }));
  CAPTURE(line);
  const auto o = osce::opening_of(line + "\nThe Office said so on Friday.");
  REQUIRE(o);
  CHECK(o->date == iso);
  for (std::string_view not_one : {"date 2017 was a good year", "date of the meeting 9 June 2017", "date 2017-06", "date"}) {
    CAPTURE(not_one);
    CHECK_FALSE(osce::opening_of(std::string(not_one) + "\nThe Office said so."));
  }
}

TEST_CASE("opening: the date keys' lengths and first bytes, which osce-split asks inline", "[opening]") {
  for (std::string_view key : osce::label_keys(osce::MetaField::kDate)) {
    CAPTURE(key);
    const std::string line = std::string(key) + " 2025-03-15 Submit Release";
    CHECK(std::find(osce::kDateKeyLengths.begin(), osce::kDateKeyLengths.end(), key.size()) !=
          osce::kDateKeyLengths.end());
    CHECK(osce::may_open_with_date_key(line));
    const auto read = osce::read_date_key(line);
    REQUIRE(read);
    CHECK(read->date == "2025-03-15");
    CHECK(read->after == "Submit Release");
  }
  CHECK_FALSE(osce::may_open_with_date_key("The Office opened on 15 March 2025."));
  CHECK_FALSE(osce::read_date_key("Date of the meeting 9 June 2017"));
  CHECK(osce::read_date_key("date 2025-03-15")->after.empty());
  CHECK(osce::read_date_key("date 9 June 2017 Submit Release")->date == "2017-06-09");
  // A longer key that opens with a shorter one is read whole.
  const auto published_on = osce::read_date_key("Published on 30 September 2021 Minister meets the Head");
  REQUIRE(published_on);
  CHECK(published_on->date == "2021-09-30");
  CHECK(published_on->after == "Minister meets the Head");
}

TEST_CASE("opening: a date key's date yields to the head's own under it", "[opening]") {
  const auto issued = osce::opening_of(
      "date 2021-09-01 Ukraine\nOSCE Special Monitoring Mission to Ukraine Daily Report 203/2021 issued on 31 August "
      "2021\nSummary");
  REQUIRE(issued);
  CHECK(issued->date == "2021-08-31");
  const auto dateline = osce::opening_of(
      "date 2025-03-16 Submit Release\nMission condemns all forms of violence\n\nSARAJEVO, 15 March 2025 \xE2\x80\x94 "
      "The Mission condemns all forms of violence.");
  REQUIRE(dateline);
  REQUIRE(dateline->dateline);
  CHECK(dateline->dateline->place == "SARAJEVO");
  CHECK(dateline->dateline->date == "2025-03-15");
}

TEST_CASE("opening: datelines in the Balkan missions' and the other participating States' languages",
          "[opening]") {
  auto [line, place, iso] = GENERATE(table<std::string, std::string, std::string>({
      {"SARAJEVO, 26. novembar 2025. godine - Misija osuđuje napade.", "SARAJEVO", "2025-11-26"},
      {"PODGORICA, 3. februara 2025. \xE2\x80\x93 Misija poziva vlasti.", "PODGORICA", "2025-02-03"},
      {"БЕОГРАД, 12. новембра 2023. године \xE2\x80\x93 Мисија позива.", "БЕОГРАД", "2023-11-12"},
      {"CHIŞINĂU, 27 aprilie 2013 - \"Condamn ferm incidentele\", a declarat Ambasadoarea.", "CHIŞINĂU", "2013-04-27"},
      {"WARSZAWA, 12 października 2023 r. \xE2\x80\x93 Biuro Instytucji Demokratycznych ...", "WARSZAWA",
       "2023-10-12"},
      {"PRAHA, 3. února 2024 \xE2\x80\x93 Ministr zahraničí ...", "PRAHA", "2024-02-03"},
  }));
  CAPTURE(line);
  const auto o = osce::opening_of(line);
  REQUIRE(o);
  REQUIRE(o->dateline);
  CHECK(o->dateline->place == place);
  CHECK(o->dateline->date == iso);
  // No dash after the date, or no calendar day: no dateline.
  CHECK_FALSE(osce::opening_of("SARAJEVO, 26. novembar 2025. godine Misija osuđuje napade."));
  CHECK_FALSE(osce::opening_of("SARAJEVO, 31. novembar 2025. - Misija osuđuje napade."));
}

TEST_CASE("opening: a date key before the release's dateline on its line", "[opening]") {
  const auto o = osce::opening_of("date 2024-06-25 ASTANA, 25 June 2024 \xE2\x80\x94 Today, the Chair concluded a visit.");
  REQUIRE(o);
  REQUIRE(o->dateline);
  CHECK(o->dateline->place == "ASTANA");
  CHECK(o->dateline->date == "2024-06-25");
  // A dateline without its year has the key's date.
  const auto yearless = osce::opening_of("date 2018-06-14 BAKU, June 14 - The co-chairs will not visit.");
  REQUIRE(yearless);
  REQUIRE(yearless->dateline);
  CHECK(yearless->dateline->place == "BAKU");
  CHECK(yearless->dateline->date == "2018-06-14");
}

TEST_CASE("opening: a date under the headline marked as a list's item", "[opening]") {
  const auto marked = osce::opening_of("The Mission opens an office\n- 12.01.2017 16:47\nThe Mission opened an office.");
  REQUIRE(marked);
  CHECK(marked->date == "2017-01-12");
  const auto bulleted = osce::opening_of("The Mission opens an office\n\xE2\x80\xA2 12 January 2017\nThe Mission opened it.");
  REQUIRE(bulleted);
  CHECK(bulleted->date == "2017-01-12");
  // For osce-split such a line stays an entry of a list, no date line.
  CHECK_FALSE(osce::date_line_value("- 12.01.2017 16:47"));
}

TEST_CASE("opening: a date line may give the time first", "[opening]") {
  CHECK(osce::date_line_value("15:53, 05 December 2011") == "2011-12-05");
  CHECK(osce::date_line_value("15:53, 05 December 2011 | GMT +5") == "2011-12-05");
  CHECK(osce::date_line_value("18:29 21.12.2025") == "2025-12-21");
  CHECK(osce::date_line_value("9:05, 5 May 2020") == "2020-05-05");
  // A news site's stamp: the time, a bar, the month first.
  CHECK(osce::date_line_value("08:40 | March 4 2019") == "2019-03-04");
  CHECK(osce::date_line_value("08:40 March 4 2019") == "2019-03-04");
  CHECK_FALSE(osce::date_line_value("08:40 | Politics and society"));
  // Or a slash: "11:44 / 09.10.2021".
  CHECK(osce::date_line_value("11:44 / 09.10.2021") == "2021-10-09");
  CHECK_FALSE(osce::date_line_value("11:44 / Politics"));
  // A time and no date, or a count after it, is no date line.
  CHECK_FALSE(osce::date_line_value("15:53"));
  CHECK_FALSE(osce::date_line_value("15:53, 05 people came to the hall"));
  const auto timed = osce::opening_of("Observers to watch the early elections\n15:53, 05 December 2011 | GMT +5\nText.");
  REQUIRE(timed);
  CHECK(timed->date == "2011-12-05");
}

namespace {

// The opening of `text` has the date line's `date` and a dateline at `place` under it.
void check_date_line_and_dateline(const std::string& text, std::string_view date, std::string_view place) {
  const auto o = osce::opening_of(text);
  REQUIRE(o);
  CHECK(o->date == date);
  REQUIRE(o->dateline);
  CHECK(o->dateline->place == place);
}

}  // namespace

TEST_CASE("opening: a dateline under the headline that a date line stands over", "[opening]") {
  check_date_line_and_dateline(
      "January 21, 2022, 21:27\n\nMonitors warn of rising tension\n\nMonitors warn of rising tension\n\n"
      "SARAJEVO, Jan 12 (Reuters) - Monitors warned on Wednesday of rising tension.",
      "2022-01-21", "SARAJEVO");
  // A sentence under the date is no headline: nothing under it is read.
  const auto prose = osce::opening_of(
      "January 21, 2022\nMonitors warned of rising tension.\nSARAJEVO, Jan 12 (Reuters) - Monitors warned.");
  REQUIRE(prose);
  CHECK_FALSE(prose->dateline);
  // The dateline under the headline may have a photo's caption glued before it.
  check_date_line_and_dateline(
      "28 June 2018\nLeaders meet at a London seminar\nParticipants at the seminar, 28 June 2018LONDON, 28 June 2018 "
      "\xE2\x80\x93 Leaders met today.",
      "2018-06-28", "LONDON");
  // Or a wire's dateline without its year: the date line dates, the wire's line places.
  const auto wire = osce::opening_of(
      "15:53, 05 December 2011 | GMT +5\nAssembly to observe early elections\n"
      "ASTANA. December 5. KAZINFORM The Assembly will observe the elections.");
  REQUIRE(wire);
  CHECK(wire->date == "2011-12-05");
  CHECK_FALSE(wire->dateline);
  CHECK(wire->place == "ASTANA");
}

TEST_CASE("opening: a title that ends in its day after a dash", "[opening]") {
  auto date_of = [](const std::string& title) {
    const auto o = osce::opening_of(title + "\nThe Chair met the parties.");
    if (!o) return std::string("none");
    return o->dateline && !o->dateline->date.empty() ? o->dateline->date : o->date;
  };
  CHECK(date_of("OSCE Chair visits the region \xE2\x80\x93 12 May 2020") == "2020-05-12");
  CHECK(date_of("OSCE Chair visits the region - Tuesday, 12 May 2020 (CET)") == "2020-05-12");
  // Not the day a report's information runs to (the report was issued the
  // day after), nor a date the title looks forward to.
  CHECK(date_of("Latest from the SMM, based on information received as of 19:30hrs, 26 January 2016") == "none");
  CHECK(date_of("Elections to be held on 12 May 2020") == "none");
}

TEST_CASE("opening: a headline that quotes its speaker", "[opening]") {
  CHECK(osce::quotes_its_speaker("Elezioni, Osce: \"Se invitati manderemo missione\""));
  CHECK(osce::quotes_its_speaker("Lavrov: «The OSCE must change»"));
  CHECK(osce::quotes_its_speaker("OSCE chief: “We need a budget”"));
  CHECK(osce::headline_shaped_line("Elezioni, Osce: \"Se invitati manderemo missione\""));
  // A sentence quoted whole ends in its stop; a speaker of five words or
  // more is a sentence's start; no quotation after the colon; none closed.
  CHECK_FALSE(osce::quotes_its_speaker("The Chair said: \"We will continue our work.\""));
  CHECK_FALSE(osce::quotes_its_speaker("The Chair of the Council said: \"We continue\""));
  CHECK_FALSE(osce::quotes_its_speaker("Note: the \"Programme\""));
  CHECK_FALSE(osce::quotes_its_speaker("\"We continue\""));
  CHECK_FALSE(osce::quotes_its_speaker("Lavrov: \""));
}

TEST_CASE("opening: a headline that names its speaker last", "[opening]") {
  CHECK(osce::says_its_speaker_last("We will publish our findings in later reports, says head of observation mission"));
  CHECK(osce::says_its_speaker_last("Talks must resume, said the Chairperson-in-Office"));
  // A sentence ends in its stop; a speaker of more than ten words is a sentence's clause; no "says".
  CHECK_FALSE(osce::says_its_speaker_last("We will publish our findings, says the head of the mission."));
  CHECK_FALSE(osce::says_its_speaker_last(
      "We will publish, says the head of the mission who arrived in the capital on Monday with a team of experts"));
  CHECK_FALSE(osce::says_its_speaker_last("We will publish our findings in later reports"));
  CHECK_FALSE(osce::says_its_speaker_last(""));
  CHECK_FALSE(osce::says_its_speaker_last(", says"));
}

TEST_CASE("opening: a date key with a month for its date", "[opening]") {
  CHECK(osce::opens_with_month_key("date 2017-11 Continua la polemica"));
  CHECK(osce::opens_with_month_key("Date 2016-11 Kleines Team wird"));
  // A day's key is read_date_key's; no key, a month of none, no blank after it.
  CHECK_FALSE(osce::opens_with_month_key("date 2017-11-28 Continua"));
  CHECK_FALSE(osce::opens_with_month_key("2017-11 Continua"));
  CHECK_FALSE(osce::opens_with_month_key("date 2017-13 Continua"));
  CHECK_FALSE(osce::opens_with_month_key("date 2017-11"));
  CHECK_FALSE(osce::opens_with_month_key("data 2017-11 Continua"));
}

TEST_CASE("opening: a site's stamp whose label is empty", "[opening]") {
  CHECK(osce::date_line_value("20-02-2018 16:19 -") == "2018-02-20");
  CHECK(osce::date_line_value("12 July 2023 |") == "2023-07-12");
  CHECK(osce::date_line_value("12 July 2023 \xE2\x80\x93") == "2023-07-12");
  // A dash alone, or a range's open end, is no stamp.
  CHECK_FALSE(osce::date_line_value("-"));
  CHECK_FALSE(osce::date_line_value("12 - 14 July -"));
}

TEST_CASE("opening: a byline's date after its source's name", "[opening]") {
  CHECK(osce::byline_date("Al Jazeera 01.08.2021 | Izvor: Agencije") == "2021-08-01");
  CHECK(osce::byline_date("Reuters 12 July 2023 | Source: agencies") == "2023-07-12");
  // Not after words in small letters, four names, or with no label beside it.
  CHECK_FALSE(osce::byline_date("updated on 01.08.2021 | Izvor: Agencije"));
  CHECK_FALSE(osce::byline_date("One Two Three Four 01.08.2021 | Izvor: Agencije"));
  CHECK_FALSE(osce::byline_date("Al Jazeera 01.08.2021 | Agencije"));
  CHECK_FALSE(osce::byline_date("Al  Jazeera 01.08.2021 | Izvor: Agencije"));  // no word between the blanks
}

TEST_CASE("opening: under the site's header, its metadata labels and values are no head lines", "[opening]") {
  const std::string header =
      "Press release\nNeed for co-operation highlighted at a conference in Tajikistan\n"
      "- Date:\n- Place:\n- DUSHANBE\n- Source:\n- OSCE Secretariat, OSCE Programme Office in Dushanbe\n"
      "- Fields of work:\n- Countering terrorism\n";
  const auto opened = osce::opening_of(header + "DUSHANBE, 4 May 2018 \xE2\x80\x93 The conference concluded today.");
  REQUIRE(opened);
  REQUIRE(opened->dateline);
  CHECK(opened->dateline->place == "DUSHANBE");
  CHECK(opened->dateline->date == "2018-05-04");
  // A date among the values is a date line.
  const auto valued = osce::opening_of("News Item\nMinisters meet\n- Date:\n- 12 March 2021\n- Source:\n- OSCE\n"
                                       "The ministers adopted a statement.");
  REQUIRE(valued);
  CHECK(valued->date == "2021-03-12");
  // Entries of a list with no label over them are no metadata: the head
  // ends at the first that is no headline.
  CHECK_FALSE(osce::opening_of("Ministers meet\n- Albania\n- Andorra\n- Armenia\n- Austria\n- Belgium\n- Bulgaria\n"
                               "- Canada\nVIENNA, 5 March 2021 - The Chairperson spoke."));
}

TEST_CASE("opening: a lead takes up its headline's words", "[opening]") {
  // Two words of the headline, on their first five letters, case aside.
  CHECK(osce::lead_takes_up("OSCE Centre\xE2\x80\x99s anniversary marked in Ashgabat",
                            "The Ministry hosted a conference marking the 20th anniversary of the OSCE Center in "
                            "Ashgabat."));
  CHECK(osce::lead_takes_up("New OSCE office opened in Turkmenistan",
                            "The OSCE opened a new office building in Ashgabat, provided by Turkmenistan."));
  // The Organization's name says nothing of a topic: every lead has it.
  CHECK_FALSE(osce::lead_takes_up("New OSCE office opened", "The OSCE opened a new building today."));
  // Another page's title shares a place at most.
  CHECK_FALSE(osce::lead_takes_up("Fan zones for fans of the championship have opened in Ashgabat",
                                  "From 2 to 5 September, the OSCE Centre in Ashgabat hosted a national seminar."));
  // Stop words and short words share nothing.
  CHECK_FALSE(osce::lead_takes_up("What they said about the day", "This is what they said about it, and more."));
  // Only the lead's first bytes count: a word far down is no lead's.
  CHECK_FALSE(osce::lead_takes_up("Seminar on border security",
                                  "The Centre hosted a seminar. " + std::string(400, 'x') + " border security"));
}
