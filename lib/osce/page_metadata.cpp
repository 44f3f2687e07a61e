#include "osce/page_metadata.hpp"

namespace osce {

bool PageMetadata::empty() const {
  return type.empty() && title.empty() && date.empty() && place.empty() && issued_by.empty() &&
         listed_fields.empty();
}

void PageMetadata::set_on(Record& rec) const {
  if (!type.empty()) rec.set_string("type", type);
  if (!title.empty()) rec.set_string("title", title);
  if (!date.empty()) rec.set_string("date", date);
  if (!place.empty()) rec.set_string("place", place);
  if (!issued_by.empty()) rec.set_strings("issued_by", issued_by);
  if (!listed_fields.empty()) rec.set_strings("listed_fields", listed_fields);
}

}  // namespace osce
