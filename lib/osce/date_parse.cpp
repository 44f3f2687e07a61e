#include "osce/date_parse.hpp"

#include <array>
#include <charconv>
#include <cstdio>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/regex.hpp>

#include "osce/text_lines.hpp"

namespace osce {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};

}  // namespace

std::string padded(int value, int width) {
  if (value < 0) {  // "-001": the sign inside the width; not a date's, but as snprintf has it
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", width, value);
    return buf;
  }
  char digits[16];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  const auto n = static_cast<int>(end - digits);
  std::string out(static_cast<size_t>(n < width ? width - n : 0), '0');
  out.append(digits, end);
  return out;
}

std::string iso_date(int year, int month, int day) {
  if (year >= 1000 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    // The date's ten bytes written in place, as almost every date is.
    std::string out = "0000-00-00";
    for (int k = 3, y = year; k >= 0; --k, y /= 10) out[static_cast<size_t>(k)] = static_cast<char>('0' + y % 10);
    out[5] = static_cast<char>('0' + month / 10), out[6] = static_cast<char>('0' + month % 10);
    out[8] = static_cast<char>('0' + day / 10), out[9] = static_cast<char>('0' + day % 10);
    return out;
  }
  return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
}

int month_number_of(std::string_view word) {
  char w[12];
  size_t n = 0;
  for (char c : word) {
    if (n == sizeof w) return 0;
    w[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (n > 0 && w[n - 1] == '.') --n;
  if (n < 3) return 0;
  const std::string_view lower(w, n);
  for (size_t i = 0; i < kMonths.size(); ++i) {
    // Most words share no first letter with a month ("the", "for"): out
    // before any comparison of bytes.
    if (kMonths[i][0] != lower[0]) continue;
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
    if ((n == 3 || lower == "sept") && kMonths[i].substr(0, n) == lower) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_calendar_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  try {
    // Boost checks the day against the month's real length, leap years included.
    boost::gregorian::date d(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                             static_cast<unsigned short>(day));
    return !d.is_special();
  } catch (const std::out_of_range&) {
    return false;
  }
}

std::optional<std::string> parse_full_date(std::string_view text) {
  // Built once: regexes are costly to compile and this runs per record.
  static const std::string kWeekday = R"((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?)";
  static const boost::regex kDayMonthYear(kWeekday + R"((\d{1,2})\s+([A-Za-z]{3,9}\.?),?\s+(\d{4}))");
  static const boost::regex kMonthDayYear(kWeekday + R"(([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4}))");
  static const boost::regex kIso(R"((\d{4})-(\d{2})-(\d{2}))");
  const std::string s(trim(text));
  boost::smatch m;
  int y = 0, mo = 0, d = 0;
  if (boost::regex_match(s, m, kIso)) {
    y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
  } else if (boost::regex_match(s, m, kDayMonthYear)) {
    d = std::stoi(m[1]), mo = month_number(m[2].str()), y = std::stoi(m[3]);
  } else if (boost::regex_match(s, m, kMonthDayYear)) {
    mo = month_number(m[1].str()), d = std::stoi(m[2]), y = std::stoi(m[3]);
  } else {
    return std::nullopt;
  }
  if (!is_calendar_date(y, mo, d)) return std::nullopt;
  return iso_date(y, mo, d);
}

}  // namespace osce
