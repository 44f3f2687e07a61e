// osce-split's core under libFuzzer: items lie inside the text, in order,
// without overlap, and only blanks lie between and around them.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "osce/split.hpp"
#include "osce/utf8.hpp"

namespace {

bool blank(std::string_view s) {
  while (!s.empty()) {
    if (s.substr(0, 2) == "\xc2\xa0") {
      s.remove_prefix(2);
    } else if (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n') {
      s.remove_prefix(1);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (osce::find_invalid_utf8(text)) return 0;
  const osce::Segmentation seg = osce::segment(text, {});
  size_t at = 0;
  for (const osce::Item& item : seg.items) {
    if (item.begin < at || item.end < item.begin || item.end > text.size()) std::abort();
    if (!blank(std::string_view(text).substr(at, item.begin - at))) std::abort();
    at = item.end;
  }
  if (!blank(std::string_view(text).substr(at))) std::abort();
  return 0;
}
