// osce-tag --evaluate: the tagger measured on a user's own corpus against
// the fields its pages list. Listing items and articles of osce.org carry
// the site's labels ("What we do:", "Fields of work:"), which osce-strip and
// osce-split lift into listed_fields; tagged from their text alone, those
// records say how well the tagger does on pages nobody annotated.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "osce/label_agreement.hpp"
#include "osce/record.hpp"
#include "osce/tagger.hpp"

namespace osce {

class TagEvaluation {
 public:
  explicit TagEvaluation(const Taxonomy& taxonomy) : taxonomy_(taxonomy) {}

  // Scores `result`, the record's fields as tagged from its text alone,
  // against the record's listed_fields. A record that lists none of the
  // taxonomy's fields is counted, not scored.
  void add(const Record& rec, const TagResult& result);

  // The counts, then the fields_of_work table (agreement_table), then the
  // listed names that are no field of the taxonomy, most frequent first.
  std::string report() const;

 private:
  const Taxonomy& taxonomy_;
  LabelAgreement agreement_;
  size_t unlabelled_ = 0;
  std::map<std::string, size_t> unknown_;  // listed name -> records listing it
};

}  // namespace osce
