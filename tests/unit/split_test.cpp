#include <catch2/catch.hpp>

#include <algorithm>

#include "osce/dateline.hpp"
#include "osce/record.hpp"
#include "osce/page_vocabulary.hpp"
#include "osce/paragraph_cues.hpp"
#include "osce/opening.hpp"
#include "osce/place_dateline.hpp"
#include "osce/split.hpp"

namespace {

std::vector<std::string> item_texts(const std::string& text, osce::SplitOptions opt = {}) {
  std::vector<std::string> out;
  for (const auto& item : osce::segment(text, opt).items) out.push_back(text.substr(item.begin, item.end - item.begin));
  return out;
}

// The page's second item, where the page splits into exactly two: the
// shape of most tests here (an item, then the one a cue begins).
std::string second_of_two(const std::string& text) {
  const std::vector<std::string> items = item_texts(text);
  REQUIRE(items.size() == 2);
  return items[1];
}

// An item of two paragraphs, over the item that a test's cue begins.
const std::string kItemAbove =
    "The Mission trained forty judges in Skopje on the new criminal code, the Head of Mission said.\n\n"
    "The course will be repeated for prosecutors in the autumn, with experts from three States.\n\n";

// Whether --explain shows the cue `name` at the candidate where `at` begins in `page`.
bool has_cue_at(const std::string& page, std::string_view at, std::string_view name) {
  osce::SplitOptions explain;
  explain.explain = true;
  const osce::Segmentation seg = osce::segment(page, explain);
  const size_t offset = page.find(at);
  return std::any_of(seg.candidates.begin(), seg.candidates.end(), [&](const osce::Candidate& c) {
    return c.offset == offset &&
           std::any_of(c.cues.begin(), c.cues.end(), [&](const osce::Cue& q) { return q.name == name; });
  });
}

}  // namespace

TEST_CASE("dateline: forms and places", "[dateline]") {
  auto [text, place, date] = GENERATE(table<std::string, std::string, std::string>({
      {"GENEVA, 12 July 2023 - The", "GENEVA", "2023-07-12"},
      {"WASHINGTON/ TASHKENT, 11 July 2023 \xe2\x80\x94 The", "WASHINGTON/ TASHKENT", "2023-07-11"},
      {"PRISHTIN\xc3\x8b, 3 May 2021 \xe2\x80\x93 X", "PRISHTIN\xc3\x8b", "2021-05-03"},
      {"Vienna, July 7, 2023 \xe2\x80\x93 X", "Vienna", "2023-07-07"},
      {"THE HAGUE, 1 March 2020 - X", "THE HAGUE", "2020-03-01"},
      // The site's rarer forms: a region after the place, the dash before
      // the date, no year, no dash after a place in capitals.
      {"OSH, Kyrgyzstan, 14 March 2006- Ways", "OSH, Kyrgyzstan", "2006-03-14"},
      {"Osh, Kyrgyzstan, 14 March 2006 - Ways", "Osh, Kyrgyzstan", "2006-03-14"},
      // A joint statement's capitals, the Minsk Group Co-Chairs'.
      {"Moscow, Paris, Washington DC, 29 July 2021 \xe2\x80\x93 The", "Moscow, Paris, Washington DC", "2021-07-29"},
      {"TIRANA / BRUSSELS / GENEVA \xe2\x80\x93 6 October 2020. The", "TIRANA / BRUSSELS / GENEVA", "2020-10-06"},
      {"GENEVA \xe2\x80\x93""6 October 2020. The", "GENEVA", "2020-10-06"},  // no blank after the dash
      {"WARSAW/VIENNA, 30 June \xe2\x80\x93 OSCE", "WARSAW/VIENNA", ""},
      {"TIRANA/COPENHAGEN/VIENNA/WARSAW/THE HAGUE, 23 April 2020 \xe2\x80\x93 The", "TIRANA/COPENHAGEN/VIENNA/WARSAW/THE HAGUE",
       "2020-04-23"},
      {"Vienna, July 7 - The", "Vienna", ""},
      {"NEW YORK CITY, 28 September 2015 A good", "NEW YORK CITY", "2015-09-28"},
      // The releases of 2001-2002: the agency's tag, two hyphens, a comma before the year.
      {"MINSK, 29 August, 2001 (OSCE)-- Kimmo", "MINSK", "2001-08-29"},
      // A news agency's name in brackets or slashes, Latin or Cyrillic.
      {"VIENNA, July 12 (Reuters) - The", "VIENNA", ""},
      {"\xD0\x9C\xD0\x98\xD0\x9D\xD0\xA1\xD0\x9A, 12 \xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F 2023 "
       "(\xD0\x91\xD0\x95\xD0\x9B\xD0\xA2\xD0\x90) - \xD0\x9F",  // МИНСК, 12 июля 2023 (БЕЛТА) - П
       "\xD0\x9C\xD0\x98\xD0\x9D\xD0\xA1\xD0\x9A", "2023-07-12"},
      {"\xD0\x91\xD0\x98\xD0\xA8\xD0\x9A\xD0\x95\xD0\x9A, 12 \xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F 2023 "
       "\xD0\xB3. /\xD0\x9A\xD0\xB0\xD0\xB1\xD0\xB0\xD1\x80/. \xD0\x92",  // БИШКЕК, 12 июля 2023 г. /Кабар/. В
       "\xD0\x91\xD0\x98\xD0\xA8\xD0\x9A\xD0\x95\xD0\x9A", "2023-07-12"},
      {"PRISTINA, 27 August 2001 (OSCE)-- The", "PRISTINA", "2001-08-27"},
      {"COPENHAGEN, 23 August 2001 (OSCE)- OSCE", "COPENHAGEN", "2001-08-23"},
      // The date first (the Mission to Bosnia and Herzegovina's releases since 2024).
      {"19 December 2024, SARAJEVO \xe2\x80\x93 Recognizing", "SARAJEVO", "2024-12-19"},
      {"12 June 2025, Sarajevo \xe2\x80\x93 On the World Day", "Sarajevo", "2025-06-12"},
      {"December 19, 2024, BANJA LUKA - The", "BANJA LUKA", "2024-12-19"},
      // A date line glued to a wire's dateline, a weekday perhaps first.
      {"Tuesday, June 14, 2016WASHINGTON\xe2\x80\x94""Following", "WASHINGTON", "2016-06-14"},
      {"14 June 2016WASHINGTON - The", "WASHINGTON", "2016-06-14"},
      {"WASHINGTON D.C., 30 September 2020 \xe2\x80\x93 The", "WASHINGTON D.C.", "2020-09-30"},
      // A photo's caption scraped onto the dateline with no blank: the place is the capitals.
      {"Isabel SantosCOPENHAGEN, 28 June 2018 - The", "COPENHAGEN", "2018-06-28"},
      {"Jane DoeWARSAW/VIENNA, 30 June \xe2\x80\x93 OSCE", "WARSAW/VIENNA", ""},
      // A news agency's: a full stop after the date, its name perhaps after that.
      {"MOSCOW, July 3. /TASS/. The Organization", "MOSCOW", ""},
      // Two words of the agency's name joined by a hyphen.
      {"KYIV, May 4 (Interfax-Ukraine) - The", "KYIV", ""},
      {"ALMATY, 2 March 2019 (KAZ-INFORM) \xe2\x80\x93 The", "ALMATY", "2019-03-02"},
      {"BAKU, June 9. /AZER-TAG/. The", "BAKU", ""},
      {"Minsk, June 17. Russian and Belarusian delegations", "Minsk", ""},
      {"ASTANA, 3 July 2024. The Chairman", "ASTANA", "2024-07-03"},
      // Russian and Ukrainian: the month's name in Cyrillic, the year's word after the year.
      {"ВЕНА, 12 июля 2023 г. – Представитель", "ВЕНА", "2023-07-12"},
      {"КИЇВ, 3 липня 2024 року – Місія", "КИЇВ", "2024-07-03"},
      {"Бишкек, 5 сентября 2025 – Семинар", "Бишкек", "2025-09-05"},
      {"VIENNA, 12 July 2023 – Представитель", "VIENNA", "2023-07-12"},
      // The date in digits, day first with dots, the ordinal's dot after the year or none.
      {"BELGRADE, 15.06.2020. – Everyone needs", "BELGRADE", "2020-06-15"},
      {"Sarajevo, 2.5.2025 - The Mission", "Sarajevo", "2025-05-02"},
      // The Organization's other languages in Latin letters.
      {"ROMA, 12 luglio 2023 – La Missione", "ROMA", "2023-07-12"},
      {"PARIS, 1er février 2023 - Le ministre", "PARIS", "2023-02-01"},
      {"MADRID, 12 de julio de 2023 - La OSCE", "MADRID", "2023-07-12"},
      {"WIEN, 12. März 2023 – Die OSZE", "WIEN", "2023-03-12"},
      {"GENÈVE, 3 août 2022 – « Nous", "GENÈVE", "2022-08-03"},
  }));
  const auto d = osce::dateline_at(text);
  REQUIRE(d);
  CHECK(d->place == place);
  CHECK(d->date == date);
}

TEST_CASE("dateline: look-alikes are not datelines", "[dateline]") {
  auto text = GENERATE(as<std::string>{}, "On Monday, 12 July 2023 - the", "GENEVA, 31 June 2023 - X",
                       "GENEVA, 12 July 2023 the", "In 2023, 12 July 2023 - x", "geneva, 12 July 2023 - x",
                       "The OSCE, 12 July 2023 - x",
                       // a range of days; no dash after a place not in capitals; a
                       // year-less date without its dash; the rarer forms' place
                       // not in capitals; the dash form without its full stop
                       "Ohrid, 30 June - 2 July the", "Vienna, 28 September 2015 A good",
                       "VIENNA, 28 September The", "Osh, the capital, 14 March 2006 - Ways",
                       "Osh, Bishkek, Naryn, Talas, Batken, 14 March 2006 - Ways",
                       "Tirana - 6 October 2020. The", "TIRANA - 6 October 2020 the",
                       "On Monday, 12 July - the",
                       // a remark in brackets is no agency's tag; a dash with no date before it
                       "VIENNA, 12 July 2023 (see below) - x", "VIENNA, (OSCE)-- x",
                       // the date first: without its year, without a dash, a
                       // sentence's opener for a place, the stops of a journey
                       "19 December, SARAJEVO - The", "12 June 2025, Sarajevo hosted a roundtable - x",
                       "12 June 2025, The Mission - x", "12 June 2025, Vienna - 14 June 2025, Warsaw",
                       "31 June 2025, Sarajevo - The", "15 officers, Sarajevo - x",
                       // glued: not a place in mixed case, not a weekday that is none
                       "June 14, 2016Washington - The", "Someday, June 14, 2016WASHINGTON - The",
                       // an agency's full stop: not before a small letter, not after a weekday
                       "Minsk, June 17. and then", "On Monday, June 17. The talks",
                       // a dotted date: not without its dash, not a month thirteen
                       "BELGRADE, 15.06.2020. Everyone", "BELGRADE, 06.15.2020 - x",
                       // another language's month: not a name, not past the calendar
                       "MADRID, 12 de Marta de 2023 - x", "PARIS, 31 février 2023 - Le");
  CHECK_FALSE(osce::dateline_at(text));
}

TEST_CASE("dateline: a dateline is on one line", "[dateline]") {
  // A name on the line above is no part of the place.
  CHECK_FALSE(osce::dateline_at("Permanent Council\nWASHINGTON/ TASHKENT, 12 December 2020 - The OSCE met."));
  const auto d = osce::dateline_at("WASHINGTON/ TASHKENT, 12 December 2020 -\nThe OSCE met.");
  REQUIRE(d);
  CHECK(d->place == "WASHINGTON/ TASHKENT");
}

TEST_CASE("dateline: datelines inside a line, after a sentence", "[dateline]") {
  CHECK(osce::datelines_inside("over the time.TASHKENT, 10 July 2023 \xe2\x80\x93 Uzbek") ==
        std::vector<size_t>{14});
  CHECK(osce::datelines_inside("said. VIENNA, 1 May 2020 - X") == std::vector<size_t>{6});
  CHECK(osce::datelines_inside("The Mission in GENEVA, 1 May 2020 - X").empty());
  CHECK(osce::datelines_inside("they said.19 December 2024, SARAJEVO - X") == std::vector<size_t>{10});
  CHECK(osce::datelines_inside("in 2023. 15 officers, Sarajevo - X").empty());
  // An initial's full stop ends no sentence.
  CHECK(osce::datelines_inside("WASHINGTON D.C., 30 September 2020 - The").empty());
  CHECK(osce::datelines_inside("said the U.S. VIENNA, 1 May 2020 - X").empty());
  CHECK(osce::datelines_inside("said the OSCE.VIENNA, 1 May 2020 - X") == std::vector<size_t>{14});
  CHECK(osce::datelines_inside("семинар. ВЕНА, 12 июля 2023 г. – Текст") == std::vector<size_t>{16});
  // A place that opens with a capital of two UTF-8 bytes past Cyrillic, glued to the sentence.
  CHECK(osce::datelines_inside("said.\xC5\xA0TIP, 3 May 2021 - X") == std::vector<size_t>{5});  // ŠTIP
  CHECK(osce::datelines_inside("said.\xC5\xA1tip, 3 May 2021 - X").empty());                     // štip
  // Only after sentences that end before `up_to`, each dateline read whole.
  const std::string two = "Done. VIENNA, 1 May 2020 - X met. Y left. WARSAW, 2 May 2020 - Z";
  CHECK(osce::datelines_inside(two) == std::vector<size_t>{6, 42});
  CHECK(osce::datelines_inside(two, 5) == std::vector<size_t>{6});
  CHECK(osce::datelines_inside(two, 4).empty());
  CHECK(osce::datelines_inside(two, 40) == std::vector<size_t>{6});
  CHECK(osce::datelines_inside(two, 41) == std::vector<size_t>{6, 42});
}

TEST_CASE("split: a list of dated lines stays in its item", "[split]") {
  // A programme of events, one a line, each with its date and place: the
  // datelines date the entries and begin no item, with or without a line
  // that introduces the list, whatever form the dates take.
  const std::string lead = "SARAJEVO, 3 March 2025 - The Mission presented its programme of regional events.";
  const std::string list =
      "Sarajevo, 12 May 2025 - Roundtable on early marriages and child labour\n"
      "14 May 2025, Mostar - Workshop for school principals\n"
      "16 May 2025 - Conference on inclusive education in Banja Luka";
  const std::string after = "All events are open to the public.";
  CHECK(item_texts(lead + "\nThe events take place in three cities:\n" + list + "\n" + after + "\n").size() == 1);
  CHECK(item_texts(lead + "\n" + list + "\n" + after + "\n").size() == 1);
  auto dated = [](std::string_view line) { return osce::is_dated_entry(line, osce::dateline_at(line)); };
  CHECK(dated("14 May 2025, Mostar - Workshop for school principals"));
  CHECK(dated("16 May 2025 - Conference on inclusive education"));
  CHECK_FALSE(dated("VIENNA, 12 May 2025 - The Chairperson opened the conference today."));
  CHECK_FALSE(dated("VIENNA, 12 May 2025 -"));  // a dateline alone on its line
  // Datelines over prose are items' leads, however short the items.
  const std::string news = "VIENNA, 12 May 2025 - The Chairperson opened the conference today.\n"
                           "GENEVA, 14 May 2025 - The Co-Chairs met the delegations today.\n";
  CHECK(item_texts(news).size() == 2);
}

TEST_CASE("split: datelines begin items, also glued to the previous sentence", "[split]") {
  const std::string a = "GENEVA, 12 July 2023 - The talks went on. Delegations met.";
  const std::string b = "The Co-Chairs expressed appreciation for the shared commitment.";
  const std::string c = "VIENNA, 10 July 2023 - A conference on media freedom ended.";
  CHECK(item_texts(a + "\n" + b + "end of it." + c + "\nIts participants came from Bishkek.\n") ==
        std::vector<std::string>{a + "\n" + b + "end of it.", c + "\nIts participants came from Bishkek."});
}

TEST_CASE("split: the site's rarer datelines begin items too", "[split]") {
  // A region after the place, the dash before the date, a dateline without
  // its year: each item's lead shares words with the one before, so only the
  // dateline can cut.
  const std::string a = "OSH, Kyrgyzstan, 14 March 2006- The OSCE Centre held a meeting on disaster response.";
  const std::string b =
      "TIRANA / BRUSSELS / GENEVA \xe2\x80\x93 6 October 2020. The OSCE Centre held a meeting on disaster response.";
  const std::string c = "WARSAW/VIENNA, 30 June \xe2\x80\x93 The OSCE Centre held a meeting on disaster response.";
  CHECK(item_texts(a + "\n" + b + "\n" + c + "\n") == std::vector<std::string>{a, b, c});
}

TEST_CASE("split: a headline over a dateline begins the item, and the dateline is its own", "[split]") {
  const std::string a =
      "OSCE Chair calls for restraint in eastern Ukraine\n"
      "VIENNA, 5 March 2021 - The Chairperson called on all sides to respect the ceasefire.\n"
      "\"The escalation is worrying,\" she said.";
  const std::string b =
      "ODIHR opens election observation mission in Kyrgyzstan\n"
      "BISHKEK, 4 March 2021 - ODIHR today opened an election observation mission.\n"
      "The mission is headed by Ambassador Jane Smith.";
  CHECK(item_texts(a + "\n" + b + "\n") == std::vector<std::string>{a, b});
  CHECK(item_texts(a + "\n").size() == 1);
  // A contact line, or a line introduced by a colon, above a dateline closes the item before.
  const std::string contact = a + "\nJane Doe, press@osce.org\n";
  const std::string c = "BISHKEK, 4 March 2021 - ODIHR today opened an election observation mission.";
  CHECK(item_texts(contact + c + "\n") == std::vector<std::string>{contact.substr(0, contact.size() - 1), c});
  // An entry's name, "... (ODIHR)", is not a headline: the dateline under it begins its own item.
  const std::string entry = "Office for Democratic Institutions and Human Rights (ODIHR)\n";
  CHECK(item_texts(entry + c + "\n") == std::vector<std::string>{entry.substr(0, entry.size() - 1), c});
  const std::string introduced = a + "\nThe findings are due on:\n12 April\n";
  CHECK(item_texts(introduced + c + "\n") ==
        std::vector<std::string>{introduced.substr(0, introduced.size() - 1), c});
}

TEST_CASE("split: a dateline that opens a line begins an item however much it shares with the one before",
          "[split]") {
  // Two items from one office on one subject: the names and words of the
  // second are the first's, which no longer outweighs its dateline.
  const std::string a =
      "WARSAW, 3 February 2005 - The OSCE Office for Democratic Institutions and Human Rights (ODIHR) opened an "
      "election observation mission for the parliamentary elections in Moldova.";
  const std::string b =
      "WARSAW, 9 December 2020 - The OSCE Office for Democratic Institutions and Human Rights (ODIHR) opened an "
      "election observation mission for the parliamentary elections in Moldova.";
  CHECK(item_texts(a + "\n" + b + "\n") == std::vector<std::string>{a, b});
}

TEST_CASE("split: a long headline over its dateline begins the item", "[split]") {
  // News headlines run past twenty words; this one has 23.
  const std::string a =
      "VIENNA, 5 March 2021 - The Chairperson called on all sides to respect the ceasefire.\n"
      "The monitors will report on the situation next week.";
  const std::string b =
      "Much still needs to be done to ensure equal participation of women in all spheres of life, OSCE leaders "
      "say on International Women's Day\n"
      "VIENNA/WARSAW, 8 March 2017 - While significant progress has been made, women remain under-represented.";
  CHECK(item_texts(a + "\n" + b + "\n") == std::vector<std::string>{a, b});
}

TEST_CASE("split: a headline is its item's title, and the dateline under it gives place and date", "[split]") {
  const std::string page =
      "OSCE Chair calls for restraint in eastern Ukraine\n"
      "VIENNA, 5 March 2021 - The Chairperson called on all sides to respect the ceasefire.\n"
      "ODIHR opens election observation mission in Kyrgyzstan\n"
      "BISHKEK, 4 March 2021 - ODIHR today opened an election observation mission.\n";
  const auto seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[0].title == "OSCE Chair calls for restraint in eastern Ukraine");
  CHECK(seg.items[0].place == "VIENNA");
  CHECK(seg.items[0].date == "2021-03-05");
  CHECK(seg.items[1].title == "ODIHR opens election observation mission in Kyrgyzstan");
  CHECK(seg.items[1].place == "BISHKEK");
  CHECK(seg.items[1].date == "2021-03-04");
  // A scrape to Markdown marks its headlines: the title holds their words.
  const std::string marked =
      "# OSCE Chair calls for restraint in eastern Ukraine\n\n"
      "VIENNA, 5 March 2021 - The Chairperson called on all sides to respect the ceasefire.\n\n"
      "## ODIHR opens election observation mission in Kyrgyzstan\n\n"
      "BISHKEK, 4 March 2021 - ODIHR today opened an election observation mission.\n";
  const auto md = osce::segment(marked, {});
  REQUIRE(md.items.size() == 2);
  CHECK(md.items[0].title == "OSCE Chair calls for restraint in eastern Ukraine");
  CHECK(md.items[1].title == "ODIHR opens election observation mission in Kyrgyzstan");
  CHECK(marked.substr(md.items[1].begin).starts_with("## ODIHR"));
}

TEST_CASE("split: items under a headline and a line with their date", "[split]") {
  // The layout of many news pages: headline, date, text. No dateline, and the
  // leads share words: the date lines tell where items begin.
  const std::string a =
      "OSCE supports national table-top exercise in Turkmenistan\n"
      "12 July 2023\n"
      "The OSCE Centre in Ashgabat supported a national table-top exercise for customs officers and police.\n"
      "The exercise brought together over 25 participants from governmental agencies.";
  const std::string b =
      "Customs officers train on risk analysis in Ashgabat\n"
      "Friday, 7 July 2023\n"
      "The OSCE Centre in Ashgabat held a course on risk analysis for customs officers and police.";
  const std::string c = "10 July 2023\nThe OSCE Centre in Ashgabat held a seminar for customs officers and police.";
  // The date under a label of the page's metadata, as some pages print it.
  const std::string d =
      "Border police of Turkmenistan complete a course in Ashgabat\nPublished: 3 July 2023\n"
      "The OSCE Centre in Ashgabat held a course for customs officers and police.";
  const std::string page = a + "\n" + b + "\n" + c + "\n" + d + "\n";
  const auto seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 4);
  CHECK(seg.items[0].title == "OSCE supports national table-top exercise in Turkmenistan");
  CHECK(seg.items[0].date == "2023-07-12");
  CHECK(seg.items[1].title == "Customs officers train on risk analysis in Ashgabat");
  CHECK(seg.items[1].date == "2023-07-07");
  // A date line with no headline above begins its item too, and dates it.
  CHECK(seg.items[2].title.empty());
  CHECK(seg.items[2].date == "2023-07-10");
  CHECK(seg.items[3].title == "Border police of Turkmenistan complete a course in Ashgabat");
  CHECK(seg.items[3].date == "2023-07-03");
  CHECK(item_texts(page) == std::vector<std::string>{a, b, c, d});
  // Dates introduced by a colon, or listed one under another, begin nothing.
  const std::string dates =
      "VIENNA, 3 July 2023 - The OSCE announced a call for applications for its summer school.\n"
      "The school will be held on two dates:\n12 July 2023\n19 July 2023\n"
      "Applications from students of law and political science are welcome.\n";
  CHECK(item_texts(dates).size() == 1);
}

TEST_CASE("split: a separator line begins an item and belongs to none", "[split]") {
  // The leads share their words and the second opens as a continuation:
  // only the separators tell, and they decide.
  const std::string a =
      "The OSCE Centre in Ashgabat supported a national table-top exercise for customs officers and police.";
  const std::string b = "It also held a course on risk analysis for customs officers and police of Turkmenistan.";
  const std::string c = "The OSCE Centre in Ashgabat held a seminar on risk analysis for customs officers and police.";
  const std::string page = "* * *\n" + a + "\n***\n" + b + "\n\n\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94\n" + c + "\n-----\n";
  CHECK(item_texts(page) == std::vector<std::string>{a, b, c});
  const auto seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 3);
  CHECK(osce::blank_or_separators(std::string_view(page).substr(seg.items[0].end, seg.items[1].begin - seg.items[0].end)));
  CHECK(osce::blank_or_separators(std::string_view(page).substr(0, seg.items[0].begin)));
  CHECK_FALSE(osce::blank_or_separators("***\nThe end."));
  // Two marks, or marks inside words and numbers, are no separator.
  for (std::string_view line : {"--", "- 3 -", "*Note*", "+43 1 514", "A---B"}) {
    CHECK_FALSE(osce::is_separator_line(line));
  }
  for (std::string_view line : {"***", "* * *", "-----", "=====", "___", "# # #", "\xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2"}) {
    CHECK(osce::is_separator_line(line));
  }
}

TEST_CASE("split: a teaser's \"Read more\" closes it", "[split]") {
  const std::string a =
      "The OSCE Centre in Ashgabat supported a national table-top exercise for customs officers and police of "
      "Turkmenistan on 12 July.\nRead more";
  const std::string b =
      "Over 20 journalists from Albania and Georgia attended a workshop of the Representative on Freedom of the "
      "Media (RFoM) in Tirana.\nRead more";
  CHECK(item_texts(a + "\n" + b + "\n") == std::vector<std::string>{a, b});
  // The label under a teaser cut short is its footer, not an item.
  const std::string c =
      "Latest from the Special Monitoring Mission\n\nThe SMM observed ceasefire violations in Donetsk region and "
      "recorded explosions near the airport. Whilst positioned near the city \xE2\x80\xA6read more\n\nSource: OSCE";
  const std::string d =
      "VIENNA, 5 March 2021 - The Chairperson-in-Office called on all sides to respect the ceasefire.";
  CHECK(item_texts(c + "\n\n" + d + "\n") == std::vector<std::string>{c, d});
  // A paywall's link, then the site's section links of a word or two: the
  // teaser's foot; the next item begins at its lead.
  const std::string paywalled =
      "The Special Co-ordinator spoke to journalists at a polling station but refrained from any assessment. "
      "\"We have just started ...\n\nPlease login or subscribe to read more\n\nPolitics\n\nIn Focus";
  const std::string lead =
      "The head of the observer delegation will be the Assembly's Vice-President, as reported by the agency.";
  CHECK(item_texts(paywalled + "\n" + lead + "\n") == std::vector<std::string>{paywalled, lead});
  // Not a card's name over its description.
  const std::string card = "Minsk Group\nThe Minsk Group leads the efforts to find a peaceful solution to the conflict.";
  CHECK(item_texts(paywalled + "\n" + card + "\n") == std::vector<std::string>{paywalled, card});
  // Past a blank line, the source's label still closes the teaser, whatever begins below it.
  const std::string f =
      "Border guards of Kyrgyzstan and Tajikistan completed an OSCE course on risk analysis in Osh on Friday.";
  CHECK(item_texts(c + "\n\n" + f + "\n") == std::vector<std::string>{c, f});
  // Nor is a label under an item's last sentence the title of a dateline below it.
  const std::string e = "The Mission trained 25 border guards in Osh on patrol leadership and radio use.\nTags: borders";
  CHECK(item_texts(e + "\n" + d + "\n") == std::vector<std::string>{e, d});
}

TEST_CASE("split: the site's line over an earlier item begins an item where it stands again", "[split]") {
  // An aggregator prints its name over each article; the article above was
  // cut before its footer, so the line stands under a paragraph of prose.
  const std::string a =
      "Researches about the Caucasus\n\nField office reports on the administrative boundary line\n\n"
      "The monitors visited three villages near the administrative boundary line and spoke with residents "
      "about water supply and access to pastures.\n\n"
      "Residents said that detentions had decreased since the spring, though two shepherds were held for a day.";
  const std::string b =
      "Researches about the Caucasus\n\nIncident prevention meeting held in Ergneti\n\n"
      "Participants of the incident prevention mechanism discussed the detentions and the installation of "
      "fences near the administrative boundary line.";
  CHECK(has_cue_at(a + "\n\n" + b + "\n", "Researches about the Caucasus\n\nIncident", "the line an earlier item began with"));
  CHECK(item_texts(a + "\n\n" + b + "\n") == std::vector<std::string>{a, b});
  // Not a card's name printed twice, nor a menu's heading over its entries.
  const std::string card = "Mission to Skopje\nMission to Skopje\nEstablished in 1992 to prevent the spill-over of "
                           "conflict.\n";
  CHECK_FALSE(has_cue_at(card, "Mission to Skopje\nEstablished", "the line an earlier item began with"));
}

TEST_CASE("split: a list runs on inside its item, whatever its entries name", "[split]") {
  // Each entry names other States and other words: lexical cues alone cut
  // between them, and after the list.
  const std::string a =
      "VIENNA, 14 March 2024 - The OSCE Representative on Freedom of the Media published recommendations on the "
      "safety of journalists covering elections.\n"
      "The recommendations call on participating States to:\n"
      "- Investigate every attack on a journalist promptly and independently;\n"
      "- Train police officers in Armenia and Georgia on the protection of reporters at rallies;\n"
      "- Repeal criminal defamation laws such as those still in force in Azerbaijan;\n"
      "- Ensure that public broadcasters in Serbia and Montenegro give fair airtime to all candidates.\n"
      "\"Journalists must be able to report on elections without fear,\" the Representative said.";
  CHECK(item_texts(a + "\n") == std::vector<std::string>{a});
  // Numbered, with no line to introduce it; and an item that ends in a list
  // leaves the next one its own start.
  const std::string b =
      "The OSCE Programme Office in Bishkek trained 30 judges on the rights of defendants in criminal trials.\n"
      "1. Judges from Osh and Jalal-Abad discussed pre-trial detention.\n"
      "2. Prosecutors from Chui presented cases of the European Court of Human Rights.\n"
      "3. Defence lawyers of the Bar Association shared their practice.";
  const std::string c =
      "ASHGABAT, 12 July 2023 - The OSCE Centre in Ashgabat supported a table-top exercise for customs officers.";
  CHECK(item_texts(b + "\n" + c + "\n") == std::vector<std::string>{b, c});
}

TEST_CASE("split: a feed's items: headline, date and time, byline, text, labels under it", "[split]") {
  // As aggregators print a feed: the date with its time under the headline
  // ("Tue, 03/14/2023 - 10:21"), and the item's labels at its end.
  const std::string a =
      "OSCE Mission to Skopje trains municipal staff on inclusive education\n\n"
      "Tue, 03/14/2023 - 10:21\nCommunication and Media Relations Section\n\n"
      "On 13 March 2023, the OSCE Mission to Skopje trained 25 municipal officials in Tetovo.\n\n"
      "Categories: Central Europe";
  const std::string b =
      "Chairperson visits Central Asia to discuss border security co-operation\n\n"
      "Mon, 03/06/2023 - 17:45\nCommunication and Media Relations Section\n\n"
      "The OSCE Chairperson-in-Office travelled to Dushanbe and Bishkek to discuss border management.\n\n"
      "Categories: Central Asia\nTags: borders";
  const std::string page = a + "\n\n" + b + "\n";
  CHECK(item_texts(page) == std::vector<std::string>{a, b});
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[0].title == "OSCE Mission to Skopje trains municipal staff on inclusive education");
  CHECK(seg.items[0].date == "2023-03-14");
  CHECK(seg.items[1].date == "2023-03-06");  // 03/06 on a Monday: 6 March (3 June was a Saturday)
}

TEST_CASE("split: a feed that names its source before the date, over the release's dateline", "[split]") {
  const std::string a =
      "Representative to visit Tajikistan\n\nOSCE - Fri, 09/30/2022 - 16:44\n\n"
      "VIENNA, 30 September 2022- The Representative on Freedom of the Media will visit Tajikistan next week.\n\n"
      "Categories: Central Europe";
  const std::string b =
      "Media freedom discussed at Warsaw conference\n\nOSCE - Fri, 09/30/2022 - 16:41\n\n"
      "WARSAW, 30 September 2022 - The Representative concluded today her visit to the Warsaw conference.\n\n"
      "Categories: Central Europe";
  const std::string page = a + "\n\n" + b + "\n";
  CHECK(item_texts(page) == std::vector<std::string>{a, b});
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].title == "Media freedom discussed at Warsaw conference");
  CHECK(seg.items[1].date == "2022-09-30");
  CHECK(seg.items[1].place == "WARSAW");

  // A headline of more than twenty words reads as prose to the line above
  // it, yet the footer over it is still not its title.
  const std::string long_title =
      "Links between media freedom and democracy, safety of journalists, and encryption focus of the "
      "Representative's participation at the Warsaw Human Dimension Conference";
  const std::string c = long_title + "\n\nOSCE - Fri, 09/30/2022 - 16:41\n\n"
      "WARSAW, 30 September 2022 - The Representative concluded today her visit to the Warsaw conference.";
  const std::string long_page = a + "\n\n" + c + "\n";
  CHECK(item_texts(long_page) == std::vector<std::string>{a, c});
  const osce::Segmentation long_seg = osce::segment(long_page, {});
  REQUIRE(long_seg.items.size() == 2);
  CHECK(long_seg.items[1].title == long_title);
}

TEST_CASE("split: a date over its headline: the item begins at the date and has the headline as title", "[split]") {
  const std::string a =
      "14 March 2023\nOSCE Mission to Skopje trains municipal staff on inclusive education\n"
      "The Mission held a two-day training course for 25 municipal officials in Tetovo.\nRead more";
  const std::string b =
      "13 March 2023\nChairperson visits Central Asia to discuss border security\n"
      "The Chairperson travelled to Dushanbe and Bishkek to discuss border management.\nRead more";
  const std::string page = a + "\n" + b + "\n";
  CHECK(item_texts(page) == std::vector<std::string>{a, b});
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[0].title == "OSCE Mission to Skopje trains municipal staff on inclusive education");
  CHECK(seg.items[0].date == "2023-03-14");
  CHECK(seg.items[1].title == "Chairperson visits Central Asia to discuss border security");
  // A date line over prose gives no title.
  const std::string c = "12 March 2023\nThe Chairperson travelled to Vienna and met the Secretary General.";
  CHECK(osce::segment(c + "\n" + a + "\n", {}).items.at(0).title.empty());
}

TEST_CASE("split: a headline may end in a letter past ASCII, not in a closing quote", "[split]") {
  const std::string a = "VIENNA, 5 March 2021 - The Chairperson called on all sides to respect the ceasefire.";
  const std::string b =
      "Chairperson discusses settlement process with Special Representative Bogojevi\xc4\x87\n"
      "BELGRADE, 25 April 2015 - The Chairperson met his Special Representative in Belgrade.";
  CHECK(item_texts(a + "\n" + b + "\n") == std::vector<std::string>{a, b});
  // A line that closes a quotation is its item's last sentence, not the next one's headline.
  const std::string quote = "\xe2\x80\x9cWe will continue our work\xe2\x80\x9d";
  const std::string c = "BELGRADE, 25 April 2015 - The Chairperson met his Special Representative in Belgrade.";
  CHECK(item_texts(a + "\n" + quote + "\n" + c + "\n") == std::vector<std::string>{a + "\n" + quote, c});
}

TEST_CASE("split: a headline goes with the item its lead begins", "[split]") {
  // The lead opens no dateline: the second item is found at its lead, by the
  // cues of its words, and begins at the headline above it.
  const std::string a =
      "The OSCE Centre in Ashgabat supported a national table-top exercise on countering terrorism online, "
      "with customs officers, border guards and police from five regions.\n"
      "The exercise brought together over 25 participants from governmental agencies.";
  const std::string b =
      "Media freedom conference concludes in Vienna with calls to protect journalists\n"
      "On 12 May, the Representative on Freedom of the Media (RFoM) closed a two-day conference on the safety "
      "of journalists, attended by editors and reporters from Albania and Georgia.";
  CHECK(item_texts(a + "\n" + b + "\n") == std::vector<std::string>{a, b});
  const auto seg = osce::segment(a + "\n" + b + "\n", {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[0].title.empty());
  CHECK(seg.items[1].title == "Media freedom conference concludes in Vienna with calls to protect journalists");
  // A link line of a word or two above the lead is no headline: it stays.
  const std::string lead = b.substr(b.find('\n') + 1);
  CHECK(item_texts(a + "\nPhoto gallery\n" + lead + "\n") == std::vector<std::string>{a + "\nPhoto gallery", lead});
}

TEST_CASE("split: a headline at the top of the page is not an item alone", "[split]") {
  // Its lead has the cues that begin an item (a date, an abbreviation spelled
  // out, new names and words): they begin this one, under its headline.
  const std::string page =
      "Young innovators in Ukraine develop open data solutions\n"
      "On 30 September, the Office of the Co-ordinator of OSCE Economic and Environmental Activities (OCEEA) "
      "concluded a three-month small grants programme for civic technology groups in Kharkiv and Lviv.\n"
      "Eight teams received grants and mentoring from experts in public procurement and municipal budgets.\n";
  CHECK(item_texts(page).size() == 1);
}

TEST_CASE("split: a page of headlined items, without datelines", "[split]") {
  const std::string a =
      "OSCE supports national table-top exercise in Turkmenistan\n"
      "The OSCE Centre in Ashgabat supported a national table-top exercise on countering terrorism online.\n"
      "The exercise brought together over 25 participants from governmental agencies and civil society.";
  const std::string b =
      "Media freedom conference concludes in Vienna\n"
      "The Representative on Freedom of the Media closed a two-day conference on the safety of journalists.\n"
      "Participants discussed online harassment of women journalists and the protection of sources.";
  CHECK(item_texts(a + "\n" + b + "\n") == std::vector<std::string>{a, b});
  // The same lines inside an article that opens with its lead are subheadings.
  const std::string lead = "The OSCE Centre in Ashgabat supported a national table-top exercise.\n";
  CHECK(item_texts(lead + a + "\n" + b + "\n").size() == 1);
}

TEST_CASE("split: a paragraph opening with a date inside an item does not split it", "[split]") {
  const std::string page =
      "BISHKEK, 28 June 2023 - Border guards of Kyrgyzstan and Tajikistan trained together on the line of conduct.\n"
      "The exercises followed the annual co-operation plan of the border services.\n"
      "To supplement the exercises, on 30 June 2023 the border guards played a football tournament.\n"
      "On 30 June, the border guards of Kyrgyzstan and Tajikistan also discussed the line of conduct.\n";
  CHECK(item_texts(page).size() == 1);
}

TEST_CASE("split: contacts close an item; the lines of one contact stay together", "[split]") {
  const std::string first =
      "WARSAW, 2 May 2022 - Observers from ODIHR presented their findings on the elections.\n"
      "For more information, please contact:\nJane Doe, ODIHR: +48 600 000 000 or jane.doe@odihr.pl";
  const std::string second =
      "A three-day training course for customs officers of Moldova started on 3 May in Chisinau under the "
      "Mission to Moldova.";
  CHECK(item_texts(first + "\n" + second + "\n") == std::vector<std::string>{first, second});
}

TEST_CASE("split: a contacts block printed a line a paragraph stays with its item", "[split]") {
  // osce.org's releases end in "Contacts" over the spokesperson's name,
  // title, office and address; a scrape may part each with a blank line.
  // The block is the item's to its end, in any language; the next headline
  // over its dateline begins the next item.
  for (const std::string title : {"Spokesperson", "Purtătoarea de cuvânt a Misiunii"}) {
    CAPTURE(title);
    const std::string first =
        "CHISINAU, 27 April 2013 - The Head of Mission condemned the incidents of last night in the Security Zone "
        "and called for calm.\n\nContacts\n\nNino Sukhitashvili\n\n" + title +
        "\n\nOSCE Mission to Moldova\n\nstr. Alexei Mateevici, 75\n\nOffice: +373 22 887 809";
    const std::string second =
        "New Head of Mission takes office\n\nCHISINAU, 5 May 2013 - The new Head of Mission arrived today.";
    CHECK(item_texts(first + "\n\n" + second + "\n") == std::vector<std::string>{first, second});
  }
}

TEST_CASE("split: an address's country under its postcode ends the contacts block", "[split]") {
  // The address closes with the State's name, over the next item's lead as
  // over anything: the name is the address's last line, not a label of the
  // item below it.
  const std::string second =
      "VIENNA, 20 February 2021 - Parliamentarians from fifty countries opened their winter meeting in Vienna "
      "today.";
  for (const std::string address :
       {"Bulevar 8-mi Septemvri 16\n1000 Skopje\nNorth Macedonia", "ul. Miodowa 10\n00-251 Warsaw\nPoland",
        "Wallnerstrasse 6\nA-1010 Vienna\nAustria"}) {
    CAPTURE(address);
    const std::string first =
        "SKOPJE, 4 May 2021 - The Mission handed over equipment to the border police in Kumanovo.\n\n"
        "Contacts\n\nJane Doe\n\nPress Officer\n\nOSCE Mission to Skopje\n\n" + address;
    CHECK(item_texts(first + "\n" + second + "\n") == std::vector<std::string>{first, second});
  }
}

TEST_CASE("split: a section's label and a headline over its date end the contacts block", "[split]") {
  // Short lines under a contacts heading are the block's, over anything but
  // prose; not the next page's section label over a headline and its date:
  // they are the next item's head, and it begins at the label.
  const std::string first =
      "BELGRADE, 23 April 2007 - A course for police supervisors opened today at the training centre in Zemun.\n\n"
      "Contacts\n\nJane Doe\n\nPress Officer\n\nOSCE Mission to Serbia\n\nBulevar 1\n11070 Novi Beograd\nSerbia";
  const std::string second =
      "Newsroom\nThird phase of police training in southern Serbia begins today\nBELGRADE 6 August 2001\n"
      "BELGRADE, 6 August 2001 - The third phase of the training programme starts today in Mitrovo Polje.";
  CHECK(item_texts(first + "\n" + second + "\n") == std::vector<std::string>{first, second});
}

TEST_CASE("split: a contacts heading over prose that gives no contact heads a section", "[split]") {
  // "Government contact" over what the office does with local governments
  // is a section's heading, not a block of names and numbers that closes
  // the item; over a name and a number it is the block's heading.
  const std::string text =
      "The Mission supports municipalities in planning their budgets, and trains the staff of their offices "
      "in public procurement, so that services reach every community in the region.\n\n"
      "Budget hearings are now held in public in most municipalities, and citizens may comment on the draft "
      "budget before the assembly adopts it.\n\n"
      "Over the last year, the number of complaints about procurement fell by a third, according to the "
      "municipal auditors.\n\n"
      "Government contact\n\n"
      "Shelters for victims of domestic violence depend on yearly grants; local officials are encouraged to "
      "fund them from their own revenues so that women and children find help.\n";
  CHECK(item_texts(text).size() == 1);
  const std::string block = "Media contact\n\nJane Doe\n\nOffice: +381 11 000 000\n\n";
  const std::string first =
      "BELGRADE, 3 May 2022 - The Mission opened a training course for municipal officials on budgeting.";
  const std::string second =
      "A three-day seminar on public procurement for the staff of municipalities started on 10 May in Nis.";
  CHECK(item_texts(first + "\n\n" + block + second + "\n") ==
        std::vector<std::string>{first + "\n\n" + block.substr(0, block.size() - 2), second});
}

TEST_CASE("split: a headline between paragraphs over a lead that shares the item's names", "[split]") {
  // One office's news, one under another: the second names the same office,
  // ministry and town as the first, under a headline of its own.
  const std::string first =
      "The OSCE Centre in Ashgabat and the Ministry of Foreign Affairs of Turkmenistan held a seminar on water "
      "management for officials of the State Committee for Water Management on 12 May in Ashgabat.\n\n"
      "Experts from Kazakhstan and Uzbekistan presented how their countries share the waters of the Amu Darya, "
      "and the participants visited the Karakum canal.\n\n"
      "The seminar also discussed the monitoring of water quality in the reservoirs of the Lebap and Mary "
      "provinces, and a study of irrigation losses.\n\n"
      "The Head of the OSCE Centre in Ashgabat, Ambassador John MacGregor, said that the Centre would continue "
      "to support Turkmenistan in managing its water resources.";
  const std::string second =
      "Border officers of Turkmenistan trained in Ashgabat\n\n"
      "The OSCE Centre in Ashgabat organized a training course for border officers of Turkmenistan on 20 May, "
      "together with the Ministry of Foreign Affairs of Turkmenistan and the State Border Service.\n\n"
      "The course covered risk analysis, document security and the detection of forged passports, and was led "
      "by experts from Kazakhstan.";
  CHECK(item_texts(first + "\n\n" + second + "\n") == std::vector<std::string>{first, second});
}

TEST_CASE("split: a byline and a date under a text headed only by its headline are its feet", "[split]") {
  // A site that prints who wrote an article and when under its text: run
  // together with the next page, those lines close the text above, and the
  // next item begins at its headline. Where the item above gave them under
  // its headline, such lines over a headline are the next item's head.
  const std::string body =
      "Former, current and future chairs of the Organization adopted a statement in support of the country's "
      "sovereignty and territorial integrity within its internationally recognized borders.\n\n"
      "They also expressed their support for the international discussions in Geneva, which remain the only "
      "format for dialogue on the consequences of the conflict.\n\n"
      "\"The statement shows the solidarity of the Organization with our country,\" the State Minister wrote.";
  const std::string feet = "By Ana Kobakhidze\n\n07 December 2020 12:53";
  const std::string next =
      "Regional meeting of heads of field operations held in Vienna\n\n"
      "The heads of the Organization's field operations in South-Eastern Europe met in Vienna to discuss "
      "their co-operation on policing, elections and the rights of national minorities.";
  CHECK(item_texts("Chairs adopt statement in support of Georgia\n\n" + body + "\n\n" + feet + "\n\n" + next +
                   "\n") == std::vector<std::string>{"Chairs adopt statement in support of Georgia\n\n" + body +
                                                         "\n\n" + feet,
                                                     next});
  // The next lead may open with its dateline.
  const std::string datelined =
      "Engagement required to achieve results, Co-Chairs tell Permanent Council\n\n"
      "VIENNA, 14 November 2013 - All participants in the discussions must show constructive engagement, the "
      "Co-Chairs told the Permanent Council today.";
  CHECK(item_texts("Chairs adopt statement in support of Georgia\n\n" + body + "\n\n" + feet + "\n\n" +
                   datelined + "\n") == std::vector<std::string>{"Chairs adopt statement in support of Georgia\n\n" +
                                                                     body + "\n\n" + feet,
                                                                 datelined});
  const std::string headed = "Chairs adopt statement in support of Georgia\n\n" + feet + "\n\n" + body;
  CHECK(item_texts(headed + "\n\n" + feet + "\n\n" + next + "\n") ==
        std::vector<std::string>{headed, feet + "\n\n" + next});
}

TEST_CASE("split: someone the item named, introduced again by office and full name", "[split]") {
  // A writer introduces a person once; the next text on the subject does
  // so afresh.
  const std::string first =
      "The OSCE Representative on Freedom of the Media, Harlem Desir, today expressed concern about the "
      "detention of two journalists in the capital and called on the authorities to release them.\n\n"
      "\"Journalists must be able to report without fear of arrest,\" Desir said.\n\n";
  const std::string again =
      "The OSCE Representative on Freedom of the Media, Harlem Desir, welcomed the adoption by the Parliament of "
      "a new Audiovisual Code.\n";
  CHECK(has_cue_at(first + again, "The OSCE Representative on Freedom of the Media, Harlem Desir, welcomed",
                   "introduces again someone the item named"));
  // Introduced for the first time, in the item's second paragraph: no cue.
  const std::string other = "Ministers met in Vienna on Friday to discuss the budget of the Organization.\n\n";
  CHECK_FALSE(has_cue_at(other + again, "The OSCE Representative", "introduces again someone the item named"));
}

TEST_CASE("split: a title its lead repeats as its first sentence begins an item", "[split]") {
  // An aggregator titles a text by its first sentence, however long: the
  // title, then the same words with a full stop, and the text.
  const std::string first =
      "Claus Neukirch said he was in touch with the two political representatives to mediate the issue.";
  const std::string title =
      "Representatives of the OSCE Mission to Moldova said on Thursday, at a meeting of the Joint Control "
      "Commission, that the situation in the security zone remains calm";
  const std::string second = title + "\n" + title + ".\n\"From 1 to 30 April the Mission made fourteen visits.\"";
  CHECK(item_texts(first + "\n" + second + "\n") == std::vector<std::string>{first, second});
  // A title with a sentence's end, printed twice, is a paragraph printed twice.
  CHECK(item_texts(first + "\n" + title + ".\n" + title + ".\n").size() == 1);
}

TEST_CASE("split: an item begins at its site's head of lines", "[split]") {
  // Pages run together keep each page's lines over its article: the item
  // begins at the first, when one of them says who wrote it, when, or whose
  // the photo is.
  const std::string first = "The head of the mission said he was in touch with the two political representatives.";
  const std::string head = "News\n\nImage source: osce.md\n\nPosted by: Eliza Mihalache\n\nNews / Politics\n\n"
                           "30 Sep. 2022 / 14:35\n\n";
  const std::string article =
      "Head of the OSCE Mission to Moldova Claus Neukirch ends his four-year mandate\n\n"
      "The Head of the OSCE Mission to Moldova, Dr. Claus Neukirch, ends his mandate as Head of Mission and OSCE "
      "mediator in the Transdniestrian settlement process.";
  const std::string page = first + "\n\n" + head + article + "\n";
  CHECK(item_texts(page) == std::vector<std::string>{first, head + article});
  // Two lines over a headline that heads its dateline: the boundary moves
  // up from the headline.
  const std::string council =
      "OSCE Ministerial Council held in Vienna\n\nVIENNA, 5 December 2025 \xE2\x80\x93 The ministers discussed "
      "the future of the Organization.";
  const std::string two = "english  \xC4\x8D" "esky\n\nPhoto: MFA CZ\n\n";
  CHECK(item_texts(first + "\n\n" + two + council + "\n") == std::vector<std::string>{first, two + council});
  CHECK(has_cue_at(first + "\n\n" + two + council + "\n", "english", "the next item's head"));
  // A breadcrumb over the date line is the head's, no headline of the date.
  CHECK_FALSE(has_cue_at(page, "News / Politics", "headline over a dateline"));
  // The item above's own last lines say nothing of that: its tags stay with it.
  const std::string tags = "More about: Moldova   OSCE\n\nNews Line";
  const std::string release =
      "Head of Mission ends his mandate\n\nCHISINAU, 30 September 2022 \xE2\x80\x93 The Head of the OSCE Mission "
      "to Moldova ends his mandate.";
  CHECK(item_texts(first + "\n\n" + tags + "\n\n" + release + "\n") ==
        std::vector<std::string>{first + "\n\n" + tags, release});
}

TEST_CASE("split: a head whose headline is printed twice is the next item's", "[split]") {
  // The page's title and the article's headline, nearly the same words, the
  // second broken over two lines, then the lead that spells out the name
  // the headline abbreviates: the item begins at the first title.
  const std::string first = "He sustained injuries to his head and back, and reported the attack to the police.";
  const std::string head = "UNESCO Welcomes Release Of Jailed Cuban Journalist\n"
                           "UNESCO Chief Welcomes Release Of Jailed Cuban\nJournalist\n";
  const std::string lead =
      "The United Nations Educational, Scientific and Cultural Organization (UNESCO) has welcomed the release "
      "from prison of a Cuban journalist after 18 months in detention.";
  CHECK(item_texts(first + "\n" + head + lead + "\n") == std::vector<std::string>{first, head + lead});
  // Two lines of other words say nothing of who wrote the article: the
  // lines stay over it as before.
  const std::string other = "Press freedom in the Caribbean\nMore from our correspondents\nJournalist\n";
  CHECK_FALSE(has_cue_at(first + "\n" + other + lead + "\n", "Press freedom", "the next item's head"));
}

TEST_CASE("split: a head of lines over a lead under a paragraph begins an item", "[split]") {
  // A government's release copied after another text: its head of lines
  // (a note with dates, the content type, the headline, "Published") over
  // the lead, no dateline anywhere.
  const std::string first = "The organisation has its seat in Vienna and brings together nearly sixty countries.";
  const std::string second =
      "This content was published in the period between 21 January 2019 and 8 July 2021\n\n"
      "Press release from Ministry for Foreign Affairs\n\nAnn Linde appoints two special envoys for the OSCE\n\n"
      "Published\n\nMinister for Foreign Affairs Ann Linde has appointed Kent Härstedt as special envoy of the "
      "Swedish Chairpersonship.";
  const std::string page = first + "\n\n" + second + "\n";
  CHECK(item_texts(page) == std::vector<std::string>{first, second});
  CHECK(has_cue_at(page, "This content", "a head of lines under a paragraph"));
  // The head's date in its page's language.
  const std::string swedish =
      "Innehållet publicerades under perioden 21 januari 2019 och 8 juli 2021\n\n"
      "Pressmeddelande från Utrikesdepartementet\n\nUtrikesminister Ann Linde inviger det svenska "
      "ordförandeskapet i OSSE\n\nPublicerad\n\nDen 14 januari invigs officiellt det svenska ordförandeskapet i "
      "Organisationen för säkerhet och samarbete i Europa, OSSE.";
  CHECK(item_texts(first + "\n\n" + swedish + "\n") == std::vector<std::string>{first, swedish});
  // Short lines that say nothing of who wrote what or when are the text's.
  const std::string list = "The Mission thanked its partners.\n\nAlbania\n\nAustria\n\nBelgium\n\n"
                           "The partners will meet again in May to review the work.\n";
  CHECK_FALSE(has_cue_at(list, "Albania", "a head of lines under a paragraph"));
}

TEST_CASE("split: a photo's caption with its credit after it heads nothing", "[split]") {
  // A paper's photos, each captioned with its credit after the caption:
  // neither a headline nor a card's name, though the text under it names
  // whom it shows.
  const std::string page =
      "Gains influence over international politics\n\nForeign Minister Ann Linde (S). Photo: Ylva Svensson/AiP\n\n"
      "In 2021 Sweden chairs the OSCE and Foreign Minister Ann Linde leads the Organization for a year.\n\n"
      "The Minister arrives in Kyiv. Photo: Paul Hansen\n\n"
      "At the airport in Kyiv the Minister of Ukraine met the Swedish delegation in early March.\n\n"
      "Foreign Minister Dmytro Kuleba (R). Photo: Paul Hansen/DN\n\n"
      "Later Dmytro Kuleba and Ann Linde visited the line of contact in the east.\n";
  CHECK(osce::segment(page, {}).items.size() == 1);
  CHECK_FALSE(has_cue_at(page, "Foreign Minister Dmytro", "structure"));
  CHECK_FALSE(has_cue_at(page, "The Minister arrives", "headline"));
}

TEST_CASE("split: cards, a name and the name again", "[split]") {
  const std::string page =
      "Our operations on the ground\n\nMany field operations work on this.\n\n"
      "Mission to Serbia\n\nMission to Serbia\n\nEstablished on 16 January 2001, the Mission works on media.\n"
      "Mission to Montenegro\n\nMission to Montenegro\n\nEstablished on 29 June 2006, the Mission works on law.";
  const auto seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 3);
  CHECK(seg.items[1].title == "Mission to Serbia");
  CHECK(seg.items[2].title == "Mission to Montenegro");
  CHECK(page.substr(seg.items[2].begin, seg.items[2].end - seg.items[2].begin) ==
        "Mission to Montenegro\n\nMission to Montenegro\n\nEstablished on 29 June 2006, the Mission works on law.");
}

TEST_CASE("split: a feed's counters, a number twice, are no card", "[split]") {
  // A feed reader's copy: the headline, its counters ("$", "0", "0"), the
  // lead. A card's name repeated names something; "0" under "0" does not.
  const std::string page =
      "Channel: OSCE Missions and Institutions\n\n"
      "Presence and Election Commission sign a Memorandum of Understanding on election administration\n\n"
      "$\n0\n0\n\n"
      "On 17 October, the Presence and the Central Election Commission signed a Memorandum of Understanding to "
      "intensify their co-operation.\n";
  CHECK_FALSE(has_cue_at(page, "0\n0", "structure"));
  CHECK(osce::segment(page, {}).items.size() == 1);
}

TEST_CASE("split: cards under empty list items, a heading and a description each", "[split]") {
  // A converter's rendering of <li><h3>...</h3><p>...</p></li>: "-" alone,
  // the heading, the description as an entry of its own, a link line.
  const std::string a = "Municipal elections, 3 March 2024, Ruritania\n"
                        "- Following an invitation from the authorities, the Office deployed a team of experts to "
                        "assess the legal framework and the work of the election administration.\n- More info...";
  const std::string b = "Parliamentary elections, 9 June 2024, Freedonia\n"
                        "- A needs assessment mission visited the capital from 2 to 5 April and met officials, "
                        "parties and civil society about the coming vote and its preparations.\n- More info...";
  const std::string page = "Elections in 2024\n-\n" + a + "\n-\n" + b + "\n";
  const auto seg = osce::segment(page, {});
  CHECK(item_texts(page) == std::vector<std::string>{"Elections in 2024", a, b});
  REQUIRE(seg.items.size() == 3);
  CHECK(seg.items[1].title == "Municipal elections, 3 March 2024, Ruritania");
  // The markers belong to no item, as separators.
  for (size_t k = 0; k + 1 < seg.items.size(); ++k) {
    CHECK(osce::blank_or_separators(
        std::string_view(page).substr(seg.items[k].end, seg.items[k + 1].begin - seg.items[k].end)));
  }
  // One card alone, or a menu's empty items over short entries, separate nothing.
  CHECK(item_texts("Elections in 2024\n-\n" + a + "\n").size() == 1);
  const std::string menu = "-\nOur work\n- Elections\n- Civil society\n-\nResources\n- Reports\n- Handbooks\n"
                           "The Office observes elections across the region and publishes its findings in reports.\n";
  CHECK(item_texts(menu).size() == 1);
}

TEST_CASE("split: a section's label between an empty list item and its card's heading", "[split]") {
  // A listing that prints each item's kind over its title: "-", "press
  // release", the title, the text. The marks separate the items; the label
  // is the item's, as the heading is.
  const std::string a = "press release\nCommission Chair Welcomes the Release of a Journalist in Belarus\n"
                        "The Chairman today welcomed the release of the journalist, detained in Minsk since March.";
  const std::string b = "hearing\nThe Human Rights Situation in Central Asia\n"
                        "The Commission heard four witnesses on the rights of detainees and of the press in the region.";
  CHECK(item_texts("-\n" + a + "\n-\n" + b + "\n") == std::vector<std::string>{a, b});
  // One such item alone under a sentence: no separator, but its label and
  // title are its head all the same, and the mark stays with the sentence.
  const std::string above =
      "The Commission heard four witnesses on the rights of detainees and of the press in the region.\n-";
  const std::string item = "press release\nCommission Chair Welcomes the Release of a Journalist in Belarus\n"
                           "WASHINGTON, June 14, 2016 - The Chairman today welcomed the release of the journalist, "
                           "detained in Minsk since March.";
  CHECK(item_texts(above + "\n" + item + "\n") == std::vector<std::string>{above, item});
  // At the page's top, the empty item heads nothing: the page is the item,
  // the mark in it.
  const std::string page = "-\n" + item + "\n";
  CHECK(item_texts(page) == std::vector<std::string>{"-\n" + item});
  CHECK(osce::segment(page, {}).items.at(0).begin == 0);
}

TEST_CASE("split: entries whose description takes the name up in its second paragraph", "[split]") {
  const std::string a = "Mission to Moldova\n\nThe Mission to Moldova opened in Chisinau in 1993.\n\n"
                        "It facilitates the settlement process.";
  const std::string b = "Project Co-ordinator in Ukraine\n\nThe Project Co-ordinator in Ukraine was established in 1999.";
  const std::string c = "Special Monitoring Mission to Ukraine\n\nIn accordance with a decision of March 2014, the "
                        "advance teams arrived in Kyiv.\n\nThe Special Monitoring Mission reported on the security "
                        "situation.";
  CHECK(item_texts(a + "\n\n" + b + "\n\n" + c + "\n") == std::vector<std::string>{a, b, c});
}

TEST_CASE("split: headings over two paragraphs or more are a text's sections, not a list's entries", "[split]") {
  // Each heading's first paragraph takes its name up, as a list's entry's
  // description does; but a list describes each entry in a paragraph, and
  // these head more: one page about one subject.
  const std::string page =
      "OSCE\n\n"
      "The Organization for Security and Co-operation in Europe is the world's largest regional security "
      "organization, based in Vienna.\n\n"
      "Development of the OSCE\n\n"
      "The OSCE emerged from the Conference on Security and Co-operation in Europe established in 1975.\n\n"
      "This comprehensive concept of security encompasses the three dimensions of the Organization's work:\n\n"
      "  1. the politico-military dimension,\n  2. the economic and environmental dimension and\n"
      "  3. the human dimension.\n\n"
      "Since 1995, the Secretariat has had its headquarters in Vienna, and so has the Representative.\n\n"
      "57 Participating States\n\n"
      "Its 57 participating States cover the northern hemisphere from Vancouver to Vladivostok, and more.\n\n"
      "At the headquarters, the participating States and their partners engage in dialogue every week.\n";
  CHECK_FALSE(has_cue_at(page, "Development of the OSCE", "structure"));
  CHECK_FALSE(has_cue_at(page, "57 Participating States", "structure"));
  // A list's entries, a paragraph each, stay entries.
  const std::string a = "Conflict Prevention Centre\n\nThe Centre advises the Secretary General on early warning.";
  const std::string b = "Forum for Security Co-operation\n\nThe Forum meets every week to discuss military security.";
  const std::string c = "Ministerial Council\n\nThe Council brings the foreign ministers together once a year.";
  CHECK(has_cue_at(a + "\n\n" + b + "\n\n" + c + "\n", "Forum for Security", "structure"));
}

TEST_CASE("split: a headline whose lead takes its words up is no entry's name", "[split]") {
  // Two articles, each a headline between blank lines over a lead that
  // repeats its subject: a list of names would be cards of its structure,
  // a headline has words of its own in lower case.
  const std::string page =
      "The detailed programme will be presented to the Council in January, the Ministry said.\n"
      "Geopolitical news of the day\n\n"
      "Presence in Albania plays its part in supporting the reform process\n\n"
      "The Deputy Foreign Minister visited Tirana, highlighting the role the Presence plays in the country's "
      "reforms.\n\n"
      "Mission in Kosovo helps strengthen exchanges between civil society groups\n\n"
      "The Mission concluded its annual forum today, bringing together civil society groups from across Kosovo.\n";
  CHECK_FALSE(has_cue_at(page, "Presence in Albania plays", "structure"));
  CHECK_FALSE(has_cue_at(page, "Mission in Kosovo helps", "structure"));
  // A name keeps its small words: "Action against Terrorism Unit".
  const std::string a = "Action against Terrorism Unit\n\nThe Unit co-ordinates the work against terrorism.";
  const std::string b = "Strategic Police Matters Unit\n\nThe Unit supports the police services of the States.";
  CHECK(item_texts(a + "\n\n" + b + "\n") == std::vector<std::string>{a, b});
}

TEST_CASE("split: a list of teasers ends with the last one's link, not with an entry", "[split]") {
  const std::string a = "Parties urged to accept the results\n\nThe OSCE called on the parties to accept the results "
                        "of the local elections.\n\nRead More \xC2\xBB";
  const std::string b = "Talks on the President fail\n\nMediation failed to bring the parties to agree on a "
                        "President, local media reported.\n\nRead More \xC2\xBB";
  const std::string c = "Meeting on the settlement process\n\nThe settlement process was the focus of an informal "
                        "meeting in Vienna.\n\nRead More \xC2\xBB";
  CHECK(item_texts(a + "\n\n" + b + "\n\n" + c + "\n") == std::vector<std::string>{a, b, c});
}

TEST_CASE("split: section headings of one topic page are not items", "[split]") {
  const std::string page =
      "Border management\n\nThe OSCE helps States secure their borders.\n\nOur challenge\n\n"
      "Borders are long and hard to watch, which makes them porous.\n\nOur action\n\n"
      "We train border guards and help draft strategies for the border services.\n";
  CHECK(item_texts(page).size() == 1);
}

TEST_CASE("split: a list of documents with their years", "[split]") {
  const std::string page =
      "Key documents on border security.\n\nBorder Security and Management Concept (2005)\n\n"
      "Sets out the principles of co-operation.\n\nDecision No. 9/11 on border security (2011)\n\nAdds detail.\n";
  const auto seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 3);
  CHECK(seg.items[1].title == "Border Security and Management Concept (2005)");
  // Entries of a list that end in a year are entries all the same.
  const std::string decisions =
      "The Ministerial Council adopted the following decisions:\n- Declaration on youth\n"
      "- Declaration on foreign terrorist fighters under resolutions 2170 (2014) and 2178 (2014)\n"
      "- Declaration on kidnapping by terrorist groups under resolution 2133 (2014)\n"
      "- Decision on the prevention of corruption\n";
  CHECK(osce::segment(decisions, {}).items.size() == 1);
}

TEST_CASE("split: news run on after a list is not the last entry's description", "[split]") {
  // A dateline under a document's title, or a card's name under it, begins
  // an item of its own; prose under the title is the document's description.
  const std::string docs =
      "Key documents on border security.\n\nBorder Security and Management Concept (2005)\n\n"
      "Sets out the principles of co-operation.\n\nDecision No. 9/11 on border security (2011)\n\n";
  const std::string news = "SKOPJE, 3 May 2017 - The Mission trained journalists on reporting elections.\n";
  CHECK(item_texts(docs + news).size() == 4);
  // Weighed as a dateline (and the title above it), not taken as the entry's.
  osce::SplitOptions explain;
  explain.explain = true;
  const auto seg = osce::segment(docs + news, explain);
  REQUIRE(!seg.candidates.empty());
  const auto& cues = seg.candidates.back().cues;
  CHECK(std::any_of(cues.begin(), cues.end(), [](const auto& c) { return c.name == "dateline"; }));
  CHECK(std::none_of(cues.begin(), cues.end(), [](const auto& c) { return c.name == "inside a block"; }));
  CHECK(item_texts(docs + "Adds detail.\n").size() == 3);
  const std::string card = "Mission to Serbia\n\nMission to Serbia\n\nEstablished on 16 January 2001, the Mission works on media.\n";
  const auto with_card = item_texts(docs + card);
  REQUIRE(with_card.size() == 4);
  CHECK(with_card[3].starts_with("Mission to Serbia"));
  // The same for a card's description slot.
  const std::string cards = "Mission to Montenegro\n\nMission to Montenegro\n\n" + news;
  CHECK(item_texts(cards).size() == 2);
}

TEST_CASE("split: a listing's blocks give each item its title and metadata", "[split]") {
  const std::string page =
      "Observers publish preliminary findings\nPublishing date:\n12 July 2023\nContent type:\nPress release\n"
      "Where we are:\nOSCE Mission to Serbia\nWhat we do:\nElections\n- Human rights\n"
      "Observers said the vote was well run.\n"
      "Police reform discussed in Belgrade\nPublishing date: 10 July 2023\nContent type: News\n"
      "Police chiefs met in Belgrade.\n";
  const auto seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[0].title == "Observers publish preliminary findings");
  CHECK(seg.items[0].date == "2023-07-12");
  CHECK(seg.items[0].type == "Press release");
  CHECK(seg.items[0].issued_by == std::vector<std::string>{"OSCE Mission to Serbia"});
  CHECK(seg.items[0].listed_fields == std::vector<std::string>{"Elections", "Human rights"});
  CHECK(seg.items[1].date == "2023-07-10");
  CHECK(seg.items[1].type == "News");
}

TEST_CASE("split: a listing's long titles, comma lists, unknown labels and datelined leads", "[split]") {
  const std::string page =
      "Much remains to be done before women take an equal part in public and economic life across the region, the "
      "heads of three OSCE institutions said on Thursday\n"
      "Publishing date: 8 March 2019\nCollections: International Women's Day\nContent type: Press release\n"
      "Where we are: OSCE Chairmanship, OSCE Secretariat\nWhat we do: Gender equality, Human rights\n"
      "VIENNA, 8 March 2019 - Progress has been made, but much remains to be done, the officials said.\n"
      "Police trainers graduate in Dushanbe\nPublishing date: 1 March 2019\n"
      "Border guards study risk analysis\nPublishing date: 28 February 2019\nContent type: News\n"
      "TERMEZ, 28 February 2019 - Twenty border guards began a course.\n";
  const auto seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 3);
  CHECK(seg.items[0].title.starts_with("Much remains to be done"));
  CHECK(seg.items[0].date == "2019-03-08");
  CHECK(seg.items[0].type == "Press release");
  CHECK(seg.items[0].issued_by == std::vector<std::string>{"OSCE Chairmanship", "OSCE Secretariat"});
  CHECK(seg.items[0].listed_fields == std::vector<std::string>{"Gender equality", "Human rights"});
  // The lead, dateline and all, is the first item's; an item listed
  // without a lead does not take the next item's title as its lead.
  CHECK(page.substr(0, seg.items[0].end).ends_with("the officials said."));
  CHECK(seg.items[1].title == "Police trainers graduate in Dushanbe");
  CHECK(seg.items[2].title == "Border guards study risk analysis");
  CHECK(seg.items[2].date == "2019-02-28");
}

TEST_CASE("split: a listed item's lead that opens with a dateline gives its place, and a date the block lacks", "[split]") {
  const std::string page =
      "Observers publish preliminary findings\nPublishing date: 12 July 2023\nContent type: Press release\n"
      "BELGRADE, 11 July 2023 - Observers said the vote was well run.\n"
      "Police reform discussed\nContent type: News\nWhat we do: Policing\n"
      "OSH, Kyrgyzstan, 14 March 2006- Police chiefs met in Osh.\n"
      "Border guards study risk analysis\nContent type: News\n"
      "Twenty border guards began a course in Termez on 28 February 2019.\n";
  const auto seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 3);
  // The block's publishing date stays the item's date; the dateline names the place.
  CHECK(seg.items[0].date == "2023-07-12");
  CHECK(seg.items[0].place == "BELGRADE");
  CHECK(seg.items[1].date == "2006-03-14");
  CHECK(seg.items[1].place == "OSH, Kyrgyzstan");
  CHECK(seg.items[2].date.empty());
  CHECK(seg.items[2].place.empty());
}

TEST_CASE("split: a dateline inside a listed lead is the lead's, not a new item", "[split]") {
  // A corrected press release: a sentence of its own, then the dateline, in
  // the lead's one line. The listing's blocks already tell where items begin.
  const std::string page =
      "Director congratulates new Secretary General\nContent type: Press release\n"
      "What we do: Democratization\n"
      "PLEASE FIND BELOW THE CORRECT VERSION OF THE PRESS RELEASE. WARSAW, 6 July 2015 - The Director "
      "congratulated the new Secretary General today.\n"
      "Police trainers graduate in Dushanbe\nContent type: News\nWhat we do: Policing\n"
      "Twenty police trainers graduated.\n";
  const auto seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(page.substr(0, seg.items[0].end).ends_with("the new Secretary General today."));
  // ... and it names the item's place and, the block stating no date, its date.
  CHECK(seg.items[0].place == "WARSAW");
  CHECK(seg.items[0].date == "2015-07-06");
  CHECK(seg.items[1].title == "Police trainers graduate in Dushanbe");
  // Outside a listing the glued dateline still begins an item: "split:
  // datelines begin items, also glued to the previous sentence".
}

TEST_CASE("split: an editor's note glued to the dateline that opens an item is the item's", "[split]") {
  const std::string note = "PLEASE FIND BELOW THE CORRECT VERSION OF THE PRESS RELEASE.";
  const std::string release =
      " WARSAW, 6 July 2015 - The Director of ODIHR congratulated the new Secretary General of the "
      "Parliamentary Assembly today.\nThe Assembly met in Helsinki.\n";
  // Opening the page, and under a headline after another item.
  const auto alone = osce::segment(note + release, {});
  REQUIRE(alone.items.size() == 1);
  CHECK(alone.items[0].place == "WARSAW");
  CHECK(alone.items[0].date == "2015-07-06");
  const std::string before = "VIENNA, 1 July 2015 - Police trainers graduated in Vienna today.\n";
  const std::string headline = "Director congratulates new Secretary General\n";
  const auto seg = osce::segment(before + headline + note + release, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].title == "Director congratulates new Secretary General");
  CHECK(seg.items[1].place == "WARSAW");
  CHECK(seg.items[1].date == "2015-07-06");
  // A sentence of more words is an item of its own: a teaser glued to the next.
  const std::string teaser =
      "The OSCE Mission to Skopje trained twenty police officers on hate crimes in a three-day course this week.";
  CHECK(item_texts(teaser + release).size() == 2);
  // Glued to the end of a paragraph, not opening an item, a dateline begins one.
  CHECK(item_texts(before + "The course ended.Its trainers left." + release).size() == 2);
}

TEST_CASE("split: the threshold trades precision for recall", "[split]") {
  const std::string page =
      "Experts from Armenia and Georgia discussed water management in Tbilisi with the Secretariat.\n"
      "Journalists from Kazakhstan studied safety online with trainers from Almaty and Astana.\n";
  osce::SplitOptions strict, loose;
  strict.threshold = 5;
  loose.threshold = -5;
  CHECK(item_texts(page, strict).size() == 1);
  CHECK(item_texts(page, loose).size() == 2);
}

TEST_CASE("split: item records", "[split]") {
  osce::RecordParser parser;
  osce::Record rec;
  REQUIRE(parser.parse(R"({"id":"p","source":"s.txt","x": [1, 2],"title":"Page","text":"GENEVA, 1 May 2020 - A.\nVIENNA, 2 May 2020 - B.\n","fields_of_work":["Youth"]})", rec).empty());
  const auto items = osce::split_record(rec, {}, nullptr);
  REQUIRE(items.size() == 2);
  CHECK(items[0].to_json() ==
        R"({"id":"p#1","source":"s.txt","x":[1, 2],"text":"GENEVA, 1 May 2020 - A.","parent":"p","offset":0,"date":"2020-05-01","place":"GENEVA"})");
  CHECK(*items[1].get_int("offset") == 24);
  osce::Record one;
  REQUIRE(parser.parse(R"({"id":"q","text":"Just one item.\n", "k" : 1})", one).empty());
  const auto same = osce::split_record(one, {}, nullptr);
  REQUIRE(same.size() == 1);
  CHECK(same[0].to_json() == R"({"id":"q","text":"Just one item.\n", "k" : 1})");
  // A listing of one item: the record, with what its block states.
  osce::Record listed;
  REQUIRE(parser.parse(R"({"id":"l","type":"Page","k":1,"text":"Talks open in Vienna\nPublishing date: 2 May 2021\n)"
                       R"(Content type: News\nWhat we do: Elections\nThe talks opened today.\n"})",
                       listed)
              .empty());
  const auto with_block = osce::split_record(listed, {}, nullptr);
  REQUIRE(with_block.size() == 1);
  CHECK(with_block[0].to_json() ==
        R"({"id":"l","type":"News","k":1,"text":"Talks open in Vienna\nPublishing date: 2 May 2021\nContent type: News\n)"
        R"(What we do: Elections\nThe talks opened today.\n","title":"Talks open in Vienna","date":"2021-05-02",)"
        R"("listed_fields":["Elections"]})");
}

namespace {

// The cues of candidate `k` of `page`: candidate 1 is the start of its
// second paragraph (the first can only begin the first item).
std::vector<std::string> cues_at(const std::string& page, size_t k) {
  osce::SplitOptions opt;
  opt.explain = true;
  const auto seg = osce::segment(page, opt);
  REQUIRE(k - 1 < seg.candidates.size());
  std::vector<std::string> names;
  for (const osce::Cue& c : seg.candidates[k - 1].cues) names.emplace_back(c.name);
  return names;
}

bool has(const std::vector<std::string>& cues, const std::string& cue) {
  return std::find(cues.begin(), cues.end(), cue) != cues.end();
}

}  // namespace

TEST_CASE("split: a first sentence that spells out an abbreviation new to the item", "[split]") {
  const std::string lead = "Police officers from the region met in the capital to discuss patrols.\n";
  CHECK(has(cues_at(lead + "A course for Training of Trainers (ToT) opened on Monday. It ran well.\n", 1),
            "spells out an abbreviation"));
  CHECK(has(cues_at(lead + "Local Public Safety Councils (LPSCs) met.\n", 1), "spells out an abbreviation"));
  // Not in the first sentence, not an abbreviation, or already used by the item.
  CHECK_FALSE(has(cues_at(lead + "It ran well. A course for Training of Trainers (ToT) opened.\n", 1),
                  "spells out an abbreviation"));
  CHECK_FALSE(has(cues_at(lead + "The law On Inaccurate (False) Information passed.\n", 1),
                  "spells out an abbreviation"));
  CHECK_FALSE(has(cues_at("The ToT course began with twenty trainees.\nTraining of Trainers (ToT) goes on.\n", 1),
                  "spells out an abbreviation"));
  // Spelled out again after the item used it: the next text's first mention.
  CHECK(has(cues_at("The ToT course began with twenty trainees.\nTraining of Trainers (ToT) goes on.\n", 1),
            "spells out again an abbreviation the item used"));
  CHECK_FALSE(has(cues_at(lead + "Local Public Safety Councils (LPSCs) met.\n", 1),
                  "spells out again an abbreviation the item used"));
  // Used only in a quotation above: the writer's first mention is this one.
  const std::string quoted =
      "The Chair called on the authorities to invite the observers.\n"
      "\xC2\xAB The experts of the ToT must not stay at home \xC2\xBB, said the Chair.\n";
  CHECK_FALSE(has(cues_at(quoted + "The head of Training of Trainers (ToT) said he was still waiting.\n", 2),
                  "spells out again an abbreviation the item used"));
  CHECK(has(cues_at(quoted + "The ToT met.\nThe head of Training of Trainers (ToT) said he was waiting.\n", 3),
            "spells out again an abbreviation the item used"));
  // Used only by the paragraph's own headline, a count between them: the
  // item's first mention still. Over prose, a title's use is the item's.
  const std::string headed =
      "2024\n22\n\nNew ToT course opens in the capital\n\n0\n"
      "The first course for Training of Trainers (ToT) opened on Monday in the capital with twenty trainees.\n";
  CHECK_FALSE(has(cues_at(headed, 4), "spells out again an abbreviation the item used"));
  const std::string listed =
      "Overview of the ToT commitments (1998)\nDescribes what the trainers committed to.\n"
      "Training of Trainers (ToT) is a programme that the Mission runs in every region of the country.\n";
  CHECK(has(cues_at(listed, 2), "spells out again an abbreviation the item used"));
}

TEST_CASE("split: a definite reference to the paragraph before", "[split]") {
  const std::string lead = "An OSCE-supported series of national trainings for trainers concluded on Friday.\n";
  CHECK(has(cues_at(lead + "The Centre organized the series with its partners.\n", 1), "refers back"));
  CHECK_FALSE(has(cues_at(lead + "The Centre organized a new conference with its partners.\n", 1), "refers back"));
  // Only in the first sentence.
  CHECK_FALSE(has(cues_at(lead + "The Centre met partners. They discussed the series.\n", 1), "refers back"));
  // A name standing alone refers back to the office named in full above.
  const std::string office = "The OSCE Centre in Bishkek co-operates with local and international organizations.\n";
  CHECK(has(cues_at(office + "In April 2000, the Centre opened a field office in Osh.\n", 1), "refers back"));
  // Not to a title right over it: that is its own ("Chairpersonship", then
  // "The Chairpersonship is ...").
  const std::string closed = "The meeting ended with a joint statement by all delegations present.\n";
  CHECK_FALSE(has(cues_at(closed + "Chairpersonship\nThe Chairpersonship is one of the main bodies.\n", 2),
                  "refers back"));
}

TEST_CASE("split: new names and words alone weigh less than with another cue", "[split]") {
  // An essay moves to new names and words from paragraph to paragraph: with
  // no other cue for a boundary, the shift scores its weight less 0.2.
  const std::string essay =
      "The Organisation has been in an existential crisis since 2021, when member states failed to agree on a "
      "budget. Trust has been eroded further since.\n"
      "Membership includes every stakeholder in Europe, including the USA, Canada and Russia, one of its "
      "founders.\n";
  osce::SplitOptions explain;
  explain.explain = true;
  const osce::Segmentation seg = osce::segment(essay, explain);
  const size_t at = essay.find("Membership includes");
  const auto c = std::find_if(seg.candidates.begin(), seg.candidates.end(),
                              [&](const osce::Candidate& k) { return k.offset == at; });
  REQUIRE(c != seg.candidates.end());
  double sum = 0, alone = 0;
  for (const osce::Cue& q : c->cues) {
    sum += q.weight;
    if (q.name == "names and words alone") alone = q.weight;
  }
  CHECK(alone == Approx(-0.2));
  CHECK(c->score == Approx(sum));
  CHECK(c->boundary == (c->score >= osce::SplitOptions{}.threshold));
  // A lead that introduces something has another cue: no such weight.
  const std::string news = "Police officers from the region met in the capital to discuss patrols.\n"
                           "A three-week course on explosive ordnance started in Dushanbe on Monday.\n";
  CHECK_FALSE(has_cue_at(news, "A three-week", "names and words alone"));
}

TEST_CASE("split: a lead that names someone in full with their office, after an item's worth of text", "[split]") {
  const std::string first =
      "The Minister of Foreign Affairs received the Head of the OSCE Mission in Belgrade today. They discussed the "
      "preparations for the forthcoming Ministerial Council, which will take place in the capital in December. "
      "Some fifty delegations are expected.\n"
      "The Minister thanked the Mission for its support to the reform of the judiciary and to the media strategy, "
      "which the government adopted last year after a broad public consultation with journalists.\n"
      "The two officials agreed to meet again before the end of the year to review the progress made on the "
      "judiciary, the media strategy and the preparations for the Council.\n";
  const std::string lead =
      "Minister of European Integration Nemanja Starovic met today with the Acting Head of the OSCE Mission.\n";
  CHECK(has_cue_at(first + lead, "Minister of European", "someone named in full with their office"));
  // Under a title and a line on it, the lead is the title's.
  const std::string titled = "UK confirms full support to the Chair\nThe press release issued on 25 January.\n";
  CHECK_FALSE(has_cue_at(titled + lead, "Minister of European", "someone named in full with their office"));
}

TEST_CASE("split: a paragraph that opens with something new", "[split]") {
  const std::string lead = "Police officers from the region met in the capital to discuss patrols.\n";
  for (const char* opening : {"A three-week course started on Monday.", "An exchange of practices took place.",
                              "Over 25 experts attended a workshop.", "More than 40 students took part.",
                              "120 border guards completed the training."}) {
    INFO(opening);
    CHECK(has(cues_at(lead + opening + "\n", 1), "new entity"));
  }
  // A word that merely begins with "A", a year, a title-like number, a definite opening.
  for (const char* opening : {"Another course started on Monday.", "Around the capital, patrols went on.",
                              "2023 was a year of reform.", "25 Years of Co-operation", "The course went on."}) {
    INFO(opening);
    CHECK_FALSE(has(cues_at(lead + opening + "\n", 1), "new entity"));
  }
}

TEST_CASE("split: soft cues need more to end a news item of a paragraph or two", "[split]") {
  const std::string lead =
      "VIENNA, 5 March 2021 - The Chairperson-in-Office, Foreign Minister Ann Linde, today called on all sides "
      "to exercise restraint and to respect the ceasefire in eastern Ukraine.\n"
      "\"The recent escalation is deeply worrying,\" Linde said. \"I urge the sides to recommit to the measures "
      "to strengthen the ceasefire agreed in July 2020.\"\n";
  const std::string third =
      "The Special Monitoring Mission to Ukraine (SMM) has recorded an increase in ceasefire violations since "
      "mid-February.\n";
  CHECK(has(cues_at(lead + third, 2), "short item so far"));
  CHECK(osce::segment(lead + third, {}).items.size() == 1);
  // Not once the item is longer, nor for a card or an entry, short by nature.
  const std::string longer = lead + std::string(600, 'x') + ".\n";
  CHECK_FALSE(has(cues_at(longer + third, 3), "short item so far"));
  CHECK_FALSE(has(cues_at("Mission to Skopje\nEstablished in 1992.\n" + third, 2), "short item so far"));
  // Counted from the first paragraph: an agency's date key and byline over
  // it are no part of the item's length.
  const std::string agency =
      " date 2021-04-14 DUSHANBE, Tajikistan, Apr. 14\n\nBy Ali Karimov - Asia-Plus:\n\n"
      "The OSCE Programme Office in Dushanbe opened a training centre for customs officers, Asia-Plus reports.\n\n";
  const std::string next =
      "A course on the detection of forged documents took place from 12 to 14 April at the Customs Academy.\n";
  CHECK(has(cues_at(agency + next, 3), "short item so far"));
}

TEST_CASE("split: an item opened by a headline no cue took is short so far under it", "[split]") {
  // A listing's blocks, its bullet ("• ") on each first line: the
  // headlines are a structure's, no headline cue's, and the page's first is
  // no candidate at all. The paragraph under each item's dated head is its
  // lead all the same, however much it names and spells out.
  auto item = [](const std::string& title, const std::string& date, const std::string& lead) {
    return "  \xE2\x80\xA2 " + title + "\n\n    " + title + "\n\n    The news item published by the Ministry on " + date +
           ".\n\n    " + lead + "\n\n    They met for three days.\n\n";
  };
  const std::string page =
      item("MINISTRY NEWS : Norway supports the clearance of mines in the Tovuz region [March 2024]", "4 March 2024",
           "The Acting Head of Programme (AHP) Anna Berg opened a course on the clearance of mines in the Tovuz "
           "region for forty deminers from Norway.") +
      item("MINISTRY NEWS : Students from Baku visit the Parliament of Estonia [February 2024]", "20 February 2024",
           "Twelve students of law from the University of Baku met members of the Riigikogu in Tallinn.");
  CHECK(has(cues_at(page, 3), "short item so far"));
  CHECK(has(cues_at(page, 8), "short item so far"));
  CHECK(item_texts(page).size() == 2);
  const std::string lead =
      "The Acting Head of Programme (AHP) Anna Berg opened a course for forty deminers of the National Agency in "
      "Baku.\n";
  // A card's name says nothing, a section's heading names nobody, a
  // document's title ends in its year: under them an item may begin.
  const std::string card = "Programme Office in Bishkek\nProgramme Office in Bishkek\n"
                           "Established on 4 March 2004, it works on security.\n";
  CHECK_FALSE(has(cues_at(card + lead, 3), "short item so far"));
  const std::string section = "Our operations on the ground\n"
                              "Many field operations work with their host States on such activities.\n";
  CHECK_FALSE(has(cues_at(section + lead, 2), "short item so far"));
  const std::string document = "The Plan of Action for combating terrorism (2005)\n"
                               "The Plan aims to guide the States in their fight against terrorism.\n";
  CHECK_FALSE(has(cues_at(document + lead, 2), "short item so far"));
}

TEST_CASE("split: the short lines of a report's cover are no items of their own", "[split]") {
  const std::string cover =
      "Office for Democratic Institutions and Human Rights\n\nREPUBLIC OF MOLDOVA PARLIAMENTARY ELECTIONS 2009\n\n"
      "NEEDS ASSESSMENT MISSION REPORT\n\n20 - 22 January 2009\n\nWarsaw, Poland\n\n"
      "In anticipation of an invitation to observe the elections, the Office undertook a mission to Chisinau.\n";
  CHECK(has(cues_at(cover, 2), "a line, not a paragraph"));
  CHECK(osce::segment(cover, {}).items.size() == 1);
  // Next to a paragraph, a line may be a name or a title that begins an item: no such cue.
  CHECK_FALSE(has(cues_at(cover, 5), "a line, not a paragraph"));
}

TEST_CASE("split: soft cues need more inside an item that opened with a headline and its date", "[split]") {
  const std::string headed =
      "Seminar in Ashgabat on the safety of reporters\n"
      "Wed, 06/29/2022 - 11:59\n"
      "An online seminar on protecting reporters from violence was held in Ashgabat on 27 and 28 June 2022.\n";
  // New names, an abbreviation spelled out: the rest of the same article.
  // (Its soft cues come to +1.20 here, past the threshold without the -0.60.)
  const std::string later =
      "Two experts from Vienna and Oslo briefed the officials in charge of the National Action Plan (NAP) "
      "for 2021-2025 on protecting journalists from violence.\n";
  CHECK(has(cues_at(headed + later, 3), "in a headed item"));
  CHECK(osce::segment(headed + later, {}).items.size() == 1);
  // The same paragraph under a lead with no headline over it is weighed as before.
  const std::string plain =
      "An online seminar on protecting reporters from violence was held in Ashgabat on 27 and 28 June 2022.\n";
  CHECK_FALSE(has(cues_at(plain + later, 1), "in a headed item"));
  // A dateline, a headline, and what follows the item's closing lines still begin items.
  CHECK(osce::segment(headed + "VIENNA, 30 June 2022 - The Chairperson met the Minister.\n", {}).items.size() == 2);
  CHECK_FALSE(has(cues_at(headed + "For more information, please contact: press@osce.org\n" + later, 4),
                  "in a headed item"));
}

TEST_CASE("split: --explain changes no decision, where the lexical cues alone lift a score", "[split]") {
  // The quote's -0.75 leaves the candidate just within the reach of names,
  // words and other States together (+1.85): it must be read with or without --explain.
  const std::string page =
      "Border guards of Tajikistan and Afghanistan met in Dushanbe to discuss patrols along the river, "
      "checkpoints and smuggling routes in the mountains.\n"
      "The officers agreed on joint patrols and on sharing radio frequencies at the checkpoints along the river.\n"
      "The next meeting of the border guards will take place in autumn at a checkpoint in the mountains.\n"
      "\"Journalists in Ukraine deserve protection,\" said Teresa Ribeiro, opening a conference with Kyiv "
      "editors about media freedom, newsroom safety and online harassment.\n";
  osce::SplitOptions explained;
  explained.explain = true;
  const auto with = osce::segment(page, explained);
  REQUIRE(with.candidates.size() == 3);
  CHECK(with.candidates[2].boundary);
  CHECK(osce::segment(page, {}).items.size() == with.items.size());
}

TEST_CASE("split: --explain decides where the language changes as the run without it does", "[split]") {
  // An English paragraph under an Albanian one, opening as a continuation:
  // the other lexical cues could not reach the threshold, so the run
  // without --explain reads none, the language cue among them; --explain,
  // which reads every cue everywhere, once made a boundary of it.
  const std::string page =
      "Shefi i misionit të OSBE-së në Kosovë, ambasadori Michael Davenport, ka vizituar sot komunën e "
      "Fushë-Kosovës ku u prit nga kryetari, Burim Berisha. Gjatë këtij takimi, kryetari e njoftoi ambasadorin "
      "Davenport për përpjekjet e komunës në përballje me pandeminë dhe zbatimin e projekteve në vazhdim. "
      "Bashkëbiseduesit diskutuan çështje që kanë të bëjnë me debatet publike lidhur, të drejtat e komuniteteve, "
      "dhunën në familje, funksionimin e këshillit komunal për siguri në bashkësi dhe forume të tjera lokale të "
      "sigurisë.\n"
      "Indeed, there can be no return to anything resembling normality for residents in the northern "
      "municipalities until all communities once again participate in public safety institutions there, as well "
      "as in the judiciary and in municipal decision-making\n";
  osce::SplitOptions explained;
  explained.explain = true;
  const auto with = osce::segment(page, explained), without = osce::segment(page, {});
  REQUIRE(with.items.size() == without.items.size());
  for (size_t k = 0; k < with.items.size(); ++k) {
    CHECK(with.items[k].begin == without.items[k].begin);
    CHECK(with.items[k].end == without.items[k].end);
  }
}

TEST_CASE("split: a paragraph that names other States than the item so far", "[split]") {
  const std::string lead = "Experts from Tajikistan and the Kyrgyz Republic met in Dushanbe on border issues.\n";
  CHECK(has(cues_at(lead + "Students of universities of Ukraine\xE2\x80\x99s Ministry of Interior met.\n", 1),
            "other States"));
  // The same State under another name, or a demonym, is the same place.
  CHECK_FALSE(has(cues_at(lead + "Tajik and Kyrgyz officials from Ukraine took part.\n", 1), "other States"));
  CHECK_FALSE(has(cues_at(lead + "Officials of the Republic of Tajikistan spoke.\n", 1), "other States"));
  // An item that names no State yet gives nothing to compare with.
  CHECK_FALSE(has(cues_at("Experts met in the capital on border issues.\nStudents from Ukraine met.\n", 1),
                  "other States"));
}

TEST_CASE("split: a paragraph that names other OSCE structures than the item so far", "[split]") {
  const std::string lead = "The OSCE Programme Office in Bishkek trained judges on 3 July.\n";
  // Another office, by the place it is named for or by its abbreviation.
  CHECK(has(cues_at(lead + "The Centre in Ashgabat held a course for customs officers.\n", 1), "other structures"));
  CHECK(has(cues_at(lead + "Experts of the ODIHR met the judges.\n", 1), "other structures"));
  // The same office again, or a State that a field operation is named for
  // (a State, not a structure), or an item that names no office yet.
  CHECK_FALSE(has(cues_at(lead + "The Bishkek office thanked the judges.\n", 1), "other structures"));
  CHECK_FALSE(has(cues_at(lead + "Judges from Moldova and the Mission to Moldova took part.\n", 1), "other structures"));
  CHECK_FALSE(has(cues_at("Judges met on 3 July.\nThe Centre in Ashgabat held a course.\n", 1), "other structures"));
  // News names Minsk and Donetsk for other reasons than the offices there.
  CHECK_FALSE(has(cues_at(lead + "The talks in Minsk and Donetsk went on.\n", 1), "other structures"));
}

TEST_CASE("split: a lone line over the page's first item goes with it", "[split]") {
  // The site's name over an article's headline and date line: one item, the
  // headline its title.
  const std::string article =
      "Centre for Balkan Studies\n\nOSCE Secretary General calls on leaders to cease divisive rhetoric\n\n"
      "November 24, 2021\nThe Secretary General met the members of the Presidency in Sarajevo on Tuesday and urged "
      "them to decrease tensions.\nShe also stressed the need for electoral reform, as citizens lose faith in "
      "elections.\n";
  const auto one = osce::segment(article, {});
  REQUIRE(one.items.size() == 1);
  CHECK(one.items[0].begin == 0);
  CHECK(one.items[0].title == "OSCE Secretary General calls on leaders to cease divisive rhetoric");
  CHECK(one.items[0].date == "2021-11-24");
  // A page's heading over cards: the first card's, not an item of one line.
  const std::string cards =
      "Eastern Europe\nOSCE Mission to Moldova\nThe Mission started its work in Chisinau on 25 April 1993 and "
      "facilitates the Transdniestrian settlement process.\nOSCE Project Co-ordinator in Ukraine\nThe Project "
      "Co-ordinator was established on 1 June 1999 and helps Ukraine meet its OSCE commitments.\n";
  const auto two = osce::segment(cards, {});
  REQUIRE(two.items.size() == 2);
  CHECK(two.items[0].begin == 0);
  CHECK(two.items[0].title == "OSCE Mission to Moldova");
  // A site's name alone between blank lines, its words taken up by the
  // title under it, is no entry when it is the page's only one.
  const auto site = osce::segment(
      "Researches about Ukraine\n\nLatest from the Special Monitoring Mission to Ukraine, based on information "
      "received as of 19:30, 24 May 2016\n\nThe Mission observed an increased level of violence in Donetsk and "
      "Luhansk regions as compared with the previous reporting period.\n",
      {});
  REQUIRE_FALSE(site.items.empty());
  CHECK(site.items[0].begin == 0);
  CHECK(site.items[0].title.starts_with("Latest from the Special Monitoring Mission"));
  // A document's or an entry's name is no label: "(ODIHR)", "(2018)" name what follows.
  CHECK(item_texts("Office for Democratic Institutions and Human Rights (ODIHR)\nBISHKEK, 4 March 2021 - ODIHR "
                   "today opened an election observation mission.\n")
            .size() == 2);
}

TEST_CASE("split: an entry of a numbered list is no headline", "[split]") {
  // A page of two headlined items; the second item's numbered paragraphs
  // have a headline's shape but are its list.
  const std::string page =
      "Chairperson visits the Mission in Skopje\n"
      "The Chairperson met the Head of Mission and the staff of its office in Skopje on Monday.\n"
      "Permanent Council meets in Vienna for its last session\n"
      "The Council met in Vienna for the last time this year and heard the reports of two committees.\n"
      "2. Chairperson: Ambassador Ilir Hasani of North Macedonia\n"
      "Prior to the agenda, Ambassador Hasani offered condolences on the passing of a former President of "
      "Switzerland.\n";
  CHECK(item_texts(page).size() == 2);
}

TEST_CASE("split: a line that ends in ')' with no '(' is read safely", "[split]") {
  // ends_with_sources looked before an opening bracket it had not found (the
  // fuzzer's find, under UndefinedBehaviorSanitizer).
  CHECK(item_texts("Results of the vote 2)\nThe Council adopted the decision.\n").size() == 1);
  CHECK(item_texts("abcdef)\n").size() == 1);
}

TEST_CASE("split: a date under a head of lines is the head's", "[split]") {
  // A statement's head: its title, the speaker, where and when. No line of it
  // is a sentence, so no item ends in it.
  const std::string statement =
      "Statement on the report of the Head of the OSCE Mission to Moldova\n\n"
      "Ambassador Jane Roe, Permanent Representative to the OSCE (Photo: USOSCE)\n\n"
      "As delivered by Ambassador Jane Roe\nto the Permanent Council, Vienna\nThursday 5 March 2020\n\n"
      "Mr. Chairperson,\nWe thank the Head of Mission for his report on the settlement talks and on the "
      "Mission's work with the courts in Chisinau and Comrat.\n\n"
      "We welcome the Mission's support for the 5+2 format and for the bridge over the Dniester.\n";
  osce::SplitOptions opt;
  opt.explain = true;
  const osce::Segmentation seg = osce::segment(statement, opt);
  CHECK(seg.items.size() == 1);
  const auto head_cue = [](const osce::Candidate& c) {
    return std::any_of(c.cues.begin(), c.cues.end(), [](const osce::Cue& q) { return q.name == "under a head of lines"; });
  };
  // (The date; the line over it, "to the Permanent Council, Vienna", goes on
  // with the note above it, in lower case, and is no headline over the date.)
  CHECK(std::count_if(seg.candidates.begin(), seg.candidates.end(), head_cue) == 1);
  CHECK(has_cue_at(statement, "to the Permanent Council", "lowercase start"));
  // After a sentence, a date line begins the next item as before.
  const std::string listing =
      "Mission trains judges in Comrat\n\nThe Mission trained twenty judges on the rights of the defence.\n\n"
      "12 March 2020\n\nMission opens a bridge over the Dniester\n\nThe bridge links two banks of the river.\n";
  CHECK(item_texts(listing).size() == 2);
}

TEST_CASE("split: a card's title under the last card's list is no head of lines", "[split]") {
  // Title, date line, a list of what the bulletin holds; then the next
  // bulletin's title and date. The lines between the two dates are short and
  // none is prose, but the list's entries are the first card's text.
  const std::string page =
      "Mission Bulletin 24\n\n18 March 2016\n\n- Head of Mission visits the north\n- Police academy graduates "
      "cadets\n\nMission Bulletin 23\n\n4 March 2016\n\n- Schools mark Mother Language Day\n- Training for "
      "community officers\n";
  CHECK_FALSE(has_cue_at(page, "Mission Bulletin 23", "under a head of lines"));
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].title == "Mission Bulletin 23");
  CHECK(seg.items[1].date == "2016-03-04");
  // An archive's older cards have a month and its year only: a date line all
  // the same, with no date to give.
  const osce::Segmentation older =
      osce::segment(page + "\nMission Bulletin 08\n\nOctober 2000\n\n- Bureau meets\n", {});
  REQUIRE(older.items.size() == 3);
  CHECK(older.items[2].title == "Mission Bulletin 08");
  CHECK(older.items[2].date.empty());
}

// An article's worth of text with no headline of its own, for the cases of
// a second article run together with it.
const std::string kArticleWithoutHeadline =
      "Observers of the Office will hold a press conference on the opening of the observation mission on Friday.\n"
      "The mission is led by an ambassador and consists of a core team of fifteen experts based in the capital, "
      "who will be joined by thirty long-term observers deployed throughout the country from next week.\n"
      "The mission will assess the conduct of the elections for their compliance with the commitments and other "
      "international obligations and standards, as well as with national legislation, and will publish an interim "
      "report two weeks before election day.\n"
      "Meetings with representatives of national authorities and political parties, the judiciary, civil society "
      "and the media form an integral part of the observation.\n";

TEST_CASE("split: a headline between two paragraphs after an article's worth of text heads an item", "[split]") {
  // Two articles run together, the first with no headline of its own.
  const std::string& article = kArticleWithoutHeadline;
  const std::string page = article +
                           "Chairman interested in presidential elections in Kyrgyzstan\n"
                           "The Chairman will visit Bishkek on 12 June, the Foreign Ministry told a press conference.\n";
  CHECK(has_cue_at(page, "Chairman interested", "a headline between paragraphs"));
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].title == "Chairman interested in presidential elections in Kyrgyzstan");
  // So over its deck, the sentence with no full stop a site prints between
  // the headline and the lead.
  const std::string decked = article +
                             "Two years on: the war has left the Organization in peril\n"
                             "Despite its many problems, the Organization is worthy of saving and of reinvestment\n"
                             "As the war heads into its third year, the security order of the continent remains "
                             "deeply unsettled.\n";
  CHECK(has_cue_at(decked, "Two years on", "a headline between paragraphs"));
  CHECK(osce::segment(decked, {}).items.size() == 2);
  // Over a quotation or a continuation, a line that looks so is the site's,
  // or a section's; under a short opening it is a subheading (see "a page of
  // headlined items, without datelines"): no cue.
  const std::string quoted = article +
                             "Register now for free unlimited access to the Agency site\n"
                             "\"The growing use of inflammatory rhetoric is a danger to the region,\" the Mission said.\n";
  CHECK_FALSE(has_cue_at(quoted, "Register now", "a headline between paragraphs"));
  const std::string continued = article +
                                "Chairman interested in presidential elections in Kyrgyzstan\n"
                                "He will visit Bishkek on 12 June, the Foreign Ministry told a press conference.\n";
  CHECK_FALSE(has_cue_at(continued, "Chairman interested", "a headline between paragraphs"));
  const std::string short_opening =
      "Observers of the Office will hold a press conference on Friday.\n"
      "Chairman interested in presidential elections in Kyrgyzstan\n"
      "The Chairman will visit Bishkek on 12 June, the Foreign Ministry told a press conference.\n";
  CHECK_FALSE(has_cue_at(short_opening, "Chairman interested", "a headline between paragraphs"));
  // A headline of eight words or more weighs as a page's headline: it parts
  // an article from the next on its subject, whose words the two share; a
  // shorter one, which a section's heading may be, leaves them their say.
  const std::string lead =
      "\nThe long-term observers presented their interim report on the conduct of the elections to the media in "
      "the capital today.\n";
  CHECK(osce::segment(article + "Observers present interim report on the elections in Ruritania to the press" + lead,
                      {})
            .items.size() == 2);
  CHECK(osce::segment(article + "Observers present interim report in Ruritania" + lead, {}).items.size() == 1);
  // In a speech, such a line heads one of its sections.
  const std::string speech = "Dear media representatives,\n" + article +
                             "Thirty Years of Impact: From Recovery to Democratic Institutions\n"
                             "Over the past thirty years, the Mission has supported some of the most lasting reforms "
                             "in the country.\n";
  CHECK_FALSE(has_cue_at(speech, "Thirty Years", "a headline between paragraphs"));
  CHECK(osce::segment(speech, {}).items.size() == 1);
  // Unless another speech opens under it.
  const std::string two = "Dear media representatives,\n" + article +
                          "Response to the Report by the High Commissioner: Statement to the Council\n"
                          "High Commissioner Thors, we warmly welcome you back to the Permanent Council, and thank "
                          "you for the comprehensive report.\n";
  CHECK(has_cue_at(two, "Response to the Report", "a statement's title"));
  // Nor over a report of what happened on a date: a news lead, under a
  // speech its page cut before the close. (A heading over the speaker's
  // own words stays a section of the speech.)
  const std::string news = "Dear media representatives,\n" + article +
                           "Representative on Freedom of the Media concludes visit to Ruritania\n"
                           "From 29 June to 1 July 2022, the Representative conducted her first official visit to "
                           "the country.\n";
  CHECK(has_cue_at(news, "Representative on Freedom", "a headline between paragraphs"));
  CHECK(osce::segment(news, {}).items.size() == 2);
}

TEST_CASE("split: a date line under a paragraph that ends in its source and date", "[split]") {
  const std::string above =
      "OSCE observers claim violations at presidential elections\n"
      "The elections were held with violations that indicate the need to continue democratic reforms, the "
      "observers said at a press conference \xE2\x80\xA6 RIA Novosti, 25.10.2021\n";
  const std::string next = "date 2023-07-12 News Central Asia (nCa)\n"
                           "The early presidential election was technically well prepared, the head of the "
                           "observation mission said at a press conference in Tashkent.\n";
  CHECK(has_cue_at(above + next, "date 2023", "date line"));
  // Under a short line of a date, a date line is one of a list of dates.
  const std::string dates = above + "12 May 2021\n" + next;
  CHECK_FALSE(has_cue_at(dates, "date 2023", "date line"));
}

TEST_CASE("split: an item a headline between paragraphs began is a headed item", "[split]") {
  const std::string& article = kArticleWithoutHeadline;
  const std::string later = "The High Commissioner on National Minorities (HCNM) met the Ombudsman of Kyrgyzstan in "
                            "Bishkek to discuss the teaching of minority languages in schools.\n";
  // Its paragraphs are its own: one that names someone new goes on with it.
  const std::string headline = "Chairman interested in presidential elections in Kyrgyzstan next year\n";
  const std::string lead = "The Chairman will visit Bishkek on 12 June, the Foreign Ministry told a press "
                           "conference.\n";
  const std::string page = article + headline + lead + later;
  REQUIRE(has_cue_at(page, "Chairman interested", "a headline between paragraphs"));
  CHECK(has_cue_at(page, "The High Commissioner", "in a headed item"));
  CHECK(osce::segment(page, {}).items.size() == 2);
  // A card's name says nothing: the paragraph under it is the whole card.
  const std::string card = article + "Office of Internal Oversight Border Security and Management Unit\n" +
                           "The Unit's mission is to establish co-operation in addressing key issues of the region.\n" +
                           later;
  CHECK_FALSE(has_cue_at(card, "The High Commissioner", "in a headed item"));
}

TEST_CASE("split: a headline between paragraphs over a lead that opens with a frame naming its occasion",
          "[split]") {
  const std::string article =
      "Observers of the Office will hold a press conference on the opening of the observation mission on Friday.\n"
      "The mission is led by an ambassador and consists of a core team of fifteen experts based in the capital, "
      "who will be joined by thirty long-term observers deployed throughout the country from next week.\n"
      "The mission will assess the conduct of the elections for their compliance with the commitments and other "
      "international obligations and standards, and will publish an interim report before election day.\n"
      "Meetings with representatives of national authorities and political parties, the judiciary, civil society "
      "and the media form an integral part of the observation.\n";
  // "As part of ..." goes on from what stands above as a rule; one that
  // names its occasion afresh may open the lead under a headline.
  const std::string framed = article +
                             "Foreign ministers reaffirm support for talks on Ruritania\n"
                             "As part of the 12th Ministerial Council in Valletta, the ministers adopted a statement "
                             "on the conflict.\n";
  CHECK(has_cue_at(framed, "Foreign ministers", "a headline between paragraphs"));
  CHECK(osce::segment(framed, {}).items.size() == 2);
  // One that refers back heads a section of the article above.
  const std::string referring = article +
                                "Foreign ministers reaffirm support for talks on Ruritania\n"
                                "During their meeting in Valletta, the ministers adopted a statement on the "
                                "conflict.\n";
  CHECK_FALSE(has_cue_at(referring, "Foreign ministers", "a headline between paragraphs"));
  CHECK(osce::segment(referring, {}).items.size() == 1);
}

TEST_CASE("split: a paragraph whose subject is a title the item named, bare, goes on with it", "[split]") {
  // A lead introduces its people in full; the next paragraph takes them up
  // by their title alone, reporting a dated event as a lead would.
  const std::string page =
      "The Co-Chairs of the OSCE Minsk Group issued a statement on Friday on their visit to the region last "
      "week.\n\n"
      "The Co-Chairs met with Prime Minister Ana Petrova in Yerevan on 15 October and with President Ivan Horvat "
      "in Baku on 17 October, and held consultations with the Foreign Ministers.\n";
  CHECK(has_cue_at(page, "The Co-Chairs met", "takes up a title named above"));
  CHECK(osce::segment(page, {}).items.size() == 1);
  // A title the item did not name is no one taken up.
  const std::string other =
      "The Mission opened a legal aid office in Skopje on Friday, the Head of Mission said at the ceremony.\n\n"
      "The Co-Chairs met with Prime Minister Ana Petrova in Yerevan on 15 October and with President Ivan Horvat "
      "in Baku on 17 October, and held consultations with the Foreign Ministers.\n";
  CHECK_FALSE(has_cue_at(other, "The Co-Chairs met", "takes up a title named above"));
  // Under its own title, a text takes up the title, not the item above.
  const std::string titled =
      "The Mission briefed the Chairpersonship on Friday on its work in the region, the Head of Mission said.\n\n"
      "Chairpersonship\n\n"
      "The Chairpersonship is one of the Organization's two main decision-making bodies, held by a State for a "
      "year.\n";
  CHECK_FALSE(has_cue_at(titled, "The Chairpersonship is", "takes up a title named above"));
}

TEST_CASE("split: the paragraph under an item's byline and lead is the short item's", "[split]") {
  // An item that opens with its byline is an item, as one opened by its
  // date line is: its lead alone is short of an item, and the second
  // paragraph that spells out an abbreviation goes on with it.
  const std::string page =
      "By Jane Roe\n\n"
      "The OSCE Minsk Group has issued a statement on the visit of its co-chairs to the region last week.\n\n"
      "The co-chairs, together with the Personal Representative of the Chairperson-in-Office (PRCIO), visited "
      "the region from 14 to 17 October.\n";
  CHECK(has_cue_at(page, "The co-chairs, together", "short item so far"));
}

TEST_CASE("split: a headline that names its speaker, over a Balkan date line, begins its item", "[split]") {
  // "Name: what they said" over "26. Oct 2021.": a headline over its date,
  // no footer's label of the item above; the day's period is no list's
  // number.
  const std::string page =
      "The Committee elected its officers for the coming year, among them a Vice-Chair and a Rapporteur.\n"
      "Selakovic: Partnership co-operation between the country and the Organization\n\n"
      "26. Oct 2021.\n"
      "The Minister of Foreign Affairs talked today at the Annual Meeting of the Heads of Missions in the region.\n";
  CHECK_FALSE(has_cue_at(page, "Selakovic", "the item's footer"));
  CHECK_FALSE(has_cue_at(page, "26. Oct", "opens a list"));
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == page.find("Selakovic"));
  CHECK(seg.items[1].date == "2021-10-26");
  // A source's label over the next item's date is the item above's footer.
  CHECK(has_cue_at("The Committee elected its officers for the coming year, among them a Rapporteur.\n"
                   "Source: OSCE\n26. Oct 2021.\nThe Minister talked today at the Annual Meeting of the Heads.\n",
                   "Source", "the item's footer"));
}

TEST_CASE("split: an aggregator's date key over the headline begins the item it dates", "[split]") {
  // "date 2025-03-15 Submit Release" is the line the aggregator prints over
  // each item it copies: the item begins there, not at the headline under it.
  const std::string page =
      "The Assembly joined the International Coalition for the Return of Ukrainian Children this week, its "
      "President said.\n"
      " date 2025-03-15 Submit Release\n"
      "OSCE Mission to BiH condemns all forms of violence\n\n"
      "SARAJEVO, 15 March 2025 \xE2\x80\x94 The OSCE Mission to Bosnia and Herzegovina condemns all forms of "
      "violence.\n";
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == page.find("date 2025"));
  // The key over the release's dateline and lead, on one line: the unit
  // opens with that dateline, and the paragraph under it is no date's.
  const std::string lead =
      "The Assembly joined the International Coalition for the Return of Ukrainian Children this week, its "
      "President said.\n"
      " date 2025-08-13 CHISINAU, 13 August 2025 \xE2\x80\x93 Observers from ODIHR will hold a press conference on "
      "the opening of the observation mission on Friday 15 August.\n"
      "The mission is led by an ambassador and consists of a core team of experts based in the capital.\n";
  const osce::Segmentation keyed = osce::segment(lead, {});
  REQUIRE(keyed.items.size() == 2);
  CHECK(keyed.items[1].place == "CHISINAU");
  CHECK(keyed.items[1].date == "2025-08-13");
  CHECK_FALSE(has_cue_at(lead, "date 2025-08-13", "lowercase start"));  // (the key's, not a sentence's)
  // The key over a lead of no dateline, a sentence that lost its full stop:
  // the key opens the item, as over a headline.
  const std::string plain =
      "Serbia strives to focus on economic co-operation through the regional initiative, the Minister said.\n"
      " date 2023-05-25 The Chairperson-in-Office said at a joint press conference on Thursday that dialogue is an "
      "efficient tool, as the example of the region shows, and that the Organization supports the reform processes\n"
      "His counterpart assessed that relations between the two countries are improving.\n";
  CHECK(has_cue_at(plain, "date 2023-05-25", "a date key over its lead"));
  REQUIRE(osce::segment(plain, {}).items.size() == 2);
  CHECK(osce::segment(plain, {}).items[1].begin == plain.find("date 2023"));
  CHECK(osce::segment(plain, {}).items[1].date == "2023-05-25");
  // Under a speech that never closed, the key opens an item as a dateline
  // does: no "in a speech" against it.
  const std::string speech =
      "Madam Chair,\nWe welcome the Head of Mission back to the Permanent Council and thank her for the report.\n"
      "The Mission's work on education reform deserves our support, and we will continue to give it.\n";
  const std::string keyed_lead =
      " date 2023-01-04 Foreign Affairs Minister, Bujar Osmani, held a thematic briefing today at which he presented "
      "the priorities of the chairmanship.\n";
  CHECK_FALSE(has_cue_at(speech + keyed_lead, "date 2023-01-04", "in a speech"));
  CHECK(second_of_two(speech + keyed_lead).starts_with("date 2023-01-04"));
  // A sentence that opens in lower case is no key's.
  CHECK(has_cue_at("The Minister spoke at the press conference in the capital on Thursday.\n"
                   "dates of the next round of talks are to be agreed by the two sides.\n",
                   "dates of", "lowercase start"));
  // A distributor's key line, its date first: a date line, whose day and
  // month may stay undecided, under the site's name.
  const std::string distributed =
      "The detailed programme of the Chairpersonship will be presented in January 2025, the Ministry said.\n"
      "Government of Finland\n\n"
      "12/04/2025 | Press release | Distributed by Public on 12/04/2025 05:41\n\n"
      "Opening remarks by Minister Elina Valtonen at the OSCE Ministerial Council\n\n"
      "Opening remarks by the Chairperson-in-Office at the OSCE Ministerial Council in Vienna.\n";
  const osce::Segmentation government = osce::segment(distributed, {});
  REQUIRE(government.items.size() == 2);
  CHECK(government.items[1].begin == distributed.find("Government of Finland"));
}

TEST_CASE("split: a media advisory's background after its practical lines comes back to its lead", "[split]") {
  // The lead, the practical paragraphs (a live stream's address, an e-mail
  // to register), then the background, which shares the lead's words.
  const std::string advisory =
      "VIENNA, 20 January 2025 \xE2\x80\x94 The OSCE Chairperson-in-Office, Finland's Foreign Minister Elina "
      "Valtonen, will present the programme of the 2025 Chairpersonship of Finland to the Permanent Council at the "
      "Hofburg on Thursday, 23 January.\n\n"
      "Journalists are invited to cover the speech as part of a pool starting at 11:30 on Thursday, 23 January. The "
      "remarks will also be livestreamed on https://www.osce.org/live.\n\n"
      "To attend in person, please register by 12:00 on 22 January by sending an email to press@osce.org with your "
      "name, outlet and position.\n\n"
      "Finland took over the Chairpersonship from Malta on 1 January 2025. Chairperson-in-Office Valtonen will "
      "outline the programme of Finland for the 2025 Chairpersonship, with a focus on upholding the principles.\n";
  CHECK(has_cue_at(advisory, "Finland took over", "returns to the item's lead"));
  CHECK(osce::segment(advisory, {}).items.size() == 1);
  // After a contact, a paragraph on another topic is no return.
  const std::string other = advisory.substr(0, advisory.find("Finland took over")) +
                            "Twenty border guards from Tajikistan completed a course on patrol leadership in Dushanbe "
                            "on 12 July 2023, organized by the Border Management Staff College.\n";
  CHECK_FALSE(has_cue_at(other, "Twenty border guards", "returns to the item's lead"));
}

TEST_CASE("split: another script begins another item, a speech's end among them", "[split]") {
  // A delegation's statement, never closed, then a Russian site's item:
  // the speech held every paragraph under it.
  const std::string page =
      "Madame Chair,\nIt is a pleasure to again welcome the High Commissioner to the Permanent Council.\n"
      "We thank him for his comprehensive report, which displays the broad scope of activities undertaken by his "
      "Office in the past year.\n"
      "\xD0\x9E\xD0\x91\xD0\xA1\xD0\x95 \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD0\xBE\xD0\xB5\xD1\x82 "
      "\xD0\xBC\xD0\xB8\xD1\x81\xD1\x81\xD0\xB8\xD1\x8E \xD0\xBD\xD0\xB0 "
      "\xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD0\xB8\xD0\xBD\xD0\xB5\n"  // ОБСЕ закроет миссию на Украине
      "\xD0\x9E\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F "
      "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBD\xD1\x8F\xD0\xBB\xD0\xB0 \xD1\x80\xD0\xB5\xD1\x88\xD0\xB5\xD0\xBD"
      "\xD0\xB8\xD0\xB5 \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82\xD1\x8C \xD0\xBC\xD0\xB8\xD1\x81"
      "\xD1\x81\xD0\xB8\xD1\x8E.\n";  // Организация приняла решение закрыть миссию.
  CHECK(has_cue_at(page, "\xD0\x9E\xD0\x91\xD0\xA1\xD0\x95", "another script"));
  REQUIRE(osce::segment(page, {}).items.size() == 2);
  // A site's foot in both scripts, its address in Latin letters, is no
  // other script's text.
  const std::string foot =
      "\xD0\x9E\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F "
      "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBD\xD1\x8F\xD0\xBB\xD0\xB0 \xD1\x80\xD0\xB5\xD1\x88\xD0\xB5\xD0\xBD"
      "\xD0\xB8\xD0\xB5.\n"
      "\xD0\x91\xD0\xBE\xD0\xBB\xD1\x8C\xD1\x88\xD0\xB5 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82"
      "\xD0\xB5\xD0\xB9 \xD0\xBD\xD0\xB0 Vladikavkaz-news.net\n";  // Больше новостей на ...
  CHECK_FALSE(has_cue_at(foot, "\xD0\x91\xD0\xBE", "another script"));
  // A quotation opens the item, under a quotation that closed the one above:
  // their first bytes are alike, their letters are not.
  const std::string quoted =
      "\"A police service that is trusted by all parts of the population is crucial,\" said the Adviser.\n"
      "\"\xD0\xAF\xD0\xBA\xD1\x89\xD0\xBE \xD0\xB2\xD0\xB8 \xD0\xBF\xD0\xBE\xD0\xB1\xD0\xB0\xD1\x87"
      "\xD0\xB8\xD1\x82\xD0\xB5 \xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD0\xBC\xD0\xBE\xD0\xB1\xD1\x96"
      "\xD0\xBB\xD1\x96\", - \xD0\xB9\xD0\xB4\xD0\xB5\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F.\n";  // "Якщо ви побачите автомобілі", - йдеться.
  CHECK(has_cue_at(quoted, "\"\xD0\xAF", "another script"));
  // And the other way: Latin under a Cyrillic quotation.
  const std::string back = "\"\xD0\xAF\xD0\xBA\xD1\x89\xD0\xBE \xD0\xB2\xD0\xB8 \xD0\xBF\xD0\xBE\xD0\xB1\xD0\xB0"
                           "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB5 \xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD0\xBC\xD0\xBE"
                           "\xD0\xB1\xD1\x96\xD0\xBB\xD1\x96.\"\n"
                           "The Permanent Council convened in Vienna to discuss developments in the region.\n";
  CHECK(has_cue_at(back, "The Permanent", "another script"));
}

TEST_CASE("split: the labels of an office's own page and of its sections", "[split]") {
  CHECK(osce::is_about_page_label("About us"));
  CHECK(osce::is_about_page_label("OUR WORK"));
  CHECK_FALSE(osce::is_about_page_label("About us and our partners"));
  CHECK(osce::is_office_page_section("History and mandate"));
  CHECK(osce::is_office_page_section("figures"));
  // An article's section heading, a site's list of news: no office page's.
  CHECK_FALSE(osce::is_office_page_section("Background"));
  CHECK_FALSE(osce::is_office_page_section("News"));
  CHECK_FALSE(osce::is_office_page_section("Overviews"));
}

TEST_CASE("split: the text under a section of an office's page goes on with the page", "[split]") {
  // "History and mandate" over a line and a paragraph that bring new names
  // and words: a section of the page, not another page.
  const std::string page =
      "The Programme Office has its headquarters in the capital and a field office in the south of the country.\n"
      "Leadership\n"
      "Head of the Programme Office\n"
      "History and mandate\n"
      "Established in 1998 by the Permanent Council\n"
      "The first OSCE presence in Kyrgyzstan was the OSCE Centre in Bishkek, established by the Permanent Council "
      "on 23 July 1998 to promote the implementation of OSCE principles and commitments.\n";
  CHECK(has_cue_at(page, "Established in 1998", "under a page's section label"));
  for (const osce::Item& item : osce::segment(page, {}).items) CHECK(item.begin != page.find("Established"));
  // A site's "News" over its first teaser is no section of a page: the
  // teaser may begin an item (a real page's list of news does).
  const std::string news = "The Programme Office has its headquarters in the capital and a field office.\n"
                           "More Information\n"
                           "News\n"
                           "Kyrgyzstan and Tajikistan have agreed to pull back some forces from their shared "
                           "frontier, Interfax news agency said.\n";
  CHECK_FALSE(has_cue_at(news, "Kyrgyzstan and", "under a page's section label"));
}

TEST_CASE("split: the text under a numbered section's heading goes on with the document", "[split]") {
  // A mission's survey numbers its sections; a dated sentence under one is
  // the section's, not a news lead.
  const std::string page =
      "2. Tasks\n"
      "The Office has been given the task to assist the Government in promoting institution building and in "
      "consolidating the rule of law.\n"
      "3. Deployment\n"
      "The first Head of the Office started work in the capital on 10 February 2003.\n"
      "4. Duration\n"
      "This mandate initially applied until 31 December 2003.\n";
  CHECK(has_cue_at(page, "The first Head", "under a numbered heading"));
  CHECK(has_cue_at(page, "This mandate", "under a numbered heading"));
  CHECK(osce::segment(page, {}).items.size() == 1);
  // A numbered entry that is a sentence heads nothing.
  CHECK_FALSE(has_cue_at("3. The Office was deployed to the capital.\nThe first Head of the Office started work in "
                         "the capital on 10 February 2003.\n",
                         "The first Head", "under a numbered heading"));
}

TEST_CASE("split: a statement's title over its summary and the title again begins the statement", "[split]") {
  // The United States Mission's pages: the title, a sentence that sums the
  // statement up, the title again (it may name more), the delivery note.
  const std::string above =
      "The Ministry of Foreign Affairs and the Mission agreed to continue their co-operation in the coming year.\n";
  const std::string statement =
      "Response to the Report by the Head of the Mission to Ruritania\n\n"
      "The Mission to Ruritania remains an indispensable element of this Organization's work in the region.\n\n"
      "Response to the Report of the Head of the Mission to Ruritania, Ambassador Jane Roe\n\n"
      "As delivered by Ambassador John Doe\n"
      "to the Permanent Council, Vienna\n"
      "June 22, 2023\n\n"
      "Ambassador Roe, welcome back to the Permanent Council and thank you for your thorough report.\n";
  const std::string page = above + statement;
  CHECK(has_cue_at(page, "Response to the Report by", "a statement's title over its delivery note"));
  CHECK(has_cue_at(page, "Response to the Report of", "its title again"));
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == above.size());
  // A photo's caption in the summary's place, ending in its credit rather than a stop.
  std::string captioned = statement;
  const std::string summary =
      "The Mission to Ruritania remains an indispensable element of this Organization's work in the region.";
  captioned.replace(captioned.find(summary), summary.size(),
                    "The Mission to Ruritania helps the host State implement its commitments.(OSCE/Jan Novak)");
  CHECK(has_cue_at(above + captioned, "Response to the Report by", "a statement's title over its delivery note"));
  // Another title over the summary is no copy: "Statement on ..." names none of it.
  CHECK_FALSE(has_cue_at(above + "Statement on the Chairmanship's priorities for the year\n\n"
                                 "The Mission to Ruritania remains an indispensable element of this Organization.\n\n"
                                 "Response to the Report of the Head of the Mission to Ruritania\n\n"
                                 "As delivered by Ambassador John Doe\n",
                         "Statement on", "a statement's title over its delivery note"));
}

TEST_CASE("split: a line under one that breaks off mid-sentence goes on with it", "[split]") {
  // A text broken into lines at a fixed width: a line may open with a
  // capital, and the one above end on a word that links others or a comma.
  const std::string page =
      "This week was the first Permanent Council week after four weeks of summer recess. Meetings of the\n"
      "Permanent Council, the Advisory Committee for\n"
      "Management and Finance, and the Mediterranean Contact Group took place in Vienna,\n"
      "Austria, during the week of the recess.\n";
  CHECK(has_cue_at(page, "Management and", "the line above breaks off"));
  CHECK(has_cue_at(page, "Permanent Council, the", "the line above breaks off"));
  CHECK(has_cue_at(page, "Austria", "the line above breaks off"));
  CHECK(osce::segment(page, {}).items.size() == 1);
  // A headline ends on a name, not on "of": no cue under it.
  CHECK_FALSE(has_cue_at("The Chairman will visit Bishkek on 12 June, the Foreign Ministry told the press.\n"
                         "Chairman interested in presidential elections in Kyrgyzstan\n"
                         "The Chairman will visit Bishkek on 12 June, the Foreign Ministry said.\n",
                         "The Chairman will visit Bishkek on 12 June, the Foreign Ministry said",
                         "the line above breaks off"));
  // Nor across a blank line: a paragraph of its own.
  CHECK_FALSE(has_cue_at("Meetings of the Permanent Council, the Advisory Committee for\n\nManagement and Finance "
                         "took place.\n",
                         "Management", "the line above breaks off"));
}

TEST_CASE("split: a headline whose lead spells out a name heads an article on the same subject", "[split]") {
  // Two articles on one subject: the second's headline shares the first's
  // names and words, which weigh against it; its lead introduces the
  // subject in full, as an article does.
  const std::string first =
      "The Office for Democratic Institutions and Human Rights (ODIHR) today opened an election observation "
      "mission for the early parliamentary elections in Ruritania.\n"
      "The mission leader said at a news conference in the capital that the ODIHR mission will observe the legal "
      "framework, the campaign and the work of the election administration.\n"
      "The mission consists of eleven international experts based in the capital. Long-term observers will be "
      "deployed throughout Ruritania from next week, and short-term observers will follow events on election "
      "day.\n"
      "The possibility of sending the short-term observers remains dependent on developments in connection with "
      "the pandemic, including travel restrictions across the region.\n";
  const std::string headline = "Election observers of ODIHR arrive in Ruritania for the parliamentary elections\n";
  const std::string spelled = "A group of the Office for Democratic Institutions and Human Rights (ODIHR) has already "
                              "arrived in Ruritania to observe the parliamentary elections, the mission leader told "
                              "reporters in the capital.\n";
  CHECK(has_cue_at(first + headline + spelled, "Election observers", "its lead spells out a name"));
  const osce::Segmentation seg = osce::segment(first + headline + spelled, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == first.size());
  // A lead that does not spell the name out: no such cue.
  CHECK_FALSE(has_cue_at(first + headline +
                             "A group of observers has already arrived in Ruritania to observe the parliamentary "
                             "elections, the mission leader told reporters in the capital.\n",
                         "Election observers", "its lead spells out a name"));
}

TEST_CASE("split: a delivery note under the text before begins its statement", "[split]") {
  // A statement whose page left out its title: the note on who delivered
  // it, under the last sentence of the item above.
  const std::string above =
      "We appreciate the focus on strengthening the work on cyber security, and look forward to further work on "
      "this issue, as well as on countering violent extremism and radicalization that lead to terrorism.\n";
  const std::string statement = "Delivered by Ambassador Jane Roe, Permanent Representative, to the special "
                                "meeting of the Permanent Council\n"
                                "Mr. Chairperson,\n"
                                "We warmly welcome the Chairperson-in-Office to the Permanent Council and thank him "
                                "for presenting the priorities of the Chairmanship.\n";
  CHECK(has_cue_at(above + statement, "Delivered by", "a delivery note under a paragraph"));
  const osce::Segmentation seg = osce::segment(above + statement, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == above.size());
  // Under its statement's title the note is the title's: the title begins.
  const std::string titled = above + "Response to the Report by the Secretary General\n" + statement;
  CHECK_FALSE(has_cue_at(titled, "Delivered by", "a delivery note under a paragraph"));
  const osce::Segmentation with_title = osce::segment(titled, {});
  REQUIRE(with_title.items.size() == 2);
  CHECK(with_title.items[1].begin == above.size());
}

TEST_CASE("split: the label of an office's own page over its description begins that page", "[split]") {
  // An office's "About us" page under an article: the tab's label, then a
  // paragraph whose subject is the office named in full.
  const std::string article =
      "Observers of the Office will hold a press conference on the opening of the observation mission on Friday.\n"
      "The mission is led by an ambassador and consists of a core team of fifteen experts based in the capital, "
      "who will be joined by thirty long-term observers deployed throughout the country from next week.\n"
      "The mission will assess the conduct of the elections for their compliance with the commitments and other "
      "international obligations and standards, as well as with national legislation, and will publish an interim "
      "report two weeks before election day.\n"
      "Meetings with representatives of national authorities and political parties, the judiciary, civil society "
      "and the media form an integral part of the observation.\n";
  const std::string about = "About us\n"
                            "The Programme Office in Bishkek is based in the capital of Kyrgyzstan and is mandated "
                            "to develop, implement and report on activities within the comprehensive approach to "
                            "security.\n";
  CHECK(has_cue_at(article + about, "About us", "the label of an office's own page"));
  const osce::Segmentation seg = osce::segment(article + about, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == article.size());
  // An article's section heading over a paragraph on the office is no page
  // of the office's.
  const std::string background = "Background\n"
                                 "The OSCE Mission to Skopje has supported the reform of the police since 2001, "
                                 "together with the Ministry of the Interior.\n";
  CHECK_FALSE(has_cue_at(article + background, "Background", "the label of an office's own page"));
  // Nor is the label under a short opening: the office's page's own tabs.
  CHECK_FALSE(has_cue_at("The Mission supports the country in its reforms.\n" + about, "About us",
                         "the label of an office's own page"));
  // The office's page may call it by its kind alone; "Our work" is a label,
  // no sentence that goes on in the first person.
  const std::string work = "Our work\n"
                           "The Programme Office addresses key security priorities, including counter-terrorism and "
                           "border management.\n";
  CHECK(has_cue_at(article + work, "Our work", "the label of an office's own page"));
  CHECK_FALSE(has_cue_at(article + work, "Our work", "continuation"));
  CHECK(osce::segment(article + work, {}).items.size() == 2);
  // Nor over a paragraph whose subject is no office: "The Programme" alone names none.
  CHECK_FALSE(has_cue_at(article + "About us\nThe Programme addresses key security priorities in the country.\n",
                         "About us", "the label of an office's own page"));
}

TEST_CASE("split: another language in the same script begins another item", "[split]") {
  // An Italian agency's wire under an English release: the same letters,
  // other words. The release's last paragraph and the wire share no word,
  // and neither has anything else to say for a boundary.
  const std::string release =
      "The OSCE Mission welcomed the adoption of the new law on the judiciary by the parliament, which brings the "
      "rules on the appointment of judges closer to European standards.\n"
      "The Mission has supported the reform of the judiciary since 2018, together with the Ministry of Justice "
      "and the association of judges.\n"
      "The Mission will continue to follow the implementation of the law closely.\n";
  const std::string page = release +
                           "Iniziano i lavori della missione in Ucraina: in un primo momento gli osservatori "
                           "saranno dislocati nelle regioni del sud e dell'est del paese.\n";
  CHECK(has_cue_at(page, "Iniziano", "another language"));
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == page.find("Iniziano"));
  // The same language goes on: an Italian paragraph under an Italian one.
  const std::string italian =
      "Gli osservatori della missione sono arrivati nella capitale e hanno incontrato i rappresentanti del "
      "governo.\n"
      "Iniziano i lavori della missione in Ucraina: in un primo momento gli osservatori saranno dislocati nelle "
      "regioni del sud e dell'est del paese.\n";
  CHECK_FALSE(has_cue_at(italian, "Iniziano", "another language"));
  // A line of a few words tells no language: "Quantcast" under the release.
  CHECK_FALSE(has_cue_at(release + "Quantcast\n", "Quantcast", "another language"));
  // The paragraph under such a line is weighed against the one above it: a
  // tag page's slug between them.
  const std::string slugged = release + "elezioni-ucraina\n" +
                              "Iniziano i lavori della missione in Ucraina: in un primo momento gli osservatori "
                              "saranno dislocati nelle regioni del sud e dell'est del paese.\n";
  CHECK(has_cue_at(slugged, "Iniziano", "another language"));
}

TEST_CASE("split: a section's label over a headline heads the item with it", "[split]") {
  // "Гарячі новини" ("Hot news") began the item, in another script than
  // the item above; the headline under it is the same item's.
  const std::string page =
      "We once again condemn the war of aggression and call on all participating States to support Ukraine.\n"
      "\xD0\x93\xD0\xB0\xD1\x80\xD1\x8F\xD1\x87\xD1\x96 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB8\n\n"
      "\xD0\x9C\xD0\xB8\xD1\x81\xD1\x81\xD0\xB8\xD1\x8F \xD0\x9E\xD0\x91\xD0\xA1\xD0\x95 "
      "\xD1\x82\xD1\x80\xD0\xB5\xD0\xB1\xD1\x83\xD0\xB5\xD1\x82 \xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD1\x83"
      "\xD0\xBF\xD0\xB0\n\n"  // Миссия ОБСЕ требует доступа
      "\xD0\x9E\xD1\x80\xD0\xB3\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB7\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F "
      "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB7\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB5\xD1\x82 \xD1\x81\xD1\x82\xD0\xBE"
      "\xD1\x80\xD0\xBE\xD0\xBD\xD1\x8B \xD0\xBE\xD0\xB1\xD0\xB5\xD1\x81\xD0\xBF\xD0\xB5\xD1\x87\xD0\xB8"
      "\xD1\x82\xD1\x8C \xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD1\x83\xD0\xBF.\n";  // Организация призывает стороны обеспечить доступ.
  CHECK(has_cue_at(page, "\xD0\x9C\xD0\xB8\xD1\x81", "under its label"));
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == page.find("\xD0\x93\xD0\xB0"));
  // A label right over an item's start, under a sentence, goes with it.
  const std::string above =
      "The Co-Chairs remain actively engaged with the parties, the statement published on the website said.\n"
      "Speech\n\n"
      "High Commissioner welcomes the new law on languages\n\n"
      "VIENNA, 12 May 2024 - The High Commissioner on National Minorities welcomed the adoption of the law.\n";
  const osce::Segmentation moved = osce::segment(above, {});
  REQUIRE(moved.items.size() == 2);
  CHECK(moved.items[1].begin == above.find("Speech"));
  // In small letters too: a label opens no sentence's continuation. (Where
  // the headline under it scores too little to move the item up to it.)
  const std::string small =
      "The OSCE Council of Ministers has decided to close the Minsk Group: the Secretary General confirmed this "
      "on Thursday\n"
      "The OSCE Council of Ministers has decided to close the Minsk Group: the Secretary General confirmed this "
      "on Thursday.\n"
      "I congratulate Armenia and Azerbaijan on this concrete step towards peace and stability in the region, "
      "which is evidence of the effectiveness of diplomacy.\n"
      "news content\n\n\n"
      "OSCE Chairman-in-Office to visit Azerbaijan as part of tour of South Caucasus countries\n\n"
      "The Minister of Foreign Affairs of North Macedonia, who is also the current Chairman-in-Office of the "
      "Organization for Security and Cooperation in Europe (OSCE), will visit Azerbaijan as part of a tour of "
      "the South Caucasus.\n";
  const osce::Segmentation labelled = osce::segment(small, {});
  REQUIRE(labelled.items.size() == 2);
  CHECK(labelled.items[1].begin == small.find("news content"));
  // A teaser's link glued before the next teaser is no label ("Read More»").
  const std::string link =
      "The Assembly is neither genuine nor inclusive of the views of the people.\nRead More\xC2\xBB\n"
      "Another Statement on the Human Rights Violations in the Region\n\n"
      "VIENNA, 12 May 2024 - The United States delivered the statement at the Council today.\n";
  const osce::Segmentation teasers = osce::segment(link, {});
  REQUIRE(teasers.items.size() == 2);
  CHECK(teasers.items[1].begin == link.find("Another Statement"));
  // An office's name in brackets, or a name of the taxonomy, is a card's
  // or an entry's, no section's label.
  CHECK_FALSE(has_cue_at("Text of the item above ends here with a sentence.\nSecretariat (CPC)\n\n"
                         "Court of Conciliation and Arbitration\n\nThe Court was established in 1994.\n",
                         "Court of Conciliation", "under its label"));
}

TEST_CASE("split: a title over its photo's caption and credit over a lead begins the item", "[split]") {
  // A magazine's quotation for a title, the minister's photo, the lead: the
  // item begins at the title, and the caption and the lead are its own.
  auto page = [](const std::string& title) {
    return "Sverige tar över ordförandeskapet i januari och leder arbetet under hela året i Wien.\n" + title +
           "\n\nUtrikesminister Ann Linde (S). Foto: Ylva Säfvelin/AiP\n\n"
           "Under 2021 är Sverige ordförandeland för OSSE och utrikesministern leder arbetet.\n";
  };
  for (const std::string title : {"\xE2\x80\x9DGer inflytande över internationell politik\xE2\x80\x9D",
                                  "Ger inflytande över internationell politik"}) {
    CHECK(has_cue_at(page(title), title, "a title over its photo"));
    CHECK(has_cue_at(page(title), "Utrikesminister", "in a head of lines over its lead"));
    CHECK(has_cue_at(page(title), "Under 2021", "in a head of lines over its lead"));
    const std::vector<std::string> items = item_texts(page(title));
    REQUIRE(items.size() == 2);
    CHECK(items[1].starts_with(title));
  }
  // A quotation of a paragraph over no photo is the text's.
  const std::string quoted = "Sverige tar över ordförandeskapet i januari och leder arbetet under hela året i Wien.\n"
                             "\"Vi leder arbetet\"\n\nUnder 2021 är Sverige ordförandeland för OSSE.\n";
  CHECK_FALSE(has_cue_at(quoted, "\"Vi leder", "a title over its photo"));
}

TEST_CASE("split: a caption credited after a bar or a slash is no headline", "[split]") {
  // A short sentence under a picture, its credit set off by a slash or a
  // bar, over a paragraph that names people anew: the item goes on over it,
  // as it does over a caption credited in brackets.
  const std::string lead = "Observer Mission at the Checkpoints to Close\n\nThe OSCE announced on Monday in Vienna "
                           "that the Observer Mission at the two checkpoints will close on 30 September, as the "
                           "Permanent Council could not agree to extend its mandate.\n\n";
  const std::string body = "\n\nThe OSCE Chairperson-in-Office, Foreign Minister Jane Doe of Poland, and the OSCE "
                           "Secretary General announced the gradual closure of the Observer Mission.\n";
  for (const std::string caption : {"The Observer Mission had been working for eight years. / Picture: \xC2\xA9 Jane "
                                    "Roe, CC BY 2.0",
                                    "The Observer Mission had been working for eight years. | Photo: Jane Roe"}) {
    CHECK(item_texts(lead + caption + body).size() == 1);
  }
  // The paragraph under such a caption, however many names it brings, is
  // the text the photo illustrates, as under a caption credited in brackets.
  const std::string meeting =
      "Ministers meet in the capital\n"
      "The Ministerial Council of the Organization ended today in the capital with decisions on the budget and on "
      "the chairmanship of the year to come, after two days of talks.\n"
      "The Council in the capital brought long discussions about the budget and the statements of the ministers. / "
      "Picture: \xC2\xA9 Ministry of Foreign Affairs / Jane Roe / Flickr Attribution 2.0 Generic (CC BY 2.0)\n"
      "One of the main achievements was the appointment of Jane Doe (Greece) as the new Secretary General, while "
      "John Roe (Austria) will head the Office in Warsaw and Max Mustermann (Germany) the Centre in Tashkent.\n";
  CHECK(has_cue_at(meeting, "One of the main", "under a photo's caption"));
  CHECK(item_texts(meeting).size() == 1);
}

TEST_CASE("split: a subheading over a quotation goes on with the feature", "[split]") {
  // A feature's subheading names someone, as a headline does, but the
  // paragraph under it opens with a quotation: a lead opens with its news.
  const std::string page =
      "OSCE course helps Montenegrin media cover police reform\n"
      "The reform of the police in the region is a condition of further progress, and journalists play an "
      "important role in informing the public about it.\n"
      "To help them, the OSCE Mission, through a project funded by Norway, provided a training course for 20 "
      "journalists from print and online media.\n"
      "The course ran in Novi Grad from 3 March to 14 April 2011, with experts from the police academy.\n"
      "Meeting European Union standards\n"
      "\"Police reform is one of the most important subjects on the country's path to the European Union,\" said "
      "Jane Roe, Head of the Academy's Media Department.\n"
      "The participants found the course useful for their daily work.\n";
  CHECK(item_texts(page).size() == 1);
  CHECK_FALSE(has_cue_at(page, "Meeting European", "headline"));
}

TEST_CASE("split: an aggregator's date key heads the page it copies, no feet of the page above", "[split]") {
  // A byline or a date under an article's text, over a headline, is the
  // article's feet; an aggregator's date key is the next page's head.
  const std::string page =
      "Youth camp opens in Ohrid\n\nThe OSCE Mission opened a youth camp in Ohrid on Monday, bringing together 40 "
      "students from six municipalities.\n\nThe camp runs until Friday.\n"
      "date 2025-03-15 Submit Release\nOSCE Mission condemns attack on journalist\n\n"
      "PODGORICA, 15 March 2025 - The OSCE Mission to Montenegro condemns the attack on a journalist in Podgorica "
      "last night.\n";
  const std::vector<std::string> items = item_texts(page);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("date 2025-03-15"));
  CHECK_FALSE(has_cue_at(page, "date 2025", "the text's feet"));
}

TEST_CASE("split: a meeting's place and date over a statement are its head, no feet of the text above", "[split]") {
  // A date under a text, over a headline, is the text's feet; a meeting's
  // name with its place and date is the head of the statement under it.
  const std::string page =
      "Response to the report of the Head of the Mission: Statement to the Council\n\n"
      "We warmly welcome the Head of Mission back to the Council and thank her for the report on the Mission's "
      "work in the past six months, in the capital and in the regions.\n\n"
      "OSCE Permanent Council No. 1501 Vienna, 12 March 2026\n\n"
      "EU Statement in response to the report of the Head of the OSCE Presence in Albania\n\n"
      "The European Union welcomes the Head of the Presence to the Council and thanks him for his report on the "
      "Presence's work in Tirana.\n";
  const std::vector<std::string> items = item_texts(page);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("OSCE Permanent Council No. 1501"));
  CHECK_FALSE(has_cue_at(page, "OSCE Permanent Council No.", "the text's feet"));
  // A date alone there is the feet.
  const std::string dated = page.substr(0, page.find("OSCE Permanent")) + "12 March 2026\n\n" +
                            page.substr(page.find("EU Statement"));
  CHECK(has_cue_at(dated, "12 March 2026", "the text's feet"));
}

TEST_CASE("split: a date's key whose date the scrape lost stands in the headline's head", "[split]") {
  // "Posted on", its date lost, between a headline and its lead, as a byline
  // stands there: the headline titles the item under it.
  const std::string page =
      "Office in the capital marks its fifth anniversary\n"
      "VIENNA, 3 May 2009 - The OSCE Office in the capital marks its fifth anniversary today.\n"
      "It was opened by a decision of the Permanent Council in 2004, to assist the country with its reforms of "
      "the police, the courts and the election administration.\n"
      "\"In five years, the country has made real progress, and our work has changed with it,\" said the Head "
      "of Office, who took up the post last year.\n"
      "The Office has over 100 employees and an annual budget of around 3.7 million Euro.\n"
      "Media centre in Novi Grad opens training for local reporters\n\nPosted on\n\n"
      "On 12 March the centre will organize a training for reporters from the southern towns, supported by the "
      "embassy.\n";
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].title == "Media centre in Novi Grad opens training for local reporters");
  CHECK(has_cue_at(page, "Posted on", "under its headline's byline"));
  CHECK(osce::date_key_alone("Posted on"));
  CHECK(osce::date_key_alone("Published:"));
  CHECK_FALSE(osce::date_key_alone("Posted on 12 March 2021"));
}

TEST_CASE("split: an editor's initials under the text close the item", "[split]") {
  // An agency signs its copy with its editor's initials; the headline under
  // them, over its lead, begins the next item.
  for (const std::string sign : {"ish", "/ik/", "(ah)"}) {
    const std::string page =
        "Observers record ceasefire violations in the region\n\nThe Mission recorded 13 ceasefire violations in "
        "the region on Monday, the report says.\n\nThe Mission's freedom of movement was restricted twice.\n\n" +
        sign + "\n\nOSCE to train civil servants on diversity\n\nThe High Commissioner announced on 5 August "
        "that it will support training courses for civil servants over the coming years.\n";
    const std::vector<std::string> items = item_texts(page);
    REQUIRE(items.size() == 2);
    CHECK(items[1].starts_with("OSCE to train"));
  }
  // A small word that links others is no one's initials.
  CHECK_FALSE(osce::closes_an_item("and", nullptr));
  CHECK_FALSE(osce::closes_an_item("pdf", nullptr));
}

TEST_CASE("split: a date line that repeats the date of a head with no text yet is the same head", "[split]") {
  // An aggregator's key, a blog's author line, then the post's own date line
  // over its category and headline: one item.
  const std::string post =
      "date 2023-11-28 Tuesday, November 28, 2023\nby admin\nNovember 28, 2023\nin World Europe\n"
      "Malta to chair the Organization next year\n\nMalta has agreed to take over the chairmanship next year, the "
      "Foreign Minister of the chairing State said on Monday.\n";
  CHECK(has_cue_at(post, "November 28, 2023\nin World", "repeats its head's date"));
  CHECK(item_texts(post).size() == 1);
  // After text, the same day's date begins a listing's next item.
  const std::string listing =
      "12 March 2021\nMission opens office in the north\nThe Mission opened an office in the northern town on "
      "Friday, with the mayor and the police.\n12 March 2021\nMission trains judges in the capital\nThe Mission "
      "trained twenty judges in the capital on Friday, on the new criminal code.\n";
  CHECK_FALSE(has_cue_at(listing, "12 March 2021\nMission trains", "repeats its head's date"));
  CHECK(item_texts(listing).size() == 2);
}

TEST_CASE("split: a caption credited to its photographer after a slash is a caption", "[split]") {
  // A caption whose credit is the photographer's name alone after a slash,
  // under the headline and over the reporter's byline.
  const std::string page =
      "Observers record ceasefire violations in the region\n\nThe Mission recorded 13 ceasefire violations in the "
      "region on Monday, the report issued on Tuesday says.\n\nThe Mission's freedom of movement was restricted "
      "twice, at checkpoints near two villages.\n\n"
      "North Macedonia says the Organization was saved at Skopje summit\n"
      "The Foreign Minister with his Maltese colleague at the meeting in the capital. / Jane Roe\n"
      "By Jane Roe in Skopje December 3, 2023\n\n"
      "The Foreign Minister said on December 1 that the Organization had been saved and that Malta would chair it "
      "next year.\n";
  CHECK(has_cue_at(page, "The Foreign Minister with", "photo caption"));
  // Under an article's last sentence, such a byline (where and when the
  // reporter filed) opens the next article, as a byline does.
  const std::string bylined =
      "Observers record ceasefire violations in the region\n\nThe Mission recorded 13 ceasefire violations in the "
      "region on Monday, the report issued on Tuesday says.\n\nThe Foreign Minister met his Maltese colleague at "
      "the meeting in the capital on Friday.\nBy Jane Roe in Skopje December 3, 2023\n\nThe Foreign Minister said "
      "on December 1 that the Organization had been saved and that Malta would chair it next year.\n";
  CHECK(has_cue_at(bylined, "By Jane Roe", "a byline over its lead"));
  // Not a sentence's last words after a slash.
  CHECK_FALSE(has_cue_at("Body of the item, a sentence.\nThe talks ended. / the sides agreed\n"
                         "Next line of text here.\n",
                         "The talks ended", "photo caption"));
}

TEST_CASE("split: a line in Cyrillic small letters goes on with the line above", "[split]") {
  // A speech's head broken into lines: "... of the Russian Federation",
  // "A.K.LUKASHEVICH", "at the online meeting of the Permanent Council",
  // then its date: the third line opens in a small letter, no headline of
  // the date.
  // Выступление / А.К.ЛУКАШЕВИЧА / на онлайн-заседании Постоянного совета
  const std::string head =
      "\xD0\x92\xD1\x8B\xD1\x81\xD1\x82\xD1\x83\xD0\xBF\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5\n"
      "\xD0\x90.\xD0\x9A.\xD0\x9B\xD0\xA3\xD0\x9A\xD0\x90\xD0\xA8\xD0\x95\xD0\x92\xD0\x98"
      "\xD0\xA7\xD0\x90\n"
      "\xD0\xBD\xD0\xB0 \xD0\xBE\xD0\xBD\xD0\xBB\xD0\xB0\xD0\xB9\xD0\xBD-\xD0\xB7\xD0\xB0\xD1\x81\xD0\xB5"
      "\xD0\xB4\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB8 \xD0\x9F\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD1\x8F\xD0\xBD"
      "\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE \xD1\x81\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB0\n"
      "30 April 2020\n";
  const std::string page = kItemAbove + head + "The Permanent Council met online to hear the report of the Office.\n";
  CHECK_FALSE(has_cue_at(page, "\xD0\xBD\xD0\xB0 \xD0\xBE", "headline over a dateline"));
  CHECK(has_cue_at(page, "\xD0\xBD\xD0\xB0 \xD0\xBE", "lowercase start"));
}

TEST_CASE("split: a State's name over a headline heads the item with it", "[split]") {
  // A ministry's label, the State's name, over its release: the item's head,
  // no line of the item above (no section's label either: a card's name may
  // be a State's, and its card is no item).
  const std::string above =
      "The Chairpersonship will work for a rules-based order, the programme published by the ministry said.\n"
      "Sweden\n\n"
      "Sweden takes over OSCE Chair\n\n"
      "Vienna/Stockholm, 1 January 2021 - Sweden today assumes the Chairpersonship of the Organization.\n";
  CHECK(has_cue_at(above, "Sweden\n\nSweden takes", "a State's name over a headline"));
  const osce::Segmentation moved = osce::segment(above, {});
  REQUIRE(moved.items.size() == 2);
  CHECK(moved.items[1].begin == above.find("Sweden\n"));
  // A name that is no State's stays where it is.
  std::string other = above;
  other.replace(other.find("Sweden\n"), 6, "Malmoe");
  CHECK_FALSE(has_cue_at(other, "Malmoe", "a State's name over a headline"));
}

TEST_CASE("split: a post's hashtags close it in one line, no block of contacts", "[split]") {
  // The next page's title, its type and its "About" under the tags are no
  // lines of a contacts block going on: the item begins at the title.
  const std::string page =
      "The round table brought together experts from ten participating States to discuss the survey on women, "
      "peace and security.\n\n#eng\n20 years of the Mission in pictures\nGeneral event\nAbout\n"
      "This year marks the 20th anniversary of our Mission, established in 1993 to find a solution to the "
      "conflict.\n";
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == page.find("20 years"));
  CHECK(has_cue_at(page, "20 years", "previous closes"));
  CHECK_FALSE(has_cue_at(page, "General event", "goes on closing"));
}

TEST_CASE("split: a section's label over a short title over its lead begins the item", "[split]") {
  // A site's label in Georgian ("News"), then the article's title, too short
  // for a news headline of its own, then the lead that begins the item: all
  // three are the item's.
  const std::string label = "\xE1\x83\xA1\xE1\x83\x98\xE1\x83\x90\xE1\x83\xAE\xE1\x83\x9A\xE1\x83\x94"
                            "\xE1\x83\x94\xE1\x83\x91\xE1\x83\x98";  // სიახლეები
  auto page_with = [](const std::string& head) {
    return "This photo exhibition reflects our work in Moldova, from anti-trafficking to arms control, human "
           "rights and the negotiations.\nWe invite you to the inauguration of the exhibition in the Public "
           "Garden, on 15 April 2013, at 15:00.\n" +
           head +
           "\n\nRound Table in Moldova\n\n\nOn February 19-20, 2020 the OSCE Gender Section organized an experts "
           "round-table discussion in Chisinau. Marina Pochkhua, Training Programmes Leader of the Association, "
           "took part in the meeting on Women, Peace and Security in the OSCE Region.\n";
  };
  const std::string page = page_with(label);
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == page.find(label));
  CHECK(seg.items[1].title == "Round Table in Moldova");
  CHECK(has_cue_at(page, "On February", "under its headline"));
  CHECK(has_cue_at(page, label, "a section's label over the next item's headline"));
  // A line that is no label (a digit in it) does not carry the item up.
  const std::string posted = page_with("Posted 2020");
  CHECK_FALSE(has_cue_at(posted, "Posted 2020", "a section's label over the next item's headline"));
  CHECK_FALSE(has_cue_at(posted, "On February", "under its headline"));
}

TEST_CASE("split: a section's label over a news headline under a sentence begins the item", "[split]") {
  // An aggregator's label, then the headline and its lead: the item's head,
  // though the lead opens with words of the item above ("also").
  const std::string page =
      "The news conference could be followed in the hall or online, the organizers said in a statement.\n"
      "World\n\n"
      "Assembly Bureau members meet in Copenhagen to discuss the war against Ukraine and the Assembly's work\n\n"
      "The Bureau meeting also included reports on the coming meetings of the Assembly, among them the Annual "
      "Session in Vancouver.\n";
  CHECK(has_cue_at(page, "World", "a section's label over a headline"));
  // A separator line between them parts the label from the headline: the
  // label is the foot of the page above ("Partner news", "---"), and the
  // headline's item begins under the separator.
  std::string parted = page;
  parted.replace(parted.find("World\n\n"), 7, "Partner news\n---\n");
  CHECK_FALSE(has_cue_at(parted, "Partner news", "a section's label over a headline"));
  const osce::Segmentation parts = osce::segment(parted, {});
  REQUIRE(parts.items.size() == 2);
  CHECK(parts.items[1].begin == parted.find("Assembly Bureau"));
  // Over a headline over its date and dateline, the label's item holds them
  // all: the headline's own date begins no second item.
  const std::string dated =
      "We welcome continued support for implementing the media strategy under the agreed action plan.\n"
      "Newsroom\n"
      "Twelve municipalities of Bosnia and Herzegovina selected for assistance programme\n"
      "SARAJEVO 13 December 2001\n"
      "SARAJEVO, 13 December 2001 - Twelve municipalities in Bosnia and Herzegovina have been selected to join "
      "the programme in 2002.\n";
  CHECK(item_texts(dated) ==
        std::vector<std::string>{dated.substr(0, dated.find("\nNewsroom")),
                                 dated.substr(dated.find("Newsroom"), dated.size() - 1 - dated.find("Newsroom"))});
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == page.find("World"));
  CHECK(seg.items[1].title ==
        "Assembly Bureau members meet in Copenhagen to discuss the war against Ukraine and the Assembly's work");
  // Under a speech that never closed, too: the label opens an item.
  const std::string speech =
      "Thank you, Madam Chair.\nWe thank the High Commissioner for the report, and for the work of the Office in "
      "the past year, which we support.\n"
      "Society Top News\n\n"
      "About 200 observers of the Office are overseeing elections in the country\n\n"
      "Approximately 200 short-term observers are deployed across the country for the elections on Sunday.\n";
  CHECK_FALSE(has_cue_at(speech, "Society Top News", "in a speech"));
  REQUIRE(osce::segment(speech, {}).items.size() == 2);
  // A topic page's headings stand two in a row, naming nobody.
  CHECK_FALSE(has_cue_at("The Department works with the participating States on the threats they share.\n"
                         "Our teams\nOur institutions and offices\n"
                         "The Department's unit is the lead office on preventing terrorism across the region.\n",
                         "Our teams", "a section's label over a headline"));
}

TEST_CASE("split: a note on whom a report is for, under a sentence, begins the report", "[split]") {
  // A daily report run on after a statement: its note, then its text, whose
  // first paragraph the boundary went to.
  const std::string page =
      "We urge all representatives to support the draft law as a sign of their commitment to the judiciary.\n"
      "This report is for media and the general public.\n"
      "The monitors observed a similar number of ceasefire violations in the region compared with the previous "
      "day.\n";
  CHECK(has_cue_at(page, "This report", "a report's note under a sentence"));
  CHECK(has_cue_at(page, "The monitors", "under the report's note"));
  // Under the report's title and the site's line over it, the note holds its text to it all the same.
  const std::string titled =
      "Monitoring Digest\n\nLatest from the Mission, based on information received as of 18:00, 3 March 2017\n\n"
      "This report is for media and the general public.\n"
      "The monitors observed a similar number of ceasefire violations in the region compared with the previous "
      "day.\n";
  CHECK(has_cue_at(titled, "The monitors", "under the report's note"));
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].begin == page.find("This report"));
  // A sentence on a report, no note: it says more than whom it is for.
  CHECK_FALSE(osce::is_audience_note("This report is for the period between the Mission's last two reports to "
                                     "the Permanent Council in Vienna."));
  CHECK_FALSE(osce::is_audience_note("This is for media and the general public."));
}

TEST_CASE("split: an institution's description ends the item above it", "[split]") {
  // A release's last quotation, then the blurb on the body it reported on:
  // new names and words, and still the release's.
  const std::string page =
      "\"The reform of the police service is an integral part of the change process in the country, and we will "
      "support it,\" the Adviser said.\n"
      "\"A police service that is trusted by all parts of the population is a crucial component of lasting "
      "stability,\" he added.\n"
      "The Permanent Council, one of the main regular decision-making bodies of the Organization, convenes weekly "
      "in Vienna to discuss developments in the region and to make appropriate decisions.\n";
  CHECK(has_cue_at(page, "The Permanent Council", "an institution's description"));
  CHECK(osce::segment(page, {}).items.size() == 1);
}

TEST_CASE("split: a salutation under a site's long head opens the speech", "[split]") {
  // The site's name, its key line, the headline twice, the ministry, its
  // section, the publication date, the type and a standfirst: nine units
  // over "Dear colleagues,". The speech's paragraphs then shift States and
  // names.
  const std::string page =
      "Government of Finland\n\n12/04/2025 | Press release | Distributed by Public on 12/04/2025 05:41\n\n"
      "Opening remarks by Minister Elina Valtonen at the OSCE Ministerial Council\n\n"
      "Opening remarks by Minister Elina Valtonen at the OSCE Ministerial Council\n\n"
      "Ministry for Foreign Affairs\nSpeeches and articles\nPublication date 4.12.2025 13.31\nType:Speech\n\n"
      "Opening remarks by the Chairperson-in-Office at the Ministerial Council in Vienna 4 December 2025.\n\n"
      "Dear colleagues,\nLadies and gentlemen,\n\n"
      "When Finland assumed the Chairpersonship, we made three clear commitments to the participating States.\n\n"
      "Supporting Ukraine and ensuring accountability for Russia's violations of international law have been at "
      "the heart of our Chairpersonship.\n\n"
      "A particular priority has been bringing Ukrainian children back home. Through the Support Programme, the "
      "Organization helps register missing children in Kyiv and Kharkiv.\n";
  CHECK(has_cue_at(page, "Supporting Ukraine", "in a speech"));
  CHECK(has_cue_at(page, "A particular priority", "in a speech"));
}

TEST_CASE("split: a statement that opens by addressing a minister by name is a speech", "[split]") {
  // A government's release: its title, a line on it, a lead, then the
  // statement, whose paragraphs shift names and States as items do.
  const std::string page =
      "PRESS RELEASE : UK confirms full support to the Chair - UK statement to the OSCE\n"
      "The press release issued by the Foreign Office on 25 January 2024.\n"
      "Ambassador Neil Holland thanks Malta for stepping into this critical role and reaffirms the UK's commitment "
      "to the OSCE.\n"
      "Minister Borg, on behalf of the UK, I warmly welcome you to the Permanent Council and express our sincere "
      "gratitude for the efforts from you and your team. Thank you for outlining your priorities for this year.\n"
      "The UK remains a strong and committed participating State of the OSCE. My Foreign Secretary, Lord Cameron, "
      "made this clear at the Ministerial Council in Skopje in December, and has since repeated our commitment.\n"
      "We wholeheartedly welcome your continued focus on Ukraine, which must remain at the top of the OSCE agenda "
      "until Russia withdraws from Ukraine and complies with the Helsinki Final Act.\n";
  CHECK(has_cue_at(page, "Minister Borg", "opens the item's speech"));
  CHECK(has_cue_at(page, "The UK remains", "in a speech"));
  CHECK(osce::segment(page, {}).items.size() == 1);
}

TEST_CASE("split: a salutation under another item's paragraph opens a speech", "[split]") {
  // A news item's long paragraph, then a delegation's statement: no item
  // addresses the chair halfway.
  const std::string page =
      "Election observers from the Office for Democratic Institutions and Human Rights will remain in the country "
      "until the final results are announced, and will publish their report within eight weeks of the vote. The "
      "mission was deployed at the invitation of the authorities and consists of a core team of experts based in "
      "the capital and long-term observers deployed around the country.\n"
      "Madame Chair,\n"
      "It is a pleasure to welcome the Head of the Centre back to the Permanent Council.\n"
      "We thank her for the report, which shows the breadth of the Centre's work in the past year.\n";
  CHECK(has_cue_at(page, "Madame Chair", "an address under a paragraph"));
  REQUIRE(osce::segment(page, {}).items.size() == 2);
  CHECK(osce::segment(page, {}).items[1].begin == page.find("Madame Chair"));
  // Under a standfirst, as short as a speech's head is, the salutation
  // opens the item's own speech.
  CHECK_FALSE(has_cue_at("Statement to the Permanent Council on the Centre's report\n"
                         "Delivered by the Deputy Head of Delegation at the meeting of the Council in Vienna.\n"
                         "Madame Chair,\nIt is a pleasure to welcome the Head of the Centre back to the Council.\n",
                         "Madame Chair", "an address under a paragraph"));
  // In a speech, the speaker turns to the chair again.
  const std::string speech =
      "Thank you, Madam Chair.\n"
      "We welcome the report of the Head of the Centre, and her team's work with the authorities, civil society "
      "and the media across the country in the past year. The Centre's projects on the rule of law, on policing "
      "and on the environment have shown what the Organization can do when it works with its host State.\n"
      "Madam Chair,\n"
      "We remain concerned about the restrictions placed on journalists in the past months.\n";
  CHECK_FALSE(has_cue_at(speech, "Madam Chair,", "an address under a paragraph"));
  CHECK(osce::segment(speech, {}).items.size() == 1);
}

TEST_CASE("split: in a speech, a headline over another address begins the next speech", "[split]") {
  // Two statements to one High Commissioner: their names and words are one
  // office's; the second opens by addressing him under its headline.
  const std::string page =
      "Statement in response to the High Commissioner on National Minorities\n\n"
      "High Commissioner Abdrakhmanov, we are pleased to welcome you to the Permanent Council again, and we "
      "thank you for your report.\n\n"
      "Your work on education and languages in the region remains essential to the conflict prevention of the "
      "Organization, and we support your engagement with the governments concerned.\n"
      "Statement on the report by the High Commissioner on National Minorities\n\n"
      "High Commissioner Abdrakhmanov, we warmly welcome you back, and thank you for the report on your "
      "activities during the past six months.\n\n"
      "Your visits to the region show how much the participating States rely on your quiet diplomacy.\n";
  CHECK(has_cue_at(page, "Statement on the report", "a statement's title"));
  REQUIRE(osce::segment(page, {}).items.size() == 2);
  // (A headline that does not say it is a statement's, over the address.)
  std::string headed = page;
  headed.replace(headed.find("Statement on the report"), 23, "The report");
  CHECK(has_cue_at(headed, "The report by", "another address under it"));
  CHECK(osce::segment(headed, {}).items.size() == 2);
  // A section's heading over the speech's next paragraph heads no speech.
  CHECK_FALSE(has_cue_at("Statement in response to the High Commissioner on National Minorities\n\n"
                         "High Commissioner Abdrakhmanov, we are pleased to welcome you to the Council again.\n\n"
                         "Your work on education and languages in the region remains essential to us.\n"
                         "Statement on the report by the High Commissioner on National Minorities\n\n"
                         "Your visits to the region show how much the participating States rely on you.\n",
                         "Statement on the report", "another address under it"));
}

TEST_CASE("split: the text under its date and the lines below that date is the date's item", "[split]") {
  // A statement's head: the site's label, a title and the visit's dates, the
  // date, then who delivered it and where, each on a line of its own.
  const std::string page =
      "Statements Special Procedures\n\nPreliminary Observations from the Official Visit to the Country\n\n"
      "(2-10 December 2021)\n\n10 December 2021\n\nDelivered by\n\nMr. Fabian Salvioli, the Special "
      "Rapporteur\n\nLocation\n\nSarajevo\n\nFrom 2 to 10 December 2021, I conducted an official visit to "
      "Bosnia and Herzegovina. I would like to thank the Government for extending the invitation.\n\nThe "
      "objective of the visit was to assess the measures adopted by the authorities in the fields of truth and "
      "justice.\n";
  CHECK(has_cue_at(page, "From 2 to 10", "under its date"));
  // (Three lines at the page's top are a head, the site's label among them.)
  CHECK(has_cue_at(page, "10 December 2021\n\nDelivered", "under a head of lines"));
  CHECK(osce::segment(page, {}).items.size() == 1);
  // A paragraph of prose ends the head: the date reaches no further.
  const std::string later =
      "Mission Bulletin 24\n\n18 March 2016\n\nThe Head of Mission visited the north of the country on "
      "Monday.\n\nPolice academy\n\nA new class of cadets graduated from the police academy in the capital.\n";
  CHECK_FALSE(has_cue_at(later, "A new class", "under its date"));
}

TEST_CASE("split: a page that prints each date under its item", "[split]") {
  // The page ends with a date line, and its first date line stands after a
  // sentence: each date closes its item and dates it.
  const std::string page =
      "Mission trains judges in Comrat\n\nThe Mission trained twenty judges on the rights of the defence.\n\n"
      "February 28, 2024 9:37 pm CET\n\nMission opens a bridge over the Dniester\n\n"
      "The bridge links the two banks of the river for the first time since 1992.\n\n"
      "December 19, 2023 8:20 pm CET\n\nHow not to negotiate a ceasefire\n\n"
      "Envoys learned a few things about talks in Geneva.\n\nJanuary 24, 2023 2:14 pm CET\n";
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 3);
  CHECK(seg.items[0].date == "2024-02-28");
  CHECK(seg.items[1].date == "2023-12-19");
  CHECK(seg.items[2].date == "2023-01-24");
  CHECK(page.substr(seg.items[1].begin, 9) == "Mission o");
  CHECK(page.substr(seg.items[1].end - 8, 8) == "0 pm CET");
}

TEST_CASE("split: a page of headlines under its label keeps an item's later paragraphs", "[split]") {
  // A news site's list of what it wrote on one Office: the Office's name,
  // then headlines over one or two paragraphs each. The second paragraph of
  // an item names new courts and places, and is still that item's.
  const std::string page =
      "OSCE Office for Democratic Institutions and Human Rights\n\n"
      "OSCE Urges Bulgarian Authorities to Halt Evictions of Roma\n\n"
      "The Office has called on Bulgaria to stop evictions of Roma and to address anti-Roma rhetoric.\n\n"
      "The statement came days after the European Court of Human Rights in Strasbourg demanded the suspension "
      "of demolitions in the village of Garmen.\n\n"
      "Observers Gather in Bosnia and Herzegovina to Scrutinise Elections\n\n"
      "More than 50,000 national and international observers will follow the general elections in Sarajevo, "
      "Mostar and Banja Luka.\n\n"
      "Director Meets Serbian Prime Minister in Belgrade\n\n"
      "The Director met the Prime Minister of Serbia to discuss electoral conditions.\n";
  const std::vector<std::string> items = item_texts(page);
  REQUIRE(items.size() == 3);
  CHECK(items[0].find("Garmen") != std::string::npos);
  CHECK(items[1].starts_with("Observers Gather"));
}

TEST_CASE("split: a speech's delivery note under a sentence opens another speech, not under its own head", "[split]") {
  const std::string speech =
      "Check against delivery\n\nMr Chair,\n\nWe meet at a difficult time for security in our region, and we "
      "thank the monitors for their work.\n";
  // Under the last sentence of a statement: a speech of its own.
  const std::vector<std::string> items =
      item_texts("The Union calls on all sides to return to the negotiating table without delay.\n\n" + speech);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("Check against delivery"));
  // Under the speech's title and a short byline: the speech's head.
  CHECK(item_texts("Statement on the situation in the region\n\nDelivered by Ambassador Smith.\n\n" + speech).size() ==
        1);
}

TEST_CASE("split: a headline under the item's date line titles the text below it", "[split]") {
  // A weekly's page: the date, the headline, then a lead whose place carries
  // no date. The lead shares no word with the headline and names new
  // States: it is still the headline's text.
  const std::string page =
      "November 4, 2019\n\nA new generation at the frontier\n\n\n"
      "DUSHANBE \xE2\x80\x93 The November 1 graduation of forty officers from Tajikistan and Afghanistan closed "
      "a course at the Border Management Staff College.\n";
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 1);
  CHECK(seg.items[0].date == "2019-11-04");
  // A lead under a date line alone, with no headline between, is the date's too.
  CHECK(item_texts("November 4, 2019\n\nDUSHANBE \xE2\x80\x93 Forty officers from Tajikistan graduated.\n").size() ==
        1);
}

TEST_CASE("split: an article's photo caption under its headline", "[split]") {
  // The caption between the headline and the lead is neither the title
  // nor an item; the headline titles the article.
  const std::string head =
      "Chairman-in-Office to visit Central Asian capitals\n\nPhoto Foreign Ministry. Anna Lindqvist (right) and "
      "Timur Saparov\n\n";
  const std::string lead =
      "The Chairman-in-Office plans a tour of three capitals. The Foreign Minister of Kazakhstan said so in Astana.\n\n";
  const std::string later =
      "Visits to Astana by the Director of the Conflict Prevention Centre (CPC) and by the High Commissioner on "
      "National Minorities were also discussed with the Programme Office.\n";
  const osce::Segmentation seg = osce::segment(head + lead + later, {});
  REQUIRE(seg.items.size() == 1);
  CHECK(seg.items[0].title == "Chairman-in-Office to visit Central Asian capitals");
  // A page that opens with a card's name, not a headline, over its line:
  // the lead below is another item's, as before.
  const std::string card =
      "Conflict Prevention Centre Office of the Co-ordinator of Economic and Environmental Activities\n\n"
      "The Centre's mission is to establish communication and co-operation on key issues.\n\n";
  const std::string other =
      "On 2 August 2025, Cyprus adopted by referendum a new edition of its Constitution, which changes how "
      "co-operation on key issues is established.\n";
  CHECK(item_texts(card + other).size() == 2);
}

TEST_CASE("split: a line over the date of a head of lines is the head's", "[split]") {
  // A delegation's speech: the title, the photo's credit, the title again,
  // the speaker, the meeting and its place, the date, then the speech. The
  // line over the date is no headline, and the speech opens under the six
  // lines of its head.
  const std::string page =
      "Response to the report of the Head of Mission\n\nThe Hofburg (USOSCE/Colin Peters)\n\n"
      "Response to the report of the Head of Mission\n\nAs delivered by Ambassador Jane Whitfield\n"
      "to the Permanent Council, Vienna\nMarch 9, 2023\n\nThank you, Madam Chair.\n\n"
      "The United States thanks the Mission in Skopje for its report on the elections and on media freedom.\n\n"
      "We welcome the progress Kosovo and Serbia have made in their dialogue this year.\n";
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 1);
  // (The one item is the whole page, its head and its speech.)
  CHECK(seg.items[0].begin == 0);
  CHECK(seg.items[0].end == page.size() - 1);
  // Two lines over a date are a headline and what it dates, as before.
  const std::string listing =
      "The Mission trained twenty judges on the rights of the defence.\n\nMission opens a bridge in Comrat\n"
      "12 March 2020\n\nThe bridge links two banks of the river.\n";
  CHECK(item_texts(listing).size() == 2);
}

TEST_CASE("split: bylines under a listing's entries close and date them", "[split]") {
  // A delegation's list of statements: each teaser, then its byline with
  // the date. The page ends with a byline: the bylines close the entries
  // above them, and the entry under a byline begins the next.
  const std::string page =
      "The Mission welcomes the decision to extend its mandate for another year.\n"
      "By Delegation of Canada | 14 March, 2024 | Topics: Field Operations, Statements\n"
      "Our delegation congratulates the new Director of the Conflict Prevention Centre.\n"
      "By Delegation of Canada | 7 March, 2024 | Topics: OSCE Institutions, Statements\n";
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[0].date == "2024-03-14");
  CHECK(seg.items[1].date == "2024-03-07");
  CHECK(page.substr(seg.items[1].begin, 4) == "Our ");
}

TEST_CASE("split: a listing block's place label is its item's place", "[split]") {
  // The media freedom statements' list names the country each concerns;
  // the dateline says where the statement was issued. The page's label wins,
  // as osce-strip's does on a statement's own page.
  const std::string page =
      "Representative condemns attack on a crew\nPublishing date: 12 May 2021\nWhat we do: Safety of journalists\n"
      "Location: North Macedonia\nVIENNA, 12 May 2021 \xE2\x80\x93 The Representative condemned the attack.\n"
      "Representative welcomes acquittal\nPublishing date: 3 May 2021\n"
      "VIENNA, 3 May 2021 \xE2\x80\x93 The Representative welcomed the acquittal.\n";
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[0].place == "North Macedonia");
  CHECK(seg.items[1].place == "VIENNA");
}

TEST_CASE("split: a caption glued before the dateline under a dated headline", "[split]") {
  // The Parliamentary Assembly's list: the date, the headline, then the
  // photo's caption glued before the lead's dateline. The caption and the
  // dateline are the headline's item, which takes its place from it.
  const std::string page =
      "3 October 2019\nAssembly leaders urge reform at a seminar in Berlin\n"
      "Speakers at the seminar.BERLIN, 3 October 2019 \xE2\x80\x93 The countries of the region must keep to their "
      "reforms, the President said today.\n"
      "2 October 2019\nChair concerned about attack on journalists\n"
      "OSLO, 2 October 2019 - The Chair expressed concern about an attack on two journalists.\n";
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[0].title == "Assembly leaders urge reform at a seminar in Berlin");
  CHECK(seg.items[0].place == "BERLIN");
  CHECK(seg.items[1].place == "OSLO");
  // A caption that ends in its date, glued with no stop: no unit begins at
  // the dateline, and the item takes its place from it all the same.
  const std::string no_stop =
      "28 June 2018\nLeaders meet at a London seminar\nParticipants at the seminar, 28 June 2018LONDON, 28 June "
      "2018 \xE2\x80\x93 Leaders of the Assembly met at a seminar on the region today.\n27 June 2018\nChair "
      "condemns an attack\nCOPENHAGEN, 27 June 2018 \xE2\x80\x93 The Chair condemned the attack today.\n";
  const osce::Segmentation glued = osce::segment(no_stop, {});
  REQUIRE(glued.items.size() == 2);
  CHECK(glued.items[0].date == "2018-06-28");
  CHECK(glued.items[0].place == "LONDON");
  CHECK(glued.items[1].place == "COPENHAGEN");
}

TEST_CASE("split: a digest's headline may name one source in a word, and be short", "[split]") {
  const std::string digest =
      "Mayor says no talks on merging the municipalities (Radio Jug, Beta)\n\n"
      "The mayor said there had never been official talks on merging the municipalities of the valley.\n\n"
      "Coalition wins local vote (Novine)\n\n"
      "Local elections in the valley showed that a separate community of municipalities has little support.\n\n"
      "Observers report calm election day (State agency, Radio B)\n\n"
      "Election observers said the vote passed calmly in all polling stations of the region.\n";
  const osce::Segmentation seg = osce::segment(digest, {});
  REQUIRE(seg.items.size() == 3);
  CHECK(seg.items[1].title == "Coalition wins local vote (Novine)");
  // Where no two lines name their sources, a word in brackets is what a
  // title names, a language or an acronym: the line heads nothing new.
  const std::string report =
      "Office publishes its annual report on field activities in Bishkek\n\n"
      "The Office published its annual report for the year, with an overview of its projects in the region.\n\n"
      "Projects in the south (Summary)\n\n"
      "The report covers the projects of the Office in the south of the country and their funding.\n";
  CHECK(osce::segment(report, {}).items.size() == 1);
}

TEST_CASE("split: teasers cut short under empty list items are items of their own", "[split]") {
  const std::string teasers =
      "-\nTomorrow (14 March), the Security Council is expected to convene for a briefing on the activities of the "
      "Organization. The Chairperson will...\n"
      "-\nThis morning the Foreign Minister, the Chairperson-in-Office of the Organization, will brief the Council on "
      "the year ahead...\n"
      "-\nOver the next two days, the Council will hold two meetings focused on European issues. The briefers...\n";
  CHECK(item_texts(teasers).size() == 3);
  // Whole paragraphs under the marks are an article's points, not teasers.
  const std::string points =
      "The report recommends the following steps to the authorities.\n"
      "-\nThe authorities should review the law on assemblies with civil society before its second reading.\n"
      "-\nThe parliament should adopt the amendments on media ownership in the spring session.\n";
  CHECK(item_texts(points).size() == 1);
}

TEST_CASE("split: a speech's long head of lines at the page's top is the speech's", "[split]") {
  const std::string speech =
      "Reception on the occasion of the Annual Meeting of the Assembly\n\nJane Roe\n\n"
      "Reception on the occasion of the Annual Meeting of the Assembly\n\n"
      "Welcome Remarks by Ms. Jane Roe\nUnder-Secretary-General\nDirector-General of the Office at Geneva\n\n"
      "Assembly Reception\n\nPalais des Nations, Hall of the Lost Steps\nFriday, 3 October 2014 at 19:30\n\n"
      "President of the Assembly\nDistinguished Parliamentarians\nLadies and Gentlemen:\n\n"
      "It is a real privilege to welcome you to Geneva and to the Palais des Nations.\n\n"
      "The agenda before your Assembly highlights our shared objectives.\n";
  CHECK(item_texts(speech).size() == 1);
  // Under a paragraph, the same lines are no page's head: the place and the
  // date under them begin the item they head.
  const std::string under_prose =
      "The Office publishes the speeches of its Director as they were delivered, in the order of their dates.\n\n" +
      speech.substr(speech.find("Jane Roe\n\nReception"));
  CHECK(item_texts(under_prose).size() == 2);
}

TEST_CASE("split: a byline's web address under the headline closes nothing", "[split]") {
  const std::string article =
      "date 2017-10-03 Co-chairmen due in Baku on 7 October, says the Foreign Minister\n\n"
      "2017-10-03 13:48 | www.trend.az | 1\n\nBaku, Azerbaijan, Oct. 3\n\n"
      "The co-chairmen will arrive in Azerbaijan on 7 October, the Foreign Minister said on Tuesday.\n\n"
      "Before their visit, the co-chairmen will arrive in Yerevan.\n";
  CHECK(item_texts(article).size() == 1);
  // A contact's web address closes its item, as before.
  const std::string contact =
      "The Centre trained twenty officers in Dushanbe.\n\nFor more information visit www.osce.org\n\n"
      "Regional meeting on border security held in Bishkek\n\nTwenty officers met in Bishkek on Monday.\n";
  CHECK(item_texts(contact).size() == 2);
}

TEST_CASE("split: the page's last short links are its footer, not an item", "[split]") {
  const std::string article =
      "Chairperson to visit Mongolia\n\n"
      "VIENNA, 3 May 2024 - The OSCE Chairperson-in-Office will visit Mongolia on 6 May for talks on regional security.\n\n"
      "The Chairperson will meet the President and the Foreign Minister in Ulaanbaatar.\n\n"
      "For more information, please visit the OSCE website: https://www.osce.org/chairpersonship.\n\n";
  CHECK(item_texts(article + "View full story\n\nCategories: Politics\n").size() == 1);
  CHECK(item_texts(article + "Share This Article\n").size() == 1);
  // A card's name, cut from its card, is a name of the taxonomy; and a
  // longer line is a headline: each is an item, as before.
  CHECK(item_texts(article + "Joint Consultative Group\n").size() == 2);
  CHECK(item_texts(article + "Border guards of Tajikistan receive new equipment\n").size() == 2);
}

TEST_CASE("split: a page of headlines ends as it goes on", "[split]") {
  const std::string headlines =
      "Tag: Politics\n\n"
      "Ambassador: support for the talks is clear in the Chairs' joint document\n"
      "Special Representative: a widely accepted agreement is a good basis for negotiations\n"
      "Parliament Speaker: the last stage needs more willpower from all parties\n"
      "Prime Minister congratulates the new OSCE Secretary General on the appointment\n"
      "President sends off a peacekeeping contingent to the mission abroad\n";
  const std::vector<std::string> items = item_texts(headlines);
  CHECK(items.size() == 1);
}

TEST_CASE("dateline: a feed item's date and time, as RFC 822 writes them", "[dateline]") {
  CHECK(osce::feed_stamp_length("Fri, 24 Mar 2017 0:00:00 GMT Graduation") == 29);
  CHECK(osce::feed_stamp_length("Mon, 6 May 2024 14:05 +0200 Next") == 28);
  CHECK(osce::feed_stamp_length("Tue, 14 Mar 2023 10:21:00 UTC") == 29);
  // A date with no time or zone, or a weekday written out, is a sentence's.
  CHECK(osce::feed_stamp_length("Fri, 24 Mar 2017 the Centre opened its doors") == 0);
  CHECK(osce::feed_stamp_length("Friday, 24 March 2017 0:00:00 GMT Next") == 0);
  CHECK(osce::feed_stamp_length("Fri, 24 Mar 2017 0:00:00 CET Next") == 0);
  CHECK(osce::feed_stamp_length("") == 0);
  // Inside a line, after a sentence: the text after it begins the next item.
  std::vector<size_t> after;
  CHECK(osce::datelines_inside("Watch the video. Fri, 24 Mar 2017 0:00:00 GMT Graduation of the class", std::string_view::npos,
                               &after)
            .empty());
  CHECK(after == std::vector<size_t>{46});
}

TEST_CASE("split: a feed flattened into a paragraph is parted at its items' dates", "[split]") {
  const std::string feed =
      "Foundation for Strategic Studies - events. Round table on energy transit On 23 March 2017 the Foundation "
      "hosted a round table on the region's role in energy transit. Watch the video of the discussion. "
      "Fri, 24 Mar 2017 0:00:00 GMT Graduation of the leadership programme On 22 March 2017 the Foundation "
      "held a graduation ceremony for the class of 2016-2017. Thu, 16 Mar 2017 0:00:00 GMT Lecture on "
      "border management The Foundation hosted a lecture on border management in the region.\n";
  const std::vector<std::string> items = item_texts(feed);
  REQUIRE(items.size() == 3);
  CHECK(items[0].ends_with("Fri, 24 Mar 2017 0:00:00 GMT"));
  CHECK(items[1].starts_with("Graduation of the leadership programme"));
  CHECK(items[2].starts_with("Lecture on border management"));
  // A sentence that only names the day is no feed's date.
  CHECK(item_texts("The Centre opened on 24 March 2017. Fri, 24 Mar 2017 saw the first visitors arrive.\n").size() == 1);
}

TEST_CASE("split: the page's head of lines left by its site goes with the first paragraph", "[split]") {
  const std::string article =
      "The Co-Chairs of the Minsk Group will arrive in Yerevan on 17 February, the Foreign Ministry's "
      "spokesperson said on Friday.\n\n"
      "They will meet the President and the Foreign Minister, and travel on to Baku.\n";
  CHECK(item_texts("News\nFriday\nApril 19\nShow news feed\n\n" + article).size() == 1);
  CHECK(item_texts("Survive the winter\nFront-line towns\nUseful for the displaced\n" + article).size() == 1);
  // A name or title in brackets is an entry's, no site's head: under it, the
  // news that the lexical cues tell apart is an item of its own.
  const std::string news =
      "On 22 - 24 May 2023, the Transnational Threats Department conducted a national table-top exercise in "
      "Ashgabat on countering the use of the internet for terrorist purposes.\n\n"
      "The three-day event brought together over 25 participants from governmental agencies and law enforcement.\n";
  CHECK(item_texts("Conflict Prevention Centre (CPC)\n" + news).size() == 2);
}

TEST_CASE("split: a headline printed twice heads the date under its copy", "[split]") {
  // (Short enough for a card's name and its copy: a headline says something.)
  const std::string article =
      "President: co-operation with the Mission is excellent\n\n"
      "President: co-operation with the Mission is excellent\n\n"
      "21.12.2024. 13:56h\n*\n\n"
      "The President thanked the Head of the Mission for his work and his leadership of the Mission.\n";
  CHECK(item_texts(article).size() == 1);
  // Under news of another item, the headline twice begins a card whose date
  // is the date line under its copy.
  const osce::Segmentation seg =
      osce::segment("The Centre trained twenty officers in Dushanbe on border security.\n\n" + article, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].date == "2024-12-21");
  // A dateline under a card's copy begins news of its own.
  const std::string card =
      "The Centre works on a broad array of security issues.\n\n"
      "Programme Office in Dushanbe\nProgramme Office in Dushanbe\n"
      "GENEVA, 12 August 2015 - The 58th round of the Geneva International Discussions took place today.\n";
  const std::vector<std::string> items = item_texts(card);
  REQUIRE(items.size() == 3);
  CHECK(items[2].starts_with("GENEVA, 12 August 2015"));
  // The headline twice, its deck (a sentence long, with no full stop), then
  // its dateline: one article.
  const std::string decked =
      "Meeting in Vienna shows which few seek to save the Organization, says envoy\n\n"
      "Meeting in Vienna shows which few seek to save the Organization, says envoy\n\n"
      "The envoy recalled the article published on December 3 by the Foreign Minister, in which he described in "
      "detail the deplorable state of affairs within the Organization\n\n"
      "VIENNA, December 5. /TASS/. The Ministerial Council meeting in Vienna revealed a clear divide, the Permanent "
      "Representative said at the session.\n";
  CHECK(item_texts(decked).size() == 1);
}

TEST_CASE("split: a headline's deck goes with it, and so does the dateline under the deck", "[split]") {
  // A news agency's article: the headline, a sentence on it with no full
  // stop, the dateline, the text.
  const std::string head =
      "Ministers agree to reopen the northern border crossing next month\n\n"
      "The crossing has been closed for two years after clashes between the guards of the two countries\n\n";
  const std::string body =
      "BELGRADE, March 4 (Beta-Press) - The foreign ministers of both countries agreed on Tuesday to reopen the "
      "crossing in April, a spokesman said.\n\n"
      "Trucks waiting at the crossing will be let through first, he said.\n";
  const osce::Segmentation seg = osce::segment(head + body, {});
  REQUIRE(seg.items.size() == 1);
  CHECK(seg.items[0].title == "Ministers agree to reopen the northern border crossing next month");
  CHECK(seg.items[0].place == "BELGRADE");
  // Under another item, the headline and its deck begin the next.
  const std::string before =
      "The Centre in Bishkek trained twenty officers on the management of border crossings.\n\n";
  const osce::Segmentation two = osce::segment(before + head + body, {});
  REQUIRE(two.items.size() == 2);
  CHECK(two.items[1].title == "Ministers agree to reopen the northern border crossing next month");
  CHECK(two.items[1].place == "BELGRADE");
  // A line shorter than the one above it is a headline of its own, over its dateline.
  const std::string list =
      "OSCE Mission supports training of new judges in Skopje and Tetovo\n\n"
      "OSCE Mission opens new office in Tetovo\n\n"
      "TETOVO, 3 May 2021 - The office will serve the municipalities of the west.\n";
  const osce::Segmentation listed = osce::segment(before + list, {});
  REQUIRE(listed.items.size() == 3);
  CHECK(listed.items[2].title == "OSCE Mission opens new office in Tetovo");
  // A text broken into lines mid-sentence: the line that goes on in lower
  // case is no deck, and the line over it no headline. (Under a speech that
  // did not close, as a headline it opened an item there.)
  const std::string wrapped =
      "Response to the High Commissioner on National Minorities: Statement to the Council\n\n"
      "High Commissioner, we are pleased to see you again since your last presentation before the Council in "
      "July, and we thank you for your report.\n"
      "Trend:\n"
      "Employees of the special monitoring mission of the Organization\n"
      "for Security and Co-operation in Europe (OSCE), who worked in the\n"
      "east of the country, were evacuated and stopped publishing reports,\n"
      "the mission said on its web site, the agency reports.\n";
  CHECK(has_cue_at(wrapped, "Employees", "in a speech"));
  CHECK_FALSE(has_cue_at(wrapped, "for Security", "the deck under its headline"));
}

TEST_CASE("split: a subheading over a paragraph that refers back stays in its article", "[split]") {
  const std::string top =
      "All news\n\n"
      "Monitors come under fire again near Donetsk, says the envoy\n\n"
      "Envoy Jan Novak urged the sides not to hinder the monitors and condemned the arson attack on a mission "
      "car in Luhansk\n\n"
      "VIENNA, August 11. /AGENCY/. Monitors of the Organization for Security and Co-operation in Europe have "
      "come under fire again near Donetsk, says a statement of the envoy Jan Novak.\n\n"
      "Novak noted that safety was critically important for the monitors, adding that he condemned any "
      "incidents that hinder their work.\n\n"
      "Escalation near Mariupol against the spirit of the Minsk deal\n\n";
  const std::string refers_back =
      "The official also stressed that the escalation near the port city is alarming and goes against the "
      "agreements signed in Minsk.\n";
  const std::string names_anew =
      "Foreign Minister Anna Berg of Sweden stressed that the escalation near the port city is alarming and "
      "goes against the agreements signed in Minsk.\n";
  CHECK(item_texts(top + refers_back).size() == 1);
  const std::string_view subheading = "Escalation near Mariupol";
  CHECK(has_cue_at(top + refers_back, subheading, "a subheading: the text under it goes on"));
  CHECK_FALSE(has_cue_at(top + refers_back, subheading, "headline"));
  CHECK(has_cue_at(top + names_anew, subheading, "headline"));
  CHECK_FALSE(has_cue_at(top + names_anew, subheading, "a subheading: the text under it goes on"));
  CHECK(osce::refers_back_at_once("The official also said that"));
  CHECK(osce::refers_back_at_once("The talks were therefore postponed"));
  CHECK(osce::refers_back_at_once("He said that"));
  CHECK_FALSE(osce::refers_back_at_once("The OSCE Mission to Serbia trained judges, and also police."));
  CHECK_FALSE(osce::refers_back_at_once("Helsinki hosted the event."));
}

TEST_CASE("split: a headline printed twice under its date and over its dateline is one article", "[split]") {
  const std::string article =
      "March 3, 2022, 10:15\n\n"
      "Monitors warn against rising tension in the north\n\n"
      "Monitors warn against rising tension in the north\n\n"
      "SKOPJE, Mar 2 (Reuters) - International monitors warned on Wednesday against rising tension in the "
      "north of the country.\n\n"
      "Local elections are due in the autumn, and parties have traded accusations for weeks.\n";
  const osce::Segmentation seg = osce::segment(article, {});
  REQUIRE(seg.items.size() == 1);
  CHECK(seg.items[0].title == "Monitors warn against rising tension in the north");
  CHECK(seg.items[0].date == "2022-03-03");
  CHECK(seg.items[0].place == "SKOPJE");
  // So is a longer headline, under a date marked as a list's item.
  const std::string marked =
      "\xE2\x80\xA2 Wednesday, 25 December 2024\n\n"
      "Minister: Our Chairpersonship will also focus on preventing potential conflicts in the region\n\n"
      "Minister: Our Chairpersonship will also focus on preventing potential conflicts in the region\n\n"
      "Vienna, 12 January 2023 (MIA) \xE2\x80\x94 The Minister told a news conference after taking over the "
      "Chairpersonship in Vienna that the aggression must end.\n\n"
      "The Minister spoke at a joint press conference held with the Secretary General on Thursday.\n";
  CHECK(osce::segment(marked, {}).items.size() == 1);
  CHECK(osce::segment(marked.substr(4), {}).items.size() == 1);  // (the date unmarked)
  // A menu's last entry printed twice is no headline over the news under it.
  const std::string menu =
      "- Border management\n- Border management\nGENEVA, 12 August 2015 - The round took place today.\n";
  CHECK(item_texts(menu).size() == 2);
}

TEST_CASE("split: an article's question and its subheading hold its paragraphs together", "[split]") {
  // No headline, no dateline: an article's paragraphs, one a line, with a
  // question the next paragraph answers and a title over "In the meantime".
  const std::string article =
      "Norway has been asked to chair the Forum for Security Co-operation in the autumn, a first for the country.\n"
      "The request came after two other candidates withdrew over the summer.\n"
      "But what does the chairing of the Forum mean for Norway?\n"
      "Every four months a different State chairs the Forum, which meets weekly in Vienna and discusses military "
      "security.\n"
      "Foreign Minister meets the Secretary General\n"
      "In the meantime, the Foreign Minister Kari Lund met the Secretary General in Vienna and thanked the States "
      "for their trust.\n"
      "She also said that the Forum would discuss small arms and ammunition during her country's term.\n";
  CHECK(item_texts(article).size() == 1);
  CHECK(has_cue_at(article, "Every four months", "answers the question above"));
  CHECK(has_cue_at(article, "Foreign Minister meets", "a subheading: the text under it goes on"));
  CHECK(has_cue_at(article, "But what does", "continuation"));
}

TEST_CASE("dateline: a wire service's dateline with a place and no date", "[dateline]") {
  auto [text, place] = GENERATE(table<std::string, std::string>({
      {"VIENNA (Reuters) - The Organization said on Thursday.", "VIENNA"},
      {"KYIV, Ukraine (AP) \xE2\x80\x94 International monitors said Tuesday.", "KYIV, Ukraine"},
      {"VIENNA- The Representative expressed serious concern today.", "VIENNA"},
      {"NEW YORK -- The talks resumed.", "NEW YORK"},
      {"NUR-SULTAN (TCA) \xE2\x80\x94 Some 50 parliamentarians will deploy.", "NUR-SULTAN"},
      // The German agency writes its name in small letters; a longer word in them is no agency.
      {"WIEN (dpa) - Die Wiederholung der Stichwahl soll beobachtet werden.", "WIEN"},
      {"VIENNA (the capital) - The talks resumed.", ""},
      {"BE\xC4\x8C - Organizacija za evropsku bezbednost je produ\xC5\xBEila mandat.", "BE\xC4\x8C"},  // BEČ - ...
      // The agency after the place's stop.
      {"NUR-SULTAN. KAZINFORM - The Assembly will observe the elections.", "NUR-SULTAN"},
      {"ASTANA. The Assembly will observe the elections.", ""},
      // Dated, without its year: the author in slashes or the text after the agency, no dash.
      {"ALMATY. December 10. KAZINFORM /Daniyar S./ As Chair the country ensured ...", "ALMATY"},
      {"ASTANA. 5 December. KAZINFORM The Assembly will observe the elections.", "ASTANA"},
      // (АСТАНА. 10 декабря. КАЗИНФОРМ В ходе ...)
      {"\xD0\x90\xD0\xA1\xD0\xA2\xD0\x90\xD0\x9D\xD0\x90. 10 \xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F. "
       "\xD0\x9A\xD0\x90\xD0\x97\xD0\x98\xD0\x9D\xD0\xA4\xD0\x9E\xD0\xA0\xD0\x9C \xD0\x92 \xD1\x85\xD0\xBE\xD0\xB4\xD0\xB5",
       "\xD0\x90\xD0\xA1\xD0\xA2\xD0\x90\xD0\x9D\xD0\x90"},
      // A sentence's first word after the day is no agency; nor is a stop with no day before it.
      {"VIENNA. December 5. The Council met.", ""},
      {"VIENNA. December 5. OSCE The Council met.", "VIENNA"},
      {"VIENNA. Decembers 5. KAZINFORM The Council met.", ""},
      {"OSCE. AGENCY - The Organization said.", ""},
      {"VIENNA - ", ""},
      {"TIRANA / BRUSSELS \xE2\x80\x93 The Co-Chairs met.", "TIRANA / BRUSSELS"},
      // An American wire's em dash, glued to the place and the text; a hyphen glued is no dash.
      {"WASHINGTON\xE2\x80\x94""Three years after his death, the Chairman spoke.", "WASHINGTON"},
      {"VIENNA-The Council met.", ""},
      // МОСКВА /ТАСС/ – Представитель
      {"\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90 /\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/ \xE2\x80\x93 "
       "\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB4",
       "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90"},
      // Two places apart by a slash, the first of two words: no agency
      // between slashes.
      {"DEN HAAG/WARCHAU - Een internationale missie bekijkt.", "DEN HAAG/WARCHAU"},
      // Not a place: a structure, the OSCE, a State, a label in capitals, a
      // word in capitals that opens a sentence, no dash, no capital after it.
      {"ODIHR \xE2\x80\x93 The Office said.", ""},
      {"OSCE - The Organization said.", ""},
      {"GEORGIA \xE2\x80\x93 The talks went on.", ""},
      {"UPDATE - The talks resumed.", ""},
      {"IN BRIEF: the talks resumed.", ""},
      {"VIENNA hosted the talks.", ""},
      {"VIENNA - the talks resumed.", ""},
      {"Vienna - The talks resumed.", ""},
      // A bracket that names the agencies and dates the story, no dash
      // after it; without the year, or without a capital after it, none.
      {"MINSK (Daily Wire / Interfax - 21st March, 2019) The Chairman arrived.", "MINSK"},
      {"MINSK (Daily Wire / Interfax - 21st March) The Chairman arrived.", ""},
      {"MINSK (Daily Wire / Interfax - 21st March, 2019) the Chairman arrived.", ""},
      // The place in small letters after its capital, as regional agencies
      // write it: only with a participating State after it and the agency
      // in brackets.
      {"Tashkent, Uzbekistan (UzDaily.com) -- The mission released a report.", "Tashkent, Uzbekistan"},
      {"Baku, Azerbaijan (Trend) \xE2\x80\x93 The talks resumed.", "Baku, Azerbaijan"},
      {"Tashkent, Uzbekistan -- The mission released a report.", ""},
      {"Smith, Austria (retired) - The envoy spoke.", ""},
      {"Smith, the envoy (retired) - The envoy spoke.", ""},
  }));
  CHECK(text.substr(0, osce::place_only_dateline(text)) == place);
}

TEST_CASE("split: a headline's second line over the date heads the item with the first", "[split]") {
  const std::string above =
      "The delegation met the Speaker of the Parliament and members of its committees on the rights of minorities.";
  const std::string item =
      "Border Talks Resume in Geneva\nProgress Expected by Summer\nFriday, July 23, 2004\n\n"
      "Representatives of the two governments met in Geneva on 20 and 21 July for the sixth round of talks on the "
      "border, under the auspices of the Chairmanship.";
  CHECK(item_texts(above + "\n" + item + "\n") == std::vector<std::string>{above, item});
  CHECK(has_cue_at(above + "\n" + item + "\n", "Progress Expected", "its headline's second line"));
  // An aggregator's label over the next headline and its date is no first
  // line of it; nor is a card's name printed twice over a dateline.
  const std::string footer = above + "\nCategories: Central Europe";
  const std::string next = "Border Talks Resume in Geneva\nFriday, July 23, 2004\n\n"
                           "Representatives of the two governments met in Geneva for the sixth round of talks.";
  CHECK(item_texts(footer + "\n" + next + "\n") == std::vector<std::string>{footer, next});
  const std::string card = "Mission to Montenegro\nMission to Montenegro";
  const std::string news = "GENEVA, 1 July 2006 - The sixth round of the talks took place in Geneva under the "
                           "auspices of the Chairmanship and of the United Nations.";
  CHECK(item_texts(above + "\n" + card + "\n" + news + "\n").back() == news);
}

TEST_CASE("split: a wire's dateline without its date is a weaker cue", "[split]") {
  // A listing's bulleted headline over its lead, which opens with a wire's
  // place and a dash: the lead opens an item, which its headline heads.
  const std::string above =
      "The Commission held its second hearing on the region and heard six witnesses on the rights of the press.";
  const std::string item =
      "  \xE2\x80\xA2 Chairman and Co-Chairman Mark the Anniversary of a Monitor's Death in Ukraine\n\n"
      "    WASHINGTON\xE2\x80\x94Three years after the death of a paramedic serving with the Special Monitoring "
      "Mission, the Chairman recalled his death and the suffering of civilians.";
  CHECK(has_cue_at(above + "\n" + item + "\n", "WASHINGTON", "a wire's dateline without its date"));
  const std::vector<std::string> items = item_texts(above + "\n" + item + "\n");
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("\xE2\x80\xA2 Chairman and Co-Chairman"));  // the headline heads its lead
  // Inside an item, a place in capitals opens no such line: "VIENNA hosted ...".
  CHECK_FALSE(has_cue_at(above + "\nVIENNA hosted the talks, which went on for three days.\n", "VIENNA",
                         "a wire's dateline without its date"));
}

TEST_CASE("split: a wire's agency or place in brackets and a dash opens a lead", "[split]") {
  const std::string above =
      "The Commission held its second hearing on the region and heard six witnesses on the rights of the press.\n";
  // The place in brackets, as Turkish agencies open ("(ANKARA) - ").
  const std::string ankara =
      "(ANKARA) - Foreign Minister Jane Doe will attend the meeting of the Organization's foreign ministers in "
      "Istanbul on Friday.\n";
  CHECK(has_cue_at(above + ankara, "(ANKARA)", "a wire's dateline without its date"));
  CHECK(item_texts(above + ankara).size() == 2);
  // The agency alone on its line over the lead, as a site copies it.
  const std::string agency =
      "(Adnkronos) \xE2\x80\x93\nSeveral international military observers of the Organization were detained in "
      "the region, the BBC reported.\n";
  CHECK(has_cue_at(above + agency, "(Adnkronos)", "a wire's dateline without its date"));
  // Not a bracket that a sentence goes on from, nor one with a number.
  CHECK_FALSE(has_cue_at(above + "(OSCE) - the Organization said.\n", "(OSCE)", "a wire's dateline without its date"));
  CHECK_FALSE(has_cue_at(above + "(2023) - Report on the talks.\n", "(2023)", "a wire's dateline without its date"));
}

TEST_CASE("split: the page's one headline printed twice heads its article whatever its words", "[split]") {
  // A headline in capitals' case ("says" nothing in small letters) printed
  // twice at the page's top, under the site's logo, over a source and a time.
  const std::string article =
      "logo\n12th Round of Border Talks Held in Geneva\n\n12th Round of Border Talks Held in Geneva\n\n"
      "Agency.ge 19 hours ago\n\n"
      "On June 25-26, the 12th round of the border talks between the two countries was held in Geneva under the "
      "auspices of the envoys.\n\n"
      "The national delegation, led by Deputy Foreign Minister Anna Berg, stressed the need for the full "
      "implementation of the ceasefire agreement by the other side, and the return of displaced persons to their "
      "homes.\n\n"
      "The delegations will meet again in the autumn.\n";
  CHECK(item_texts(article).size() == 1);
  // A card named for an OSCE structure heads no article: the paragraphs
  // under it are weighed as any others ("in a headed item" is not asked).
  const std::string body =
      "The Mission works on the rule of law, media and democratization in the country.\n\n"
      "The national delegation, led by Deputy Foreign Minister Anna Berg, stressed the need for the full "
      "implementation of the ceasefire agreement by the other side.\n";
  CHECK_FALSE(has_cue_at("Mission to Serbia\n\nMission to Serbia\n\n" + body, "The national delegation",
                         "in a headed item"));
  CHECK(has_cue_at("Border Talks Held in Geneva\n\nBorder Talks Held in Geneva\n\n" + body, "The national delegation",
                   "in a headed item"));
}

TEST_CASE("split: a teaser's link glued before the next teaser parts them", "[split]") {
  const std::string page =
      "Right of Reply on the People's Assembly\n"
      "The Assembly is neither genuine nor inclusive of the country's views.\n"
      "Read More\xC2\xBBThis past weekend, people in a hundred cities again took to the streets.\n"
      "Read More\xC2\xBBWe continue to be amazed by the courage of the people demanding their voices be heard.\n"
      "Read More\xC2\xBB\n";
  const std::vector<std::string> items = item_texts(page);
  REQUIRE(items.size() == 3);
  // The link stays with the teaser before it.
  CHECK(items[0].ends_with("views.\nRead More\xC2\xBB"));
  CHECK(items[1].starts_with("This past weekend"));
  CHECK(items[2].starts_with("We continue"));
  CHECK(osce::glued_more_link("Read More \xC2\xBB The next teaser.") == 12);
  CHECK(osce::glued_more_link("READ MORE \xE2\x80\xBA The next teaser.") == 13);  // any case, any link mark
  CHECK(osce::glued_more_link("Read more >The next teaser.") == 11);
  CHECK(osce::glued_more_link("Read More\xC2\xBB") == 0);
  CHECK(osce::glued_more_link("Read more about the report in the annex.") == 0);
  CHECK(osce::glued_more_link("Reform of the security sector goes on.") == 0);
}

TEST_CASE("split: a headline over its byline and counts heads the lead below them", "[split]") {
  // A news site prints the article's source (and its share counts, and the
  // headline again) between the headline and the lead.
  const std::string first =
      "Mission helps courts in Osh publish their decisions online\n"
      "The Mission handed over software to the courts of three districts on Tuesday. The judges will publish "
      "their decisions within a week of the hearing.\n"
      "The project, funded by two donors, runs until the end of next year in all districts.\n";
  const std::string second =
      "Regional forum in Skopje discusses the safety of reporters at protests\n"
      "\n"
      "12\n"
      "Source: Beta, N1\n"
      "Regional forum in Skopje discusses the safety of reporters at protests\n"
      "\n"
      "Editors and reporters from five countries met in Skopje on Monday to discuss how police and organizers can "
      "keep reporters safe at protests.\n"
      "They agreed on a list of recommendations for the authorities.\n";
  const auto items = item_texts(first + second);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("Regional forum in Skopje"));
  // (Not at the headline's copy: the byline and the counts are the item's.)
  CHECK(items[1].find("Source: Beta, N1") != std::string::npos);
  CHECK(items[1].find("Editors and reporters") != std::string::npos);
  CHECK(has_cue_at(first + second, "Editors and reporters", "under its headline's byline"));
  // "By" and a name is a byline too; a card's name printed twice over its
  // text is no headline over a byline.
  CHECK(osce::byline("By Jane Doe"));
  CHECK(osce::byline("Source/Author: Beta/N1"));
  CHECK(osce::byline("Izvor: Tanjug"));
  CHECK_FALSE(osce::byline("By the end of the year"));
  // Where the reporter filed from, and when.
  CHECK(osce::byline("By Jane Doe in Skopje December 3, 2023"));
  CHECK(osce::byline("By Jane Doe in New York"));
  CHECK_FALSE(osce::byline("By Jane Doe in the capital"));
  CHECK_FALSE(osce::byline("By Monday in Skopje the talks ended"));
  CHECK_FALSE(osce::byline("Source:"));
  CHECK_FALSE(osce::byline("Where we are: OSCE Mission to Serbia"));
  // The author's key with no colon, as Balkan sites print it, and its plural.
  CHECK(osce::byline("Autor Dragana Doe"));
  CHECK(osce::byline("Autori: JANE DOE"));
  CHECK_FALSE(osce::byline("Autor je rekao da se sastanak održao"));
}

TEST_CASE("split: contacts under a text's last sentence are that text's", "[split]") {
  const std::string page =
      "SARAJEVO, 18 December 2000 - The OSCE Mission to Bosnia and Herzegovina marked five years in the country "
      "today. The Mission's mandate was recently extended by the OSCE Permanent Council.\n"
      "For further information please contact OSCE Spokesperson Luke Doe at (++387/33) 292-449.\n";
  CHECK(has_cue_at(page, "For further", "closes the text above"));
  CHECK(osce::segment(page, {}).items.size() == 1);
  // A lead that only ends in an address opens no close.
  const std::string lead = "The Mission ended a course for judges today in the capital, with forty participants.\n"
                           "The OSCE launched a new website on the elections today, at www.example.org\n";
  CHECK_FALSE(has_cue_at(lead, "The OSCE launched", "closes the text above"));
  CHECK(osce::opens_as_a_close("Contact: Jane Doe, +43 1 514 36 6000"));
  CHECK_FALSE(osce::opens_as_a_close("Contacts between the two sides resumed in May."));
}

TEST_CASE("split: a text's source credited under its last sentence closes it", "[split]") {
  // "Source: ..." under the last sentence, over the next page's section
  // label, headline and date: the source is the text's above, and the item
  // below begins at the label, not at the credit.
  const std::string page =
      "The conference participants emphasized that Turkmenistan and the OSCE attach great importance to the "
      "further expansion of the partnership.\n\nSource: Turkmenistan.ru\n"
      "Resources\nCelebrating twenty years of OSCE presence in Kazakhstan\n24 October 2018\n"
      "Honouring two decades of the OSCE presence was the focus of a visit by the Secretary General to Astana.\n";
  const auto items = item_texts(page);
  REQUIRE(items.size() == 2);
  CHECK(items[0].ends_with("Source: Turkmenistan.ru"));
  CHECK(items[1].starts_with("Resources\nCelebrating"));
  CHECK(osce::credits_a_source("Source: Turkmenistan.ru"));
  CHECK(osce::credits_a_source("Izvor: Tanjug"));
  // An author is no source; nor is a key with nothing after it.
  CHECK_FALSE(osce::credits_a_source("By Jane Doe"));
  CHECK_FALSE(osce::credits_a_source("Author: UNIAN"));
  CHECK_FALSE(osce::credits_a_source("Source:"));
}

TEST_CASE("split: a blog's byline in small letters stands between the headline and its lead", "[split]") {
  const std::string first =
      "The Mission handed over software to the courts of three districts on Tuesday. The judges will publish "
      "their decisions within a week of the hearing.\n\n";
  const std::string second =
      "Observers: Secret voting only\n\nby Jane Doe\n\n"
      "A press conference on the preliminary results of the presidential election was held today in the capital "
      "by the observation mission.\n\nAbout 800 international observers watched the election.\n";
  const auto items = item_texts(first + second);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("Observers: Secret voting only"));
  CHECK(osce::byline("by Jane Doe"));
  CHECK_FALSE(osce::byline("by admin"));
  CHECK_FALSE(osce::byline("by the end of the year"));
}

TEST_CASE("split: a headline over bylines over a dateline heads the dateline", "[split]") {
  // A news site prints who wrote the article and whose photo it shows
  // between the headline and the dateline.
  const std::string first =
      "The Minister of Foreign Affairs met the new Head of the Mission in Belgrade today and congratulated him on "
      "his appointment, the ministry said.\n";
  const std::string second =
      "Mission head: independent media a challenge for everyone\n"
      "\n"
      "Source/Author: FoNet\n"
      "Source/Photo: N1\n"
      "\n"
      "BELGRADE, 15 June 2020 \xE2\x80\x93 Everyone needs independent and professional media, the head of the "
      "Mission said.\n"
      "He told the agency that the media are the basis of every democratic society.\n";
  CHECK(second_of_two(first + second).starts_with("Mission head: independent media"));
  CHECK(has_cue_at(first + second, "Mission head:", "headline over a dateline"));
  CHECK(has_cue_at(first + second, "BELGRADE", "under its headline"));
  // (A byline over the dateline heads nothing.)
  CHECK_FALSE(has_cue_at(first + second, "Source/Photo: N1", "headline over a dateline"));
  const osce::Segmentation seg = osce::segment(first + second, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].date == "2020-06-15");
  CHECK(osce::byline("Source/Photo: N1"));
  CHECK(osce::byline("Photo: OSCE/Jane Doe"));
  CHECK_FALSE(osce::byline("Photo gallery of the event in Vienna"));
}

TEST_CASE("split: a headline between paragraphs over its byline heads the lead under the byline", "[split]") {
  // A page runs two readouts together, the first with no headline; the
  // second's headline stands over a blog theme's byline, then its lead.
  const std::string first =
      "The Minister of Foreign Affairs met the new Head of the Mission in Belgrade today and congratulated him on "
      "his appointment.\n"
      "\n"
      "The Minister said the Mission's support for the reform of the judiciary was of great importance, and that "
      "the country expected the co-operation to go on along the same lines in the years ahead.\n"
      "\n"
      "He pointed out that the support of the Mission mattered most in the fields of the rule of law, freedom of "
      "the media and the rights of minorities, and in finding a lasting solution for refugees.\n"
      "\n"
      "The two agreed to meet again in the autumn to review the projects of the year and to plan those of the "
      "next.\n"
      "\n";
  const std::string second =
      "Deputy Prime Minister met Head of Mission in Pristina (Government, Radio B)\n"
      "\n"
      "By   /  25/06/2018  /  No Comments\n"
      "\n"
      "The Deputy Prime Minister spoke on Friday with the Head of the Mission in Pristina, Ambassador Jan Doe.\n"
      "\n"
      "Both sides highlighted the importance of the Mission's monitoring of community rights.\n";
  CHECK(second_of_two(first + second).starts_with("Deputy Prime Minister met"));
  CHECK(has_cue_at(first + second, "The Deputy Prime Minister spoke", "under its headline's byline"));
}

TEST_CASE("split: a headline's names count with its lead's when these are new", "[split]") {
  // Two readouts on one subject: the second's headline names only what the
  // first named (the Minister, Kosovo, the OSCE); its lead names who met.
  const std::string first =
      "Minister meets Head of OSCE Mission in Kosovo\n"
      "\n"
      "The Serbian Minister of Foreign Affairs spoke on Friday with the Head of the OSCE Mission in Kosovo, "
      "Ambassador Jan Doe, about the Mission's work in Kosovo.\n"
      "\n"
      "The Minister and the Ambassador discussed the monitoring of the situation on the ground and the rights of "
      "the communities in Kosovo, the Serbian Government said.\n"
      "\n"
      "Both sides highlighted the importance of the work of the OSCE Mission in accordance with its mandate and its "
      "status neutrality, the Minister said.\n"
      "\n";
  const std::string second =
      "Serbian Minister for Kosovo meets with OSCE official\n"
      "\n"
      "Serbian Minister for Kosovo Goran Petrovic met in Belgrade yesterday with OSCE Secretary General Marc "
      "Lefebvre.\n"
      "\n"
      "The two discussed the status of human rights in the province, the Ministry stated.\n";
  CHECK(second_of_two(first + second).starts_with("Serbian Minister for Kosovo meets"));
}

TEST_CASE("split: a chronology's dated entries are one item's", "[split]") {
  // A ministry's page on its co-operation with the Organization, under a
  // news item: a year, a month and year, a whole date, an event's days, then
  // a dash and a sentence each.
  const std::string news =
      "ASTANA, 27 March 2009 - The Centre marked its tenth anniversary with an official ceremony today.\n"
      "Government officials and members of Parliament took part in the ceremony.\n";
  const std::string chronology =
      "Co-operation between the Republic and the Organization\n"
      "\n"
      "1992 - The Republic becomes a participating State.\n"
      "\n"
      "1999 \xE2\x80\x93 Opening of the Centre in Almaty.\n"
      "\n"
      "June 21, 2007 - Decision of the Permanent Council on renaming the Centre.\n"
      "\n"
      "December 2007 - Decision of the Ministerial Council in Madrid on the Chairmanship in 2010.\n"
      "\n"
      "July 16-17, 2010 - Informal Ministerial Council in Almaty, decision to hold the Summit in the country.\n"
      "\n"
      "Since February 9, 2016 - The Office is headed by Ambassador Jane Doe.\n";
  const auto items = item_texts(news + chronology);
  REQUIRE(!items.empty());
  CHECK(items.back().find("1992 - ") != std::string::npos);
  CHECK(items.back().find("Since February 9, 2016") != std::string::npos);
  CHECK(has_cue_at(news + chronology, "December 2007", "in a list"));
  // News cards each dated in full are no chronology: nothing marks them a list.
  const std::string cards =
      "12 July 2023 - The Mission trained forty judges on the new criminal procedure code in Tirana.\n"
      "11 July 2023 - The Centre opened a legal aid office for refugees in the south of the country.\n"
      "10 July 2023 - The Office handed over equipment to the border guards at the northern crossings.\n";
  CHECK_FALSE(has_cue_at(cards, "11 July 2023", "in a list"));
}

TEST_CASE("split: a page's title over its first section's heading begins an item", "[split]") {
  // A news item, then an office's page: its name, the heading "Mandate",
  // then its text.
  const std::string news =
      "The Office completed a series of three-day training seminars in four regions of the country in "
      "co-operation with the Commission of Human Rights and two international partners.\n"
      "The aim of the events was to raise awareness among representatives of local authorities, law enforcement, "
      "social services, civil society and academia about national and international mechanisms for the "
      "protection of human rights in regional centres and rural areas.\n"
      "This year, a total of 871 participants took part in the seminars held in four regions of the country, in "
      "cities and villages alike, and the Office will continue the series next year.\n";
  const std::string page =
      "OSCE Programme Office in Astana\n"
      "Mandate\n"
      "According to its mandate, the Office is entrusted with supporting the country in implementing the "
      "Organization's principles and commitments.\n";
  CHECK(second_of_two(news + page).starts_with("OSCE Programme Office in Astana"));
  CHECK(has_cue_at(news + page, "OSCE Programme Office in Astana", "a title over its first section's heading"));
  // Under a short summary, a page's note over its author's name is no title.
  const std::string summary =
      "On behalf of two States, the Ambassador welcomes the work of the High Commissioner.\n"
      "This was published under the previous government\n"
      "Neil Holland\n"
      "Thank you, Mr Chair. I am delivering this statement on behalf of two States.\n";
  CHECK_FALSE(has_cue_at(summary, "This was published", "a title over its first section's heading"));
  // Over its page's tabs, a title heads its page under a short item on the
  // same office too.
  const std::string short_news =
      "Staff of the Institute visited the Office of the Co-ordinator in the capital and met the Co-ordinator.\n"
      "The Office and the Institute agreed on joint planning of the Office's projects for the next year.\n";
  const std::string tabbed =
      "Office of the Co-ordinator\n"
      "\n"
      "About\n"
      "\n"
      "Overview\n"
      "\n"
      "The Office of the Co-ordinator carries out projects agreed upon with the host government and its "
      "institutions.\n";
  CHECK(second_of_two(short_news + tabbed).starts_with("Office of the Co-ordinator"));
}

TEST_CASE("split: a headline may open with a quoted term", "[split]") {
  const std::string first =
      "The chief of the Mission highlighted the efforts of all sides to settle the situation, the Mission said on "
      "Wednesday.\n"
      "\n"
      "Members of the Mission met the Permanent Representative and the Ambassador to discuss the situation in the "
      "country and the Mission's activities.\n"
      "\n"
      "The negotiations on the settlement process began in 2005, with three mediators and two observers, and "
      "have met in many formats and many capitals since.\n"
      "\n"
      "The region has been outside the control of the capital since 1992, and no State recognizes it; the "
      "mediators hold that any settlement must respect the country's territorial integrity.\n"
      "\n";
  const std::string second =
      "\"5+2\" Transdniestrian settlement negotiations cancelled\n"
      "\n"
      "The Head of the Mission, Ambassador Jane Doe, declared on 14 February that she regretted the lack of "
      "consensus among the parties on a new round of talks in Chisinau.\n";
  CHECK(second_of_two(first + second).starts_with("\"5+2\""));
  CHECK_FALSE(has_cue_at(first + second, "\"5+2\"", "quote"));
}

TEST_CASE("split: a headline with a verb in it is no name of a list's entry", "[split]") {
  // Two announcements, each under an agency's section label: the headlines
  // stand alone and their leads take up their words, as a list of names'
  // descriptions do, but "to visit" makes each a headline.
  const std::string page =
      " date 2024-05-14 Submit Release\n"
      "\n"
      "OSCE Chair-in-Office Jane Doe to visit Georgia\n"
      "\n"
      "VIENNA, 14 May 2024 - The OSCE Chair-in-Office, Jane Doe, will visit Georgia on 15 May.\n"
      "\n"
      "During her visit, the Chair-in-Office will meet the President and the Prime Minister.\n"
      "Politics\n"
      "\n"
      "OSCE Secretary General to visit Georgia\n"
      "\n"
      "OSCE Secretary General John Roe will pay an official visit to Georgia on June 14.\n";
  CHECK_FALSE(has_cue_at(page, "OSCE Chair-in-Office Jane Doe", "structure"));
  CHECK_FALSE(has_cue_at(page, "OSCE Secretary General to visit", "structure"));
  // A name of the taxonomy in sentence case is still an entry's name.
  const std::string entries =
      "Countering terrorism\n\nThe States see terrorism as one of the most significant threats. Countering "
      "terrorism is a priority.\n\n"
      "Border management\n\nOpen and secure borders are essential. Border management is a priority too.\n";
  CHECK(has_cue_at(entries, "Border management", "structure"));
}

TEST_CASE("split: the rest of a delivery note broken in two is no headline over the date", "[split]") {
  // A delegation's statement: its title, the delivery note on two lines (the
  // second in lower case), the date, the salutation.
  const std::string page =
      "Response to the Report of the Head of the Mission, Jane Doe\n"
      "As delivered by Ambassador John Roe\n"
      "to the Permanent Council, Vienna\n"
      "May 5, 2022\n"
      "Thank you, Mr. Chair.\n"
      "Ambassador Doe, welcome back to the Permanent Council. We support the work of the Mission.\n";
  CHECK(item_texts(page).size() == 1);
  CHECK_FALSE(has_cue_at(page, "to the Permanent Council, Vienna", "headline over a dateline"));
  // A link's file type or an aggregator's date key may open a headline in lower case.
  CHECK(has_cue_at("The Bureau met in Vienna on the first of December and adopted its agenda.\n"
                   "pdf News from Copenhagen 16\n13 December 2000\n- President will lead observers\n",
                   "pdf News", "headline over a dateline"));
}

TEST_CASE("split: a statement's title over its delivery note begins the statement", "[split]") {
  // Two delegations' statements in response to one Head of Mission's report,
  // run together: the second's title stands over its delivery note.
  const std::string first =
      "Madam Chair,\n"
      "We are very pleased to welcome the Head of the Mission, Ambassador Jane Doe, back to the Permanent "
      "Council. We recognize the outstanding work of the Mission to support the authorities in strengthening "
      "their institutions.\n"
      "We recall that the Mission is the largest field mission and plays an essential role on the ground.\n";
  const std::string second =
      "Response to the Report of the Head of the Mission, Jane Doe\n"
      "As delivered by Ambassador John Roe\n"
      "to the Permanent Council, Vienna\n"
      "May 5, 2022\n"
      "Thank you, Mr. Chair.\n"
      "Ambassador Doe, welcome back to the Permanent Council. We strongly support the work of the Mission.\n";
  CHECK(second_of_two(first + second).starts_with("Response to the Report"));
  CHECK(has_cue_at(first + second, "Response to the Report", "a statement's title over its delivery note"));
  CHECK(osce::opens_a_delivered_by_line("Delivered by Ambassador Jane Roe, Permanent Representative, in the Council."));
  CHECK_FALSE(osce::opens_a_delivered_by_line("As delivered, the statement was short."));
}

TEST_CASE("split: the date under a delivery note is the statement's, however long its head", "[split]") {
  // A mission's page: the title, a photo's caption, the title again, the
  // delivery note on two lines, the date. The date begins no item.
  const std::string first =
      "The Office handed video surveillance equipment to the border guards at a ceremony in the capital "
      "yesterday, its head said.\n";
  const std::string second =
      "Response to the Head of the Programme Office\n"
      "The Programme Office helps build a comprehensive security model in the country and helps the host "
      "State implement its commitments.(OSCE/Photographer)\n"
      "Response to the Head of the Programme Office\n"
      "As delivered by Deputy Chief of Mission Jane Roe\n"
      "to the Permanent Council, Vienna\n"
      "May 26, 2022\n"
      "Thank you, Mr. Chair.\n"
      "Ambassador Doe, welcome to the Permanent Council. We value the work of your Office.\n";
  for (const std::string& item : item_texts(first + second)) CHECK_FALSE(item.starts_with("May 26, 2022"));
  // The statement begins at its title, over the caption and the title again;
  // the date is its head's.
  CHECK(has_cue_at(first + second, "Response to the Head", "a statement's title over its delivery note"));
  CHECK(has_cue_at(first + second, "May 26, 2022", "under a head of lines"));
  // Without the title's first copy, the note holds the date all the same.
  const std::string untitled = second.substr(second.find("As delivered"));
  CHECK(has_cue_at(first + untitled, "May 26, 2022", "under a delivery note"));
}

TEST_CASE("split: a lead's dateline that repeats its item's date line is the same item's", "[split]") {
  // The site's old layout: headline, place and date, the photo's caption,
  // then the lead with its dateline.
  const std::string first =
      "The Mission helped the municipalities of the region sign a declaration on dialogue between communities, "
      "its head said.\n";
  const std::string second =
      "Mission streamlines its field presence\n"
      "PRISTINA 9 January 2002\n"
      "In the last two years, the Mission in the province has opened offices in many regions of the province. "
      "(Jane Roe/OSCE) Photo details\n"
      "PRISTINA, 9 January 2002 - Over the last two years, the Mission has had offices across the whole region.\n"
      "There will now be nine offices, each covering a number of municipalities.\n";
  CHECK(second_of_two(first + second).starts_with("Mission streamlines"));
  CHECK(has_cue_at(first + second, "PRISTINA, 9 January", "repeats its item's date"));
}

TEST_CASE("split: a media monitor's headline may name its one source in a word", "[split]") {
  // A page of headlined items; the second's headline ends with its source in
  // brackets, one word.
  const std::string first =
      "Mission streamlines its field presence in Kosovo\n"
      "\n"
      "The Mission has opened offices in many regions of the province over the last two years, its head said "
      "on Wednesday.\n";
  const std::string second =
      "OSCE helps municipalities for community advancement (Indeksonline)\n"
      "\n"
      "Six municipalities, with the assistance of the Mission, signed a declaration today which aims to promote "
      "dialogue between communities.\n";
  CHECK(second_of_two(first + second).starts_with("OSCE helps municipalities"));
  // A name's abbreviation, or a name's word, in brackets is no source.
  CHECK(item_texts("Conflict Prevention Centre (CPC)\n\nThe CPC supports the Chairmanship.\n").size() == 1);
}

TEST_CASE("split: an aggregator's keyed headline heads its lead under an agency's dates and byline", "[split]") {
  // The key with the headline, the date, the headline again, the agency's
  // dateline with no year, its byline with the agency's name after a dash.
  const std::string first =
      "The Centre hosted a national seminar on the Vienna Document for twenty officials of the Ministry of "
      "Defence, its head said.\n";
  const std::string second =
      " date 2021-08-11 Head of the Centre reveals main co-operation achievements\n"
      "\n"
      "11 August 2021\n"
      "Head of the Centre reveals main co-operation achievements\n"
      "\n"
      "BAKU, Azerbaijan, Aug. 11\n"
      "\n"
      "By Jeila Aliyeva - Trend:\n"
      "\n"
      "One of the Centre's flagship projects aims at strengthening the capacities of the State Border Service, the "
      "Head of the Centre told Trend.\n";
  const auto items = item_texts(first + second);
  REQUIRE(items.size() == 2);
  CHECK(items[1].find("One of the Centre's flagship projects") != std::string::npos);
  CHECK(has_cue_at(first + second, "BAKU, Azerbaijan", "under its headline's byline"));
  CHECK(osce::byline("By Huseyn Hasanov \xE2\x80\x93 Trend:"));
  CHECK_FALSE(osce::byline("By Huseyn Hasanov - the agency reported on the meeting:"));
}

TEST_CASE("split: a paragraph that links back in its first words goes on with its item", "[split]") {
  // Another State named, another word: the adverb says the paragraph goes
  // on from the one above.
  const std::string page =
      "VIENNA - Serbia will chair the Organization next year, the Secretary General told reporters in Vienna on "
      "Wednesday, and said the chair had a chance to mediate in the region.\n\n"
      "The decision on the consecutive chairmanships was taken three years ago at the headquarters.\n\n"
      "Montenegro is thus to follow as the second former Yugoslav state to chair the organisation, with Germany "
      "to take over after it.\n";
  CHECK(has_cue_at(page, "Montenegro is thus", "links back in its first words"));
  CHECK(item_texts(page).size() == 1);
  // A headline in its speaker's first person, who is named last, does not go on from above.
  const std::string headline = "Our findings will be published in later reports, says head of observation mission\n";
  CHECK_FALSE(has_cue_at(page + headline, "Our findings", "continuation"));
  CHECK(has_cue_at(page + "Our findings will be published in later reports.\n", "Our findings", "continuation"));
}

TEST_CASE("split: a speaker at the event goes on with the item that reported it", "[split]") {
  // "Addressing the participants, ..." names someone new under an item on
  // the same event: the event was named above, as "He said" refers back.
  const std::string page =
      "The Centre held a two-day course on legal drafting for the staff of the parliament in Bishkek on 4 and 5 "
      "March. Twenty advisers took part.\n"
      "Addressing the participants, Maria Rossi, Head of the Centre's Democratization Department, said that clear "
      "laws are the first safeguard of citizens' rights.\n"
      "Speaking at the closing session, the Speaker of the Parliament thanked the Centre for its support.\n";
  CHECK(item_texts(page).size() == 1);
  CHECK(has_cue_at(page, "Addressing the participants", "continuation"));
  CHECK(has_cue_at(page, "Speaking at the closing", "continuation"));
  // A lead may open with a participle too: only speaking at the event refers back.
  CHECK_FALSE(osce::opens_as_continuation(
      "Welcoming the new Secretary General, the Assembly's President today expressed hope for renewed dialogue."));
  CHECK(osce::opens_as_continuation("Responding to a question, the Head of Mission said the talks would resume."));
  // The meeting the item reported, taken up: "In the meeting they discussed ...".
  CHECK(osce::opens_as_continuation("In the meeting they discussed the preparations for the Ministerial Council."));
  // Someone named above, speaking on.
  CHECK(osce::opens_as_continuation("As MacGregor noted, it is also worth mentioning the Institute in Mary (TSEI)."));
  CHECK(osce::opens_as_continuation("As he said, the relationship has improved."));
  CHECK_FALSE(osce::opens_as_continuation("As OSCE Chair, Malta will focus on the safety of journalists."));
  CHECK_FALSE(osce::opens_as_continuation("In the run-up to the elections, the Office opened an observation mission."));
  // A short phrase of time or place, then someone named above by a pronoun.
  CHECK(osce::opens_as_continuation("In 2005 he was transferred to the Permanent Representation in Brussels."));
  CHECK(osce::opens_as_continuation("On Monday, she met the Prime Minister."));
  CHECK_FALSE(osce::opens_as_continuation("When she arrived in Kyiv, Jane Doe found the Mission's office closed."));
  CHECK_FALSE(osce::opens_as_continuation("On 10 July, in Tashkent, the Co-ordinator met the academy's students."));
}

TEST_CASE("split: the lead under a headline's deck is the headline's", "[split]") {
  // An agency's page: the headline, a deck with the photo's credit glued to
  // it, then the lead with its date in the agency's form, no dateline read.
  const std::string page =
      "The Mission trained forty judges in Tirana on the new criminal procedure code, its spokesperson said on "
      "Monday, and more courses follow in the spring.\n"
      "OSCE Chair calls on Vienna meeting to restore confidence between the States\n"
      "The Organization can contribute to the establishment of security and cooperation in Europe\xC2\xA9 Getty "
      "Images\n"
      "Baku. 7 December. The Chairperson of the Organization said at the opening of the meeting in Vienna that "
      "confidence between the States must be restored.\n"
      "He added that the field missions are unique.\n";
  const auto items = item_texts(page);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("OSCE Chair calls"));
  CHECK(items[1].find("Baku. 7 December.") != std::string::npos);
  CHECK(has_cue_at(page, "Baku. 7 December.", "under its headline's deck"));
}

TEST_CASE("split: a byline with the article's date under its headline is the headline's", "[split]") {
  // An aggregator's page: the headline, the author with a handle and the
  // date and time, the agency's lead. Neither the handle (no contact) nor
  // the dated line (no headline of its own) begins an item.
  const std::string first =
      "The Chair thanked the States for their support and said the meeting had been constructive and useful for "
      "all of them.\n";
  const std::string second =
      "New Secretary General of the Organization appointed in Vienna\n"
      "\n"
      "Jane Doe (@janedoe) 5 minutes ago Sat 05th December 2020 | 01:15 PM\n"
      "\n"
      "VIENNA (Agency) - Ministers of the 57 States appointed a new Secretary General of the Organization by "
      "consensus at their online meeting on Friday.\n"
      "She is the first woman to hold the post.\n";
  const auto items = item_texts(first + second);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("New Secretary General"));
  CHECK(items[1].find("She is the first woman") != std::string::npos);
  CHECK(has_cue_at(first + second, "VIENNA (Agency)", "under its headline's byline"));
  // A text broken into lines mid-sentence: the line before the break is no
  // headline of the lower-case line under it.
  const std::string wrapped =
      "The Mission evacuated its staff from the east of the country, the Mission said in a statement issued on "
      "the seventh of March.\n"
      "\xE2\x80\x9CThe Special Monitoring Mission has suspended work on\n"
      "reporting,\xE2\x80\x9D it says in the statement published on its website this week.\n";
  CHECK(item_texts(wrapped).size() == 1);
}

TEST_CASE("split: a byline between paragraphs over a lead begins an item", "[split]") {
  // An agency signs with its one name; the page left its headline out.
  CHECK(osce::byline("By Trend"));
  CHECK_FALSE(osce::byline("By contrast"));
  const std::string first =
      "Following the meeting, the parties agreed on the joint planning and implementation of the Office's "
      "projects for the next year.\n";
  const std::string second =
      "By Agency\n"
      "\n"
      "\n"
      "The relationship between the country and the Organization has improved to historically high levels, the "
      "Co-ordinator told the agency in an interview.\n"
      "\n"
      "As he said, the relationship has improved thanks to high-level visits.\n";
  CHECK(second_of_two(first + second).starts_with("By Agency"));
  CHECK(has_cue_at(first + second, "By Agency", "a byline over its lead"));
  // Over a paragraph that goes on from the one before, it opens nothing.
  CHECK_FALSE(has_cue_at(first + "By Agency\nHe added that the talks would go on.\n", "By Agency",
                         "a byline over its lead"));
  // Over a headline, it is the headline's item's head, not the end of the
  // headed item above.
  const std::string above =
      "Office Trains Prosecutors and Police in the North of the Country\n"
      "\n"
      "The Office has trained prosecutors and judicial police officers investigating criminal cases in the "
      "north of the country.\n";
  const std::string headed =
      "From: Daily News\n"
      "Ambassador Jane Doe to Head the Office in the Country\n"
      "\n"
      "Ambassador Jane Doe will replace Ambassador John Roe as the Head of the Office in the country.\n";
  CHECK(second_of_two(above + headed).starts_with("From: Daily News"));
  CHECK(has_cue_at(above + headed, "From: Daily News", "a byline over its lead"));
  CHECK(has_cue_at(first + headed, "From: Daily News", "a byline over its lead"));
}

TEST_CASE("split: a title over its head's lines and date begins an item", "[split]") {
  const std::string news =
      "The Organization welcomed an inclusive process for the election of the President, as defined in the "
      "Constitution of the country, the Office said on Facebook.\n";
  const std::string statement =
      "Response to the report of the Head of the Office in the country\n"
      "\n"
      "As reported by Jane Doe\n"
      "to the Permanent Council in Vienna\n"
      "September 19, 2024\n"
      "\n"
      "Ambassador, welcome to the Permanent Council. Thank you for reporting on the Office's support to the "
      "government.\n";
  CHECK(second_of_two(news + statement).starts_with("Response to the report"));
  CHECK(has_cue_at(news + statement, "Response to the report", "a title over its head's date"));
  // A link's line over a headline over its dateline: the headline heads the date.
  const std::string topic =
      "Our offices bring expert skills and knowledge to each challenge.\n"
      "Our institutions and offices\n"
      "Our operations on the ground\n"
      "VIENNA, 9 February 2004 - The Representative concluded her visit to the country yesterday.\n";
  CHECK_FALSE(has_cue_at(topic, "Our institutions and offices", "a title over its head's date"));
}

TEST_CASE("split: someone named in full above, taken up by the surname, goes on", "[split]") {
  CHECK(osce::opening_surname("Monaco was born in Rome on June 20, 1969.") == "Monaco");
  CHECK(osce::opening_surname("Minister of European Integration Jane Doe met today with the Head.").empty());
  CHECK(osce::opening_surname("The Head of the Office met the students.").empty());
  CHECK(osce::opening_surname("OSCE experts trained forty judges.").empty());
  CHECK(osce::names_in_full("Ambassador Vincenzo Del Monaco has been appointed.", "Monaco"));
  CHECK_FALSE(osce::names_in_full("The Principality of Monaco hosted it. Monaco is small.", "Monaco"));
  CHECK_FALSE(osce::names_in_full("The Ministry of Defence signed a project.", "Ministry"));
  // A sentence's long first word is no given name: "Puheenjohtajuuskaudellaan
  // Suomi ..." (during its Chairpersonship, Finland ...).
  CHECK_FALSE(osce::names_in_full("Ja. Puheenjohtajuuskaudellaan Suomi painottaa periaatteita.", "Suomi"));
  CHECK(osce::names_in_full("Ja. Ulkoministeri Suomi puhui.", "Suomi"));
  const std::string item =
      "TIRANA, 1 October 2020 - Ambassador Jane Doe has been appointed as the new Head of the Office in the "
      "country.\n"
      "\n"
      "The news was announced by the Office through a post on its website on Wednesday.\n"
      "\n"
      "Doe was born in Rome on 20 June 1969 and was awarded a degree in law by the University of Rome "
      "\"La Sapienza\" in 1991.\n";
  CHECK(item_texts(item).size() == 1);
  CHECK(has_cue_at(item, "Doe was born", "the surname of someone named above"));
  // After a phrase and its comma too, where the paragraph's first word is
  // no one's surname ("Speaking").
  CHECK(osce::surname_after_phrase("Speaking about the elections in Serbia, Orizio stated that the Office ...") ==
        "Orizio");
  CHECK(osce::surname_after_phrase("In April 2000, the Centre opened an office.").empty());
  const std::string interview =
      "BELGRADE, 15 June 2020 - Everyone needs independent and professional media, said the head of the Mission, "
      "Andrea Orizio.\n"
      "\n"
      "He told the news agency that the media are the basis of every democratic society.\n"
      "\n"
      "Speaking about the elections in Serbia, Orizio stated that the Office for Democratic Institutions and Human "
      "Rights (ODIHR) has formed a special unit that will observe the pre-election process.\n";
  CHECK(has_cue_at(interview, "Speaking about", "the surname of someone named above"));
}

TEST_CASE("split: a title that the text under it opens with begins an item", "[split]") {
  const std::string news =
      "The Office completed a series of three-day training seminars in four regions of the country in "
      "co-operation with the Commission of Human Rights and two international partners.\n"
      "The aim of the events was to raise awareness among representatives of local authorities, law enforcement, "
      "social services, civil society and academia about national and international mechanisms for the "
      "protection of human rights in regional centres and rural areas.\n"
      "This year, a total of 871 participants took part in the seminars held in four regions of the country, in "
      "cities and villages alike, and the Office will continue the series next year.\n";
  const std::string page =
      "Office in the Country\n"
      "\n"
      "The Office in the Country is headed by Ambassador Jane Doe. Its primary focuses include:\n";
  CHECK(second_of_two(news + page).starts_with("Office in the Country"));
  CHECK(has_cue_at(news + page, "Office in the Country", "a title its text opens with"));
  // A subheading over a paragraph on a part of its subject: no such title.
  CHECK_FALSE(has_cue_at(news + "Training of judges\nThe Office also trained judges.\n", "Training of judges",
                         "a title its text opens with"));
}

TEST_CASE("split: a headline quoted whole in single marks, over an aggregator's byline", "[split]") {
  CHECK(osce::byline("(MENAFN- AzerNews) By Trend"));
  CHECK_FALSE(osce::byline("(see below) the report"));
  // (After an article's worth of text: under a short opening, a headline
  // is an article's subheading.)
  const std::string first =
      "The Chairmanship is held for one calendar year by the participating State designated as such by a "
      "decision of the Ministerial Council.\n"
      "In this capacity the chairing State plays a major role in steering the work of the Organization and in "
      "representing it externally, and its Minister of Foreign Affairs exercises the function of "
      "Chairperson-in-Office.\n"
      "At the meeting in Basle in December 2014, the participating States entrusted the country with the "
      "Chairmanship for the year 2017, in succession to its neighbour, which held the position in 2016.\n"
      "Building on its role as an honest broker, the country will seek to promote dialogue and co-operation in "
      "the region.\n";
  const std::string second =
      "'Election report by the observers was prepared in advance'\n"
      "\n"
      "(MENAFN- Agency) By Trend\n"
      "\n"
      "The public and media representatives protested over the report prepared by the observation mission "
      "regarding the presidential election, an assistant of the mission said at a press conference.\n";
  CHECK(second_of_two(first + second).starts_with("'Election report"));
  // (Over its byline and lead after a sentence: an article's head, naming no one.)
  CHECK(has_cue_at(first + second, "'Election report", "a title over its byline"));
}

TEST_CASE("split: under the page's first line, a long title heads the date under it", "[split]") {
  // The site's label, the statement's title (too long for a title's words
  // alone), its date, its place and date, the address.
  const std::string page =
      "Statements Office of the High Commissioner for Human Rights\n"
      "\n"
      "Twelfth Session of the Forum on Minority Issues on Education, Language and the Human Rights of "
      "Minorities: Statement by the High Commissioner for Human Rights\n"
      "\n"
      "28 November 2019\n"
      "\n"
      "Geneva, 28 November 2019\n"
      "\n"
      "Distinguished President of the Council,\n"
      "Colleagues, Friends,\n"
      "\n"
      "I am pleased to be present at the opening of the 12th session of this unique platform for dialogue.\n";
  CHECK(item_texts(page).size() == 1);
}

TEST_CASE("split: a date printed twice, and a title under its date's lines, begin no item", "[split]") {
  const std::string article =
      "The Office organized a seminar on the protection of journalists for some forty editors and reporters "
      "from the northern regions of the country.\n"
      "\n"
      "Participants discussed the safety of reporters covering demonstrations and the duties of the police.\n"
      "\n";
  // The site's stamp over its headline, printed twice: the item opens at the first.
  const std::string stamped =
      "4 March 2019\n"
      "08:40 | March 4 2019\n"
      "\n"
      "Observers of the parliamentary elections to hold a press conference on Tuesday\n"
      "\n"
      "The international observers will present their preliminary findings at a news conference in the capital "
      "on Tuesday.\n";
  CHECK(second_of_two(article + stamped).starts_with("4 March 2019"));
  CHECK(has_cue_at(article + stamped, "08:40 |", "under its date"));
  // A different date under a date line is no stamp of it.
  CHECK_FALSE(has_cue_at(article + "4 March 2019\n08:40 | March 5 2019\n", "08:40 |", "under its date"));
  // A blog's date, its sidebar's label, then the post's title: the title is the date's.
  const std::string post =
      "Friday, March 8, 2019\n"
      "\n"
      "Most read\n"
      "\n"
      "A Region Between Two Wars: What Remains of Confidence-Building Measures\n"
      "\n"
      "The regional security architecture has been under strain for a decade, and the measures agreed on in the "
      "past are applied less and less by the states that signed them.\n";
  CHECK(second_of_two(article + post).starts_with("Friday, March 8, 2019"));
  CHECK(has_cue_at(article + post, "A Region Between", "under its date"));
}

TEST_CASE("split: a title in the shape of a label, over a paragraph, after a contact block", "[split]") {
  const std::string advisory =
      "The observers will present their preliminary findings at a news conference in the capital on Monday.\n"
      "Journalists are invited to attend the news conference at 14:30 at the Palace Hotel.\n"
      "For further information contact:\n"
      "Jane Doe, Office, +43 1 514 36 6000\n";
  const std::string report =
      "Election: Observers Present Their First Conclusions on the Vote\n"
      "\n"
      "The first round of the presidential election was competitive and voters were able to make an informed "
      "choice between the candidates.\n";
  CHECK(second_of_two(advisory + report).starts_with("Election: Observers"));
  // A source's label in a few words closes the item above as before.
  CHECK(item_texts(advisory + "Source: Agency\n" + report).front().ends_with("Source: Agency"));
}

TEST_CASE("split: a French headline names after an elided article", "[split]") {
  // (Sentence case: its one name follows "l\u2019"; after an article's
  // worth of text, as "a headline between paragraphs" asks.)
  const std::string first =
      "La Mission a organisé un séminaire sur la sécurité des journalistes pour "
      "quarante rédacteurs des régions du nord du pays.\n"
      "Les participants ont discuté de la sécurité des reporters qui couvrent les "
      "manifestations et des devoirs de la police, qui doit les protéger.\n"
      "Le séminaire sera suivi d’un second, consacré aux médias en ligne, "
      "au printemps prochain dans la capitale.\n"
      "Les rédacteurs ont salué l’initiative et demandé des formations "
      "régulières pour leurs équipes.\n"
      "Un manuel sur la sécurité des reporters, traduit dans les deux langues du pays, a été remis à chaque "
      "participant à la fin de la dernière journée.\n";
  const std::string second =
      "Paris regrette l’absence de renouvellement des mandats des responsables de l’OSCE\n"
      "La France a regretté lundi l’absence de renouvellement des mandats de quatre "
      "responsables de l’organisation, dont celui du secrétaire général.\n";
  CHECK(second_of_two(first + second).starts_with("Paris regrette"));
  CHECK(has_cue_at(first + second, "Paris regrette", "a headline between paragraphs"));
}

TEST_CASE("split: a headline printed twice over its lead, in any alphabet", "[split]") {
  // (Over ten words: more than a card's name; a news site prints the page's
  // title and the article's.)
  const std::string first =
      "Специальная мониторинговая миссия призывает стороны конфликта обеспечить доступ наблюдателей. Об этом на "
      "брифинге сказал председатель миссии.\n";
  const std::string headline =
      "Новости дня: миссия приостановила свою работу в городе после блокировки ее штаб-квартиры местными жителями";
  const std::string second = headline + "\n\n" + headline +
                             "\n\nМиссия приостановила свою работу после блокировки ее штаб-квартиры. Об этом "
                             "заявил глава миссии.\n";
  CHECK(second_of_two(first + second).starts_with("Новости дня"));
  const std::string english =
      "The Mission suspended its work in the city after protesters blocked its headquarters for three days";
  const std::string page = "The observers met the Chair in Vienna on Monday to discuss the next steps.\n" + english +
                           "\n" + english + "\nThe Mission suspended its work on Friday, its head said.\n";
  CHECK(second_of_two(page).starts_with("The Mission suspended its work in"));
  // (A card: the headline is the item's title.)
  const osce::Segmentation seg = osce::segment(page, {});
  REQUIRE(seg.items.size() == 2);
  CHECK(seg.items[1].title == english);
  // A photo's caption printed twice over the text is no headline.
  const std::string caption =
      "Jane Doe (r), a resident of the settlement near the river, 18 June 2009. (OSCE/John Roe)";
  CHECK(item_texts("The Mission monitors the rights of communities in the region and reports on them.\n" + caption +
                   "\n" + caption + "\nThe Mission also promotes the safety of communities in a variety of areas.\n")
            .size() == 1);
}

TEST_CASE("split: a headline that quotes its speaker heads its date line", "[split]") {
  const std::string page =
      "Qualora l'invito dovesse arrivare, l'Odihr intende inviare una missione di valutazione delle necessità, "
      "incontrando i rappresentanti delle autorità e dei partiti politici, della società civile e dei media. "
      "L'ispezione valuterà il clima pre-elettorale e raccomanderà se l'Odihr monitorerà le prossime elezioni.\n"
      "Elezioni, Osce: \"Se invitati manderemo missione\"\n"
      "28 novembre 2017 | 18.06\n"
      "Gli osservatori elettorali dell'Osce vengono invitati dai Paesi dove si svolge il voto.\n";
  CHECK(second_of_two(page).starts_with("Elezioni, Osce:"));
}

TEST_CASE("split: an aggregator's month key over the lead it copied opens an item", "[split]") {
  const std::string page =
      "Per la prima volta in Italia le operazioni di voto saranno seguite dagli ispettori europei dell'Osce. "
      "Invito formalmente non ancora ricevuto anche se l'arrivo degli ispettori è scontato dopo il decreto.\n"
      "date 2017-11 Continua la polemica su un eventuale monitoraggio dell'Osce in vista delle prossime elezioni "
      "nazionali. Lo precisa all'Adnkronos l'unità Affari Pubblici dell'ufficio.\n";
  CHECK(second_of_two(page).starts_with("date 2017-11 Continua"));
}

TEST_CASE("split: a headline over a stamp whose label is empty", "[split]") {
  const std::string page =
      "Per la prima volta in Italia le operazioni di voto saranno seguite dagli ispettori europei dell'Osce. "
      "Invito formalmente non ancora ricevuto anche se l'arrivo degli ispettori è scontato dopo il decreto.\n"
      "Elezioni: anche Osservatori OSCE in Italia il 4 marzo\n"
      "20-02-2018 16:19 -\n"
      "Quarantadue osservatori internazionali dell'Assemblea parlamentare saranno in Italia il 4 marzo.\n";
  CHECK(second_of_two(page).starts_with("Elezioni: anche"));
}

TEST_CASE("split: a headline's definite words do not refer back to the item above", "[split]") {
  // A page of two news items on one subject, each under its headline (the
  // second's printed again as a sentence): "The negotiation process" in
  // the second headline names the subject afresh; it takes up nothing of
  // the paragraph above.
  const std::string page =
      "Developments of the negotiation process discussed at the Ministry\n"
      "Developments of the negotiation process were discussed by the Minister with the head of the Mission.\n"
      "The Minister confirmed the importance of starting discussions on the third basket of the negotiation process.\n"
      "The negotiation process on the Transnistrian settlement has been stagnating for many years\n"
      "The negotiation process on the Transnistrian settlement has been stagnating for many years.\n"
      "This was stated by Foreign Minister Vitaly Ignatiev at a meeting with the Special Representative.\n";
  const std::string headline = "The negotiation process on the Transnistrian settlement has been stagnating for many years\n";
  CHECK(has_cue_at(page, headline, "headline"));
  CHECK_FALSE(has_cue_at(page, headline, "refers back"));
  // A paragraph under the headline, no headline itself, still refers back.
  CHECK(has_cue_at(page, "The Minister confirmed", "refers back"));
}

TEST_CASE("split: another language under a paragraph that shares its names", "[split]") {
  // A government's English release on talks, then a Romanian agency's item
  // on the same talks: they share "Moldova", "Tiraspol", "5+2", so the words
  // shift less than wholly (the words cue +0.52 of its 0.7); the language
  // shifts all the same.
  const std::string page =
      "On Wednesday, March 22, 2023, the Deputy Prime Minister for reintegration Oleg Serebrian had a "
      "meeting with the permanent representative of the Russian Federation to the OSCE, Ambassador "
      "Aleksandr Lukashevich, and with the special representative of the Russian Federation in the "
      "negotiation process regarding the Transnistrian settlement, Ambassador-at-Large Vitaly Tryapitsyn.\n"
      "Among the topics of discussion were the current situation in the negotiation process regarding the "
      "Transnistrian settlement, the current issues on the dialogue agenda, the position of Chișinău on "
      "them and the positive actions of the national authorities in relation to the residents of the "
      "Transnistrian region of the Republic of Moldova.\n"
      "Deputy Prime Minister Oleg Serebrian reiterated the fact that, in the context in which the activity "
      "of the \"5+2\" negotiation format is in a prolonged deadlock as a result of the war in Ukraine, the "
      "interaction is maintained in the dialogue platform of political representatives, sectoral working "
      "groups and the Joint Control Commission, within which, unfortunately, Tiraspol excessively "
      "politicizes most of the problems and does not contribute to overcoming them from the perspective of "
      "the interests of the residents on both banks of the Nistru River and the elimination of artificial "
      "barriers.\n"
      "În cadrul consultărilor în format 5+2, de la Moscova, a fost luată decizia de reluare a procesului "
      "de negocieri oficiale privind conflictul transnistrean, anunţă Guvernul Republicii Moldova, într-un "
      "comunicat.\n"
      "Guvernul Republicii Moldova salută această decizie şi menţionează că ea reprezintă rezultatul logic "
      "al eforturilor depuse de către toţi participanţii la proces pe parcursul ultimilor doi ani.\n";
  CHECK(has_cue_at(page, "În cadrul", "another language"));
  const std::vector<std::string> items = item_texts(page);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("În cadrul"));
}

TEST_CASE("split: a headline over its byline's date after the source's name", "[split]") {
  const std::string page =
      "Tokom aktivnosti planiranih za danas i sutra predviđena je posjeta Misiji i sastanci sa predstavnicima "
      "vlasti u Sarajevu i Banjoj Luci.\n"
      "Schmidt od danas zvanično na dužnosti Visokog predstavnika u BiH\n"
      "Al Jazeera 01.08.2021 | Izvor: Agencije\n"
      "Ad hoc međunarodna institucija odgovorna je za nadgledanje provedbe civilnih aspekata mirovnog sporazuma.\n";
  CHECK(second_of_two(page).starts_with("Schmidt od danas"));
}

TEST_CASE("split: a line in another script over a dateline is no headline of its", "[split]") {
  // A site's foot in its own language (a newsletter's offer) under an
  // English item, then the next item's dateline: the dateline begins that
  // item, the foot stays above it.
  const std::string english =
      "The Mission trained forty judges in Skopje on the new criminal code, the Head of Mission said.\n\n";
  const std::string foot =
      "\xD0\xA1\xD0\xB5\xD0\xBA\xD0\xBE\xD1\x98 \xD0\xB4\xD0\xB5\xD0\xBD \xD0\xB4\xD0\xBE\xD0\xB1\xD0\xB8\xD0\xB2"
      "\xD0\xB0\xD1\x98\xD1\x82\xD0\xB5 \xD0\xB3\xD0\xB8 \xD0\xB2\xD0\xB5\xD1\x81\xD1\x82\xD0\xB8\xD1\x82\xD0\xB5\n\n";
  const std::string next =
      "BERN, 4 May 2016 -- The Chairperson opened a conference on border security in Bern with ministers from ten "
      "States.\n\nDelegates discussed the trafficking of small arms across borders.\n";
  const std::vector<std::string> items = item_texts(english + foot + next);
  CHECK(std::any_of(items.begin(), items.end(), [&](const std::string& t) { return t.starts_with("BERN, 4 May"); }));
  CHECK(has_cue_at(english + foot + next, "BERN", "dateline"));
  // A headline in the dateline's script still heads it.
  const std::string headline = "Chairperson opens border security conference\n\n";
  const std::vector<std::string> headed = item_texts(english + headline + next);
  REQUIRE(headed.size() == 2);
  CHECK(headed[1].starts_with("Chairperson opens"));
}

TEST_CASE("split: the paragraph under a photo's caption and credit goes on with it", "[split]") {
  const std::string page =
      "Assembly leaders renew the observation agreement\n\n"
      "The Vice-President presenting the committee's report to the Bureau in Copenhagen\n\n"
      "Picture courtesy of the Assembly\n\n"
      "The Bureau of the Assembly on Monday (15 April) decided to apply the agreement again to the missions in "
      "Albania and Bulgaria.\n";
  CHECK(has_cue_at(page, "The Bureau of", "under a photo's caption"));
  CHECK(item_texts(page).size() == 1);
  // A dateline under a credit still opens the next item.
  const std::string next =
      "Graduates of the course in Dushanbe (OSCE/Jane Doe)\n\n"
      "VIENNA, 3 March 2020 \xE2\x80\x93 The Secretary General opened a conference on cyber security with forty "
      "experts from the region.\n";
  const std::string first = "The Mission trained forty judges in Skopje on the new criminal code, the Head said.\n\n";
  CHECK_FALSE(has_cue_at(first + next, "VIENNA", "under a photo's caption"));
  // A headline, its photo's caption, then the lead's dateline: one item,
  // which the headline begins.
  const std::string headed =
      "College concludes its twelfth staff course\n\n"
      "The course group in front of the College building in the capital (OSCE/Jane Doe)\n\n"
      "DUSHANBE, 24 October 2014 - A graduation ceremony for the course took place today at the College.\n\n"
      "Twenty-four participants from eight States attended the course.\n";
  CHECK(second_of_two(kItemAbove + headed).starts_with("College concludes"));
}

TEST_CASE("split: a caption that ends in its date, glued to the dateline, opens the item", "[split]") {
  const std::string next =
      "Staff of the Secretariat in Vienna, 3 March 2020VIENNA, 3 March 2020 \xE2\x80\x93 In an online meeting of the "
      "Bureau today, the Assembly's leaders discussed the missions to come.\n\n"
      "The President reported on the appointments she has made.\n";
  CHECK(has_cue_at(kItemAbove + next, "Staff of the", "dateline"));
  CHECK(second_of_two(kItemAbove + next).starts_with("Staff of the Secretariat"));
}

TEST_CASE("split: a ministry's 'Published on:' date over its headline begins the item", "[split]") {
  const std::string next =
      "Published on: 30 September 2021\n\nMinister meets the Head of Presence: appreciation for the work\n\n"
      "The Minister for Foreign Affairs held a meeting with the Head of the Presence in Tirana.\n";
  CHECK(has_cue_at(kItemAbove + next, "Published on", "date line"));
  CHECK(second_of_two(kItemAbove + next).starts_with("Published on: 30 September 2021"));
}

TEST_CASE("split: a statement's title, a line naming whom its photo shows, the title again", "[split]") {
  const std::string statement =
      "Response to the Report by the Head of the Presence\n\n"
      "Ambassador Jane Doe, Head of the Presence in Albania\n\n"
      "Response to the Report by the Head of the Presence\n\n"
      "As delivered by Ambassador John Roe\nto the Permanent Council, Vienna\nNovember 26, 2020\n\n"
      "Thank you, Mr. Chairman, and thank you, Ambassador Doe, for your briefing this morning.\n\n"
      "The United States welcomes your first address to the Council as Head of the Presence.\n";
  CHECK(second_of_two(kItemAbove + statement).starts_with("Response to the Report"));
  // The title again in other words, over a line that is no sentence and no
  // caption: not the same statement's head (as before).
  const std::string other =
      "Response to the Report by the Head of the Presence\n\n"
      "Ambassador Jane Doe, Head of the Presence in Albania\n\n"
      "Response to the Report of the Head of Mission in Skopje\n\n"
      "As delivered by Ambassador John Roe\nto the Permanent Council, Vienna\nNovember 26, 2020\n\n"
      "Thank you, Mr. Chairman, and thank you, Ambassador Doe, for your briefing this morning.\n";
  CHECK_FALSE(
      has_cue_at(kItemAbove + other, "Response to the Report by", "a statement's title over its delivery note"));
}

TEST_CASE("split: an agency's web address under its copy is no headline over the next date", "[split]") {
  const std::string next =
      "Published on: 30 September 2021\n\nMinister meets the Head of Presence: appreciation for the work\n\n"
      "The Minister for Foreign Affairs held a meeting with the Head of the Presence in Tirana.\n";
  for (const char* address : {"/example-news.al", "News.Az", "www.example.org/"}) {
    INFO(address);
    const std::string first =
        "The Mission trained forty judges in Skopje on the new criminal code, the Head of Mission said.\n\n"
        "The course will be repeated for prosecutors in the autumn, with experts from three States.\n" +
        std::string(address) + "\n";
    CHECK(second_of_two(first + next).starts_with("Published on: 30 September 2021"));
  }
  // A headline of one word with no dot still heads its date.
  CHECK(second_of_two("The Mission trained forty judges in Skopje on the new criminal code, the Head said.\n\n"
                      "Newsletter\nPublished on: 30 September 2021\n\n"
                      "The Minister for Foreign Affairs held a meeting with the Head of the Presence in Tirana.\n")
            .starts_with("Newsletter"));
}

TEST_CASE("split: lines under an agency's sign-off are the next item's, not a contacts block's", "[split]") {
  // A short closing line heads a block of contacts whose short lines close the
  // item too ("Contacts", a name, a title); an agency's address or initials
  // sign the copy off instead: the headline and the photo's credit under it
  // begin the next item.
  for (const char* sign : {"News.Az", "/example-news.al", "ish"}) {
    INFO(sign);
    const std::string page =
        "The Mission trained forty judges in Skopje on the new criminal code, the Head of Mission said.\n" +
        std::string(sign) +
        "\nPresident reminds the mediators of the statements made by the other side\n\n\n"
        "Photo: Press service of the President\n\n"
        "The President has received today the Co-Chairs, who arrived in the capital in the framework of their "
        "regional visit.\n";
    CHECK(second_of_two(page).starts_with("President reminds"));
  }
}

TEST_CASE("split: what follows an agency's sign-off is another copy, even one that opens on a quotation", "[split]") {
  // No headline, no dateline: the next page opens on what its speaker said.
  for (const char* sign : {"News.Az", "ish"}) {
    INFO(sign);
    const std::string page =
        "The delegation will be led by a member of parliament, the Chairmanship said on Monday.\n" +
        std::string(sign) +
        "\n\"The observation mission was invited by the government,\" the head of the mission said at a press "
        "conference on the opening of the mission, the agency reports.\n"
        "He said that they had met the Central Election Commission and the Ministry of Foreign Affairs.\n";
    CHECK(second_of_two(page).starts_with("\"The observation mission"));
  }
  // Nor does a list under it belong to the copy above: the next page's
  // "Recent Posts", their titles marked with dashes.
  const std::string listed =
      "The delegation will be led by a member of parliament, the Chairmanship said on Monday.\nish\n\n"
      "- Recovery should be based on the development of communities, results of the forum 29.06.2023\n"
      "- Parliament terminates a protocol on joint measures 10.04.2023\n"
      "Mission decides to close its office in the capital\n"
      "KYIV. April 29 (Interfax) - The participating States decided to close the Mission, the Chairmanship "
      "said on Friday.\n";
  const std::vector<std::string> items = item_texts(listed);
  REQUIRE(items.size() >= 2);
  CHECK(items[1].starts_with("- Recovery"));
}

TEST_CASE("split: the text under a transcript's title is one speech, whether or not it addresses anyone", "[split]") {
  // No "Ladies and gentlemen": the title says whose words these are, and the
  // paragraphs shift subjects as a speech's do.
  const std::string remarks =
      "Foreign Minister John Doe\u2019s remarks and answers to media questions at a news conference following the "
      "Ministerial Council, Stockholm, December 2, 2021\n\n"
      "The current Ministerial Council is being hosted by Stockholm. I would like to thank our Swedish hosts for "
      "the creative organisation of our meeting amid the pandemic.\n\n"
      "We held an in-depth and candid discussion on the state of the Organisation's affairs and the most pressing "
      "items of its agenda.\n\n"
      "Military security in the Euro-Atlantic region continues to disintegrate. Only the New START Treaty remains in "
      "force, and the Treaty on Open Skies has stopped working.\n";
  CHECK(item_texts(remarks).size() == 1);
  CHECK(has_cue_at(remarks, "Military security", "in a speech"));
  CHECK(osce::titles_a_speech("Speech by the Secretary General at the opening of the Forum"));
  CHECK(osce::titles_a_speech("The Minister's remarks at the Permanent Council"));
  CHECK_FALSE(osce::titles_a_speech("Minister remarks on the talks."));
  CHECK_FALSE(osce::titles_a_speech("Mission welcomes remarks on the new law"));
}

TEST_CASE("split: a photo's caption printed twice is no card's name", "[split]") {
  // The headline, its deck, the caption as the photo's alternative text and
  // as its caption, then the lead: one item, under the headline.
  const std::string article =
      "Jane Doe formally appointed Chairperson for the coming year\n\n"
      "Foreign Minister Jane Doe says her country will build bridges in the region\n\n"
      "Foreign Minister Jane Doe (Photo: DOI)\nForeign Minister Jane Doe (Photo: DOI)\n\n"
      "Foreign Minister Jane Doe was formally appointed Chairperson of the Organization on Friday afternoon.\n\n"
      "The move comes after the Council agreed on the next three Chairpersonships.\n";
  CHECK_FALSE(has_cue_at(kItemAbove + article, "Foreign Minister Jane Doe (Photo", "structure"));
  const std::vector<std::string> items = item_texts(kItemAbove + article);
  CHECK(std::none_of(items.begin(), items.end(),
                     [](const std::string& t) { return t.starts_with("Foreign Minister Jane Doe (Photo"); }));
}

TEST_CASE("split: a post's title again over its date under its text begins no item", "[split]") {
  const std::string post =
      "Malta begins its Chairpersonship with a call for resilience\n\n"
      "VIENNA, 25 January 2024 \xE2\x80\x93 The Chairperson presented the priorities of the year to the Permanent "
      "Council today.\n\n"
      "The trust of all participating States in these hard times is a responsibility we embrace, he said.\n\n"
      "Malta begins its Chairpersonship with a call for resilience\n\n2024-01-25 15:33:25\n\n"
      "Leave a comment\n";
  CHECK(has_cue_at(post, "Malta begins its Chairpersonship with a call for resilience\n\n2024", "its title again"));
  CHECK(item_texts(post).size() == 1);
  // A name printed again over a dateline is no title again: the name and
  // the dateline begin the news.
  const std::string cards =
      "Programme Office in Dushanbe\n\nThe Office supports the host country in border security and in the fight "
      "against trafficking.\n\nProgramme Office in Dushanbe\n\n"
      "VIENNA, 7 January 2022 - The Central Asia Media Conference concluded in Bishkek last Friday with a call on "
      "the States to protect journalists.\n";
  CHECK_FALSE(has_cue_at(cards, "Programme Office in Dushanbe\n\nVIENNA", "its title again"));
  CHECK(item_texts(cards).size() == 2);
}

TEST_CASE("split: a speech's title over its issuer's name and its publication date", "[split]") {
  // The title, the ministry that issued it, the date, the kind, a summary,
  // the delivery note: one head. The item begins at the title, and the
  // note under the summary is the speech's own.
  const std::string speech =
      "Speech by the Minister for Foreign Affairs Jane Roe at the 2025 Annual Meeting of Heads of Mission\n\n"
      "Ministry for Foreign Affairs\n"
      "Publication date 25.8.2025 9.15 | Published in English on 25.8.2025 at 9.20\nType:Speech\n\n"
      "\"Our task is to promote a world in which as many people as possible can live their lives safely.\"\n\n"
      "Check against delivery.\n\nEsteemed Ambassadors and Heads of Mission,\n\n"
      "In July, the French Foreign Minister opened our meeting with a question about our history.\n";
  CHECK(has_cue_at(kItemAbove + speech, "Speech by the Minister", "a title over its head's date"));
  CHECK(has_cue_at(kItemAbove + speech, "Ministry for Foreign Affairs\n", "the issuer's name under its title"));
  CHECK(has_cue_at(kItemAbove + speech, "Publication date", "under its headline"));
  const std::vector<std::string> items = item_texts(kItemAbove + speech);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("Speech by the Minister"));
  // A headline over the date heads it alone: "Our operations on the ground"
  // names no issuer.
  const std::string topic =
      "Our institutions and offices\nOur operations on the ground\nVIENNA, 7 January 2022 - The Centre opened "
      "a new office in the capital to support the reform of the police.\n";
  CHECK_FALSE(has_cue_at(kItemAbove + topic, "Our institutions and offices", "a title over its head's date"));
}

TEST_CASE("split: a title that says it is a statement's begins it", "[split]") {
  // A delegation's statements to one office, each under a title that says
  // what it is: their names and words are the office's.
  const std::string first =
      "Response to the Head of the OSCE Mission to Ruritania: Statement to the PC\n\n"
      "We welcome Ambassador Roe to the Permanent Council for her first report on the activities of the OSCE "
      "Mission to Ruritania.\n\n"
      "Under your leadership, the Mission has done an excellent job implementing the reforms of the OSCE "
      "Mission to Ruritania.\n";
  const std::string second =
      "Response to Report of Head of OSCE Mission in Ruritania, Ambassador Jane Roe\n\n"
      "We welcome Ambassador Roe to the Permanent Council, and we thank the OSCE Mission to Ruritania for the "
      "report.\n";
  CHECK(has_cue_at(first + second, "Response to Report", "a statement's title"));
  CHECK(item_texts(first + second).size() == 2);
  const std::string by = "Statement by the Co-Chairs of the Minsk Group on the situation in Ruritania\n\n"
                         "The Co-Chairs of the Minsk Group call on the sides to respect the ceasefire in Ruritania.\n";
  CHECK(has_cue_at(kItemAbove + by, "Statement by the Co-Chairs", "a statement's title"));
  // A subheading that names a response to something else, or a title over a
  // line that is no paragraph, is none.
  const std::string section = "Response to the crisis in the region\n\n"
                              "The Mission answered the crisis with a programme of its own for the region.\n";
  CHECK_FALSE(has_cue_at(first + section, "Response to the crisis", "a statement's title"));
  CHECK_FALSE(has_cue_at(kItemAbove + "Statement by the Co-Chairs of the Minsk Group\nOverview\nThe sides met.\n",
                         "Statement by the Co-Chairs", "a statement's title"));
}

TEST_CASE("split: a headline of four long words that say something, between paragraphs", "[split]") {
  // A language that writes no articles nor prepositions heads its news in
  // fewer words than English does. (After an article's worth of text.)
  const std::string above =
      "The Minister criticized the attack in her speech to the Permanent Council and called on all parties to "
      "return to the negotiating table, in line with the principles they had all signed up to in Helsinki fifty "
      "years ago.\n\n"
      "She said the programme of the year would focus on co-operation in human rights, democracy and "
      "international law, and on the promotion of gender equality across the region and beyond it.\n\n"
      "She also said that the Organization would go on documenting the violations of international humanitarian "
      "law in the war, and that those responsible would be held to account for them before a court.\n\n";
  const std::string news =
      "Suomi toimii Etyjin puheenjohtajana\n\n"
      "Suomi aloitti Euroopan turvallisuus- ja yhteisty\xC3\xB6j\xC3\xA4rjest\xC3\xB6 Etyjin puheenjohtajana 1. "
      "tammikuuta 2025 alkaen. Puheenjohtajuuskaudellaan Suomi painottaa Etyjin periaatteita ja tukea "
      "Ukrainalle.\n";
  CHECK(has_cue_at(above + news, "Suomi toimii", "a headline between paragraphs"));
  const std::vector<std::string> items = item_texts(above + news);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("Suomi toimii Etyjin puheenjohtajana"));
  // A card's name of four words says nothing: no headline.
  const std::string card =
      "Open Skies Consultative Commission\n\n"
      "The Open Skies Consultative Commission is the body where the States Parties to the Treaty on Open Skies "
      "meet to discuss its implementation.\n";
  CHECK_FALSE(has_cue_at(above + card, "Open Skies Consultative Commission", "a headline between paragraphs"));
}

TEST_CASE("split: a subheading whose paragraph takes up someone by the surname", "[split]") {
  // A headline-shaped line over "Valtonen said ...", where the article named
  // Elina Valtonen in full: the article's subheading, no item's headline.
  const std::string article =
      "Foreign Minister praises the Organization's field work in a speech to the envoys\n\n"
      "Raising defence spending is necessary, Foreign Minister Elina Valtonen stressed in her speech to the annual "
      "meeting of the heads of mission on Monday morning in the capital.\n\n"
      "Even if Ukraine were to get peace at some point, it would not mean the end of the war of aggression, she "
      "said, and the country would take part in the security arrangements.\n\n"
      "Pressure on Russia must be increased further\n\n"
      "Valtonen said the pressure on Russia has to be increased, and that the Union has a key role to play in it "
      "over the months to come.\n";
  CHECK(has_cue_at(article, "Pressure on Russia", "a subheading: the text under it goes on"));
  CHECK(item_texts(article).size() == 1);
}

TEST_CASE("split: a byline and a date under the page's last text are its feet, no item", "[split]") {
  const std::string article =
      "Ministers reaffirm support for the talks on the region\n\n"
      "The foreign ministers of five States adopted a statement on the conflict at the ministerial meeting in "
      "Tirana.\n\n"
      "The statement calls on all sides to protect the people living along the dividing line, the Ambassador "
      "wrote.\n\n"
      "By Maria Petrova \n\n"
      "12 March 2021 10:15\n";
  CHECK(item_texts(article).size() == 1);
  CHECK(has_cue_at(article, "12 March 2021 10:15", "the page's feet"));
  CHECK(has_cue_at(article, "By Maria Petrova", "the page's feet"));
  // Over a text of its own, the same lines head the next item.
  const std::string two = article +
                          "\nVIENNA, 13 March 2021 \xE2\x80\x93 The OSCE opened a course on cyber security for "
                          "police officers from Central Asia today.\n";
  CHECK(item_texts(two).size() == 2);
}

TEST_CASE("split: the site's header of an article heads it, its menu kept with it", "[split]") {
  // A page osce-strip has not cleaned: its menu, a type line, the title and
  // the metadata as a list, then the article under its dateline.
  const std::string article =
      "-\nCountries\n- Albania\n- Andorra\n- Armenia\n- Austria\n"
      "Press release\n"
      "Ministers reaffirm support for the talks on the region\n"
      "- Date:\n- 12 March 2021\n- Source:\n- OSCE Mission to Skopje\n- Fields of work:\n- Rule of law\n"
      "SKOPJE, 12 March 2021 \xE2\x80\x93 The foreign ministers of five States adopted a statement on the conflict "
      "at the ministerial meeting in Tirana.\n"
      "The statement calls on all sides to protect the people living along the dividing line.\n";
  REQUIRE(item_texts(article).size() == 1);
  CHECK(has_cue_at(article, "SKOPJE, 12", "under the page's head"));
  // No candidate in the menu: it is no unit.
  osce::SplitOptions explain;
  explain.explain = true;
  for (const osce::Candidate& c : osce::segment(article, explain).candidates) {
    CHECK(c.offset > article.find("- Austria"));
  }
  // Another article under it begins an item, which the header does not join.
  const std::string two = article +
                          "VIENNA, 13 March 2021 \xE2\x80\x93 The OSCE opened a course on cyber security for "
                          "police officers from Central Asia today.\n";
  const std::vector<std::string> items = item_texts(two);
  REQUIRE(items.size() == 2);
  CHECK(items[0].substr(0, 11) == "-\nCountries");
  CHECK(items[1].substr(0, 7) == "VIENNA,");
}

TEST_CASE("split: a card's name over the next card is no header: no label of the site's", "[split]") {
  const std::string cards =
      "Presence in Albania\n\nPresence in Albania\n\nCentre in Ashgabat\n\nCentre in Ashgabat\n\n"
      "Set up on 23 July 1998, the Centre works on activities ranging from arms control to human rights.\n";
  CHECK(item_texts(cards).size() == 2);
  CHECK_FALSE(has_cue_at(cards, "Centre in Ashgabat", "under the page's head"));
}

TEST_CASE("split: a text of the site's menu alone is one item, the menu", "[split]") {
  // The fuzzer's input (tests/fuzz/regressions/split-menu-alone.txt): with
  // the menu no unit, no unit was left, and no item held the text.
  std::string menu = "-\nOur work\n-\nFields of work\n";
  for (const char* field : {"Arms control", "Border management", "Democratization", "Education", "Elections"}) {
    menu += std::string("- ") + field + "\n";
  }
  menu += "-\nCountries\n- Albania\n- Andorra\n- Armenia\n";
  for (const std::string& text : {menu, "\n\n" + menu + "\n"}) {
    const osce::Segmentation seg = osce::segment(text, {});
    REQUIRE(seg.items.size() == 1);
    CHECK(seg.items[0].begin == text.find('-'));
    CHECK(seg.items[0].end == text.find_last_not_of('\n') + 1);
  }
}

TEST_CASE("split: the headline again under its section and day heads its item", "[split]") {
  const std::string above =
      "The parties expressed interest in further long-term partnership in the areas of human rights and youth.\n\n";
  const std::string head =
      "Uzbekistan 08/10/2021 Observers state that no complaints from the population have been received\n"
      "Observers state that no complaints from the population have been received\n\n";
  const std::string lead =
      "The observation mission released an interim report for the period from 15 September to 5 October, the "
      "document says.\n\nThe mission consists of 11 specialists based in the capital.\n";
  const auto items = osce::segment(above + head + lead, {}).items;
  REQUIRE(items.size() == 2);
  CHECK(items[1].begin == above.size());
  CHECK(items[1].title == "Observers state that no complaints from the population have been received");
  // Without a day in the prefix, or with a prefix of a sentence's length,
  // the first line is no copy of the headline.
  CHECK_FALSE(osce::dated_copy_of("Uzbekistan news Observers state that no complaints were received",
                                  "Observers state that no complaints were received"));
  CHECK_FALSE(osce::dated_copy_of("On 08/10/2021 the mission said it had heard Observers state that no complaints",
                                  "Observers state that no complaints"));
  CHECK(osce::dated_copy_of("Politics 12.03.2024 Observers state that no complaints were received",
                            "Observers state that no complaints were received"));
}

TEST_CASE("split: an agency's place and day over its byline head the next article", "[split]") {
  const std::string first =
      "The parties expressed interest in further long-term partnership in the areas of human rights and youth.\n\n";
  const std::string second =
      "Tashkent, Uzbekistan, Nov. 2\nBy Jane Doe \xE2\x80\x93 Trend:\n"
      "The mission of the Office observing the presidential election has started its work, the head of the "
      "mission told reporters.\nHe said the mission was sent at the invitation of the election commission.\n";
  const auto items = item_texts(first + second);
  REQUIRE(items.size() == 2);
  CHECK(items[1].starts_with("Tashkent, Uzbekistan, Nov. 2"));
  CHECK(has_cue_at(first + second, "Tashkent, Uzbekistan", "a dated place over its byline"));
  // Without the byline under it, the line is no head.
  const std::string bare = first + "Tashkent, Uzbekistan, Nov. 2\n" + second.substr(second.find("The mission"));
  CHECK_FALSE(has_cue_at(bare, "Tashkent, Uzbekistan", "a dated place over its byline"));
}

TEST_CASE("split: a lead under its teaser is the teaser's item", "[split]") {
  const std::string first =
      "The parties expressed interest in further long-term partnership in the areas of human rights and youth.\n\n";
  const std::string teaser =
      "The Office for Democratic Institutions and Human Rights said on Wednesday it would not send a monitoring "
      "mission to the presidential election, as it had not received any invitation";
  const std::string second = " date 2020-07-15 " + teaser + "\n\nWARSAW (UrduPoint News / Sputnik - 15th July, 2020) " +
                             teaser + ".\n\n\"The Office cannot monitor the election,\" the office said.\n";
  const auto items = item_texts(first + second);
  REQUIRE(items.size() == 2);
  CHECK(items[1].find("WARSAW") != std::string::npos);
  CHECK(has_cue_at(first + second, "WARSAW", "under its teaser"));
  // Two leads that open with the same long name are no teaser and its text.
  const std::string named =
      "The Organization for Security and Co-operation in Europe is primarily focused on strengthening security "
      "by promoting confidence-building measures.\n\nWASHINGTON, 2 August 2017 - The Organization for Security and "
      "Co-operation in Europe and its partners brought a cyber competition to the region.\n";
  CHECK_FALSE(has_cue_at(named, "WASHINGTON", "under its teaser"));
}
