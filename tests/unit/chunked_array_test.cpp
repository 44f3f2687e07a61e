// ChunkedArray against std::vector across chunk boundaries.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "osce/chunked_array.hpp"

TEST_CASE("chunked array: what it was given, across chunks, and written in place", "[chunked]") {
  using Array = osce::ChunkedArray<uint64_t>;
  Array array;
  std::vector<uint64_t> want;
  CHECK(array.empty());
  // Three chunks and some: the first and last of each chunk are at its edges.
  const size_t n = 3 * Array::kChunkSize + 5;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t v = i * 0x9E3779B97F4A7C15ULL;
    array.push_back(v);
    want.push_back(v);
  }
  REQUIRE(array.size() == n);
  CHECK_FALSE(array.empty());
  for (size_t i = 0; i < n; ++i) REQUIRE(array[i] == want[i]);
  // Written through operator[], read back through the const one.
  for (size_t i = 0; i < n; i += 977) array[i] = i;
  const Array& view = array;
  for (size_t i = 0; i < n; ++i) REQUIRE(view[i] == (i % 977 == 0 ? i : want[i]));
}
