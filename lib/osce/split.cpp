#include "osce/split.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstring>
#include <optional>
#include <unordered_set>

#include "osce/byte_masks.hpp"
#include "osce/dateline.hpp"
#include "osce/date_parse.hpp"
#include "osce/error.hpp"
#include "osce/lexical.hpp"
#include "osce/page_vocabulary.hpp"
#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

// Cue weights. A dateline alone decides; the softer cues need each other.
constexpr double kDatelineWeight = 2.5;
constexpr double kInsideLineWeight = 0.5;  // a dateline after a sentence, inside a line
constexpr double kStructureWeight = 3.0;   // cards, document lists, listing blocks
constexpr double kClosedWeight = 1.0;      // the previous paragraph closed an item
constexpr double kEarlyDateWeight = 0.5;   // a date in the first words of the paragraph
constexpr double kEventWeight = 0.5;       // ... in a first sentence that reports an event
// News style spells a name out with its abbreviation at its first mention
// ("the Representative on Freedom of the Media (RFoM)") and uses the
// abbreviation after: one spelled out in a first sentence, and not used by
// the item so far, introduces a new text.
constexpr double kAbbreviationWeight = 0.7;
// "The Centre organized the series": the first sentence refers back to a
// word of the paragraph before.
constexpr double kReferenceWeight = -0.5;
// The first words introduce something: "A three-week course", "Over 25 experts".
constexpr double kNewEntityWeight = 0.4;
// The item so far is a paragraph or two of a few hundred bytes and opened
// with prose, not a name or a title: news items are rarely that short (the
// prior on segment length that probabilistic segmenters have), so soft cues
// need more to end one so soon. Cards and entries are short by nature.
constexpr double kShortItemWeight = -0.4;
constexpr size_t kShortItemBytes = 600, kShortItemUnits = 3;
// A paragraph that names participating States or Partners, none of them
// named by the item so far that names others: it is somewhere else.
constexpr double kPlacesWeight = 0.3;
// Neither shift alone reaches the default threshold: a paragraph that
// changes only its names, or only its words, stays in the item.
constexpr double kNamesWeight = 0.85;      // new names versus names of the item so far
constexpr double kWordsWeight = 0.7;       // new vocabulary versus the item's recent paragraphs
constexpr double kContinuationWeight = -1.5;
constexpr double kQuoteWeight = -0.75;
constexpr double kLowercaseWeight = -3.0;
constexpr size_t kEarlyWords = 15;
constexpr size_t kRecentUnits = 3;
constexpr uint32_t kNotRead = static_cast<uint32_t>(-1);

// A paragraph: a non-blank line, or part of one where a dateline starts
// inside it.
struct Unit {
  size_t begin = 0, end = 0, line = 0;
  std::string_view text;
  size_t words = 0;  // counted up to kTitleWords + 1: enough for every title test
  bool closes = false;
  bool inside_line = false;  // starts after a sentence inside its line
  std::optional<Dateline> dateline;
};

// std::isalnum is a call into the C library, made for every byte of every
// paragraph's first words: a table instead.
const std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return table;
}();
bool alnum(char c) { return kAlnum[static_cast<unsigned char>(c)]; }

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !(alnum(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80)) {
      ++i;
    }
    size_t j = i;
    while (j < text.size() && (alnum(text[j]) || static_cast<unsigned char>(text[j]) >= 0x80 || text[j] == '-' ||
                               text[j] == '\'')) {
      ++j;
    }
    // Curly quotes and dashes are multi-byte; cut them off the word's ends.
    std::string_view w = text.substr(i, j - i);
    while (!w.empty() && static_cast<unsigned char>(w.back()) >= 0x80 && w.size() >= 3 &&
           static_cast<unsigned char>(w[w.size() - 3]) == 0xE2) {
      w.remove_suffix(3);
    }
    if (!w.empty()) words.push_back(w);
    i = j > i ? j : i + 1;
  }
  return words;
}

// Whether one of `phrases` (four bytes or longer) occurs in `hay` at the
// start of a word. The word starts are found a block at a time, and only
// those whose first four bytes some phrase has are compared in full:
// std::string_view::find would run memchr and memcmp at every occurrence of
// each phrase's first byte.
bool has_phrase(std::string_view hay, std::initializer_list<std::string_view> phrases) {
  bool found = false;
  uint64_t carry = 0;  // the block before ended in a letter
  for_each_block(hay.data(), hay.size(), [&](const ByteBlock& block, uint64_t valid, size_t at) {
    const uint64_t letters = block.letters() & valid;
    uint64_t starts = letters & ~(letters << 1 | carry);
    carry = letters >> 63;
    for (; starts != 0 && !found; starts &= starts - 1) {
      const std::string_view rest = hay.substr(at + static_cast<size_t>(std::countr_zero(starts)));
      // The first four bytes compared as one word before the rest: "is"
      // and "can" open many words that are not "is available here".
      uint32_t head = 0;
      if (rest.size() >= 4) std::memcpy(&head, rest.data(), 4);
      for (std::string_view p : phrases) {
        uint32_t want;
        std::memcpy(&want, p.data(), 4);
        if (head == want && rest.size() >= p.size() && rest.substr(0, p.size()) == p) found = true;
      }
    }
  });
  return found;
}

// Phrases a paragraph may open with, looked up by its first byte: most
// paragraphs open with a byte that none of them has.
class Openings {
 public:
  Openings(std::initializer_list<std::string_view> phrases) {
    for (std::string_view p : phrases) by_first_[static_cast<unsigned char>(p[0])].push_back(p);
  }
  bool open(std::string_view t) const { return opening(t) > 0; }
  // The length of the phrase `t` opens with; 0 for none.
  size_t opening(std::string_view t) const {
    if (t.empty()) return 0;
    for (std::string_view p : by_first_[static_cast<unsigned char>(t[0])]) {
      if (t.size() >= p.size() && std::equal(p.begin(), p.end(), t.begin())) return p.size();
    }
    return 0;
  }

 private:
  std::array<std::vector<std::string_view>, 256> by_first_;
};

bool opens_as_continuation(std::string_view t) {
  static const Openings openers = {
      "He ", "She ", "They ", "It ", "Its ", "His ", "Her ", "Their ", "This ", "These ", "Those ", "Such ",
      "Both ", "The event", "The training", "The course", "The conference", "The workshop", "The meeting",
      "The seminar", "The forum", "The discussion", "The participants", "The mission", "The project",
      "The activity", "The exercise", "The session", "The visit", "Participants", "During ", "In addition",
      "Additionally", "Also", "Moreover", "Furthermore", "However", "As a result", "As part of", "Prior to",
      "Following ", "Further", "In his ", "In her ", "In their ", "At the ", "Among ", "Other ", "Another ",
      "Meanwhile", "Overall"};
  return openers.open(t);
}

// "A three-week course started...", "An exchange of practices...", "Over 25
// experts attended...": the paragraph opens with an indefinite noun phrase,
// something the text has not mentioned yet (the given-new contrast of the
// definite "The course" that refers back).
bool opens_with_new_entity(std::string_view t) {
  static const Openings articles = {"A ", "An "};
  static const Openings quantifiers = {"Over ", "More than ", "Some ", "About ", "Around ", "Nearly ",
                                       "Almost ", "Up to ", "Approximately "};
  if (articles.open(t)) return true;
  // A count of people or things, perhaps approximate: up to three digits
  // (four may be a year: "2023 was"), then a word in lower case.
  const size_t at = quantifiers.opening(t);
  const size_t digits_end = t.find_first_not_of("0123456789", at);
  if (digits_end == std::string_view::npos || digits_end == at || digits_end - at > 3) return false;
  return t[digits_end] == ' ' && digits_end + 1 < t.size() && t[digits_end + 1] >= 'a' && t[digits_end + 1] <= 'z';
}

bool opens_with_quote(std::string_view t) {
  return !t.empty() && (t[0] == '"' || t.substr(0, 3) == "\xE2\x80\x9C" || t.substr(0, 3) == "\xE2\x80\x98");
}

// Contacts, links and "for more information": the end of an item. One pass
// for the marks that may stand anywhere; the phrases open or close the
// paragraph.
bool closes_an_item(std::string_view t) {
  // The marks, found a block at a time: '@', a '+' before digits, the ':'
  // of "http://" and the '.' of "www.".
  bool found = false;
  for_each_block(t.data(), t.size(), [&](const ByteBlock& block, uint64_t valid, size_t at) {
    if (found) return;
    uint64_t marks = block.mask([](Lane b) { return b.eq('@') | b.eq('+') | b.eq(':') | b.eq('.'); }) & valid;
    for (; marks != 0 && !found; marks &= marks - 1) {
      const size_t i = at + static_cast<size_t>(std::countr_zero(marks));
      switch (t[i]) {
        case '@': found = true; break;
        case '+': found = t.size() - i > 4 && std::isdigit(static_cast<unsigned char>(t[i + 1])); break;
        case ':':
          found = (i >= 4 && t.substr(i - 4, 7) == "http://") || (i >= 5 && t.substr(i - 5, 8) == "https://");
          break;
        default: found = i >= 3 && t.substr(i - 3, 4) == "www."; break;
      }
    }
  });
  if (found) return true;
  static const Openings openings = {"For more information", "For further", "Please contact", "Follow ",
                                    "Learn more", "Contact:"};
  if (openings.open(t)) return true;
  // Most tails hold none of the closing phrases' last four bytes, and are
  // out before any word of them is compared.
  static constexpr std::string_view kClosings[] = {"please contact", "can be found here", "is available here"};
  static const std::vector<std::string_view> kEndings = [] {
    std::vector<std::string_view> ends;
    for (std::string_view c : kClosings) {
      const std::string_view last4 = c.substr(c.size() - 4);
      if (std::find(ends.begin(), ends.end(), last4) == ends.end()) ends.push_back(last4);
    }
    return ends;
  }();
  const std::string_view tail = t.substr(t.size() > 160 ? t.size() - 160 : 0);
  const bool ending = any_block(tail.data(), tail.size(), 3, [](const ByteBlock& block, uint64_t valid, size_t) {
    uint64_t ends = 0;
    for (std::string_view e : kEndings) ends |= block.starts_of(e);
    return (ends & valid) != 0;
  });
  return ending && has_phrase(tail, {kClosings[0], kClosings[1], kClosings[2]});
}

// A date in the first words: "On 10 July", "From 12 to 14 July", "started
// on 10 July". A month name counts only next to a number ("may" the verb is not).
bool early_date(std::string_view t) {
  // No word list: this runs for every paragraph and looks at fifteen words,
  // and not even at those when they hold no digit.
  const std::string_view head = t.substr(0, kEarlyWords * 12);
  const bool digit = any_block(head.data(), head.size(), 0, [](const ByteBlock& block, uint64_t valid, size_t) {
    return (block.in_range('0', '9') & valid) != 0;
  });
  if (!digit) return false;
  std::string_view previous;
  bool previous_month = false;
  size_t words = 0, i = 0;
  while (i < head.size() && words < kEarlyWords + 1) {
    while (i < head.size() && !alnum(head[i])) ++i;
    size_t j = i;
    while (j < head.size() && alnum(head[j])) ++j;
    if (j == i) break;
    const std::string_view w = head.substr(i, j - i);
    const bool number = std::isdigit(static_cast<unsigned char>(w[0])) != 0;
    const bool month = !number && month_number(w) != 0;
    if ((month && !previous.empty() && std::isdigit(static_cast<unsigned char>(previous[0]))) ||
        (number && previous_month)) {
      return true;
    }
    previous = w;
    previous_month = month;
    ++words;
    i = j;
  }
  return false;
}

// The abbreviation the first sentence of `t` defines, "(RFoM)" or "(LPSCs)":
// two to eight letters in brackets, the first a capital, two at least.
std::string_view defined_abbreviation(std::string_view t) {
  const std::string_view first = t.substr(0, std::min(t.find(". "), size_t{400}));
  for (size_t open = first.find('('); open != std::string_view::npos; open = first.find('(', open + 1)) {
    const size_t close = first.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view a = first.substr(open + 1, close - open - 1);
    if (a.size() < 2 || a.size() > 8 || a[0] < 'A' || a[0] > 'Z') continue;
    size_t capitals = 0;
    bool letters = true;
    for (char c : a) {
      capitals += c >= 'A' && c <= 'Z';
      letters = letters && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    }
    if (letters && capitals >= 2) return a;
  }
  return {};
}

// Whether `word` occurs in `text` as a whole word.
bool has_word(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !alnum(text[at - 1]);
    const bool ends = at + word.size() == text.size() || !alnum(text[at + word.size()]);
    if (starts && ends) return true;
  }
  return false;
}

// The first sentence reports an event: "... was held in Bishkek", "...
// took place", "... organized a training course".
bool reports_an_event(std::string_view t) {
  const size_t stop = t.find(". ");
  const std::string_view first = t.substr(0, stop);
  return has_phrase(first, {"took place", "was held", "were held", "held ", "organized", "organised", "hosted",
                            "conducted", "launched", "started", "concluded", "opened", "began", "convened"});
}

constexpr size_t kTitleWords = 40;

bool title_like(const Unit& u, size_t max_words) {
  const std::string_view t = u.text;
  if (t.empty() || u.words > max_words) return false;
  const char last = t.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

// A headline over a dateline: a short line of its own that ends in a letter
// or a digit (not a sentence, a quote or a contact), right above a line that
// opens with a dateline. The headline, not the dateline, begins the item.
bool heads_a_dateline(const std::vector<Unit>& units, size_t k) {
  const Unit& u = units[k];
  if (k + 1 >= units.size() || !units[k + 1].dateline || units[k + 1].inside_line) return false;
  if (u.dateline || u.closes || !title_like(u, 20) || !std::isalnum(static_cast<unsigned char>(u.text.back()))) {
    return false;
  }
  return k == 0 || units[k - 1].text.back() != ':';
}

// "Decision No. 4/16 ... (2016)": a document title with its year.
bool year_title(const Unit& u) {
  const std::string_view t = u.text;
  if (!title_like(u, kTitleWords) || t.size() < 7 || t.back() != ')') return false;
  const std::string_view tail = t.substr(t.size() - 6);
  return tail[0] == '(' && std::all_of(tail.begin() + 1, tail.end() - 1, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// True when unit `i` has a blank line (or the text's edge) on both sides.
bool stands_alone(std::string_view text, const std::vector<Unit>& units, size_t i) {
  auto blank_between = [&](size_t from, size_t to) {
    return text.substr(from, to - from).find("\n\n") != std::string_view::npos ||
           text.substr(from, to - from).find("\n\r\n") != std::string_view::npos;
  };
  const bool before = i == 0 || blank_between(units[i - 1].end, units[i].begin);
  const bool after = i + 1 == units.size() || blank_between(units[i].end, units[i + 1].begin);
  return before && after;
}

// An entry of a list of names with descriptions ("Conflict Prevention Centre
// (CPC)", then "The CPC provides ..."): a short name on its own between blank
// lines, whose description's first words take up the name again (its last
// word or its abbreviation).
bool entry_title(std::string_view text, const std::vector<Unit>& units, size_t i) {
  if (i + 1 >= units.size() || !title_like(units[i], 12) || !stands_alone(text, units, i)) return false;
  if (title_like(units[i + 1], 12)) return false;
  const std::vector<std::string_view> name = words_of(units[i].text);
  if (name.empty()) return false;
  const std::vector<std::string_view> description = words_of(units[i + 1].text.substr(0, 200));
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
}

// The words that name a State or a Partner for Co-operation, each with the
// entry's index: the distinctive words of names, other names and demonyms
// ("Herzegovina", "Kyrgyz", "Tajik"), not the generic ones ("Republic").
std::vector<std::pair<std::string, uint32_t>> place_words(const Taxonomy& taxonomy) {
  static const std::unordered_set<std::string_view> kGeneric = {
      "The", "Republic", "Kingdom", "United", "States", "Federation", "Principality", "Grand", "Duchy",
      "Federal", "Confederation", "Great", "North", "Northern", "South", "Holy", "See", "San", "Democratic",
      "Arab", "People", "Islamic"};
  std::vector<std::pair<std::string, uint32_t>> words;
  const std::vector<TaxonomyEntry>& entries = taxonomy.entries();
  for (uint32_t k = 0; k < entries.size(); ++k) {
    const TaxonomyEntry& e = entries[k];
    if (e.kind != EntryKind::kState && e.kind != EntryKind::kPartner) continue;
    std::vector<std::string_view> names = {e.name};
    names.insert(names.end(), e.aliases.begin(), e.aliases.end());
    names.insert(names.end(), e.demonyms.begin(), e.demonyms.end());
    for (std::string_view name : names) {
      for (std::string_view w : words_of(name)) {
        if (w.size() >= 3 && starts_capitalized(w) && !kGeneric.count(w)) words.emplace_back(w, k);
      }
    }
  }
  return words;
}

std::vector<Unit> units_of(std::string_view text) {
  std::vector<Unit> units;
  size_t line_no = 0;
  for (const TextLine& line : split_lines(text)) {
    ++line_no;
    const std::string_view t = trim(line.text);
    if (t.empty()) continue;
    const size_t begin = static_cast<size_t>(t.data() - text.data());
    thread_local std::vector<size_t> cuts;  // one line after another: keep the buffer
    cuts.assign(1, 0);
    for (size_t at : datelines_inside(t)) cuts.push_back(at);
    for (size_t k = 0; k < cuts.size(); ++k) {
      const size_t stop = k + 1 < cuts.size() ? cuts[k + 1] : t.size();
      std::string_view part = trim(t.substr(cuts[k], stop - cuts[k]));
      Unit u;
      u.begin = begin + static_cast<size_t>(part.data() - t.data());
      u.end = u.begin + part.size();
      u.line = line_no;
      u.text = part;
      u.inside_line = k > 0;
      u.dateline = dateline_at(part);
      u.words = word_count(part, kTitleWords);
      u.closes = closes_an_item(part);
      units.push_back(u);
    }
  }
  return units;
}

// Reads a listing block that starts at unit `at` (a label): fills `item` and
// returns the index after the block.
size_t read_listing_block(const std::vector<Unit>& units, size_t at, Item& item) {
  while (at < units.size()) {
    const auto label = listing_label(units[at].text);
    if (!label) break;
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
        case MetaField::kIssuedBy: item.issued_by.emplace_back(v); break;
        case MetaField::kListedFields: item.listed_fields.emplace_back(v); break;
        default: break;
      }
    }
    at = k;
  }
  return at;
}

}  // namespace

Segmentation segment(std::string_view text, const SplitOptions& options) {
  Segmentation seg;
  const std::vector<Unit> units = units_of(text);
  if (units.empty()) return seg;
  const size_t n = units.size();

  size_t year_titles = 0;
  for (const Unit& u : units) year_titles += year_title(u);
  std::vector<bool> is_entry(n);
  size_t entries = 0;
  for (size_t i = 0; i < n; ++i) {
    is_entry[i] = entry_title(text, units, i);
    entries += is_entry[i];
  }
  // A list of entries may end with a name that has no description yet.
  if (entries >= 2 && n >= 2 && !is_entry[n - 1] && title_like(units[n - 1], 12) &&
      stands_alone(text, units, n - 1)) {
    is_entry[n - 1] = true;
  }

  // Structure first: which units are inside a listing block or a card, and
  // so never begin an item, and which begin one for sure.
  std::vector<int> structure(n, 0);  // +1 begins an item, -1 never does
  // What a listing block or a card states, for the few units that begin one
  // (an Item per unit would be built and freed for every paragraph).
  std::vector<std::pair<size_t, Item>> declared;
  auto declare = [&](size_t i) -> Item& {
    declared.emplace_back(i, Item{});
    declared.back().second.title = units[i].text;
    return declared.back().second;
  };
  for (size_t i = 0; i < n; ++i) {
    const std::string_view t = units[i].text;
    if (structure[i] != 0) continue;  // already part of a card, block or entry
    if (i + 1 < n && title_like(units[i], 20) && listing_label(units[i + 1].text)) {
      structure[i] = 1;
      const size_t after = read_listing_block(units, i + 1, declare(i));
      for (size_t k = i + 1; k < after; ++k) structure[k] = -1;
    } else if (i + 1 < n && title_like(units[i], 10) && units[i + 1].text == t) {
      structure[i] = 1;  // a card: a name, the name again, a description
      structure[i + 1] = -1;
      if (i + 2 < n && !title_like(units[i + 2], 10)) structure[i + 2] = -1;
      declare(i);
    } else if (entries >= 2 && is_entry[i]) {
      structure[i] = 1;
      declare(i);
      if (i + 1 < n && !is_entry[i + 1]) structure[i + 1] = -1;
    } else if (year_titles >= 2 && year_title(units[i])) {
      structure[i] = 1;
      declare(i);
      if (i + 1 < n && !year_title(units[i + 1])) structure[i + 1] = -1;
    }
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
  auto read = [&](size_t i) {
    if (terms_index[i] == kNotRead) terms_index[i] = static_cast<uint32_t>(terms.add(units[i].text));
    return terms_index[i];
  };
  // The names of the item so far (units [item_start, names_to)), as marks
  // on their ids: a serial number per item, running on from page to page.
  thread_local std::vector<uint32_t> item_mark, place_mark;
  thread_local uint32_t item_serial = 0;
  size_t item_places = 0;  // how many places the item names so far
  size_t item_start = 0, names_to = 0;
  size_t next_declared = 0;  // units are declared in order, and items start in order
  auto start_item = [&](size_t i) {
    Item item;
    while (next_declared < declared.size() && declared[next_declared].first < i) ++next_declared;
    if (next_declared < declared.size() && declared[next_declared].first == i) item = declared[next_declared].second;
    item.begin = units[i].begin;
    item.end = units[i].end;
    if (units[i].dateline) {
      item.date = units[i].dateline->date;
      item.place = units[i].dateline->place;
    }
    seg.items.push_back(std::move(item));
    if (++item_serial == 0) {
      std::fill(item_mark.begin(), item_mark.end(), 0);
      std::fill(place_mark.begin(), place_mark.end(), 0);
      item_serial = 1;
    }
    item_start = names_to = i;
    item_places = 0;
  };
  start_item(0);
  // The lexical cues move a score by at most this much up (names, words,
  // other States) and down (names, words, a reference back): a candidate
  // out of their reach is decided without them, and --explain, which reads
  // them all, must show the same decisions.
  const double lexical_up = kNamesWeight + kWordsWeight + kPlacesWeight;
  const double lexical_down = kNamesWeight + kWordsWeight - kReferenceWeight;

  // The words of the item's recent units, [lo, hi): kept as the candidates
  // move on, emptied at the end (the window is kept between pages).
  thread_local TermWindow recent;
  size_t lo = 0, hi = 0;
  for (size_t i = 1; i < n; ++i) {
    const Unit& u = units[i];
    const Unit& prev = units[i - 1];
    Candidate c{u.begin, u.line, 0, {}, false};
    auto cue = [&](std::string_view name, double w) {
      if (options.explain) c.cues.push_back({name, w});
      c.score += w;
    };
    if (structure[i] > 0) cue("structure", kStructureWeight);
    if (structure[i] < 0) cue("inside a block", -kStructureWeight);
    // A dateline under the headline that began the item is that item's.
    const bool headed = u.dateline && i - 1 == item_start && heads_a_dateline(units, i - 1);
    if (u.dateline && !headed) cue("dateline", kDatelineWeight);
    if (headed) cue("under its headline", -kStructureWeight);
    if (u.inside_line) cue("inside a line", kInsideLineWeight);
    if (structure[i] == 0) {
      // Contacts run on over several lines ("please contact:", then a name
      // and a number): the item ends after the last of them.
      if (prev.closes && !u.closes) cue("previous closes", kClosedWeight);
      if (prev.text.back() == ':') cue("previous introduces it", kContinuationWeight);
      // An item's title line is followed by the item's text.
      if (i - 1 == item_start && title_like(prev, 20) && !title_like(u, 20) && !headed) {
        cue("after its title", kContinuationWeight);
      }
      if (heads_a_dateline(units, i)) cue("headline over a dateline", kDatelineWeight);
      if (!u.dateline && early_date(u.text)) {
        cue("early date", kEarlyDateWeight);
        if (reports_an_event(u.text)) cue("dated event", kEventWeight);
      }
      const unsigned char first = static_cast<unsigned char>(u.text[0]);
      if (first >= 'a' && first <= 'z') cue("lowercase start", kLowercaseWeight);
      if (opens_as_continuation(u.text)) cue("continuation", kContinuationWeight);
      if (opens_with_quote(u.text)) cue("quote", kQuoteWeight);
      if (opens_with_new_entity(u.text)) cue("new entity", kNewEntityWeight);
      // (A headline over a dateline is not the item's prose; a card's name is
      // the start of a short item.)
      const size_t prose = heads_a_dateline(units, item_start) ? item_start + 1 : item_start;
      if (i > prose && i - prose < kShortItemUnits && u.begin - units[prose].begin < kShortItemBytes &&
          (prose > item_start || !title_like(units[item_start], kTitleWords))) {
        cue("short item so far", kShortItemWeight);
      }
      const std::string_view abbreviation = defined_abbreviation(u.text);
      if (!abbreviation.empty() &&
          !has_word(text.substr(units[item_start].begin, u.begin - units[item_start].begin), abbreviation)) {
        cue("spells out an abbreviation", kAbbreviationWeight);
      }
      const bool open = c.score + lexical_up >= options.threshold && c.score - lexical_down < options.threshold;
      if (open || options.explain) {
        const uint32_t here = read(i);
        // Who and where: the names of this paragraph against the item's so far.
        for (; names_to < i; ++names_to) {
          for (uint32_t id : terms.names(read(names_to))) {
            if (id >= item_mark.size()) item_mark.resize(2 * (size_t{id} + 1), 0);
            item_mark[id] = item_serial;
          }
          for (uint32_t place : terms.places(read(names_to))) {
            if (place >= place_mark.size()) place_mark.resize(2 * (size_t{place} + 1), 0);
            item_places += place_mark[place] != item_serial;
            place_mark[place] = item_serial;
          }
        }
        const std::span<const uint32_t> places = terms.places(here);
        if (!places.empty() && item_places > 0 &&
            std::none_of(places.begin(), places.end(),
                         [&](uint32_t p) { return p < place_mark.size() && place_mark[p] == item_serial; })) {
          cue("other States", kPlacesWeight);
        }
        const std::span<const uint32_t> names = terms.names(here);
        if (names.size() >= 2) {
          size_t shared = 0;
          for (uint32_t id : names) shared += id < item_mark.size() && item_mark[id] == item_serial;
          const double overlap = static_cast<double>(shared) / static_cast<double>(names.size());
          cue("names", kNamesWeight * (1 - 2 * overlap));
        }
        // What: this paragraph and the next against the item's recent ones.
        const size_t want = std::max(item_start, i > kRecentUnits ? i - kRecentUnits : 0);
        if (want > hi) {
          for (; lo < hi; ++lo) recent.remove(terms.words(read(lo)));
          lo = hi = want;
        }
        for (; lo < want; ++lo) recent.remove(terms.words(read(lo)));
        for (; hi < i; ++hi) recent.add(terms.words(read(hi)));
        const std::span<const Term> next = i + 1 < n ? terms.words(read(i + 1)) : std::span<const Term>();
        const double sim = recent.cosine(terms.words(here), next);
        cue("words", kWordsWeight * std::clamp(1 - sim / 0.15, -1.0, 1.0));
        const std::span<const Term> before = terms.words(read(i - 1));
        const std::span<const uint32_t> definite = terms.definite(here);
        if (std::any_of(definite.begin(), definite.end(), [&](uint32_t id) {
              return std::any_of(before.begin(), before.end(), [&](const Term& t) { return t.id == id; });
            })) {
          cue("refers back", kReferenceWeight);
        }
      }
    }
    c.boundary = c.score >= options.threshold;
    seg.candidates.push_back(std::move(c));
    if (seg.candidates.back().boundary) {
      start_item(i);
    } else {
      seg.items.back().end = u.end;
    }
  }
  for (; lo < hi; ++lo) recent.remove(terms.words(read(lo)));
  return seg;
}

std::vector<Record> split_record(const Record& rec, const SplitOptions& options, std::vector<Candidate>* explain) {
  std::vector<Record> items = split_items(rec, options, explain);
  if (items.empty()) items.push_back(rec);
  return items;
}

std::vector<Record> split_items(const Record& rec, const SplitOptions& options, std::vector<Candidate>* explain) {
  const std::optional<std::string_view> text = rec.get_string_view("text");
  if (!text) return {};
  SplitOptions used = options;
  used.explain = used.explain || explain != nullptr;
  Segmentation seg = segment(*text, used);
  if (explain) *explain = std::move(seg.candidates);
  if (seg.items.size() <= 1) return {};

  // The template: the page's fields that hold for every item, raw bytes kept.
  static const std::unordered_set<std::string_view> kPerText = {
      "title", "date", "place", "dates", "fields_of_work", "countries", "structures", "parent", "offset"};
  Record base;
  for (const std::string& key : rec.keys()) {
    if (kPerText.count(key)) continue;
    base.set_raw(key, key == "text" ? std::string("\"\"") : std::string(rec.raw(key)));
  }
  const std::string parent = rec.get_string("id").value_or("");
  std::vector<Record> items;
  items.reserve(seg.items.size());
  for (size_t k = 0; k < seg.items.size(); ++k) {
    const Item& it = seg.items[k];
    Record item = base;
    item.set_string("id", parent + "#" + std::to_string(k + 1));
    item.set_string("text", text->substr(it.begin, it.end - it.begin));
    item.set_string("parent", parent);
    item.set_int("offset", static_cast<int64_t>(it.begin));
    item.set_string("title", it.title);
    item.set_string("date", it.date);
    item.set_string("place", it.place);
    if (!it.type.empty()) item.set_string("type", it.type);
    if (!it.issued_by.empty()) item.set_strings("issued_by", it.issued_by);
    if (!it.listed_fields.empty()) item.set_strings("listed_fields", it.listed_fields);
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace osce
