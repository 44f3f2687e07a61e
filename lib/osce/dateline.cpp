#include "osce/dateline.hpp"

#include <bit>

#include <boost/regex.hpp>

#include "osce/byte_masks.hpp"
#include "osce/date_parse.hpp"

namespace osce {
namespace {

// What the regexes' \s matches.
bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A place word: a capital letter (ASCII, or a two-byte UTF-8 letter), then
// letters (any UTF-8 included), apostrophes, dots or hyphens. Up to four
// words, joined by blanks or a slash ("WASHINGTON/ TASHKENT").
const std::string kWord = R"((?:[A-Z]|[\xC0-\xDF][\x80-\xBF])(?:[A-Za-z'.\-]|[\xC0-\xF4][\x80-\xBF]+)*)";
const std::string kPlace = "(" + kWord + R"((?:(?:\s*/\s*|\s))" + kWord + "){0,3})";
constexpr const char* kDash = R"(\s*(?:-|\xE2\x80\x93|\xE2\x80\x94)\s*)";

const boost::regex& day_month_year() {
  static const boost::regex re(std::string("\\A") + kPlace + R"(,\s+(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4}))" + kDash);
  return re;
}
const boost::regex& month_day_year() {
  static const boost::regex re(std::string("\\A") + kPlace + R"(,\s+([A-Za-z]{3,9}\.?)\s+(\d{1,2}),\s+(\d{4}))" + kDash);
  return re;
}

// Cheap necessary conditions, so the regexes run only where a dateline could
// be: a capital first; after the first comma (a place has none), a blank
// and then a day or a month; a dash further on.
bool could_be_dateline(std::string_view head) {
  if (head.empty() || !((head[0] >= 'A' && head[0] <= 'Z') || static_cast<unsigned char>(head[0]) >= 0xC0)) {
    return false;
  }
  const size_t comma = head.find(',');
  if (comma == std::string_view::npos) return false;
  size_t i = comma + 1;
  while (i < head.size() && is_blank_byte(head[i])) ++i;
  if (i == comma + 1 || i == head.size()) return false;
  if (head[i] < '0' || head[i] > '9') {
    size_t j = i;
    while (j < head.size() && ((head[j] | 0x20) >= 'a' && (head[j] | 0x20) <= 'z')) ++j;
    if (month_number(head.substr(i, j - i)) == 0) return false;
  }
  bool digit = false, dash = false;
  for (size_t k = i; k < head.size(); ++k) {
    const char c = head[k];
    digit = digit || (c >= '0' && c <= '9');
    dash = dash || c == '-' || (c == '\xE2' && k + 1 < head.size() && head[k + 1] == '\x80');
  }
  return digit && dash;
}

}  // namespace

std::optional<Dateline> dateline_at(std::string_view text) {
  // Datelines are short; looking at the first bytes keeps this cheap on long paragraphs.
  const std::string_view head = text.substr(0, 120);
  if (!could_be_dateline(head)) return std::nullopt;
  boost::match_results<std::string_view::const_iterator> m;
  int day = 0, month = 0, year = 0;
  if (boost::regex_search(head.begin(), head.end(), m, day_month_year())) {
    day = std::stoi(m[2].str()), month = month_number(m[3].str()), year = std::stoi(m[4].str());
  } else if (boost::regex_search(head.begin(), head.end(), m, month_day_year())) {
    month = month_number(m[2].str()), day = std::stoi(m[3].str()), year = std::stoi(m[4].str());
  } else {
    return std::nullopt;
  }
  if (!is_calendar_date(year, month, day)) return std::nullopt;
  // "On Monday, 12 July 2023 - ..." has a dateline's shape; a place does not
  // start with a word that opens sentences.
  static const std::vector<std::string_view> kOpeners = {
      "On", "In", "At", "From", "Since", "By", "The", "This", "Last", "Next", "Until", "Before", "After",
      "Today", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  const std::string place = m[1].str();
  const std::string_view first(place.data(), std::min(place.find_first_of(" /"), place.size()));
  for (std::string_view opener : kOpeners) {
    if (first == opener) return std::nullopt;
  }
  return Dateline{place, iso_date(year, month, day), static_cast<size_t>(m.length(0))};
}

std::vector<size_t> datelines_inside(std::string_view line) {
  // The ends of sentences, a block at a time: '.', '!', '?', '"' and the
  // last byte of a closing quote (E2 80 9D), then nothing or one blank and
  // a capital.
  std::vector<size_t> found;
  for_each_block(line.data(), line.size(), [&](const ByteBlock& block, uint64_t valid, size_t at) {
    uint64_t ends =
        block.mask([](Lane b) { return b.eq('.') | b.eq('!') | b.eq('?') | b.eq('"') | b.eq(0x9D); }) & valid;
    for (; ends != 0; ends &= ends - 1) {
      const size_t p = at + static_cast<size_t>(std::countr_zero(ends));
      if (line[p] == '\x9D' && (p < 2 || line.substr(p - 2, 3) != "\xE2\x80\x9D")) continue;
      size_t i = p + 1;
      if (i < line.size() && line[i] == ' ') ++i;
      if (i + 1 >= line.size() || line[i] < 'A' || line[i] > 'Z') continue;
      if (dateline_at(line.substr(i))) found.push_back(i);
    }
  });
  return found;
}

}  // namespace osce
