// osce-split's work: find where the items of a page begin, and make one
// record of each.
//
// Every line start (and every dateline inside a line) is a candidate
// boundary. Each gets a score from several cues weighed together: a
// dateline, the previous paragraph closing an item (contacts, links), a
// date early in the first sentence, a shift in the names and the words used,
// against a continuation opening ("He", "The event", a quote); and the
// structure of cards, document lists and listings. Candidates scoring at
// least the threshold begin an item.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "osce/dateline.hpp"

#include "osce/page_metadata.hpp"
#include "osce/record.hpp"

namespace osce {

struct SplitOptions {
  double threshold = 0.9;  // higher: fewer, surer boundaries
  // Give every candidate every cue and its full score. Without it, a
  // candidate that its structural cues already decide skips the lexical
  // ones (same boundaries, found faster).
  bool explain = false;
};

struct Cue {
  std::string_view name;  // a literal: cues are made for every candidate, and must not allocate
  double weight;
};

struct Candidate {
  size_t offset;  // byte offset in the text where the item would begin
  size_t line;    // 1-based line of that offset (with SplitOptions::explain; 0 without)
  double score;
  std::vector<Cue> cues;  // with SplitOptions::explain only
  bool boundary;
};

// An item, and what its listing block, card or dateline states about it.
struct Item : PageMetadata {
  size_t begin = 0, end = 0;  // byte range in the text, without surrounding blanks
  bool listed = false;        // the item of a listing, under its block of labels
};

struct Segmentation {
  std::vector<Item> items;            // at least one for a text with any non-blank byte
  // With SplitOptions::explain, every candidate, chosen or not, in text
  // order; without, none: a 100 MB page has a million.
  std::vector<Candidate> candidates;
};

// Segments `text`. Items are in text order and do not overlap; what lies
// between and around them is blank (spaces, tabs, line ends, no-break
// spaces) or separator lines.
Segmentation segment(std::string_view text, const SplitOptions& options);

// A line (trimmed) that only separates items: three or more of * - _ = ~ # +
// • — – ·, blanks between them ("***", "* * *", "-----"). An explicit
// separator is the surest cue there is: the line after it begins an item,
// and the separator belongs to no item.
bool is_separator_line(std::string_view line);

// A line that opens with a date or a dateline and goes on, too short to be
// prose: an entry of a list of dates ("14 May 2025, Mostar – Workshop for
// school principals"), which osce-split keeps in its item with the others.
// `dateline` is dateline_at(line), which the caller has read already.
bool is_dated_entry(std::string_view line, const std::optional<Dateline>& dateline);
// True when every line of `text` is blank, a separator line or an empty
// list item ("-", "•": the marker that separates cards scraped from a list):
// what may lie between and around the items of a page.
bool blank_or_separators(std::string_view text);

// The records for `rec`'s items: one per item, "<id>#<n>" from 1, with
// parent, offset, the item's text and what its block states (title, date,
// place, type, issued_by, listed_fields). Page-level fields that hold for
// every item (source, type, issued_by, listed_fields and any field osce-tools
// does not own) carry over with their bytes as they were; fields that
// describe one text (title, date, place, dates, the tags) do not. A page of
// one item gives the record itself, unchanged; but a listing that holds one
// item (its title, then "Publishing date:", "What we do:", ...) gives the
// record with what the block states set on it, its id and text as they were.
// Candidates go to `explain` when it is not null, with every cue. Throws
// RecordError when "text" is not a string.
std::vector<Record> split_record(const Record& rec, const SplitOptions& options,
                                 std::vector<Candidate>* explain);

// The same, given to `emit` one item at a time, each made as it is given,
// so that a filter holds one item's record at a time, not the whole page
// over again; and nothing for a page of one item whose record is `rec` as it
// is: most pages are one item, and a filter need not copy them. Returns the
// number of items emitted.
size_t split_items(const Record& rec, const SplitOptions& options, std::vector<Candidate>* explain,
                   const std::function<void(const Record&)>& emit);

}  // namespace osce
