#include "osce/lexical.hpp"

#include "osce/hash.hpp"
#include "osce/text_lines.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <iterator>
#include <string>

namespace osce {
namespace {


// Words that say nothing of what a paragraph is about, as hashes in an
// open-addressing table (every word of every paragraph is looked up here).
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
    slots_.fill(0);
    for (const char* w : words) {
      const uint64_t h = fnv1a(w, /*fold=*/true);
      size_t i = h & kMask;
      while (slots_[i] != 0) i = (i + 1) & kMask;
      slots_[i] = h;
    }
  }
  bool contains(uint64_t h) const {
    for (size_t i = h & kMask; slots_[i] != 0; i = (i + 1) & kMask) {
      if (slots_[i] == h) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kMask = 255;
  std::array<uint64_t, kMask + 1> slots_;
};

bool is_stop(uint64_t h) {
  static const StopWords stop;
  return stop.contains(h);
}

// Bytes that make up words: letters, digits, UTF-8 sequences, '-' and '\''.
// A table: this runs for every byte of every paragraph.
const std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                    c >= 0x80 || c == '-' || c == '\'';
  }
  return table;
}();

bool word_byte(unsigned char c) { return kWordByte[c]; }

}  // namespace

ParagraphTerms paragraph_terms(std::string_view text) {
  ParagraphTerms t;
  thread_local TermVector words;  // every paragraph of every page passes here: keep the buffer
  words.clear();
  bool sentence_start = true;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!word_byte(c) || c == '-' || c == '\'') {
      if (c == '.' || c == '!' || c == '?') sentence_start = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && word_byte(static_cast<unsigned char>(text[j]))) ++j;
    std::string_view w = text.substr(i, j - i);
    // Curly quotes and dashes (E2 80 xx) stuck to a word are not part of it.
    while (w.size() >= 3 && static_cast<unsigned char>(w[w.size() - 3]) == 0xE2) w.remove_suffix(3);
    while (w.size() >= 3 && static_cast<unsigned char>(w[0]) == 0xE2) w.remove_prefix(3);
    i = j;
    if (w.empty()) continue;
    const bool opens = sentence_start;
    sentence_start = false;
    if (w[0] >= '0' && w[0] <= '9') continue;
    // One pass gives the word's hash and, for the crude stem ("trainings" is
    // "training"), the hash without its last letter.
    uint64_t h = kFnvOffset, before_last = kFnvOffset;
    for (char b : w) {
      before_last = h;
      h = fnv1a_step(h, b, /*fold=*/true);
    }
    if (is_stop(h)) continue;
    if (w.size() >= 3 && !opens && starts_capitalized(w)) t.names.push_back(h);
    if (w.size() >= 4) {
      const bool plural = w.size() > 4 && (w.back() == 's' || w.back() == 'S');
      words.push_back({plural ? before_last : h, 1.0F});
    }
  }
  std::sort(words.begin(), words.end());
  for (const auto& [h, x] : words) {
    if (!t.words.empty() && t.words.back().first == h) {
      t.words.back().second += x;
    } else {
      t.words.push_back({h, x});
    }
  }
  std::sort(t.names.begin(), t.names.end());
  t.names.erase(std::unique(t.names.begin(), t.names.end()), t.names.end());
  return t;
}

void add_terms(const TermVector& a, const TermVector& b, TermVector& out) {
  out.clear();
  out.reserve(a.size() + b.size());
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
      out.push_back(a[i++]);
    } else if (i == a.size() || b[j].first < a[i].first) {
      out.push_back(b[j++]);
    } else {
      out.push_back({a[i].first, a[i].second + b[j].second});
      ++i, ++j;
    }
  }
}

double cosine(const TermVector& a, const TermVector& b) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [h, x] : a) na += double(x) * x;
  for (const auto& [h, y] : b) nb += double(y) * y;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += double(a[i++].second) * b[j++].second;
    }
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

size_t shared_names(const std::vector<uint64_t>& names, const std::vector<uint64_t>& known) {
  size_t n = 0;
  for (uint64_t h : names) n += std::binary_search(known.begin(), known.end(), h);
  return n;
}

std::vector<uint64_t> merge_names(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  std::vector<uint64_t> out;
  out.reserve(a.size() + b.size());
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

}  // namespace osce
