// osce-split's core under libFuzzer: items lie inside the text, in order,
// without overlap, and only blanks and separator lines lie between and around them.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "osce/split.hpp"
#include "osce/text_lines.hpp"
#include "osce/utf8.hpp"


extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (osce::find_invalid_utf8(text)) return 0;
  const osce::Segmentation seg = osce::segment(text, {});
  size_t at = 0;
  for (const osce::Item& item : seg.items) {
    if (item.begin < at || item.end < item.begin || item.end > text.size()) std::abort();
    if (!osce::blank_or_separators(std::string_view(text).substr(at, item.begin - at))) std::abort();
    at = item.end;
  }
  if (!osce::blank_or_separators(std::string_view(text).substr(at))) std::abort();
  return 0;
}
