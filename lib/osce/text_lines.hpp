// A text as lines with their byte offsets, so that tools can decide per line
// and still cut, keep and report positions exactly.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

// A line without its "\n" or "\r\n". Its offset is text.data() minus the
// whole text's, and its end of line follows it there (line_with_end): a
// view is all a line holds, 16 bytes, where offsets kept beside it made 40
// (60 MB more for a 100 MB page of short menu lines).
struct TextLine {
  std::string_view text;
};

// The lines of `text`. A final line without LF counts; an empty text has none.
// The views point into `text`, which must outlive them.
std::vector<TextLine> split_lines(std::string_view text);

// `line`, a line of `whole` from split_lines, with the "\n" or "\r\n" (or
// the final lone "\r") that ends it in `whole`.
std::string_view line_with_end(std::string_view whole, const TextLine& line);

// The pieces of `s` between occurrences of `sep`, empty pieces included
// ("a||b" gives "a", "", "b"): the cells of a TSV line, the items of a list cell.
std::vector<std::string_view> split_on(std::string_view s, char sep);

// `s` without leading and trailing blanks (ASCII space, tab, CR, no-break space).
std::string_view trim(std::string_view s);

// The earliest of `separators` in `s` (" - ", " | "): where it begins and
// how long it is; `at` is npos when there is none.
struct Separator {
  size_t at = std::string_view::npos;
  size_t size = 0;
};
Separator first_separator(std::string_view s, std::initializer_list<std::string_view> separators);

// True when `s` holds nothing but blanks and line ends (LF included).
bool is_blank(std::string_view s);

// An ASCII space, tab or line end: JSON's whitespace, and what the phrase
// matcher and the tagger fold into one space.
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// `s` with ASCII letters lowercased; other bytes (UTF-8 included) as they are.
std::string ascii_lower(std::string_view s);

// Equal but for the case of ASCII letters.
bool ascii_iequal(std::string_view a, std::string_view b);

// True when `w` starts with a capital: an ASCII one, or a two-byte UTF-8
// letter (Latin capitals with diacritics, Cyrillic and Greek ones, but also
// their lowercase forms: a cheap test, good enough for telling names).
inline bool starts_capitalized(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDF && w.size() > 1);
}

// Number of blank-separated words, counting no further than `stop_after` + 1
// (enough to tell "more than N" without scanning a long paragraph).
size_t word_count(std::string_view s, size_t stop_after = static_cast<size_t>(-1) - 1);

}  // namespace osce
