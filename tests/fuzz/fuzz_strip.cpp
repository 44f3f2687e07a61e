// osce-strip's core under libFuzzer: stripping twice changes nothing, and
// the kept lines appear in the page in order and unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "osce/strip.hpp"
#include "osce/text_lines.hpp"
#include "osce/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string page(reinterpret_cast<const char*>(data), size);
  if (osce::find_invalid_utf8(page)) return 0;  // the reader refuses such pages
  const osce::StripResult once = osce::strip_text(page, {});
  if (osce::strip_text(once.text, {}).text != once.text) std::abort();
  const std::string shown = osce::front_matter(once.metadata) + once.text;
  if (osce::strip_text(shown, {}).text != once.text) std::abort();
  size_t at = 0;
  for (const osce::TextLine& line : osce::split_lines(once.text)) {
    const size_t found = page.find(line.text, at);
    if (found == std::string::npos) std::abort();
    at = found + line.text.size();
  }
  return 0;
}
