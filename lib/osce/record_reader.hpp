// Reading a record stream: the lines of one input as records, blank lines
// skipped, each line validated. An invalid line is reported with its file and
// line number and skipped, so one bad line costs one record, not the run.
#pragma once

#include <cstdint>

#include "osce/error.hpp"
#include "osce/line_reader.hpp"
#include "osce/record.hpp"

namespace osce {

class RecordReader {
 public:
  // REQUIRES: `lines` outlives this reader.
  explicit RecordReader(LineReader& lines) : lines_(lines) { lines_.skip_byte_order_mark(); }

  // Reads the next valid record into `rec`. Invalid lines are reported to
  // `diag` (which counts them as errors) and skipped. Returns false at the end.
  // Throws Error when the input cannot be read.
  bool next(Record& rec, Diagnostics& diag);

  // The line the last record came from.
  uint64_t line_number() const { return lines_.line_number(); }
  const std::string& name() const { return lines_.name(); }

 private:
  LineReader& lines_;
  RecordParser parser_;
};

}  // namespace osce
