#include "osce/page_metadata.hpp"

#include <algorithm>
#include <utility>

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

void PageMetadata::take_missing(PageMetadata& more) {
  for (auto [a, b] : {std::pair{&type, &more.type}, {&title, &more.title}, {&date, &more.date}, {&place, &more.place}}) {
    if (a->empty()) *a = std::move(*b);
  }
  for (auto [a, b] : {std::pair{&issued_by, &more.issued_by}, {&listed_fields, &more.listed_fields}}) {
    for (const std::string& v : *b) add_once(*a, v);
  }
}

void add_once(std::vector<std::string>& list, std::string_view value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.emplace_back(value);
}

}  // namespace osce
