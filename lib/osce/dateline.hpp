// News datelines: "GENEVA, 12 July 2023 - ", "WASHINGTON/ TASHKENT, 11 July
// 2023 — ", "Vienna, July 7, 2023 – ". A dateline opens an item and gives its
// place and date; osce-split cuts at them, osce-dates reads the record's own
// date from them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

struct Dateline {
  std::string place;  // as written ("WASHINGTON/ TASHKENT")
  std::string date;   // YYYY-MM-DD
  size_t length;      // bytes from the start of the place through the dash and its blanks
};

// The dateline at the very start of `text`, if there is one. The place is one
// or more capitalized words (slash- or space-separated), then a comma, a whole
// calendar date, and a hyphen, en dash or em dash.
std::optional<Dateline> dateline_at(std::string_view text);

// Offsets of datelines that start inside `line` right after the end of a
// sentence (". TASHKENT, 10 July 2023 –", or glued: "time.TASHKENT, ..."):
// items a scraper ran together. The offset is where the place starts.
std::vector<size_t> datelines_inside(std::string_view line);

}  // namespace osce
