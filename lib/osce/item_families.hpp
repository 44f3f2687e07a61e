// Per parent of items, how many items osce-check has seen and the highest
// number among them ("<parent>#<n>"), so that it can name at the end the
// parents some of whose items are missing.
//
// A corpus of items has a parent for every two or three records: a parent
// is kept as its bytes in one string and 32 bytes of counts and place, found
// through a FirstOfKey table, where a std::map of std::string to a struct
// with its own file name cost about 180 bytes.
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
  // Item number `n` of `parent`, read at `file`:`line`.
  void add(std::string_view parent, uint64_t n, const std::string& file, uint64_t line);

  struct Incomplete {
    std::string_view parent;
    uint64_t count, highest;  // items seen, and the highest number seen
    std::string_view file;    // where the parent's last item was
    uint64_t line;
  };
  // The parents with fewer items than their highest number, in parent order.
  std::vector<Incomplete> incomplete() const;

 private:
  std::string_view parent(uint32_t family) const;

  struct Family {
    uint64_t parent_end;  // where its parent ends in parents_
    uint64_t highest;
    uint64_t line;
    uint32_t count;
    uint32_t file;  // in files_
  };
  std::string parents_;  // the parents, one after another
  ChunkedArray<Family> families_;
  std::vector<std::string> files_;  // the files met, a file again each time it comes back
  FirstOfKey by_parent_;
};

}  // namespace osce
