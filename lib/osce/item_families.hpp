// Per parent of items, how many items osce-check has seen and the highest
// number among them ("<parent>#<n>"), so that it can name at the end the
// parents some of whose items are missing.
//
// A corpus of items has a parent for every two or three records, and a
// parent's items come one after another: a parent is kept front-coded, as
// the ids are (the part the parent before it does not share), with 16 bytes
// of counts and its last item by record number (SeenRecords knows where
// that was) and its hash's tag, found through a FirstOfKey table when it is
// not the parent just met: about 30 bytes besides the part of its name,
// where a std::map of std::string to a struct with its own copy of the file
// name cost about 180.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "osce/chunked_array.hpp"
#include "osce/first_of_key.hpp"
#include "osce/front_coded_strings.hpp"

namespace osce {

class ItemFamilies {
 public:
  // Item number `n` of `parent`, in record `record` (SeenRecords' number).
  void add(std::string_view parent, uint64_t n, uint32_t record);

  struct Incomplete {
    std::string parent;
    uint64_t count, highest;  // items seen, and the highest number seen
    uint32_t last;            // the record of the parent's last item
  };
  // The parents with fewer items than their highest number, in parent order.
  std::vector<Incomplete> incomplete() const;

 private:
  struct Family {
    uint64_t highest;
    uint32_t count;
    uint32_t last;
  };
  FrontCodedStrings parents_;  // by family
  ChunkedArray<Family> families_;
  ChunkedArray<uint32_t> tags_;  // by family: the top of its parent's hash, for by_parent_
  FirstOfKey by_parent_;
};

}  // namespace osce
