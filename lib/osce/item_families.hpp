// Per parent of items, how many items osce-check has seen and the highest
// number among them ("<parent>#<n>"), so that it can name at the end the
// parents some of whose items are missing.
//
// A corpus of items has a parent for every two or three records: a parent
// is kept as its bytes in one string, 24 bytes of counts with its last item
// by record number (SeenRecords knows where that was), and its hash's tag,
// found through a FirstOfKey table: about 35 bytes besides its name, where a
// std::map of std::string to a struct with its own copy of the file name
// cost about 180.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "osce/chunked_array.hpp"
#include "osce/first_of_key.hpp"

namespace osce {

class ItemFamilies {
 public:
  // Item number `n` of `parent`, in record `record` (SeenRecords' number).
  void add(std::string_view parent, uint64_t n, uint32_t record);

  struct Incomplete {
    std::string_view parent;
    uint64_t count, highest;  // items seen, and the highest number seen
    uint32_t last;            // the record of the parent's last item
  };
  // The parents with fewer items than their highest number, in parent order.
  std::vector<Incomplete> incomplete() const;

 private:
  std::string_view parent(uint32_t family) const;

  struct Family {
    uint64_t parent_end;  // where its parent ends in parents_
    uint64_t highest;
    uint32_t count;
    uint32_t last;
  };
  std::string parents_;  // the parents, one after another
  ChunkedArray<Family> families_;
  ChunkedArray<uint32_t> tags_;  // by family: the top of its parent's hash, for by_parent_
  FirstOfKey by_parent_;
};

}  // namespace osce
