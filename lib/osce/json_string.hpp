// JSON string literals: writing them with correct escaping, and decoding the
// raw literals of an already validated document.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace osce {

// The choices JSON leaves a writer of a string: append_json_string escapes
// only what must be; Python's json.dumps escapes every character past ASCII,
// PHP's json_encode "/" too, and some writers spell hex digits in capitals.
// A large record's string is kept decoded with the escapes its writer chose
// and written again byte for byte with them (Record), rather than kept twice.
struct JsonEscapes {
  bool ascii = false;        // every character from U+007F as \uXXXX, a surrogate pair past U+FFFF
  bool capital_hex = false;  // "\u00E9", not "\u00e9"
  bool slash = false;        // "/" as "\/"
  bool minimal() const { return !ascii && !capital_hex && !slash; }
};

// Appends `value` to `out` as a JSON string literal, quotes included. Escapes
// '"', '\\' and every control character below U+0020, and what `escapes`
// asks for besides; all other bytes, including valid multi-byte UTF-8, are
// copied as they are.
// REQUIRES: value is valid UTF-8 (the caller checked it).
void append_json_string(std::string& out, std::string_view value, JsonEscapes escapes = {});

// Gives `put` the JSON string literal of `value`, quotes included, in pieces
// of about 64 KB escaped, so that a long value is written or compared
// without a second whole copy of it.
template <typename Put>
void put_json_string(std::string_view value, JsonEscapes escapes, Put&& put) {
  constexpr size_t kPiece = size_t{64} << 10;
  std::string escaped;
  put(std::string_view("\""));
  // Pieces end before a character's first byte, so that one escaped as
  // "\uXXXX" is escaped whole, and piece by piece to the same bytes.
  for (size_t at = 0; at < value.size();) {
    size_t end = std::min(value.size(), at + kPiece);
    while (end < value.size() && end > at + 1 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80) --end;
    escaped.clear();
    append_json_string(escaped, value.substr(at, end - at), escapes);
    put(std::string_view(escaped).substr(1, escaped.size() - 2));
    at = end;
  }
  put(std::string_view("\""));
}

// The escapes a writer chose for `raw`, a JSON string literal, as its
// escapes show them: a "\u" escape of U+007F or past it, capital hex digits,
// "\/". (A literal may show none and still not be the writer's: writes_as
// tells.)
// REQUIRES: raw was validated by a JSON parser (escapes are well-formed).
JsonEscapes escapes_of(std::string_view raw);

// True when `raw`, a JSON string literal, is what append_json_string writes
// for `decoded` with `escapes`. Only then can `raw` be dropped and written
// again from `decoded`.
bool writes_as(std::string_view decoded, std::string_view raw, JsonEscapes escapes = {});

// Decodes a raw JSON string literal, quotes included, into UTF-8.
// REQUIRES: raw was validated by a JSON parser (escapes are well-formed).
std::string decode_json_string(std::string_view raw);

}  // namespace osce
