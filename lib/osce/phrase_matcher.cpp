#include "osce/phrase_matcher.hpp"

#include <algorithm>
#include <deque>

namespace osce {

uint8_t PhraseMatcher::fold(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return static_cast<uint8_t>(c - 'A' + 'a');
  if (c == '\t' || c == '\n' || c == '\r') return ' ';
  return c;
}

uint32_t PhraseMatcher::add(std::string_view phrase) {
  const uint32_t id = static_cast<uint32_t>(lengths_.size());
  int32_t node = 0;
  uint32_t length = 0;
  bool space = false;
  for (char ch : phrase) {
    const uint8_t c = fold(static_cast<uint8_t>(ch));
    if (c == ' ') {
      if (space || length == 0) continue;
      space = true;
    } else {
      space = false;
    }
    auto& next = trie_[static_cast<size_t>(node)].next;
    auto it = std::find_if(next.begin(), next.end(), [&](const auto& p) { return p.first == c; });
    if (it == next.end()) {
      trie_.emplace_back();
      const int32_t child = static_cast<int32_t>(trie_.size() - 1);
      trie_[static_cast<size_t>(node)].next.emplace_back(c, child);
      node = child;
    } else {
      node = it->second;
    }
    ++length;
  }
  trie_[static_cast<size_t>(node)].ids.push_back(id);
  lengths_.push_back(length);
  longest_ = std::max<size_t>(longest_, length);
  return id;
}

void PhraseMatcher::build() {
  // Columns only for the bytes phrases use: the table stays small enough to
  // sit in cache for a few thousand phrases.
  bool used[256] = {};
  for (const Node& n : trie_) {
    for (const auto& [c, child] : n.next) used[c] = true;
  }
  classes_ = 1;
  for (int c = 0; c < 256; ++c) {
    class_of_[c] = used[c] ? static_cast<uint8_t>(classes_++) : 0;
  }
  const size_t states = trie_.size();
  delta_.assign(states * classes_, 0);
  std::vector<int32_t> fail(states, 0);
  std::vector<std::vector<uint32_t>> outputs(states);
  std::deque<int32_t> queue;
  // Breadth first: a state's failure state is shallower, so it is complete
  // before the state copies its missing transitions from it.
  for (const auto& [c, child] : trie_[0].next) {
    delta_[class_of_[c]] = child;
    queue.push_back(child);
  }
  outputs[0] = trie_[0].ids;
  while (!queue.empty()) {
    const int32_t s = queue.front();
    queue.pop_front();
    const size_t su = static_cast<size_t>(s);
    outputs[su] = trie_[su].ids;
    const auto& inherited = outputs[static_cast<size_t>(fail[su])];
    outputs[su].insert(outputs[su].end(), inherited.begin(), inherited.end());
    for (size_t k = 0; k < classes_; ++k) {
      delta_[su * classes_ + k] = delta_[static_cast<size_t>(fail[su]) * classes_ + k];
    }
    for (const auto& [c, child] : trie_[su].next) {
      const size_t col = class_of_[c];
      fail[static_cast<size_t>(child)] = s == 0 ? 0 : delta_[static_cast<size_t>(fail[su]) * classes_ + col];
      delta_[su * classes_ + col] = child;
      queue.push_back(child);
    }
  }
  out_begin_.assign(states + 1, 0);
  out_ids_.clear();
  for (size_t s = 0; s < states; ++s) {
    out_begin_[s] = static_cast<uint32_t>(out_ids_.size());
    out_ids_.insert(out_ids_.end(), outputs[s].begin(), outputs[s].end());
  }
  out_begin_[states] = static_cast<uint32_t>(out_ids_.size());
  trie_.clear();
  trie_.shrink_to_fit();
}

void PhraseMatcher::scan(std::string_view text, std::vector<Match>& out) const {
  out.clear();
  if (out_begin_.empty()) return;
  // Where each of the last `longest_` folded bytes began in the text, to
  // turn a match's folded length back into its start.
  // A power of two, so the ring index is a mask, not a division per byte.
  size_t ring = 1;
  while (ring < longest_ + 1) ring <<= 1;
  const size_t mask = ring - 1;
  thread_local std::vector<size_t> starts;
  starts.assign(ring, 0);
  size_t folded = 0;
  int32_t state = 0;
  bool space = true;  // leading blanks fold away, as in add()
  for (size_t i = 0; i < text.size(); ++i) {
    const uint8_t c = fold(static_cast<uint8_t>(text[i]));
    if (c == ' ') {
      if (space) continue;
      space = true;
    } else {
      space = false;
    }
    starts[folded & mask] = i;
    ++folded;
    state = delta_[static_cast<size_t>(state) * classes_ + class_of_[c]];
    const size_t s = static_cast<size_t>(state);
    for (uint32_t k = out_begin_[s]; k < out_begin_[s + 1]; ++k) {
      const uint32_t id = out_ids_[k];
      out.push_back({id, starts[(folded - lengths_[id]) & mask], i + 1});
    }
  }
}

}  // namespace osce
