#include "osce/closing_stamp.hpp"

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

}  // namespace osce
