// What a page, or one item of a page, states about itself: the fields
// osce-strip lifts from a page's metadata lines and osce-split reads from a
// listing's block or an item's dateline.
#pragma once

#include <string>
#include <string_view>
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
  // Adds what `more` states and this lacks: a field of one value where this
  // has none, the values of a list this does not hold. `more` is moved from.
  void take_missing(PageMetadata& more);
};

// Adds `value` to a list field unless it holds it: an event page names its
// organizer under "Organized by:" and again under "Source:".
void add_once(std::vector<std::string>& list, std::string_view value);

}  // namespace osce
