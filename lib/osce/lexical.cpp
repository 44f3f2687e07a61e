#include "osce/lexical.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "osce/byte_masks.hpp"
#include "osce/hash.hpp"
#include "osce/paragraph_cues.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

// A word's fingerprint, ASCII case folded: text_hash's steps of eight bytes
// with a cheaper fold. The bytes below 0x80 that a word holds are letters,
// digits, '-' and '\'' (word_bytes), all but the capitals with the 0x20 bit
// set already: setting it on every byte below 0x80 lowercases the word,
// where text_hash must find the capitals first. (The stop words and the
// places' words are words too.)
OSCE_INLINE uint64_t fold_word(uint64_t x) { return x | ((~x & 0x8080808080808080ULL) >> 2); }
OSCE_INLINE uint64_t word_hash(const char* p, size_t n, const char* end) {
  uint64_t h = 0x9E3779B97F4A7C15ULL * (n + 1);
  for (; n > 8; p += 8, n -= 8) h = hash_detail::mix(h ^ fold_word(hash_detail::load_partial(p, 8, end)));
  // Folded before the bytes past the word are cleared: they stay zero.
  const uint64_t keep = n == 0 ? 0 : ~uint64_t{0} >> (64 - 8 * n);
  return hash_detail::mix(h ^ (fold_word(hash_detail::load_partial(p, n, end)) & keep));
}
uint64_t word_hash(std::string_view w) { return word_hash(w.data(), w.size(), w.data() + w.size()); }

// Words that say nothing of what a paragraph is about, as hashes in a
// table of one slot per word (every word of every paragraph is looked up here).
// Names of months and the organization's own name occur in every item.
class StopWords {
 public:
  StopWords() {
    const char* const words[] = {
        "the", "and", "for", "with", "that", "this", "from", "their", "which", "have", "has", "was", "were",
        "are", "will", "also", "been", "its", "into", "such", "well", "other", "more", "than", "they",
        "them", "these", "those", "about", "said", "over", "including", "between", "both", "while",
        "where", "when", "would", "could", "should", "there", "after", "before", "during", "through",
        "under", "within", "among", "osce", "organization", "security", "co-operation", "cooperation",
        "participants", "event", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "today", "year", "years"};
    // German's commonest words of four letters and more, none of them
    // English: they tell a page in German (see PageTerms::add).
    const char* const german[] = {"nicht", "sich", "eine", "einer", "einen", "einem", "eines", "wird",
                                  "werden", "wurde", "wurden", "dass", "auch", "oder", "sind", "haben",
                                  "hatte", "hatten", "nach", "noch", "aber", "seit", "sowie", "bereits"};
    // A multiplier under which no two stop words share a slot: a lookup is
    // then one load and one comparison, with no probe loop whose length
    // the processor would mispredict on every other word.
    // (About one multiplier in ten keeps these words apart in 1024 slots;
    // a much longer list needs more bits, and says so.)
    auto place_all = [&] {
      slots_.fill(0);
      auto place = [&](const char* w, Kind kind) {
        const uint64_t h = word_hash(w);
        const size_t s = slot_of(h);
        if (slots_[s] != 0) return false;
        slots_[s] = h;
        kinds_[s] = kind;
        return true;
      };
      for (const char* w : words) {
        if (!place(w, kStop)) return false;
      }
      for (const char* w : german) {
        if (!place(w, kGerman)) return false;
      }
      return true;
    };
    multiplier_ = 0x9E3779B97F4A7C15ULL;
    for (int tries = 1; !place_all(); ++tries, multiplier_ += 2) {
      if (tries == 100000) throw std::logic_error("stop words: no multiplier keeps them apart; raise kBits");
    }
  }
  enum Kind : uint8_t { kNone, kStop, kGerman };
  Kind kind(uint64_t h) const {
    const size_t s = slot_of(h);
    return slots_[s] == h ? kinds_[s] : kNone;
  }

 private:
  static constexpr int kBits = 10;
  size_t slot_of(uint64_t h) const { return static_cast<size_t>((h * multiplier_) >> (64 - kBits)); }
  uint64_t multiplier_ = 0;
  std::array<uint64_t, size_t{1} << kBits> slots_;
  std::array<Kind, size_t{1} << kBits> kinds_{};
};

const StopWords& stop_words() {
  static const StopWords stop;
  return stop;
}

// Bytes that make up words: letters, digits, UTF-8 sequences, '-' and '\''.
OSCE_INLINE uint64_t word_bytes(const ByteBlock& block) {
  return block.mask([](Lane b) { return b.letters() | b.in_range('0', '9') | b.high() | b.eq('-') | b.eq('\''); });
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The name that ends at `p` stands alone: a word in lower case follows,
// or the end of a clause ("the Centre opened ...", "the Mission, with its
// partners, ..."); not another name ("the United States"), nor a small
// word that goes on with it (links_a_names_words: "the Office for
// Democratic Institutions", "the Mission to Moldova", "the Centre in
// Bishkek").
// (Asked of a name after "the" in the sentence's subject only: within its
// first kSubjectBytes, after a phrase of time or place at most. A later
// one, "... in co-operation with the Commission, represented by ...", may
// be the text's first mention of a partner.)
constexpr std::ptrdiff_t kSubjectBytes = 40;
bool name_stands_alone(const char* p, const char* end) {
  while (p < end && *p == ' ') ++p;
  if (p == end || *p == ',' || *p == '.' || *p == ';') return true;
  const char* k = p;
  while (k < end && *k >= 'a' && *k <= 'z') ++k;
  const std::string_view next(p, static_cast<size_t>(k - p));
  return !next.empty() && !links_a_names_words(next);
}

// A crude stem for a word in Cyrillic letters: up to two of its last
// letters dropped while they are vowels or a soft or short sign (а е и о у ы
// э ю я ь й і ї є), the word keeping three letters at least. Case endings
// differ there: "Украина", "Украины", "Украину" -> "Украин"; "Кулеба",
// "Кулебы" -> "Кулеб"; "Московская", "Московской" -> "Московск".
[[gnu::noinline]] std::string_view cyrillic_stem(std::string_view w) {
  auto vowel_at_end = [](std::string_view v) {
    if (v.size() < 2) return false;
    const auto a = static_cast<unsigned char>(v[v.size() - 2]), b = static_cast<unsigned char>(v[v.size() - 1]);
    if (a == 0xD0) return b == 0xB0 || b == 0xB5 || b == 0xB8 || b == 0xBE || b == 0xB9;  // а е и о й
    if (a == 0xD1) {
      return b == 0x83 || b == 0x8B || b == 0x8C || b == 0x8D || b == 0x8E || b == 0x8F ||  // у ы ь э ю я
             b == 0x96 || b == 0x97 || b == 0x94;                                           // і ї є
    }
    return false;
  };
  constexpr size_t kKeptBytes = 6;  // three letters of two bytes
  for (int dropped = 0; dropped < 2 && w.size() >= kKeptBytes + 2 && vowel_at_end(w); ++dropped) w.remove_suffix(2);
  return w;
}

}  // namespace

bool is_stop_word(std::string_view word) { return stop_words().kind(word_hash(word)) != StopWords::kNone; }

PageTerms::PageTerms() : slots_(1024) { clear(); }

void PageTerms::clear() {
  // A new generation empties the table without touching it: a page is
  // small next to the room one large page may have left.
  if (++generation_ == 0) {
    std::fill(slots_.begin(), slots_.end(), Slot{});
    generation_ = 1;
  }
  ids_used_ = 0;
  forget_before_ = 0;
  nouns_capitalized_ = false;
  german_words_ = 0;
  words_.clear();
  names_.clear();
  definite_.clear();
  places_.clear();
}

void PageTerms::set_places(const std::vector<std::pair<std::string, uint32_t>>& words) {
  place_slots_.assign(std::bit_ceil(4 * words.size() + 4), {0, 0});
  const size_t mask = place_slots_.size() - 1;
  for (const auto& [word, place] : words) {
    const uint64_t h = word_hash(word);
    size_t i = h & mask;
    while (place_slots_[i].first != 0 && place_slots_[i].first != h) i = (i + 1) & mask;
    place_slots_[i] = {h, place};
  }
}

uint32_t PageTerms::id_of(uint64_t hash) {
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.generation != generation_) {
      if (2 * (ids_used_ + 1) > slots_.size()) {
        // Half full: twice the room, this page's words placed again.
        std::vector<Slot> bigger(slots_.size() * 2);
        mask = bigger.size() - 1;
        for (const Slot& old : slots_) {
          if (old.generation != generation_) continue;
          size_t j = old.hash & mask;
          while (bigger[j].generation == generation_) j = (j + 1) & mask;
          bigger[j] = old;
        }
        slots_ = std::move(bigger);
        return id_of(hash);
      }
      slot = {hash, static_cast<uint32_t>(ids_used_++), generation_};
      if (word_seen_.size() < ids_used_) {
        word_seen_.resize(ids_used_ * 2, 0);
        name_seen_.resize(ids_used_ * 2, 0);
        word_at_.resize(ids_used_ * 2, 0);
      }
      return slot.id;
    }
    if (slot.hash == hash) return slot.id;
  }
}

size_t PageTerms::add(std::string_view text, const char* readable_end) {
  const size_t paragraph = size();
  static const uint64_t kThe = word_hash("the");
  // Stamps say whether an id is in this paragraph's lists already; the
  // serial number runs on from page to page, so nothing is reset.
  if (++serial_ == 0) {
    std::fill(word_seen_.begin(), word_seen_.end(), 0);
    std::fill(name_seen_.begin(), name_seen_.end(), 0);
    serial_ = 1;
  }
  const char* const end = text.data() + text.size();
  const StopWords& stop = stop_words();

  bool sentence_start = true;
  size_t german_words = 0;  // (counted in a register: added to the page's at the end)
  bool first_sentence = true, after_the = false;
  size_t gap_from = 0;  // where the bytes between the last word and the next begin
  // The words' bounds first, then one loop over them (see RunLists).
  RunLists runs(text.data(), text.size(), [](const ByteBlock& b) { return word_bytes(b); }, readable_end);
  while (runs.next()) {
    const size_t* const edges = runs.edges();
    const size_t edge_count = runs.count();
    for (size_t e = 0; e < edge_count; e += 2) {
      const size_t i = edges[e], j = edges[e + 1];
      // (Most words are apart by one space: then there is nothing to look at.)
      if (i - gap_from != 1 || text[gap_from] != ' ') {
        for (size_t g = gap_from; g < i; ++g) {
          if (text[g] == '.' || text[g] == '!' || text[g] == '?') sentence_start = true;
        }
      }
      if (sentence_start && gap_from > 0) first_sentence = false;
      gap_from = j;
      const bool definite = after_the && first_sentence;
      after_the = false;
      std::string_view w(text.data() + i, j - i);
      // Most words begin with a letter or a digit and end in ASCII: nothing to trim.
      const auto first = static_cast<unsigned char>(text[i]), last = static_cast<unsigned char>(text[j - 1]);
      if (first == '-' || first == '\'' || first >= 0x80 || last >= 0x80) {
        // '-' and '\'' go on with a word but do not start one.
        while (!w.empty() && (w[0] == '-' || w[0] == '\'')) w.remove_prefix(1);
        // Curly quotes and dashes (E2 80 xx) stuck to a word are not part of it.
        // (Both tests taken at once: which way the length test goes changes from
        // word to word, where an E2 at the end is rare.)
        auto e2_at_end = [](std::string_view v) {
          return (v.size() >= 3) & (static_cast<unsigned char>(v.data()[v.size() >= 3 ? v.size() - 3 : 0]) == 0xE2);
        };
        while (!w.empty() && e2_at_end(w)) w.remove_suffix(3);
        while (w.size() >= 3 && static_cast<unsigned char>(w[0]) == 0xE2) w.remove_prefix(3);
        if (w.empty()) continue;
        // A Russian or Ukrainian word's case ending goes: "Украины", "Украину"
        // and "Украине" are one name, "Киеве" is "Киев" (see cyrillic_stem).
        if (static_cast<unsigned char>(w[0]) >= 0xD0) w = cyrillic_stem(w);
      }
      const bool opens = sentence_start;
      sentence_start = false;
      // Shorter words are neither names nor content words.
      if (w.size() < 3 || is_digit(w[0])) continue;
      // Three letters not capitalized ("and", "for", a sixth of all words) are
      // neither a name nor a content word: only "the" is to be told, and no
      // hash is needed for it.
      if (w.size() == 3 && !starts_capitalized(w)) {
        after_the = (w[0] | 0x20) == 't' && (w[1] | 0x20) == 'h' && (w[2] | 0x20) == 'e';
        continue;
      }
      const uint64_t h = word_hash(w.data(), w.size(), end);
      if (h == kThe) after_the = true;
      if (const StopWords::Kind kind = stop.kind(h); kind != StopWords::kNone) {
        german_words += kind == StopWords::kGerman;
        continue;
      }
      const bool name = !opens && starts_capitalized(w);
      const bool content = w.size() >= 4;
      // A crude stem: "trainings" is "training".
      const bool plural = content && w.size() > 4 && (w.back() == 's' || w.back() == 'S');
      if (!name && !content) continue;
      const uint32_t id = name || !plural ? id_of(h) : 0;
      // A name's possessive is the name: "Switzerland’s Foreign Minister",
      // then "... Switzerland will work closely with ...". (Its last byte
      // first: few names end in 's' after an apostrophe. The content word
      // keeps its form: the paragraphs' vocabulary is weighed as it was.)
      uint32_t name_id = id;
      if (name && w.back() == 's' && w.size() > 4) {
        const size_t mark = w[w.size() - 2] == '\'' ? 2
                            : w.size() > 6 && w.substr(w.size() - 4, 3) == "\xE2\x80\x99" ? 4
                                                                                        : 0;
        if (mark != 0) name_id = id_of(word_hash(w.substr(0, w.size() - mark)));
      }
      if (name && name_seen_[name_id] != serial_) {
        name_seen_[name_id] = serial_;
        names_.values.push_back(name_id);
        if (!place_slots_.empty()) add_place(w, h);
      }
      if (content) {
        const uint32_t word_id = plural ? id_of(word_hash(w.data(), w.size() - 1, end)) : id;
        if (word_seen_[word_id] != serial_) {
          word_seen_[word_id] = serial_;
          word_at_[word_id] = static_cast<uint32_t>(words_.values.size());
          words_.values.push_back({word_id, 1});
        } else {
          ++words_.values[word_at_[word_id]].count;
        }
        if (definite && (!starts_capitalized(w) || (w.data() - text.data() < kSubjectBytes &&
                                                    name_stands_alone(w.data() + w.size(), end)))) {
          definite_.values.push_back(word_id);
        }
      }
    }
  }
  // German capitalizes its nouns, not only its names: on a page in German
  // (three of its commonest words so far, see StopWords; news in German
  // writes few of them a paragraph), capitalization tells no names, and
  // paragraphs have none, headings among them. (Their places stay: they are
  // the taxonomy's words.)
  constexpr size_t kGermanWords = 3;
  german_words_ += german_words;
  nouns_capitalized_ = nouns_capitalized_ || german_words_ >= kGermanWords;
  if (nouns_capitalized_) names_.values.resize(names_.open_from());
  std::vector<uint32_t>& places = places_.values;
  const auto first_place = places.begin() + static_cast<std::ptrdiff_t>(places_.open_from());
  std::sort(first_place, places.end());
  places.erase(std::unique(first_place, places.end()), places.end());
  words_.close();
  names_.close();
  definite_.close();
  places_.close();
  return paragraph;
}

void PageTerms::forget_before(size_t p) {
  forget_before_ = std::max(forget_before_, std::min(p, size()));
  // Dropped when they are at least half of what is kept, so that a
  // paragraph's values are moved once on average: the lists' capacities
  // then stay at about twice the window's.
  const size_t forgettable = forget_before_ - words_.first;
  if (forgettable < 1024 || 2 * forgettable < size() - words_.first) return;
  words_.drop_before(forget_before_);
  names_.drop_before(forget_before_);
  definite_.drop_before(forget_before_);
  places_.drop_before(forget_before_);
}

template <typename T>
void PageTerms::Lists<T>::drop_before(size_t p) {
  const size_t k = p - first;
  const uint32_t cut = starts[k];
  values.erase(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(cut));
  starts.erase(starts.begin(), starts.begin() + static_cast<std::ptrdiff_t>(k));
  for (uint32_t& s : starts) s -= cut;
  first = p;
}

void PageTerms::add_place(std::string_view w, uint64_t h) {
  if (w.size() > 3 && w.back() == 's') {
    for (std::string_view possessive : {"\xE2\x80\x99s", "'s"}) {
      if (w.substr(w.size() - possessive.size()) == possessive) {
        h = word_hash(w.substr(0, w.size() - possessive.size()));
      }
    }
  }
  const size_t mask = place_slots_.size() - 1;
  for (size_t i = h & mask; place_slots_[i].first != 0; i = (i + 1) & mask) {
    if (place_slots_[i].first == h) {
      places_.values.push_back(place_slots_[i].second);
      return;
    }
  }
}

void TermWindow::grow_to(uint32_t id) {
  weight_.resize(2 * (size_t{id} + 1), 0);
  other_.resize(weight_.size(), 0);
}

void TermWindow::add(std::span<const Term> words) {
  for (const Term& t : words) {
    grow(t.id);
    const uint64_t w = weight_[t.id];
    norm2_ += 2 * w * t.count + uint64_t{t.count} * t.count;
    weight_[t.id] += t.count;
  }
}

void TermWindow::remove(std::span<const Term> words) {
  for (const Term& t : words) {
    const uint64_t w = weight_[t.id];
    norm2_ -= 2 * w * t.count - uint64_t{t.count} * t.count;
    weight_[t.id] -= t.count;
  }
}

double TermWindow::cosine(std::span<const Term> a, std::span<const Term> b) {
  touched_.clear();
  for (std::span<const Term> side : {a, b}) {
    for (const Term& t : side) {
      grow(t.id);
      if (other_[t.id] == 0) touched_.push_back(t.id);
      other_[t.id] += t.count;
    }
  }
  uint64_t dot = 0, other2 = 0;
  for (uint32_t id : touched_) {
    const uint64_t x = other_[id];
    dot += x * weight_[id];
    other2 += x * x;
    other_[id] = 0;
  }
  const double na = static_cast<double>(norm2_), nb = static_cast<double>(other2);
  return na > 0 && nb > 0 ? static_cast<double>(dot) / std::sqrt(na * nb) : 0;
}

}  // namespace osce
