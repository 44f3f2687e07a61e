// Calendar dates written out in full ("4 May 2018", "May 4, 2018",
// "2018-05-04"), checked against the calendar with Boost.Date_Time.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace osce {

// The month 1-12 for an English month name or its common abbreviation
// ("July", "Jul", "Sept."), any ASCII case; 0 for anything else. Inline on
// the length and the first letter, which rule out nearly every word: the
// tokenizers ask this of every capitalized word.
int month_number_of(std::string_view word);
inline int month_number(std::string_view word) {
  if (word.size() < 3 || word.size() > 10) return 0;
  switch (word[0] | 0x20) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': return month_number_of(word);
    default: return 0;
  }
}

// True when year-month-day exists on the Gregorian calendar (no 31 June, no
// 29 February 2023). Years 1000-9999.
bool is_calendar_date(int year, int month, int day);

// "YYYY-MM-DD" for numbers already checked with is_calendar_date.
std::string iso_date(int year, int month, int day);
// `value` in at least `width` digits, zero-padded: snprintf's "%0*d", which
// costs a hundred times more (osce-dates formats every date it finds).
std::string padded(int value, int width);

// "YYYY-MM-DD" for a text that is one whole date and nothing else, or
// nullopt. Accepts "4 May 2018", "04 May 2018", "May 4, 2018", "4 May, 2018",
// "2018-05-04", with an optional leading weekday ("Friday, 4 May 2018").
std::optional<std::string> parse_full_date(std::string_view text);

}  // namespace osce
