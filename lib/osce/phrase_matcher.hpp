// Many phrases found in one pass over a text: an Aho-Corasick automaton,
// compiled to a full transition table over the byte classes the phrases use.
//
// osce-tag looks for thousands of lexicon phrases and taxonomy names in every
// record; one regex per phrase would scan the text once per phrase. Here each
// byte of the text costs one table lookup however many phrases there are, so
// a lexicon ten times larger costs memory, not time per byte.
//
// Matching folds ASCII case and treats any run of blanks (spaces, tabs, line
// ends) as one space. Word boundaries and exact case, where a phrase needs
// them, are the caller's to check on the original text: the matcher reports
// every occurrence, and the caller knows which phrases are names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

class PhraseMatcher {
 public:
  // Adds a phrase; returns its id (0, 1, ... in the order added). Phrases
  // that fold to the same text share nothing: each keeps its own id.
  uint32_t add(std::string_view phrase);
  // Compiles the automaton. REQUIRES: called once, after every add().
  void build();

  struct Match {
    uint32_t id;
    size_t begin, end;  // byte offsets of the occurrence in the scanned text
  };
  // Every occurrence of every phrase in `text`, ordered by end.
  void scan(std::string_view text, std::vector<Match>& out) const;

  size_t phrase_count() const { return lengths_.size(); }

 private:
  struct Node {
    std::vector<std::pair<uint8_t, int32_t>> next;  // folded byte -> node, while building
    std::vector<uint32_t> ids;
  };
  static uint8_t fold(uint8_t c);

  std::vector<Node> trie_{1};
  std::vector<uint32_t> lengths_;  // folded length of each phrase
  uint8_t class_of_[256] = {};     // folded byte -> column; 0 for bytes no phrase has
  size_t classes_ = 1;
  std::vector<int32_t> delta_;       // state * classes_ + class -> state
  std::vector<uint32_t> out_begin_;  // state -> first of its ids in out_ids_
  std::vector<uint32_t> out_ids_;    // ids of phrases ending at each state, own and by suffix
  size_t longest_ = 0;
};

}  // namespace osce
