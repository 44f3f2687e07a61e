// What osce-check remembers of every record it has read, to name the first
// of each duplicate: the record's id and where it was, and the first record
// of each id and of each text.
//
// A corpus of millions of records goes through one process, so a record
// costs 12 bytes of arrays grown a chunk at a time (its text's hash, its
// id's tag), the part of its id that the id before it does not share and
// about 2.5 bytes more, and 10 to 14 bytes of two FirstOfKey tables (three
// fifths to four fifths full); where
// it was costs nothing while files and lines run on. Node-based maps and a
// std::string per id took about 150 bytes (a node and a bucket per key, 32
// bytes per string, 16 per place).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "osce/chunked_array.hpp"
#include "osce/first_of_key.hpp"
#include "osce/front_coded_strings.hpp"

namespace osce {

class SeenRecords {
 public:
  // Remembers the next record (numbered 0, 1, ... in the order added) and
  // returns its number. Records of one file come one after another.
  uint32_t add(std::string_view id, const std::string& file, uint64_t line);

  std::string id(uint32_t number) const { return ids_[number]; }
  std::string_view file_of(uint32_t number) const;
  uint64_t line_of(uint32_t number) const;  // 0 for a whole file (a page)
  // "file:line", or "file" for a whole file (line 0).
  std::string where(uint32_t number) const;

  // The first record before `number` with its id, when its id is not empty
  // and one had it. REQUIRES: `number` is the record just added.
  std::optional<uint32_t> first_with_id(uint32_t number);
  // The first record before `number` whose text hashes to `hash`;
  // without one, `number` becomes that text's first. At most once a record.
  std::optional<uint32_t> first_with_text(uint32_t number, uint64_t hash);

 private:
  FrontCodedStrings ids_;           // by record number
  ChunkedArray<uint32_t> id_tags_;  // by record number: the top of its id's hash, for by_id_
  // The lines, as runs: a stream's records come from lines one after
  // another but where a line was blank or bad (or a file began), and pages
  // are all line 0. A run is its first record and that record's line, and
  // each record after it in the run is one line on, or line 0 again.
  struct LineRun {
    uint32_t first;  // record number
    uint64_t line;   // the first record's
  };
  std::vector<LineRun> line_runs_;
  uint64_t last_line_ = 0;
  std::vector<std::string> files_;  // the files met, a file again each time it comes back
  // (first record number, index in files_) where the file changes.
  std::vector<std::pair<uint32_t, uint32_t>> file_runs_;
  ChunkedArray<uint64_t> text_hashes_;  // by record number; 0 for a record without text (see first_with_text)
  FirstOfKey by_id_, by_text_;
};

}  // namespace osce
