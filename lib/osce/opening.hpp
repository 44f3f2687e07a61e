// How a news item opens: with its dateline ("VIENNA, 5 March 2021 - "), or a
// line that is only its date ("12 July 2023", "Published: 12 July 2023"),
// at the start of its text or under its headline. osce-dates reads the
// record's own date and place from a text that opens so; osce-split tells
// date lines and headlines' ends by the same tests, on every paragraph.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "osce/date_parse.hpp"
#include "osce/dateline.hpp"

namespace osce {

// The date of a line that is a whole date and nothing else (see
// read_whole_date: a time may follow it), bare, under a date label of the
// page metadata ("Published:", "Date:"), after a feed's source ("OSCE -
// Fri, 09/30/2022 - 16:44") or before the item's kind ("14.01.2016 - Press
// release"), or the first of two ("Monday, 07.04.2014 – Wednesday,
// 09.04.2014"), as YYYY-MM-DD; empty when `order`
// cannot tell its day from its month ("03/04/2023"); nullopt for any other
// line. `line` is trimmed.
std::optional<std::string> date_line_value(std::string_view line, SlashOrder order = SlashOrder::kUnambiguous);

// A date key written with no colon and its date, opening a line (trimmed):
// "date 2025-03-15 Submit Release", "date 2017-06-09 09:35 OSCE Office in
// Tajikistan trans...", as an aggregator prints it over the item it copies,
// the day it posted it. `after` is the rest of the line (perhaps empty),
// which may be the release's dateline ("date 2024-06-25 ASTANA, 25 June
// 2024 - Today, ...") or its lead.
struct DateKey {
  std::string date;  // YYYY-MM-DD
  std::string_view after;
};
std::optional<DateKey> read_date_key(std::string_view line, SlashOrder order = SlashOrder::kUnambiguous);
// The same key with a month for its date, "date 2017-11 Continua la
// polemica ...", as an aggregator may print it: an item's start, but no
// record's date (a record's date is a day).
bool opens_with_month_key(std::string_view line);

// The byte lengths of the date keys ("Date", "Дата", "Published", "Posted
// on", "Issued on", "Published on", "Publishing date", "Publication date"; a
// test holds them and their first bytes to label_keys).
constexpr std::array<size_t, 6> kDateKeyLengths = {4, 8, 9, 12, 15, 16};
// Whether `line` (not empty) may open with a date key: a key's first byte
// (ASCII case folded), then a blank and a digit after one of their lengths.
// (Inline, for osce-split asks it of every line of a page, menus' too, and
// few pass its first byte.)
inline bool may_open_with_date_key(std::string_view line) {
  const char first = static_cast<char>(line[0] | 0x20);
  if (first != 'd' && first != 'p' && first != 'i' && line[0] != '\xD0') return false;
  for (size_t k : kDateKeyLengths) {
    if (line.size() > k + 1 && line[k] == ' ' && line[k + 1] >= '0' && line[k + 1] <= '9') return true;
  }
  return false;
}

// The longest byline read (see byline_date).
constexpr size_t kLongestByline = 160;

// The date of a byline, a line of parts between separators (" | ", " • ",
// " · ", " ♦ ", " / "): a labelled one ("By Jane Roe | Published: 1 July 2024",
// "PeopleDiplomats ♦ Published: July 1, 2024; 10:46 ♦ (Vindobona)"), or a
// bare whole date in a line that opens with "By " or has labelled parts
// ("By U.S. Mission OSCE | 12 January, 2023 | Topics: Statements"), or a
// whole date as the first of parts between " | " ("12/04/2025 | Press
// release | Distributed by ..."). As YYYY-MM-DD; empty when `order` cannot
// tell that first date's day from its month; nullopt for any other line.
std::optional<std::string> byline_date(std::string_view line, SlashOrder order = SlashOrder::kUnambiguous);

// Whether `t` (not empty) ends in a letter or a digit: an ASCII one, or a
// letter of the alphabets past ASCII that names are written in ("Bogojević",
// "Ердоган"), U+00C0 to U+1FFF. Dashes, quotes and the ellipsis lie above,
// from U+2000. A headline ends so; a sentence, a quote or a label does not.
bool ends_in_letter_or_digit(std::string_view t);

// Whether `lead` takes up words of `headline` over it, as a lead says at
// length what its headline says in short: two of the headline's words of
// four letters or more, no stop words (is_stop_word: "with", "OSCE"), among
// the lead's first bytes ("OSCE Centre's anniversary marked in Ashgabat"
// over "... marking the 20th anniversary of the OSCE Center in Ashgabat").
// Words match on their first five letters, case aside ("Centre's",
// "Center"). Another page's title over a lead shares a place at most ("Fan
// zones ... have opened in Ashgabat" over "... the OSCE Centre in Ashgabat
// hosted ...").
bool lead_takes_up(std::string_view headline, std::string_view lead);

// A headline has at most this many words: news headlines run to twenty and
// more ("Much still needs to be done to ensure women's equal participation in
// all spheres of life, OSCE leaders say on International Women's Day" has
// 23); a line of more is a sentence that lost its full stop.
constexpr size_t kHeadlineWords = 30;

// A headline that gives its speaker, a colon, and the speaker's words in
// quotation marks: 'Elezioni, Osce: "Se invitati manderemo missione"',
// "Lavrov: «The OSCE must change»". The speaker's part is four words at
// most and capitalized; a letter or digit stands inside the closing mark (a
// sentence quoted whole ends in its stop). Double marks, straight or
// curly, or guillemets.
bool quotes_its_speaker(std::string_view t);

// A headline that gives what was said and then who said it, after a comma:
// "Our observation will be published in subsequent reports, says head of
// OSCE/ODIHR mission" ("says" or "said", ten words at most after it, no
// stop at the end). What it says may be in the speaker's first person.
bool says_its_speaker_last(std::string_view t);

// Whether `line` (trimmed, not empty) has a headline's shape: kHeadlineWords
// words or fewer, ending in a letter or a digit, or quoting its speaker.
bool headline_shaped_line(std::string_view line);

// Whether `line` is `headline` with the site's section and the day before
// it, as a news site prints its article's head over the headline again:
// "Uzbekistan 08/10/2021 OSCE / ODIHR states: no complaints ...", then
// "OSCE / ODIHR states: no complaints ...". (A prefix of four words at
// most, one of them a whole date.)
bool dated_copy_of(std::string_view line, std::string_view headline);

// A head's line that closes with where and when, a dateline at its end:
// "OSCE Permanent Council No. 1417 Vienna, 30 March 2023", "Delivered by
// Ambassador ... at the Permanent Council, Vienna, 30 March 2023". The
// place is the capitalized words (up to three) before the last comma; a
// weekday there says when, not where ("... Ukraine- Monday, 14 April 2014"),
// and the dateline has no place. nullopt unless a whole date (or an event's
// first day) follows the last comma and ends the line. (The dateline's
// length is 0: it stands at the line's end.)
std::optional<Dateline> closing_dateline(std::string_view line, SlashOrder order = SlashOrder::kUnambiguous);

// An editor's note glued before a release's dateline, "PLEASE FIND BELOW THE
// CORRECT VERSION OF THE PRESS RELEASE. WARSAW, 6 July 2015 – ": at most
// kPreambleWords words in kPreambleBytes. A sentence of more is the end of
// an item before.
constexpr size_t kPreambleWords = 12;
constexpr size_t kPreambleBytes = 16 * kPreambleWords;

// Whether `note`, the part of a line before a dateline inside it, is short
// enough to be an editor's note. osce-split asks it of its units, and
// dateline_after_preamble of a record's opening line.
bool is_preamble(std::string_view note);

// A photo's caption that ends in its date, glued to the dateline, as the
// OSCE Parliamentary Assembly prints its releases: "Staff of the
// International Secretariat in Copenhagen, 10 September 2021COPENHAGEN, 10
// September 2021 - ". The caption is kCaptionWords words at most, in
// kCaptionBytes (the photo's file name may open it: "250518 GT and President
// MetaOSCE PA President ..."); the place stands in capitals right after the
// date's last digit. `at` is where the dateline starts in the line.
constexpr size_t kCaptionWords = 40;
constexpr size_t kCaptionBytes = 8 * kCaptionWords;
struct CaptionedDateline {
  size_t at;
  Dateline dateline;
};
std::optional<CaptionedDateline> dateline_after_dated_caption(std::string_view line);

// The dateline inside `line` (where datelines_inside finds one) after a
// preamble, or glued after a photo's caption that ends in its date
// (dateline_after_dated_caption), or nullopt.
std::optional<Dateline> dateline_after_preamble(std::string_view line);

struct Opening {
  std::string_view headline;         // the line above the dateline; empty when the text opens with it
  std::optional<Dateline> dateline;  // place and date; under the date line, if there is one
  std::string date;                  // YYYY-MM-DD of a date line, when there is no dateline
  // With no date and no dateline: the place of a dateline that has no date
  // ("VIENNA (Reuters) - ", see place_only_dateline), where the text opens.
  std::string place;
};

// The most lines over a text's date line or dateline: a speech's title,
// the photo's credit, the title again, the speaker, the meeting and its
// place (osce-split reads an item's head of lines alike).
constexpr size_t kOpeningHeadLines = 6;
// The most lines of the site's metadata over a text's date line or
// dateline besides them: the labels of osce.org's article header, each
// with a value or two (see opening_of).
constexpr size_t kMetadataLines = 16;

// The opening of `text`: a dateline (after a preamble, too) or date line on
// its first non-blank line, or under a headline (a line of up to thirty
// words that ends in a letter or digit) and up to kOpeningHeadLines such
// lines in all (the site's name, a caption, a speech's speaker); a date line
// may have a dateline on the line under it. The site's metadata labels and
// their values among those lines do not count as head lines, up to
// kMetadataLines of them. `headline` is the line right
// above the date. With none of them, a place alone (Opening::place) from a
// dateline with no date. nullopt when the text opens otherwise.
std::optional<Opening> opening_of(std::string_view text, SlashOrder order = SlashOrder::kUnambiguous);

}  // namespace osce
