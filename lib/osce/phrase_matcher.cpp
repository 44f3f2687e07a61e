#include "osce/phrase_matcher.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <span>
#include <stdexcept>

#include "osce/text_lines.hpp"

namespace osce {

uint8_t PhraseMatcher::fold(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return static_cast<uint8_t>(c - 'A' + 'a');
  if (is_ascii_space(static_cast<char>(c))) return ' ';
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
    int32_t child = trie_[static_cast<size_t>(node)].first_child;
    while (child >= 0 && trie_[static_cast<size_t>(child)].byte != c) child = trie_[static_cast<size_t>(child)].next_sibling;
    if (child < 0) {
      child = static_cast<int32_t>(trie_.size());
      trie_.push_back({-1, trie_[static_cast<size_t>(node)].first_child, c});
      trie_[static_cast<size_t>(node)].first_child = child;
    }
    node = child;
    ++length;
  }
  ends_.emplace_back(static_cast<uint32_t>(node), id);
  lengths_.push_back(length);
  longest_ = std::max<size_t>(longest_, length);
  return id;
}

void PhraseMatcher::build() {
  // Columns only for the bytes phrases use: the table stays small enough
  // for its shallow rows, where the scan spends its time, to sit in cache.
  bool used[256] = {};
  for (size_t i = 1; i < trie_.size(); ++i) used[trie_[i].byte] = true;
  uint8_t column[256] = {};  // folded byte -> column
  classes_ = 2;
  column[' '] = kBlankClass;
  for (int c = 0; c < 256; ++c) {
    if (used[c] && c != ' ') column[c] = static_cast<uint8_t>(classes_++);
  }
  for (int c = 0; c < 256; ++c) class_of_[c] = column[fold(static_cast<uint8_t>(c))];

  const size_t states = trie_.size();
  if (states * classes_ >= kHasOutput) throw std::length_error("phrase matcher: too many phrases");
  const uint32_t width = static_cast<uint32_t>(classes_);
  // Huge pages where the kernel offers them: a lexicon ten times larger
  // then costs a few page faults to set up and a few TLB entries to scan,
  // not thousands. States keep the order phrases were added in, so a
  // phrase's path runs through neighbouring rows (breadth-first numbering
  // was measured slower with a large lexicon).
  delta_size_ = states * classes_;
  const size_t huge = size_t{2} << 20;
  const size_t bytes = (delta_size_ * sizeof(uint32_t) + huge - 1) / huge * huge;
  delta_.reset(static_cast<uint32_t*>(std::aligned_alloc(huge, bytes)));
  if (!delta_) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  madvise(delta_.get(), bytes, MADV_HUGEPAGE);
#endif
  uint32_t* next = delta_.get();  // state * width + class -> state, until rows and flags below
  std::fill_n(next, width, 0u);
  std::vector<uint32_t> fail(states, 0);
  std::vector<uint32_t> order;  // breadth first
  order.reserve(states);
  auto children = [&](uint32_t s, auto&& visit) {
    for (int32_t c = trie_[s].first_child; c >= 0; c = trie_[static_cast<size_t>(c)].next_sibling) {
      visit(static_cast<uint32_t>(c), trie_[static_cast<size_t>(c)].byte);
    }
  };
  children(0, [&](uint32_t child, uint8_t c) {
    next[column[c]] = child;
    order.push_back(child);
  });
  // Breadth first: a state's failure state is shallower, so it is complete
  // before the state copies its missing transitions from it.
  for (size_t q = 0; q < order.size(); ++q) {
    const uint32_t s = order[q];
    std::copy_n(next + fail[s] * width, width, next + s * width);
    children(s, [&](uint32_t child, uint8_t c) {
      fail[child] = next[fail[s] * width + column[c]];
      next[s * width + column[c]] = child;
      order.push_back(child);
    });
    // A run of blanks folds to one: a state reached by a blank stays put on
    // the next. (The root does so already: no phrase starts with a blank.)
    if (trie_[s].byte == ' ') next[s * width + kBlankClass] = s;
  }

  // Outputs: a state's own phrases, then its failure state's, which BFS
  // order has already gathered.
  out_begin_.assign(states + 1, 0);
  out_ids_.clear();
  std::vector<std::pair<uint32_t, uint32_t>> range(states, {0, 0});
  std::sort(ends_.begin(), ends_.end());
  auto gather = [&](uint32_t s) {
    const uint32_t first = static_cast<uint32_t>(out_ids_.size());
    auto own = std::lower_bound(ends_.begin(), ends_.end(), std::make_pair(s, 0u));
    for (; own != ends_.end() && own->first == s; ++own) out_ids_.push_back(own->second);
    if (s != 0) {
      const auto [b, e] = range[fail[s]];
      for (uint32_t k = b; k < e; ++k) out_ids_.push_back(out_ids_[k]);
    }
    range[s] = {first, static_cast<uint32_t>(out_ids_.size())};
  };
  gather(0);
  for (uint32_t s : order) gather(s);
  // Stored in state order, so that out_begin_ can bound each state's run.
  std::vector<uint32_t> by_state;
  by_state.reserve(out_ids_.size());
  for (size_t s = 0; s < states; ++s) {
    out_begin_[s] = static_cast<uint32_t>(by_state.size());
    by_state.insert(by_state.end(), out_ids_.begin() + range[s].first, out_ids_.begin() + range[s].second);
  }
  out_begin_[states] = static_cast<uint32_t>(by_state.size());
  out_ids_ = std::move(by_state);

  for (uint32_t& t : std::span(next, delta_size_)) t = t * width | (out_begin_[t] != out_begin_[t + 1] ? kHasOutput : 0);
  trie_ = {};
  ends_ = {};
}

void PhraseMatcher::FreeTable::operator()(uint32_t* p) const { std::free(p); }

size_t PhraseMatcher::match_begin(std::string_view text, size_t end, uint32_t folded_length) {
  size_t i = end;
  for (uint32_t left = folded_length; left > 0 && i > 0; --left) {
    if (is_ascii_space(text[i - 1])) {
      while (i > 0 && is_ascii_space(text[i - 1])) --i;
    } else {
      --i;
    }
  }
  return i;
}

namespace {

// One pass of the automaton over part of a text: its state, and the words
// it has counted.
struct Cursor {
  uint32_t row = 0;
  uint32_t after_blank = 1;
  size_t words = 0;
};

}  // namespace

size_t PhraseMatcher::scan(std::string_view text, std::vector<Match>& out) const {
  out.clear();
  if (!delta_) return 0;  // REQUIRES build(): a matcher not built finds and counts nothing
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  const uint32_t* delta = delta_.get();
  const uint32_t width = static_cast<uint32_t>(classes_);
  // Reads byte i; returns whether phrases end there. Branch-free but for
  // that test, so two cursors can run side by side.
  auto step = [&](Cursor& at, size_t i) {
    const uint8_t c = class_of_[bytes[i]];
    const uint32_t is_blank = c == kBlankClass;
    at.words += at.after_blank & (is_blank ^ 1);
    at.after_blank = is_blank;
    const uint32_t t = delta[at.row + c];
    at.row = t & ~kHasOutput;
    return (t & kHasOutput) != 0;
  };
  auto emit = [&](const Cursor& at, size_t i, std::vector<Match>& to) {
    const uint32_t s = at.row / width;
    for (uint32_t k = out_begin_[s]; k < out_begin_[s + 1]; ++k) {
      const uint32_t id = out_ids_[k];
      to.push_back({id, match_begin(text, i + 1, lengths_[id]), i + 1});
    }
  };

  // Each byte is one load that depends on the last: the scan waits on
  // memory, not on arithmetic. A long text is therefore read as two halves
  // at once, two independent chains of loads that the processor overlaps.
  // The second cursor starts far enough before the middle to know, by the
  // middle, every phrase that may cross it.
  Cursor first, second;
  size_t mid = n;
  if (n >= kTwoCursorsFrom) {
    mid = n / 2;
    const size_t warm = match_begin(text, mid, static_cast<uint32_t>(longest_));
    for (size_t i = warm; i < mid; ++i) step(second, i);
    second.words = 0;
    second.after_blank = is_ascii_space(text[mid - 1]);
  }
  thread_local std::vector<Match> later;
  later.clear();
  size_t i = 0, j = mid;
  for (; j < n && i < mid; ++i, ++j) {
    const bool a = step(first, i);
    const bool b = step(second, j);
    if (a) [[unlikely]] emit(first, i, out);
    if (b) [[unlikely]] emit(second, j, later);
  }
  for (; i < mid; ++i) {
    if (step(first, i)) [[unlikely]] emit(first, i, out);
  }
  for (; j < n; ++j) {
    if (step(second, j)) [[unlikely]] emit(second, j, later);
  }
  out.insert(out.end(), later.begin(), later.end());
  return first.words + second.words;
}

}  // namespace osce
