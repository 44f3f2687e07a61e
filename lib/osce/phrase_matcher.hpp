// Many phrases found in one pass over a text: an Aho-Corasick automaton,
// compiled to a full transition table over the byte classes the phrases use.
//
// osce-tag looks for thousands of lexicon phrases and taxonomy names in every
// record; one regex per phrase would scan the text once per phrase. Here each
// byte of the text costs one table lookup however many phrases there are, so
// a lexicon ten times larger costs memory, not time per byte.
//
// Phrases are words: they begin where a word begins, and end where a word
// ends unless added as a prefix ("stockpile*"). The automaton knows where
// words begin (it has a state for "inside a word that no phrase began"), so
// it never follows, nor reports, a phrase from the middle of a word: fewer
// states are live at a time, and the ones that are sit near the root.
// A word is a run of ASCII letters, digits and UTF-8 sequences; a word also
// ends before a typographic apostrophe ("the OSCE Secretariat’s").
//
// Matching folds ASCII case and treats any run of blanks (spaces, tabs, line
// ends) as one space. Exact case, where a phrase needs it, is the caller's to
// check on the original text: the caller knows which phrases are names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

class PhraseMatcher {
 public:
  enum class End {
    kWord,    // the phrase ends where a word ends
    kPrefix,  // the phrase may run on into a word: "stockpile" of "stockpiles"
  };
  // Adds a phrase; returns its id (0, 1, ... in the order added). Phrases
  // that fold to the same text share nothing: each keeps its own id.
  uint32_t add(std::string_view phrase, End end = End::kWord);
  // Compiles the automaton. REQUIRES: called once, after every add().
  void build();

  struct Match {
    uint32_t id;
    size_t begin, end;  // byte offsets of the occurrence in the scanned text
  };
  // Every occurrence of every phrase in `text`, as words (above), ordered by
  // end, longer first. Returns the number of words in `text` in the sense of
  // word_count (runs of bytes other than blanks): the tagger needs the
  // count, and the scan already reads every byte. REQUIRES: build().
  size_t scan(std::string_view text, std::vector<Match>& out) const;

  size_t phrase_count() const { return lengths_.size(); }

  // Whether `text` cut at `at` (0 < at < size) scans as its two parts do,
  // occurrences and words alike: the byte before the cut is one that no
  // phrase has and that is neither a word byte nor a blank, so no
  // occurrence runs over it, and the byte after it is a blank, so no word
  // does. REQUIRES: build().
  bool can_cut_before(std::string_view text, size_t at) const {
    return class_of_[static_cast<uint8_t>(text[at - 1])] == kOtherClass &&
           class_of_[static_cast<uint8_t>(text[at])] == kBlankClass;
  }

  // A byte of a word in the sense above; the tagger reads words around a
  // match with the same notion.
  static bool word_byte(uint8_t c);

 private:
  // The trie, while building: flat arrays, not a node per allocation, since
  // a large lexicon has tens of thousands of nodes.
  struct Node {
    int32_t first_child = -1, next_sibling = -1;
    uint8_t byte = 0;  // the folded byte on the edge into this node
  };
  static uint8_t fold(uint8_t c);
  // Whether a word ends at `end` of `text`.
  static bool word_ends(std::string_view text, size_t end);
  // Where the match of `folded_length` folded bytes that ends at `end` begins.
  static size_t match_begin(std::string_view text, size_t end, uint32_t folded_length);
  // The same for a phrase that ended in an output state, fast where the text
  // has its blanks one at a time.
  size_t phrase_begin(std::string_view text, size_t end, uint32_t folded_length) const;

  // A transition is the next state's row (state * classes_), with this bit
  // set when phrases end in that state: the scan loop then costs one load
  // and one test per byte, with no lookup of outputs in between.
  static constexpr uint32_t kHasOutput = 1u << 31;
  // Columns for the bytes no phrase has, word bytes and others apart; each
  // byte some phrase has gets a column of its own.
  static constexpr uint8_t kOtherClass = 0, kBlankClass = 1, kOtherWordClass = 2;
  // Texts at least this long are scanned as four parts at once (see scan).
  static constexpr size_t kCursorsFrom = 1024;

  std::vector<Node> trie_{1};
  std::vector<std::pair<uint32_t, uint32_t>> ends_;  // (node, phrase id) where each phrase ends
  std::vector<uint32_t> lengths_;  // folded length of each phrase
  std::vector<End> ends_at_;
  std::vector<bool> has_blank_;  // several words: where it begins takes phrase_begin (one word: its length back)
  size_t longest_ = 0;
  // Raw byte -> column, case and blanks folded. The blank's column is there
  // even when no phrase has one, so that the scan can count words.
  uint8_t class_of_[256] = {};
  size_t classes_ = 3;
  // The states at the start of the text or after a byte that ends a word
  // (the trie's root), and inside a word no phrase began.
  uint32_t boundary_row_ = 0, in_word_row_ = 0;
  struct FreeTable {
    void operator()(uint32_t* p) const;
  };
  std::unique_ptr<uint32_t[], FreeTable> delta_;  // row + class -> transition; aligned for huge pages
  size_t delta_size_ = 0;
  std::vector<uint32_t> out_begin_;  // state -> first of its ids in out_ids_
  std::vector<uint32_t> out_ids_;    // ids of phrases ending at each state, own and by suffix
};

}  // namespace osce
