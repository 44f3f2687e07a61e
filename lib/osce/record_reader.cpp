#include "osce/record_reader.hpp"

namespace osce {
namespace {

bool is_blank_line(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

}  // namespace

bool RecordReader::next(Record& rec, Diagnostics& diag) {
  std::string_view line;
  while (lines_.next(line)) {
    if (lines_.overlong()) {
      diag.error(lines_.name(), lines_.line_number(),
                 "record longer than " + std::to_string(max_line_bytes()) + " bytes, skipped (--max-record-bytes)");
      continue;
    }
    if (is_blank_line(line)) continue;
    const std::string why = parser_.parse(line, rec);
    if (why.empty()) return true;
    diag.error(lines_.name(), lines_.line_number(), why);
  }
  return false;
}

}  // namespace osce
