#include "osce/closing_stamp.hpp"

#include <algorithm>

#include "osce/opening.hpp"
#include "osce/text_lines.hpp"

namespace osce {

std::optional<std::string> closing_stamp_date(std::string_view text, SlashOrder order) {
  // (Its last byte first: most texts end in a full stop, or a line's end.)
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  if (text.empty() || text.back() != ')') return std::nullopt;
  constexpr size_t kLongestStamp = 48;
  const std::string_view tail = text.substr(text.size() > kLongestStamp ? text.size() - kLongestStamp : 0);
  const size_t open = tail.rfind('(');
  if (open == std::string_view::npos) return std::nullopt;
  const std::string_view inside = tail.substr(open + 1, tail.size() - open - 2);
  const size_t comma = inside.find(", ");
  if (comma == std::string_view::npos || comma == 0) return std::nullopt;
  // The agency's or the author's words ("APA", "APA/dpa", "red"), no number among them.
  constexpr size_t kMostWords = 3;
  const std::string_view who = inside.substr(0, comma);
  if (word_count(who, kMostWords + 1) > kMostWords) return std::nullopt;
  for (char c : who) {
    if (c >= '0' && c <= '9') return std::nullopt;
  }
  WholeDate whole = read_whole_date(inside.substr(comma + 2), order);
  if (!whole.found || whole.iso.empty()) return std::nullopt;
  return std::move(whole.iso);
}

std::optional<std::string> closing_date_line(std::string_view text, SlashOrder order) {
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  // (Its last bytes first: a date line ends in a digit, or in a time's "am"
  // or zone a few bytes after one.)
  constexpr size_t kDigitWithin = 5;
  const std::string_view last = text.substr(text.size() > kDigitWithin ? text.size() - kDigitWithin : 0);
  if (std::none_of(last.begin(), last.end(), digit)) return std::nullopt;
  const size_t line_end = text.rfind('\n');
  if (line_end == std::string_view::npos || trim(text.substr(0, line_end)).empty()) return std::nullopt;
  constexpr size_t kLongestDateLine = 64;
  const std::string_view line = trim(text.substr(line_end + 1));
  if (line.size() > kLongestDateLine) return std::nullopt;
  // (A year's four digits at least, before the costlier reading: a menu's or
  // a sentence's last line has none.)
  constexpr std::ptrdiff_t kYearDigits = 4;
  if (std::count_if(line.begin(), line.end(), digit) < kYearDigits) return std::nullopt;
  std::optional<std::string> date = date_line_value(line, order);
  if (!date || date->empty()) return std::nullopt;
  return date;
}

}  // namespace osce
