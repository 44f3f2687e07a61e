// Reading a record stream: the lines of one input as records, blank lines
// skipped, each line validated. An invalid line is reported with its file and
// line number and skipped, so one bad line costs one record, not the run.
#pragma once

#include <cstdint>
#include <string>

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

  // Reads the next line that is not blank into `rec`, for a caller that
  // reports invalid lines itself (osce-check): `why` is empty for a record,
  // else why the line is not one, and failure() tells its kind. A line past
  // --max-record-bytes is reported to `diag` and skipped. Returns false at
  // the end.
  bool next_line(Record& rec, std::string& why, Diagnostics& diag);
  ParseFailure failure() const { return parser_.failure(); }

  // The line the last record came from.
  uint64_t line_number() const { return lines_.line_number(); }
  const std::string& name() const { return lines_.name(); }

 private:
  LineReader& lines_;
  RecordParser parser_;
  // The last line read was a large record: `rec` lets it go before the next
  // line is read, so that two large records are never held at once.
  bool last_large_ = false;
};

}  // namespace osce
