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

// Gives `put` the JSON string literal of `value`, quotes included, in pieces
// of at most 64 KB escaped, so that a long value is written or compared
// without a second whole copy of it.
template <typename Put>
void put_json_string(std::string_view value, Put&& put) {
  constexpr size_t kPiece = size_t{64} << 10;
  std::string escaped;
  put(std::string_view("\""));
  // Every byte is escaped on its own, so a value cut anywhere (inside a
  // UTF-8 sequence too) escapes piece by piece to the same bytes.
  for (size_t at = 0; at < value.size(); at += kPiece) {
    escaped.clear();
    append_json_string(escaped, value.substr(at, kPiece));
    put(std::string_view(escaped).substr(1, escaped.size() - 2));
  }
  put(std::string_view("\""));
}

// True when `raw`, a JSON string literal, is what append_json_string writes
// for `decoded`: no "\/", no "\u" escape of a character written as itself,
// no capital hex digits. Only then can `raw` be dropped and written again
// from `decoded`.
bool writes_as(std::string_view decoded, std::string_view raw);

// Decodes a raw JSON string literal, quotes included, into UTF-8.
// REQUIRES: raw was validated by a JSON parser (escapes are well-formed).
std::string decode_json_string(std::string_view raw);

}  // namespace osce
