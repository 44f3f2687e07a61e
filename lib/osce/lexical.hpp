// What a paragraph is about, as fingerprints cheap to compare: its content
// words (for lexical cohesion, as TextTiling measures it) and its names
// (capitalized words that do not open a sentence, and acronyms: places,
// people, bodies). Words are 64-bit hashes of their lowercase form, kept
// sorted, so comparing two paragraphs is a merge, with no strings allocated.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace osce {

// Sorted by hash, hashes unique; the weight is the number of occurrences.
using TermVector = std::vector<std::pair<uint64_t, float>>;

struct ParagraphTerms {
  TermVector words;             // content words: four letters or more, no stop words, a final 's' dropped
  std::vector<uint64_t> names;  // sorted, unique
};

ParagraphTerms paragraph_terms(std::string_view text);

// out = a + b, weights added. `out` must be neither a nor b; its capacity is reused.
void add_terms(const TermVector& a, const TermVector& b, TermVector& out);
// Cosine similarity of two term vectors, 0 when either is empty.
double cosine(const TermVector& a, const TermVector& b);
// How many of `names` are also in `known` (both sorted).
size_t shared_names(const std::vector<uint64_t>& names, const std::vector<uint64_t>& known);
// The sorted union of two sorted name lists.
std::vector<uint64_t> merge_names(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace osce
