// What a page, or one item of a page, states about itself: the fields
// osce-strip lifts from a page's metadata lines and osce-split reads from a
// listing's block or an item's dateline.
#pragma once

#include <string>
#include <vector>

#include "osce/record.hpp"

namespace osce {

// Empty means the page does not say.
struct PageMetadata {
  std::string type, title, date, place;  // date is YYYY-MM-DD
  std::vector<std::string> issued_by, listed_fields;

  bool empty() const;
  // Sets on `rec` the fields stated here; a field left empty stays as it was.
  void set_on(Record& rec) const;
};

}  // namespace osce
