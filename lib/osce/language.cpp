#include "osce/language.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "osce/text_lines.hpp"

namespace osce {

namespace {

constexpr size_t kLanguages = static_cast<size_t>(Language::kUkrainian) + 1;

// Each language's commonest function words, of two letters or more in the
// Latin script (single letters, "a", "e", "i", "y", belong to too many
// languages to tell any); Russian's "и", "в", "с" and Ukrainian's "і", "у",
// "з" tell them apart.
// A word that several languages have ("de", "la", "in", "un") counts for
// each of them, a share as small as they are many: the words that are one
// language's alone decide.
struct WordList {
  Language language;
  std::string_view words;
};
constexpr WordList kWordLists[] = {
    {Language::kEnglish,
     "the of and to in is that for on with as by was are from has have this which be at an will their its were "
     "been it or not but also had said"},
    {Language::kGerman,
     "der die das und den von zu mit ist im in für auf des sich nicht ein eine einer dem auch wird werden bei als "
     "nach wurde zum zur über hat sind dass"},
    {Language::kFrench,
     "le la les des de et du un une en est pour dans que qui sur au par avec ne pas sont ont été aux ce cette il "
     "elle se leur plus son sa ses"},
    {Language::kItalian,
     "il di che per un una in del della delle dei degli gli sono alla al nel nella nelle con non è da ha anche tra "
     "questo si le la lo ai ed come ma più hanno stato dell all sul sulla dalla"},
    {Language::kSpanish,
     "el los las del de que por con para es se su sus un una como más fue entre este esta al la en según sobre "
     "también han ha lo"},
    {Language::kRomanian,
     "și si în in de cu pe că ca nu este din pentru care sunt mai ale al fost la se să acest unei unui sau "
     "dintre un"},
    {Language::kPolish,
     "się że do nie jest od przez dla jak po oraz na są być także który która które to którzy został "
     "została"},
    {Language::kSerboCroatian,
     "je na da se za od su sa koji koja koje kao ili bi bio biti iz ne što će nije kako prema ovo tokom"},
    {Language::kTurkish, "ve bir bu ile için da de olarak olan ise gibi daha çok her kadar sonra"},
    {Language::kAlbanian, "të në dhe për që me nga një është si ka janë do se më"},
    {Language::kHungarian, "az és hogy nem egy is meg van volt mint szerint után között"},
    {Language::kRussian,
     "и в не на что с по это как к из за но же он она они его был была было были от для при уже или еще"},
    {Language::kUkrainian,
     "і у в не на що з та це як до від для при його її був була було були але вже або ще між їх про"},
};

// Word -> the languages that have it, one bit each.
using Languages = uint16_t;
static_assert(kLanguages <= 16, "one bit per language");

// A word's weight, shared among the languages that have it (any number of
// them up to six divides it evenly).
constexpr int kWholeWord = 60;

// A word of up to eight bytes as one number, its bytes in order: a lookup
// compares numbers, with no string built. (No listed word is longer.)
constexpr size_t kLongestWord = 8;
uint64_t packed(std::string_view w) {
  uint64_t key = 0;
  for (char c : w) key = key << 8 | static_cast<unsigned char>(c);
  return key;
}

// The function words, packed and sorted, each with its languages.
const std::vector<std::pair<uint64_t, Languages>>& function_words() {
  static const std::vector<std::pair<uint64_t, Languages>> table = [] {
    std::vector<std::pair<uint64_t, Languages>> words;
    for (const WordList& list : kWordLists) {
      const auto bit = static_cast<Languages>(1u << static_cast<unsigned>(list.language));
      std::string_view rest = list.words;
      while (!rest.empty()) {
        const size_t space = rest.find(' ');
        const std::string_view word = rest.substr(0, space);
        if (word.size() > kLongestWord) throw std::logic_error("language: a function word longer than eight bytes");
        words.emplace_back(packed(word), bit);
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      }
    }
    std::sort(words.begin(), words.end());
    // One entry a word, with the languages of all its lists.
    std::vector<std::pair<uint64_t, Languages>> merged;
    for (const auto& [key, languages] : words) {
      if (!merged.empty() && merged.back().first == key) {
        merged.back().second |= languages;
      } else {
        merged.emplace_back(key, languages);
      }
    }
    return merged;
  }();
  return table;
}

// How many bytes at `i` are no letter: 0 at a letter (an ASCII one, or any
// UTF-8 sequence but those of C2, Latin-1's marks and its no-break space,
// and of E2, dashes and quotation marks: "“Perši" is "Perši").
size_t not_a_letter(std::string_view t, size_t i) {
  const auto c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 0 : 1;
  if (c == 0xC2) return 2;
  if (c == 0xE2) return 3;
  return 0;
}

// `w` in lower case, packed: ASCII letters, and the capitals of Latin-1
// ("À" to "Þ") and of the Latin Extended-A and -B pairs that the lists'
// languages use ("Ș" is "ș", "Ç" is "ç"), whose small letter follows the
// capital. (A function word opens a sentence now and then: "În", "Și".)
uint64_t packed_lower(std::string_view w) {
  uint64_t key = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    auto c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') c |= 0x20;
    key = key << 8 | c;
    if (i + 1 < w.size() && c == 0xD0) {
      // Cyrillic capitals: "Ѐ" to "Џ" (Ukrainian's "Є", "І", "Ї" among them)
      // are D1 90 to D1 9F small, "А" to "П" D0 B0 to D0 BF, "Р" to "Я" D1
      // 80 to D1 8F.
      const auto next = static_cast<unsigned char>(w[++i]);
      if (next >= 0x80 && next <= 0x8F) {
        key = (key >> 8) << 8 | 0xD1;
        key = key << 8 | (next + 0x10u);
      } else if (next >= 0x90 && next <= 0x9F) {
        key = key << 8 | (next + 0x20u);
      } else if (next >= 0xA0 && next <= 0xAF) {
        key = (key >> 8) << 8 | 0xD1;
        key = key << 8 | (next - 0x20u);
      } else {
        key = key << 8 | next;
      }
    } else if (i + 1 < w.size() && (c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xC8)) {
      // (Polish's "Ł"/"ł", "Ż"/"ż", whose capitals are odd: see small_latin_second_byte.)
      key = key << 8 | small_latin_second_byte(c, static_cast<unsigned char>(w[++i]));
    }
  }
  return key;
}

}  // namespace

Language language_of(std::string_view text) {
  const std::vector<std::pair<uint64_t, Languages>>& words = function_words();
  const std::string_view head = text.substr(0, kLanguageBytes);
  std::array<int, kLanguages> hits{};
  size_t i = 0;
  // (The head may end inside a word, or inside a letter: that word counts
  // for nothing, as it may be another word's first letters.)
  while (i < head.size()) {
    for (size_t skip; i < head.size() && (skip = not_a_letter(head, i)) != 0;) i += skip;
    size_t j = i;
    while (j < head.size() && not_a_letter(head, j) == 0) ++j;
    if (j == head.size() && head.size() < text.size()) break;
    if (j - i >= 2 && j - i <= kLongestWord) {
      const uint64_t key = packed_lower(head.substr(i, j - i));
      const auto found = std::lower_bound(words.begin(), words.end(), std::make_pair(key, Languages{0}));
      if (found != words.end() && found->first == key) {
        const int share = kWholeWord / std::popcount(found->second);
        for (size_t l = 0; l < kLanguages; ++l) hits[l] += ((found->second >> l) & 1) * share;
      }
    }
    i = j;
  }
  size_t best = 0;
  int second = 0;
  for (size_t l = 1; l < kLanguages; ++l) {
    if (hits[l] > hits[best]) {
      second = hits[best];
      best = l;
    } else if (hits[l] > second) {
      second = hits[l];
    }
  }
  constexpr int kLeastWords = 2;
  return hits[best] >= kLeastWords * kWholeWord && hits[best] > 2 * second ? static_cast<Language>(best)
                                                                           : Language::kUnknown;
}

std::string_view language_name(Language language) {
  constexpr std::string_view kNames[kLanguages] = {
      "unknown", "English", "German",   "French",   "Italian", "Spanish",   "Romanian",
      "Polish",  "Serbo-Croatian", "Turkish", "Albanian", "Hungarian", "Russian", "Ukrainian"};
  return kNames[static_cast<size_t>(language)];
}

}  // namespace osce
