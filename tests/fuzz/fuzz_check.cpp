// osce-check's per-record rules under libFuzzer: any record the parser
// accepts is checked without a crash, and every finding names a rule.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "osce/check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  if (line.find('\n') != std::string::npos) return 0;
  static const osce::CheckOptions options = [] {
    osce::CheckOptions o;
    o.today = "2026-11-23";
    o.enabled = osce::resolve_rules({}, {}, "fuzz");
    return o;
  }();
  osce::Checker checker(options, [](const osce::Finding& f) {
    if (f.rule == nullptr || f.message.empty()) std::abort();
  });
  osce::RecordParser parser;
  osce::Record rec;
  if (parser.parse(line, rec).empty()) {
    checker.check("fuzz", 1, rec);
  } else {
    checker.bad_line("fuzz", 1, parser.failure(), "bad");
  }
  checker.finish();
  return 0;
}
