#include "osce/place_dateline.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "osce/date_parse.hpp"
#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"

namespace osce {

namespace {

// The day without its year and its stop at `i`, "December 10. ", "10
// December. ", "10 декабря. ": where the blank after the stop begins, or 0.
size_t day_and_stop(std::string_view line, size_t i) {
  auto word_end = [&](size_t k) {
    while (k < line.size() && line[k] != ' ' && line[k] != '.') ++k;
    return k;
  };
  auto digits_end = [&](size_t k) {
    const size_t from = k;
    while (k < line.size() && k - from < 3 && std::isdigit(static_cast<unsigned char>(line[k]))) ++k;
    return k - from >= 1 && k - from <= 2 ? k : 0;
  };
  auto month_at = [&](size_t from, size_t to) {
    const std::string_view w = line.substr(from, to - from);
    return (!w.empty() && static_cast<unsigned char>(w[0]) >= 0xD0 ? cyrillic_month_number(w) : month_number(w)) != 0;
  };
  size_t end = 0;
  if (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) {
    const size_t day = digits_end(i);
    if (day == 0 || day >= line.size() || line[day] != ' ') return 0;
    end = word_end(day + 1);
    if (!month_at(day + 1, end)) return 0;
  } else {
    const size_t month = word_end(i);
    if (month >= line.size() || line[month] != ' ' || !month_at(i, month)) return 0;
    end = digits_end(month + 1);
    if (end == 0) return 0;
  }
  return end + 1 < line.size() && line[end] == '.' && line[end + 1] == ' ' ? end + 1 : 0;
}

// A wire's bracket after the place that names its agencies, a dash, and the
// story's date with its year: "UrduPoint News / Sputnik - 07th July, 2021".
bool dates_the_story(std::string_view bracket) {
  constexpr size_t kLongestBracket = 64;
  if (bracket.size() < 10 || bracket.size() > kLongestBracket || !starts_capitalized(bracket)) return false;
  if (bracket.find(" - ") == std::string_view::npos) return false;
  const std::string_view year = bracket.substr(bracket.size() - 4);
  return (year.starts_with("19") || year.starts_with("20")) && all_digits(year);
}

// The place's length with its region (`place_end`), unless the place's
// words (to `place_words_end`) are a label in capitals or a name of the
// taxonomy (an OSCE structure's, a State's); 0 then.
size_t place_checked(std::string_view line, size_t place_words_end, size_t place_end) {
  // (Asked last, of the few lines that got this far.)
  const size_t place_size = line[place_words_end - 1] == '.' ? place_words_end - 1 : place_words_end;  // (no stop)
  const std::string_view place = line.substr(0, place_size);
  static constexpr std::string_view kLabels[] = {"UPDATE", "NOTE", "BREAKING", "EXCLUSIVE", "PHOTO", "VIDEO",
                                                 "OPINION", "ANALYSIS", "EDITORIAL", "INTERVIEW", "WATCH", "LIVE",
                                                 "READ", "SEE", "ALSO", "MORE", "NEWS", "PRESS RELEASE", "STATEMENT"};
  if (std::find(std::begin(kLabels), std::end(kLabels), place) != std::end(kLabels)) return 0;
  if (place == "OSCE" || Taxonomy::builtin().is_name(place)) return 0;
  return place_end;
}

// The dash after a dateline's place and agency, from `i`, and a capital (or
// a quote) after it. (An en or em dash may be glued to both, as American
// wires write it: "WASHINGTON—The".)
bool dash_and_text_at(std::string_view line, size_t i) {
  while (i < line.size() && line[i] == ' ') ++i;
  bool wide = false;
  if (line.substr(i, 2) == "--") {
    i += 2;
  } else if (i < line.size() && line[i] == '-') {
    ++i;
  } else if (line.substr(i, 3) == "\xE2\x80\x93" || line.substr(i, 3) == "\xE2\x80\x94") {
    i += 3;
    wide = true;
  } else {
    return false;
  }
  if (i >= line.size() || (line[i] != ' ' && !wide)) return false;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i == line.size()) return false;
  return starts_capitalized(line.substr(i)) || line[i] == '"' || line.substr(i, 3) == "\xE2\x80\x9C" ||
         line.substr(i, 2) == "\xC2\xAB";
}

// The same dateline with its place in small letters after the capital, as
// regional agencies write it: "Tashkent, Uzbekistan (UzDaily.com) -- The
// ...", "Baku, Azerbaijan (Trend) – ...". Only with a participating State
// after the place and the agency in brackets: a name, a comma and a State
// open many a sentence ("Smith, Austria's envoy, ..."), the bracket and the
// dash after them none.
// (A place of a word or two, as osce-split asks for it: see
// opens_with_a_wire_place.)
size_t title_case_place_dateline(std::string_view line) {
  constexpr size_t kPlaceWords = 2, kLongestState = 40, kLongestAgency = 24;
  size_t i = 0;
  for (size_t words = 0;; ++words) {
    if (words == kPlaceWords || !starts_capitalized(line.substr(i))) return 0;
    i += static_cast<unsigned char>(line[i]) < 0x80 ? size_t{1} : size_t{2};
    const size_t letters_from = i;
    while (i < line.size() && ((line[i] >= 'a' && line[i] <= 'z') || line[i] == '-' ||
                               static_cast<unsigned char>(line[i]) >= 0x80)) {
      ++i;
    }
    if (i == letters_from || i >= line.size()) return 0;
    if (line[i] == ',') break;
    if (line[i] != ' ') return 0;
    ++i;
  }
  const size_t place_words_end = i;
  if (line.substr(i, 2) != ", ") return 0;
  const size_t state_from = i + 2;
  const size_t bracket_at = line.substr(state_from, kLongestState + 2).find(" (");
  const size_t bracket = bracket_at == std::string_view::npos ? bracket_at : state_from + bracket_at;
  if (bracket == std::string_view::npos ||
      !Taxonomy::builtin().is_name(EntryKind::kState, line.substr(state_from, bracket - state_from))) {
    return 0;
  }
  const size_t close = line.find(')', bracket + 2);
  if (close == std::string_view::npos || close - bracket > kLongestAgency ||
      !starts_capitalized(line.substr(bracket + 2))) {
    return 0;
  }
  return dash_and_text_at(line, close + 1) ? place_checked(line, place_words_end, bracket) : 0;
}

}  // namespace

size_t place_only_dateline(std::string_view line) {
  // (Asked of a record's first lines: a capital and a second one first.)
  // The length in bytes of the capital at `i` (ASCII, or of two UTF-8 bytes,
  // as starts_capitalized reads them: "PRISHTINË", "МОСКВА"), 0 for none.
  auto capital_at = [&](size_t i) -> size_t {
    if (i >= line.size() || !starts_capitalized(line.substr(i))) return 0;
    return static_cast<unsigned char>(line[i]) < 0x80 ? 1 : 2;
  };
  if (capital_at(0) == 0) return 0;
  if (capital_at(capital_at(0)) == 0) return title_case_place_dateline(line);
  constexpr size_t kPlaceWords = 5, kRegionWords = 3;
  size_t i = 0, words = 0;
  // The place: words of capitals (an apostrophe, a dot or a hyphen inside).
  for (;;) {
    const size_t from = i;
    size_t letters = 0;
    // (A hyphen only between capitals: "NUR-SULTAN", where "VIENNA- The" ends the place.)
    auto inside = [&](size_t k) {
      return k > from && k < line.size() &&
             (line[k] == '\'' || line[k] == '.' || (line[k] == '-' && capital_at(k + 1) != 0));
    };
    for (size_t c; (c = capital_at(i)) != 0 || inside(i);) {
      i += c != 0 ? c : 1;
      letters += c != 0;
    }
    if (letters < 2) return 0;
    if (++words > kPlaceWords) return 0;
    // A word of the place's after a blank or a slash, in capitals too.
    size_t j = i;
    while (j < line.size() && line[j] == ' ') ++j;
    const bool after_slash = j < line.size() && line[j] == '/';
    if (after_slash) {
      ++j;
      while (j < line.size() && line[j] == ' ') ++j;
    }
    if (j == i || capital_at(j) == 0 || capital_at(j + capital_at(j)) == 0) break;
    // (A stop and a blank end the place: "NUR-SULTAN. KAZINFORM - ", the
    // agency after it.)
    if (line[i - 1] == '.' && line[i] == ' ') break;
    // (A word between slashes is the agency's: "МОСКВА /ТАСС/ – ". A word
    // after a blank, a slash after it, is the place's: "DEN HAAG/WARCHAU - ".)
    size_t end = j;
    while (end < line.size() && capital_at(end) != 0) end += capital_at(end);
    if (after_slash && end < line.size() && line[end] == '/') break;
    i = j;
  }
  const size_t place_words_end = i;
  // Its region or State: ", Ukraine", ", Kyrgyzstan".
  if (line.substr(i, 2) == ", " && capital_at(i + 2) != 0) {
    size_t j = i + 2;
    for (size_t w = 0; w < kRegionWords; ++w) {
      while (j < line.size() && (capital_at(j) != 0 || (line[j] >= 'a' && line[j] <= 'z') ||
                                 static_cast<unsigned char>(line[j]) >= 0x80)) {
        ++j;
      }
      if (j + 1 < line.size() && line[j] == ' ' && capital_at(j + 1) != 0) {
        ++j;
        continue;
      }
      break;
    }
    i = j;
  }
  // (with its region, as dateline_at gives it: "OSH, Kyrgyzstan"; without the stop after it)
  const size_t place_end = line[i - 1] == '.' && i == place_words_end ? i - 1 : i;
  // The agency: "(Reuters)", "(AP)", "/TASS/", or a word in capitals after
  // the place's stop ("NUR-SULTAN. KAZINFORM - "), perhaps after the day
  // without its year ("ALMATY. December 10. KAZINFORM /Daniyar S./ As ...").
  size_t j = i;
  while (j < line.size() && line[j] == ' ') ++j;
  const size_t dated_to = line[i - 1] == '.' && j > i ? day_and_stop(line, j) : 0;
  if (dated_to != 0) {
    j = dated_to;
    while (j < line.size() && line[j] == ' ') ++j;
  }
  if (line[i - 1] == '.' && j > i && capital_at(j) != 0) {
    size_t end = j, letters = 0;
    for (; end < line.size() && capital_at(end) != 0; ++letters) end += capital_at(end);
    if (letters < 2 && dated_to != 0) return 0;  // (an agency's name in capitals, not a sentence's first word)
    i = end;
    // Dated, the agency's line needs no dash: its author in slashes, or
    // the text, follows.
    if (dated_to != 0) {
      if (line.substr(i, 2) == " /") {
        constexpr size_t kLongestAuthor = 48;
        const size_t close = line.find('/', i + 2);
        if (close == std::string_view::npos || close - i > kLongestAuthor) return 0;
        i = close + 1;
      }
      size_t k = i;
      while (k < line.size() && line[k] == ' ') ++k;
      if (k > i && k < line.size() && capital_at(k) != 0) return place_checked(line, place_words_end, place_end);
    }
  } else if (j < line.size() && (line[j] == '(' || line[j] == '/')) {
    const char close = line[j] == '(' ? ')' : '/';
    const size_t end = line.find(close, j + 1);
    constexpr size_t kLongestAgency = 24;
    if (end == std::string_view::npos) return 0;
    // A bracket that names the agencies and dates the story needs no dash:
    // "MOSCOW (UrduPoint News / Sputnik - 07th July, 2021) OSCE ...", as
    // syndicated wire copy opens.
    if (close == ')' && dates_the_story(line.substr(j + 1, end - j - 1))) {
      return end + 2 < line.size() && line[end + 1] == ' ' && capital_at(end + 2) != 0
                 ? place_checked(line, place_words_end, place_end)
                 : 0;
    }
    if (end - j > kLongestAgency) return 0;
    // The agency's name opens with a capital, or is one short word in small
    // letters, as the German agency writes its own: "WIEN (dpa) - ".
    auto small_word = [&] {
      constexpr size_t kLongestSmall = 5;
      const std::string_view name = line.substr(j + 1, end - j - 1);
      return name.size() >= 2 && name.size() <= kLongestSmall &&
             std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    if (capital_at(j + 1) == 0 && !small_word()) return 0;
    i = end + 1;
  }
  return dash_and_text_at(line, i) ? place_checked(line, place_words_end, place_end) : 0;
}

}  // namespace osce
