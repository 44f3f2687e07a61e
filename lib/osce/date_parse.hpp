// Calendar dates written out in full ("4 May 2018", "May 4, 2018",
// "2018-05-04"), checked against the calendar with Boost.Date_Time.
#pragma once

#include <array>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace osce {

// The month 1-12 for an English month name or its common abbreviation
// ("July", "Jul", "Sept."), any ASCII case; 0 for anything else. Inline on
// the length and the first three letters, which every month's names share
// ("jan", "sep") and which rule out nearly every word: the tokenizers ask
// this of every capitalized word, and a first letter alone let in the
// organization's own ("OSCE", "Security", "Democratic").
int month_number_of(std::string_view word);
inline int month_number(std::string_view word) {
  if (word.size() < 3 || word.size() > 10) return 0;
  // Setting 0x20 lowercases a letter, and turns no other byte into one.
  auto folded = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(word[k]) | 0x20); };
  constexpr auto key = [](const char* s) {
    return static_cast<uint32_t>(s[0]) << 16 | static_cast<uint32_t>(s[1]) << 8 | static_cast<uint32_t>(s[2]);
  };
  switch (folded(0) << 16 | folded(1) << 8 | folded(2)) {
    case key("jan"): case key("feb"): case key("mar"): case key("apr"): case key("may"): case key("jun"):
    case key("jul"): case key("aug"): case key("sep"): case key("oct"): case key("nov"): case key("dec"):
      return month_number_of(word);
    default: return 0;
  }
}

// The month 1-12 for a Russian, Ukrainian, Serbian or Macedonian month name
// as dates write it ("июля", "июле", "липня", "Сентябрь", "новембра",
// "ноември"), lower case or capitalized (Russian and Ukrainian); 0 for
// anything else.
int cyrillic_month_number(std::string_view word);

// The month 1-12 for a month name of a Latin-script language but English,
// as dates write it after the day: Bosnian, Montenegrin and Serbian
// ("novembar", "novembra", "juni"), French ("juillet", "août"), Italian
// ("luglio"), Spanish ("julio"), and the other languages of the
// participating States that write a date so (Polish "lipca", Czech
// "července", Romanian "iulie", Finnish "heinäkuuta", ...: see
// kLatinMonths), in lower case as those languages write them, and German
// and Turkish capitalized or not ("Juli", "März", "Jänner", "Temmuz"); 0 for
// anything else. (A capitalized "Marta" or "Maja" after a number is
// someone's name; with `year_after`, the year right after it, a name of six
// bytes or more is no one's: a date line or a heading capitalizes its
// month, "22 Settembre 2017".
// Serbian and Macedonian in Cyrillic are cyrillic_month_number's.)
int latin_month_number(std::string_view word, bool year_after = false);

// The pieces of a day-month-year date in the Organization's other languages
// in Latin letters, for the regexes that read one whole (read_whole_date)
// or in a dateline (dateline_at): after the day, an ordinal's mark and
// Spanish's "de" ("1er", "1º", "12 de"); the month's name, a capture group,
// letters past ASCII included ("février", "März", "października"); before the year, a
// comma or Spanish's "de"/"del".
inline constexpr const char* kLatinAfterDay = R"((?:er|\xC2\xBA)?\.?\s+(?:de\s+)?)";
inline constexpr const char* kLatinMonthName = R"(((?:[A-Za-z]|[\xC3-\xC5][\x80-\xBF]){3,12}))";
inline constexpr const char* kLatinBeforeYear = R"(,?\s+(?:del?\s+)?)";

// Whether `text` may hold such a date that the English forms do not read:
// a letter past ASCII or an ordinal's mark (C2 to C5 lead bytes), Spanish's
// " de", French's "1er ". A cheap test before those regexes, which most
// lines (English ones) never reach.
inline bool may_hold_a_latin_date(std::string_view text) {
  return text.find_first_of("\xC2\xC3\xC4\xC5") != std::string_view::npos ||
         text.find(" de") != std::string_view::npos ||
         text.find("er ") != std::string_view::npos;
}

// True when year-month-day exists on the Gregorian calendar (no 31 June, no
// 29 February 2023). Years 1000-9999.
bool is_calendar_date(int year, int month, int day);

// "YYYY-MM-DD" for numbers already checked with is_calendar_date.
std::string iso_date(int year, int month, int day);
// `value` in at least `width` digits, zero-padded: snprintf's "%0*d", without
// its parsing of the format on every call (osce-dates formats every date it finds).
std::string padded(int value, int width);

// The weekdays' names, lower case, Sunday first (0) as Boost numbers them.
inline constexpr std::array<std::string_view, 7> kWeekdayNames = {"sunday",   "monday", "tuesday", "wednesday",
                                                                  "thursday", "friday", "saturday"};

// 0 (Sunday) to 6 (Saturday) for a weekday's name or its start ("Fri",
// "Thurs", "friday", "Wed."), or its whole name in another language whose
// months latin_month_number reads, Albanian's but for ("Martes", "Mittwoch",
// "četvrtak", "Marți", "Środa"); -1 for any other word.
int weekday_number(std::string_view name);

// "10/06/2023" under a weekday (0 Sunday): +1 when only the day-first
// reading falls on it (10 June), -1 when only the month-first one does (6
// October, a Friday), 0 when both or neither do, or there is no weekday (-1).
int reading_on_weekday(int year, int first, int second, int weekday);

// How to read "05/07/2023", where day-first and month-first both make sense.
enum class SlashOrder {
  kUnambiguous,  // only where one reading is impossible ("25/07/2023") or both agree
  kDayFirst,
  kMonthFirst,
};

// A text that is one whole date and nothing else: "4 May 2018", "04 May
// 2018", "May 4, 2018", "4 May, 2018", "2018-05-04", "04.05.2018" (day
// first), "05/14/2018" or "14/05/2018" (whichever is a date, or whichever
// falls on the weekday written before it: "Fri, 10/06/2023"), with an
// optional leading weekday ("Friday, 4 May 2018", "Fri, 05/04/2018") and a
// trailing time ("- 10:21", ", 10:21 am", " at 9.30 CET"), as pages' metadata
// and feeds write them.
struct WholeDate {
  bool found = false;
  std::string iso;  // YYYY-MM-DD; empty when `order` cannot tell the day from the month ("03/04/2018")
};
WholeDate read_whole_date(std::string_view text, SlashOrder order = SlashOrder::kUnambiguous);

// The first day of an event's days written as one date: "7 - 11 July
// 2018", "7–11 JULY 2018", "July 7-11, 2018" read as 7 July 2018. The
// last day is after the first. Not found for any other text, a whole date's
// included (read_whole_date reads that).
WholeDate read_first_day(std::string_view text, SlashOrder order = SlashOrder::kUnambiguous);

// The YYYY-MM-DD of a whole date (see read_whole_date); nullopt for any
// other text and for a date whose day and month could be either way round.
std::optional<std::string> parse_full_date(std::string_view text);

}  // namespace osce
