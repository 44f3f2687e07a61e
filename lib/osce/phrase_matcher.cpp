#include "osce/phrase_matcher.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <span>
#include <stdexcept>

#include "osce/byte_masks.hpp"
#include "osce/text_lines.hpp"

namespace osce {

uint8_t PhraseMatcher::fold(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return static_cast<uint8_t>(c - 'A' + 'a');
  if (is_ascii_space(static_cast<char>(c))) return ' ';
  return c;
}

bool PhraseMatcher::word_byte(uint8_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool PhraseMatcher::word_ends(std::string_view text, size_t end) {
  return end >= text.size() || !word_byte(static_cast<uint8_t>(text[end])) || text.substr(end, 3) == "\xE2\x80\x99";
}

uint32_t PhraseMatcher::add(std::string_view phrase, End end) {
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
  ends_at_.push_back(end);
  has_blank_.push_back(std::any_of(phrase.begin(), phrase.end(), is_ascii_space));
  longest_ = std::max<size_t>(longest_, length);
  return id;
}

void PhraseMatcher::build() {
  // Columns only for the bytes phrases use: the table stays small enough
  // for its shallow rows, where the scan spends its time, to sit in cache.
  bool used[256] = {};
  for (size_t i = 1; i < trie_.size(); ++i) used[trie_[i].byte] = true;
  uint8_t column[256] = {};  // folded byte -> column
  classes_ = 3;
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<uint8_t>(c);
    if (b == ' ') {
      column[c] = kBlankClass;
    } else if (used[c]) {
      column[c] = static_cast<uint8_t>(classes_++);
    } else {
      column[c] = word_byte(b) ? kOtherWordClass : kOtherClass;
    }
  }
  for (int c = 0; c < 256; ++c) class_of_[c] = column[fold(static_cast<uint8_t>(c))];
  std::vector<bool> word_column(classes_);
  for (int c = 0; c < 256; ++c) word_column[column[c]] = word_byte(static_cast<uint8_t>(c));

  // The trie's nodes are states 0 (the root: a word may begin) to N - 1;
  // state N is inside a word that no phrase began, where the scan stays
  // until the word ends.
  const size_t states = trie_.size() + 1;
  const uint32_t in_word = static_cast<uint32_t>(trie_.size());
  if (states * classes_ >= kHasOutput) throw std::length_error("phrase matcher: too many phrases");
  const uint32_t width = static_cast<uint32_t>(classes_);
  boundary_row_ = 0;
  in_word_row_ = in_word * width;
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
  // Where the empty match goes on a byte: a word byte starts no phrase
  // unless it begins the word; any other byte ends the word.
  auto empty_next = [&](uint8_t c) { return word_column[c] ? in_word : 0u; };
  for (uint8_t c = 0; c < width; ++c) {
    next[c] = empty_next(c);
    next[in_word * width + c] = empty_next(c);
  }
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
    fail[child] = empty_next(column[c]);
    order.push_back(child);
  });
  // Breadth first: a state's failure state is shallower, so it is complete
  // before the state copies its missing transitions from it. A failure is
  // the longest end of the match that begins a word, or one of the two
  // empty states.
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
  std::vector<std::pair<uint32_t, uint32_t>> range(states, {0, 0});  // the in-word state has none
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

size_t PhraseMatcher::phrase_begin(std::string_view text, size_t end, uint32_t folded_length) const {
  // With no two blanks in a row, every byte folds to one: the phrase begins
  // its length before its end. One pass with no branch but the loop's,
  // where the walk back would branch on every blank.
  if (folded_length <= end) {
    const size_t from = end - folded_length;
    uint8_t doubled = 0, previous = 0;
    for (size_t k = from; k < end; ++k) {
      const uint8_t blank = class_of_[static_cast<uint8_t>(text[k])] == kBlankClass;
      doubled |= previous & blank;
      previous = blank;
    }
    if (!doubled) return from;
  }
  return match_begin(text, end, folded_length);
}

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

OSCE_INLINE uint64_t blanks(const ByteBlock& block) {
  return block.mask([](Lane b) { return b.eq(' ') | b.eq('\n') | b.eq('\t') | b.eq('\r'); });
}

// Runs of bytes other than blanks, 64 bytes at a time.
size_t count_words(std::string_view text) {
  size_t words = 0;
  uint64_t carry = 0;  // the block before ended inside a word
  for_each_block(text.data(), text.size(), [&](const ByteBlock& block, uint64_t valid, size_t) {
    const uint64_t in_word = ~blanks(block) & valid;
    words += static_cast<size_t>(count_bits(in_word & ~(in_word << 1 | carry)));
    carry = in_word >> 63;
  });
  return words;
}

}  // namespace

size_t PhraseMatcher::scan(std::string_view text, std::vector<Match>& out) const {
  out.clear();
  if (!delta_) return 0;  // REQUIRES build(): a matcher not built finds and counts nothing
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  const uint32_t* delta = delta_.get();
  const uint32_t width = static_cast<uint32_t>(classes_);
  auto emit = [&](uint32_t row, size_t i, std::vector<Match>& to) {
    const uint32_t s = row / width;
    for (uint32_t k = out_begin_[s]; k < out_begin_[s + 1]; ++k) {
      const uint32_t id = out_ids_[k];
      if (ends_at_[id] == End::kWord && !word_ends(text, i + 1)) continue;
      const size_t begin = has_blank_[id] ? phrase_begin(text, i + 1, lengths_[id]) : i + 1 - lengths_[id];
      to.push_back({id, begin, i + 1});
    }
  };

  // Each byte is one load that depends on the last: the scan waits on
  // memory, not on arithmetic. A long text is therefore read as four parts
  // at once, four independent chains of loads that the processor overlaps.
  // Each cursor after the first starts far enough before its part to know,
  // by its part's start, every phrase that may cross into it.
  if (n < kCursorsFrom) {
    uint32_t row = boundary_row_;
    for (size_t i = 0; i < n; ++i) {
      const uint32_t t = delta[row + class_of_[bytes[i]]];
      row = t & ~kHasOutput;
      if (t & kHasOutput) [[unlikely]] emit(row, i, out);
    }
    return count_words(text);
  }
  // Part k starts at n * k / 4: no part is shorter than the first.
  const size_t q1 = n / 4, q2 = n * 2 / 4, q3 = n * 3 / 4;
  auto warm_up = [&](size_t from) {
    const size_t warm = match_begin(text, from, static_cast<uint32_t>(longest_));
    uint32_t row = warm > 0 && word_byte(bytes[warm - 1]) ? in_word_row_ : boundary_row_;
    for (size_t i = warm; i < from; ++i) row = delta[row + class_of_[bytes[i]]] & ~kHasOutput;
    return row;
  };
  uint32_t r0 = boundary_row_, r1 = warm_up(q1), r2 = warm_up(q2), r3 = warm_up(q3);
  thread_local std::vector<Match> found[3];
  for (auto& f : found) f.clear();
  size_t i = 0;
  for (; i < q1; ++i) {
    const uint32_t t0 = delta[r0 + class_of_[bytes[i]]];
    const uint32_t t1 = delta[r1 + class_of_[bytes[q1 + i]]];
    const uint32_t t2 = delta[r2 + class_of_[bytes[q2 + i]]];
    const uint32_t t3 = delta[r3 + class_of_[bytes[q3 + i]]];
    r0 = t0 & ~kHasOutput, r1 = t1 & ~kHasOutput, r2 = t2 & ~kHasOutput, r3 = t3 & ~kHasOutput;
    if ((t0 | t1 | t2 | t3) & kHasOutput) [[unlikely]] {
      if (t0 & kHasOutput) emit(r0, i, out);
      if (t1 & kHasOutput) emit(r1, q1 + i, found[0]);
      if (t2 & kHasOutput) emit(r2, q2 + i, found[1]);
      if (t3 & kHasOutput) emit(r3, q3 + i, found[2]);
    }
  }
  // The parts after the first may be a byte longer.
  auto finish = [&](uint32_t row, size_t from, size_t to, std::vector<Match>& into) {
    for (size_t k = from; k < to; ++k) {
      const uint32_t t = delta[row + class_of_[bytes[k]]];
      row = t & ~kHasOutput;
      if (t & kHasOutput) emit(row, k, into);
    }
  };
  finish(r1, q1 + i, q2, found[0]);
  finish(r2, q2 + i, q3, found[1]);
  finish(r3, q3 + i, n, found[2]);
  for (const auto& f : found) out.insert(out.end(), f.begin(), f.end());
  return count_words(text);
}

}  // namespace osce
