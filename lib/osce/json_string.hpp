// JSON string literals: writing them with correct escaping, and decoding the
// raw literals of an already validated document.
#pragma once

#include <string>
#include <string_view>

namespace osce {

// Appends `value` to `out` as a JSON string literal, quotes included. Escapes
// '"', '\\' and every control character below U+0020; all other bytes,
// including valid multi-byte UTF-8, are copied as they are.
// REQUIRES: value is valid UTF-8 (the caller checked it).
void append_json_string(std::string& out, std::string_view value);

// Decodes a raw JSON string literal, quotes included, into UTF-8.
// REQUIRES: raw was validated by a JSON parser (escapes are well-formed).
std::string decode_json_string(std::string_view raw);

}  // namespace osce
