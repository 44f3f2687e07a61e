#include "osce/paragraph_cues.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "osce/byte_masks.hpp"
#include "osce/date_parse.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

// A verb of speaking, "said", "stressed" (a colon after it or not): someone
// named before it speaks on, or is quoted, as a text's body quotes its people.
bool is_speech_verb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "said",      "says",      "stated",    "noted",    "added",   "stressed", "emphasized", "emphasised",
      "underlined", "highlighted", "explained", "mentioned", "pointed", "recalled", "told"};
  if (w.ends_with(':')) w.remove_suffix(1);
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// A date counts as early within this many words of the paragraph's start.
constexpr size_t kEarlyWords = 15;

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

// Phrases (four bytes or longer) looked for at the starts of words. The
// word starts are found a block at a time, and each one's first four bytes
// are looked up in a small table of the phrases' first four bytes: most
// words open with four bytes that no phrase has, and cost one probe, where
// comparing each phrase in turn cost one comparison per phrase.
// (std::string_view::find would run memchr and memcmp at every occurrence
// of each phrase's first byte.)
class Phrases {
 public:
  Phrases(std::initializer_list<std::string_view> phrases) : phrases_(phrases) {
    if (phrases_.size() > (kMask + 1) / 2) throw std::logic_error("Phrases: too many phrases for the table");
    for (std::string_view p : phrases_) {
      if (p.size() < 4) throw std::logic_error("Phrases: a phrase shorter than four bytes");
    }
    for (uint32_t k = 0; k < phrases_.size(); ++k) {
      const uint32_t head = head_of(phrases_[k].data());
      size_t i = slot(head);
      while (heads_[i] != 0 && heads_[i] != head) i = (i + 1) & kMask;
      heads_[i] = head;
      with_head_[i].push_back(k);
    }
    // A few phrases open with a few letters ("please contact", "can be
    // found here", "is available here"): word starts at other letters are
    // dropped a block at a time, before the loop over them. (The list is
    // padded with its first letter: the same mask twice.)
    std::string distinct;
    for (std::string_view p : phrases_) {
      if (distinct.find(p[0]) == std::string::npos) distinct += p[0];
    }
    if (distinct.size() <= firsts_.size()) {
      for (size_t k = 0; k < firsts_.size(); ++k) {
        firsts_[k] = static_cast<uint8_t>(distinct[k < distinct.size() ? k : 0]);
      }
      filtered_ = true;
    }
  }
  // Whether one of the phrases occurs in `hay` at the start of a word. (Its
  // bytes may be read on to `readable_end`: see ByteBlock::partial.)
  bool in(std::string_view hay, const char* readable_end = nullptr) const {
    bool found = false;
    uint64_t carry = 0;  // the block before ended in a letter
    for_each_block(hay.data(), hay.size(), readable_end, [&](const ByteBlock& block, uint64_t valid, size_t at) {
      const uint64_t letters = block.letters() & valid;
      uint64_t starts = letters & ~(letters << 1 | carry);
      carry = letters >> 63;
      if (filtered_) {
        starts &= block.mask([&](Lane b) {
          return b.eq(firsts_[0]) | b.eq(firsts_[1]) | b.eq(firsts_[2]) | b.eq(firsts_[3]);
        });
      }
      for (; starts != 0 && !found; starts &= starts - 1) {
        const std::string_view rest = hay.substr(at + static_cast<size_t>(std::countr_zero(starts)));
        if (rest.size() < 4) continue;
        const uint32_t head = head_of(rest.data());
        for (size_t i = slot(head); heads_[i] != 0; i = (i + 1) & kMask) {
          if (heads_[i] != head) continue;
          for (uint32_t k : with_head_[i]) found = found || rest.starts_with(phrases_[k]);
          break;
        }
      }
    });
    return found;
  }

 private:
  static constexpr size_t kMask = 63;  // room for 32 phrases at most half full
  static uint32_t head_of(const char* p) {
    uint32_t h;
    std::memcpy(&h, p, 4);
    return h;
  }
  static size_t slot(uint32_t head) { return (head * 0x9E3779B1u) >> 26; }
  std::vector<std::string_view> phrases_;
  std::array<uint32_t, kMask + 1> heads_{};  // 0: empty (no phrase opens with four NUL bytes)
  std::array<std::vector<uint32_t>, kMask + 1> with_head_;
  std::array<uint8_t, 4> firsts_{};  // the bytes the phrases open with, when that few
  bool filtered_ = false;
};

// Phrases a paragraph may open with, looked up by its first byte: most
// paragraphs open with a byte that none of them has.
class Openings {
 public:
  Openings(std::initializer_list<std::string_view> phrases, std::span<const std::string_view> more = {}) {
    for (std::string_view p : phrases) by_first_[static_cast<unsigned char>(p[0])].push_back(p);
    for (std::string_view p : more) by_first_[static_cast<unsigned char>(p[0])].push_back(p);
  }
  bool open(std::string_view t) const { return opening(t) > 0; }
  // Whether some phrase opens with `t`'s first byte: a test to ask inline
  // before a call that reads further.
  bool may_open(std::string_view t) const { return !t.empty() && !by_first_[static_cast<unsigned char>(t[0])].empty(); }
  // The length of the phrase `t` opens with; 0 for none.
  size_t opening(std::string_view t) const {
    if (t.empty()) return 0;
    // (The second and the last byte first, inline: most phrases of a letter
    // differ there, the many that open with "The " at their end.)
    for (std::string_view p : by_first_[static_cast<unsigned char>(t[0])]) {
      if (t.size() >= p.size() && (p.size() < 2 || (p[1] == t[1] && p.back() == t[p.size() - 1])) &&
          std::equal(p.begin(), p.end(), t.begin())) {
        return p.size();
      }
    }
    return 0;
  }

 private:
  std::array<std::vector<std::string_view>, 256> by_first_;
};

// A '+' that opens an international number ("+43 1 514 36 6000"): not
// after a letter or a digit ("the 5+2 talks", "C++"), and seven digits
// or more in the number's next sixteen bytes.
bool opens_a_phone_number(std::string_view t, size_t plus) {
  if (plus > 0 && std::isalnum(static_cast<unsigned char>(t[plus - 1]))) return false;
  const std::string_view number = t.substr(plus + 1, 16);
  if (number.empty() || !std::isdigit(static_cast<unsigned char>(number[0]))) return false;
  size_t digits = 0;
  for (char c : number) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '/' && c != '.') {
      break;
    }
  }
  return digits >= 7;
}

}  // namespace

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
    while (w.size() >= 3 && static_cast<unsigned char>(w[0]) == 0xE2) w.remove_prefix(3);
    if (!w.empty()) words.push_back(w);
    i = j > i ? j : i + 1;
  }
  return words;
}

namespace {

// The marks a link to the rest of a teaser ends with: » › → …
constexpr std::string_view kLinkMarks[] = {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92", "\xE2\x80\xA6"};

// Connectives that weigh a paragraph against the one before: "However",
// "Although Malta was recommended, ...", "In the meantime, the Prime
// Minister ...". No lead of news opens with one.
constexpr std::string_view kConnectives[] = {
    "In addition", "Additionally", "Also", "Moreover", "Furthermore", "However", "As a result", "Meanwhile",
    "Although ", "Though ", "But ", "And ", "Yet ", "Still, ", "Nevertheless", "Nonetheless", "Therefore",
    "Thus", "Hence", "Indeed", "In the meantime", "At the same time", "Instead", "Likewise", "Similarly",
    "In particular", "For his part", "For her part", "For their part", "That said", "Even so", "By contrast",
    "In contrast", "On the other hand",
    // An essay's and a report's own links, which refer to what stands above:
    // "In this context, ...", "Against this background, ...", "So, what ...".
    "In this context", "In this regard", "In this respect", "In that respect", "Against this background",
    "Against that background", "To this end", "For example", "For instance", "In fact", "Of course",
    "In other words", "In short", "Consequently", "Accordingly", "Ultimately", "Finally", "Lastly", "So, ",
    "Conversely", "Above all", "Besides"};

// Words a paragraph may open with, each at most kLongestOpener bytes with
// its comma, a capital first ("In", "While"): whether `t`'s first word is
// one of them, a comma after it or not. (Asked of every paragraph: nothing
// allocated, and the first letter first, which the words' capitals rule out
// for many paragraphs; no list holds "The".)
class FirstWords {
 public:
  template <size_t N>
  constexpr explicit FirstWords(const std::string_view (&words)[N]) : words_(words) {
    for (std::string_view w : words) capitals_ |= uint32_t{1} << (w[0] - 'A');
  }
  // The byte after the first word (its comma included), or 0 when it is none of them.
  size_t end(std::string_view t) const {
    constexpr size_t kLongestOpener = 11;  // bytes: "Afterwards,"
    if (t.empty() || t[0] < 'A' || t[0] > 'Z' || (capitals_ & (uint32_t{1} << (t[0] - 'A'))) == 0) return 0;
    size_t space = 1;
    while (space < t.size() && space <= kLongestOpener && t[space] != ' ') ++space;
    // ("The", which opens most paragraphs and is in no list, leaves first.)
    if (space > kLongestOpener || space == t.size() || (space == 3 && t[1] == 'h' && t[2] == 'e')) return 0;
    std::string_view first = t.substr(0, space);
    if (first.back() == ',') first.remove_suffix(1);
    return std::find(words_.begin(), words_.end(), first) != words_.end() ? space : 0;
  }

 private:
  std::span<const std::string_view> words_;
  uint32_t capitals_ = 0;
};

// The words that open a short phrase of time or place before a sentence's
// subject: "In 2005 he ...", "On Monday, she ...", "Later they ...".
constexpr std::string_view kTimeOrPlaceWords[] = {"In",    "On",      "At",   "Since", "After",     "Later", "Then",
                                                  "Today", "Earlier", "From", "Until", "Yesterday", "Last"};
const FirstWords kTimeOrPlaceOpeners(kTimeOrPlaceWords);
// And the conjunctions and prepositions of time or place that may name the
// sentence's subject after a pronoun of their own ("When she arrived in
// Kyiv, Jane Doe ..."): no sign of someone named above, but a phrase like
// the others for what stands after its comma (see links_back_in_first_words).
constexpr std::string_view kOtherTimeWords[] = {"While",      "When",  "Before", "During",    "Following", "Upon",
                                                "Throughout", "There", "Here",   "Afterwards"};
const FirstWords kOtherOpenersOfTime(kOtherTimeWords);

// A short phrase of time or place, then someone named above by a pronoun:
// "In 2005 he was transferred to ...", "On Monday, she met ...", "Later
// they ...". (Not after "When", "While", "As": a feature's lead may name its
// subject after the pronoun, "When she arrived in Kyiv, Jane Doe ...".)
bool pronoun_after_opener(std::string_view t) {
  constexpr size_t kOpenerBytes = 32, kOpenerWords = 4;
  const size_t space = kTimeOrPlaceOpeners.end(t);
  if (space == 0) return false;
  // The pronoun, the second word to the fourth, as the clause's subject
  // with a word after it.
  size_t word = 2;
  for (size_t k = space; k < std::min(t.size(), kOpenerBytes) && word <= kOpenerWords; ++k) {
    if (t[k] != ' ') continue;
    const std::string_view rest = t.substr(k + 1);
    if (rest.starts_with("he ") || rest.starts_with("she ") || rest.starts_with("they ")) return true;
    word += !rest.empty() && rest[0] != ' ';
  }
  return false;
}

}  // namespace

bool opens_as_continuation(std::string_view t) {
  static const Openings openers = {
      {"He ", "She ", "They ", "It ", "Its ", "His ", "Her ", "Their ", "This ", "These ", "Those ", "Such ",
      "Both ", "The event", "The training", "The course", "The conference", "The workshop", "The meeting",
      "The seminar", "The forum", "The discussion", "The participants", "The mission", "The project",
      "The activity", "The exercise", "The session", "The visit", "The press conference", "The news conference",
      "The briefing", "The ceremony", "The roundtable", "The round table",
      // The event's people, as "The participants": "The speakers' list included ...".
      "The speakers", "The panellists", "The panelists", "The trainees", "The attendees", "The organizers",
      "The organisers",
      // The sides of the meeting the item reports: "The diplomats exchanged
      // views on ...", "The two ministers agreed ...".
      "The sides", "The parties", "The two ", "The officials", "The diplomats", "The delegation",
      "The interlocutors", "The ministers",
      // A speaker at the event the item reports, named above: "Addressing
      // the participants, the Head of ...", "Speaking at the conference, ...".
      // (Not "Welcoming the ...", "Opening the ...": a lead may open so,
      // "Welcoming the OSCE's new Secretary General, ... the Assembly's
      // President today expressed hope ...".)
      "Addressing ", "Speaking at ", "Speaking to ", "Speaking on ", "Speaking during ", "Speaking before ",
      "Commenting on ", "Responding to ", "Referring to ",
      "Participants", "During ", "As part of", "Prior to", "Following ", "Further", "In his ", "In her ",
      "In their ", "At the ", "In the meeting", "In the talks", "Among ", "Other ", "Another ", "Overall",
      // The first person goes on with a text's speaker ("We invite you to
      // join us ..."): a news item opens in the third person.
      "We ", "Our ", "I ",
      // The same in French, the Organization's other language of news:
      // pronouns and links to what stands above ("Il s'agit aussi ...",
      // "En outre, ...", "À cette occasion, ...").
      "Il ", "Elle ", "Ils ", "Elles ", "Ses ", "Son ", "Sa ", "Leur ", "Leurs ", "Nous ", "En effet",
      "Par ailleurs", "Toutefois", "Cependant", "Néanmoins", "De plus", "En outre", "Ainsi, ", "Dès lors",
      "Pourtant", "Enfin", "D'autre part", "D\xE2\x80\x99" "autre part", "\xC3\x80 cette occasion",
      "A cette occasion", "Lors de cette", "Selon lui", "Selon elle",
      // Bosnian, Croatian, Montenegrin and Serbian in Latin letters ("Ona",
      // "Ovakav razvoj ...", "Takođe, ..."; "On" with its verb, as English's
      // "On 12 July, ..." opens a lead).
      "Ona ", "Oni ", "On je ", "On se ", "On nije ", "Njegov", "Njen", "Njihov", "Ovaj ", "Ova ", "Ovo ",
      "Ovakav", "Ovakva", "Ovakvo",
      "Takođe", "Također", "Osim toga", "Međutim", "Pri tome", "Pritom", "Tom prilikom",
      // Finnish ("Hän lisäksi kommentoi ...", "Lisäksi ministeri ..."), German,
      // Italian, Spanish and Turkish: pronouns and links. (Not Spanish "Se ":
      // "Se celebró la reunión ..." opens a lead.)
      "H\xC3\xA4n ", "H\xC3\xA4nen ", "Heid\xC3\xA4n ", "Lis\xC3\xA4ksi", "My\xC3\xB6s ", "T\xC3\xA4m\xC3\xA4 ",
      "N\xC3\xA4m\xC3\xA4 ", "Samalla", "Er ", "Dabei", "Zudem", "Au\xC3\x9F" "erdem", "Dar\xC3\xBC" "ber hinaus",
      "Inoltre", "Tuttavia", "Adem\xC3\xA1s", "Sin embargo", "Asimismo", "Ayr\xC4\xB1" "ca", "\xC3\x96te yandan"},
      kConnectives};
  if (openers.open(t)) return true;
  if (pronoun_after_opener(t)) return true;
  // Someone named above, speaking on: "As MacGregor noted, ...", "As he
  // said, ...".
  if (t.size() > 12 && t[0] == 'A' && t.starts_with("As ")) {
    const std::vector<std::string_view> words = words_of(t.substr(0, 40));
    if (words.size() < 3 || !(starts_capitalized(words[1]) || words[1] == "he" || words[1] == "she")) return false;
    if (is_speech_verb(words[2])) return true;
    // Or named with a title first, the clause closed by a comma: "As ODIHR
    // Election Observation Mission (EOM) Head Jane Doe pointed out, ...".
    constexpr size_t kClauseBytes = 100, kClauseWords = 12;
    const size_t comma = t.substr(0, kClauseBytes).find(',');
    if (comma == std::string_view::npos) return false;
    const std::vector<std::string_view> clause = words_of(t.substr(0, comma));
    return clause.size() <= kClauseWords &&
           std::any_of(clause.begin() + 2, clause.end(), [](std::string_view w) { return is_speech_verb(w); });
  }
  return false;
}

namespace {

// One of the adverbs that link a sentence to the one before it, in lower case.
bool linking_adverb(std::string_view w) {
  // (Asked of most words of a paragraph's first clause: its first letter
  // and its length decide first.)
  switch (w[0]) {
    case 't': return w == "thus" || w == "therefore";
    case 'a': return w == "also" || w == "accordingly" || w == "already";
    case 'h': return w == "however" || w == "hence";
    case 'm': return w == "meanwhile" || w == "moreover";
    case 'n': return w == "nevertheless";
    case 'f': return w == "furthermore";
    case 'c': return w == "consequently";
    case 'l': return w == "likewise";
    default: return false;
  }
}

bool links_back_in_words_after_the_first(std::string_view t) {
  constexpr size_t kFirstWords = 6;
  // (From the first word's end: blanks before it, if any, end no word.)
  size_t at = t.find(' ');
  if (at == 0) at = t.find(' ', t.find_first_not_of(' '));
  for (size_t word = 1; word < kFirstWords && at != std::string_view::npos; ++word) {
    // (The first sentence only: "He spoke. The Mission also ..." is another's.)
    if (t[at - 1] == '.' || t[at - 1] == '?' || t[at - 1] == '!') return false;
    const size_t from = at + 1;
    at = t.find(' ', from);
    std::string_view w = t.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from);
    if (!w.empty() && w.back() == ',') w.remove_suffix(1);
    if (w.size() >= 4 && linking_adverb(w)) return true;
  }
  return false;
}

}  // namespace

bool links_back_in_first_words(std::string_view t) {
  if (links_back_in_words_after_the_first(t)) return true;
  // After a phrase that opens the sentence, the subject's words count from
  // its comma: "While in the region, the Co-Chairs also met ...". (A few
  // words that a preposition or a conjunction of time or place opens:
  // "Observers trained judges, and also police" is a clause, its subject
  // first.)
  constexpr size_t kOpeningPhraseBytes = 48, kOpeningPhraseWords = 5;
  const size_t comma = t.substr(0, kOpeningPhraseBytes).find(", ");
  if (comma == std::string_view::npos ||
      (kTimeOrPlaceOpeners.end(t) == 0 && kOtherOpenersOfTime.end(t) == 0)) {
    return false;
  }
  const std::string_view phrase = t.substr(0, comma);
  if (phrase.find_first_of(".?!") != std::string_view::npos ||
      static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ')) >= kOpeningPhraseWords) {
    return false;
  }
  return links_back_in_words_after_the_first(t.substr(comma + 1));
}

bool opens_with_a_named_frame(std::string_view t) {
  static const Openings frames = {{"As part of ", "During ", "Following ", "Prior to ", "At the "}, {}};
  if (!frames.open(t)) return false;
  // The frame is its clause, to the first comma: a few words, no pronoun
  // nor demonstrative ("During his visit to Tbilisi, ..."), a name or a
  // number in it ("the 27th OSCE Ministerial Council").
  constexpr size_t kFrameBytes = 100, kFrameWords = 12;
  const size_t comma = t.substr(0, kFrameBytes).find(',');
  if (comma == std::string_view::npos) return false;
  const std::vector<std::string_view> words = words_of(t.substr(0, comma));
  if (words.size() > kFrameWords) return false;
  static const std::unordered_set<std::string_view> referring = {"his", "her", "its", "their", "this",
                                                                  "these", "that", "those", "which"};
  bool named = false;
  for (size_t k = 1; k < words.size(); ++k) {
    if (referring.count(words[k]) != 0) return false;
    named = named || starts_capitalized(words[k]) || (words[k][0] >= '0' && words[k][0] <= '9');
  }
  return named;
}

std::string_view bare_title_subject(std::string_view t) {
  // (Read byte by byte, no words cut out: asked of every paragraph that
  // opens with "The" within the lexical cues' reach.)
  constexpr size_t kTitleWords = 3;
  constexpr std::string_view kThe = "The ";
  if (t.size() <= kThe.size() || !t.starts_with(kThe) || t[kThe.size()] < 'A' || t[kThe.size()] > 'Z') return {};
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  size_t p = kThe.size(), title_end = p;
  for (size_t words = 0; p < t.size() && upper(t[p]); ++words) {
    if (words == kTitleWords) return {};
    size_t q = p + 1;
    bool in_capitals = true;
    for (; q < t.size() && (upper(t[q]) || lower(t[q]) || t[q] == '-'); ++q) {
      if (lower(t[q])) in_capitals = false;
    }
    // ("The OSCE opened ..." names the Organization; "The Mission's work"
    // and "The Mission\u2019s work" are what is its, no title.)
    if (in_capitals || q >= t.size() || (t[q] != ' ' && t[q] != ',')) return {};
    title_end = q;
    p = q + 1;
    if (t[q] == ',') {
      while (p < t.size() && t[p] == ' ') ++p;
      break;
    }
  }
  size_t q = p;
  while (q < t.size() && lower(t[q])) ++q;
  if (q == p) return {};
  // Words that join a name's or qualify a title, not a verb after it: "The
  // Action against Terrorism Unit", "The Co-Chairs of ...", "The Ministry by
  // its decree ...".
  const std::string_view next = t.substr(p, q - p);
  if (links_a_names_words(next) || next == "by") return {};
  return t.substr(kThe.size(), title_end - kThe.size());
}

bool refers_back_at_once(std::string_view t) {
  static const Openings pronouns = {{"He ", "She ", "They ", "His ", "Her ", "Their ", "It ", "Its "}, kConnectives};
  return pronouns.open(t) || links_back_in_first_words(t);
}

size_t glued_more_link_after_read(std::string_view line) {
  // (A menu's "Reform ..." and "Representative ..." come here too: the blank after "Read" first.)
  if (line[4] != ' ' || !ascii_iequal(line.substr(0, 9), "read more")) return 0;
  // The link's mark, as a teaser's link ends with it: ">" or one of kLinkMarks.
  size_t i = 9;
  while (i < line.size() && line[i] == ' ') ++i;
  const std::string_view rest = line.substr(i);
  const auto mark = std::find_if(std::begin(kLinkMarks), std::end(kLinkMarks),
                                 [&](std::string_view m) { return rest.starts_with(m); });
  if (mark != std::end(kLinkMarks)) {
    i += mark->size();
  } else if (rest.starts_with('>')) {
    ++i;
  } else {
    return 0;
  }
  const size_t link = i;
  while (i < line.size() && line[i] == ' ') ++i;
  const bool teaser = i < line.size() && (starts_capitalized(line.substr(i)) || line[i] == '"' ||
                                          line.substr(i, 3) == "\xE2\x80\x9C");
  return teaser ? link : 0;
}

namespace {

// The offices a speaker addresses someone by (see opens_with_a_vocative).
// (At namespace scope: opens_an_address asks of every item's first units
// whether one may open, with no guard of a local static before it.)
const Openings kOffices = {"Minister ",         "Minister,",          "Ambassador ",        "Ambassador,",
                           "Secretary General ", "Secretary General,", "Director ",          "Director,",
                           "Chairperson ",       "Chairperson,",       "High Commissioner ", "High Commissioner,",
                           "Special Representative ", "Special Representative,"};

}  // namespace

bool titles_a_speech(std::string_view t) {
  constexpr size_t kLongestTitle = 300;
  if (t.size() < 12 || t.size() > kLongestTitle || t.back() == '.') return false;
  static const Openings openings = {"Remarks by ", "Speech by ", "Address by ", "Opening remarks", "Closing remarks",
                                    "Keynote speech", "Keynote address", "Welcoming remarks", "Introductory remarks"};
  if (openings.open(t)) return true;
  // The speaker's possessive, written with either apostrophe: "Lavrov's
  // remarks", "the Minister\u2019s speech at". (Found from the apostrophes,
  // which few titles hold: every head line of every item is asked.)
  auto names_words_after = [&](size_t s) {
    const std::string_view after = t.substr(s);
    return after.starts_with("s remarks ") || after.starts_with("s speech ") || after.starts_with("s address ");
  };
  for (size_t at = t.find('\''); at != std::string_view::npos; at = t.find('\'', at + 1)) {
    if (names_words_after(at + 1)) return true;
  }
  for (size_t at = t.find("\xE2\x80\x99"); at != std::string_view::npos; at = t.find("\xE2\x80\x99", at + 3)) {
    if (names_words_after(at + 3)) return true;
  }
  return false;
}

bool opens_an_address(std::string_view t) {
  // (Asked of an item's first paragraphs: "The ..." goes no further than
  // its third letter.)
  if (t.size() > 10 && t[0] == 'T' && t[1] == 'h' && t[2] == 'a') {
    static const Openings thanks = {"Thank you, Mr",        "Thank you Mr",        "Thank you, Madam",
                                    "Thank you Madam",      "Thank you, Chair",    "Thank you Chair",
                                    "Thank you, President", "Thank you President", "Thank you, Excellenc"};
    return thanks.open(t);
  }
  static const Openings addresses = {
      "Mr. Chair", "Mr Chair", "Madam Chair", "Madame Chair", "Mr. President", "Mr President", "Madam President",
      "Excellencies", "Your Excellenc", "Ladies and gentlemen", "Ladies and Gentlemen", "Dear colleagues",
      "Dear Colleagues", "Dear Chair", "Distinguished "};
  if (addresses.open(t)) return true;
  if (t.size() < 7) return false;
  // A salutation that names its addressee first: "Ambassador Vollebaek,
  // ladies and gentlemen,", "Minister, Excellencies, dear colleagues,".
  // (A short line that ends in a comma, which few paragraphs do, is read.)
  constexpr size_t kLongestSalutation = 120;
  if (t.back() == ',' && t.size() <= kLongestSalutation && word_count(t, 13) <= 12) {
    char lower[kLongestSalutation];
    for (size_t k = 0; k < t.size(); ++k) lower[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(t[k])));
    const std::string_view l(lower, t.size());
    for (std::string_view audience : {"ladies and gentlemen", "excellencies", "colleagues", "distinguished"}) {
      if (l.find(audience) != std::string_view::npos) return true;
    }
  }
  // A salutation to whoever the audience is: "Dear Ministers,", "Dear
  // friends," (a line of a few words that ends in a comma).
  if (t.starts_with("Dear ")) return t.back() == ',' && word_count(t, 7) <= 6;
  // (An office's first letter asked here: most paragraphs open otherwise.)
  return is_delivery_note(t) || (kOffices.may_open(t) && opens_with_a_vocative(t));
}

bool opens_with_a_vocative(std::string_view t) {
  // The addressee's office, then their name, then a comma: "Minister Borg,
  // on behalf of the UK, I warmly welcome you ...". (News names someone so
  // too, "Ambassador Holland, Head of the Delegation, said ...": only the
  // speaker speaks to "you", in the sentence that addresses them.)
  size_t at = kOffices.opening(t);
  if (at == 0) return false;
  // Up to three names, each capitalized, before the comma.
  constexpr size_t kNames = 3;
  for (size_t names = 0; t[at - 1] != ','; ++names) {
    const size_t end = t.find_first_of(" ,", at);
    if (names == kNames || end == std::string_view::npos || !starts_capitalized(t.substr(at))) return false;
    at = end + 1;
  }
  // "you" or "your", as a word, before the sentence ends.
  constexpr size_t kLongestAddress = 300;
  const std::string_view sentence = t.substr(at, std::min(t.find(". ", at), at + kLongestAddress) - at);
  for (size_t k = sentence.find("you"); k != std::string_view::npos; k = sentence.find("you", k + 1)) {
    const bool starts = k == 0 || sentence[k - 1] == ' ';
    const char after = k + 3 < sentence.size() ? sentence[k + 3] : ' ';
    if (starts && (after == ' ' || after == ',' || after == '.' || after == 'r')) return true;
  }
  return false;
}

bool is_audience_note_text(std::string_view t) {
  // One sentence of a few words: "This" and the text's kind, then "is for".
  constexpr size_t kNoteWords = 12;
  if (word_count(t, kNoteWords + 1) > kNoteWords) return false;
  static constexpr std::string_view kKinds[] = {"report", "update", "statement", "release", "press release",
                                                "summary", "information", "document", "page"};
  const std::string_view rest = t.substr(5);
  return std::any_of(std::begin(kKinds), std::end(kKinds), [&](std::string_view kind) {
    return rest.starts_with(kind) && rest.substr(kind.size()).starts_with(" is for ");
  });
}

bool is_delivery_note_text(std::string_view t) {
  if (!(t[0] == '(' || t[0] == '*' || t[0] == '[' || (t[0] | 0x20) == 'c')) return false;
  std::string_view w = t;
  while (!w.empty() && (w.front() == '(' || w.front() == '*' || w.front() == '[')) w.remove_prefix(1);
  while (!w.empty() && (w.back() == ')' || w.back() == '*' || w.back() == ']' || w.back() == '.' || w.back() == '!')) {
    w.remove_suffix(1);
  }
  return w.size() == 22 && ascii_iequal(w, "check against delivery");
}

bool restates(std::string_view a, std::string_view b) {
  constexpr size_t kLeast = 5;
  const std::vector<std::string_view> wa = words_of(a), wb = words_of(b);
  if (wa.size() < kLeast || wb.size() < kLeast) return false;
  auto all_but_one_in = [](const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
    size_t missing = 0;
    for (std::string_view w : x) missing += std::find(y.begin(), y.end(), w) == y.end();
    return missing <= 1;
  };
  return all_but_one_in(wa, wb) || all_but_one_in(wb, wa);
}

bool titles_a_statement(std::string_view t) {
  // (A kind, then a word that says whose, to whom, where or on what: "Address"
  // alone or "Remarks" alone open other lines.)
  static const Openings kinds = {"Statement by ", "Statement on ", "Statement in ",    "Statement at ",
                                 "Statement to ", "Statement of ", "Remarks by ",      "Remarks at ",
                                 "Remarks to ",   "Remarks on ",   "Speech by ",       "Speech at ",
                                 "Address by ",   "Address to ",   "Address at ",      "Intervention by ",
                                 "Intervention at ", "Keynote speech"};
  // "Response to" a report or to whoever gave one ("Response to the Head of
  // the Mission ...", "Response to Director of ODIHR annual report"), not a
  // subheading's "Response to the crisis".
  static const Openings responses = {"Response to the Report",   "Response to the report",   "Response to Report",
                                     "Response to report",       "Response to the Head",     "Response to Head",
                                     "Response to the Director", "Response to Director",     "Response to the High ",
                                     "Response to the Special ", "Response to the Secretary", "Response to the Chair",
                                     "Response to the Representative", "Response to the Presentation"};
  auto opens_as_one = [&](std::string_view w) { return kinds.open(w) || responses.open(w); };
  if (opens_as_one(t)) return true;
  // A word may say what kind of statement, its kind's word in a title's case
  // or not: "Press Statement by the Co-Chairs of the OSCE Minsk Group",
  // "Joint statement of ...", "Closing remarks at ...".
  static const Openings qualifiers = {"Press ", "Joint ", "Opening ", "Closing ", "Introductory ", "Concluding "};
  if (const size_t q = qualifiers.opening(t); q != 0 && q < t.size()) {
    constexpr size_t kLongestKind = 16;  // "Intervention at "
    std::array<char, kLongestKind> kind{};
    const std::string_view rest = t.substr(q, kLongestKind);
    std::copy(rest.begin(), rest.end(), kind.begin());
    kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
    if (kinds.open(std::string_view(kind.data(), rest.size()))) return true;
  }
  const size_t colon = t.find(": ");
  return colon != std::string_view::npos && opens_as_one(t.substr(colon + 2));
}

bool closes_an_address(std::string_view t) {
  static const Openings thanks = {"Thank you", "I thank you"};
  if (thanks.open(t) && word_count(t, 9) <= 8) return true;
  // "I kindly request that this statement be attached to the journal of the day."
  const std::string_view tail = t.substr(t.size() > 200 ? t.size() - 200 : 0);
  return tail.find("to the journal of") != std::string_view::npos ||
         tail.find("in the journal of") != std::string_view::npos;
}

namespace {

// A word of an office's name, capitalized. (By its first letter: asked of
// the first words of most paragraphs.) (Or a compound that ends in the
// minister, as German, the Nordic languages and Finnish write it:
// "Außenminister", "Utrikesminister", "Ulkoministeri".)
bool is_office_word(std::string_view w) {
  if (w.size() > 9 && (w.ends_with("minister") || w.ends_with("ministeri"))) return true;
  switch (w[0]) {
    case 'A': return w == "Ambassador";
    case 'C':
      return w == "Chairperson" || w == "Chairman" || w == "Commissioner" || w == "Co-ordinator" ||
             w == "Coordinator" || w == "Chief";
    case 'D': return w == "Director";
    case 'E': return w == "Envoy";
    case 'G': return w == "General" || w == "Governor";
    case 'H': return w == "Head";
    case 'M': return w == "Minister" || w == "Mayor";
    case 'O': return w == "Ombudsperson" || w == "Ombudsman";
    case 'P': return w == "President";
    case 'R': return w == "Representative";
    case 'S': return w == "Secretary" || w == "Speaker";
    default: return false;
  }
}

}  // namespace

bool opens_with_office_and_name(std::string_view t) {
  // (Its first byte first: a capital, or "The ", as every such opening has.)
  if (t.size() < 20 || t[0] < 'A' || t[0] > 'Z') return false;
  if (t.starts_with("The ")) t.remove_prefix(4);
  // The office's word within the first four words ("Kazakh Foreign Affairs
  // Minister"); the whole run, office and name, within fourteen.
  constexpr size_t kOfficeBy = 4, kLongestRun = 14;
  size_t at = 0, run = 0, names_after_office = 0;
  bool office = false;
  while (run < kLongestRun && (office || run < kOfficeBy)) {
    const size_t end = std::min(t.find(' ', at), t.size());
    if (end == t.size()) return false;
    std::string_view w = t.substr(at, end - at);
    const bool comma = !w.empty() && w.back() == ',';
    if (comma) w.remove_suffix(1);
    if (w.empty()) return false;
    if (starts_capitalized(w)) {
      if (is_office_word(w)) {
        office = true;
        names_after_office = 0;
      } else if (office) {
        ++names_after_office;
      }
    } else if (!office) {
      // (A word in lower case before any office's: most paragraphs stop here.)
      return false;
    } else if (links_a_names_words(w) && !comma) {
      // A link inside the office's name: "Minister of Foreign Affairs",
      // "Head of the OSCE Mission to Moldova". The name comes after.
      names_after_office = 0;
    } else if (names_after_office >= 2 && w.size() <= 8 && w.front() == '(' && w.ends_with(".)")) {
      // The party after the name, abbreviated as Finnish papers write it:
      // "Ulkoministeri Elina Valtonen (kok.) esitteli ...".
    } else {
      // A word in lower case after the name: the verb, in letters ("(MP,
      // Georgia)" after a name lists someone in a body), and not one of
      // speaking ("Elbasan Mayor Gledian Llatja said: ..." quotes someone
      // in the item's body).
      return names_after_office >= 2 && w[0] >= 'a' && w[0] <= 'z' && !is_speech_verb(w);
    }
    // A comma only after the office ("The OSCE Secretary General, Helga
    // Maria Schmid ..."), or after the name, the verb after it; not after
    // a name before any office ("Luigi Ferrari, Ambassador of Italy ...",
    // a body's list of who spoke).
    if (comma && !office) return false;
    if (comma && names_after_office > 0) {
      return names_after_office >= 2 && end + 1 < t.size();  // (and words after the comma)
    }
    ++run, at = end + 1;
  }
  return false;
}

bool opens_with_new_entity(std::string_view t) {
  static const Openings articles = {"A ", "An "};
  static const Openings quantifiers = {"Over ", "More than ", "Some ", "About ", "Around ", "Nearly ",
                                       "Almost ", "Up to ", "Approximately "};
  // (Not a word a scraper broke after its first letter, "A s it marks its
  // anniversary, ...": a lone letter names nothing.)
  if (const size_t a = articles.opening(t); a != 0) return !(t.size() > a + 1 && t[a + 1] == ' ');
  // A count of people or things, perhaps approximate: up to three digits
  // (four may be a year: "2023 was"), then a word in lower case.
  const size_t at = quantifiers.opening(t);
  const size_t digits_end = t.find_first_not_of("0123456789", at);
  if (digits_end == std::string_view::npos || digits_end == at || digits_end - at > 3) return false;
  return t[digits_end] == ' ' && digits_end + 1 < t.size() && t[digits_end + 1] >= 'a' && t[digits_end + 1] <= 'z';
}

bool links_a_names_words(std::string_view w) {
  static constexpr std::string_view kLinks[] = {"of",      "for",    "and",     "the",   "in",    "on",   "to",
                                                "at",      "with",   "from",    "into",  "under", "over", "upon",
                                                "against", "within", "between", "among", "about", "through",
                                                "towards"};
  return std::find(std::begin(kLinks), std::end(kLinks), w) != std::end(kLinks);
}

namespace {

// The small words that link a name's words in the Organization's other
// languages in Latin letters: "Organizzazione per la Sicurezza e la
// Cooperazione in Europa", "Organisation für Sicherheit und Zusammenarbeit".
// (Apart from links_a_names_words, which English headlines and names are
// told by.)
bool links_a_names_words_elsewhere(std::string_view w) {
  static constexpr std::string_view kLinks[] = {
      "per", "la", "le", "i", "e", "di", "del", "della", "delle", "dei", "degli", "sulla", "de", "des", "du",
      "et", "les", "pour", "en", "el", "y", "para", "los", "las", "für", "und", "der", "die", "den", "zur", "zum"};
  if (w.size() > 5) return false;
  return std::any_of(std::begin(kLinks), std::end(kLinks),
                     [&](std::string_view link) { return link[0] == w[0] && link == w; });
}

// The bytes of the article a name opens with: English's "The ", or the
// Organization's other languages' ("La ", "Il ", "El ", "Die ", "L'",
// "L’", "L´" as some Italian sites print the apostrophe); 0 for none.
size_t article_before_name(std::string_view head) {
  static constexpr std::string_view kArticles[] = {"The ", "La ", "Le ", "Il ", "El ", "Die ", "Der ", "Das ",
                                                   "L'", "L\xE2\x80\x99", "L\xC2\xB4"};
  // (Asked of every boundary's paragraph: its first byte rules out most.)
  for (std::string_view a : kArticles) {
    if (!head.empty() && a[0] == head[0] && head.starts_with(a)) return a.size();
  }
  return 0;
}

// From byte `at` of `head`: a name spelled out (its capitalized words and the
// small words linking them, "one of ..." after a comma perhaps), then what
// it is ("is the", "was established in", ...). `abbreviation_will_do`: an
// abbreviation alone in capitals ("OSCE") names it too.
bool name_then_what_it_is(std::string_view head, size_t at, bool abbreviation_will_do) {
  size_t capitalized = 0;
  bool abbreviation = false;
  auto word_end = [&](size_t from) { return std::min(head.find(' ', from), head.size()); };
  while (at < head.size()) {
    const size_t end = word_end(at);
    std::string_view w = head.substr(at, end - at);
    if (end == head.size() || w.empty()) return false;
    const bool comma = w.back() == ',';
    if (comma) w.remove_suffix(1);
    if (starts_capitalized(w) || (w.front() == '(' && w.back() == ')')) {
      capitalized += starts_capitalized(w);
      abbreviation = w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    } else if (!links_a_names_words(w) && !links_a_names_words_elsewhere(w)) {
      break;
    }
    at = end + 1;
    if (comma) {
      // An apposition, "one of the main regular decision-making bodies of
      // the Organization,", then the verb.
      if (capitalized < 2 || !head.substr(at).starts_with("one of ")) return false;
      const size_t close = head.find(", ", at);
      if (close == std::string_view::npos) return false;
      at = close + 2;
      break;
    }
  }
  if (capitalized < 2 && !(abbreviation_will_do && capitalized == 1 && abbreviation)) return false;
  // (The Organization's other languages too: "è la", "è nata", "est la",
  // "es la", "fue creada", "ist die", "wurde 1975 ...".)
  static constexpr std::string_view kIs[] = {
      "is the ", "is an ", "is a ", "is one of ", "are the ", "was established in ", "was set up in ",
      "convenes ", "consists of ", "grew out of ", "is committed to ",
      "è la ", "è il ", "è l’", "è l'", "è un ", "è una ", "è nata ", "è stata ", "è stato ",
      "est la ", "est le ", "est l’", "est l'", "est un ", "est une ", "a été ",
      "es la ", "es el ", "es un ", "es una ", "fue ",
      "ist die ", "ist der ", "ist das ", "ist ein ", "ist eine ", "wurde "};
  const std::string_view rest = head.substr(at);
  return !rest.empty() && std::any_of(std::begin(kIs), std::end(kIs), [&](std::string_view is) {
    return is[0] == rest[0] && rest.starts_with(is);
  });
}

}  // namespace

bool describes_an_institution(std::string_view t) {
  constexpr size_t kNameBytes = 200;  // the name and its apposition
  const std::string_view head = t.substr(0, kNameBytes);
  if (name_then_what_it_is(head, article_before_name(head), false)) return true;
  // A clause first, then the name, an abbreviation alone enough: "With 57
  // participating States in North America, Europe and Asia, the OSCE is the
  // world's largest ...". Where it sits says enough: "Based in Vienna, the
  // OSCE grew out of ...", "Headquartered in Warsaw, the Office observes ...".
  constexpr size_t kClauseBytes = 120;
  const size_t comma = head.substr(0, kClauseBytes).find(", the ");
  if (comma == std::string_view::npos || head.substr(0, comma).find(". ") != std::string_view::npos) return false;
  for (std::string_view based : {"Based in ", "Headquartered in "}) {
    if (head.starts_with(based)) {
      return starts_capitalized(head.substr(based.size())) && starts_capitalized(head.substr(comma + 6));
    }
  }
  return name_then_what_it_is(head, comma + 6, true);
}

bool opens_a_list_entry(std::string_view t) {
  // Every paragraph passes here, most of them opening with a capital: its
  // first byte decides which marks to compare.
  if (t.size() < 3) return false;
  if (list_mark_length(t) != 0) return true;
  const char c = t[0];
  // "1. ", "12) ", "a) ": one or two digits, or one lower-case letter before a
  // bracket ("a. " may be an initial, and three digits a number of the text).
  if (c >= 'a' && c <= 'z') return t[1] == ')' && t[2] == ' ';
  if (c < '0' || c > '9') return false;
  const size_t digits = t[1] >= '0' && t[1] <= '9' ? 2 : 1;
  return digits + 1 < t.size() && (t[digits] == '.' || t[digits] == ')') && t[digits + 1] == ' ';
}

namespace {

// Words that say where someone stands in a photo: "(left)", "(second from
// right)", "(l-r)", "(front row, centre)".
bool position_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"left", "right", "centre", "center", "middle", "from", "to",
                                                "second", "third", "fourth", "2nd", "3rd", "4th", "l-r", "r-l",
                                                "front", "back", "row", "standing", "seated"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view k) {
    return k.size() == w.size() && std::equal(k.begin(), k.end(), w.begin(), [](char a, char b) {
             return a == (b | 0x20);
           });
  });
}

}  // namespace

// (is_photo_caption asks the first and last bytes, and the length, first:
// an opening added here must open with one of kPhotoCreditFirstBytes.)
bool is_photo_caption_past_its_bytes(std::string_view t) {
  // (A credit line names a source and a photographer or two, no more.)
  constexpr size_t kCreditWords = 12;
  if (t[0] == 'P' && (t.starts_with("Photo:") || t.starts_with("Photo credit") || t.starts_with("Photo by ") ||
                      t.starts_with("Photo courtesy") || t.starts_with("Picture courtesy") ||
                      t.starts_with("Picture:"))) {
    return true;
  }
  if (t[0] == 'I' && (t.starts_with("Image courtesy") || t.starts_with("Image credit"))) return true;
  if (t[0] == '\xD0' && t.starts_with("\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE:")) return true;  // Фото:
  // The label in the area's other languages: "Foto:" (German, Italian, the
  // Slavic and Nordic languages), "Fotó:", "Fotoğraf:", "Kuva:" (Finnish),
  // "Bild:" (German).
  if (t[0] == 'F' && t.starts_with("Fot")) {
    const std::string_view rest = t.substr(3);
    if (rest.starts_with("o:") || rest.starts_with("\xC3\xB3:") || rest.starts_with("o\xC4\x9Fraf:")) return true;
  }
  if ((t[0] == 'K' && t.starts_with("Kuva:")) || (t[0] == 'B' && t.starts_with("Bild:"))) return true;
  // (A credit line is short: a paragraph that opens with one of the
  // letters below, most of them, is asked no further.)
  constexpr size_t kCreditBytes = 120;
  if (t.size() <= kCreditBytes) {
    if (t[0] == '\xC2' && t.starts_with("\xC2\xA9 ")) return word_count(t, kCreditWords + 1) <= kCreditWords;  // ©
    // An agency's or a picture library's name, then a slash and whom it
    // credits: "Reuters/Jane Doe", "AFP / Getty Images". ("Reuters reported
    // ..." has no slash after the name.)
    static constexpr std::string_view kAgencies[] = {"AFP", "AP Photo", "EPA", "Flickr", "Getty Images", "Reuters",
                                                     "Shutterstock", "Unsplash", "Wikimedia Commons"};
    for (std::string_view agency : kAgencies) {
      if (agency[0] != t[0] || !t.starts_with(agency)) continue;
      std::string_view rest = t.substr(agency.size());
      if (rest.starts_with(' ')) rest.remove_prefix(1);
      return rest.starts_with('/') && word_count(t, kCreditWords + 1) <= kCreditWords;
    }
  }
  // A credit in brackets at its end.
  if (t.size() < 8 || t.back() != ')') return false;
  const size_t open = t.rfind('(');
  if (open == std::string_view::npos || t.size() - open > 60) return false;
  const std::string_view credit = t.substr(open + 1, t.size() - open - 2);
  if (credit.starts_with("OSCE/") || credit.starts_with("Photo") || credit.starts_with("photo")) return true;
  // Or whose it is, in a word or two after the caption's full stop: "...
  // in Idrizovo, 29 July 2002. (OSCE)". (A caption's length: a paragraph
  // may end in its source so.)
  constexpr size_t kCaptionBytes = 300, kOwnerWords = 2;
  if (t.size() <= kCaptionBytes && open >= 2 && t.substr(open - 2, 2) == ". " && !credit.empty() &&
      word_count(credit, kOwnerWords + 1) <= kOwnerWords &&
      std::ranges::all_of(split_on(credit, ' '), [](std::string_view w) { return starts_capitalized(w); })) {
    return true;
  }
  // Or what the picture is, a word of its own: "(Image made from video)",
  // "(Screenshot)"; not "(Imagery Unit)".
  for (std::string_view kind : {"Image", "image", "Screenshot", "screenshot"}) {
    if (!credit.starts_with(kind)) continue;
    if (credit.size() == kind.size() || !std::isalpha(static_cast<unsigned char>(credit[kind.size()]))) return true;
  }
  // Who took it, for whom: "(USOSCE/Colin Peters)", "(UN Photo/Mark Garten)":
  // a word or two, a slash, a person's name of two or three capitalized words.
  const size_t slash = credit.find('/');
  if (slash == std::string_view::npos || slash == 0 || word_count(credit.substr(0, slash), 3) > 2) return false;
  const std::vector<std::string_view> name = split_on(credit.substr(slash + 1), ' ');
  return name.size() >= 2 && name.size() <= 3 &&
         std::all_of(name.begin(), name.end(), [](std::string_view w) { return starts_capitalized(w); });
}

bool is_gallery_link(std::string_view t) {
  if (t.size() < 5 || t.size() > 40) return false;
  // (Asked of every line under a title: the last byte first, which a media
  // word or a count ends with: "photos", "video", "gallery", "(12)", "фото".)
  switch (t.back()) {
    case 's': case 'S': case 'o': case 'O': case 'y': case 'Y': case ')': case '\xBE': break;
    default:
      if (t.back() < '0' || t.back() > '9') return false;
  }
  static constexpr std::string_view kMedia[] = {"photo", "photos", "video", "videos", "gallery",
                                                "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE",          // фото
                                                "\xD0\xB2\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBE"};  // видео
  // Every other word is a link's ("more", "view", "watch the") or a count:
  // "Photo exhibition opens" is a headline. (The first word that is
  // neither decides, with no allocation.)
  static constexpr std::string_view kLinkWords[] = {"more", "all", "view", "see", "watch", "open", "the"};
  constexpr size_t kMostWords = 4;
  size_t words = 0;
  bool media = false;
  for (size_t start = 0; start < t.size();) {
    size_t end = t.find(' ', start);
    if (end == std::string_view::npos) end = t.size();
    if (end > start) {
      if (++words > kMostWords) return false;
      char buffer[16];
      size_t size = 0;
      for (char c : t.substr(start, end - start)) {
        if (c == '(' || c == ')' || c == '+' || c == ':') continue;
        if (size == sizeof buffer) return false;
        buffer[size++] = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      const std::string_view word(buffer, size);
      if (std::find(std::begin(kMedia), std::end(kMedia), word) != std::end(kMedia)) {
        media = true;
      } else {
        const bool count = all_digits(word);
        if (!count && std::find(std::begin(kLinkWords), std::end(kLinkWords), word) == std::end(kLinkWords)) return false;
      }
    }
    start = end + 1;
  }
  return media;
}

bool shows_where_people_stand(std::string_view t) {
  constexpr size_t kLongestBracket = 32;
  for (size_t open = t.find('('); open != std::string_view::npos; open = t.find('(', open + 1)) {
    const size_t close = t.find(')', open);
    if (close == std::string_view::npos) return false;
    if (close - open > kLongestBracket) continue;
    const std::string_view inside = t.substr(open + 1, close - open - 1);
    bool any = false, all = true;
    for (size_t at = 0; at < inside.size() && all;) {
      const size_t end = std::min(inside.find_first_of(" ,", at), inside.size());
      if (end > at) {
        all = position_word(inside.substr(at, end - at));
        any = true;
      }
      at = end + 1;
    }
    if (any && all) return true;
  }
  return false;
}

bool opens_with_quote(std::string_view t) {
  // (Or the guillemets of French and Russian, "« Nous ... »", or the low
  // mark of German and the Balkan languages, "„...“".)
  return !t.empty() && (t[0] == '"' || t.substr(0, 3) == "\xE2\x80\x9C" || t.substr(0, 3) == "\xE2\x80\x98" ||
                        t.substr(0, 2) == "\xC2\xAB" || t.substr(0, 3) == "\xE2\x80\x9E");
}

bool opens_with_file_type(std::string_view t) {
  static constexpr std::string_view kTypes[] = {"pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ppt", "pptx"};
  const size_t space = t.find(' ');
  if (space == std::string_view::npos || space + 1 >= t.size() || !(t[space + 1] >= 'A' && t[space + 1] <= 'Z')) {
    return false;
  }
  const std::string_view type = t.substr(0, space);
  return std::any_of(std::begin(kTypes), std::end(kTypes), [&](std::string_view k) {
    return type.size() == k.size() && std::equal(k.begin(), k.end(), type.begin(), [](char a, char b) {
             return a == (b | 0x20);
           });
  });
}

std::string_view opening_surname(std::string_view t) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  // (Its first two bytes first: most paragraphs open with "The", "In", a
  // quotation mark or a digit, and none of those is a surname.)
  if (t.size() < 8 || t[0] < 'A' || t[0] > 'Z' || !lower(t[1]) || t.starts_with("The ")) return {};
  size_t end = 1;
  while (end < t.size() && (lower(t[end]) || static_cast<unsigned char>(t[end]) >= 0x80)) ++end;
  if (end < 3 || end + 2 >= t.size() || t[end] != ' ' || !lower(t[end + 1])) return {};
  size_t next_end = end + 1;
  while (next_end < t.size() && lower(t[next_end])) ++next_end;
  const std::string_view next = t.substr(end + 1, next_end - end - 1);
  static constexpr std::string_view kNoVerbs[] = {"of", "for", "to", "and", "in", "at", "on", "the", "a", "an",
                                                  "from", "with", "by", "or"};
  if (std::find(std::begin(kNoVerbs), std::end(kNoVerbs), next) != std::end(kNoVerbs)) return {};
  const std::string_view word = t.substr(0, end);
  static constexpr std::string_view kNoSurnames[] = {
      "This", "That", "These", "Those", "There", "Their", "Its", "His", "Her", "She", "They", "Our",
      "Some", "Many", "Most", "All", "Both", "Each", "Such", "Other", "Further", "Since", "After", "Before",
      "During", "While", "When", "With", "According", "Following", "Participants", "Here", "Today", "Yesterday"};
  if (std::find(std::begin(kNoSurnames), std::end(kNoSurnames), word) != std::end(kNoSurnames)) return {};
  return word;
}

std::string_view surname_after_phrase(std::string_view t) {
  constexpr size_t kPhraseBytes = 64;
  const size_t comma = t.substr(0, kPhraseBytes).find(", ");
  return comma == std::string_view::npos ? std::string_view() : opening_surname(t.substr(comma + 2));
}

bool names_in_full(std::string_view text, std::string_view surname) {
  for (size_t at = text.find(surname); at != std::string_view::npos; at = text.find(surname, at + 1)) {
    const size_t after = at + surname.size();
    if (at < 3 || text[at - 1] != ' ' || (after < text.size() && alnum(text[after]))) continue;
    // The word before it: capitalized, not the sentence's end, and no
    // article ("The Ministry of Defence" names no Mr Ministry); a given name
    // or an office, no longer than "Representative" (a sentence's first
    // word, "Puheenjohtajuuskaudellaan Suomi ...", names no one).
    constexpr size_t kGivenNameBytes = 14;
    size_t start = at - 1;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n') --start;
    const std::string_view before = text.substr(start, at - 1 - start);
    static constexpr std::string_view kArticles[] = {"The", "A", "An", "This", "That", "Its", "Their", "His",
                                                     "Her", "Our"};
    if (before.size() >= 2 && before.size() <= kGivenNameBytes && starts_capitalized(before) &&
        alnum(before.back()) && std::find(std::begin(kArticles), std::end(kArticles), before) == std::end(kArticles)) {
      return true;
    }
  }
  return false;
}

bool quote_by_pronoun(std::string_view t) {
  // (Asked of every paragraph that opens with a quotation mark: its last
  // byte first, then back to the quotation's closing mark, one pass.)
  if (t.size() < 12 || t.back() != '.') return false;
  // The words after the quotation's last closing mark (” " »), at most five.
  constexpr size_t kTail = 48;
  size_t after = 0;
  for (size_t k = t.size() - 1, stop = t.size() - std::min(t.size(), kTail); k > stop; --k) {
    const char c = t[k - 1];
    if (c == '"' || ((c == '\x9D' || c == '\xBB') && k >= 2 && (t[k - 2] == '\x80' || t[k - 2] == '\xC2'))) {
      after = k;
      break;
    }
  }
  if (after == 0) return false;
  static constexpr std::string_view kPronouns[] = {"he", "she", "they", "\xD0\xBE\xD0\xBD",          // он
                                                   "\xD0\xBE\xD0\xBD\xD0\xB0",                  // она
                                                   "\xD0\xBE\xD0\xBD\xD0\xB8"};                 // они
  size_t words = 0;
  bool pronoun = false;
  for (std::string_view w : split_on(t.substr(after, t.size() - 1 - after), ' ')) {
    while (!w.empty() && w.back() == ',') w.remove_suffix(1);
    while (!w.empty() && w.front() == ',') w.remove_prefix(1);
    // (The Russian dash before the verb, "— заявил он", is no word.)
    if (w.empty() || w == "-" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93") continue;
    if (++words > 5) return false;
    // ("he said", "said he", "— заявил он": the pronoun among the first two words.)
    const bool is_pronoun = std::find(std::begin(kPronouns), std::end(kPronouns), w) != std::end(kPronouns);
    pronoun = pronoun || (words <= 2 && is_pronoun);
  }
  return pronoun;
}

namespace {

// Whether the '.' at `dot` begins the last label of a web address that is
// the whole line, as an agency signs its copy with it ("/abcnews.al",
// "News.Az", "example.org/"): one word, two to six letters after the dot,
// a letter or digit before it. (Not a document's symbol, "PC.DEC/1999",
// nor a sentence's full stop.)
constexpr size_t kAddressBytes = 64;
bool ends_a_bare_web_address(std::string_view t, size_t dot) {
  constexpr size_t kLabelLetters = 6;
  if (t.size() > kAddressBytes || dot == 0 || !alnum(t[dot - 1])) return false;
  std::string_view end = t.substr(dot + 1);
  while (!end.empty() && end.back() == '/') end.remove_suffix(1);
  return end.size() >= 2 && end.size() <= kLabelLetters &&
         std::all_of(end.begin(), end.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) &&
         t.find(' ') == std::string_view::npos;
}

// An editor's initials on a line of their own under the text, as news
// agencies sign their copy: "ish", "/ik/", "(ah)"; two to four small
// letters, no word that links others ("and", "the") nor a file's type.
bool signs_off(std::string_view t) {
  if (t.size() >= 4 && ((t.front() == '/' && t.back() == '/') || (t.front() == '(' && t.back() == ')'))) {
    t = t.substr(1, t.size() - 2);
  }
  if (t.size() < 2 || t.size() > 4 || !std::all_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  static constexpr std::string_view kWords[] = {"pdf", "doc", "docx", "more", "etc", "via", "but", "or", "as", "by"};
  return !links_a_names_words(t) && std::find(std::begin(kWords), std::end(kWords), t) == std::end(kWords);
}

}  // namespace

bool signs_off_copy(std::string_view t) { return signs_off(t) || is_bare_web_address(t); }

bool is_bare_web_address(std::string_view t) {
  // (Its length first: osce-strip asks it of a page's first lines, most of
  // them long. A mailbox, "press@example.org", is a contact's, not the
  // agency's site.)
  if (t.size() > kAddressBytes || t.find('@') != std::string_view::npos) return false;
  std::string_view address = t;
  while (!address.empty() && address.back() == '/') address.remove_suffix(1);
  const size_t dot = address.rfind('.');
  return dot != std::string_view::npos && ends_a_bare_web_address(t, dot);
}

// An agency's name in slashes after the copy's last sentence signs the copy
// off: "... in these regions. /APA/". (Out of line: every paragraph asks
// closes_an_item, few end with a slash.)
[[gnu::noinline]] static bool signed_in_slashes(std::string_view end) {
  constexpr size_t kLongestAgency = 15;
  if (end.size() < 8) return false;
  const size_t open = end.find_last_of('/', end.size() - 2);
  const size_t name = open == std::string_view::npos ? 0 : end.size() - 2 - open;
  return name >= 2 && name <= kLongestAgency && open >= 2 && end[open - 1] == ' ' &&
         std::all_of(end.begin() + static_cast<std::ptrdiff_t>(open) + 1, end.end() - 1,
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; }) &&
         ends_with_sentence_mark(end.substr(0, open - 1));
}

bool opens_as_a_close(std::string_view t) {
  // (A teaser's link line, "Read more", ends the teaser.)
  static const Openings openings = {"For more information", "For further", "Please contact", "Follow ",
                                    "Learn more", "Contact:", "Read more", "Read the full", "Continue reading"};
  return openings.open(t);
}

bool hashtags_alone(std::string_view t) {
  size_t tags = 0;
  for (size_t i = 0; i < t.size();) {
    if (t[i] == ' ') {
      ++i;
      continue;
    }
    const size_t end = std::min(t.find(' ', i), t.size());
    const auto first = static_cast<unsigned char>(end - i >= 2 ? t[i + 1] : ' ');
    if (t[i] != '#' || !(std::isalpha(first) || first >= 0x80)) return false;
    ++tags;
    i = end;
  }
  return tags > 0;
}

// One pass for the marks that may stand anywhere; the phrases open or close
// the paragraph.
bool closes_an_item(std::string_view t, const char* readable_end) {
  if (t.size() <= 6 && signs_off(t)) return true;
  if (!t.empty() && t[0] == '#' && hashtags_alone(t)) return true;
  // The marks, found a block at a time: '@', a '+' before digits, the ':'
  // of "http://" and the '.' of "www.". A mark closes in the paragraph's
  // last bytes, where a contact or a link to more stands: an event page's
  // "On-line registration ... is available at http://... Participants are
  // advised to register by ..." goes on about the event.
  constexpr size_t kClosingTail = 200;
  const size_t tail_from = t.size() > kClosingTail ? t.size() - kClosingTail : 0;
  bool found = false;
  for_each_block(t.data() + tail_from, t.size() - tail_from, readable_end,
                 [&](const ByteBlock& block, uint64_t valid, size_t at) {
    at += tail_from;
    if (found) return;
    uint64_t marks = block.mask([](Lane b) { return b.eq('@') | b.eq('+') | b.eq(':') | b.eq('.'); }) & valid;
    for (; marks != 0 && !found; marks &= marks - 1) {
      const size_t i = at + static_cast<size_t>(std::countr_zero(marks));
      switch (t[i]) {
        // (Not an author's handle after their name, "Fahad Shabbir
        // (@FahadShabbir)", a news site's byline.)
        case '@': found = i == 0 || t[i - 1] != '('; break;
        case '+': found = opens_a_phone_number(t, i); break;
        case ':':
          found = (i >= 4 && t.substr(i - 4, 7) == "http://") || (i >= 5 && t.substr(i - 5, 8) == "https://");
          break;
        default: found = (i >= 3 && t.substr(i - 3, 4) == "www.") || ends_a_bare_web_address(t, i); break;
      }
    }
  });
  if (found) return true;
  if (!t.empty() && t.back() == '/' && signed_in_slashes(t)) return true;
  if (opens_as_a_close(t)) return true;
  if (heads_contacts(t)) return true;
  // A teaser cut short with a link to the rest: "... The SMM observed a
  // …read more", "... [...]", "Read more »".
  // (Every paragraph passes here: its last letter or mark decides first.)
  {
    std::string_view end = t;
    while (!end.empty() && (end.back() == ' ' || end.back() == '.' || end.back() == '>')) end.remove_suffix(1);
    const auto last = end.empty() ? 0 : static_cast<unsigned char>(end.back());
    if (last == 0xBB || last == 0xBA || last == 0x92 || last == 0xA6) {  // » › → …
      for (std::string_view mark : kLinkMarks) {
        if (end.ends_with(mark)) end.remove_suffix(mark.size());
      }
      while (!end.empty() && end.back() == ' ') end.remove_suffix(1);
    }
    if (end.size() >= 9 && (end.back() | 0x20) == 'e' && ascii_iequal(end.substr(end.size() - 9), "read more")) {
      return true;
    }
    // The link on a line of its own under the teaser, "More", "More »".
    if (end == "More") return true;
    // A link after the teaser's last sentence: "... the observers concluded. More"
    if (end.size() >= 7 && end.ends_with(" More")) {
      const std::string_view before = end.substr(0, end.size() - 5);
      if (ends_with_sentence_mark(before)) return true;
    }
    if (!end.empty() && end.back() == ']' && (end.ends_with("[...]") || end.ends_with("[\xE2\x80\xA6]"))) return true;
  }
  // Closing phrases stand in the last sentence or two.
  // (A menu's short lines are too short for any of them.)
  // (A blog's teaser ends in its link, "... Continue reading "Title"", where
  // the link's words are those of the post's title. An aggregator's copy of
  // a release ends in its link to the whole: "... View in full here.")
  static const Phrases closings = {"please contact", "can be found here", "is available here", "in full here",
                                   "Continue reading", "continue reading"};
  if (t.size() < 14) return false;
  const std::string_view tail = t.substr(t.size() > 160 ? t.size() - 160 : 0);
  return closings.in(tail, readable_end);
}

std::string_view introduced_surname(std::string_view t) {
  // (Within the first sentence's first words: the office, then the name.)
  constexpr size_t kOfficeBytes = 120;
  std::string_view head = t.substr(0, kOfficeBytes);
  head = head.substr(0, head.find(". "));
  // (An office before the comma, not a word: "Today, Jane Doe ..." introduces no one.)
  constexpr size_t kOfficeAtLeast = 8;
  const size_t comma = head.find(", ");
  if (comma == std::string_view::npos || comma < kOfficeAtLeast) return {};
  // Two to three capitalized words, then a comma: a given name (or a rank)
  // and the surname.
  std::string_view rest = head.substr(comma + 2), surname;
  size_t words = 0;
  while (!rest.empty() && words < 3 && starts_capitalized(rest)) {
    size_t end = 0;
    while (end < rest.size() && (alnum(rest[end]) || rest[end] == '-' ||
                                 static_cast<unsigned char>(rest[end]) >= 0x80)) {
      ++end;
    }
    if (end < 2) return {};
    surname = rest.substr(0, end);
    ++words;
    rest.remove_prefix(end);
    if (rest.starts_with(", ")) return words >= 2 ? surname : std::string_view();
    if (!rest.starts_with(' ')) return {};
    rest.remove_prefix(1);
  }
  return {};
}

bool heads_contacts(std::string_view t) {
  // (Menus' short lines pass here too: the last letters decide first.)
  if (t.size() < 7 || t.size() > 24) return false;
  std::string_view w = t;
  if (w.back() == ':') w.remove_suffix(1);
  if ((w.back() | 0x20) == 's') w.remove_suffix(1);
  return w.size() >= 7 && ascii_iequal(w.substr(w.size() - 7), "contact") &&
         (w.size() == 7 || w[w.size() - 8] == ' ') && std::count(t.begin(), t.end(), ' ') <= 2;
}

bool early_date(std::string_view t, bool other_languages) {
  // No word list: this runs for every paragraph and looks at fifteen words,
  // and not even at those when they hold no digit.
  const std::string_view head = t.substr(0, kEarlyWords * 12);
  if (!has_digit(head.data(), head.size())) return false;
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
    // News capitalizes its months: "may 10 times" is the verb.
    const bool month = !number && w[0] >= 'A' && w[0] <= 'Z' && month_number(w) != 0;
    // (A month and its year, "in July 2017", dates no event to its day: the
    // background a paragraph gives, not a lead's news.)
    if ((month && !previous.empty() && std::isdigit(static_cast<unsigned char>(previous[0]))) ||
        (number && previous_month && w.size() <= 2)) {
      return true;
    }
    // (A month's letters past ASCII end its word here: "3 února" is not read.)
    if (other_languages && !number && !previous.empty() && std::isdigit(static_cast<unsigned char>(previous[0])) &&
        latin_month_number(w) != 0) {
      return true;
    }
    previous = w;
    previous_month = month;
    ++words;
    i = j;
  }
  return false;
}

std::string_view defined_abbreviation(std::string_view t) {
  const std::string_view first = t.substr(0, std::min(t.find(". "), size_t{400}));
  for (size_t open = first.find('('); open != std::string_view::npos; open = first.find('(', open + 1)) {
    const size_t close = first.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view a = first.substr(open + 1, close - open - 1);
    if (a.size() < 2 || a.size() > 8 || a[0] < 'A' || a[0] > 'Z') continue;
    // Brackets with no name before them spell nothing out: an agency's
    // signature under its copy, "(SDA)", "(AFP)".
    if (open < 2 || first[open - 1] != ' ' || !alnum(first[open - 2])) continue;
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

bool has_word(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !alnum(text[at - 1]);
    const bool ends = at + word.size() == text.size() || !alnum(text[at + word.size()]);
    if (starts && ends) return true;
  }
  return false;
}

void AbbreviationsSoFar::reset(std::string_view text, size_t begin) {
  text_ = text;
  scanned_ = begin;
  words_.clear();
}

bool AbbreviationsSoFar::has(std::string_view word, size_t end) {
  // has_word finds `word` where a run of letters and digits is exactly it:
  // the runs are kept, each once it ends before `end`. A run that reaches
  // `end` counts as whole there, as has_word counts the text's end, but it
  // may go on: it is compared, not kept, and read again next time.
  size_t p = scanned_;
  while (p < end) {
    if (!alnum(text_[p])) {
      ++p;
      continue;
    }
    size_t q = p + 1;
    while (q < end && alnum(text_[q])) ++q;
    if (q == end) break;
    if (q - p >= 2 && q - p <= 8 && text_[p] >= 'A' && text_[p] <= 'Z') words_.insert(text_.substr(p, q - p));
    p = q;
  }
  scanned_ = p;
  return words_.count(word) > 0 || text_.substr(p, end - p) == word;
}

bool reports_an_event(std::string_view t) {
  const size_t stop = t.find(". ");
  const std::string_view first = t.substr(0, stop);
  static const Phrases events = {"took place", "was held", "were held", "held ", "organized", "organised", "hosted",
                                 "conducted", "launched", "started", "concluded", "opened", "began", "convened",
                                 "visited"};
  return events.in(first);
}

}  // namespace osce
