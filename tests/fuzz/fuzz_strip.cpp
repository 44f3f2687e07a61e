// osce-strip's core under libFuzzer: stripping twice changes nothing, the
// kept lines appear in the page in order and unchanged, and stripping in
// place gives what stripping a copy gives.
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
  // (In place, a text with nothing removed comes back as it came, leading
  // blank lines included, as osce-strip writes such a record: strip_text's
  // copy has them dropped.)
  const osce::StripResult in_place = osce::strip_text_in_place(std::string(page), {});
  if (in_place.text != (once.removed_lines > 0 ? once.text : page)) std::abort();
  if (in_place.removed_lines != once.removed_lines) std::abort();
  if (osce::front_matter(in_place.metadata) != osce::front_matter(once.metadata)) std::abort();
  if (in_place.removed.size() != once.removed.size()) std::abort();
  for (size_t i = 0; i < once.removed.size(); ++i) {
    if (in_place.removed[i].line_number != once.removed[i].line_number ||
        in_place.removed[i].text != once.removed[i].text)
      std::abort();
  }
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
