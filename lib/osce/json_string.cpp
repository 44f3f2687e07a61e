#include "osce/json_string.hpp"

#include <cstdint>
#include <cstring>

namespace osce {
namespace {

constexpr char kHex[] = "0123456789abcdef";

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

unsigned hex_value(char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
  return static_cast<unsigned>(c - 'A' + 10);
}

uint32_t read_hex4(std::string_view s, size_t at) {
  uint32_t v = 0;
  for (size_t k = 0; k < 4; ++k) v = (v << 4) | hex_value(s[at + k]);
  return v;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view value) {
  out.reserve(out.size() + value.size() + 2);
  out += '"';
  size_t run = 0;  // start of the pending run of bytes that need no escape
  for (size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (!needs_escape(c)) continue;
    out.append(value, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(value, run, value.size() - run);
  out += '"';
}

std::string decode_json_string(std::string_view raw) {
  std::string_view body = raw.substr(1, raw.size() - 2);
  std::string out;
  out.reserve(body.size());
  size_t i = 0;
  while (i < body.size()) {
    const void* hit = std::memchr(body.data() + i, '\\', body.size() - i);
    const size_t esc = hit ? static_cast<size_t>(static_cast<const char*>(hit) - body.data()) : body.size();
    out.append(body, i, esc - i);
    if (esc == body.size()) break;
    const char kind = body[esc + 1];
    i = esc + 2;
    switch (kind) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        uint32_t cp = read_hex4(body, i);
        i += 4;
        // A high surrogate followed by a low one makes one code point; the
        // validator has already refused lone surrogates.
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= body.size() && body[i] == '\\' &&
            body[i + 1] == 'u') {
          const uint32_t low = read_hex4(body, i + 2);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        append_utf8(out, cp);
        break;
      }
      default: out += kind;  // '"', '\\', '/'
    }
  }
  return out;
}

}  // namespace osce
