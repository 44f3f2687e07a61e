// UTF-8 validation that says where the first bad byte is.
//
// simdjson validates UTF-8 far faster but only answers yes or no; this is what
// the error path and plain-text inputs use to name the offending byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace osce {

// The byte offset of the first byte that does not begin or continue a valid
// UTF-8 sequence (overlong forms, surrogates and code points past U+10FFFF are
// invalid), or nullopt when `bytes` is valid UTF-8.
std::optional<size_t> find_invalid_utf8(std::string_view bytes);

// The first bad byte of a text, told the way an error names it: the line it
// is on (1-based), and "invalid UTF-8 at column C (byte 0xE9: ...)" with the
// likely cause, so that a user knows what to run (a page saved as Latin-1
// or Windows-1252, or a file cut inside a character).
struct InvalidUtf8 {
  uint64_t line = 1;
  std::string message;
};
std::optional<InvalidUtf8> describe_invalid_utf8(std::string_view text);

}  // namespace osce
