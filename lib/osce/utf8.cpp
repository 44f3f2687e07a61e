#include "osce/utf8.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "osce/text_lines.hpp"

namespace osce {

std::optional<size_t> find_invalid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // Scraped pages are mostly ASCII: skip it eight bytes at a time.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t min;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07u;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

std::optional<InvalidUtf8> describe_invalid_utf8(std::string_view text) {
  const std::optional<size_t> at = find_invalid_utf8(text);
  if (!at) return std::nullopt;
  const std::string_view before = text.substr(0, *at);
  const size_t newline = before.rfind('\n');
  const size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  InvalidUtf8 bad;
  bad.line = 1 + count_line_ends(before);
  const auto c = static_cast<unsigned char>(text[*at]);
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", c);
  bad.message = "invalid UTF-8 at column " + std::to_string(*at - line_start + 1) + " (byte " + hex;
  // A lead byte whose sequence the text's end cuts short: a file cut
  // inside a character ("head -c", a download that stopped). A NUL byte
  // near the start, as git and grep judge it: not text at all. Any other
  // byte from 0x80 up is, in a scraped page, nearly always a single-byte
  // encoding's letter ("é" is 0xE9 in both).
  const size_t wants = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (c >= 0xC2 && c <= 0xF4 && *at + wants > text.size()) {
    bad.message += ": the text ends inside a character)";
  } else if (text.substr(0, 8000).find('\0') != std::string_view::npos) {
    bad.message += ": a binary file?)";
  } else {
    bad.message += ": Latin-1 or Windows-1252? iconv -f WINDOWS-1252 -t UTF-8 converts it)";
  }
  return bad;
}

}  // namespace osce
