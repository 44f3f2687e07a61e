// What the paragraphs of a page are about, for osce-split's cohesion cues:
// their content words (lexical cohesion, as TextTiling measures it) and their
// names (capitalized words that do not open a sentence, and acronyms:
// places, people, bodies).
//
// Each distinct word of the page gets a small number, in the order met, so
// a paragraph is a short list of numbers and a window of paragraphs is an
// array indexed by them: moving a window, and comparing it with a
// paragraph, costs one array access per word, with nothing sorted and
// nothing allocated per paragraph.
#pragma once

#include <cassert>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

// Whether `word` says nothing of what a text is about, case aside: the
// words PageTerms leaves out of a paragraph's content words ("with",
// "which", "said", "OSCE", "security", the months, German's commonest).
bool is_stop_word(std::string_view word);

// A word of a paragraph and how often it occurs there.
struct Term {
  uint32_t id;
  uint32_t count;
};

class PageTerms {
 public:
  PageTerms();

  // Words that name a place, and which (a State, say): a paragraph's
  // places() are the ones its names include, a possessive "’s" dropped.
  // Call before add().
  void set_places(const std::vector<std::pair<std::string, uint32_t>>& words);

  // Forgets the page before.
  void clear();
  // Reads the next paragraph of the page; returns its index (0, 1, ...).
  // (Its bytes may be read on to `readable_end`, the end of the page they
  // lie in: see ByteBlock::partial.)
  size_t add(std::string_view paragraph, const char* readable_end = nullptr);
  size_t size() const { return words_.first + words_.starts.size() - 1; }
  // Paragraphs before `p` will not be asked for again: their lists may go.
  // A segmenter reads a page through a window of a few paragraphs; without
  // this, the lists of make bench's 98 MB record of pages took 133 MB, more
  // than the page's units, for data read once or twice near where it was made.
  void forget_before(size_t p);
  // How many paragraphs' lists are held: those read and not yet dropped.
  size_t held() const { return words_.starts.size() - 1; }

  // Content words (four letters or more, not a stop word, a final 's'
  // dropped) of paragraph `p`, each id once.
  std::span<const Term> words(size_t p) const { return words_.of(p); }
  // Names of paragraph `p`, each id once: its capitalized words not at a
  // sentence's start; none on a page in German, which capitalizes nouns.
  std::span<const uint32_t> names(size_t p) const { return names_.of(p); }
  // The content words of paragraph `p`'s first sentence that follow "the"
  // ("the series", "the course"): what it refers back to, if anything. A
  // name after the sentence's first "the" too, when it stands alone ("In
  // April 2000, the Centre opened ...", "The Mission also ..."): an
  // office the text named in full before. (Not a name of several words,
  // "the United States", nor one a preposition goes on with, "the Office
  // for Democratic Institutions": those are named in full, as a lead does.)
  std::span<const uint32_t> definite(size_t p) const { return definite_.of(p); }
  // The places paragraph `p` names (see set_places), each once.
  std::span<const uint32_t> places(size_t p) const { return places_.of(p); }

 private:
  uint32_t id_of(uint64_t hash);
  // Records the place the name `w` (hash `h`) names, if any.
  void add_place(std::string_view w, uint64_t h);

  // hash -> id, open addressing; a slot of an older generation is empty.
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = 0;
    uint32_t generation = 0;
  };
  std::vector<Slot> slots_;
  uint32_t generation_ = 1;
  size_t ids_used_ = 0;
  // The values of the page's paragraphs from paragraph `first` on, one
  // paragraph after another, and where each paragraph's list begins.
  template <typename T>
  struct Lists {
    std::vector<T> values;
    std::vector<uint32_t> starts;  // per paragraph from `first`, then the end
    size_t first = 0;
    void clear() { values.clear(), starts.assign(1, 0), first = 0; }
    // The paragraph's list is complete. (Inline: four calls a paragraph,
    // which the compiler would otherwise make calls of.)
    [[gnu::always_inline]] void close() { starts.push_back(static_cast<uint32_t>(values.size())); }
    std::span<const T> of(size_t p) const {
      assert(p >= first && "a paragraph dropped by forget_before was asked for");
      const size_t k = p - first;
      return std::span<const T>(values).subspan(starts[k], starts[k + 1] - starts[k]);
    }
    size_t open_from() const { return starts.back(); }  // the paragraph being read begins here
    // Drops the paragraphs before `p` (first <= p <= the paragraphs read).
    void drop_before(size_t p);
  };
  bool nouns_capitalized_ = false;  // the page is in German (see add)
  size_t german_words_ = 0;         // German's commonest words read on the page so far
  Lists<Term> words_;
  Lists<uint32_t> names_, definite_, places_;
  // Word hash -> place, open addressing; a hash of 0 marks an empty slot.
  std::vector<std::pair<uint64_t, uint32_t>> place_slots_;
  // id -> the serial number of the last paragraph that listed it, as a
  // word and as a name; and its place in words_ while that paragraph is read.
  std::vector<uint32_t> word_seen_, name_seen_, word_at_;
  uint32_t serial_ = 0;
  size_t forget_before_ = 0;  // paragraphs before it may be dropped
};

// The sum of the words of some paragraphs: paragraphs enter and leave, and
// the squared norm follows. Counts are integers, so the sums are exact in any order.
class TermWindow {
 public:
  void add(std::span<const Term> words);
  void remove(std::span<const Term> words);
  // Cosine similarity of the window with the sum of `a` and `b` (b may be
  // empty); 0 when either side is empty.
  double cosine(std::span<const Term> a, std::span<const Term> b);

 private:
  // Room for `id` in the arrays: a test inline on every word, the growing apart.
  void grow(uint32_t id) {
    if (id >= weight_.size()) [[unlikely]] grow_to(id);
  }
  void grow_to(uint32_t id);
  std::vector<uint32_t> weight_;  // id -> count in the window
  uint64_t norm2_ = 0;
  std::vector<uint32_t> other_;    // scratch for cosine: id -> count in a + b
  std::vector<uint32_t> touched_;  // ids set in other_
};

}  // namespace osce
