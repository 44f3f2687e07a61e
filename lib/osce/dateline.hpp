// News datelines: "GENEVA, 12 July 2023 - ", "WASHINGTON/ TASHKENT, 11 July
// 2023 — ", "Vienna, July 7, 2023 – ", and the site's rarer forms: "OSH,
// Kyrgyzstan, 14 March 2006- ", "TIRANA / BRUSSELS / GENEVA – 6 October 2020. ",
// "WARSAW/VIENNA, 30 June – ", "NEW YORK CITY, 28 September 2015 A ...", and
// the date first: "19 December 2024, SARAJEVO – ". A dateline opens an item
// and gives its place and date; osce-split cuts at them, osce-dates reads
// the record's own date from them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

struct Dateline {
  std::string place;  // as written ("WASHINGTON/ TASHKENT")
  std::string date;   // YYYY-MM-DD; empty when the dateline has no year
  size_t length;      // bytes from the dateline's start through the dash and its blanks
};

// The dateline at the very start of `text`, on its first line, if there is
// one. The place is one or more capitalized words (slash- or space-
// separated); then a comma, a calendar date (the year may be left out), and
// a hyphen, en dash or em dash, or no dash after a place in capitals and a
// whole date. A place may also name its region after a comma (or a joint
// statement its capitals: "Moscow, Paris, Washington DC, 29 July 2021 – "),
// and one in capitals be followed by a dash, a whole date and a full stop or
// another dash. The date may come first, with its year, then a comma, the
// place and a dash.
std::optional<Dateline> dateline_at(std::string_view text);
// dateline_at reads no further than this many bytes of `text`.
inline constexpr size_t kDatelineBytes = 120;

// Offsets of datelines that start inside `line` right after the end of a
// sentence (". TASHKENT, 10 July 2023 –", or glued: "time.TASHKENT, ..."):
// items a scraper ran together. The offset is where the dateline starts;
// only sentences that end before `up_to` are looked after. With
// `after_feed_stamps`, the offsets where text begins after a feed item's
// date there go to it too (see feed_stamp_length).
std::vector<size_t> datelines_inside(std::string_view line, size_t up_to = std::string_view::npos,
                                     std::vector<size_t>* after_feed_stamps = nullptr);

// The length of the date and time that open `text` as a feed writes an
// item's (RFC 822's): "Fri, 24 Mar 2017 0:00:00 GMT", "Mon, 6 May 2024
// 14:05 +0200", the blank after it included; 0 for other text. A feed's
// text, flattened into a paragraph, runs its items together with these
// between them: the item before, then its date, then the next item's title.
size_t feed_stamp_length(std::string_view text);

}  // namespace osce
