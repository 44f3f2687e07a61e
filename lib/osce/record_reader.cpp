#include "osce/record_reader.hpp"

#include <simdjson.h>

namespace osce {
namespace {

bool is_blank_line(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

}  // namespace

bool RecordReader::next_line(Record& rec, std::string& why, Diagnostics& diag) {
  if (last_large_) {
    rec = Record();
    last_large_ = false;
  }
  std::string_view line;
  while (lines_.next(line)) {
    if (lines_.overlong()) {
      diag.error(lines_.name(), lines_.line_number(),
                 "record longer than " + std::to_string(max_line_bytes()) + " bytes, skipped (--max-record-bytes)");
      continue;
    }
    if (is_blank_line(line)) continue;
    if (line.size() < kLargeRecordBytes) {
      why = parser_.parse(line, rec);
      return true;
    }
    // The record takes its own copy and the reader's buffer goes back
    // before simdjson decodes the strings: the line is held twice at most.
    std::string own;
    own.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    own.assign(line);
    lines_.release_spare();
    why = parser_.parse_owned(std::move(own), rec);
    last_large_ = true;
    return true;
  }
  return false;
}

bool RecordReader::next(Record& rec, Diagnostics& diag) {
  std::string why;
  while (next_line(rec, why, diag)) {
    if (why.empty()) return true;
    diag.error(lines_.name(), lines_.line_number(), why);
  }
  return false;
}

}  // namespace osce
