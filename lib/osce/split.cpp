#include "osce/split.hpp"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <unordered_set>
#include <utility>

#include "osce/byte_masks.hpp"
#include "osce/dateline.hpp"
#include "osce/date_parse.hpp"
#include "osce/document_marks.hpp"
#include "osce/error.hpp"
#include "osce/language.hpp"
#include "osce/lexical.hpp"
#include "osce/navigation.hpp"
#include "osce/opening.hpp"
#include "osce/page_vocabulary.hpp"
#include "osce/paragraph_cues.hpp"
#include "osce/place_dateline.hpp"
#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

// Cue weights. A dateline alone decides, whatever the lexical cues say (two
// items on one subject, from one office, share names and words); only the
// page's structure overrides it. The softer cues need each other.
constexpr double kDatelineWeight = 3.5;
constexpr double kInsideLineWeight = 0.5;  // a dateline after a sentence, inside a line
constexpr double kPlaceDatelineWeight = 2.0;  // a wire's dateline with no date: a place, a dash
constexpr double kStructureWeight = 4.0;   // cards, document lists, listing blocks
// An explicit separator line ("* * *", "-----") before a paragraph: the page
// says where items begin, and no other cue outweighs it.
constexpr double kSeparatorWeight = 10.0;
// A document copied whole (see document_marks.hpp) is one text: only a
// separator line, which someone put there, parts it. Its other candidates
// take a separator's weight away, beyond all other cues together.
constexpr double kDocumentWeight = -kSeparatorWeight;
constexpr double kClosedWeight = 1.0;      // the previous paragraph closed an item
// ... signed it off, an agency's web address or editor's initials on a line
// of their own: the copy ends there, whatever follows.
constexpr double kSignedOffWeight = 2.0;
constexpr double kEarlyDateWeight = 0.5;   // a date in the first words of the paragraph
constexpr double kEventWeight = 0.5;       // ... in a first sentence that reports an event
// News style spells a name out with its abbreviation at its first mention
// ("the Representative on Freedom of the Media (RFoM)") and uses the
// abbreviation after: one spelled out in a first sentence, and not used by
// the item so far, introduces a new text.
constexpr double kAbbreviationWeight = 0.7;
// ... and one the item so far used already is spelled out again by no
// writer of one text: the next text's first mention.
constexpr double kRedefinedWeight = 1.0;
// So is a person the item named introduced again by office and full name,
// which a writer does once: as sure as an abbreviation spelled out.
constexpr double kIntroducedAgainWeight = kAbbreviationWeight;
// "The Centre organized the series": the first sentence refers back to a
// word of the paragraph before.
constexpr double kReferenceWeight = -0.5;
// The first words introduce something: "A three-week course", "Over 25 experts".
constexpr double kNewEntityWeight = 0.4;
// A page that opens with a headline and has others: each begins an item.
constexpr double kHeadlineWeight = 2.0;
// On another page, a headline between two paragraphs over a fresh lead: less
// sure (a section's heading looks alike), so names and words have their say.
constexpr double kLoneHeadlineWeight = 1.5;
// A headline whose lead spells out a name with its abbreviation (see "its
// lead spells out a name").
constexpr double kLeadSpellsOutWeight = 1.0;
// Inside a speech or a statement (opens_an_address) until its closing
// formula, a paragraph with no opening of its own (a dateline, a date line,
// a headline) begins no item: a speaker moves from subject to subject, and
// the soft cues, all of them together, stay under the threshold against this.
constexpr double kSpeechWeight = -4.0;
// The most lines an item's head has before its text (see "under a head of lines").
constexpr size_t kItemHeadLines = 6;
// A card whose first line is among the page's first this many units is at
// the page's top: under the site's name, say, and a date line.
constexpr size_t kTopCard = 2;
// A paragraph of this many words or more is a sentence, not a line.
constexpr size_t kSentenceWords = 8;
// An agency's place and day on a line of their own ("Tashkent, Uzbekistan,
// Nov. 2") have at most this many words.
constexpr size_t kDatedPlaceWords = 6;
// A date line of more words names more than a date, a place or a label over
// it: a byline's date, or a place and date under a meeting's name.
constexpr size_t kDateLineWords = 7;
// A speech opens in the first units of its item: under a head of at most
// this many units (a head of lines and the date under it: the title, the
// speaker, the speaker's office, the meeting, the place, the date), none of
// them longer than a standfirst.
constexpr size_t kSpeechHeadUnits = kItemHeadLines + 1;
constexpr size_t kSpeechHeadBytes = 300;
// The item so far is a paragraph or two of a few hundred bytes and opened
// with prose, not a name or a title: news items are rarely that short (the
// prior on segment length that probabilistic segmenters have), so soft cues
// need more to end one so soon. Cards and entries are short by nature.
constexpr double kShortItemWeight = -0.4;
constexpr size_t kShortItemBytes = 600, kShortItemUnits = 3;
// An item that opened with a headline over its date or dateline is an
// article or a feed's entry, and the next one opens the same way: a
// paragraph with no such opening needs more than soft cues to begin one.
constexpr double kHeadedItemWeight = -0.6;
// Half that for an item that opened with its dateline and no headline: a
// stream of releases (seed 001) runs dated items and undated ones together,
// but a dated release is one text as much as a headed one, and its later
// paragraphs shift names and subjects (other States, a new topic) too.
constexpr double kDatedItemWeight = -0.3;
// A paragraph that names participating States or Partners, none of them
// named by the item so far that names others: it is somewhere else.
constexpr double kPlacesWeight = 0.3;
// The same for OSCE structures: a paragraph that names field operations,
// institutions or units of the Secretariat, none of those the item so far
// names, when it names others. Each office writes its own news.
constexpr double kStructuresWeight = 0.3;
// Neither shift alone reaches the default threshold: a paragraph that
// changes only its names, or only its words, stays in the item.
constexpr double kNamesWeight = 0.85;      // new names versus names of the item so far
constexpr double kWordsWeight = 0.7;       // new vocabulary versus the item's recent paragraphs
// A shift of names and words with no other cue for a boundary (no dateline,
// headline, date, new entity, closing line above ...) is weak evidence
// alone: an essay, or a long article, moves to new names and words from
// paragraph to paragraph. Such a candidate needs the lexical cues' whole
// weight less this.
constexpr double kUnsupportedWeight = -0.2;
// A unit in another script than the one above it (Cyrillic after Latin, or
// Latin after Cyrillic): an aggregator runs together items of sites in
// several languages, a speech's end among them (see "in a speech").
constexpr double kScriptWeight = 2.5;
// The same for a paragraph in another language than the one above, in the
// same script (Italian under English, Romanian under Italian: see
// osce::language_of), both told with some certainty. Its vocabulary shifts,
// the words cue's measure of it this far at least: not wholly, since the
// names the two share, "OSCE", "Moldova", "Tiraspol", hold the measure
// down (a Romanian paragraph under an English one on the same talks).
constexpr double kLanguageWeight = kScriptWeight;
constexpr double kLanguageShift = 0.4;
// A paragraph after a closing one that shares a good part of its content
// words with the item's lead, three at least, comes back to what the item
// is about: a media advisory's background paragraph ("Finland took over the
// Chairpersonship ... Valtonen will outline the programme ...") after its
// practical ones (registration by e-mail, a live stream's address), whose
// words the window holds.
constexpr double kLeadWeight = -1.0;
constexpr size_t kLeadSharedWords = 3;
constexpr double kLeadSharedShare = 0.25;
// A short line that is no paragraph (it ends no sentence) between two
// such lines, or the last of them at the page's end: a report's cover
// ("OSCE/ODIHR NEEDS ASSESSMENT MISSION REPORT", "20 - 22 January 2009",
// "Warsaw 29 January 2009"), a page of headlines. Its few words
// share nothing with the line before, which says nothing: the lexical cues
// are for paragraphs, and this takes back what they could give. (A line
// next to a paragraph may be an entry's name or a document's title.)
constexpr double kLineWeight = -(kNamesWeight + kWordsWeight);
constexpr double kContinuationWeight = -1.5;
constexpr double kQuoteWeight = -0.75;
constexpr double kLowercaseWeight = -3.0;
// An entry of a list under another: a list runs on inside its item (the
// recommendations of a report, the decisions of a meeting, the names of
// participants), whatever its entries name. And news items open with a
// lead, not with a list: the first entry goes on from the text above it.
constexpr double kListWeight = -kStructureWeight;
constexpr double kListOpensWeight = kContinuationWeight;
// Label lines under an item's last sentence and over the next item's start
// ("Categories: Central Europe", "Tags: ...", as feeds print them) are the
// item's footer: they close it and do not begin the next.
constexpr double kFooterWeight = kContinuationWeight;
// (A unit of more words than a label's key and value is no label: its text is not searched for a colon.)
constexpr size_t kLabelWords = kLabelKeyWords + kLabelValueWords;
constexpr size_t kRecentUnits = 3;
constexpr size_t kSearchedItemBytes = size_t{1} << 14;  // see "spells out an abbreviation"
constexpr uint32_t kNotRead = static_cast<uint32_t>(-1);

// A unit's dateline, on the heap. A unit is made for every line of a page
// and few have a dateline: held inline, the optional Dateline was 80 of a
// unit's 144 bytes, and a 100 MB page has a million units.
std::unique_ptr<const Dateline> on_heap(std::optional<Dateline> d) {
  return d ? std::make_unique<const Dateline>(std::move(*d)) : nullptr;
}

// A paragraph: a non-blank line, or part of one where a dateline starts
// inside it.
// (32 bytes: make bench's 98 MB record of pages has 1.5 million units, which
// osce-split holds beside the page. Where it begins and ends is where its
// text is in the page's; words fit a byte. No line number: --explain
// counts lines to its candidates.)
struct Unit {
  std::string_view text;  // a view of the page's text
  std::unique_ptr<const Dateline> dateline;  // see on_heap
  uint8_t words = 0;  // counted up to kTitleWords + 1: enough for every title test
  bool closes = false;
  bool inside_line = false;  // starts after a sentence inside its line
  // The line right under the previous unit's: no blank line between, and
  // not the same line.
  bool under = false;
  // A line that is a date and nothing else ("12 July 2023", "Friday, 12 July
  // 2023", "Published: 12 July 2023"): where a page prints its items' dates
  // on lines of their own, a dateline without its place.
  bool date_line = false;
  bool after_separator = false;  // a separator line ("* * *", "----") comes before it
  bool list_entry = false;       // opens a line with a list mark ("- ", "1. ")
  // A line that opens with a date or a dateline and goes on, too short to be
  // prose: an entry of a list of dates ("12 May 2025, Sarajevo – Roundtable
  // on early marriages"), not an item's lead.
  bool dated_entry = false;
  // Its byte range in `page`, the text it was cut from.
  size_t begin(std::string_view page) const { return static_cast<size_t>(text.data() - page.data()); }
  size_t end(std::string_view page) const { return begin(page) + text.size(); }
};
static_assert(sizeof(Unit) <= 32, "a unit per line of a page: keep it small");

constexpr size_t kTitleWords = 40;
static_assert(kTitleWords + 1 <= UINT8_MAX, "Unit::words holds a count up to kTitleWords + 1");

// (This and continues_a_list are asked for every unit, often from segment,
// which is too large for the compiler to inline them on its own: as calls
// they cost osce-split 0.9% of its instructions on raw pages.)
OSCE_INLINE bool title_like(const Unit& u, size_t max_words) {
  const std::string_view t = u.text;
  if (t.empty() || u.words > max_words) return false;
  const char last = t.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

// Whether a line ends mid-sentence: on a comma, or on a word that links
// others ("of", "for", "the", "and": see links_a_names_words). (Asked of
// lines of kBrokenLineWords words or more: a line of a text broken at a
// fixed width holds as many, a menu's line fewer.)
constexpr size_t kBrokenLineWords = 6;
bool breaks_off(std::string_view t) {
  if (t.back() == ',') return true;
  // (The last word, read back from the end: seven letters at most.)
  constexpr size_t kLongestLink = 7;
  size_t k = t.size();
  while (k > 0 && t.size() - k <= kLongestLink && t[k - 1] >= 'a' && t[k - 1] <= 'z') --k;
  return k > 0 && k < t.size() && t[k - 1] == ' ' && links_a_names_words(t.substr(k));
}

// The unit opens in lower case: it goes on with the line above, a text
// broken into lines mid-sentence (no sentence, headline or deck opens so).
bool opens_in_lower_case(const Unit& u) { return starts_in_small_letter(u.text); }

// A word a name may have: a capitalized one, or a small word linking them
// ("for" of "Ministry for Foreign Affairs").
bool a_names_word(std::string_view w) { return starts_capitalized(w) || links_a_names_words(w); }

// A media digest's headline ends with its sources in brackets: "OSCE
// concerned over ban of match (Danas, TV N1, Serbian media)", "Meeting with
// Braathu (Vecernje Novosti)". One word in brackets names what the line
// names, an entry's or a document's ("... (ODIHR)", "... (2018)"): no source,
// unless the page is a digest whose other headlines name theirs
// (`one_source`: "ZAO failed (Blic)"); a number is none either way; nor is a
// photo's credit (is_photo_caption), nor what follows a sentence.
bool ends_with_sources(std::string_view t, bool one_source = false) {
  if (t.size() < 6 || t.back() != ')') return false;
  const size_t open = t.rfind('(');
  if (open == std::string_view::npos || open < 2 || t[open - 1] != ' ' || t[open - 2] == '.') return false;
  if (is_photo_caption(t)) return false;
  const std::string_view inside = t.substr(open + 1, t.size() - open - 2);
  // One word names a source too where it is no abbreviation and what stands
  // before it says something, as no name does: two words or more in lower
  // case ("OSCE helps municipalities for community advancement
  // (Indeksonline)", a media monitor's headline).
  auto one_word_source = [&] {
    auto small = [](char c) { return c >= 'a' && c <= 'z'; };
    if (inside.size() < 3 || !std::any_of(inside.begin() + 1, inside.end(), small)) return false;
    size_t lower = 0;
    for (std::string_view w : words_of(t.substr(0, open))) lower += !a_names_word(w);
    return lower >= 2;
  };
  return (one_source || inside.find_first_of(" ,") != std::string_view::npos || one_word_source()) &&
         inside.find_first_of("()") == std::string_view::npos &&
         starts_capitalized(inside) && inside.find_first_not_of("0123456789 ,-") != std::string_view::npos;
}

// A headline that is a quotation whole, as one that quotes its speaker is
// printed: "'Azerbaijan election report by OSCE/ODIHR observers was
// prepared in advance'". Single marks, as headlines set a quotation (the
// text sets it in double ones, and a quotation that closes a paragraph,
// '"We will continue our work"', is no headline); they match, and a letter
// or digit stands inside the closing one (not a sentence's stop).
using QuoteMarks = std::pair<std::string_view, std::string_view>;
bool quoted_between(std::string_view t, std::span<const QuoteMarks> marks) {
  for (const auto& [open, close] : marks) {
    if (t.size() > open.size() + close.size() + 2 && t.starts_with(open) && t.ends_with(close)) {
      return ends_in_letter_or_digit(t.substr(0, t.size() - close.size()));
    }
  }
  return false;
}
bool quoted_whole(std::string_view t) {
  // (Its last byte first: asked of every line that ends no other way a
  // headline may, most of them a sentence's stop.)
  if (t.back() != '\'' && t.back() != '\x99') return false;
  constexpr QuoteMarks kMarks[] = {{"'", "'"}, {"\xE2\x80\x98", "\xE2\x80\x99"}};
  return quoted_between(t, kMarks);
}

// A line that is a quotation whole in double marks, as English, Swedish
// ("”Ger inflytande över internationell politik”"), German ("„Wir
// bleiben“") and Polish or Romanian set them, a letter or a digit inside the
// closing one. (A headline only where more says so: a paragraph may be a
// quotation so.)
bool quoted_in_double_marks(std::string_view t) {
  constexpr QuoteMarks kMarks[] = {{"\"", "\""},
                                   {"\xE2\x80\x9C", "\xE2\x80\x9D"},
                                   {"\xE2\x80\x9D", "\xE2\x80\x9D"},
                                   {"\xE2\x80\x9E", "\xE2\x80\x9C"},
                                   {"\xE2\x80\x9E", "\xE2\x80\x9D"}};
  return quoted_between(t, kMarks);
}

// Two or three capitalized words and nothing else: a photographer's name.
bool a_photographers_name(std::string_view t) {
  const std::vector<std::string_view> words = split_on(t, ' ');
  return words.size() >= 2 && words.size() <= 3 &&
         std::all_of(words.begin(), words.end(), [](std::string_view w) {
           return starts_capitalized(w) && std::all_of(w.begin(), w.end(), [](char c) {
                    return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80) != 0;
                  });
         });
}

// A photo's caption with its credit after it: "Utrikesminister Ann Linde (S).
// Foto: Ylva Säfvelin/AiP", "The Minister lands in Kyiv. Photo: Paul Hansen"
// (see is_photo_caption).
bool credited_after_its_caption(std::string_view t) {
  for (size_t at = t.find(". "); at != std::string_view::npos; at = t.find(". ", at + 2)) {
    std::string_view credit = t.substr(at + 2);
    // A site may set the credit off with a bar or a slash: "... for 23
    // years. / Picture: © ...", and name the photographer alone after it:
    // "... in Skopje. / Jane Doe".
    if (credit.starts_with("/ ") || credit.starts_with("| ")) {
      credit.remove_prefix(2);
      if (a_photographers_name(credit)) return true;
    }
    if (is_photo_caption(credit)) return true;
  }
  return false;
}

// The shape of a headline: a line of its own, of kHeadlineWords or fewer,
// that ends in a letter or a digit (not a sentence, a quote or a contact), or
// with its sources in brackets, or is a quotation whole or its speaker's
// (quotes_its_speaker); and that does not open in lower case, as the rest of
// a line broken in two does ("As delivered by Chargé d'Affaires Jane Roe",
// then "to the Permanent Council, Vienna" over the statement's date), unless
// with a link's file type ("pdf News from Copenhagen 16") or an aggregator's
// date key ("date 2016-11 Kleines Team wird ...").
bool headline_shaped(const Unit& u) {
  return !u.dateline && !u.date_line && !u.closes && title_like(u, kHeadlineWords) &&
         (ends_in_letter_or_digit(u.text) || ends_with_sources(u.text) || quoted_whole(u.text) ||
          quotes_its_speaker(u.text)) &&
         (!opens_in_lower_case(u) || opens_with_file_type(u.text) ||
          may_open_with_date_key(u.text));
}

// The unit that dates the headline at k: the line under it if it opens
// with a dateline or is a date line, or such a line under the bylines a
// news site prints between ("Source/Author: FoNet", "Source/Photo: N1",
// then "BELGRADE, 15.06.2020. – ..."); 0 for none.
constexpr size_t kBylineWords = 6, kBylinesOverDate = 2;
OSCE_INLINE bool is_dated(const std::vector<Unit>& units, size_t j) {
  return j < units.size() && (units[j].dateline || units[j].date_line);
}
// (A date at j or the line after.)
OSCE_INLINE bool dated_at(const std::vector<Unit>& units, size_t j) {
  return is_dated(units, j) || is_dated(units, j + 1);
}
// (Or the photo's caption and credit between them: a site prints its photo
// under the headline, over the lead's dateline.)
bool stands_over_a_date(const Unit& u) {
  return (u.words <= kBylineWords && byline(u.text)) || is_photo_caption(u.text);
}
// A line of an article's feet, where the article's text has ended: a date
// line, a byline, a photo's credit.
bool is_feet_line(const Unit& u) { return u.date_line || stands_over_a_date(u); }
size_t date_under(const std::vector<Unit>& units, size_t k) {
  size_t j = k + 1;
  while (!is_dated(units, j)) {
    if (j == k + kBylinesOverDate + 1 || j >= units.size() || !stands_over_a_date(units[j])) return 0;
    ++j;
  }
  return !units[j].inside_line ? j : 0;
}

// The script of a unit's first 64 bytes: Cyrillic letters (a lead byte D0
// or D1, two bytes a letter) against ASCII letters, the one at least twice
// the other; none with fewer than eight letters in all, or with neither
// ahead so ("Больше новостей на Vladikavkaz-news.net", a site's foot).
enum class Script : uint8_t { kNone, kLatin, kCyrillic };
Script script_of(std::string_view t) {
  const size_t n = std::min(t.size(), ByteBlock::kSize);
  const ByteBlock block = n == ByteBlock::kSize ? ByteBlock(t.data()) : ByteBlock(t.data(), n);
  const uint64_t valid = ByteBlock::valid_mask(n);
  const int cyrillic = std::popcount(block.mask([](Lane b) { return b.in_range(0xD0, 0xD1); }) & valid);
  const int latin = std::popcount(block.mask([](Lane b) { return b.letters(); }) & valid);
  constexpr int kLetters = 8;
  if (cyrillic + latin < kLetters) return Script::kNone;
  if (cyrillic >= 2 * latin) return Script::kCyrillic;
  return latin >= 2 * cyrillic ? Script::kLatin : Script::kNone;
}

// Whether the first letter of `t`, past the quotation marks and blanks
// before it ('"', "«", "“"), is Cyrillic.
[[gnu::noinline]] bool passed_the_marks_cyrillic(std::string_view t) {
  constexpr size_t kMarkBytes = 4;  // (a mark is three bytes at most, and a blank may follow it)
  for (size_t i = 0; i < std::min(t.size(), kMarkBytes); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if ((c & 0xFE) == 0xD0) return true;
    if (c < 0x80 && std::isalnum(c)) return false;
  }
  return false;
}

// Whether either text opens with a byte past ASCII or a quotation mark: two
// that open with neither open in the same script, as another_script says
// (asked inline first where most pairs are English).
OSCE_INLINE bool may_open_in_another_script(std::string_view a, std::string_view b) {
  auto plain = [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != '"' && c != '\''; };
  return !plain(a[0]) || !plain(b[0]);
}

// Whether unit `u` is in another script than `prev` (see kScriptWeight).
// (Their first letters first, inline: a unit of either script opens with
// one of its own as a rule, and few neighbours differ so. A quotation mark
// before it, '"', "«" or "“", is passed over: a quotation opens many an item
// and closes many a paragraph above one.)
OSCE_INLINE bool another_script(const Unit& u, const Unit& prev) {
  auto cyrillic_first = [](std::string_view t) {
    const auto c = static_cast<unsigned char>(t[0]);
    if (c < 0x80 ? c != '"' && c != '\'' : c != 0xC2 && c != 0xE2) return (c & 0xFE) == 0xD0;
    return passed_the_marks_cyrillic(t);
  };
  if (cyrillic_first(u.text) == cyrillic_first(prev.text)) return false;
  const Script a = script_of(u.text), b = script_of(prev.text);
  return a != Script::kNone && b != Script::kNone && a != b;
}

// another_script, out of line: heads_a_date, asked of most lines, asks it
// of few, and keeps its own frame small.
[[gnu::noinline]] bool in_another_script(const Unit& u, const Unit& prev) { return another_script(u, prev); }

// A headline over a dateline, or over a date line: right above a line that
// opens with one, or above the bylines over it (see date_under), and not
// introduced by a colon. The headline, not the dateline, begins the item.
// (Nor is a byline a headline.)
// A site's breadcrumb: sections of a word or two joined by " / ", " › " or
// " » ", six words at most ("Ştiri / Politic", "News / Politics", "Home ›
// News"). (Not a name with a slash, "OSCE/ODIHR", nor a joint dateline's
// places, which a comma and a date follow.)
bool breadcrumb_shaped(const Unit& u) {
  constexpr size_t kWords = 6, kSectionWords = 2;
  if (u.words > kWords || u.words < 2) return false;
  size_t sections = 1, words = 0;
  for (std::string_view w : split_on(u.text, ' ')) {
    if (w.empty()) continue;
    if (w == "/" || w == "\xE2\x80\xBA" || w == "\xC2\xBB") {
      if (words == 0) return false;
      ++sections, words = 0;
    } else if (++words > kSectionWords || !(std::isalpha(static_cast<unsigned char>(w[0])) ||
                                            static_cast<unsigned char>(w[0]) >= 0xC3)) {
      return false;
    }
  }
  return sections >= 2 && words > 0;
}

bool heads_a_date(const std::vector<Unit>& units, size_t k) {
  if (k + 1 >= units.size()) return false;
  const Unit& below = units[k + 1];
  if (below.dateline || below.date_line) {
    if (below.inside_line) return false;
  } else if (below.list_entry || !dated_at(units, k + 2) || date_under(units, k) == 0) {
    // (No entry of a list stands between: a menu's lines are asked no
    // further; nor a line with no date a line or two under it.)
    return false;
  }
  // (A line in another script than the date under it is no headline of
  // its: a site's foot in its own language over an English dateline.)
  // (Nor is a site's breadcrumb over the date: "Ştiri / Politic".)
  return headline_shaped(units[k]) && (k == 0 || units[k - 1].text.back() != ':') && !byline(units[k].text) &&
         !(may_open_in_another_script(units[k].text, below.text) && in_another_script(units[k], below)) &&
         !breadcrumb_shaped(units[k]);
}

// "PLEASE FIND BELOW THE CORRECT VERSION OF THE PRESS RELEASE. WARSAW, 6 July
// 2015 – ...": unit k opens its line with a note (is_preamble), and a
// dateline follows in the line. Opening an item, it is an editor's note over
// the release. (Glued to the end of a paragraph, a dateline begins the next
// item: "... over the time.TASHKENT, 10 July 2023 – ...")
bool preamble(const std::vector<Unit>& units, size_t k) {
  return k + 1 < units.size() && units[k + 1].inside_line && units[k + 1].dateline && !units[k].inside_line &&
         is_preamble(units[k].text);
}

// An entry of a list under another entry of it: both marked, or both dated.
OSCE_INLINE bool continues_a_list(const std::vector<Unit>& units, size_t k) {
  return k > 0 && ((units[k].list_entry && units[k - 1].list_entry) ||
                   (units[k].dated_entry && units[k - 1].dated_entry));
}

// A section's label: letters and blanks and nothing else ("World",
// "Society Top News", "Гарячі новини"); no digit, no mark, no bracket
// ("Secretariat (CPC)" names an office). (Its few words, and no name of the
// taxonomy: see is_section_label.)
bool section_label(std::string_view t) {
  // (Past ASCII, letters only, as ends_in_letter_or_digit reads them: from
  // U+00C0 to U+1FFF, Latin, Greek, Cyrillic, Armenian, Georgian
  // ("სიახლეები", "News"): lead bytes C3 to E1. C2 holds marks such as "»",
  // E2 and up dashes and quotes.)
  return std::all_of(t.begin(), t.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b == ' ' || std::isalpha(b) || (b >= 0x80 && b <= 0xBF) || (b >= 0xC3 && b <= 0xE1);
  });
}

// Whether unit `u` and `prev` are each in a language osce::language_of
// tells, and not the same one. (A line of a few words, a menu's, holds too
// few function words to tell one: it is not read.)
constexpr size_t kLanguageWords = 6;
bool another_language(const Unit& u, const Unit& prev) {
  if (u.words < kLanguageWords || prev.words < kLanguageWords) return false;
  // (Most paragraphs of the pages run together are English, and an English
  // paragraph's first bytes nearly always hold " the ", " of " or " and ":
  // where both do, they are one language, and their words need no counting.)
  auto english_at_a_glance = [](std::string_view t) {
    const std::string_view head = t.substr(0, kLanguageBytes);
    return head.find(" the ") != std::string_view::npos || head.find(" of ") != std::string_view::npos ||
           head.find(" and ") != std::string_view::npos;
  };
  if (english_at_a_glance(u.text) && english_at_a_glance(prev.text)) return false;
  const Language a = language_of(u.text);
  if (a == Language::kUnknown) return false;
  const Language b = language_of(prev.text);
  return b != Language::kUnknown && a != b;
}

// A paragraph that ends a sentence (see osce::ends_a_sentence).
bool ends_a_sentence(const Unit& u) { return osce::ends_a_sentence(u.text); }

// A paragraph of prose: it ends a sentence, or is too long for a title.
bool prose(const Unit& u) { return !title_like(u, 20) || ends_a_sentence(u); }

// Whether a line of units [from, to), an item's head, titles a speech
// (titles_a_speech) before a sentence ends the head. (A title of a
// transcript runs long, past title_like's words: a sentence, not the
// words' count, says the head is over.)
[[gnu::noinline]] bool head_titles_a_speech(const std::vector<Unit>& units, size_t from, size_t to) {
  for (size_t h = from; h < to; ++h) {
    if (titles_a_speech(units[h].text)) return true;
    if (ends_a_sentence(units[h])) return false;
  }
  return false;
}

// A paragraph that opens with a wire's dateline that has no date ("VIENNA
// (Reuters) - ", "WASHINGTON—The"): place_only_dateline, asked where two
// capitals open the unit (ASCII, or a letter past ASCII first: "МОСКВА").
// (The capitals inline, the rest out of line: so the cue costs osce-split
// 0.29% of its instructions on raw pages, asked in one function 0.39%.)
[[gnu::noinline]] bool opens_with_a_wire_place_past_its_capitals(const Unit& u) {
  return !u.inside_line && place_only_dateline(u.text) != 0 && prose(u);
}
OSCE_INLINE bool opens_with_a_wire_place(const Unit& u) {
  const std::string_view t = u.text;
  if (t.size() < 3) return false;
  const auto a = static_cast<unsigned char>(t[0]), b = static_cast<unsigned char>(t[1]);
  // (A place in small letters after its capital, of a word or two, has a
  // comma after it: "Tashkent, Uzbekistan (UzDaily.com) --", "Banja Luka,
  // ...". Most paragraphs open otherwise, "The Mission", "On 10 July": a
  // first word of three letters or fewer opens no place of two.)
  auto title_case_place = [&] {
    auto small_letters_from = [&](size_t k) {
      while (k < t.size() && t[k] >= 'a' && t[k] <= 'z') ++k;
      return k;
    };
    constexpr size_t kShortWord = 3;
    size_t k = small_letters_from(1);
    if (k > kShortWord && k + 2 < t.size() && t[k] == ' ' && t[k + 1] >= 'A' && t[k + 1] <= 'Z') {
      k = small_letters_from(k + 2);
    }
    return k < t.size() && t[k] == ',';
  };
  const bool capitals = a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z';
  return (capitals || a >= 0xC3 || (a >= 'A' && a <= 'Z' && b >= 'a' && b <= 'z' && title_case_place())) &&
         opens_with_a_wire_place_past_its_capitals(u);
}

// A wire's opening with its agency or its place in brackets, then a dash,
// the place before them dropped or never written: "(ANKARA) - Dışişleri
// Bakanı ...", as Turkish agencies open; "(Adnkronos) –" alone on its line
// over the lead, as an Italian site copies the agency's. A name of a word
// to three, capitalized, no digit. (Its first byte first: few paragraphs
// open with a bracket.)
bool opens_with_a_bracketed_wire(std::string_view t) {
  constexpr size_t kNameBytes = 24, kNameWords = 3;
  if (t.size() < 5 || t[0] != '(') return false;
  const size_t close = t.find(')');
  if (close == std::string_view::npos || close < 3 || close > kNameBytes) return false;
  const std::string_view name = t.substr(1, close - 1);
  if (!starts_capitalized(name) || name.find_first_of("0123456789(") != std::string_view::npos ||
      word_count(name, kNameWords + 1) > kNameWords) {
    return false;
  }
  size_t i = close + 1;
  while (i < t.size() && t[i] == ' ') ++i;
  const std::string_view rest = t.substr(i);
  const size_t dash = rest.starts_with("--")                                                           ? 2
                      : rest.starts_with("-")                                                          ? 1
                      : rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94") ? 3
                                                                                                       : 0;
  if (dash == 0) return false;
  const std::string_view after = trim(rest.substr(dash));
  return after.empty() || (rest[dash] == ' ' && starts_capitalized(after));
}

// A numbered section's heading: "3. Deployment", "12) Annexes" (a list's
// number, four words at most, no sentence).
bool numbered_heading(const Unit& u) {
  constexpr size_t kHeadingWords = 4;
  return u.list_entry && u.text[0] >= '0' && u.text[0] <= '9' && title_like(u, kHeadingWords) && !ends_a_sentence(u);
}

// Unit k, a title, over a statement's delivery note ("As delivered by
// Ambassador ...").
bool titles_a_delivery_note(const std::vector<Unit>& units, size_t k) {
  return k + 1 < units.size() && opens_a_delivered_by_line(units[k + 1].text);
}

// Unit k, a title, over a sentence that sums the statement up and the title
// again over its delivery note, as a delegation may print them: "Response
// to the Report by the Head of the Mission", "The Mission remains an
// indispensable element ...", "Response to the Report of the Head of the
// Mission, Ambassador Jane Doe", "As delivered by ...". (The title again
// opens with the same three words; it may name more.)
bool titles_a_summary_over_its_note(const std::vector<Unit>& units, size_t k) {
  // (Or a photo's caption with its credit, "... the OSCE commitments.(OSCE/Jane Doe)";
  // or, where the title again is the title to the letter, any line between
  // them: a caption that only names whom the photo shows, "Ambassador Jane
  // Doe, Head of the OSCE Presence in Albania".)
  if (k + 3 >= units.size() || !titles_a_delivery_note(units, k + 2)) return false;
  if (!ends_a_sentence(units[k + 1]) && !is_photo_caption(units[k + 1].text) &&
      (units[k + 2].text != units[k].text || is_dated(units, k + 1))) {
    return false;
  }
  const std::vector<std::string_view> title = words_of(units[k].text), again = words_of(units[k + 2].text);
  constexpr size_t kSameWords = 3;
  return title.size() >= kSameWords && again.size() >= kSameWords &&
         std::equal(title.begin(), title.begin() + kSameWords, again.begin());
}

// A paragraph that reports what happened on a date, a news lead: "From 29
// June to 1 July 2022, the Representative conducted ...", "On 28 February,
// a meeting was held ..." (a date in its first words, an event's verb).
bool reports_a_dated_event(const Unit& u) {
  return u.words >= kSentenceWords && !u.dateline && prose(u) && early_date(u.text) && reports_an_event(u.text);
}

// Unit `u` describes an institution under a paragraph of prose (see
// osce::describes_an_institution). (Out of line: segment asks it of its
// boundaries only, and inline it cost segment's other paths 0.1%.)
[[gnu::noinline]] bool describes_under_prose(const Unit& u, const Unit& prev) {
  return !u.dateline && prose(prev) && describes_an_institution(u.text);
}

// Units [from, to) are a head of lines over the date at `to`: three to
// kItemHeadLines of them, none prose (see "under a head of lines"). (Nor a
// list's entry: a head is a title and who or what stands under it; entries
// under an item's date are its text, the page's next card under them.)
bool head_of_lines(const std::vector<Unit>& units, size_t from, size_t to) {
  return to - from >= 3 && to - from <= kItemHeadLines &&
         std::none_of(units.begin() + static_cast<std::ptrdiff_t>(from), units.begin() + static_cast<std::ptrdiff_t>(to),
                      [](const Unit& u) { return prose(u) || u.list_entry; });
}

// Unit `below`, prose, opens with the words of `title`, "The" before them
// or not: "The OSCE Presence in Albania is headed by ..." under "OSCE
// Presence in Albania".
bool opens_with_title(const Unit& below, const Unit& title) {
  // (Its first bytes first: asked under most units.)
  std::string_view t = below.text;
  if (t[0] == 'T' && t.starts_with("The ")) t.remove_prefix(4);
  return t.size() > title.text.size() && t[0] == title.text[0] && t.starts_with(title.text) &&
         !std::isalnum(static_cast<unsigned char>(t[title.text.size()])) && prose(below);
}

// Unit `below` opens with the whole of `title`, a line with no sentence's
// end, and the end of a sentence right after it: the title printed again as
// its text's first sentence, as an aggregator titles a text by its first
// sentence, however long ("Reprezentanții Misiunii OSCE în Moldova, joi,
// ... rămâne calmă", then the same words, a full stop, and the text on that
// line or the next).
// (Inline, its first bytes first: asked under most units.)
inline bool lead_repeats_title(const Unit& below, const Unit& title) {
  const std::string_view t = below.text, h = title.text;
  if (t.size() <= h.size() || t[0] != h[0]) return false;
  const char mark = t[h.size()];
  return (mark == '.' || mark == '!' || mark == '?') && !ends_a_sentence(title) && t.starts_with(h);
}

// Whether `text`, a lead after its dateline, opens with the first words of
// `above` (a date key before them or not), within its first bytes: the lead
// printed twice, once as its teaser. (A hundred bytes of the teaser: two
// leads may open with the same name, "The Organization for Security and
// Co-operation in Europe".)
bool repeats_its_teaser(std::string_view text, std::string_view above) {
  constexpr size_t kTeaserBytes = 100, kDatelineBytes = 100;
  if (above.size() < kTeaserBytes) return false;
  if (may_open_with_date_key(above)) {
    if (const std::optional<DateKey> key = read_date_key(above)) above = key->after;
  }
  if (above.size() < kTeaserBytes) return false;
  return text.substr(0, kDatelineBytes + kTeaserBytes).find(above.substr(0, kTeaserBytes)) != std::string_view::npos;
}

// A name of two words or more, the issuer's over a head's date: "Ministry
// for Foreign Affairs".
bool issuers_name(std::string_view t) {
  const std::vector<std::string_view> words = words_of(t);
  return words.size() >= 2 && starts_capitalized(words.front()) &&
         std::all_of(words.begin(), words.end(), a_names_word);
}

// A title over a statement's head of short lines and the date under them:
// "Response to the report of the head of the OSCE presence in Albania", then
// "As reported by Chargé d'Affaires ...", "to the Permanent Council in
// Vienna", "September 19, 2024". Who spoke and where, then when: the title
// begins the item as a headline right over its date does (heads_a_date).
// (Not where the line over the date is a headline that heads it: "Our
// institutions and offices", a topic page's link, over "Our operations on
// the ground" over a dateline. A name there, half the title's length or
// less, is who issued it: "Speech by the Minister for Foreign Affairs ...
// at the 2025 Annual Meeting of Heads of Mission", then "Ministry for
// Foreign Affairs" over the date.)
bool titles_a_dated_head(const std::vector<Unit>& units, size_t k) {
  constexpr size_t kLinesBetween = 2;
  // (The line under it first: under most units, prose.)
  if (k + 2 >= units.size() || prose(units[k + 1]) || units[k].words < 3 || !headline_shaped(units[k])) return false;
  for (size_t j = k + 1; j < units.size() && j <= k + kLinesBetween + 1; ++j) {
    const Unit& h = units[j];
    if (h.inside_line || h.after_separator) return false;
    if (h.date_line || h.dateline) {
      if (j == k + 1) return false;
      const Unit& over = units[j - 1];
      return !headline_shaped(over) || (j == k + 2 && 2 * over.words <= units[k].words && issuers_name(over.text));
    }
    if (prose(h) || h.list_entry || h.dated_entry) return false;
  }
  return false;
}

// A speech's long head at the page's top: up to kPageHeadLines lines over
// the date at `to`, no prose and no date among them (the title, the speaker
// and their offices, the event, its hall). (A list of titles dates them, and
// its first date ends this.)
constexpr size_t kPageHeadLines = 16;
bool page_head_of_lines(const std::vector<Unit>& units, size_t to) {
  return to > kItemHeadLines && to <= kPageHeadLines &&
         std::none_of(units.begin(), units.begin() + static_cast<std::ptrdiff_t>(to),
                      [](const Unit& u) { return prose(u) || u.date_line || u.dateline || u.list_entry; });
}

// A statement's head line that closes with where and when: "OSCE Permanent
// Council 1408, Vienna, 26 January 2023" under its title. A date line to
// osce-split, as a byline is. (A title that ends in its weekday and day,
// "... Ukraine- Monday, 14 April 2014", names no place: a title still.)
// (Its last byte first: few lines of eight words or more end in a digit.)
std::optional<Dateline> where_and_when(std::string_view t) {
  if (!std::isdigit(static_cast<unsigned char>(t.back()))) return std::nullopt;
  std::optional<Dateline> closing = closing_dateline(t);
  if (!closing || closing->place.empty()) return std::nullopt;
  return closing;
}

// A month and its year alone on a line, "October 2000", as an archive dates
// an issue it has no day for: a date line with no date to give.
// (Asked of two words, the last byte a digit.)
bool month_and_year(const Unit& u) {
  const std::string_view t = u.text;
  const size_t space = t.find(' ');
  if (space == std::string_view::npos || t.size() - space - 1 != 4) return false;
  const std::string_view year = t.substr(space + 1);
  return all_digits(year) && month_number(t.substr(0, space)) != 0;
}

// The date of a date line: a bare one's, a byline's ("By U.S. Mission
// OSCE | 12 January, 2023 | Topics: ..."), a statement's head line's (see
// where_and_when), or an aggregator's key's ("date 2023-11-28 Tuesday,
// November 28, 2023"); empty for none.
std::string line_date(std::string_view t) {
  if (std::optional<std::string> date = date_line_value(t)) return std::move(*date);
  if (std::optional<std::string> date = byline_date(t)) return std::move(*date);
  if (std::optional<Dateline> closing = where_and_when(t)) return std::move(closing->date);
  if (may_open_with_date_key(t)) {
    if (std::optional<DateKey> key = read_date_key(t)) return std::move(key->date);
  }
  return "";
}

// A line of capitalized words: a name, "Permanent Council".
bool a_name(std::string_view t) {
  const std::vector<std::string_view> words = words_of(t);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](std::string_view w) { return starts_capitalized(w); });
}

// A line that says something of someone, as a news headline does ("OSCE
// Secretary General to visit Kyrgyzstan"): a word in small letters that is
// not one of the links between a name's words ("of", "the", "and", "for",
// "against"). A name ("Conflict Prevention Centre", "Action against
// Terrorism Unit") has none.
// (In another alphabet, a word of four letters or more, two bytes each,
// that opens with no capital: "приостановила", "regrette".)
bool word_says_something(std::string_view w) {
  constexpr size_t kWordBytes = 3, kTwoByteWordBytes = 7;
  const auto first = static_cast<unsigned char>(w[0]);
  if (first >= 0xC3 && first <= 0xDF) return w.size() > kTwoByteWordBytes && !starts_capitalized(w);
  return w.size() > kWordBytes && w[0] >= 'a' && w[0] <= 'z' && !links_a_names_words(w);
}
bool says_something(const std::vector<std::string_view>& words) {
  return std::any_of(words.begin(), words.end(), word_says_something);
}
bool says_something(std::string_view t) { return says_something(words_of(t)); }

// A deck: the sentence a news site prints under its headline, with no full
// stop, over the dateline or the lead ("OSCE observers again come under
// fire ...", then "Ivica Dacic urged the parties to the conflict not to
// impede ... in Donetsk"). Unit k + 1 is the deck of headline k: it says
// more than the headline, in ten words or more, under a headline of five or
// more ("Back to the news" is a link over the headline). (Two headlines of a
// list, the second over its lead, are alike in length as a rule.) A deck
// opens as a sentence does: a line that opens in lower case goes on with
// the line above, a text broken into lines mid-sentence ("Employees of the
// ... mission of the Organization", then "for Security and Co-operation in
// Europe (OSCE), who ...").
bool deck_under(const std::vector<Unit>& units, size_t k) {
  constexpr size_t kDeckWords = 10, kDeckedHeadlineWords = 5;
  if (k + 2 >= units.size()) return false;
  const Unit& head = units[k];
  const Unit& deck = units[k + 1];
  const Unit& below = units[k + 2];
  if (deck.words < kDeckWords || deck.words <= head.words || head.words < kDeckedHeadlineWords || deck.inside_line ||
      below.inside_line || opens_in_lower_case(deck)) {
    return false;
  }
  return headline_shaped(deck) && headline_shaped(head) && (below.dateline || below.date_line || prose(below)) &&
         says_something(head.text) && says_something(deck.text);
}

// A date line, or a date on a line marked as a list's item ("• Wednesday,
// 25 December 2024"): a list of dates is a list to osce-split, but one such
// line over a headline printed twice is the headline's date.
bool marked_date_line(const Unit& u) {
  return u.date_line || (u.list_entry && date_line_value(u.text.substr(list_mark_length(u.text))).has_value());
}

// Whether unit k, printed again under it, is a news headline: it says
// something, in four words or more, and is no entry of a list (a menu's
// last entry twice) nor a name of the taxonomy (a card's).
bool news_headline_twice(const std::vector<Unit>& units, size_t k) {
  constexpr size_t kWords = 4;
  const Unit& u = units[k];
  return u.words >= kWords && !u.list_entry && says_something(u.text) && !Taxonomy::builtin().is_name(u.text);
}

// A link's line, as sites print their buttons and sections at a page's
// foot: a few words, none of them a date, no sentence, no list entry; and
// no name of the taxonomy ("Joint Consultative Group"), which is a card's.
constexpr size_t kLinkWords = 3;
bool link_line(const Unit& u) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return u.words <= kLinkWords && !u.dateline && !u.date_line && !u.list_entry && !u.inside_line &&
         !ends_a_sentence(u) && std::none_of(u.text.begin(), u.text.end(), digit) &&
         !Taxonomy::builtin().is_name(u.text);
}

// A unit that is a section's label: a link's line of letters alone
// (section_label; "Mission to Serbia", a name of the taxonomy, is a card's).
bool is_section_label(const Unit& u) { return link_line(u) && section_label(u.text); }

// A unit that is a participating State's name alone: a ministry's or a
// delegation's label over its statement or release ("Sweden", then "Sweden
// takes over OSCE Chair"; "United Kingdom", then the UK's response).
constexpr size_t kStateNameWords = 5;
bool names_a_state(const Unit& u) {
  return u.words <= kStateNameWords && !u.dateline && !u.date_line && !u.list_entry && !u.inside_line &&
         Taxonomy::builtin().is_name(EntryKind::kState, u.text);
}

// A postal address's last lines: a postcode and a town ("11070 Novi
// Beograd", "A-1010 Vienna", "00-503 Warsaw"), then the State's name alone
// ("Serbia"). (A phone's line, "+381 11 ...", or a key's, "Tel: ...", is
// no postcode's.)
constexpr size_t kTownLineWords = 5;
bool postcode_and_town(const Unit& u) {
  const std::string_view t = u.text;
  if (u.words > kTownLineWords || t.find_first_of("+:@") != std::string_view::npos) return false;
  return std::ranges::any_of(words_of(t), [](std::string_view w) {
    // (A letter or two and a hyphen may lead: "A-1010", "LV-1050"; a hyphen
    // may stand among the digits: "00-503".)
    const size_t hyphen = w.find('-');
    if (hyphen != std::string_view::npos && hyphen >= 1 && hyphen <= 2 &&
        std::all_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(hyphen),
                    [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
      w.remove_prefix(hyphen + 1);
    }
    const auto digits = std::ranges::count_if(w, [](char c) { return c >= '0' && c <= '9'; });
    const size_t hyphens = w.find('-') != std::string_view::npos;
    return digits >= 4 && digits <= 6 && static_cast<size_t>(digits) + hyphens == w.size();
  });
}
bool ends_an_address(const std::vector<Unit>& units, size_t k) {
  return k > 0 && names_a_state(units[k]) && postcode_and_town(units[k - 1]);
}

// A unit that labels the item under it: a section's label or a State's name.
bool labels_an_item(const Unit& u) { return is_section_label(u) || names_a_state(u); }

// Whether `t` opens with an office of the Organization named in full as its
// subject, "the" before it or not: "The Programme Office in Bishkek is based
// in ...", "The OSCE Mission to Montenegro supports ...", "OSCE Centre in
// Bishkek, in co-operation with ..." (a structure of the taxonomy, its
// capitalized words and the small words linking them, up to the first other
// word or mark).
bool opens_with_a_structure(std::string_view t) {
  constexpr size_t kNameBytes = 100;
  std::string_view head = t.substr(0, kNameBytes);
  if (head.starts_with("The ")) head.remove_prefix(4);
  size_t end = 0, at = 0;  // the name runs to `end`, its last capitalized word's
  while (at < head.size()) {
    size_t stop = at;
    while (stop < head.size() && head[stop] != ' ' && head[stop] != ',') ++stop;
    const std::string_view w = head.substr(at, stop - at);
    if (starts_capitalized(w)) {
      end = stop;
    } else if (!links_a_names_words(w)) {
      break;
    }
    if (stop == head.size() || head[stop] == ',') break;
    at = stop + 1;
  }
  if (end == 0) return false;
  const std::string_view name = head.substr(0, end);
  // (Or the office's kind alone after "The", as its own page calls it: "The
  // Programme Office addresses ...", "The Mission supports ...".)
  static constexpr std::string_view kOffices[] = {"Mission", "Office", "Programme Office", "Centre", "Center",
                                                  "Presence", "Project Co-ordinator", "Secretariat"};
  return Taxonomy::builtin().find_structure(name) != nullptr ||
         (t.starts_with("The ") && std::find(std::begin(kOffices), std::end(kOffices), name) != std::end(kOffices));
}

// A photo's caption on a line of its own, as news sites print it under a
// headline: its credit, or where the people in it stand ("Volker Frobarth
// (left) and Meder Abakirov"), or a link to the item's photos. (Asked of
// short lines: it reads every bracket.)
bool caption_line(const Unit& u) {
  return is_photo_caption(u.text) || shows_where_people_stand(u.text) || is_gallery_link(u.text);
}

// A byline that opens its article, over the headline or the lead: "By
// Trend", "From: Exit News". (A "Source: N1" line closes its article as
// often as it opens one.)
bool opening_byline(std::string_view t) {
  return (t.starts_with("By ") || t.starts_with("From: ")) && byline(t);
}

// The unit of prose under unit k, a title, past the furniture a news site
// prints between a headline and its lead: the article's byline ("Source:
// N1, Beta", "By Jane Doe"), with its counts ("0", "65": shares, views) or
// the headline printed again; 0 for none. (A card's name printed twice over
// its text has no byline: the card's rule reads it.)
size_t lead_past_byline(const std::vector<Unit>& units, size_t k) {
  constexpr size_t kFurnitureUnits = 4, kDatedBylineWords = 16;
  // (A headline of three words or more: "Speech" over a report's dated
  // title is a section's label.)
  if (units[k].words < 3) return 0;
  // (The headline again may stand without the date key an aggregator put
  // before it: "date 2021-08-11 Head of OSCE center ...", then "Head of OSCE
  // center ...".)
  std::string_view headline = units[k].text;
  if (may_open_with_date_key(headline)) {
    if (const std::optional<DateKey> key = read_date_key(headline)) headline = key->after;
  }
  bool bylined = false;
  size_t j = k + 1;
  for (; j < units.size() && j <= k + kFurnitureUnits; ++j) {
    const Unit& f = units[j];
    if (f.inside_line || f.after_separator) return 0;
    // (A byline may give the article's date and time instead of a key:
    // "Mohammad Ali (@ChaudhryMAli88) 5 minutes ago Sat 05th December 2020 |
    // 01:15 PM", a line of no sentence with a date in it; or its date
    // between its parts, "By   /  25/06/2018  /  No Comments".)
    // (Or a date's key whose date the scrape lost, "Posted on".)
    if (byline(f.text) || date_key_alone(f.text) ||
        (!ends_a_sentence(f) && f.words <= kDatedBylineWords && (early_date(f.text) || byline_date(f.text)))) {
      bylined = true;
    } else if (!all_digits(f.text) && f.text != headline) {
      break;
    }
  }
  return bylined && j < units.size() && prose(units[j]) ? j : 0;
}

// An aggregator's date key with the headline after it, "date 2021-08-11
// Head of OSCE center in Turkmenistan reveals main co-op achievements": a
// date line, and the headline of the item it begins.
bool keyed_headline(const Unit& u) {
  if (!u.date_line || !may_open_with_date_key(u.text)) return false;
  const std::optional<DateKey> key = read_date_key(u.text);
  return key && !key->after.empty() && word_count(key->after, 4) >= 3 && ends_in_letter_or_digit(key->after);
}

// Whether the text under unit k, a title, is prose. (A news site prints the
// photo and its caption between the headline and the lead, the caption glued
// before the lead's dateline or on a line of its own; or its byline.)
bool prose_below(const std::vector<Unit>& units, size_t k) {
  // (Prose that opens in lower case has no title over it: "“The Mission
  // has suspended work on", then "reporting,” it says.". A link's caption
  // may: "more 2 photos".)
  if (prose(units[k + 1])) return !opens_in_lower_case(units[k + 1]);
  return k + 2 < units.size() &&
         (((caption_line(units[k + 1]) || preamble(units, k + 1)) && prose(units[k + 2])) || deck_under(units, k) ||
          lead_past_byline(units, k) != 0);
}

// A headline (three words or more) or a name ("Permanent Council"), not a
// link ("Photo gallery"), over the text of its item: the item's title.
bool titles_the_text_below(const std::vector<Unit>& units, size_t k) {
  if (heads_a_date(units, k) || deck_under(units, k)) return true;
  // Over a headline with its own dateline, a line is not that item's title:
  // "Categories: Central Europe", an aggregator's footer, over the next
  // headline and its "OSCE - Fri, 09/30/2022" line. A headline's first line
  // is, though, over its second over the date ("OSCE Election Commitments
  // Reaffirmed", "Enhancements May Follow", "Friday, July 23, 2004"): both
  // a headline's shape, no prose nor label, the second right under the
  // first (no blank line: a list's headlines stand apart), the first under
  // the end of the text before. (Not a line printed twice: a card's name, or
  // a headline's copy, weighed as such.)
  const Unit& u = units[k];
  if (heads_a_date(units, k + 1)) {
    return k > 0 && ends_a_sentence(units[k - 1]) && u.words >= 3 && !prose(u) && headline_shaped(u) &&
           !label_shaped(u.text) && !prose(units[k + 1]) && headline_shaped(units[k + 1]) &&
           !label_shaped(units[k + 1].text) && units[k + 1].text != u.text && units[k + 1].under && !caption_line(u);
  }
  // (Nor is a photo's caption, "Volker Frobarth (left) and Meder Abakirov", a title.)
  return k + 1 < units.size() && headline_shaped(u) && (u.words >= 3 || a_name(u.text)) && prose_below(units, k) &&
         !caption_line(u);
}

// A news headline over its lead: five words or more, between paragraphs of
// prose, naming someone or somewhere ("Media freedom conference concludes in
// Vienna"). A topic page's section headings ("Our operations on the ground",
// "Combating trafficking in human beings") name nobody.
// (Inline, as title_like: asked for every unit.)
// (The shape is asked first: it rules out most units. An entry of a list,
// "2. Chairperson: Ambassador I. Hasani", is no headline.)
// (Four long words that say something make a headline too: a language that
// writes no articles nor prepositions, "Suomi toimii Etyjin
// puheenjohtajana". A card's name of four, "Open Skies Consultative
// Commission", says nothing.)
OSCE_INLINE bool news_headline_shaped(const Unit& u) {
  constexpr size_t kNewsHeadlineWords = 5, kShortHeadlineWords = 4, kShortHeadlineBytes = 30;
  if (!headline_shaped(u) || u.list_entry) return false;
  return u.words >= kNewsHeadlineWords ||
         (u.words == kShortHeadlineWords && u.text.size() >= kShortHeadlineBytes && says_something(u.text));
}
// Over its lead, naming someone: whatever stands above it.
// (A name may follow an elided article or preposition, as French and
// Italian write them: "l\u2019OSCE", "d'Europe", "dell\u2019OSCE".)
bool names_after_elision(std::string_view w) {
  constexpr size_t kElidedBytes = 4;
  for (size_t k = 1; k <= kElidedBytes && k < w.size(); ++k) {
    if (w[k] == '\'') return starts_capitalized(w.substr(k + 1));
    if (w.compare(k, 3, "\xE2\x80\x99") == 0) return starts_capitalized(w.substr(k + 3));
  }
  return false;
}
// A word after the line's first is a name's: capitalized, or after an elision.
OSCE_INLINE bool names_someone(const std::vector<std::string_view>& words) {
  return words.size() > 1 && std::any_of(words.begin() + 1, words.end(), [](std::string_view w) {
           return starts_capitalized(w) || names_after_elision(w);
         });
}
OSCE_INLINE bool leads_and_names(const std::vector<Unit>& units, size_t k) {
  const Unit& u = units[k];
  if (k + 1 >= units.size() || !prose_below(units, k)) return false;
  return names_someone(words_of(u.text)) && !caption_line(u);
}
OSCE_INLINE bool headline_over_its_lead(const std::vector<Unit>& units, size_t k) {
  return news_headline_shaped(units[k]) && leads_and_names(units, k);
}
// An item's first line that says something and names someone ("PRESS
// RELEASE : United Kingdom helps Guatemala to combat plastic pollution [July
// 2025]") is the item's headline, whatever else the page made of it (a
// listing's block, the page's first line). A card's name says nothing
// ("Programme Office in Bishkek"), a topic page's section heading names
// nobody ("Our operations on the ground"), and an entry's or a document's
// title ends in its name or year in brackets ("... terrorism (2005)").
bool reads_as_a_headline(std::string_view t) {
  if (t.empty() || t.back() == ')') return false;
  const std::vector<std::string_view> words = words_of(t);
  return names_someone(words) && says_something(words);
}
OSCE_INLINE bool headline(const std::vector<Unit>& units, size_t k) {
  // Above it, the end of the item before: prose, or its closing line or
  // footer ("...read more", "Source: OSCE"); or the page's first line, its
  // label ("OSCE Office for Democratic Institutions and Human Rights" over
  // a news site's list of what it wrote on the Office).
  // (Nor a photo's caption with its credit after it: see credited_after_its_caption.)
  // (Nor, between paragraphs, a line over a quotation: a feature's
  // subheading over what someone said, "Meeting European Union standards",
  // then "\"Police reform is ...,\" said ...". A lead opens with its news,
  // not with a quotation: see leads_below.)
  // (Nor a byline: "By Jane Doe in Skopje December 3, 2023" under a caption.)
  if (!news_headline_shaped(units[k]) || credited_after_its_caption(units[k].text) || byline(units[k].text)) {
    return false;
  }
  if (k > 1 && !prose(units[k - 1]) && !units[k - 1].closes && !label_shaped(units[k - 1].text)) return false;
  if (k > 0 && k + 1 < units.size() && opens_with_quote(units[k + 1].text)) return false;
  return leads_and_names(units, k);
}

// On a media digest's page, where two headlines or more end with their
// sources, a headline may name its one source in a word, "ZAO failed
// (Blic)", and be as short as three words: between paragraphs of prose.
bool digest_headline(const std::vector<Unit>& units, size_t k) {
  const Unit& u = units[k];
  if (u.words < 3 || u.dateline || u.date_line || u.closes || u.list_entry || !title_like(u, kHeadlineWords) ||
      !ends_with_sources(u.text, true)) {
    return false;
  }
  return k + 1 < units.size() && prose_below(units, k) && (k == 0 || prose(units[k - 1]) || units[k - 1].closes) &&
         !caption_line(u);
}

// "Decision No. 4/16 ... (2016)": a document title with its year.
bool year_title(const Unit& u) {
  const std::string_view t = u.text;
  if (!title_like(u, kTitleWords) || t.size() < 7 || t.back() != ')') return false;
  const std::string_view tail = t.substr(t.size() - 6);
  return tail[0] == '(' && std::all_of(tail.begin() + 1, tail.end() - 1, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// A paragraph that opens with a dateline opens news of its own: it is not
// the description of the card, entry or document above it (a page may run
// a news item on after a list).
bool opens_news(const Unit& u) { return u.dateline && !u.inside_line; }

// What may describe a card or a document: prose, not another name or title
// (the next card's name, an entry's), and not news of its own.
bool describes(const Unit& u) { return !title_like(u, 10) && !opens_news(u); }

// True when unit `i` has a blank line (or the text's edge) on both sides.
bool stands_alone(std::string_view text, const std::vector<Unit>& units, size_t i) {
  // "\n\n" or "\n\r\n" between them: one pass over the few bytes between two units.
  auto blank_between = [&](size_t from, size_t to) {
    bool after_line_end = false;
    for (size_t k = from; k < to; ++k) {
      if (text[k] == '\n') {
        if (after_line_end) return true;
        after_line_end = true;
      } else if (text[k] != '\r' || !after_line_end) {
        after_line_end = false;
      }
    }
    return false;
  };
  const bool before = i == 0 || blank_between(units[i - 1].end(text), units[i].begin(text));
  const bool after = i + 1 == units.size() || blank_between(units[i].end(text), units[i + 1].begin(text));
  return before && after;
}

// An entry of a list of names with descriptions ("Conflict Prevention Centre
// (CPC)", then "The CPC provides ..."): a short name on its own between blank
// lines, whose description's first words take up the name again (its last
// word or its abbreviation).
// (Inline, as title_like: asked for every unit.)
OSCE_INLINE bool entry_title(std::string_view text, const std::vector<Unit>& units, size_t i) {
  if (i + 1 >= units.size() || !title_like(units[i], 12) || !stands_alone(text, units, i)) return false;
  if (title_like(units[i + 1], 12)) return false;
  const std::vector<std::string_view> name = words_of(units[i].text);
  if (name.empty()) return false;
  // (A name holds no label: "Utrikesminister Ann Linde (S). Foto: Ylva
  // Säfvelin/AiP" is a photo's caption and its credit.)
  if (units[i].text.find(": ") != std::string_view::npos) return false;
  // A name is capitalized but for its small words ("Office for Democratic
  // Institutions and Human Rights", "Action against Terrorism Unit"); a
  // headline has words of its own in lower case ("OSCE Presence in Albania
  // plays in supporting the reform process"), and its lead takes up its
  // name as well.
  // (One word in lower case: a word in brackets, "Special Monitoring Mission
  // to Ukraine (closed)", or a name of the taxonomy's, "Countering
  // terrorism"; elsewhere a verb makes a headline of the line: "OSCE
  // Secretary General to visit Georgia".)
  const auto lower = std::count_if(name.begin(), name.end(), [](std::string_view w) {
    return !a_names_word(w) && !std::isdigit(static_cast<unsigned char>(w[0]));
  });
  if (lower > 1) return false;
  if (lower == 1 && units[i].text.find('(') == std::string_view::npos &&
      !Taxonomy::builtin().is_name(units[i].text)) {
    return false;
  }
  // In the first words of its description, or of the description's second
  // paragraph when the first opens otherwise ("In accordance with Permanent
  // Council Decision No. 1117, the advance teams ...", then "The OSCE
  // Special Monitoring Mission (SMM) to Ukraine works to ...").
  auto takes_up_the_name = [&](const Unit& paragraph) {
    const std::vector<std::string_view> description = words_of(paragraph.text.substr(0, 200));
    for (size_t k = 0; k < description.size() && k < 12; ++k) {
      const std::string_view d = description[k];
      // The name's last word ("CPC" of "Conflict Prevention Centre (CPC)") or
      // one of its capitalized words ("Council" of "Ministerial Council").
      if (d == name.back()) return true;
      for (std::string_view w : name) {
        if (w.size() >= 5 && starts_capitalized(w) && d == w) return true;
      }
    }
    return false;
  };
  if (takes_up_the_name(units[i + 1])) return true;
  return i + 2 < units.size() && !title_like(units[i + 2], 12) && takes_up_the_name(units[i + 2]);
}

// Whether taxonomy entry `e` is an OSCE structure that writes news of its
// own: a field operation (open or closed), an institution, a unit of the
// Secretariat. (Bodies such as the Permanent Council are named by every
// office's news.)
bool writes_its_own_news(const TaxonomyEntry& e) {
  return e.kind == EntryKind::kFieldOperation || e.kind == EntryKind::kClosedOperation ||
         e.kind == EntryKind::kInstitution || e.kind == EntryKind::kSecretariat;
}

// The words that name a State, a Partner for Co-operation or a structure
// that writes its own news, each with the entry's index. Of States, the
// distinctive words of names, other names and demonyms ("Herzegovina",
// "Kyrgyz", "Tajik"), not the generic ones ("Republic"). Of structures, their
// abbreviations ("ODIHR", "POiD") and, for field operations, the place they
// are named for ("Bishkek" of "Programme Office in Bishkek"), unless it is a
// State's name, which stays the State's.
std::vector<std::pair<std::string, uint32_t>> place_words(const Taxonomy& taxonomy) {
  static const std::unordered_set<std::string_view> kGeneric = {
      "The", "Republic", "Kingdom", "United", "States", "Federation", "Principality", "Grand", "Duchy",
      "Federal", "Confederation", "Great", "North", "Northern", "South", "Holy", "See", "San", "Democratic",
      "Arab", "People", "Islamic"};
  // Places that news names for other reasons than the office there: the
  // Minsk agreements and Group, the Donetsk region.
  static const std::unordered_set<std::string_view> kNamedOtherwise = {"Minsk", "Donetsk"};
  std::vector<std::pair<std::string, uint32_t>> words;
  const std::vector<TaxonomyEntry>& entries = taxonomy.entries();
  std::unordered_set<std::string_view> of_states;
  for (uint32_t k = 0; k < entries.size(); ++k) {
    const TaxonomyEntry& e = entries[k];
    if (e.kind != EntryKind::kState && e.kind != EntryKind::kPartner) continue;
    std::vector<std::string_view> names = {e.name};
    names.insert(names.end(), e.aliases.begin(), e.aliases.end());
    names.insert(names.end(), e.demonyms.begin(), e.demonyms.end());
    for (std::string_view name : names) {
      for (std::string_view w : words_of(name)) {
        if (w.size() < 3 || !starts_capitalized(w) || kGeneric.count(w)) continue;
        of_states.insert(w);
        words.emplace_back(w, k);
      }
    }
  }
  for (uint32_t k = 0; k < entries.size(); ++k) {
    const TaxonomyEntry& e = entries[k];
    if (!writes_its_own_news(e)) continue;
    for (const std::string& a : e.abbreviations) {
      if (a.size() >= 3) words.emplace_back(a, k);
    }
    if (e.kind != EntryKind::kFieldOperation && e.kind != EntryKind::kClosedOperation) continue;
    std::vector<std::string_view> names = {e.name};
    names.insert(names.end(), e.aliases.begin(), e.aliases.end());
    for (std::string_view name : names) {
      // The place: what follows the name's last " in ", " to " or " at ".
      size_t at = 0;
      for (std::string_view link : {" in ", " to ", " at "}) {
        const size_t found = name.rfind(link);
        if (found != std::string_view::npos) at = std::max(at, found + link.size());
      }
      if (at == 0) continue;
      for (std::string_view w : words_of(name.substr(at))) {
        if (w.size() >= 3 && starts_capitalized(w) && !kGeneric.count(w) && !of_states.count(w) &&
            !kNamedOtherwise.count(w)) {
          words.emplace_back(w, k);
        }
      }
    }
  }
  return words;
}

// Whether the place `k` (an index of place_words) is a structure, not a State.
bool names_a_structure(uint32_t k) {
  static const std::vector<char> structure = [] {
    std::vector<char> s;
    for (const TaxonomyEntry& e : Taxonomy::builtin().entries()) s.push_back(writes_its_own_news(e));
    return s;
  }();
  return k < structure.size() && structure[k];
}

bool has_letter(std::string_view t) {
  return std::any_of(t.begin(), t.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
}

// Whether `t` opens with a whole date, then a dash and more: "12 May 2025 –
// Roundtable on early marriages".
bool opens_with_a_date(std::string_view t) {
  const std::string_view head = t.substr(0, 40);
  // (The day, or a weekday's or month's name and then the day: a digit
  // early on, which the menus' short lines rarely have.)
  const std::string_view early = head.substr(0, 16);
  if (std::none_of(early.begin(), early.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  const size_t dash = first_separator(head, {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}).at;
  return dash != std::string_view::npos && read_whole_date(t.substr(0, dash)).found;
}

// How a chronology's entry opens: a date, then a dash. A year ("1992 -
// Kazakhstan becomes ..."), a month and its year ("December 2007 - ..."), a
// whole date or an event's days ("July 16-17, 2010 - ..."), perhaps after
// "Since" or "From" ("Since February 9, 2016 - ..."). kPartialDate for the
// first two, which no news item's lead opens with.
enum ChronologyDate { kNoChronologyDate, kWholeDate, kPartialDate };
ChronologyDate chronology_date(std::string_view t) {
  // (Every unit is asked, a menu's too: its first byte first, then its
  // first word, a number or a month's name, which few units open with.)
  if (t.empty()) return kNoChronologyDate;
  if (t[0] == 'S' && t.starts_with("Since ")) t.remove_prefix(6);
  if (t[0] == 'F' && t.starts_with("From ")) t.remove_prefix(5);
  if (t.empty()) return kNoChronologyDate;
  if (!std::isdigit(static_cast<unsigned char>(t[0]))) {
    switch (t[0]) {  // the months' first letters
      case 'J': case 'F': case 'M': case 'A': case 'S': case 'O': case 'N': case 'D':
        break;
      default:
        return kNoChronologyDate;
    }
    if (t.size() < 8 || t[1] < 'a' || t[1] > 'z') return kNoChronologyDate;  // ("OSCE ...", "SMM ...")
    constexpr size_t kLongestMonth = 9;  // "September"
    size_t space = 3;
    while (space < t.size() && space <= kLongestMonth && t[space] != ' ') ++space;
    if (space > kLongestMonth || space >= t.size() || month_number(t.substr(0, space)) == 0) return kNoChronologyDate;
  }
  const std::string_view head = t.substr(0, 40);
  const size_t dash = first_separator(head, {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}).at;
  if (dash == std::string_view::npos) return kNoChronologyDate;
  const std::string_view date = head.substr(0, dash);
  auto a_year = [](std::string_view y) { return y.size() == 4 && all_digits(y) && (y[0] == '1' || y[0] == '2'); };
  if (a_year(date)) return kPartialDate;
  if (const size_t space = date.find(' ');
      space != std::string_view::npos && month_number(date.substr(0, space)) != 0 && a_year(date.substr(space + 1))) {
    return kPartialDate;
  }
  return read_whole_date(date).found || read_first_day(date).found ? kWholeDate : kNoChronologyDate;
}

// A chronology: three entries or more in a row, each a line that opens with
// a date and a dash, one of them at least dated by a year or a month alone
// ("1992 - Kazakhstan becomes an OSCE participating State.", "June 21, 2007
// - Decision of the Permanent Council ...", "December 2007 - ..."). Its
// entries are sentences, but a list of dated entries all the same: one
// item's (a page of news cards dates each card in full).
constexpr size_t kLeastChronologyEntries = 3;
void mark_chronologies(std::vector<Unit>& units) {
  for (size_t k = 0; k < units.size();) {
    size_t end = k, partial = 0;
    for (; end < units.size() && !units[end].inside_line && !units[end].dateline && units[end].words < kTitleWords;
         ++end) {
      const ChronologyDate date = chronology_date(units[end].text);
      if (date == kNoChronologyDate) break;
      partial += date == kPartialDate;
    }
    if (end - k >= kLeastChronologyEntries && partial > 0) {
      for (size_t e = k; e < end; ++e) units[e].dated_entry = true;
    }
    k = std::max(end, k + 1);
  }
}

// See is_dated_entry.
bool dated_entry(const Unit& u) {
  return !prose(u) && (u.dateline ? u.dateline->length < u.text.size() : opens_with_a_date(u.text));
}

// A teaser cut short: "... the briefing on the activities of the Organisation. He will...".
bool cut_short(std::string_view t) { return t.ends_with("...") || t.ends_with("\xE2\x80\xA6"); }

// Whether the lone mark at k stands over a card: a heading and its
// description, or a teaser cut short up to the next mark. A section's label
// may stand over the heading: "-", "press release", the release's title,
// its text (the Helsinki Commission's listings).
bool card_under_mark(const std::vector<Unit>& units, size_t k) {
  if (k + 1 >= units.size()) return false;
  const Unit& next = units[k + 1];
  if (next.inside_line || next.list_entry || is_lone_list_mark(next.text)) return false;
  auto heads_a_description = [&](size_t h) {
    return h + 1 < units.size() && title_like(units[h], kHeadlineWords) && !ends_a_sentence(units[h]) &&
           prose(units[h + 1]);
  };
  if (heads_a_description(k + 1)) return true;
  if (k + 3 < units.size() && !units[k + 2].list_entry && heads_a_description(k + 2) && is_section_label(next)) {
    return true;
  }
  return prose(next) && cut_short(next.text) && (k + 2 == units.size() || is_lone_list_mark(units[k + 2].text));
}

// Cards scraped from a list: each an empty list item (a converter writes a
// list mark alone for an item whose content is blocks), a heading and a
// description ("-", "General Elections, 5 June 2019, Denmark", "- In
// accordance with its mandate ..."), or a teaser alone, cut short, up to
// the next mark ("-", "Tomorrow (14 March), the Security Council is
// expected to ... Under-Secretary-General for..."). Where two or more cards
// stand so, their marks separate them as a line of marks would: no unit,
// and the next unit after a separator. (A menu's empty items head a
// section's short entries, "-", "Our work", "- Elections": no description,
// no card; nor is a list of whole paragraphs, an article's points.)
void separate_cards(std::vector<Unit>& units) {
  // (Every unit is asked: a unit of three bytes at most goes on.)
  auto marks_a_card = [&](size_t k) {
    return units[k].text.size() <= 3 && is_lone_list_mark(units[k].text) && card_under_mark(units, k);
  };
  size_t cards = 0;
  for (size_t k = 0; k < units.size() && cards < 2; ++k) cards += marks_a_card(k);
  if (cards < 2) return;
  size_t kept = 0;
  for (size_t k = 0; k < units.size(); ++k) {
    if (marks_a_card(k)) {
      units[k + 1].after_separator = true;
      units[k + 1].under = false;
      continue;
    }
    if (kept != k) units[kept] = std::move(units[k]);
    ++kept;
  }
  units.resize(kept);
}

std::vector<Unit> units_of(std::string_view text, const EdgeMenus& menus) {
  // A unit a line but for blank lines and glued items. A long text's lines
  // are counted first, for room for as many units: a table of the lines (16
  // bytes a line) or a doubling vector of units would hold more than the
  // units. (A page of a few KB grows its vector at little cost.)
  std::vector<Unit> units;
  if (text.size() >= kCountLinesFrom) units.reserve(count_line_ends(text) + 1);
  // (A unit's bytes may be read on to the page's end: see ByteBlock::partial.)
  const char* const page_end = text.data() + text.size();
  LineCursor lines(text);
  TextLine line;
  size_t line_no = 0, unit_line = 0;  // the line being read, and the last unit's
  bool separated = false;  // a separator line since the last unit
  size_t dashed_dates = 0;  // units that may be a chronology's entries
  while (lines.next(line)) {
    ++line_no;
    const std::string_view t = trim(line.text);
    if (t.empty()) continue;
    // A menu at the page's top or bottom is no unit: its entries neither
    // begin nor close an item, and the item at that edge keeps its lines.
    const auto line_at = static_cast<size_t>(line.text.data() - text.data());
    if (line_at < menus.top_end || (menus.bottom() && line_at >= menus.bottom_begin)) continue;
    // A separator belongs to no item: it is no unit, and marks the next.
    if (is_separator_line(t)) {
      separated = true;
      continue;
    }
    thread_local std::vector<size_t> cuts, after_stamps;  // one line after another: keep the buffers
    cuts.assign(1, 0);
    after_stamps.clear();
    // (Every dateline and feed stamp has a digit: a line of none, as a
    // menu's entries are, has none inside, and its units no date.)
    const bool line_digits = has_digit(t.data(), t.size(), page_end);
    if (line_digits) {
      for (size_t at : datelines_inside(t, std::string_view::npos, &after_stamps)) cuts.push_back(at);
    }
    // A teaser's link glued before the next teaser ("Read More»The United
    // States ...") parts them as a separator line does; the link stays with
    // the teaser before it.
    if (const size_t link = glued_more_link(t)) after_stamps.insert(after_stamps.begin(), link);
    // A feed flattened into a paragraph: its items' dates part them, as
    // separator lines do (the date stays with the item before it).
    if (!after_stamps.empty()) {
      cuts.insert(cuts.end(), after_stamps.begin(), after_stamps.end());
      std::sort(cuts.begin(), cuts.end());
    }
    for (size_t k = 0; k < cuts.size(); ++k) {
      const size_t stop = k + 1 < cuts.size() ? cuts[k + 1] : t.size();
      std::string_view part = trim(t.substr(cuts[k], stop - cuts[k]));
      Unit u;
      u.under = k == 0 && !units.empty() && unit_line + 1 == line_no;
      u.text = part;
      u.inside_line = k > 0;
      // (Every dateline, date line and date that opens a unit has a digit in
      // the unit's first kDatelineBytes; a menu's entries, titles and most
      // paragraphs' heads have none, and are asked no further.)
      const bool digits = line_digits && has_digit(part.data(), std::min(part.size(), kDatelineBytes), page_end);
      u.dateline = digits ? on_heap(dateline_at(part)) : nullptr;
      // A photo's caption that ends in its date, glued to the dateline (the
      // Assembly's releases): the line opens the item as its dateline would.
      if (digits && !u.dateline && k == 0) {
        if (auto captioned = dateline_after_dated_caption(part)) {
          captioned->dateline.length += captioned->at;
          u.dateline = std::make_unique<const Dateline>(std::move(captioned->dateline));
        }
      }
      u.words = static_cast<uint8_t>(word_count(part, kTitleWords, page_end));
      // (A month and its year: two words, a digit last, asked inline first.)
      const bool month_year =
          u.words == 2 && std::isdigit(static_cast<unsigned char>(part.back())) && month_and_year(u);
      u.date_line = !u.dateline &&
                    (u.words <= kDateLineWords ? month_year || (digits && date_line_value(part).has_value())
                                               : (part.size() <= kLongestByline && byline_date(part).has_value()) ||
                                                     (std::isdigit(static_cast<unsigned char>(part.back())) &&
                                                      where_and_when(part).has_value()));  // (the digit inline)
      // An aggregator's date key over the item it copies ("date 2025-03-15
      // Submit Release", then the headline) dates that item as a date line.
      // With the release's dateline after it, "date 2025-08-13 CHIŞINĂU, 13
      // August 2025 – Observers ...", the unit opens with that dateline; with
      // a lead of no dateline, it is a paragraph, dated by the key.
      if (!u.date_line && !u.dateline && may_open_with_date_key(part)) {
        if (const std::optional<DateKey> key = read_date_key(part)) {
          const std::string_view after = key->after;
          if (std::optional<Dateline> d = dateline_at(after)) {
            d->length += static_cast<size_t>(after.data() - part.data());
            u.dateline = on_heap(std::move(d));
          } else {
            u.date_line = after.empty() || (!osce::ends_a_sentence(after) &&
                                            word_count(after, kHeadlineWords) <= kHeadlineWords);
          }
        }
      }
      u.after_separator = k == 0 ? separated
                                 : !after_stamps.empty() &&
                                       std::binary_search(after_stamps.begin(), after_stamps.end(), cuts[k]);
      u.closes = closes_an_item(part, page_end);
      // (A date line's day with its period, "26. Oct 2021.", is no number of a list.)
      u.list_entry = k == 0 && opens_a_list_entry(part) &&
                     !(u.date_line && std::isdigit(static_cast<unsigned char>(part[0])));
      u.dated_entry = k == 0 && (u.dateline || digits) && dated_entry(u);
      // (A chronology's entries are looked for where three units or more
      // open with a date and a dash: few pages have any.)
      dashed_dates += k == 0 && !u.dateline && digits && chronology_date(part) != kNoChronologyDate;
      units.push_back(std::move(u));
    }
    unit_line = line_no;
    separated = false;
  }
  separate_cards(units);
  // A list's empty item left over the page's first line, no card's separator
  // ("-", then "press release" and a release's title), is no unit: it heads
  // nothing, and the page's first item keeps it (see leading_mark).
  if (units.size() > 1 && units[0].text.size() <= 3 && is_lone_list_mark(units[0].text)) {
    units[1].under = false;
    units.erase(units.begin());
  }
  if (dashed_dates >= kLeastChronologyEntries) mark_chronologies(units);
  return units;
}

// Reads a listing block that starts at unit `at` (a label): fills `item` and
// returns the index after the block.
size_t read_listing_block(const std::vector<Unit>& units, size_t at, Item& item) {
  while (at < units.size()) {
    const auto label = listing_label(units[at].text);
    if (!label) {
      if (!label_shaped(units[at].text)) break;  // a key the vocabulary lacks: still the block
      // (Inside a block, a page's place label says where the item is, or
      // whom it concerns: "Location: Belarus", "Locations: Russia, Ukraine",
      // as the Representative on Freedom of the Media's list prints them.)
      if (const auto meta = metadata_label(units[at].text); meta && meta->field == MetaField::kPlace) {
        item.place = meta->value;
      }
      ++at;
      continue;
    }
    std::vector<std::string_view> values;
    if (!label->value.empty()) values.push_back(label->value);
    size_t k = at + 1;
    if (values.empty()) {
      while (k < units.size() && !listing_label(units[k].text) && title_like(units[k], 12) &&
             (values.empty() || units[k].text.substr(0, 2) == "- ")) {
        std::string_view v = units[k].text;
        if (v.substr(0, 2) == "- ") v = trim(v.substr(2));
        values.push_back(v);
        ++k;
      }
    }
    for (std::string_view v : values) {
      switch (label->field) {
        case MetaField::kDate:
          if (auto iso = parse_full_date(v)) item.date = *iso;
          break;
        case MetaField::kType: item.type = v; break;
        // "Where we are: OSCE Chairmanship, OSCE Secretariat": a name each.
        case MetaField::kIssuedBy:
          for (std::string_view name : split_values(v)) item.issued_by.emplace_back(name);
          break;
        case MetaField::kListedFields:
          for (std::string_view field : split_values(v)) item.listed_fields.emplace_back(field);
          break;
        default: break;
      }
    }
    at = k;
  }
  return at;
}

}  // namespace

bool is_separator_line(std::string_view line) {
  static constexpr std::string_view kWideMarks[] = {"\xE2\x80\xA2", "\xE2\x80\x94", "\xE2\x80\x93", "\xC2\xB7"};  // • — – ·
  size_t marks = 0;
  for (size_t i = 0; i < line.size();) {
    const char c = line[i];
    // (A switch, not a search of the marks: asked of every line.)
    switch (c) {
      case ' ': case '\t': case '\r':
        ++i;
        continue;
      case '*': case '-': case '_': case '=': case '~': case '#': case '+':
        ++marks, ++i;
        continue;
      default:
        break;
    }
    if (static_cast<unsigned char>(c) < 0x80) return false;  // a letter, a digit: most lines end here
    const auto wide = std::find_if(std::begin(kWideMarks), std::end(kWideMarks),
                                   [&](std::string_view m) { return line.substr(i, m.size()) == m; });
    if (wide == std::end(kWideMarks)) return false;
    ++marks, i += wide->size();
  }
  return marks >= 3;
}

bool is_dated_entry(std::string_view line, const std::optional<Dateline>& dateline) {
  Unit u;
  u.text = trim(line);
  if (u.text.empty()) return false;
  u.words = static_cast<uint8_t>(word_count(u.text, kTitleWords));
  u.dateline = on_heap(dateline);
  return dated_entry(u);
}

bool blank_or_separators(std::string_view text) {
  for (const TextLine& line : split_lines(text)) {
    if (is_blank(line.text)) continue;
    const std::string_view t = trim(line.text);
    if (!is_separator_line(t) && !is_lone_list_mark(t)) return false;
  }
  return true;
}

namespace {

// The first of `units` that begins at byte `offset` of `text` or after it.
std::vector<Unit>::const_iterator unit_from(const std::vector<Unit>& units, std::string_view text, size_t offset) {
  return std::partition_point(units.begin(), units.end(), [&](const Unit& u) { return u.begin(text) < offset; });
}

// A pass after the segmenting loop takes back the boundary at `offset`:
// with --explain, its candidate says why (`cue`, -kStructureWeight).
void take_back_boundary(Segmentation& seg, size_t offset, const char* cue) {
  for (Candidate& c : seg.candidates) {
    if (c.offset != offset) continue;
    c.cues.push_back({cue, -kStructureWeight});
    c.score -= kStructureWeight;
    c.boundary = false;
  }
}

// The page's last item holds nothing but a byline, date lines or a photo's
// credit ("By Ana Dumbadze", then "07 December 2020 12:53", at the page's
// end): no item says only who wrote it and when. Those lines are the feet
// of the item above, which a site prints under its text: they join it.
// (Item after item: the byline's item goes too, once its date's has.)
void join_the_page_feet(Segmentation& seg, const std::vector<Unit>& units, std::string_view text, bool explain) {
  while (seg.items.size() >= 2) {
    const auto first = unit_from(units, text, seg.items.back().begin);
    if (first == units.end() || !std::all_of(first, units.end(), is_feet_line)) return;
    if (explain) take_back_boundary(seg, seg.items.back().begin, "the page's feet");
    seg.items[seg.items.size() - 2].end = seg.items.back().end;
    seg.items.pop_back();
  }
}

// The page's first item is the site's header of an article: lines and no
// prose, and among them a page's type or a label of its metadata ("Press
// release", the headline, "- Date:", "- Source:", "- Fields of work:", ...,
// over the article's dateline), on a page osce-strip has not cleaned. It
// heads the item below, when that one has prose. (Not a card's name over
// the next card, which states no metadata; nor a listing's block, an item
// of its own.)
void join_the_page_head(Segmentation& seg, const std::vector<Unit>& units, std::string_view text, bool explain) {
  if (seg.items.size() < 2 || seg.items[0].listed) return;
  Item& head = seg.items[0];
  Item& below = seg.items[1];
  const auto head_end = unit_from(units, text, below.begin), below_end = unit_from(units, text, below.end);
  auto labels = [](const Unit& u) { return metadata_label(u.text).has_value() || is_page_type(u.text); };
  if (head_end - units.begin() < 2 || std::none_of(units.begin(), head_end, labels) ||
      std::any_of(units.begin(), head_end, [&](const Unit& u) { return prose(u) && !labels(u); }) ||
      std::none_of(head_end, below_end, prose)) {
    return;
  }
  if (explain) take_back_boundary(seg, below.begin, "under the page's head");
  below.begin = head.begin;
  below.take_missing(head);  // what the head states, where the item does not state it itself
  seg.items.erase(seg.items.begin());
}

}  // namespace

Segmentation segment(std::string_view text, const SplitOptions& options) {
  Segmentation seg;
  const EdgeMenus menus = edge_menus(text, Taxonomy::builtin());
  const std::vector<Unit> units = units_of(text, menus);
  if (units.empty()) {
    // A text of menus alone is one item, the menus.
    if (menus.top() || menus.bottom()) {
      Item all;
      all.begin = menus.top() ? menus.top_begin : menus.bottom_begin;
      all.end = menus.bottom() ? menus.bottom_end : menus.top_end;
      seg.items.push_back(std::move(all));
    }
    return seg;
  }
  const size_t n = units.size();

  size_t year_titles = 0;
  DocumentEvidence evidence;
  // The unit a document copied whole begins at (n: none). A mark in a
  // document's head (its symbol, its table of contents) stands under the
  // head's title lines, and a page may run news over them (a feed's pages
  // one after another): the document begins with those lines, under prose
  // or at the page's top. Page numbers mark the page's text as a whole.
  size_t document_from = n, document_mark = n;
  for (size_t k = 0; k < n; ++k) {
    year_titles += year_title(units[k]);
    if (units[k].inside_line || document_from != n) continue;
    evidence.add(units[k].text);
    if (!evidence.is_document()) continue;
    document_from = 0;
    if (evidence.by_head_mark()) {
      document_mark = k;
      for (document_from = k; document_from > 0 && !prose(units[document_from - 1]);) --document_from;
    }
  }
  // (A mark right under prose, "TABLE OF CONTENTS" under a report's
  // foreword, has no title of its own over it: the prose is the document's.)
  const bool document_under_prose = document_from > 0 && document_from < document_mark;
  size_t document_to = n;  // (where a release under it ends the document: see "in a document")
  // Some pages print an item's date under it, after its lead ("... tilted
  // the electoral playing field." then "February 28, 2024 9:37 pm CET", then
  // the next headline): the page ends with a date line, and its first date
  // line stands after a sentence. There a date line closes its item, and
  // dates it. (Pages that print the date over the headline open their
  // first item with it.)
  bool dates_close_items = false;
  if (n >= 2 && units[n - 1].date_line) {
    size_t date_lines = 0;
    bool sentence_before = false, first_after_sentence = false;
    for (size_t k = 0; k < n; ++k) {
      if (units[k].date_line && date_lines++ == 0) first_after_sentence = sentence_before;
      if (!units[k].date_line && ends_a_sentence(units[k])) sentence_before = true;
    }
    dates_close_items = date_lines >= 2 && first_after_sentence;
  }
  std::vector<bool> is_entry(n);
  size_t entries = 0;
  for (size_t i = 0; i < n; ++i) {
    is_entry[i] = entry_title(text, units, i);
    entries += is_entry[i];
  }
  // A list's entries are described in a paragraph each ("Conflict
  // Prevention Centre (CPC)", then "The CPC provides ..."); the headings of
  // a page's sections head paragraphs ("Development of the OSCE", then "The
  // OSCE emerged from ...", "This comprehensive ... concept ..."). Where half
  // the "entries" or more head two paragraphs or more (of a sentence's words,
  // a list between them or not) before the next line of a title's shape,
  // they are the sections of one text.
  if (entries >= 2) {
    size_t sections = 0;
    for (size_t i = 0; i < n; ++i) {
      if (!is_entry[i]) continue;
      size_t paragraphs = 0;
      for (size_t k = i + 1; k < n && !is_entry[k] && paragraphs < 2; ++k) {
        if (units[k].list_entry) continue;  // a list inside the section
        if (title_like(units[k], 12)) break;
        paragraphs += units[k].words >= kSentenceWords;
      }
      sections += paragraphs >= 2;
    }
    if (2 * sections >= entries) {
      std::fill(is_entry.begin(), is_entry.end(), false);
      entries = 0;
    }
  }
  // Headlined items: a page that opens with a headline and has another.
  std::vector<bool> is_headline(n);
  size_t headlines = 0;
  size_t with_sources = 0;
  for (const Unit& u : units) with_sources += u.text.back() == ')' && ends_with_sources(u.text);
  const bool digest = with_sources >= 2;
  for (size_t i = 0; i < n; ++i) {
    is_headline[i] = headline(units, i) || (digest && digest_headline(units, i));
    headlines += is_headline[i];
  }
  const size_t first_headline = is_headline[0] ? 0 : 1;
  const bool opens_with_headline = is_headline[0] || (n > 1 && is_headline[1] && !prose(units[0]));
  const bool headlined = headlines >= 2 && opens_with_headline;
  // A page that opens with its only headline, and one that says something
  // (not a card's name), is an article: the headline heads its text as the
  // headlines of a page of them head theirs.
  const bool article = headlines == 1 && opens_with_headline && says_something(units[first_headline].text);
  // The page's head of lines, left over from its site ("Tag: Politics", a
  // section's name, a date and "Show news feed"): the units over its first
  // paragraph, at most kPageHeadLines, none of them an entry of a list (a
  // menu), a name of the taxonomy (a card's: "Programme Office in Astana"),
  // or a name or title that ends in brackets ("... Centre (CPC)", "...
  // (2016)"): an entry's.
  size_t site_head_end = 0;
  for (; site_head_end < n && site_head_end < kPageHeadLines; ++site_head_end) {
    const Unit& u = units[site_head_end];
    if (prose(u) || u.list_entry || u.text.back() == ')' || Taxonomy::builtin().is_name(u.text)) break;
  }
  // Footers: runs of label lines under the end of a sentence that reach the
  // page's end or an item's start (a dateline, a date line, a headline over
  // one, a separator).
  // (Most pages have no label line: then nothing is allocated.)
  std::vector<char> footer;
  constexpr size_t kSpeakerHeadlineWords = 6;
  for (size_t k = n; k-- > 0;) {
    const Unit& u = units[k];
    if (u.words > kLabelWords || u.dateline || u.date_line || !label_shaped(u.text) || listing_label(u.text)) continue;
    // A headline that names who speaks, over its date ("Selaković: Partnership
    // cooperation between Serbia and the OSCE", then "26. Oct 2021."), says
    // more than a footer's label does ("Source: OSCE", "Categories: Europe").
    if (u.words >= kSpeakerHeadlineWords && heads_a_date(units, k) && says_something(u.text)) continue;
    if (footer.empty()) footer.assign(n, 0);
    // For now: whether the run of labels from here reaches an item's start.
    footer[k] = k + 1 == n || footer[k + 1] || units[k + 1].dateline || units[k + 1].date_line ||
                units[k + 1].after_separator || heads_a_date(units, k + 1);
  }
  for (size_t k = 0; k < footer.size(); ++k) {
    // (Under its last sentence, or under a line that closes it: contacts, a teaser's "...read more".)
    footer[k] = footer[k] && k > 0 && (ends_a_sentence(units[k - 1]) || units[k - 1].closes || footer[k - 1]);
  }
  auto in_footer = [&](size_t k) { return !footer.empty() && footer[k]; };
  // A list of entries may end with a name that has no description yet (but
  // not with the last teaser's link, "Read More »").
  if (entries >= 2 && n >= 2 && !is_entry[n - 1] && !units[n - 1].closes && title_like(units[n - 1], 12) &&
      stands_alone(text, units, n - 1)) {
    is_entry[n - 1] = true;
  }
  // The page's last lines may be its site's links and labels ("View full
  // experience", "Share This Article", "Distribution channels: Politics"):
  // lines of a few words, no sentence, to the page's end, under its last
  // sentence or a line that closes an item. A listing's last title, cut
  // from its lead, is longer; a card's name, an entry of the page's list,
  // is no link.
  {
    auto foot_line = [&](size_t k) {
      return (link_line(units[k]) && !is_entry[k]) || (!footer.empty() && footer[k]);
    };
    size_t tail = n;
    while (tail > 0 && foot_line(tail - 1)) --tail;
    if (tail < n && tail > 0 && (ends_a_sentence(units[tail - 1]) || units[tail - 1].closes)) {
      if (footer.empty()) footer.assign(n, 0);
      for (size_t k = tail; k < n; ++k) footer[k] = 1;
    }
  }

  // Structure first: which units are inside a listing block or a card, and
  // so never begin an item, and which begin one for sure.
  std::vector<int8_t> structure(n, 0);  // +1 begins an item, -1 never does
  // What a listing block or a card states, for the few units that begin one
  // (an Item per unit would be built and freed for every paragraph).
  std::vector<std::pair<size_t, Item>> declared;
  // Cards (a line printed twice) on the page, where the first begins and
  // its name stands; and the cards that are news (see item_is_headed).
  size_t cards = 0, first_card_at = n, first_card = n;
  std::vector<size_t> news_cards;
  auto declare = [&](size_t i) -> Item& {
    declared.emplace_back(i, Item{});
    declared.back().second.title = without_heading_marks(units[i].text);
    return declared.back().second;
  };
  for (size_t i = 0; i < n; ++i) {
    const std::string_view t = units[i].text;
    if (structure[i] != 0) continue;  // already part of a card, block or entry
    // A listing's titles are long ("Much still needs to be done to ensure
    // ..., OSCE leaders say on International Women's Day"); the block's
    // lead, which may open with a dateline, is the item's too, unless it
    // is the title of the next block (an item listed without a lead).
    if (i + 1 < n && title_like(units[i], kTitleWords) && listing_label(units[i + 1].text)) {
      structure[i] = 1;
      Item& listed = declare(i);
      listed.listed = true;
      const size_t after = read_listing_block(units, i + 1, listed);
      for (size_t k = i + 1; k < after; ++k) structure[k] = -1;
      if (after < n && !(after + 1 < n && listing_label(units[after + 1].text))) {
        // The lead is the block's item to its line end: a dateline glued
        // inside it ("PLEASE FIND BELOW THE CORRECT VERSION ... WARSAW, 6 July
        // 2015 - ...") begins no item here, where the blocks tell where items
        // begin. The lead's dateline, at its start or after its first
        // sentence, names where the item was written, and when if the block
        // did not say: the block's publishing date comes first.
        // (A unit inside a line always follows one of its own line.)
        const Dateline* dateline = units[after].dateline.get();
        structure[after] = -1;
        for (size_t k = after + 1; k < n && units[k].inside_line; ++k) {
          structure[k] = -1;
          if (!dateline) dateline = units[k].dateline.get();
        }
        if (dateline) {
          if (listed.place.empty()) listed.place = dateline->place;
          if (listed.date.empty()) listed.date = dateline->date;
        }
      }
    } else if (i + 1 < n &&
               ((units[i + 1].text == t && !all_digits(t) && !is_photo_caption(t) &&
                 (title_like(units[i], 10) ||
                  (title_like(units[i], kHeadlineWords) && news_headline_twice(units, i) &&
                   ((i > 0 && marked_date_line(units[i - 1])) ||
                    (i + 2 < n && prose_below(units, i + 1) && !caption_line(units[i])))))) ||
                (units[i].list_entry && units[i + 1].text.size() + 2 <= t.size() &&
                 units[i + 1].text == t.substr(list_mark_length(t)) && title_like(units[i], kHeadlineWords)) ||
                (dated_copy_of(t, units[i + 1].text) && title_like(units[i + 1], kHeadlineWords) &&
                 news_headline_twice(units, i + 1) && i + 2 < n && prose_below(units, i + 1)))) {
      // A card: a name, the name again, a description (a feed's counters,
      // "0" under "0", name nothing; a photo's caption printed twice, its
      // alternative text and its caption, "Foreign Minister Jane Doe
      // (Photo: DOI)", is no card). (A list of items may
      // mark the first as a list item, a headline's length: "• PRESS RELEASE
      // : ... [April 2024]", then the headline alone.) A date line under the
      // copy is the card's ("21.12.2024. 13:56h" under a headline printed
      // twice); a dateline opens news of its own, under a name. Under a
      // headline printed twice (it says something: a name does not), the
      // dateline is the headline's news, and so is a date line over it
      // ("January 21, 2022, 21:27", the headline twice, "SARAJEVO, Jan 12
      // (Reuters) – ..."), marked as a list's item or not ("• Wednesday, 25
      // December 2024"). (A card's name has ten words at most; a headline
      // may have more, with its date over it: under a site's head, "Government
      // of Finland" over "12/04/2025 | Press release | ...", a headline
      // printed twice is the page's one article; or over its lead, as news
      // sites print the page's title and the article's: not a photo's
      // caption, which a page prints twice too, "Jane Doe (r), a resident
      // of the settlement, 18 June 2009. (OSCE/John Doe)". Or the headline
      // with the site's section and its day before it, then alone:
      // dated_copy_of.)
      const bool headline_twice = news_headline_twice(units, i) || dated_copy_of(t, units[i + 1].text);
      const bool dated_above = headline_twice && i > 0 && structure[i - 1] == 0 && !units[i - 1].inside_line &&
                               !dates_close_items && marked_date_line(units[i - 1]);
      const size_t card_at = dated_above ? i - 1 : i;
      structure[card_at] = 1;
      for (size_t k = card_at + 1; k <= i + 1; ++k) structure[k] = -1;
      Item& card = declare(card_at);
      if (cards++ == 0) first_card_at = card_at, first_card = i;
      if (headline_twice && (dated_above || (i + 2 < n && (units[i + 2].date_line || opens_news(units[i + 2]))))) {
        news_cards.push_back(card_at);
      }
      card.title = without_heading_marks(units[i + 1].text);  // (without a list mark the first may have)
      if (dated_above) card.date = line_date(units[i - 1].text);
      size_t description = i + 2;
      if (description < n && units[description].date_line) {
        if (card.date.empty()) card.date = line_date(units[description].text);
        structure[description++] = -1;
      } else if (headline_twice && description < n && opens_news(units[description])) {
        const Dateline& dateline = *units[description].dateline;
        if (card.date.empty()) card.date = dateline.date;
        card.place = dateline.place;
        structure[description] = -1;
        continue;
      }
      if (description < n && describes(units[description])) structure[description] = -1;
    } else if (entries >= 2 && is_entry[i]) {
      structure[i] = 1;
      declare(i);
      if (i + 1 < n && !is_entry[i + 1] && !opens_news(units[i + 1])) structure[i + 1] = -1;
    } else if (year_titles >= 2 && year_title(units[i]) &&
               !(continues_a_list(units, i) && i + 1 < n && units[i + 1].list_entry)) {
      // (Between two entries of a list, "- Declaration on ... resolution
      // 2178 (2014)" is one more entry, not a document of its own.)
      structure[i] = 1;
      declare(i);
      if (i + 1 < n && !year_title(units[i + 1]) && describes(units[i + 1])) structure[i + 1] = -1;
    }
  }

  // A contacts block runs on under its heading ("Contacts", "For more
  // information, please contact:") over short lines of its own (a name, a
  // title, an office, a street, a town, a country, one under another): they
  // close the item too, up to a blank line, a list, a line of marks, the
  // page's structure, a line over prose (a headline, a document's title) or
  // the first prose. (Labels under a closing line close it too.) Under a
  // heading that names contacts, blank lines part the block's lines as a
  // page's paragraphs printed apart do ("Contacts", a blank line, "Nino
  // Sukhitashvili", a blank line, "Spokesperson", ...): they are the
  // block's too.
  std::vector<char> closing(n);
  bool in_block = false, contacts_block = false;
  for (size_t k = 0; k < n; ++k) {
    const Unit& u = units[k];
    // (A date line closes nothing by a web address in it: a byline's
    // "2017-10-03 13:48 | www.trend.az | 1" under the headline.)
    closing[k] = (u.closes && !u.date_line) || (dates_close_items && u.date_line);
    // A contacts heading over prose that gives no contact (no address, no
    // number, no "please contact") heads a section: "Government contact",
    // then what field operations do with local governments. A block of
    // contacts goes on with a name, a title, a number.
    if (closing[k] && k + 1 < n && prose(units[k + 1]) && !units[k + 1].closes && heads_contacts(u.text)) {
      closing[k] = false;
    }
    const bool under = u.under;
    // (An address's country under its postcode and town, "11070 Novi
    // Beograd", then "Serbia", is the block's last line over whatever
    // follows, the next item's lead too. A headline over its date is not
    // the block's, nor a section's label over it: they are the next item's
    // head, "Newsroom", then "Third phase of ...", then "BELGRADE 6 August
    // 2001".)
    auto heads_the_next_item = [&] {
      return heads_a_date(units, k) || (k + 1 < n && is_section_label(u) && heads_a_date(units, k + 1));
    };
    if (in_block && !u.closes && (under || contacts_block) && structure[k] == 0 && !u.inside_line && !u.dateline &&
        !u.date_line && !u.list_entry && !prose(u) && has_letter(u.text) &&
        (ends_an_address(units, k) || ((k + 1 == n || !prose(units[k + 1])) && !heads_the_next_item()))) {
      closing[k] = true;
      continue;
    }
    // A label under a closing line closes the item too: an aggregator's
    // "Source: OSCE" under a teaser's "...read more". (Not a title in the
    // shape of a label over a paragraph, "Election: Observers Present
    // Preliminary Conclusions": a label names its source in a few words.)
    // (Past a blank line too when the label names the source: "…read
    // more", a blank line, "Source: OSCE".)
    constexpr size_t kSourceLabelWords = 5;
    if (k > 0 && closing[k - 1] && !u.closes && structure[k] == 0 && u.words <= kLabelWords &&
        (under || (u.words <= kSourceLabelWords && byline(u.text))) &&
        label_shaped(u.text) && !listing_label(u.text) &&
        (u.words <= kSourceLabelWords || k + 1 == n || !prose(units[k + 1]))) {
      closing[k] = true;
    }
    // A text's source credited under its last sentence closes it, over
    // anything but prose ("Source: Turkmenistan.ru", then the next page's
    // section label and headline). (Between a headline and its lead, the
    // same line is the lead's byline.)
    if (!closing[k] && k > 0 && structure[k] == 0 && ends_a_sentence(units[k - 1]) && credits_a_source(u.text) &&
        (k + 1 == n || !prose(units[k + 1]))) {
      closing[k] = true;
    }
    // So do a site's section links of a word or two under a closing line
    // ("Please login or subscribe to read more", then "Politics", "In
    // Focus"), over prose or another such link: no headline is so short,
    // and a section's label over the next item stands over its headline.
    // (A section's label of the page, is_section_label, not a name of the
    // taxonomy, "Elections"; nor a card's name, "Minsk Group" over "The
    // Minsk Group is ...".)
    constexpr size_t kSectionLinkWords = 2;
    if (k > 0 && closing[k - 1] && !closing[k] && structure[k] == 0 && u.words <= kSectionLinkWords &&
        is_section_label(u) && k + 1 < n && (prose(units[k + 1]) || units[k + 1].words <= kSectionLinkWords) &&
        !opens_with_title(units[k + 1], u)) {
      closing[k] = true;
    }
    in_block = u.closes && structure[k] == 0 && !signs_off_copy(u.text) && !hashtags_alone(u.text) &&
               (u.text.back() == ':' || u.words <= 3 || (in_block && (under || contacts_block)));
    // ("Contacts", "Media contact", "For more information, please contact:")
    contacts_block = in_block && (contacts_block || ascii_icontains(u.text, "contact"));
  }

  // What each paragraph is about, found only when a candidate's structural
  // cues leave its decision open: those cost a tokenization of the text.
  thread_local PageTerms terms = [] {  // every page passes here: keep the buffers
    PageTerms t;
    t.set_places(place_words(Taxonomy::builtin()));
    return t;
  }();
  terms.clear();
  std::vector<uint32_t> terms_index(n, kNotRead);
  const char* const page_end = text.data() + text.size();  // (see ByteBlock::partial)
  auto read = [&](size_t i) __attribute__((always_inline)) {
    if (terms_index[i] == kNotRead) terms_index[i] = static_cast<uint32_t>(terms.add(units[i].text, page_end));
    return terms_index[i];
  };
  // Units are read in their order (a paragraph after those before it), so
  // the paragraphs of the units behind the window are the first ones read,
  // and PageTerms may let them go (see forget_before).
  size_t forgotten_to = 0;  // units before it are behind the window
  uint32_t forget_paragraphs = 0;
  auto forget_units_before = [&](size_t unit) {
    for (; forgotten_to < unit; ++forgotten_to) {
      if (terms_index[forgotten_to] != kNotRead) forget_paragraphs = terms_index[forgotten_to] + 1;
    }
    terms.forget_before(forget_paragraphs);
  };
  // The names of the item so far (units [item_start, names_to)), as marks
  // on their ids: a serial number per item, running on from page to page.
  thread_local std::vector<uint32_t> item_mark, place_mark;
  // The content words of the item's lead, its first paragraph of prose, as
  // marks of the same serial number (see kLeadWeight).
  thread_local std::vector<uint32_t> lead_mark;
  bool lead_read = false;
  thread_local uint32_t item_serial = 0;
  size_t item_states = 0, item_structures = 0;  // how many of each the item names so far
  // The words of the item so far, for the abbreviation cue, once it is
  // longer than kSearchedItemBytes (long_item_words: they are the item's).
  thread_local AbbreviationsSoFar item_abbreviations;
  bool long_item_words = false;
  size_t item_start = 0, names_to = 0;
  // The short lines that items began with: a site's line that the page
  // prints over each of its articles ("Researches about Ukraine", then an
  // article's title) begins an item wherever it stands again.
  constexpr size_t kSiteLineWords = 6, kSiteLines = 4;
  std::string_view site_lines[kSiteLines];
  size_t site_lines_seen = 0;
  // The item began with a section's label (see "under its label") or a
  // byline ("From: Exit News"): the headline under it stands in the title's
  // place.
  bool item_labelled = false;
  // The unit in the item's title place (see in_title_place), and the lead
  // under its byline (lead_past_byline) or its deck (deck_under), or 0.
  size_t titled_at = 0, bylined_lead = 0, decked_lead = 0;
  // The item is a speech (opens_an_address in its first units) not yet closed;
  // the unit before closed one.
  bool in_speech = false, speech_closed = false;
  // The last unit asked whether it is a photo's caption, and the answer (see
  // "under a photo's caption").
  size_t caption_asked_at = std::numeric_limits<size_t>::max() - 1;
  bool caption_there = false;
  // Whether the item's first line reads as a headline (reads_as_a_headline),
  // asked once an item and only when a cue needs it: -1 until then.
  int first_line_headline = -1;
  // A lone line over the page's first item that neither titles nor dates it
  // is no item of its own: the site's name over an article ("International
  // Information Centre for Balkan Studies"), a page's heading over its cards
  // ("Eastern Europe"), a statement's title over the line that says who
  // delivered it. It goes with the item under it.
  // (A line the page's structure claims is no label: a block's title, an
  // entry's or a document's name, "... (ODIHR)", "... (2018)"; nor one a
  // separator sets apart.)
  const bool page_label = n > 1 && !prose(units[0]) && !units[0].dateline && !units[0].date_line &&
                          !units[0].list_entry && !(is_entry[0] && entries >= 2) && units[0].text.back() != ')' &&
                          structure[0] == 0 && structure[1] >= 0 && !units[1].after_separator &&
                          (!titles_the_text_below(units, 0) || structure[1] > 0);
  // Over a line that is no prose (a headline, a title, a listing block's),
  // or over a card's name (in quotes, say, "\"Policy of ... past\"", then
  // the name again), the item's head and what it states are that line's.
  const bool label_over_head = page_label && (!prose(units[1]) || structure[1] > 0) && has_letter(units[1].text);
  size_t next_declared = 0;  // units are declared in order, and items start in order
  // The page opens with a list's empty item that units_of left out (the one
  // line it leaves out over the first unit but a separator): the first item
  // begins at it.
  const size_t page_begin = text.find_first_not_of(" \t\r\n");
  const bool leading_mark = !units[0].after_separator && page_begin < units[0].begin(text);
  auto start_item = [&](size_t start) {
    Item item;
    const size_t i = start == 0 && label_over_head ? 1 : start;
    while (next_declared < declared.size() && declared[next_declared].first < i) ++next_declared;
    if (next_declared < declared.size() && declared[next_declared].first == i) item = declared[next_declared].second;
    item.begin = start == 0 && leading_mark ? page_begin : units[start].begin(text);
    item.end = units[i].end(text);
    // The item's dateline or date line, or its headline's: a headline is its
    // title, the line under it says where and when. Listings of news print
    // the date over the headline as often as under it.
    size_t dated = i;
    bool headline_under_date = false;
    // (A digest's headline that names one source titles its item too.)
    if (item.title.empty() && (titles_the_text_below(units, i) || (digest && is_headline[i]))) {
      item.title = without_heading_marks(units[i].text);
      if (heads_a_date(units, i)) {
        dated = date_under(units, i);
      } else if (i + 1 < n && preamble(units, i + 1)) {
        dated = i + 1;
      } else if (deck_under(units, i) && (units[i + 2].dateline || units[i + 2].date_line)) {
        dated = i + 2;  // (under the deck)
      }
    } else if (item.title.empty() && units[i].date_line && i + 1 < n && titles_the_text_below(units, i + 1)) {
      item.title = without_heading_marks(units[i + 1].text);
      headline_under_date = true;
    } else if (item.title.empty() && start > 0 && i + 2 < n && is_section_label(units[i]) &&
               titles_the_text_below(units, i + 1)) {
      // A section's label over the headline ("World", then the headline):
      // the headline titles the item, and the line under it dates it.
      item.title = without_heading_marks(units[i + 1].text);
      if (heads_a_date(units, i + 1)) dated = date_under(units, i + 1);
    }
    if (preamble(units, dated)) ++dated;  // the dateline after it says where and when
    if (units[dated].date_line) {
      if (item.date.empty()) item.date = line_date(units[dated].text);
      // (A statement's head line says where too: "..., Vienna, 26 January 2023".)
      if (item.place.empty()) {
        if (std::optional<Dateline> head = where_and_when(units[dated].text)) item.place = std::move(head->place);
      }
      // A feed's date line over the dateline of the release it copies: the
      // dateline says where. So does the one under a headline under the date.
      if (dated + 1 < n && !units[dated + 1].inside_line) ++dated;
      if (headline_under_date && dated + 1 < n && !units[dated + 1].inside_line && units[dated + 1].dateline) {
        ++dated;
      }
      // (Or a photo's caption glued before that dateline: "Speakers at the
      // seminar.BERLIN, 3 October 2019 – ...".)
      if (headline_under_date && preamble(units, dated + 1)) {
        dated += 2;
      } else if (headline_under_date && dated + 1 < n && !units[dated + 1].dateline && item.place.empty()) {
        // (Or glued, with no stop, after a caption that ends in its date: "...
        // in London, 28 June 2018LONDON, 28 June 2018 – ". No unit begins
        // there; see dateline_after_preamble.)
        if (std::optional<Dateline> glued = dateline_after_preamble(units[dated + 1].text)) {
          item.place = std::move(glued->place);
        }
      }
    }
    if (units[dated].dateline) {
      if (item.date.empty()) item.date = units[dated].dateline->date;
      if (item.place.empty()) item.place = units[dated].dateline->place;
    }
    // An aggregator's date key over the lead it copied dates the item as it
    // dates one over a headline ("date 2023-05-25 OSCE supports ...").
    if (item.date.empty() && may_open_with_date_key(units[i].text)) {
      if (std::optional<DateKey> key = read_date_key(units[i].text)) item.date = std::move(key->date);
    }
    seg.items.push_back(std::move(item));
    if (++item_serial == 0) {
      std::fill(item_mark.begin(), item_mark.end(), 0);
      std::fill(place_mark.begin(), place_mark.end(), 0);
      std::fill(lead_mark.begin(), lead_mark.end(), 0);
      item_serial = 1;
    }
    item_start = i;  // (its head: the cues ask what stands under it)
    // (The page's label over its first item's head is such a line too.)
    if (site_lines_seen < kSiteLines && units[start].words >= 2 && units[start].words <= kSiteLineWords &&
        !units[start].list_entry && start + 1 < n && !units[start + 1].list_entry && !prose(units[start]) &&
        std::find(site_lines, site_lines + site_lines_seen, units[start].text) == site_lines + site_lines_seen) {
      site_lines[site_lines_seen++] = units[start].text;
    }
    // (The page's first line, its label, stands over the first item's title
    // as a section's label does over a later item's: "Statements Office of
    // the High Commissioner ...", then a statement's title, its date.)
    item_labelled = start > 0 ? labels_an_item(units[i]) || byline(units[i].text) : page_label && !label_over_head;
    // (In the title's place: see in_title_place.)
    titled_at = i + 1 < n && (units[i].date_line || item_labelled) && !units[i + 1].date_line ? i + 1 : i;
    bylined_lead = headline_shaped(units[titled_at]) || keyed_headline(units[titled_at])
                       ? lead_past_byline(units, titled_at)
                       : 0;
    decked_lead = deck_under(units, titled_at) ? titled_at + 2 : 0;
    names_to = start;
    lead_read = false;
    item_states = item_structures = 0;
    in_speech = speech_closed = false;
    long_item_words = false;
    first_line_headline = -1;
  };
  start_item(0);
  // Whether unit k opens an address, asked by its candidate's cues and again
  // once its boundary is decided: the last answer is kept.
  size_t address_asked = SIZE_MAX;
  bool address_answer = false;
  auto opens_address = [&](size_t k) {
    if (k != address_asked) address_asked = k, address_answer = opens_an_address(units[k].text);
    return address_answer;
  };
  // Whether unit k opens or closes the item's speech, once its boundary is decided.
  // (A site's head may run longer than a speech's own: the site's name, its
  // key line, the headline twice, the ministry, the publication date, the
  // type, a standfirst. A salutation further down opens the speech too if
  // one paragraph of prose at most stands over it, within a page's head.)
  auto under_a_head = [&](size_t k) {
    if (k <= item_start + kSpeechHeadUnits) return true;
    if (k > item_start + kPageHeadLines) return false;
    size_t paragraphs = 0;
    for (size_t h = item_start; h < k && paragraphs < 2; ++h) paragraphs += prose(units[h]);
    return paragraphs < 2;
  };
  // The first sentence under a headline that titles a speech opens it too:
  // "... remarks and answers to media questions at a news conference".
  // (Asked once an item, at its first sentence: a long title reads as prose.)
  size_t speech_title_asked = SIZE_MAX;
  auto under_a_speech_title = [&](size_t k) {
    if (speech_title_asked == item_start || !ends_a_sentence(units[k])) return false;
    speech_title_asked = item_start;
    return head_titles_a_speech(units, item_start, k);
  };
  auto follow_speech = [&](size_t k) {
    speech_closed = false;
    if (k <= item_start + kPageHeadLines && !in_speech && (opens_address(k) || under_a_speech_title(k)) &&
        under_a_head(k)) {
      in_speech = true;
    } else if (in_speech && closes_an_address(units[k].text)) {
      in_speech = false;
      speech_closed = true;
    }
  };
  follow_speech(0);
  // The lexical cues move a score by at most this much up (names, words,
  // other States and structures) and down (names, words, a reference back): a candidate
  // out of their reach is decided without them, and --explain, which reads
  // them all, must show the same decisions.
  const double lexical_up = kNamesWeight + kWordsWeight + kPlacesWeight + kStructuresWeight;
  const double lexical_down = kNamesWeight + kWordsWeight - kReferenceWeight;

  // The item begun by a line weighed as a headline (see weighed_as_headline)
  // that says something: its text is under that headline whatever the
  // page's other lines are. (A card's name says nothing, a structure's
  // name or two, and stands over a paragraph that is the whole card:
  // "Border Security and Management Unit", then "The Unit's mission is
  // ...", then the next item's lead.)
  size_t headline_began = SIZE_MAX;
  // Whether the item opens with a headline over its date or its deck, or
  // with a headline printed twice that the card's rule found news (its date
  // over it or its date or dateline under the copy; a topic page's section
  // heading, "Our institutions and offices" twice, heads no news). Asked at
  // every unit, answered once an item.
  size_t headed_asked = SIZE_MAX;
  bool headed_answer = false;
  auto item_is_headed = [&] {
    if (headed_asked == item_start) return headed_answer;
    // (The page's one card at the page's top, no name of the taxonomy, is
    // its article's headline printed twice whatever its words: "64th Round
    // of Geneva International Discussions" twice, then the article. Cards
    // come in lists, and are named for OSCE structures.)
    auto news_card = [&](size_t k) {
      if (std::binary_search(news_cards.begin(), news_cards.end(), k)) return true;
      return cards == 1 && k == first_card_at && first_card <= kTopCard &&
             !Taxonomy::builtin().is_name(units[first_card].text);
    };
    headed_asked = item_start;
    headed_answer = heads_a_date(units, item_start) || deck_under(units, item_start) || news_card(item_start);
    return headed_answer;
  };

  // The last date line read, while the units under it are lines, within the
  // item (see "under its date"); kNone otherwise.
  constexpr size_t kNone = SIZE_MAX;
  size_t dated_at = kNone;
  auto lines_under_date = [&](size_t k) { return dated_at != kNone && dated_at >= item_start && dated_at + 1 < k; };
  // A title over text a line or two under its date line, none of them a
  // list's entry (a card's list under its date ends the card: the next
  // card's title is its own).
  auto title_under_date_lines = [&](size_t k) {
    constexpr size_t kLinesBetween = 2;
    return k - dated_at <= kLinesBetween + 1 &&
           std::none_of(units.begin() + static_cast<std::ptrdiff_t>(dated_at + 1),
                        units.begin() + static_cast<std::ptrdiff_t>(k), [](const Unit& v) { return v.list_entry; }) &&
           titles_the_text_below(units, k);
  };
  // The words of the item's recent units, [lo, hi): kept as the candidates
  // move on, emptied at the end (the window is kept between pages).
  thread_local TermWindow recent;
  size_t lo = 0, hi = 0;
  Candidate previous{0, 0, 0, {}, false};  // the last candidate, kept in seg.candidates with explain
  size_t line = 1, line_counted_to = 0;  // the line at an offset, for --explain
  // Unit k ends the text above a title: a sentence's end, or a list's empty
  // entry under one (see "heads the next item" below).
  auto ends_the_text_above = [&](size_t k) {
    return ends_a_sentence(units[k]) ||
           (k > item_start && is_lone_list_mark(units[k].text) && ends_a_sentence(units[k - 1]));
  };
  // A line of a site's head: no prose, none closing, no list's entry, none
  // inside a line, no page structure, no footer.
  auto head_line = [&](size_t k) {
    const Unit& h = units[k];
    return structure[k] == 0 && !closing[k] && !h.inside_line && !h.list_entry && !prose(h) && !in_footer(k);
  };
  // Whether one of the lines [from, to) says who wrote the article, when, or
  // whose its photo is: a date line, a date among its first words (in any
  // language whose months are read), a byline, a photo's credit.
  // (Or two of the lines are the headline printed twice, the page's title
  // and the article's, in the same words or nearly: "UNESCO Welcomes Release
  // Of Jailed Cuban Journalist", then "UNESCO Chief Welcomes Release Of
  // Jailed Cuban", "Journalist".)
  auto says_who_or_when = [&](size_t from, size_t to) {
    for (size_t h = from; h < to; ++h) {
      const std::string_view t = units[h].text;
      if (units[h].date_line || early_date(t, true) || byline(t) || is_photo_caption(t)) return true;
      if (h + 1 < to && restates(t, units[h + 1].text)) return true;
    }
    return false;
  };
  // The first line of the head of lines over unit `at` (see "An item's head
  // of lines" below), or `at`.
  auto item_head_above = [&](size_t at) {
    size_t k = at;
    while (k - 1 > item_start && at - (k - 1) <= kItemHeadLines && head_line(k - 1)) --k;
    // (What the lines say is asked last: most boundaries have none over them.)
    return at - k >= 2 && ends_the_text_above(k - 1) && says_who_or_when(k, at) ? k : at;
  };
  // Unit `at` opens a site's head of lines over its article's text: three
  // to six lines, none prose, none closing, no list's entry, no dateline,
  // over prose, one of them saying who wrote the article, when, or whose
  // its photo is (see item_head_above). ("OSCE office closes in Armenia",
  // "12 January 2017   Read: 2534", then the article; "Innehållet
  // publicerades under perioden 21 januari 2019 och 8 juli 2021",
  // "Pressmeddelande från Utrikesdepartementet", the headline, "Publicerad",
  // then the lead.) Not when a headline over its own date stands below the
  // first line: a teaser's lines over the next article are no head of it.
  auto heads_a_lead = [&](size_t at) -> size_t {
    size_t j = at;
    while (j < n && j - at < kItemHeadLines && !units[j].dateline && head_line(j)) ++j;
    // (What the lines are and say is asked last: most units open no run of three.)
    if (j - at < 3 || j == n || !prose(units[j])) return 0;
    for (size_t h = at + 1; h < j; ++h) {
      if (heads_a_date(units, h)) return 0;
    }
    return says_who_or_when(at, j) ? j : 0;
  };
  // The head that the cue above (or "a title over its photo") began an item
  // with, and the lead under it: the lines between, and the lead, are the
  // head's item's.
  size_t head_at = kNone, head_lead = kNone;
  // A byline and a date under an item's text, over the next headline: the
  // text's feet, when its item opened with its headline right over its lead
  // (who wrote it and when stood nowhere else); the boundary is the
  // headline's. ("... Tsikhelashvili wrote.", "By Ana Dumbadze", "07
  // December 2020 12:53", then "OSCE chairpersons show support for
  // Georgia" over its lead, a dateline or not.) Its date says so: a byline
  // alone over a headline, "From: Daily News", is the headline's source.
  // An item whose head gave who and when has its feet elsewhere: such lines
  // over a headline are the next item's head. Returns the headline under
  // the feet from `at`, or 0.
  auto feet_over_headline = [&](size_t at) -> size_t {
    // (Not an aggregator's date key, "date 2025-03-15 Submit Release": it
    // heads the page it copies, as the scraper printed it over the page.)
    // (Nor a meeting's place and date over its statement, "OSCE Permanent
    // Council No. 1488 Vienna, 19 September 2024": a stamp under a text is a
    // date, a place and a date, or a byline's date, in seven words or fewer.)
    auto who_or_when = [&](size_t k) {
      const std::string_view t = units[k].text;
      return (units[k].date_line && !(may_open_with_date_key(t) && read_date_key(t)) &&
              (units[k].words <= kDateLineWords || byline_date(t))) ||
             byline(t);
    };
    size_t h = at;
    bool dated = false;
    for (; h < n && h - at < kItemHeadLines && who_or_when(h) && !prose(units[h]); ++h) dated |= units[h].date_line;
    // (The item's head is asked last: most paragraphs open no such lines.)
    if (!dated || h + 1 >= n || who_or_when(h) || !headline_shaped(units[h])) return 0;
    if (!prose(units[h + 1]) && !units[h + 1].dateline) return 0;
    return at >= item_start + 2 && headline_shaped(units[item_start]) && prose(units[item_start + 1]) ? h : 0;
  };
  size_t feet_from = kNone, feet_headline = kNone;
  for (size_t i = 1; i < n; ++i) {
    const Unit& u = units[i];
    const Unit& prev = units[i - 1];
    if (options.explain) {
      line += count_line_ends(text.substr(line_counted_to, u.begin(text) - line_counted_to));
      line_counted_to = u.begin(text);
    }
    Candidate c{u.begin(text), options.explain ? line : 0, 0, {}, false};
    bool weighed_as_headline = false;  // (its lead's names may count with it: see "names")
    bool supported = false;  // a cue other than names and words speaks for a boundary
    auto lexical_cue = [&](std::string_view name, double w) {
      if (options.explain) c.cues.push_back({name, w});
      c.score += w;
    };
    auto cue = [&](std::string_view name, double w) {
      lexical_cue(name, w);
      supported = supported || w > 0;
    };
    // In a speech not yet closed, a separator over no opening of its own (a
    // salutation, a dateline or a date line, a headline) parts the speech's
    // sections: "(check against delivery)", then "* * *" between them.
    const bool speech_break = u.after_separator && in_speech && !opens_address(i) && !u.dateline &&
                              !u.date_line && !is_headline[i] && !heads_a_date(units, i);
    if (speech_break) {
      cue("a break in a speech", 0);
    } else if (u.after_separator) {
      cue("after a separator", kSeparatorWeight);
    }
    if (i > document_from && i < document_to && !u.after_separator) {
      // A news release under a sentence ends the document: its headline over
      // its dateline, or an aggregator's date key over the dateline (a
      // feed's pages one after another). A document prints its place and
      // date on a line of their own, "Warsaw 29 January 2009", no dateline
      // opening prose under a title.
      const bool release = ends_a_sentence(prev) &&
                           ((i + 1 < n && units[i + 1].dateline && heads_a_date(units, i)) ||
                            (u.dateline && may_open_with_date_key(u.text) && read_date_key(u.text)));
      if (release) {
        document_to = i;
      } else {
        cue("in a document", kDocumentWeight);
      }
    }
    if (i == document_from && document_under_prose) cue("a document's title under prose", kStructureWeight);
    // (Over a head of its own, the label is never an item alone: the -10 is
    // a separator's, beyond a block's title's +4 and the soft cues together.)
    if (i == 1 && page_label) cue("under the page's first line", label_over_head ? -kSeparatorWeight : -kStructureWeight);
    if (structure[i] > 0) cue("structure", kStructureWeight);
    if (structure[i] < 0) cue("inside a block", -kStructureWeight);
    // Unit k stands where the item's title does: at the item's start, or
    // right under the date line that began it (the OSCE PA's listings print
    // the date over the headline; a weekly, "March 21, 2015" over it), or
    // under the section's label that began it.
    // (So does a headline's second line, under its first over the date: see
    // titles_the_text_below; and the issuer's name under the title over the
    // date: see titles_a_dated_head.)
    // (So does a news headline printed again right under itself, as a page
    // prints it twice: "Envoy says ...", "Envoy says ...", the deck, the
    // dateline. Not a card's name printed twice, "Programme Office in
    // Dushanbe": it says nothing, and a dateline under it is news of its own.)
    auto headline_again = [&](size_t k) {
      return units[k].text == units[item_start].text && news_headline_shaped(units[k]) && says_something(units[k].text);
    };
    auto in_title_place = [&](size_t k) {
      return k == item_start ||
             (k == item_start + 1 && !units[k].date_line &&
              (units[item_start].date_line || item_labelled || headline_again(k) ||
               (headline_shaped(units[k]) && heads_a_date(units, k) &&
                (titles_the_text_below(units, item_start) || titles_a_dated_head(units, item_start)))));
    };
    // The item's own title again over its date, as a blog's post prints
    // them under its text over its comments ("Malta begins its
    // Chairpersonship ...", "2024-01-25 15:33:25", "Leave a comment"): the
    // date is the item's, and the title again begins no item.
    // (A news headline's: five words or more that say something. Not a
    // name, "Programme Office in Dushanbe", nor a site's "AD" over its ads;
    // nor a title printed twice in a row, a card's name or a headline's copy.)
    auto repeats_its_items_title = [&](size_t k) {
      constexpr size_t kTitleLines = 3;  // the item's first lines, where its title stands
      for (size_t t = item_start; t + 1 < k && t < item_start + kTitleLines; ++t) {
        if (units[t].text == units[k].text) return news_headline_shaped(units[k]) && says_something(units[k].text);
      }
      return false;
    };
    // A dateline under the headline that began the item is that item's, or
    // under its title again (repeats_its_items_title). (A
    // title that ends otherwise, "... (ODIHR)", "... (1996)", names an entry
    // or a document: a dateline under it begins news of its own.)
    // (So is one under the headline's deck, and one under the bylines
    // between them: the headline's date_under.)
    auto under_its_headline = [&] {
      for (size_t k = i - 1;; --k) {
        if ((in_title_place(k) || repeats_its_items_title(k)) && heads_a_date(units, k) && date_under(units, k) == i) {
          return true;
        }
        if (k == 0 || k + kBylinesOverDate + 1 == i) return false;
      }
    };
    const bool headed = (u.dateline || u.date_line) &&
                        (under_its_headline() || (i >= 2 && in_title_place(i - 2) && deck_under(units, i - 2)));
    // A preamble that opened the item, under its headline or not, is all the
    // item holds: the dateline after it is the item's own.
    const bool preambled = preamble(units, i - 1) &&
                           (i - 1 == item_start || (in_title_place(i - 2) && titles_the_text_below(units, i - 2)));
    // (A wire's dateline without its date is a lead's opening too, weaker.)
    auto wire_opening = [&] {
      return opens_with_a_wire_place(u) || (u.text[0] == '(' && opens_with_a_bracketed_wire(u.text));
    };
    if (!headed && (u.dateline ? !preambled : wire_opening())) {
      cue(u.dateline ? "dateline" : "a wire's dateline without its date",
          u.dateline ? kDatelineWeight : kPlaceDatelineWeight);
      // The paragraph above is this one's first words, the teaser an
      // aggregator prints over the text (" date 2020-07-15 The Office for
      // Democratic Institutions ... said on Wednesday ...", then "WARSAW
      // (UrduPoint News / Sputnik - 15th July, 2020) The Office for
      // Democratic Institutions ... said on Wednesday ..."): the same item.
      if (i > 0 && repeats_its_teaser(u.text, units[i - 1].text)) cue("under its teaser", -kStructureWeight);
    }
    // A lead's dateline that repeats the date line of its item's head, its
    // photo's caption between them ("OSCE Mission in Kosovo streamlines field
    // presence", "PRISTINA 9 January 2002", the caption, then "PRISTINA, 9
    // January 2002 - Over the last two years, ..."): the same item.
    if (u.dateline && !headed && !preambled && !u.dateline->date.empty() && i > item_start) {
      constexpr size_t kHeadUnits = 3;
      for (size_t k = item_start; k < i && k <= item_start + kHeadUnits; ++k) {
        if (units[k].date_line && line_date(units[k].text) == u.dateline->date) {
          cue("repeats its item's date", -kDatelineWeight);
          break;
        }
      }
    }
    // A date line that repeats the date of its item's head, when the head is
    // all the item holds so far (a blog's "date 2023-11-28 Tuesday, November
    // 28, 2023", "by admin", then "November 28, 2023" over the category and
    // the headline): the same head. (After prose, the same day's date may
    // begin the next item of a listing.)
    if (u.date_line && !headed && i > item_start && i - item_start <= kItemHeadLines) {
      const std::string date = line_date(u.text);
      bool head_only = !date.empty(), same_date = false;
      // (A blog's author line may be in small letters: "by admin".)
      auto author_line = [](const Unit& a) {
        return byline(a.text) || (a.words <= 3 && (a.text.starts_with("by ") || a.text.starts_with("By ")));
      };
      for (size_t k = item_start; k < i && head_only; ++k) {
        head_only = !prose(units[k]) && (units[k].date_line || author_line(units[k]));
        same_date = same_date || (units[k].date_line && line_date(units[k].text) == date);
      }
      if (head_only && same_date) cue("repeats its head's date", -kStructureWeight);
    }
    if (preambled) cue("after a preamble", -kStructureWeight);
    // The datelines of a list of dated entries date the entries ("Sarajevo,
    // 12 May 2025 – Roundtable ...", then "Mostar, 14 May 2025 – ..."), and
    // begin no item.
    if (u.dateline && !headed && u.dated_entry && (prev.dated_entry || (i + 1 < n && units[i + 1].dated_entry))) {
      cue("dates a list entry", -kDatelineWeight);
    }
    // A date line begins an item as a dateline does, unless a line before
    // introduces it ("Deadline:") or it is one of a list of dates. (A
    // paragraph of prose that ends in its source and date, "... said at a
    // press conference … RIA Novosti, 25.10.2021", is no list's date.)
    if (u.date_line && dates_close_items) {
      cue("closes its item", -kDatelineWeight);
    } else if (u.date_line && !headed && prev.text.back() != ':' && !(prev.date_line && !prose(prev))) {
      cue("date line", kDatelineWeight);
    }
    if (headed) cue("under its headline", -kStructureWeight);
    // Three to six lines and not a sentence among them are a head (a title,
    // a caption, a byline; a statement's "As delivered by ...", "to the
    // Permanent Council, Vienna"): the date under it is the head's, and an
    // item of lines alone would end before its text began. (More lines are
    // a menu, over the page's first item.)
    // (So is a line right over that date, "New York City" or "to the
    // Permanent Council, Vienna" under a speech's title and its speaker's
    // name: it is no headline of its own.)
    // (The site's label over a title and a line on it, "Statements", then
    // "Preliminary Observations ...", "(2-10 December 2021)", is a head too,
    // though the label is no line of the item.)
    if ((u.date_line || u.dateline) && !headed && structure[i] == 0 &&
        (head_of_lines(units, item_start, i) || page_head_of_lines(units, i) ||
         (item_start == 1 && page_label && head_of_lines(units, 0, i)))) {
      cue("under a head of lines", -kStructureWeight);
    } else if ((u.date_line || u.dateline) && !headed &&
               ((i >= 1 && opens_a_delivered_by_line(prev.text)) ||
                (i >= 2 && opens_a_delivered_by_line(units[i - 2].text)))) {
      // The date under a statement's delivery note ("As delivered by ...",
      // "to the Permanent Council, Vienna", "May 26, 2022") is the
      // statement's, however many lines its head has (a photo's caption
      // and the title printed again among them): the title over the note
      // begins the item, not the date.
      cue("under a delivery note", -kStructureWeight);
    }
    if (head_lead != kNone && i > head_at && i <= head_lead && item_start == head_at) {
      cue("in a head of lines over its lead", -kStructureWeight);
    }
    if (structure[i] == 0 && ends_a_sentence(prev) && !in_footer(i)) {
      if (const size_t headline = feet_over_headline(i)) feet_from = i, feet_headline = headline;
    }
    const bool feet_headline_here = i == feet_headline && feet_from >= item_start;
    if (feet_from != kNone && i >= feet_from && i < feet_headline) cue("the text's feet", -kStructureWeight);
    if (feet_headline_here) cue("a headline under the text's feet", kHeadlineWeight);
    if (u.inside_line) cue("inside a line", kInsideLineWeight);
    // An agency's web address or editor's initials under the copy: it ends there.
    const bool copy_signed_off = closing[i - 1] && prev.words <= 1 && signs_off_copy(prev.text);
    if (structure[i] == 0) {
      // Contacts run on over several lines ("please contact:", then a name
      // and a number): the item ends after the last of them.
      // (On a page that prints each item's date under it, that date closed
      // the item above: this unit begins the next, as a dateline would.)
      if (closing[i - 1] && !closing[i]) {
        if (dates_close_items && prev.date_line) {
          cue("after the date that closed an item", kDatelineWeight);
        } else if (copy_signed_off) {
          cue("the copy above signed off", kSignedOffWeight);
        } else {
          cue("previous closes", kClosedWeight);
        }
      }
      if (closing[i - 1] && closing[i]) cue("goes on closing", kContinuationWeight);
      // Contacts or a pointer to more under a text's last sentence ("For
      // further information please contact OSCE Spokesperson ...") are that
      // text's: no item opens so. (Asked of closing lines alone: few.)
      if (closing[i] && !closing[i - 1] && ends_a_sentence(prev) && opens_as_a_close(u.text)) {
        cue("closes the text above", kContinuationWeight);
      }
      if (prev.text.back() == ':') cue("previous introduces it", kContinuationWeight);
      // A numbered section's heading ("3. Deployment", "2. Tasks", as a
      // mission's survey or a report numbers them) heads the text under it,
      // which goes on with the document.
      if (numbered_heading(prev) && !u.dateline && !u.date_line && !u.list_entry) {
        cue("under a numbered heading", kContinuationWeight);
      }
      // A question of a line, "But what does this Chairmanship mean for
      // Malta?": the paragraph under it answers it.
      constexpr size_t kQuestionWords = 15;
      if (prev.text.back() == '?' && prev.words <= kQuestionWords && !u.dateline && !u.date_line) {
        cue("answers the question above", kContinuationWeight);
      }
      // The text under a date line is the date's item; so is the first
      // paragraph under the lines below that date, or its title: "10
      // December 2021", "Delivered by", a name, "Location", "Sarajevo", then
      // the statement; a blog's date, "Top 5 This Week", then a post's title.
      // (A date line under a date line of the same date is the site's stamp
      // printed twice, "... Share Print 13:11 | October 15 2017", then
      // "13:11 | October 15 2017": no item of its own.)
      if (!dates_close_items && !feet_headline_here &&
          (u.date_line ? prev.date_line && line_date(u.text) == line_date(prev.text)
                       : prev.date_line || (lines_under_date(i) && (prose(u) || title_under_date_lines(i))))) {
        cue("under its date", -kStructureWeight);
      }
      // An item's title line is followed by the item's text: a headline is
      // never an item alone, unless a dateline says so.
      const bool title_heads_item = in_title_place(i - 1);
      // (A deck says more of the headline above it: no headline of its own.)
      const bool deck = title_heads_item && deck_under(units, i - 1);
      // A section's label that began an item, "World", "Гарячі новини",
      // over the headline: the label and the headline are one item's head.
      // (Not at the page's top, whose first lines are weighed above: the
      // item there began with the page, not at a boundary.)
      auto under_its_label = [&] {
        return i - 1 == item_start && seg.items.size() >= 2 && item_labelled && !u.dateline && headline_shaped(u);
      };
      if (deck) {
        cue("the deck under its headline", -kStructureWeight);
      } else if (i <= bylined_lead && i > titled_at) {
        // Under the byline or counts a news site prints between the headline
        // and the lead: they, the headline printed again and the lead are
        // the headline's item. (A byline that gives a date, "Aug. 24. Trend
        // News. Astana", is shaped as a headline over the lead.)
        cue("under its headline's byline", -kStructureWeight);
      } else if (i == decked_lead && !u.dateline && prose(u)) {
        // The lead under the headline's deck (a dateline there is "headed").
        cue("under its headline's deck", -kStructureWeight);
      } else if (title_heads_item && title_like(prev, kHeadlineWords) && !title_like(u, 20) && !headed) {
        cue("after its title", !u.dateline && headline_shaped(prev) ? -kStructureWeight : kContinuationWeight);
      } else if (under_its_label()) {
        cue("under its label", -kStructureWeight);
      }
      // The item above unit i, to its first 4 KB: where a lead introduces
      // its people and offices, in full.
      auto item_introduction = [&] {
        constexpr size_t kIntroducedBytes = 4096;
        const size_t from = units[item_start].begin(text);
        return text.substr(from, std::min(u.begin(text), from + kIntroducedBytes) - from);
      };
      // Whether paragraph `t` opens with the surname of someone the item named
      // in full above unit i ("Monaco was born in Rome ...", under "...
      // Vincenzo Del Monaco has been appointed ...").
      auto takes_up_someone_named_above = [&](std::string_view t) {
        const std::string_view above = item_introduction();
        auto named_above = [&](std::string_view surname) { return !surname.empty() && names_in_full(above, surname); };
        return named_above(opening_surname(t)) || named_above(surname_after_phrase(t));
      };
      // Whether paragraph `t`'s subject is a title the item named above,
      // bare: "The Co-Chairs met ..." under "... the OSCE Minsk Group
      // Co-Chairs"; see bare_title_subject. (Not a line right over it:
      // "Chairpersonship", then "The Chairpersonship is one of ...", is a
      // text under its own title.)
      auto takes_up_a_title_named_above = [&](std::string_view t) {
        const std::string_view title = bare_title_subject(t);
        if (title.empty()) return false;
        if (!prose(prev) && has_word(prev.text, title)) return false;
        return has_word(item_introduction(), title);
      };
      // (A label in the item's footer, "Source: OSCE", heads nothing.)
      // (Under a date line, a headline is that date's: the date began its
      // item. Under the page's label, it heads the item the label began.)
      // A subheading inside an article: a title line over a paragraph that
      // refers back at once ("The official also stressed ...", "He said
      // ...", "In the meantime, ..."), as no lead of news does, or that takes
      // up by the surname someone the item named in full ("Pressure on
      // Russia must grow", then "Valtonen said ...").
      // (A menu's lines are short too: the paragraph under is asked first.)
      auto subheading = [&] {
        return i + 1 < n && units[i + 1].words >= kSentenceWords && !u.list_entry && headline_shaped(u) &&
               (refers_back_at_once(units[i + 1].text) || takes_up_someone_named_above(units[i + 1].text));
      };
      // The paragraph under unit k, or under its byline ("By / 25/06/2018 /
      // No Comments"; see lead_past_byline) or its deck ("Despite its many
      // problems, the OSCE is worthy of saving"; see deck_under), is a lead:
      // a sentence of prose that opens neither with a quotation nor as a
      // continuation (a site's "Register now ..." or "More news in our
      // channel" over a quotation is no headline).
      // (Nor does a subheading's paragraph: see subheading.)
      auto leads_below = [&](size_t k) {
        const size_t past_byline = lead_past_byline(units, k);
        const Unit& below = units[past_byline != 0 ? past_byline : deck_under(units, k) ? k + 2 : k + 1];
        return below.words >= kSentenceWords && ends_a_sentence(below) && !opens_with_quote(below.text) &&
               (!opens_as_continuation(below.text) || opens_with_a_named_frame(below.text)) &&
               !takes_up_someone_named_above(below.text);
      };
      auto titles_its_byline = [&](size_t k) {
        return headline_shaped(units[k]) && units[k + 1].words <= kBylineWords && byline(units[k + 1].text) &&
               leads_below(k);
      };
      auto titles_its_photo = [&](size_t k) {
        const Unit& caption = units[k + 1];
        const Unit& lead = units[k + 2];
        return caption.words <= kCaptionWords && structure[k + 1] == 0 &&
               (is_photo_caption(caption.text) || credited_after_its_caption(caption.text)) &&
               (headline_shaped(units[k]) ||
                (title_like(units[k], kHeadlineWords) && quoted_in_double_marks(units[k].text))) &&
               lead.words >= kSentenceWords && ends_a_sentence(lead) && !opens_with_quote(lead.text) &&
               !opens_as_continuation(lead.text);
      };
      // How many section labels stand under unit i, one or a page's tabs in
      // a row, over prose or a list; 0 for none. (Under one label, after an
      // article's worth of text: a page's note and its author's name, "This
      // was published under the ... government", then "Neil Holland", may
      // stand under a short summary. An author has one name; a page's tabs
      // are two or more.)
      auto sections_under_title = [&]() -> size_t {
        constexpr size_t kTabs = 3;
        size_t j = i + 1;
        while (j < n && j <= i + kTabs && is_section_label(units[j])) ++j;
        if (j == n || !(prose(units[j]) || units[j].dated_entry || units[j].list_entry)) return 0;
        const size_t labels = j - i - 1;
        return labels >= 2 || u.begin(text) - units[item_start].begin(text) >= kShortItemBytes ? labels : 0;
      };
      size_t tabs = 0;
      // A head that opens an item as a headline or dateline does (a title
      // over a delivery note, a byline, a date key): see opens_as_an_item.
      bool head_opens_item = false;
      if (deck) {
        // (weighed above)
      } else if (under_its_label()) {
        // The label's item, whatever stands under the headline ("Newsroom",
        // then a headline over its dateline): no headline's cue of its own.
      } else if (u.words >= 3 && ends_a_sentence(prev) && !in_footer(i) && headline_shaped(u) &&
                 (titles_a_delivery_note(units, i) || titles_a_summary_over_its_note(units, i) ||
                  (titles_a_statement(u.text) && i + 1 < n && prose(units[i + 1])))) {
        // A statement's title over its delivery note ("Response to the
        // Report of the Head of the OSCE Mission in Kosovo", then "As
        // delivered by Ambassador ..."), or over a summary and the title
        // again over the note: who spoke, where and when, as a dateline says
        // it of news. Two statements to one office share its names and
        // words. (The title again, under its summary, is the head's: see
        // titles_a_summary_over_its_note.) Or a title that says it is a
        // statement's ("Response to the Head of the OSCE Mission to ...:
        // Statement to the PC"), over its text.
        if (!titles_a_delivery_note(units, i) && !titles_a_summary_over_its_note(units, i)) {
          head_opens_item = true;
          cue("a statement's title", kDatelineWeight);
        } else if (i >= 2 && titles_a_summary_over_its_note(units, i - 2)) {
          cue("its title again", -kStructureWeight);
        } else {
          head_opens_item = true;
          cue("a statement's title over its delivery note", kDatelineWeight);
        }
      } else if (heads_a_date(units, i) && !in_footer(i) && !prev.date_line && i != item_start &&
                 !(closing[i] && ends_an_address(units, i))) {
        // (Not an address's country over the next item's dateline: it is
        // the address's last line, no headline.)
        if (repeats_its_items_title(i)) {
          cue("its title again", -kStructureWeight);
        } else if (i - 1 == item_start && titles_the_text_below(units, i - 1)) {
          // The headline's second line, under its first, which began the
          // item (see titles_the_text_below): the date is the item's.
          cue("its headline's second line", -kStructureWeight);
        } else if (i - 1 == item_start && titles_a_dated_head(units, i - 1)) {
          // The issuer's name under the title that began the item.
          cue("the issuer's name under its title", -kStructureWeight);
        } else if (structure[i + 1] == 0 &&
            (head_of_lines(units, item_start, i + 1) || page_head_of_lines(units, i + 1))) {
          cue("under a head of lines", -kStructureWeight);
        } else {
          cue("headline over a dateline", kDatelineWeight);
        }
      } else if (ends_a_sentence(prev) && !in_footer(i) && i != item_start && titles_a_dated_head(units, i)) {
        head_opens_item = true;
        cue("a title over its head's date", kDatelineWeight);
      } else if (subheading()) {
        cue("a subheading: the text under it goes on", kContinuationWeight);
      } else if (headlined && is_headline[i]) {
        cue("headline", kHeadlineWeight);
        weighed_as_headline = true;
        // In a speech, a headline over another address is the next
        // speech's: "High Commissioner Thors, we warmly welcome you back
        // ..." under it. (Two statements to one office share its names.)
        if (in_speech && i + 1 < n && opens_address(i + 1)) cue("another address under it", kClosedWeight);
      } else if (closing[i - 1] && !closing[i] && !in_footer(i) && titles_the_text_below(units, i)) {
        // A title over prose after an item's closing line ("... the observers
        // concluded. More"): a listing of teasers, the page's headlines or not.
        cue("title after a closed item", kHeadlineWeight);
        weighed_as_headline = true;
      } else if (!headlined && headlines > 0 && is_headline[i] && ends_a_sentence(prev) && !in_footer(i) &&
                 u.begin(text) - units[item_start].begin(text) >= kShortItemBytes &&
                 (in_speech ? i + 1 < n && (opens_address(i + 1) || reports_a_dated_event(units[i + 1]))
                            : leads_below(i))) {
        // A headline between two paragraphs, after an article's worth of
        // text and over a lead that opens afresh: the page runs articles
        // together, the first with no headline of its own. (Under a short
        // opening, such lines are an article's subheadings; in a speech,
        // its sections' headings, unless another speech opens under it:
        // "High Commissioner Thors, we warmly welcome you ...", or a report
        // of what happened on a date, "From 29 June to 1 July 2022, the
        // Representative conducted her first official visit ...": a speech's
        // headings stand over its argument, a speech cut before its close
        // by the page's source has no "Thank you".) A headline of
        // eight words or more, longer than a section's heading as a rule,
        // weighs as a page's headline: the next article on the same subject
        // shares the words of the one before.
        cue("a headline between paragraphs", u.words >= 8 ? kHeadlineWeight : kLoneHeadlineWeight);
        weighed_as_headline = true;
      } else if (u.words <= kStateNameWords && i + 2 < n && prev.words >= kSentenceWords && ends_a_sentence(prev) &&
                 labels_an_item(u) && !in_footer(i) && structure[i + 1] == 0 && !units[i + 1].after_separator &&
                 headline_over_its_lead(units, i + 1)) {
        // A section's label under the end of a sentence and over a news
        // headline and its text ("World", then "OSCE Parliamentary Assembly
        // Bureau members meet ...", then the lead) begins that item: an
        // article's heading stands over its text, not over a headline. It
        // opens an item as a headline does, under a speech that never closed
        // too. (A topic page's headings stand two in a row, "Our teams" over
        // "Our institutions and offices", naming nobody: see headline.) So
        // does a State's name, a ministry's or a delegation's label ("Sweden",
        // then "Sweden takes over OSCE Chair"), which as a taxonomy's name is
        // no section's label (a card's name may be one). A separator line
        // between parts them: "Partner news", "---", then the next page's
        // headline; the label heads what the page's foot had under it.
        head_opens_item = true;
        cue(names_a_state(u) ? "a State's name over a headline" : "a section's label over a headline", kHeadlineWeight);
      } else if (u.words <= kLinkWords && i + 1 < n && ends_a_sentence(prev) && is_about_page_label(u.text) &&
                 !in_footer(i) && u.begin(text) - units[item_start].begin(text) >= kShortItemBytes &&
                 structure[i + 1] == 0 && prose(units[i + 1]) && opens_with_a_structure(units[i + 1].text)) {
        // The label of a site's page about itself over a paragraph whose
        // subject is an office of the Organization ("About us", then "The
        // Programme Office in Bishkek is based in ..."; "Our work", then "The
        // Programme Office addresses ...": see opens_with_a_structure),
        // after an article's worth of text: the office's own page, which
        // opens so.
        // (An article's section headings, "Background", "Results", stand
        // over paragraphs that name the office too; and inside the office's
        // page its sections', "Overview", "Mandate", under a short opening.)
        head_opens_item = true;
        cue("the label of an office's own page", kHeadlineWeight);
      } else if (u.words >= 2 && !u.list_entry && i + 2 < n && ends_a_sentence(prev) && !in_footer(i) &&
                 is_section_label(units[i + 1]) && headline_shaped(u) && (tabs = sections_under_title()) != 0) {
        // A page's title over its first section's heading, under another
        // page's last sentence ("Cooperation between the Republic of
        // Kazakhstan and the OSCE", then "General Information"; "OSCE
        // Programme Office in Astana", then "Mandate"; "OSCE Project
        // Co-ordinator in Uzbekistan", then its tabs "About", "Overview"): an
        // article's subheading stands over its text, not over another
        // heading. A title over its page's tabs heads that page as surely
        // as a dateline: an article's title shares the words of the one
        // before it where both are on the same office.
        cue("a title over its first section's heading", tabs >= 2 ? kDatelineWeight : kHeadlineWeight);
      } else if (u.words >= 3 && i + 1 < n && lead_repeats_title(units[i + 1], u) && ends_a_sentence(prev) &&
                 !in_footer(i)) {
        cue("a title its lead repeats", kHeadlineWeight);
      } else if (u.words >= 3 && i + 1 < n && opens_with_title(units[i + 1], u) && ends_a_sentence(prev) &&
                 !in_footer(i) && u.begin(text) - units[item_start].begin(text) >= kShortItemBytes &&
                 headline_shaped(u)) {
        // A title that the text under it opens by naming ("OSCE Presence in
        // Albania", then "The OSCE Presence in Albania is headed by ..."):
        // the subject of a page that describes it, after an article's worth
        // of text. An article's subheading heads a part of its subject.
        cue("a title its text opens with", kHeadlineWeight);
      } else if (ends_a_sentence(prev) && !in_footer(i) && i + 1 < n && opening_byline(u.text) &&
                 (leads_below(i) || headline_over_its_lead(units, i + 1))) {
        // A byline under the last sentence of the text before and over a
        // lead ("By Trend", then "The OSCE-Uzbekistan relationship has
        // ..."): the next article's head, its headline left out by the
        // page. So over a headline and its lead ("From: Exit News", then
        // "Ambassador Del Monaco to Head the OSCE Presence in Albania").
        head_opens_item = true;
        cue("a byline over its lead", kHeadlineWeight);
      } else if (ends_a_sentence(prev) && !in_footer(i) && i + 2 < n && u.words <= kDatedPlaceWords && !prose(u) &&
                 starts_capitalized(u.text) && opening_byline(units[i + 1].text) && early_date(u.text) &&
                 units[i + 2].words >= kSentenceWords && ends_a_sentence(units[i + 2]) &&
                 !opens_in_lower_case(units[i + 2])) {
        // So is an agency's place and day on a line of their own over the
        // byline ("Tashkent, Uzbekistan, Nov. 2", then "By Jane Doe –
        // Trend:", then the lead). (The two lines make the head: the lead
        // may open as text goes on, "The mission of the Office ...".)
        head_opens_item = true;
        cue("a dated place over its byline", kHeadlineWeight);
      } else if (u.words >= 3 && i + 2 < n && ends_a_sentence(prev) && !in_footer(i) &&
                 (titles_its_byline(i) || titles_its_photo(i))) {
        // So is a title over a byline over a lead, after the text before
        // ("'Election report ... was prepared in advance'", then "(MENAFN-
        // AzerNews) By Trend", then the lead): an article's head, whatever
        // the title names. And a title over its photo's caption and credit
        // over a lead ("”Ger inflytande över internationell politik”", then
        // "Utrikesminister Ann Linde (S). Foto: Ylva Säfvelin/AiP", then the
        // lead), a quotation in double marks too: over a photo, no paragraph
        // of the text. The caption and the lead are the title's, as a head's
        // lines and lead are (see "in a head of lines over its lead").
        head_opens_item = true;
        if (titles_its_byline(i)) {
          cue("a title over its byline", kHeadlineWeight);
        } else {
          head_at = i, head_lead = i + 2;
          cue("a title over its photo", kHeadlineWeight);
        }
      } else if (opens_a_delivered_by_line(u.text)) {
        if (prev.words >= 3 && headline_shaped(prev)) {
          // The note under its statement's title ("Response to the Report
          // by the Secretary General", then "Delivered by Ambassador ..."):
          // the title begins the statement (see "a statement's title over
          // its delivery note"), the note is its head's.
          cue("under its statement's title", -kStructureWeight);
        } else if (ends_a_sentence(prev) && !in_footer(i)) {
          // The note under the last sentence of the text before ("... that
          // lead to terrorism.", then "As delivered by Ambassador Ian
          // Kelly"): the statement's head, its title left out by the page,
          // as a byline is an article's. (No speech says so of itself
          // halfway.)
          head_opens_item = true;
          cue("a delivery note under a paragraph", kHeadlineWeight);
        }
      } else if (u.words >= 2 && u.words <= kSiteLineWords && site_lines_seen > 0 && !u.list_entry && !in_footer(i) &&
                 i != item_start && i + 1 < n && !prose(u) && prev.text != u.text && units[i + 1].text != u.text &&
                 !units[i + 1].list_entry && units[i + 1].words >= 3 && structure[i + 1] == 0 &&
                 std::find(site_lines, site_lines + site_lines_seen, u.text) != site_lines + site_lines_seen) {
        head_opens_item = true;
        cue("the line an earlier item began with", kHeadlineWeight);
      } else if (title_like(u, 20) && ends_a_sentence(prev) && !in_footer(i) && i != feet_from) {  // (see prose)
        if (const size_t lead = heads_a_lead(i)) {
          head_opens_item = true;
          head_at = i, head_lead = lead;
          cue("a head of lines under a paragraph", kHeadlineWeight);
        }
      }
      if (!u.dateline && early_date(u.text)) {
        cue("early date", kEarlyDateWeight);
        if (reports_an_event(u.text)) cue("dated event", kEventWeight);
      }
      // (A link's file type before a document's title is no sentence's words;
      // nor is an aggregator's date key, "date 2025-08-13 CHIŞINĂU, ...";
      // nor a head that opens the item, a site's label in small letters over
      // a headline and its lead, "news content".)
      if (opens_in_lower_case(u) && !u.dateline && !u.date_line && !opens_with_file_type(u.text) &&
          !head_opens_item) {
        // A date key over the lead it copied ("date 2023-05-25 OSCE supports
        // ..."), neither a dateline nor a headline after it, opens the item
        // as the key over a headline does; a month's key too ("date 2017-11
        // Continua la polemica ..."). (Not a date line: the paragraph under
        // it is no text under a date's head, but the lead's next.)
        if (may_open_with_date_key(u.text) && (read_date_key(u.text) || opens_with_month_key(u.text))) {
          head_opens_item = true;
          cue("a date key over its lead", kDatelineWeight);
        } else {
          cue("lowercase start", kLowercaseWeight);
        }
      } else if (u.under && prev.words >= kBrokenLineWords && !u.list_entry && !u.dateline && !u.date_line &&
                 breaks_off(prev.text)) {
        // The line above breaks off mid-sentence, on a comma or a word that
        // links others ("... the Advisory Committee for", then "Management
        // and Finance, and the Mediterranean Contact Group took place."): a
        // text broken into lines at a fixed width, which a capital may open.
        // No title ends so.
        cue("the line above breaks off", kLowercaseWeight);
      }
      if (continues_a_list(units, i)) {
        cue("in a list", kListWeight);
      } else if (u.list_entry && !copy_signed_off) {
        // (Not under a sign-off: a headline marked with a dash, "- Ukraine
        // recovery should be based on ...", opens the next copy.)
        cue("opens a list", kListOpensWeight);
      }
      if (in_footer(i)) cue("the item's footer", kFooterWeight);
      // The unit opens as an item does: with a dateline or a date line, or as
      // a headline over one or over prose. The cues below that hold an item
      // together yield to such an opening. (Asked after their cheaper tests:
      // heads_a_date on every unit cost osce-split 0.8% on raw pages.)
      // (So does a speech's "Check against delivery" note under a sentence
      // of the text before it, not a line of the speech's head: a speech
      // has one note, at its top. So does a note on whom a report is for,
      // "This report is for media and the general public.", over its text.)
      // (The notes first: their length and first bytes rule out nearly
      // every unit, inline.)
      // (Nor under the summary in the speech's own head: its title, its date,
      // a line or two on it, "Type: Speech", the summary.)
      auto under_its_dated_head = [&] {
        if (i - item_start > kItemHeadLines) return false;
        for (size_t k = item_start; k + 1 < i; ++k) {
          if (units[k].date_line || units[k].dateline) return true;
          if (prose(units[k])) return false;
        }
        return false;
      };
      const bool delivery_note = is_delivery_note(u.text);
      const bool note_opens = (delivery_note || is_audience_note(u.text)) && prev.words >= kSentenceWords &&
                              ends_a_sentence(prev) && !under_its_dated_head();
      if (note_opens) {
        cue(delivery_note ? "a speech's note under a sentence" : "a report's note under a sentence", kDatelineWeight);
      }
      // (Wherever the note stands: over the text, under its title and the
      // site's line over that.)
      if (is_audience_note(prev.text)) cue("under the report's note", -kStructureWeight);
      // A salutation under a paragraph longer than a speech's head has
      // ("... since 2014." over "Madame Chair,") opens a speech: no item
      // addresses its reader so halfway. (In a speech, the speaker turns to
      // the chair again.)
      if (!in_speech && !note_opens && prev.text.size() > kSpeechHeadBytes && ends_a_sentence(prev) &&
          opens_address(i)) {
        cue("an address under a paragraph", kHeadlineWeight);
      }
      auto opens_as_an_item = [&] {
        return u.dateline || u.date_line || is_headline[i] || heads_a_date(units, i) || note_opens || head_opens_item;
      };
      const bool script_changes = another_script(u, prev);
      if (script_changes) cue("another script", kScriptWeight);
      if (in_speech && !opens_as_an_item() && !script_changes) cue("in a speech", kSpeechWeight);
      // A speech's first words under the item's head of short lines and
      // paragraphs (a title, a line on it, the speaker's name) are the item's
      // own: "Speech", "UK closing statement: ...", "Neil Holland", then
      // "Thank you Chair." (Not after a speech of the item closed.)
      if (!in_speech && !speech_closed && !note_opens && i - item_start <= kSpeechHeadUnits && opens_address(i) &&
          std::all_of(units.begin() + static_cast<std::ptrdiff_t>(item_start),
                      units.begin() + static_cast<std::ptrdiff_t>(i),
                      [](const Unit& h) { return h.text.size() <= kSpeechHeadBytes; })) {
        cue("opens the item's speech", -kStructureWeight);
      }
      if (speech_closed) cue("the speech closed", kClosedWeight);
      // A quotation that "he" says goes on from where he was named. (It opens
      // with its quotation mark, guillemets among them: only those paragraphs
      // are read to their end.)
      const bool quoted = opens_with_quote(u.text);
      // (A section's label is no sentence that goes on: "Our work".)
      // (Nor is a headline that quotes its speaker in the first person,
      // "Our observation will be published ..., says head of mission".)
      const bool continued =
          (opens_as_continuation(u.text) && !is_section_label(u) &&
           !(title_like(u, kHeadlineWords) && says_its_speaker_last(u.text))) ||
          (quoted && quote_by_pronoun(u.text));
      if (continued) {
        cue("continuation", kContinuationWeight);
      } else if (c.score + lexical_up >= options.threshold && prose(u)) {
        // (Asked within the lexical cues' reach.)
        if (links_back_in_first_words(u.text)) {
          cue("links back in its first words", kContinuationWeight);
        } else if (takes_up_a_title_named_above(u.text)) {
          cue("takes up a title named above", kContinuationWeight);
        }
      }
      // (A headline may open with a quoted term or words: '"5+2"
      // settlement negotiations canceled', 'OSCE "not a talking shop"'.)
      if (quoted && !weighed_as_headline) cue("quote", kQuoteWeight);
      // A photo's caption stands among its item's paragraphs, and names
      // whoever and wherever the photo shows. (On a line of its own under
      // the item's headline, it may say only who stands where.)
      // (A caption may carry its credit after its sentence: see
      // credited_after_its_caption; asked of a caption's length only, its
      // sentence and a credit that may name an agency, a photographer and a
      // licence.)
      constexpr size_t kCreditedCaptionBytes = 400;
      auto credited_caption = [&](const Unit& unit) {
        return unit.text.size() <= kCreditedCaptionBytes && credited_after_its_caption(unit.text);
      };
      const bool caption = is_photo_caption(u.text) || credited_caption(u);
      if (caption || (title_heads_item && caption_line(u))) cue("photo caption", kContinuationWeight);
      // The paragraph under a photo's caption and credit is the text the
      // photo illustrates: a site prints a photo over its article's lead or
      // among its paragraphs. (A next item opens with its headline or its
      // dateline, which the caption's prose does not hold back.) (The unit
      // above was asked here as a rule: its answer is kept.)
      const bool caption_above =
          caption_asked_at + 1 == i
              ? caption_there
              : is_photo_caption(prev.text) || credited_caption(prev);
      caption_asked_at = i;
      caption_there = caption;
      if (!u.dateline && caption_above && prose(u)) cue("under a photo's caption", kContinuationWeight);
      if (opens_with_new_entity(u.text)) cue("new entity", kNewEntityWeight);
      // (Asked within the lexical cues' reach, as the surname is below.)
      // (Under a paragraph that ends a sentence, after an item's worth of
      // text: under a title, or a title and a line on it, the lead is the
      // title's.)
      if (c.score + kNewEntityWeight + lexical_up >= options.threshold && ends_a_sentence(prev) &&
          u.begin(text) - units[item_start].begin(text) >= kShortItemBytes && opens_with_office_and_name(u.text)) {
        cue("someone named in full with their office", kNewEntityWeight);
      }
      // (A headline is not the item's prose; a card's name or another title
      // begins an item that is short by nature.)
      const bool headed_item = item_is_headed();
      // (A date line may stand over an item's headline: "date 2025-04-09 11:20", then the headline.)
      const size_t headline_at = units[item_start].date_line && item_start + 1 < i ? item_start + 1 : item_start;
      const bool has_headline =
          headed_item || headline_began == item_start || ((headlined || article) && is_headline[headline_at]);
      // (An item that a dateline inside a line began, "... over the time.TASHKENT,
      // 10 July 2023 – ", is dated too; its dateline is the unit's.)
      const bool dated_item = !headed_item && units[item_start].dateline;
      // (A title over prose opens an item too, and so does the lead under it;
      // and what follows a closing paragraph is past the item.)
      // (On a page that prints its items' headlines, an item that one began
      // is headed too, with or without a dateline under it; not a card or an
      // entry of the page's structure, short by nature.)
      const bool in_headed = has_headline && (headed_item || structure[item_start] == 0);
      if ((in_headed || dated_item) && !opens_as_an_item() && !closing[i - 1] && !titles_the_text_below(units, i) &&
          !titles_the_text_below(units, i - 1) && !year_title(u)) {
        cue(in_headed ? "in a headed item" : "in a dated item", in_headed ? kHeadedItemWeight : kDatedItemWeight);
      }
      if (!prose(u) && !prose(prev) && !prev.list_entry && (i + 1 == n || !prose(units[i + 1])) && !u.list_entry &&
          !year_title(u) && !closing[i - 1] && !opens_as_an_item()) {
        cue("a line, not a paragraph", kLineWeight);
      } else if (i <= site_head_end && structure[i] == 0 && !year_title(u) &&
                 !opens_as_an_item()) {
        // Under the page's head of lines left over from its site, the first
        // paragraph or its title: what they say is new against lines that
        // say nothing. The lexical cues are for paragraphs.
        cue("under the page's head of lines", kLineWeight);
      }
      size_t prose_from = has_headline ? headline_at + 1 : item_start;
      // (Nor is the headline's copy, where a site prints it twice.)
      if (has_headline && prose_from < i && units[prose_from].text == units[headline_at].text) ++prose_from;
      // (Its length is counted from its first paragraph: the lines over it
      // say little, a date key, a dateline of its own, a byline, "date
      // 2019-11-08 ASHGABAT, Turkmenistan, Nov. 8", "By Ali Karimov -
      // Asia-Plus:"; a few lines, not a menu's.)
      size_t first_paragraph = prose_from;
      if (i > prose_from && i - prose_from < 2 * kShortItemUnits) {
        while (first_paragraph + 1 < i && first_paragraph < prose_from + kShortItemUnits &&
               !prose(units[first_paragraph])) {
          ++first_paragraph;
        }
      }
      auto first_line_reads_as_a_headline = [&] {
        if (first_line_headline < 0) first_line_headline = reads_as_a_headline(units[item_start].text);
        return first_line_headline == 1;
      };
      // (An item opened by its byline, "By Jane Roe", is one as an item
      // opened by its date line is: who wrote it, as when.)
      if (i > first_paragraph && i - first_paragraph < kShortItemUnits &&
          u.begin(text) - units[first_paragraph].begin(text) < kShortItemBytes &&
          (has_headline || units[item_start].date_line || !title_like(units[item_start], kTitleWords) ||
           (units[item_start].words <= kBylineWords && opening_byline(units[item_start].text)) ||
           (prose(u) && !closing[i - 1] && first_line_reads_as_a_headline()))) {
        cue("short item so far", kShortItemWeight);
      }
      const std::string_view abbreviation = defined_abbreviation(u.text);
      if (!abbreviation.empty()) {
        // (An item of a few KB is searched, at memory speed; a long one's
        // words are kept as it grows, so that its length costs once.)
        const size_t from = units[item_start].begin(text), to = u.begin(text);
        if (to - from > kSearchedItemBytes && !long_item_words) {
          item_abbreviations.reset(text, from);
          long_item_words = true;
        }
        const bool used = long_item_words ? item_abbreviations.has(abbreviation, to)
                                          : has_word(text.substr(from, to - from), abbreviation);
        if (!used) {
          cue("spells out an abbreviation", kAbbreviationWeight);
        } else if (i > prose_from) {
          // (Used by the item's prose, not only by its headline: a headline
          // abbreviates what its lead spells out, "OSCE observers arrive
          // ..." over "The Organization for ... (OSCE) today opened ...".)
          // (The writer's own use, not a quotation's: "« ... the experts of
          // BIDDH ... », said the Chair", then "The Director of the Office
          // ... (BIDDH)": the writer's first mention.) (Nor a line's with
          // no prose under it: the paragraph's own headline, which a count
          // may part from it, "Switzerland announces candidacy to chair
          // OSCE in 2026", "0", then "Switzerland is ... the Organization
          // for Security and Cooperation in Europe (OSCE) ...".)
          auto writer_used = [&] {
            bool prose_under = false;
            for (size_t k = i; k-- > prose_from;) {
              const bool paragraph = prose(units[k]);
              if ((paragraph || prose_under) && !opens_with_quote(units[k].text) &&
                  has_word(units[k].text, abbreviation)) {
                return true;
              }
              prose_under = prose_under || paragraph;
            }
            return false;
          };
          if (long_item_words || writer_used()) {
            cue("spells out again an abbreviation the item used", kRedefinedWeight);
          }
        }
      }
      // Someone the item named already, introduced again by office and full
      // name ("The OSCE Representative on Freedom of the Media, Harlem
      // Desir, said ..."): a writer introduces a person once; the next text
      // on the subject introduces them afresh.
      if (const std::string_view surname = introduced_surname(u.text);
          !surname.empty() && has_word(item_introduction(), surname)) {
        cue("introduces again someone the item named", kIntroducedAgainWeight);
      }
      // A headline over a lead that spells out a name with its abbreviation
      // ("OSCE/ODIHR opens observation mission ..." over "A 14-member group
      // of the OSCE Office for Democratic Institutions and Human Rights
      // (ODIHR) has ..."): an article introduces its subject so, and the
      // article before on the same subject shares its names and words, which
      // then weigh against the headline.
      if (weighed_as_headline && i + 1 < n && !defined_abbreviation(units[i + 1].text).empty()) {
        cue("its lead spells out a name", kLeadSpellsOutWeight);
      }
      // (The lead is asked of a paragraph of prose after a closing one only:
      // only then may a candidate out of the other cues' reach come within it.)
      auto asks_lead = [&] { return closing[i - 1] && !opens_as_an_item() && prose(u); };
      // (Weighed before the lexical cues: it shortens their reach.)
      if (!supported) {
        cue("names and words alone", kUnsupportedWeight);
        // A section of an office's page heads the text under it ("History
        // and mandate", then "Established in 1998 by the Permanent
        // Council"): no item begins between the two on names and words alone.
        if (prev.words <= kLinkWords && !prev.list_entry && is_office_page_section(prev.text) &&
            is_section_label(prev)) {
          cue("under a page's section label", kContinuationWeight);
        }
      }
      // Someone named in full above, taken up by the surname (see
      // takes_up_someone_named_above). (Asked of a candidate within the
      // lexical cues' reach.)
      // (Not a headline, which may open with a surname: "Osmani meets ...".)
      if (!continued && i > item_start && !weighed_as_headline && c.score + lexical_up >= options.threshold &&
          prose(u) && takes_up_someone_named_above(u.text)) {
        cue("the surname of someone named above", kContinuationWeight);
      }
      const bool reachable = c.score + lexical_up >= options.threshold;
      const bool open = reachable && (c.score - lexical_down < options.threshold ||
                                      (c.score - lexical_down + kLeadWeight < options.threshold && asks_lead()));
      if (open || options.explain) {
        // Who and where: the names of this paragraph against the item's so far.
        // (The units before it first, so that units are read in order.)
        for (; names_to < i; ++names_to) {
          for (uint32_t id : terms.names(read(names_to))) {
            if (id >= item_mark.size()) item_mark.resize(2 * (size_t{id} + 1), 0);
            item_mark[id] = item_serial;
          }
          // (The lead stands among the item's first units, under its head:
          // past them, an item of lines, a menu, has none.)
          if (!lead_read && names_to >= item_start) {
            if (names_to > item_start + kItemHeadLines) {
              lead_read = true;
            } else if (prose(units[names_to])) {
              lead_read = true;
              for (const Term& t : terms.words(read(names_to))) {
                if (t.id >= lead_mark.size()) lead_mark.resize(2 * (size_t{t.id} + 1), 0);
                lead_mark[t.id] = item_serial;
              }
            }
          }
          for (uint32_t place : terms.places(read(names_to))) {
            if (place >= place_mark.size()) place_mark.resize(2 * (size_t{place} + 1), 0);
            if (place_mark[place] != item_serial) ++(names_a_structure(place) ? item_structures : item_states);
            place_mark[place] = item_serial;
          }
        }
        const uint32_t here = read(i);
        // Whether this paragraph names States (or structures), none of them the item's.
        const std::span<const uint32_t> places = terms.places(here);
        auto names_only_others = [&](bool structures) {
          bool any = false;
          for (uint32_t p : places) {
            if (names_a_structure(p) != structures) continue;
            if (p < place_mark.size() && place_mark[p] == item_serial) return false;
            any = true;
          }
          return any;
        };
        if (item_states > 0 && names_only_others(false)) lexical_cue("other States", kPlacesWeight);
        if (item_structures > 0 && names_only_others(true)) lexical_cue("other structures", kStructuresWeight);
        // (A headline's names are few, and the subject's, which the item
        // before may share: with its lead's, who met whom, they may name
        // more that is new, and then they count together; only ever for
        // novelty, so a headline naming nobody has no cue against it.)
        const std::span<const uint32_t> names = terms.names(here);
        auto shared_names = [&](std::span<const uint32_t> ids) {
          size_t shared = 0;
          for (uint32_t id : ids) shared += id < item_mark.size() && item_mark[id] == item_serial;
          return shared;
        };
        constexpr double kNoNames = 2;
        // (Counted before the lead is read: reading a paragraph may move the
        // lists `names` points into.)
        const size_t own = names.size(), own_shared = shared_names(names);
        double overlap = own >= 2 ? double(own_shared) / double(own) : kNoNames;
        if (weighed_as_headline && i + 1 < n && prose(units[i + 1])) {
          const std::span<const uint32_t> lead_names = terms.names(read(i + 1));
          const size_t all = own + lead_names.size();
          const double with_lead = all >= 2 ? double(own_shared + shared_names(lead_names)) / double(all) : kNoNames;
          if (with_lead < 0.5 && with_lead < overlap) overlap = with_lead;
        }
        // (Shared names weigh half against a headline: one office's news,
        // one under another, names the same office, ministry and town in
        // each, and the headline says more than they do.)
        if (overlap != kNoNames) {
          const double w = kNamesWeight * (1 - 2 * overlap);
          lexical_cue("names", weighed_as_headline && w < 0 ? w / 2 : w);
        }
        // What: this paragraph and the next against the item's recent ones,
        // a list counted as one (its short entries would crowd out the
        // paragraphs above it).
        size_t want = i;
        for (size_t counted = 0; want > item_start && counted < kRecentUnits;) {
          --want;
          counted += want == item_start || !continues_a_list(units, want);
        }
        if (want > hi) {
          for (; lo < hi; ++lo) recent.remove(terms.words(read(lo)));
          lo = hi = want;
        }
        for (; lo < want; ++lo) recent.remove(terms.words(read(lo)));
        for (; hi < i; ++hi) recent.add(terms.words(read(hi)));
        const std::span<const Term> next = i + 1 < n ? terms.words(read(i + 1)) : std::span<const Term>();
        const double sim = recent.cosine(terms.words(here), next);
        const double shift = std::clamp(1 - sim / 0.15, -1.0, 1.0);
        lexical_cue("words", kWordsWeight * shift);
        // Another language than the paragraph above's, in the same script
        // (see kLanguageWeight). (Asked only where the vocabulary shifts
        // wholly, as another language's does, and where the cue decides.)
        // (Past a short line or two between them, a slug or a label, which
        // holds too few words to tell a language: "wybory-pr-austria".)
        // (Not where the other lexical cues could not reach the threshold:
        // there, without --explain, no lexical cue is read, and --explain
        // decides as the run without it does.)
        if (reachable && shift >= kLanguageShift && !script_changes && c.score < options.threshold &&
            c.score + kLanguageWeight >= options.threshold) {
          constexpr size_t kLinesPast = 2;
          size_t above = i - 1;
          while (above > 0 && i - above <= kLinesPast && units[above].words < kLanguageWords) --above;
          if (another_language(u, units[above])) cue("another language", kLanguageWeight);
        }
        // (Only after a paragraph that closes, whose e-mail or web address
        // may be an advisory's practical line as well as a contact's; nor
        // against a dateline, a date line or a headline: two items on one
        // topic share their words, and those open an item whatever they say.)
        if (lead_read && asks_lead()) {
          const std::span<const Term> words = terms.words(here);
          size_t shared = 0;
          for (const Term& t : words) shared += t.id < lead_mark.size() && lead_mark[t.id] == item_serial;
          if (shared >= kLeadSharedWords && static_cast<double>(shared) >= kLeadSharedShare * double(words.size())) {
            cue("returns to the item's lead", kLeadWeight);
          }
        }
        // (A text that refers to the title right over it, "Chairpersonship",
        // then "The Chairpersonship is one of ...", refers to its own title:
        // the title heads it, whatever stood above. Nor does a headline
        // refer back: "The negotiation process on the Transnistrian
        // settlement has been stagnating ..." titles the next item on the
        // subject of the one above.)
        const std::span<const Term> before = terms.words(read(i - 1));
        const std::span<const uint32_t> definite = terms.definite(here);
        if (!weighed_as_headline && std::any_of(definite.begin(), definite.end(), [&](uint32_t id) {
              return std::any_of(before.begin(), before.end(), [&](const Term& t) { return t.id == id; });
            }) &&
            !(headline_shaped(prev) && !prev.list_entry)) {
          cue("refers back", kReferenceWeight);
        }
      }
    }
    c.boundary = c.score >= options.threshold;
    // A paragraph that describes an institution, under a paragraph of the
    // item above, ends that item ("... he said.", then "The Permanent
    // Council, one of the main regular decision-making bodies of the
    // Organization, convenes weekly ..."): it names something new and shifts
    // the words, as a new item does. (Asked only of a boundary, the one
    // decision it may change; --explain reads it everywhere.)
    if ((c.boundary || options.explain) && structure[i] == 0 && describes_under_prose(u, prev)) {
      cue("an institution's description", kContinuationWeight);
      c.boundary = c.score >= options.threshold;
    }
    // A headline goes with the news below it: when this paragraph begins an
    // item and the line above it is its title (see titles_the_text_below)
    // after a sentence's end (not "... are due on:"), the item begins at the
    // title. (A headline over a dateline is known before the lexical cues;
    // one over a plain lead only once its lead is decided.) So does a
    // section's label right above the item's headline ("Speech", "Гарячі
    // новини", then the headline): the label is the next item's head, no
    // line of the item above. (Over a lead, such a line is the item above's
    // link: "Photo gallery".) (A list's empty entry may stand between the
    // sentence and the title, "-", where a page lists its items: the
    // sentence's item keeps it. Nor does a separator line go with the item
    // below it: the line above it, "Partner news" then "---", is no head.)
    // A section's label may stand between the sentence and the title, a
    // site's over its article ("სიახლეები", "News", then "Round Table in
    // Moldova", then the lead): the item begins at the label. (Under the
    // last line of the item's contacts too, which ends no sentence.)
    const bool label_over_title = c.boundary && i >= 3 && i - 2 > item_start && structure[i - 2] == 0 &&
                                  !units[i - 1].after_separator && !in_footer(i - 2) && !closing[i - 2] &&
                                  is_section_label(units[i - 2]) && ends_the_text_above(i - 3);
    if (c.boundary && structure[i] == 0 && i >= 2 && i - 1 > item_start && structure[i - 1] == 0 &&
        !u.after_separator && !in_footer(i - 1) &&
        (ends_the_text_above(i - 2) || (closing[i - 2] && !closing[i - 1]) || label_over_title)) {
      Candidate& above = options.explain ? seg.candidates.back() : previous;  // the headline's or the label's
      const bool headline_above = titles_the_text_below(units, i - 1) &&
                                  above.score + kStructureWeight >= options.threshold &&
                                  c.score - kStructureWeight < options.threshold;
      const bool label_above = !headline_above && !label_over_title && !above.boundary && !closing[i - 1] &&
                               headline_shaped(u) && !prose(u) && is_section_label(units[i - 1]);
      const size_t head = headline_above && label_over_title ? i - 2 : i - 1;
      if (headline_above || label_above) {
        Candidate& first = options.explain ? seg.candidates[seg.candidates.size() - (i - head)] : above;
        if (options.explain) {
          first.cues.push_back({head < i - 1          ? "a section's label over the next item's headline"
                                : headline_above ? "heads the next item"
                                                 : "a section's label over the next item",
                                kStructureWeight});
        }
        first.score += kStructureWeight;
        first.boundary = true;
        cue(headline_above ? "under its headline" : "under its label", -kStructureWeight);
        c.boundary = false;
        seg.items.back().end = units[head - 1].end(text);
        start_item(i - 1);
        seg.items.back().begin = units[head].begin(text);
      }
    }
    // An item's head of lines over its start: a site prints a page's
    // article under lines of its own, and a scrape that runs pages together
    // keeps them between the text above and the item ("Ştiri", "Sursa
    // imaginii: osce.md", "Postat de: ...", "Ştiri / Politic", "30 Sep. 2022
    // / 14:35", then the headline; "english  česky", "Advanced search",
    // "Photo: MFA CZ", then the article). Two lines or more, none prose, none
    // closing the item above (its contacts, "Read more"), under the end of
    // its last sentence; one of them says who wrote it, when or whose the
    // photo is (a date line, a date among its first words, a byline, a
    // photo's credit): the item begins at the head's first line. (The item
    // above's own last lines say none of that: "More about: Nagorno-Karabakh
    // Azerbaijan OSCE", "TAGOVI: |", "Komentar".)
    const size_t head_from = c.boundary && structure[i] == 0 && !feet_headline_here ? item_head_above(i) : i;
    if (head_from < i) {
      if (options.explain) {
        Candidate& head = seg.candidates[seg.candidates.size() - (i - head_from)];
        head.cues.push_back({"the next item's head", kStructureWeight});
        head.score += kStructureWeight;
        head.boundary = true;
      }
      // (In both modes: the next unit asks this candidate's score.)
      cue("under its head of lines", -kStructureWeight);
      c.boundary = false;
      seg.items.back().end = units[head_from - 1].end(text);
      start_item(i);
      seg.items.back().begin = units[head_from].begin(text);
    } else if (c.boundary) {
      start_item(i);
      if (weighed_as_headline && says_something(u.text)) headline_began = i;
    } else {
      Item& item = seg.items.back();
      item.end = u.end(text);
      if (dates_close_items && u.date_line && item.date.empty()) item.date = line_date(u.text);
    }
    if (options.explain) {
      seg.candidates.push_back(std::move(c));
    } else {
      previous = std::move(c);  // (a copy of its empty list of cues was a call per unit)
    }
    follow_speech(i);
    // (Asked of prose only while a date line's lines run: rarely.)
    if (u.date_line) {
      dated_at = i;
    } else if (dated_at != kNone && (i - dated_at >= kItemHeadLines || prose(u))) {
      dated_at = kNone;
    }
    // The next candidate reads no unit before the window's, the item's
    // unread names', or its own predecessor (this one).
    forget_units_before(std::min({lo, names_to, i}));
  }
  for (; lo < hi; ++lo) recent.remove(terms.words(read(lo)));
  join_the_page_feet(seg, units, text, options.explain);
  join_the_page_head(seg, units, text, options.explain);
  if (menus.top()) seg.items.front().begin = std::min(seg.items.front().begin, menus.top_begin);
  if (menus.bottom()) seg.items.back().end = std::max(seg.items.back().end, menus.bottom_end);
  return seg;
}

std::vector<Record> split_record(const Record& rec, const SplitOptions& options, std::vector<Candidate>* explain) {
  std::vector<Record> items;
  split_items(rec, options, explain, [&](const Record& item) { items.push_back(item); });
  if (items.empty()) items.push_back(rec);
  return items;
}

size_t split_items(const Record& rec, const SplitOptions& options, std::vector<Candidate>* explain,
                   const std::function<void(const Record&)>& emit) {
  const std::optional<std::string_view> text = rec.get_string_view("text");
  if (!text) return 0;
  SplitOptions used = options;
  used.explain = used.explain || explain != nullptr;
  Segmentation seg = segment(*text, used);
  if (explain) *explain = std::move(seg.candidates);
  if (seg.items.size() == 1 && seg.items[0].listed) {
    // A listing of one item: the record, with what its block states.
    Record listed = rec;
    seg.items[0].set_on(listed);
    emit(listed);
    return 1;
  }
  if (seg.items.size() <= 1) return 0;

  // The template: the page's fields that hold for every item, raw bytes kept.
  static const std::unordered_set<std::string_view> kPerText = {
      "title", "date", "place", "dates", "fields_of_work", "countries", "structures", "parent", "offset"};
  Record base;
  for (const std::string& key : rec.keys()) {
    if (kPerText.count(key)) continue;
    base.set_raw(key, key == "text" ? std::string("\"\"") : std::string(rec.raw(key)));
  }
  const std::string parent = rec.get_string("id").value_or("");
  for (size_t k = 0; k < seg.items.size(); ++k) {
    const Item& it = seg.items[k];
    Record item = base;
    item.set_string("id", parent + "#" + std::to_string(k + 1));
    item.set_string("text", text->substr(it.begin, it.end - it.begin));
    item.set_string("parent", parent);
    item.set_int("offset", static_cast<int64_t>(it.begin));
    // What the item states; the page's type, issued_by and listed_fields,
    // which hold for every item, where it states none of its own.
    it.set_on(item);
    emit(item);
  }
  return seg.items.size();
}

}  // namespace osce
