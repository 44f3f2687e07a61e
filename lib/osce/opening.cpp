#include "osce/opening.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <vector>

#include <boost/regex.hpp>

#include "osce/date_parse.hpp"
#include "osce/lexical.hpp"
#include "osce/page_vocabulary.hpp"
#include "osce/paragraph_cues.hpp"
#include "osce/place_dateline.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

// The first non-blank line of `text` from `at`, trimmed, and where the line
// after it begins.
std::string_view next_line(std::string_view text, size_t& at) {
  while (at < text.size()) {
    const size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line = trim(text.substr(at, end - at));
    at = end + 1;
    if (!line.empty()) return line;
  }
  return {};
}

bool capitalized(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

// A speech's delivery note run into its text, as a list of statements
// prints a teaser: "On Presidential Elections in Moldova As delivered by
// Ambassador ... to the Permanent Council, Vienna November 19, 2020 Thank
// you, Mr. Chairperson." The first whole date after "delivered", within a
// note's length, with the capitalized word before it, if any, as the place.
std::optional<Dateline> delivered_dateline(std::string_view line, SlashOrder order) {
  constexpr size_t kNoteReach = 200, kNoteBytes = 240;
  // (Found by its 'v', a rare letter: a search for "delivered" would stop at every 'd'.)
  const size_t v = line.substr(0, kNoteReach).find("vered ");
  if (v == std::string_view::npos || v < 4 || line.substr(v - 3, 3) != "eli" || (line[v - 4] | 0x20) != 'd') {
    return std::nullopt;
  }
  const size_t at = v - 4;
  static const boost::regex re(
      R"((?:([A-Z][a-z]+),?\s+)?((?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+\d{4})\b)");
  const std::string_view note = line.substr(at, kNoteBytes);
  boost::match_results<std::string_view::const_iterator> m;
  if (!boost::regex_search(note.begin(), note.end(), m, re)) return std::nullopt;
  WholeDate whole = read_whole_date(std::string_view(&*m[2].first, static_cast<size_t>(m[2].length())), order);
  if (!whole.found || whole.iso.empty()) return std::nullopt;
  std::string place = m[1].str();
  if (weekday_number(place) >= 0 || month_number(place) != 0) place.clear();
  // The last word of a longer name is no place: "... at the Closing Session
  // of the OSCE Ministerial Council 5 December 2025" says when, not where
  // (nor does "New York" end in a place "York").
  if (m[1].matched) {
    const std::string_view head = note.substr(0, static_cast<size_t>(m[1].first - note.begin()));
    const std::string_view before = trim(head);
    const size_t word = before.find_last_of(' ') + 1;  // (npos + 1 is 0)
    if (!before.empty() && before.back() != ',' && capitalized(before.substr(word))) place.clear();
  }
  return Dateline{std::move(place), std::move(whole.iso), 0};
}

// Whether `line` opens with two capitals, Latin or Cyrillic ("SARAJEVO",
// "БЕОГРАД"), as a place in capitals does and a sentence's first word does
// not. (starts_capitalized knows the capitals past ASCII.)
bool opens_in_capitals(std::string_view line) {
  if (!starts_capitalized(line)) return false;
  const size_t second = static_cast<unsigned char>(line[0]) < 0x80 ? 1 : 2;
  return starts_capitalized(line.substr(std::min(second, line.size())));
}

// A dateline as the Balkan missions' releases in the local languages write
// it: the day with its period, the month in the language, the year with its
// period and perhaps the year's word, then a dash: "SARAJEVO, 26. novembar
// 2025. godine - ", "БЕОГРАД, 12. новембра 2023. године – ". (Read on a
// record's head only: osce-split does not cut at it.)
std::optional<Dateline> dotted_dateline(std::string_view line) {
  const size_t comma = line.find(", ");
  if (comma == std::string_view::npos || comma == 0 || comma > 40 || comma + 4 >= line.size() ||
      !std::isdigit(static_cast<unsigned char>(line[comma + 2]))) {
    return std::nullopt;
  }
  const std::string_view place = line.substr(0, comma);
  if (!starts_capitalized(place) || word_count(place, 4) > 3) return std::nullopt;
  size_t i = comma + 2;
  auto number = [&](size_t most) {
    int value = 0;
    size_t digits = 0;
    for (; i < line.size() && digits < most + 1 && std::isdigit(static_cast<unsigned char>(line[i])); ++i, ++digits) {
      value = value * 10 + (line[i] - '0');
    }
    return digits >= 1 && digits <= most ? value : -1;
  };
  auto skip = [&](std::string_view s) {
    if (line.substr(i, s.size()) != s) return false;
    i += s.size();
    return true;
  };
  const int day = number(2);
  if (day < 1 || !skip(". ")) return std::nullopt;
  const size_t month_from = i;
  while (i < line.size() && line[i] != ' ') ++i;
  const std::string_view word = line.substr(month_from, i - month_from);
  const int month = static_cast<unsigned char>(word.empty() ? 0 : word[0]) >= 0xD0 ? cyrillic_month_number(word)
                                                                                  : latin_month_number(word);
  if (month == 0 || !skip(" ")) return std::nullopt;
  if (line.substr(i, 4).find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  const int year = number(4);
  if (year < 1000 || !is_calendar_date(year, month, day)) return std::nullopt;
  skip(".");
  if (skip(" godine") || skip(" \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB5")) skip(".");  // године
  while (skip(" ")) {
  }
  if (!skip("-") && !skip("\xE2\x80\x93") && !skip("\xE2\x80\x94")) return std::nullopt;
  return Dateline{std::string(place), iso_date(year, month, day), i};
}

// "... 10:21 am", "... 9.30 P.M.": a time's last letters.
bool ends_in_meridiem(std::string_view line) {
  std::string_view t = line;
  if (t.ends_with('.')) t.remove_suffix(1);
  if (t.size() < 4 || (t.back() | 0x20) != 'm') return false;
  t.remove_suffix(1);
  if (t.ends_with('.')) t.remove_suffix(1);
  const char ap = static_cast<char>(t.back() | 0x20);
  const char before = t[t.size() - 2];  // (t has two bytes at least here)
  return (ap == 'a' || ap == 'p') && (before == ' ' || std::isdigit(static_cast<unsigned char>(before)));
}

// The line without a time zone after its time ("9:37 pm CET", "16:44
// (EET)"; see is_time_zone), when a digit or a time's "am" or "pm" comes
// before it. Else the line as it was.
std::string_view without_time_zone(std::string_view line) {
  const size_t space = line.rfind(' ');
  if (space == std::string_view::npos || !is_time_zone(line.substr(space + 1))) return line;
  const std::string_view t = trim(line.substr(0, space));
  if (t.empty() || (!std::isdigit(static_cast<unsigned char>(t.back())) && !ends_in_meridiem(t))) return line;
  return t;
}

// A report's title that ends in its issue date: "OSCE Special Monitoring
// Mission to Ukraine (SMM) Daily Report 292/2020 issued on 8 December 2020";
// or in its day after a dash, a time zone in brackets perhaps after it
// ("OSCE Chair visits the region – 12 May 2020"). (Not the day a report's
// information runs to, "... as of 19:30hrs, 26 January 2016": the report
// was issued the day after, and that day is its own.)
std::optional<std::string> issue_date(std::string_view line, SlashOrder order) {
  if (line.size() > 240) return std::nullopt;
  // "... 12 May 2020 (CET)" (a zone's capital or bracket last, as date_line_value asks first).
  if (line.back() == ')' || (line.back() >= 'A' && line.back() <= 'Z')) line = without_time_zone(line);
  if (!std::isdigit(static_cast<unsigned char>(line.back()))) return std::nullopt;
  auto date_from = [&](std::string_view rest) -> std::optional<std::string> {
    WholeDate whole = read_whole_date(rest, order);
    if (whole.found && !whole.iso.empty()) return std::move(whole.iso);
    return std::nullopt;
  };
  for (std::string_view on : {" issued on ", " published on "}) {
    const size_t at = line.rfind(on);
    if (at == std::string_view::npos) continue;
    if (auto date = date_from(line.substr(at + on.size()))) return date;
  }
  // The title's day after a dash, among its last bytes.
  constexpr size_t kLongestDay = 40;
  const size_t tail = line.size() > kLongestDay ? line.size() - kLongestDay : 0;
  for (std::string_view dash : {"- ", "\xE2\x80\x93 ", "\xE2\x80\x94 "}) {
    const size_t at = line.rfind(dash);
    if (at == std::string_view::npos || at < tail) continue;
    if (auto date = date_from(line.substr(at + dash.size()))) return date;
  }
  return std::nullopt;
}

// Whether every part of `parts` between " | " is a word or two, no sentence:
// a site's name, a count.
bool short_parts(std::string_view parts) {
  for (size_t from = 0; from <= parts.size();) {
    const size_t to = std::min(parts.find(" | ", from), parts.size());
    const std::string_view part = trim(parts.substr(from, to - from));
    if (part.empty() || word_count(part, 3) > 2 || ends_a_sentence(part)) return false;
    from = to + 3;
  }
  return true;
}

// The first separator between a date line's date and the word or two that
// name its source or its kind.
Separator date_line_separator(std::string_view line) {
  // (A Finnish paper parts its stamp with a katakana middle dot: "2.3.2026
  // 12:32 \xE3\x83\xBB Päivitetty: 2.3.2026 12:32".)
  return first_separator(line, {" - ", " | ", " \xE2\x80\x93 ", " \xC2\xB7 ", " \xE3\x83\xBB "});
}

// A date first: a digit, or a month's or a weekday's name ("January 14,
// 2016", "Thursday, 14 January 2016"). (Asked first of every short line
// that ends in a letter: a menu's "Home - News" goes no further.)
bool opens_with_a_date(std::string_view line) {
  const auto c = static_cast<unsigned char>(line[0]);
  if (c >= '0' && c <= '9') return true;
  if (c < 'A' || c > 'Z' || line.size() < 3) return false;
  // (A month's or a weekday's first three letters rule out nearly every
  // other word before it is read to its end.)
  const std::string_view three = line.substr(0, 3);
  const bool month_start = month_number(three) != 0;
  const bool weekday_start = std::any_of(kWeekdayNames.begin(), kWeekdayNames.end(), [&](std::string_view day) {
    return (three[0] | 0x20) == day[0] && (three[1] | 0x20) == day[1] && (three[2] | 0x20) == day[2];
  });
  if (!month_start && !weekday_start) return false;
  size_t n = 1;
  while (n < line.size() && n < 10 && (line[n] | 0x20) >= 'a' && (line[n] | 0x20) <= 'z') ++n;
  const std::string_view w = line.substr(0, n);
  return (month_start && month_number(w) != 0) || (weekday_start && weekday_number(w) >= 0);
}

// A label is a few words and no number: a source ("OSCE"), a kind ("Press
// release", "News").
bool date_line_label(std::string_view s) {
  return s.find_first_of("0123456789") == std::string_view::npos && word_count(s, 4) <= 3;
}

// Where the date begins after a place of one to three words in capitals
// ("SARAJEVO", "NEW YORK", "VIENNA/WARSAW") or capitalized ("Warsaw"), a
// space after each; 0 when the line does not open so. (A capitalized word
// has four letters at least: "The 12 July 2023" is no place's.) The date
// may put its month first, after a place or a news site's section: "World
// September 09, 2014, 19:36".
size_t place_before_date(std::string_view line) {
  size_t i = 0;
  for (int words = 0; words < 3; ++words) {
    const size_t from = i;
    if (i >= line.size() || line[i] < 'A' || line[i] > 'Z') return 0;
    bool capitals = true;
    for (; i < line.size() && (std::isalpha(static_cast<unsigned char>(line[i])) || line[i] == '/' || line[i] == '-'); ++i) {
      capitals = capitals && !std::islower(static_cast<unsigned char>(line[i]));
    }
    if (i + 1 >= line.size() || line[i] != ' ') return 0;
    const bool date_after = std::isdigit(static_cast<unsigned char>(line[i + 1]));
    if (date_after && words > 0 && month_number(line.substr(from, i - from)) != 0) return from;
    if (i - from < (capitals ? 2u : 4u)) return 0;
    ++i;
    if (date_after) return i;
  }
  return 0;
}

// The date after a date key written with no colon, as some news sites print
// it over the headline: "date 2026-01-23 18:41", "Дата 29.05.2009". Else
// the line as it was. The keys are the page metadata's and the listings'
// (label_keys: "Date", "Published", "Issued on", "Дата", ...), ASCII case
// ignored.
std::string_view after_bare_date_key(std::string_view line) {
  static const std::vector<std::string_view> kKeys = label_keys(MetaField::kDate);
  // (Every short line that ends in a digit is asked: its first byte decides first.)
  static const auto kFirstBytes = [] {
    std::array<bool, 256> first{};
    for (std::string_view key : kKeys) {
      const auto c = static_cast<unsigned char>(key[0]);
      first[c] = true;
      if (c >= 'A' && c <= 'Z') first[c | 0x20] = true;
    }
    return first;
  }();
  if (!kFirstBytes[static_cast<unsigned char>(line[0])]) return line;
  for (std::string_view key : kKeys) {
    if (line.size() <= key.size() || line[key.size()] != ' ' || !ascii_iequal(line.substr(0, key.size()), key)) continue;
    const std::string_view rest = trim(line.substr(key.size()));
    // (Or a longer key that opens with this one: "Published on 30 ...".)
    if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0]))) return rest;
  }
  return line;
}

// A Russian or Ukrainian date line that ends in the year's word: "среда, 7
// декабря 2011 г.", "3 липня 2024 року". (One that ends in its year goes the
// way of the others, to read_whole_date.)
[[gnu::noinline]] std::optional<std::string> cyrillic_date_line(std::string_view line) {
  const bool year_word = static_cast<unsigned char>(line.back()) >= 0x80 || line.ends_with("\xD0\xB3.") ||
                         line.ends_with("\xD1\x80.");  // года, року; г., р.
  if (!year_word) return std::nullopt;
  WholeDate whole = read_whole_date(line);
  if (!whole.found || whole.iso.empty()) return std::nullopt;
  return std::move(whole.iso);
}

}  // namespace

std::optional<DateKey> read_date_key(std::string_view line, SlashOrder order) {
  // The date is the first word after the key ("2017-06-09", "29.05.2009")
  // or the first three ("9 June 2017").
  if (line.empty()) return std::nullopt;
  const std::string_view rest = after_bare_date_key(line);
  if (rest.size() == line.size()) return std::nullopt;
  size_t end = 0;
  for (int words = 1; words <= 3 && end != std::string_view::npos; ++words) {
    end = rest.find(' ', end + 1);
    if (words == 2) continue;
    WholeDate whole = read_whole_date(rest.substr(0, end), order);
    if (whole.found && !whole.iso.empty()) {
      return DateKey{std::move(whole.iso), end == std::string_view::npos ? std::string_view{} : trim(rest.substr(end))};
    }
  }
  return std::nullopt;
}

bool opens_with_month_key(std::string_view line) {
  if (line.empty()) return false;
  const std::string_view rest = after_bare_date_key(line);
  auto digits = [&](size_t from, size_t count) {
    return rest.size() >= from + count &&
           std::all_of(rest.begin() + from, rest.begin() + from + count, [](char c) { return c >= '0' && c <= '9'; });
  };
  // "2017-11" and a blank: a year, a month of the twelve.
  if (rest.size() == line.size() || rest.size() < 8 || !digits(0, 4) || rest[4] != '-' || !digits(5, 2) ||
      rest[7] != ' ') {
    return false;
  }
  const int month = (rest[5] - '0') * 10 + (rest[6] - '0');
  return month >= 1 && month <= 12;
}

// (A sentence that ends in a date ends in a full stop: no whole date.)
std::optional<Dateline> closing_dateline(std::string_view line, SlashOrder order) {
  if (line.empty() || line.size() > 240 || !std::isdigit(static_cast<unsigned char>(line.back()))) return std::nullopt;
  const size_t comma = line.rfind(", ");
  if (comma == std::string_view::npos || comma == 0) return std::nullopt;
  WholeDate whole = read_whole_date(line.substr(comma + 2), order);
  // Or an event's days: "BERLIN, 7 - 11 JULY 2018" under a session's name.
  if (!whole.found) whole = read_first_day(line.substr(comma + 2), order);
  if (!whole.found || whole.iso.empty()) return std::nullopt;
  std::string_view before = line.substr(0, comma);
  if (const size_t previous = before.rfind(", "); previous != std::string_view::npos) before.remove_prefix(previous + 2);
  // The words back from the comma while they are capitalized.
  const std::vector<std::string_view> words = split_on(before, ' ');
  size_t place = words.size();
  while (place > 0 && words.size() - place < 3 && capitalized(words[place - 1])) --place;
  // A weekday names a day, not a place: a title that ends in its date, "Latest
  // from the Special Monitoring Mission to Ukraine- Monday, 14 April 2014",
  // says when and not where.
  if (!words.empty() && weekday_number(words.back()) >= 0) return Dateline{"", std::move(whole.iso), 0};
  if (place == words.size()) return std::nullopt;
  for (size_t k = place; k < words.size(); ++k) {
    if (weekday_number(words[k]) >= 0) return std::nullopt;
  }
  const size_t place_from = static_cast<size_t>(words[place].data() - before.data());
  return Dateline{std::string(before.substr(place_from)), std::move(whole.iso), 0};
}

std::optional<std::string> date_line_value(std::string_view line, SlashOrder order) {
  // Every form of a whole date, labelled or not, is short and ends in a
  // digit of its year, day or time, or in a time's "am" or "pm", perhaps
  // with the time's zone after it, or opens with the date and names the
  // item's kind after it: the regular expressions run only on such lines.
  if (line.empty() || line.size() > 60) return std::nullopt;
  // The Balkan languages write an "h" after the time and a period after a
  // date in figures: "21.12.2024. 13:56h", "21.12.2024.". (Not after a date
  // in words: "12 July 2023." ends a sentence.)
  auto digits = [&](size_t from, size_t to) {
    return std::all_of(line.begin() + static_cast<std::ptrdiff_t>(from), line.begin() + static_cast<std::ptrdiff_t>(to),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  // The time may come first: "15:53, 05 December 2011 | GMT +5", "18:29
  // 21.12.2025" (as Kazakh and Russian sites print it), "13:11 | October 15
  // 2017" (a news site's stamp over its headline, the month first), "11:44 /
  // 09.10.2021".
  if (line.size() >= 12 && std::isdigit(static_cast<unsigned char>(line[0])) && (line[1] == ':' || line[2] == ':')) {
    const size_t colon = line[1] == ':' ? 1 : 2;
    if (digits(0, colon) && digits(colon + 1, colon + 3) && (line[colon + 3] == ',' || line[colon + 3] == ' ')) {
      size_t rest = colon + 3;
      while (rest < line.size() && (line[rest] == ',' || line[rest] == ' ' || line[rest] == '|' || line[rest] == '/')) {
        ++rest;
      }
      const bool date_after = rest < line.size() && (std::isdigit(static_cast<unsigned char>(line[rest])) ||
                                                     (line[rest] >= 'A' && line[rest] <= 'Z'));  // a month
      if (date_after) line.remove_prefix(rest);
    }
  }
  // A site's stamp whose label after the separator is empty: "20-02-2018
  // 16:19 -", "12 July 2023 |".
  if (line.back() == '-' || line.back() == '|' || line.back() == '\x93') {
    for (std::string_view sep : {" -", " |", " \xE2\x80\x93"}) {
      if (line.size() > sep.size() + 8 && line.ends_with(sep)) {
        line.remove_suffix(sep.size());
        break;
      }
    }
  }
  const size_t size = line.size();
  if (size >= 5 && line.back() == 'h' && line[size - 4] == ':' && digits(size - 3, size - 1)) {
    line.remove_suffix(1);
  }
  if (line.size() >= 8 && line.back() == '.' && line[line.size() - 6] == '.' &&
      digits(line.size() - 5, line.size() - 1)) {
    line.remove_suffix(1);
  }
  // So do they after a date in words whose day has its period: "26. Oct
  // 2021.", "12. jun 2023." (a sentence's date has no period after its day).
  if (line.size() >= 10 && line.back() == '.' && line[line.size() - 6] == ' ' &&
      digits(line.size() - 5, line.size() - 1)) {
    const size_t day_digits = std::isdigit(static_cast<unsigned char>(line[1])) ? 2 : 1;
    if (digits(0, day_digits) && line[day_digits] == '.' && line[day_digits + 1] == ' ') line.remove_suffix(1);
  }
  // (Most lines end in another small letter than a meridiem's 'm': the last
  // byte decides first.)
  const char last = line.back();
  const bool zoned = (last >= 'A' && last <= 'Z' && last != 'M') || last == ')';
  if (zoned) line = without_time_zone(line);
  const char end = line.back();
  if (!std::isdigit(static_cast<unsigned char>(end)) && !(((end | 0x20) == 'm' || end == '.') && ends_in_meridiem(line))) {
    // Or the date first and what the item is after it: "14.01.2016 - Press
    // release", "3 May 2024 | News".
    // (A Russian or Ukrainian one opens with its weekday, a Cyrillic letter
    // whose first byte is D0 or D1, or with its day.)
    if (!opens_with_a_date(line)) {
      return static_cast<unsigned char>(line[0] | 1) == 0xD1 ? cyrillic_date_line(line) : std::nullopt;
    }
    const Separator sep = date_line_separator(line);
    if (sep.at == std::string_view::npos || !date_line_label(line.substr(sep.at + sep.size))) {
      return cyrillic_date_line(line);
    }
    WholeDate whole = read_whole_date(line.substr(0, sep.at), order);
    if (!whole.found) return std::nullopt;
    return std::move(whole.iso);
  }
  if (const auto label = metadata_label(line); label && label->field == MetaField::kDate) {
    line = label->value;
  } else {
    line = after_bare_date_key(line);
  }
  WholeDate whole = read_whole_date(line, order);
  // A feed may name its source before the date: "OSCE - Fri, 09/30/2022 -
  // 16:44", "OSCE | 30 September 2022". A source is a few words, no number.
  if (!whole.found) {
    // The source ends at the first separator (a time may follow the date after another).
    const Separator sep = date_line_separator(line.substr(0, 40));
    if (sep.at != std::string_view::npos) {
      const std::string_view before = line.substr(0, sep.at), after = line.substr(sep.at + sep.size);
      if (date_line_label(before)) {
        whole = read_whole_date(after, order);
      } else if (!before.empty() && std::isdigit(static_cast<unsigned char>(before.back()))) {
        // An event's days, whole dates both: "Monday, 07.04.2014 – Wednesday,
        // 09.04.2014". The item's date is the first. Or a byline of parts,
        // the date first, then the site and a count of views: "2017-10-03
        // 13:48 | www.trend.az | 1".
        whole = read_whole_date(before, order);
        const bool byline = sep.size == 3 && line[sep.at + 1] == '|' && short_parts(after);
        // Or the day it was published, then the day it was updated, under
        // a label of a word or two: "12 March 2024 10:15 | Updated: 13
        // March 2024 11:00", "... | Last modified: ...".
        const size_t colon = after.find(": ");
        const bool updated = colon != std::string_view::npos && date_line_label(after.substr(0, colon)) &&
                             word_count(after.substr(0, colon), 3) <= 2 &&
                             read_whole_date(after.substr(colon + 2), order).found;
        if (whole.found && !read_whole_date(after, order).found && !byline && !updated) {
          whole = WholeDate{};
        }
      }
    }
  }
  if (!whole.found) {
    // A place before the date, no comma between: "SARAJEVO 18 December
    // 2000", as osce.org's pages of 2000 printed it over the dateline, and
    // "Warsaw 29 January 2009" on an ODIHR report's title page.
    const size_t place = place_before_date(line);
    if (place > 0) whole = read_whole_date(line.substr(place), order);
  }
  if (!whole.found) return std::nullopt;
  return std::move(whole.iso);
}

namespace {

// What follows a source's name of one to three capitalized words in a
// byline's part: "Al Jazeera 01.08.2021" gives "01.08.2021", "Reuters 12
// July 2023" gives "12 July 2023"; empty for a part of no such name.
std::string_view after_source_name(std::string_view part) {
  // (Word by word in place: a byline's parts come here, line after line.)
  constexpr size_t kNameWords = 3;
  size_t from = 0;
  for (size_t name = 0; name < kNameWords; ++name) {
    const size_t blank = part.find(' ', from);
    if (blank == std::string_view::npos || !capitalized(part.substr(from, blank - from))) return {};
    from = blank + 1;
    if (from == part.size() || part[from] == ' ') return {};
    if (std::isdigit(static_cast<unsigned char>(part[from]))) return part.substr(from);
  }
  return {};
}

}  // namespace

std::optional<std::string> byline_date(std::string_view line, SlashOrder order) {
  if (line.size() > kLongestByline) return std::nullopt;
  // A whole date as the line's first part, before what the item is and who
  // distributed it: "12/04/2025 | Press release | Distributed by Public on
  // 12/04/2025 05:41". (Its day and month may stay undecided: empty.)
  if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0]))) {
    const size_t bar = line.find(" | ");
    if (bar != std::string_view::npos) {
      WholeDate whole = read_whole_date(line.substr(0, bar), order);
      if (whole.found) return std::move(whole.iso);
    }
  }
  // (A byline opens with "By " or has a label's colon: most lines go no further.)
  const bool by = line.starts_with("By ") || line.starts_with("by ");
  if (!by && line.find(':') == std::string_view::npos) return std::nullopt;
  // (A blog's theme may part its byline with slashes, an empty author's
  // too: "By   /  25/06/2018  /  No Comments".)
  for (std::string_view sep : {" \xE2\x99\xA6 ", " | ", " \xE2\x80\xA2 ", " \xC2\xB7 ", " / "}) {
    if (line.find(sep) == std::string_view::npos) continue;
    // A date part with no label counts in a byline ("By ...") or beside a
    // labelled part ("Topics: ..."); the first labelled date wins.
    std::optional<std::string> bare;
    bool labelled = by;
    for (size_t from = 0; from <= line.size();) {
      const size_t to = std::min(line.find(sep, from), line.size());
      std::string_view part = trim(line.substr(from, to - from));
      from = to + sep.size();
      const auto label = metadata_label(part);
      if (!label) {
        if (part.empty()) continue;
        if (!bare && std::isdigit(static_cast<unsigned char>(part.back()))) {
          WholeDate whole = read_whole_date(part, order);
          if (!whole.found) whole = read_whole_date(after_source_name(part), order);
          if (whole.found && !whole.iso.empty()) bare = std::move(whole.iso);
        }
        labelled = labelled || part.back() == ':' || part.find(": ") != std::string_view::npos;
        continue;
      }
      labelled = true;
      if (label->field != MetaField::kDate) continue;
      std::string_view value = label->value;
      if (const size_t semicolon = value.find("; "); semicolon != std::string_view::npos) value = value.substr(0, semicolon);
      WholeDate whole = read_whole_date(value, order);
      if (whole.found && !whole.iso.empty()) return std::move(whole.iso);
    }
    if (bare && labelled) return bare;
  }
  return std::nullopt;
}

bool lead_takes_up(std::string_view headline, std::string_view lead) {
  constexpr size_t kLeadBytes = 400, kWordBytes = 4, kStemBytes = 5, kShared = 2;
  auto stem = [&](std::string_view w) { return w.substr(0, std::min(w.size(), kStemBytes)); };
  auto counts = [&](std::string_view w) { return w.size() >= kWordBytes && !is_stop_word(w); };
  const std::vector<std::string_view> lead_words = words_of(lead.substr(0, kLeadBytes));
  std::vector<std::string_view> shared;
  for (std::string_view w : words_of(headline)) {
    if (!counts(w)) continue;
    const std::string_view s = stem(w);
    if (std::any_of(shared.begin(), shared.end(), [&](std::string_view x) { return ascii_iequal(x, s); })) continue;
    if (std::any_of(lead_words.begin(), lead_words.end(),
                    [&](std::string_view l) { return counts(l) && ascii_iequal(stem(l), s); })) {
      shared.push_back(s);
      if (shared.size() >= kShared) return true;
    }
  }
  return false;
}

bool ends_in_letter_or_digit(std::string_view t) {
  const auto last = static_cast<unsigned char>(t.back());
  if (last < 0x80) return std::isalnum(last);
  size_t start = t.size() - 1;  // the first byte of the last sequence
  while (start > 0 && t.size() - start < 4 && (static_cast<unsigned char>(t[start]) & 0xC0) == 0x80) --start;
  const auto lead = static_cast<unsigned char>(t[start]);
  uint32_t cp = 0;
  if ((lead & 0xE0) == 0xC0 && t.size() - start == 2) {
    cp = (lead & 0x1Fu) << 6 | (static_cast<unsigned char>(t[start + 1]) & 0x3Fu);
  } else if ((lead & 0xF0) == 0xE0 && t.size() - start == 3) {
    cp = (lead & 0x0Fu) << 12 | (static_cast<unsigned char>(t[start + 1]) & 0x3Fu) << 6 |
         (static_cast<unsigned char>(t[start + 2]) & 0x3Fu);
  }
  return cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7;  // not × nor ÷
}

bool is_preamble(std::string_view note) {
  note = trim(note);
  return note.size() <= kPreambleBytes && word_count(note, kPreambleWords + 1) <= kPreambleWords;
}

std::optional<CaptionedDateline> dateline_after_dated_caption(std::string_view line) {
  // (From each comma back: a paragraph's first bytes have few. A place
  // stands before its comma: the search ends a place's length past a
  // caption's.)
  constexpr size_t kPlaceBytes = 40;
  const std::string_view head = line.substr(0, kCaptionBytes + kPlaceBytes);
  for (size_t comma = head.find(", "); comma != std::string_view::npos; comma = head.find(", ", comma + 2)) {
    size_t start = comma;
    while (start > 0 && ((line[start - 1] >= 'A' && line[start - 1] <= 'Z') || line[start - 1] == '/')) --start;
    if (comma - start < 3 || start == 0 || !std::isdigit(static_cast<unsigned char>(line[start - 1]))) continue;
    const std::string_view caption = line.substr(0, start);
    if (caption.size() > kCaptionBytes || word_count(caption, kCaptionWords + 1) > kCaptionWords) return std::nullopt;
    // The caption ends in a whole date, its last three words ("10 September 2021").
    size_t from = caption.size();
    for (int words = 0; words < 3 && from > 0; ++words) {
      const size_t space = caption.rfind(' ', from - 1);
      from = space == std::string_view::npos ? 0 : space;
    }
    if (!read_whole_date(caption.substr(from)).found) continue;
    if (auto dateline = dateline_at(line.substr(start))) return CaptionedDateline{start, std::move(*dateline)};
  }
  return std::nullopt;
}

std::optional<Dateline> dateline_after_preamble(std::string_view line) {
  // Only the sentences in the bytes a note may take: a record's first line
  // is often a whole paragraph.
  const std::vector<size_t> cuts = datelines_inside(line, kPreambleBytes);
  if (!cuts.empty()) {
    if (!is_preamble(line.substr(0, cuts[0]))) return std::nullopt;
    return dateline_at(line.substr(cuts[0]));
  }
  if (auto captioned = dateline_after_dated_caption(line)) return std::move(captioned->dateline);
  return std::nullopt;
}

bool quotes_its_speaker(std::string_view t) {
  // (Its last byte first: a closing mark ends few lines.)
  const char last = t.back();
  if (last != '"' && last != '\x9D' && last != '\xBB') return false;
  const size_t close = last == '"' ? 1 : last == '\xBB' ? 2 : 3;
  if (!t.ends_with(close == 1 ? "\"" : close == 2 ? "\xC2\xBB" : "\xE2\x80\x9D")) return false;
  const size_t colon = t.find(": ");
  constexpr size_t kSpeakerWords = 4;
  if (colon == std::string_view::npos || colon == 0 || !starts_capitalized(t) ||
      word_count(t.substr(0, colon), kSpeakerWords + 1) > kSpeakerWords || !opens_with_quote(t.substr(colon + 2))) {
    return false;
  }
  return t.size() > colon + 2 + close && ends_in_letter_or_digit(t.substr(0, t.size() - close));
}

bool says_its_speaker_last(std::string_view t) {
  constexpr size_t kSpeakerWords = 10;
  if (t.empty() || !ends_in_letter_or_digit(t)) return false;
  for (std::string_view verb : {", says ", ", said "}) {
    const size_t at = t.rfind(verb);
    if (at != std::string_view::npos && at > 0) {
      const std::string_view speaker = t.substr(at + verb.size());
      return !speaker.empty() && word_count(speaker, kSpeakerWords + 1) <= kSpeakerWords;
    }
  }
  return false;
}

bool headline_shaped_line(std::string_view line) {
  return word_count(line, kHeadlineWords) <= kHeadlineWords &&
         (ends_in_letter_or_digit(line) || quotes_its_speaker(line));
}

namespace {

// A headline that ends with its sources in brackets: "OSCE condemned
// attacks on journalists in Pristina (Tanjug, RTS)". (Its last byte first.)
bool ends_with_its_sources(std::string_view line) {
  return line.back() == ')' && line.find('(') != std::string_view::npos &&
         word_count(line, kHeadlineWords) <= kHeadlineWords;
}

}  // namespace

std::optional<Opening> opening_of(std::string_view text, SlashOrder order) {
  size_t at = 0;
  const std::string_view first = next_line(text, at);
  if (first.empty()) return std::nullopt;
  // (A feed prints its date line over the dateline of the release it
  // copies: "OSCE - Fri, 09/30/2022 - 16:44", then "VIENNA, 30 September
  // 2022 - ...". The dateline says where.)
  auto opened_by = [&](std::string_view line, Opening& o) {
    if ((o.dateline = dateline_at(line))) return true;
    // (A site may mark the date under its headline as a list's item: "-
    // 12.01.2017 16:47". Not a date line for osce-split, where a list of
    // dates is a list.)
    if (auto date = date_line_value(line.substr(list_mark_length(line)), order)) {
      o.date = *date;
      size_t after = at;
      const std::string_view next = next_line(text, after);
      o.dateline = dateline_at(next);
      // (Or under the headline that the date stands over, printed once or
      // twice: "January 21, 2022, 21:27", the headline, its copy, "SARAJEVO,
      // Jan 12 (Reuters) – ". The dateline may have a photo's caption glued
      // before it, as under a headline with no date line (see
      // dateline_after_preamble), or be a wire's with no year: its place.)
      // (A date line may be the text's last line.)
      if (!o.dateline && !next.empty() && headline_shaped_line(next)) {
        std::string_view below = next_line(text, after);
        if (below == next) below = next_line(text, after);
        if (!(o.dateline = dateline_at(below)) && !(o.dateline = dateline_after_preamble(below))) {
          if (const size_t place = place_only_dateline(below)) o.place = below.substr(0, place);
        }
      }
      return true;
    }
    // An event's days: "7 - 11 July 2018", the first. Under them may stand
    // the day the event's report was issued ("20 - 22 January 2009", then
    // "Warsaw 29 January 2009", as ODIHR's reports open): that dates it.
    // (Not a date line for osce-split: such a line stands in a report's
    // cover among its title's lines.)
    if (WholeDate days = read_first_day(line, order); days.found && !days.iso.empty()) {
      size_t after = at;
      const std::string_view next = next_line(text, after);
      o.date = date_line_value(next, order).value_or(std::move(days.iso));
      o.dateline = dateline_at(next);
      return true;
    }
    if ((o.dateline = dateline_after_preamble(line))) return true;
    if (opens_in_capitals(line)) {
      if (auto dateline = dotted_dateline(line)) {
        o.dateline = std::move(dateline);
        return true;
      }
    }
    if ((o.dateline = closing_dateline(line, order)) || (o.dateline = delivered_dateline(line, order))) return true;
    if (auto date = byline_date(line, order); date && !date->empty()) {
      o.date = *date;
      return true;
    }
    if (auto date = issue_date(line, order)) {
      o.date = *date;
      return true;
    }
    // (A wire service's dateline with no date names the place alone: the
    // text opens with no date, and with that place.)
    if (o.place.empty()) {
      if (const size_t place = place_only_dateline(line)) o.place = line.substr(0, place);
    }
    return false;
  };
  Opening o;
  if (opened_by(first, o)) return o;
  // A date key and its date before more words ("date 2017-06-09 09:35 OSCE
  // Office in Tajikistan trans...") is the page's line, the day a site
  // posted what it copies: a date or dateline of the head under it is the
  // item's own ("... Daily Report 203/2021 issued on 31 August 2021" under
  // "date 2021-09-01 Ukraine"). The key's date, when the head has none.
  std::optional<DateKey> key = read_date_key(first, order);
  if (key) {
    if (auto dateline = dateline_at(key->after)) {
      // (A dateline without its year, "BAKU, June 14 - ", has the key's day.)
      if (dateline->date.empty()) dateline->date = key->date;
      o.dateline = std::move(dateline);
      return o;
    }
  }
  auto none = [&]() -> std::optional<Opening> {
    if (!key && o.place.empty()) return std::nullopt;
    return Opening{{}, std::nullopt, key ? std::move(key->date) : std::string(), std::move(o.place)};
  };
  // Under the headline, or under a head of such lines: the site's name over
  // the headline ("International Information Centre for Balkan Studies"), a
  // photo's caption, a speech's speaker and meeting ("As delivered by ...",
  // "to the Permanent Council, Vienna").
  // Or under the site's header of an article, on a page osce-strip has not
  // cleaned: its metadata as labels and their values ("- Date:", "- 4 May
  // 2018", "- Source:", "- OSCE Secretariat", ...), which are no head's
  // lines and are not counted as such. A date among them is a date line.
  std::string_view above = first;
  bool in_metadata = false;  // `above` is a label of the page's metadata, or a value under one
  size_t metadata_lines = 0;
  for (size_t head = 1; head <= kOpeningHeadLines;) {  // (head lines counted, the metadata's not)
    in_metadata = metadata_label(above).has_value() || (in_metadata && list_mark_length(above) > 0);
    if (!in_metadata || ++metadata_lines > kMetadataLines) {
      // (A headline may end with its sources: "... in Pristina (Tanjug, RTS)".)
      if (!headline_shaped_line(above) && !ends_with_its_sources(above) && !is_photo_caption(above) &&
          !(head == 1 && key)) {
        return none();
      }
      ++head;
    }
    const std::string_view line = next_line(text, at);
    if (line.empty()) return none();
    if (opened_by(line, o)) {
      o.headline = above;
      return o;
    }
    above = line;
  }
  return none();
}

bool dated_copy_of(std::string_view line, std::string_view headline) {
  constexpr size_t kPrefixWords = 4;
  if (headline.empty() || line.size() < headline.size() + 2 || !line.ends_with(headline) ||
      line[line.size() - headline.size() - 1] != ' ') {
    return false;
  }
  const std::string_view prefix = trim(line.substr(0, line.size() - headline.size() - 1));
  if (prefix.empty() || word_count(prefix, kPrefixWords + 1) > kPrefixWords) return false;
  for (size_t from = 0; from < prefix.size();) {
    size_t to = prefix.find(' ', from);
    if (to == std::string_view::npos) to = prefix.size();
    if (date_line_value(prefix.substr(from, to - from))) return true;
    from = to + 1;
  }
  return false;
}

}  // namespace osce
