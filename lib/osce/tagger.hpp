// osce-tag's work: the fields of work an item is about, and the participating
// States, Partners and OSCE structures it names.
//
// Fields are scored from lexicon phrases found in the title (counted twice),
// the lead (one and a half times) and the body, from the structure that
// issued the item and, more weakly, the structures it names; the sum is
// divided by the square root of the text's length in units of 150 words, so
// a long report does not collect every field. Fields at or above the
// threshold are kept, best first. Names of States and structures are matched
// as the taxonomy writes them, case included, on word boundaries; a phrase
// inside a structure's name ("Human Rights" in "Office for Democratic
// Institutions and Human Rights") is the name, not the topic.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "osce/phrase_matcher.hpp"
#include "osce/record.hpp"
#include "osce/tag_lexicon.hpp"
#include "osce/taxonomy.hpp"

namespace osce {

struct TagOptions {
  bool use_page_labels = true;  // listed_fields, when present, decide the fields
  double threshold = 2.0;       // the normalized score a field needs
  double share_of_best = 0.6;   // ... and this share of the best field's score: an item has a main topic
                                // (or a phrase specific to it in the title: a headline names its topics)
  size_t max_fields = 4;
  bool collect_evidence = false;  // fill TagResult::evidence (for --explain; costs a string per phrase)
  // A text is read in pieces of about this many bytes, cut where no match
  // or word runs over the cut (PhraseMatcher::can_cut_before): the matches
  // and hits of a 100 MB record took 3.5 times its size at once. The result
  // does not depend on it; tests make it small.
  size_t piece_bytes = size_t{1} << 20;
};

// One piece of evidence for a field, for --explain.
struct Evidence {
  std::string_view field;  // the Tagger's copy of the name
  std::string what;   // the phrase as written, or "issued by X" / "names X"
  double weight;      // the lexicon weight times the place factor
  std::string where;  // "title", "lead", "body", "issued_by", "text"
};

struct FieldScore {
  std::string_view field;  // the Tagger's copy of the name
  double score;  // normalized
  bool established = true;  // some of the evidence is more than weak
  bool headlined = false;   // a phrase specific to the field stands in the title
};

// The names in a result are views of the Tagger's and its taxonomy's own
// copies, valid as long as the Tagger: a record's result copies no name.
// (Copies of the names, moved about by the sort of the scores, and new
// buffers for every record cost osce-tag 7.5% of its instructions.)
struct TagResult {
  std::vector<FieldScore> scores;         // every field with evidence, best first
  std::vector<std::string_view> fields;   // what goes into fields_of_work
  bool from_page_labels = false;
  std::vector<std::string_view> countries;  // canonical, in order of first mention
  std::vector<std::string_view> structures;
  std::vector<Evidence> evidence;
  double length_factor = 1;               // what the raw sums were divided by

  // The best score of a field whose evidence is more than weak; the share
  // of the best is measured against it.
  double best_established() const;
};

class Tagger {
 public:
  Tagger(const Taxonomy& taxonomy, const TagLexicon& lexicon);

  TagResult tag(std::string_view title, std::string_view text, const std::vector<std::string>& issued_by,
                const std::vector<std::string>& listed_fields, const TagOptions& options) const;
  // The same into `out`, whose buffers are kept: a filter tags record after
  // record into one result.
  void tag(std::string_view title, std::string_view text, const std::vector<std::string>& issued_by,
           const std::vector<std::string>& listed_fields, const TagOptions& options, TagResult& out) const;

  // Sets fields_of_work, countries and structures (erasing each that comes
  // out empty); `out` is the result. Throws RecordError for fields of the
  // wrong type.
  void tag_record(Record& rec, const TagOptions& options, TagResult& out) const;

 private:
  struct Pattern {
    // kLabel: a key that labels the page's fields of work ("What we do:"):
    // the labels that follow are listed_fields, not evidence in the text.
    enum Kind { kPhrase, kName, kBlock, kLabel } kind;
    std::string text;       // as written, for exact-case checks
    bool exact_case;
    bool prefix;
    double weight = 0;      // kPhrase
    size_t field = 0;       // kPhrase: index into fields_
    const TaxonomyEntry* entry = nullptr;  // kName
    bool plain_name = false;  // kName: the entry's own name, not an alias
    bool short_abbreviation = false;  // kName: two letters or fewer: needs "OSCE " before it
    bool given_name = false;  // kName: the entry's name is also a person's given name ("Jordan")
  };
  struct Issuer {
    const TaxonomyEntry* structure;
    size_t field;
    double weight;
  };
  // An issuer that speaks a field's words as its own: in the items it
  // issued, that field's phrases count at most `cap`.
  struct Voice {
    const TaxonomyEntry* structure;
    size_t field;
    double cap;
  };

  struct Named;  // the entries one call of tag() has found named, in order
  // Each field's evidence so far: the sum of its weights, and whether any of
  // it is more than weak (a phrase of weight 2 or more, or the issuer).
  struct Sums {
    std::vector<double> raw;
    std::vector<bool> established;
    std::vector<bool> headlined;
    std::vector<double> cap;  // the most a phrase of the field counts (the issuer's voice); empty: no bound
  };
  // A pattern found at [begin, end) of the text.
  struct Hit {
    size_t begin, end;
    const Pattern* p;
  };
  // One scan of a text (the title, or the body) and what it carries from
  // piece to piece.
  struct Scan {
    std::string_view text;
    bool in_title;
    size_t lead_begin, lead_end;  // phrases that begin here are in the lead
    size_t headline_end;          // names that begin before it are the headline's
    bool collect;
    Sums& sums;
    TagResult& out;
    Named& named;
    std::vector<size_t>& covered_to;  // per field: the end of its last phrase counted
    std::vector<Hit>& open_blocks;    // blocks that reach past the pieces read
  };
  // Adds the evidence in `text` (the title, or the body) to `sums`, `out` and
  // `named`; returns its word count. Phrases that begin in [lead_begin,
  // lead_end) are in the lead; names that begin before headline_end are the
  // headline's (the title's, or the lead's of a text without one).
  size_t scan(std::string_view text, bool in_title, size_t lead_begin, size_t lead_end, size_t headline_end,
              const TagOptions& options, Sums& sums, TagResult& out, Named& named) const;
  // The part of a scan for the bytes [from, to) of its text, which no match
  // crosses; returns their word count.
  size_t scan_piece(Scan& scan, size_t from, size_t to) const;

  const Taxonomy& taxonomy_;
  std::vector<std::string> fields_;  // canonical field names, in taxonomy order
  std::vector<Pattern> patterns_;
  std::vector<Issuer> issuers_;
  // The lexicon's entries for every field operation: counted only for the
  // items one issued, not where the text names one (an item names missions
  // it is not about). Apart, so that the records no field operation issued,
  // most of them, do not walk them.
  std::vector<Issuer> mission_issuers_;
  std::vector<Voice> voices_;
  std::vector<std::string> given_names_;
  PhraseMatcher matcher_;
};

}  // namespace osce
