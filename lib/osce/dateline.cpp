#include "osce/dateline.hpp"

#include <algorithm>
#include <bit>
#include <cctype>

#include <boost/regex.hpp>

#include "osce/byte_masks.hpp"
#include "osce/date_parse.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

// What the regexes' \s matches.
bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A place word: a capital letter (ASCII, or a two-byte UTF-8 letter), then
// letters (any UTF-8 included), apostrophes, dots or hyphens. Up to six
// words, joined by blanks or a slash ("WASHINGTON/ TASHKENT", a joint
// release's "TIRANA/COPENHAGEN/VIENNA/WARSAW/THE HAGUE").
const std::string kWord = R"((?:[A-Z]|[\xC0-\xDF][\x80-\xBF])(?:[A-Za-z'.\-]|[\xC0-\xF4][\x80-\xBF]+)*)";
const std::string kPlace = "(" + kWord + R"((?:(?:\s*/\s*|\s))" + kWord + "){0,5})";
// A hyphen, two of them (the site's releases of 2001-2002: "(OSCE)-- "), an en or an em dash.
constexpr const char* kDash = R"(\s*(?:--?|\xE2\x80\x93|\xE2\x80\x94)\s*)";

// The date: day and month, or month and day, each with its year or none
// ("29 August, 2001" has a comma before it too).
const std::string kDay = R"((\d{1,2}))", kMonth = R"(([A-Za-z]{3,9}\.?))", kYear = R"((\d{4}))";
const std::string kDayMonth = kDay + R"(\s+)" + kMonth + R"((?:,?\s+)" + kYear + ")?";
const std::string kMonthDay = kMonth + R"(\s+)" + kDay + R"((?:,\s+)" + kYear + ")?";
// A news agency's name: a capital and up to eleven letters, Latin or
// Cyrillic ("OSCE", "Reuters", "ТАСС", "Кабар", "АКИpress"), perhaps two
// such words joined by a hyphen ("Itar-Tass", "Interfax-Ukraine").
const std::string kAgencyWord = R"((?:[A-Z]|\xD0[\x80-\xAF])(?:[A-Za-z]|[\xD0\xD1][\x80-\xBF]){1,11})";
const std::string kAgency = kAgencyWord + "(?:-" + kAgencyWord + ")?";
// The agency's tag some releases put before the dash: "MINSK, 29 August,
// 2001 (OSCE)-- ", "VIENNA, July 12 (Reuters) - ", "МИНСК, 12 июля (БЕЛТА) - ";
// or its name after another comma, the dash right after it: "DUSHANBE,
// January 15, 2014, Asia-Plus -- ".
const std::string kTag = R"((?:\s*\()" + kAgency + R"(\)|,\s+)" + kAgency + "(?=" + kDash + "))?";

// A place names this many regions or other places after it at most, each
// after a comma: "OSH, Kyrgyzstan, ", "Moscow, Paris, Washington DC, ".
constexpr size_t kPlaceRegions = 3;

// The place, perhaps its region or State after another comma ("OSH,
// Kyrgyzstan, 14 March 2006- "), a comma and the date, the year optional
// ("WARSAW/VIENNA, 30 June – "). The date ends at a dash, or, after a place
// in capitals and a year, at the capital that opens the text ("NEW YORK
// CITY, 28 September 2015 A ..."), an agency's tag perhaps between the date
// and the dash. Groups: 1 the place and its region, 3-5
// day, month, year; 6-8 month, day, year; 9 the dash.
// A news agency ends the date with a full stop, its name perhaps after it:
// "MOSCOW, July 3. /TASS/. The ...", "Minsk, June 17. Russian ...": group 10.
// `day_month` and `opens_text` (what follows the date: a capital, a quote)
// differ for Russian and Ukrainian datelines (see cyrillic_comma_form).
std::string comma_form_pattern(const std::string& day_month, const std::string& opens_text) {
  return "\\A(" + kPlace + R"((?:,\s+)" + kWord + R"((?:\s)" + kWord + R"(){0,2}){0,)" +
         std::to_string(kPlaceRegions) + R"(}),\s+(?:)" + day_month + "|" +
         kMonthDay + ")" + kTag + "(?:(" + kDash + R"()|\s+(?=)" + opens_text +
         R"re()|(\.\s+(?:/)re" + kAgency + R"re(/\.?\s+)?)(?=)re" + opens_text + "))";
}
const boost::regex& comma_form() {
  static const boost::regex re(comma_form_pattern(kDayMonth, R"((?:[A-Z]|\xE2\x80\x9C|"))"));
  return re;
}
// The same in Russian or Ukrainian: "ВЕНА, 12 июля 2023 г. – ", "КИЇВ, 3
// липня 2024 року – ": a month's name in Cyrillic (two bytes a letter), the
// year's word after the year, and a Cyrillic capital (А to Я) or a « quote
// may open the text. (A regex of its own, asked only of a line with
// Cyrillic in it: alternatives in the English one cost osce-dates 0.4%.)
const boost::regex& cyrillic_comma_form() {
  static const std::string kCyrillicMonth = R"(((?:[\xD0\xD1][\x80-\xBF]){3,9}))";
  static const std::string kYearWord =
      R"((?:\s+(?:\xD0\xB3\.?|\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0|\xD1\x80\.?|\xD1\x80\xD0\xBE\xD0\xBA\xD1\x83))?)";
  static const boost::regex re(comma_form_pattern(kDay + R"(\s+)" + kCyrillicMonth + R"((?:,?\s+)" + kYear + kYearWord + ")?",
                                                  R"((?:[A-Z]|\xD0[\x80-\xAF]|\xC2\xAB|\xE2\x80\x9C|"))"));
  return re;
}
// The same in the Organization's other languages in Latin letters, where
// the month's name has a letter past ASCII, the day an ordinal's mark, or
// Spanish's "de" stands around the month: "PARIS, 1er février 2023 - ",
// "ROMA, 1º agosto 2023 – ", "MADRID, 12 de julio de 2023 - ", Polish's
// year word after the year, "WARSZAWA, 12 października 2023 r. – ". A capital
// with a diacritic or a « quote may open the text. (Asked only of a line
// that could hold such a date; "ROMA, 12 luglio 2023 – " is comma_form's.)
const boost::regex& latin_comma_form() {
  static const std::string kLatinDayMonth =
      kDay + kLatinAfterDay + kLatinMonthName + "(?:" + kLatinBeforeYear + kYear + R"((?:\s+r\.)?)?)";
  static const boost::regex re(
      comma_form_pattern(kLatinDayMonth, R"((?:[A-Z]|\xC3[\x80-\x9E]|\xC2\xAB|\xE2\x80\x9C|"))"));
  return re;
}

// The place, a dash, then the whole date and a full stop or another dash:
// "TIRANA / BRUSSELS / GENEVA – 6 October 2020. The Co-Chairs ...".
// Groups: 1 the place, 2-4 day, month, year.
const boost::regex& dash_form() {
  static const boost::regex re("\\A" + kPlace + kDash + kDay + R"(\s+)" + kMonth + R"(\s+)" + kYear +
                               R"((?:\.\s+|)" + kDash + ")");
  return re;
}

// The place, a comma and the date in digits, day first with dots as in
// South-East Europe, perhaps with the ordinal's dot after the year, then a
// dash: "BELGRADE, 15.06.2020. – ", "Sarajevo, 12.05.2025 - ". (A dotted
// date is never month first; the dash is needed, as for a year-less date.)
// Groups: 1 the place and its region, 3-5 day, month, year.
const boost::regex& dotted_form() {
  static const boost::regex re("\\A(" + kPlace + R"((?:,\s+)" + kWord + R"((?:\s)" + kWord +
                               R"(){0,2})?),\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\.?)" + kDash);
  return re;
}

// The date first, then the place and a dash: "19 December 2024, SARAJEVO –
// ", "12 June 2025, Sarajevo – " (the Mission to Bosnia and Herzegovina's
// releases since 2024), "December 19, 2024, SARAJEVO – ". The year and the
// dash are needed: a date, a comma and a name are otherwise a sentence's
// start ("12 June 2025, Sarajevo hosted ..."). Groups: 1-3 day, month,
// year; 4-6 month, day, year; 7 the place.
// A page's date line glued to its lead's wire dateline reads so too, a
// weekday perhaps first and the place in capitals right after the year:
// "Tuesday, June 14, 2016WASHINGTON—Following ..." (the Helsinki
// Commission's listings). (The weekdays written out, as date_parse's
// kWeekdayNames: a pattern built from that table changed what the compiler
// inlines into dateline_at and cost osce-dates 0.25% of its instructions.)
const boost::regex& date_first_form() {
  static const boost::regex re(R"(\A(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:)" + kDay + R"(\s+)" +
                               kMonth + R"(,?\s+)" + kYear + "|" + kMonth + R"(\s+)" + kDay + R"(,\s+)" + kYear +
                               R"()(?:,\s+|(?=[A-Z][A-Z])))" + kPlace + kDash);
  return re;
}

// The month of a dateline's date: English ("July", "Sept."), Russian and
// Ukrainian ("июля", "липня"), or another language's in Latin letters
// ("luglio", "février": see latin_month_number). (Apart from month_number,
// which the scanners ask of every capitalized word, and which stays ASCII.)
int dateline_month(std::string_view word) {
  const auto first = static_cast<unsigned char>(word.empty() ? 0 : word[0]);
  if (first >= 0xD0 && first <= 0xD1) return cyrillic_month_number(word);
  const int english = month_number(word);
  return english != 0 ? english : latin_month_number(word);
}

bool has_lowercase(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A photo's caption scraped onto the dateline, with no blank between them:
// "Isabel SantosCOPENHAGEN, 28 June 2018 - ". The place is the word in
// capitals after a lower-case letter or a digit inside a word.
std::string_view unglued_place(std::string_view place) {
  for (size_t k = 1; k + 1 < place.size(); ++k) {
    const char before = place[k - 1];
    if (!((before >= 'a' && before <= 'z') || is_digit(before))) continue;
    size_t end = k;
    while (end < place.size() && place[end] >= 'A' && place[end] <= 'Z') ++end;
    if (end - k >= 2 && (end == place.size() || place[end] == ' ' || place[end] == ',' || place[end] == '/')) {
      return place.substr(k);
    }
  }
  return place;
}

// Whether a day or a month's name begins at `i`, after blanks: at least one
// after a comma, any number after a dash ("–6 October"), as the regexes take them.
bool date_begins(std::string_view head, size_t i, bool after_comma) {
  const size_t from = i;
  while (i < head.size() && is_blank_byte(head[i])) ++i;
  if ((after_comma && i == from) || i == head.size()) return false;
  if (is_digit(head[i])) return true;
  size_t j = i;
  while (j < head.size() && ((head[j] | 0x20) >= 'a' && (head[j] | 0x20) <= 'z')) ++j;
  return month_number(head.substr(i, j - i)) != 0;
}

// Where a dash begins in `head`: a hyphen after a blank, or an en or em
// dash; npos if none. (memchr, through find: most sentence starts have none.)
size_t spaced_dash(std::string_view head) {
  size_t found = std::string_view::npos;
  for (size_t k = head.find('-', 1); k != std::string_view::npos; k = head.find('-', k + 1)) {
    if (is_blank_byte(head[k - 1])) {
      found = k;
      break;
    }
  }
  for (size_t k = head.find('\xE2'); k < found; k = head.find('\xE2', k + 1)) {
    if (k + 2 < head.size() && head[k + 1] == '\x80' && (head[k + 2] == '\x93' || head[k + 2] == '\x94')) return k;
  }
  return found;
}

// Cheap necessary conditions, so the regexes run only where a dateline could
// be (every sentence start of a page is asked): a capital first; after the
// first comma, a day or a month, a digit further on, and a dash unless the
// place is in capitals. The rarer forms, with a region after the place or
// the dash before the date, the site writes with the place in capitals
// ("OSH, Kyrgyzstan, ...", "TIRANA / BRUSSELS / GENEVA – ..."): a second
// capital lets most sentence starts ("The", "In") skip them at once.
bool could_be_dateline(std::string_view head) {
  if (head.size() < 2 || !((head[0] >= 'A' && head[0] <= 'Z') || static_cast<unsigned char>(head[0]) >= 0xC0)) {
    return false;
  }
  const bool capital_place = head[1] >= 'A' && head[1] <= 'Z';
  size_t date_at = std::string_view::npos;
  const size_t comma = head.find(',');
  // (The date after the place's comma, its region's, or, where a joint
  // statement names its capitals, the last of them: "Moscow, Paris,
  // Washington DC, 29 July 2021 – ". Each comma before the date is
  // followed by a place's capital: the search stops at the first that is
  // not, as most sentences' first commas are.)
  size_t at = comma;
  for (size_t k = 0; k <= kPlaceRegions && at != std::string_view::npos; ++k, at = head.find(',', at + 1)) {
    if (date_begins(head, at + 1, true)) {
      date_at = at + 1;
      break;
    }
    if (at + 2 >= head.size() || head[at + 1] != ' ' ||
        !((head[at + 2] >= 'A' && head[at + 2] <= 'Z') || static_cast<unsigned char>(head[at + 2]) >= 0xC0)) {
      break;
    }
  }
  if (date_at == std::string_view::npos) {
    if (!capital_place) return false;
    // (A place of a few words: the dash comes early.)
    const size_t dash = spaced_dash(head.substr(0, std::min(comma, size_t{60})));
    if (dash == std::string_view::npos) return false;
    return date_begins(head, head[dash] == '-' ? dash + 1 : dash + 3, false);
  }
  bool digit = false, dash = false;
  for (size_t k = date_at; k < head.size(); ++k) {
    const char c = head[k];
    digit = digit || is_digit(c);
    dash = dash || c == '-' || (c == '\xE2' && k + 1 < head.size() && head[k + 1] == '\x80');
  }
  // (Or an agency's full stop after the date's last digit: "Minsk, June 17. Russian ...".)
  bool agency_stop = false;
  for (size_t k = head.find(". ", date_at); k != std::string_view::npos && !agency_stop; k = head.find(". ", k + 1)) {
    agency_stop = k > 0 && is_digit(head[k - 1]);
  }
  return digit && (dash || agency_stop || !has_lowercase(head.substr(0, comma)));
}

// The same for the date-first form: a day and a month's name, or a month's
// name and a day, open the text, perhaps after a weekday; a comma and a
// capital follow, or two capitals glued to the year, then a dash.
// (Most paragraphs that open with a number go on with a noun: "15 officers".)
bool could_be_date_first(std::string_view head) {
  auto letters_from = [&](size_t i) {
    size_t j = i;
    while (j < head.size() && (head[j] | 0x20) >= 'a' && (head[j] | 0x20) <= 'z') ++j;
    return j;
  };
  // (A weekday's name is six to nine letters that end in "day": its comma is
  // looked for there, and only after a weekday's initial.)
  constexpr size_t kShortestWeekday = 6, kLongestWeekday = 9;
  if (const char c = head[0]; c == 'M' || c == 'T' || c == 'W' || c == 'F' || c == 'S') {
    for (size_t w = kShortestWeekday; w <= kLongestWeekday && w + 2 < head.size(); ++w) {
      if (head[w] != ',') continue;
      if (head[w + 1] == ' ' && head.compare(w - 3, 3, "day") == 0 && weekday_number(head.substr(0, w)) >= 0) {
        head.remove_prefix(w + 2);
      }
      break;
    }
  }
  size_t i = 0;
  if (is_digit(head[0])) {
    while (i < head.size() && i < 2 && is_digit(head[i])) ++i;
    if (i == head.size() || head[i] != ' ') return false;
    const size_t j = letters_from(++i);
    if (month_number(head.substr(i, j - i)) == 0) return false;
    i = j;
  } else {
    // (Three letters tell a month's name from nearly every word.)
    if (month_number(head.substr(0, 3)) == 0) return false;
    i = letters_from(0);
    if (month_number(head.substr(0, i)) == 0 || i + 1 >= head.size() || !is_digit(head[i + 1])) return false;
  }
  // The comma after the year: the last before the place.
  for (size_t comma = head.find(',', i); comma != std::string_view::npos; comma = head.find(',', comma + 1)) {
    if (comma + 2 >= head.size() || head[comma + 1] != ' ') continue;
    const auto c = static_cast<unsigned char>(head[comma + 2]);
    if (((c >= 'A' && c <= 'Z') || c >= 0xC0) && spaced_dash(head.substr(comma)) != std::string_view::npos) return true;
  }
  // Or the place in capitals glued to the year, its dash glued too or not.
  auto capital = [&](size_t k) { return k < head.size() && head[k] >= 'A' && head[k] <= 'Z'; };
  for (size_t k = i; k + 2 < head.size(); ++k) {
    if (!is_digit(head[k]) || !capital(k + 1) || !capital(k + 2)) continue;
    const std::string_view rest = head.substr(k + 1);
    return rest.find('-') != std::string_view::npos || rest.find("\xE2\x80\x93") != std::string_view::npos ||
           rest.find("\xE2\x80\x94") != std::string_view::npos;
  }
  return false;
}

}  // namespace

std::optional<Dateline> dateline_at(std::string_view text) {
  // Datelines are short, and on one line (a name on the line above is not
  // part of the place): looking at the first bytes of the first line keeps
  // this cheap on long paragraphs. (The line end is looked for in those
  // bytes only: this is asked at every sentence of a paragraph, and a
  // search to the end of a line of megabytes made that quadratic.)
  std::string_view head = text.substr(0, kDatelineBytes);
  head = head.substr(0, head.find('\n'));
  if (head.empty()) return std::nullopt;
  const bool place_first = could_be_dateline(head), date_first = could_be_date_first(head);
  if (!place_first && !date_first) return std::nullopt;
  boost::match_results<std::string_view::const_iterator> m;
  int day = 0, month = 0, year = 0;
  int place_group = 1;
  // (A Cyrillic letter's first byte, D0 or D1: memchr, where most lines have none.)
  const bool cyrillic = head.find('\xD0') != std::string_view::npos || head.find('\xD1') != std::string_view::npos;
  if (place_first && ((cyrillic && boost::regex_search(head.begin(), head.end(), m, cyrillic_comma_form())) ||
                      boost::regex_search(head.begin(), head.end(), m, comma_form()) ||
                      (may_hold_a_latin_date(head) &&
                       boost::regex_search(head.begin(), head.end(), m, latin_comma_form())))) {
    const bool day_first = m[3].matched;
    day = std::stoi(day_first ? m[3].str() : m[7].str());
    month = dateline_month(day_first ? m[4].str() : m[6].str());
    const auto& y = day_first ? m[5] : m[8];
    year = y.matched ? std::stoi(y.str()) : 0;
    // Without a dash or an agency's full stop, only a place in capitals and a whole date.
    if (!m[9].matched && !m[10].matched && (year == 0 || has_lowercase(m[1].str()))) return std::nullopt;
    // "Ohrid, 30 June – 2 July": a range of days, not a dateline.
    const auto end = static_cast<size_t>(m.length(0));
    if (year == 0 && end < text.size() && is_digit(text[end])) return std::nullopt;
  } else if (place_first && boost::regex_search(head.begin(), head.end(), m, dotted_form())) {
    day = std::stoi(m[3].str()), month = std::stoi(m[4].str()), year = std::stoi(m[5].str());
  } else if (place_first && boost::regex_search(head.begin(), head.end(), m, dash_form())) {
    day = std::stoi(m[2].str()), month = dateline_month(m[3].str()), year = std::stoi(m[4].str());
  } else if (date_first && boost::regex_search(head.begin(), head.end(), m, date_first_form())) {
    const bool day_first = m[1].matched;
    day = std::stoi(day_first ? m[1].str() : m[5].str());
    month = dateline_month(day_first ? m[2].str() : m[4].str());
    year = std::stoi(day_first ? m[3].str() : m[6].str());
    place_group = 7;
    // "12 June 2025, Vienna – 14 June 2025, Warsaw": stops of a journey.
    const auto end = static_cast<size_t>(m.length(0));
    if (end < text.size() && is_digit(text[end])) return std::nullopt;
  } else {
    return std::nullopt;
  }
  // A year-less dateline's day is checked against a leap year: 29 February may be.
  if (!is_calendar_date(year != 0 ? year : 2000, month, day)) return std::nullopt;
  // "On Monday, 12 July 2023 - ..." has a dateline's shape; a place does not
  // start with a word that opens sentences.
  static const std::vector<std::string_view> kOpeners = {
      "On", "In", "At", "From", "Since", "By", "The", "This", "Last", "Next", "Until", "Before", "After",
      "Today", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  const std::string place(unglued_place(std::string_view(m[place_group].first, m[place_group].second)));
  const std::string_view first(place.data(), std::min(place.find_first_of(" /,"), place.size()));
  for (std::string_view opener : kOpeners) {
    if (first == opener) return std::nullopt;
  }
  std::string date = year != 0 ? iso_date(year, month, day) : std::string();
  // Nor does a weekday of the other languages whose dates are read, or one
  // in capitals, name a place: "Marți, 5 iulie 2022 - ", "Wtorek, 12 lipca
  // 2023 - " date their text (see weekday_number).
  if (weekday_number(first) >= 0) return Dateline{"", std::move(date), static_cast<size_t>(m.length(0))};
  return Dateline{place, std::move(date), static_cast<size_t>(m.length(0))};
}

size_t feed_stamp_length(std::string_view text) {
  // "Fri, " (weekdays are written in three letters here)
  if (text.size() < 24 || text[3] != ',' || text[4] != ' ' || weekday_number(text.substr(0, 3)) < 0) return 0;
  size_t i = 5;
  auto digits = [&](size_t least, size_t most) {
    size_t n = 0;
    while (i < text.size() && n < most && is_digit(text[i])) ++i, ++n;
    return n >= least;
  };
  auto blank = [&] { return i < text.size() && text[i++] == ' '; };
  if (!digits(1, 2) || !blank()) return 0;
  if (i + 4 > text.size() || month_number(text.substr(i, 3)) < 1 || text[i + 3] != ' ') return 0;
  i += 4;
  if (!digits(4, 4) || !blank() || !digits(1, 2) || i >= text.size() || text[i++] != ':' || !digits(2, 2)) return 0;
  if (i < text.size() && text[i] == ':') {
    ++i;
    if (!digits(2, 2)) return 0;
  }
  if (!blank()) return 0;
  const std::string_view zone = text.substr(i);
  size_t zone_size = 0;
  for (std::string_view z : {"GMT", "UTC", "UT", "Z"}) {
    if (zone.starts_with(z)) {
      zone_size = z.size();
      break;
    }
  }
  if (zone_size == 0 && zone.size() >= 5 && (zone[0] == '+' || zone[0] == '-') &&
      std::all_of(zone.begin() + 1, zone.begin() + 5, [](char c) { return is_digit(c); })) {
    zone_size = 5;
  }
  if (zone_size == 0) return 0;
  i += zone_size;
  if (i < text.size() && text[i] != ' ') return 0;
  return i < text.size() ? i + 1 : i;
}

std::vector<size_t> datelines_inside(std::string_view line, size_t up_to, std::vector<size_t>* after_feed_stamps) {
  std::vector<size_t> found;
  // A dateline's date has its day in digits: two lines in three of a news
  // page have none, and need no search for sentence ends.
  const std::string_view reach = line.substr(0, up_to < line.size() ? up_to + kDatelineBytes : line.size());
  if (!has_digit(reach.data(), reach.size())) return found;
  // The ends of sentences, a block at a time: '.', '!', '?', '"' and the
  // last byte of a closing quote (E2 80 9D), then nothing or one blank and
  // a capital. (A dateline at up_to at most starts two bytes after one.)
  const std::string_view ends_in = line.substr(0, up_to < line.size() ? up_to : line.size());
  for_each_block(ends_in.data(), ends_in.size(), [&](const ByteBlock& block, uint64_t valid, size_t at) {
    uint64_t ends =
        block.mask([](Lane b) { return b.eq('.') | b.eq('!') | b.eq('?') | b.eq('"') | b.eq(0x9D); }) & valid;
    for (; ends != 0; ends &= ends - 1) {
      const size_t p = at + static_cast<size_t>(std::countr_zero(ends));
      if (line[p] == '\x9D' && (p < 2 || line.substr(p - 2, 3) != "\xE2\x80\x9D")) continue;
      // The full stop of an initial ends no sentence: "WASHINGTON D.C., 30
      // September 2020 – " holds no dateline "C., 30 September 2020".
      if (line[p] == '.' && p >= 1 && line[p - 1] >= 'A' && line[p - 1] <= 'Z' &&
          (p == 1 || !std::isalpha(static_cast<unsigned char>(line[p - 2])))) {
        continue;
      }
      size_t i = p + 1;
      if (i < line.size() && line[i] == ' ') ++i;
      // (A capital opens the place, ASCII or of two UTF-8 bytes, Cyrillic
      // among them, or a digit the date-first form's day.)
      if (i + 1 >= line.size() || !(is_digit(line[i]) || starts_capitalized(line.substr(i)))) continue;
      if (dateline_at(line.substr(i))) {
        found.push_back(i);
      } else if (after_feed_stamps && line[i] <= 'W') {  // (a weekday's capital: F, M, S, T, W)
        const size_t stamp = feed_stamp_length(line.substr(i));
        if (stamp > 0 && i + stamp < line.size() && starts_capitalized(line.substr(i + stamp))) {
          after_feed_stamps->push_back(i + stamp);
        }
      }
    }
  });
  return found;
}

}  // namespace osce
