#include "osce/json_string.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "osce/byte_masks.hpp"

namespace osce {
namespace {

constexpr char kHex[] = "0123456789abcdef";

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

namespace {

// The escape of byte `c` (one that needs one) at `to`; returns its length.
size_t write_escape(char* to, unsigned char c) {
  char kind = 0;
  switch (c) {
    case '"': kind = '"'; break;
    case '\\': kind = '\\'; break;
    case '\n': kind = 'n'; break;
    case '\t': kind = 't'; break;
    case '\r': kind = 'r'; break;
    case '\b': kind = 'b'; break;
    case '\f': kind = 'f'; break;
    default:
      std::memcpy(to, "\\u00", 4);
      to[4] = kHex[c >> 4];
      to[5] = kHex[c & 0xF];
      return 6;
  }
  to[0] = '\\';
  to[1] = kind;
  return 2;
}

OSCE_INLINE uint64_t needs_escape(const ByteBlock& block) {
  return block.mask([](Lane b) { return b.eq('"') | b.eq('\\') | b.at_most(0x1F); });
}

// The length of `value`'s escapes beyond its own: one byte for each
// two-byte escape ("\n", "\""), five for each "\u00XX".
size_t escapes_extra(std::string_view value) {
  size_t extra = 0;
  for_each_block(value.data(), value.size(), [&](const ByteBlock& block, uint64_t valid, size_t) {
    const uint64_t special = needs_escape(block) & valid;
    if (special == 0) return;
    const uint64_t short_form = block.mask([](Lane b) {
      return b.eq('"') | b.eq('\\') | b.eq('\n') | b.eq('\t') | b.eq('\r') | b.eq('\b') | b.eq('\f');
    });
    extra += static_cast<size_t>(count_bits(special)) + 4 * static_cast<size_t>(count_bits(special & ~short_form));
  });
  return extra;
}

// From this length on a string's escaped length is counted before it is
// written: a 100 MB text grown as it is escaped was held twice over at the
// step that grew it, and kept a buffer up to twice its length in the record.
constexpr size_t kCountEscapesFrom = size_t{64} << 10;

// Escapes only what must be: the writer of every record the tools write.
void append_minimal(std::string& out, std::string_view value) {
  // Texts are long and need an escape every few dozen bytes (every line
  // end of a menu, every quote). Each step copies a whole block of 64 bytes
  // with one store, whatever it holds, and moves on to the first byte that
  // needs an escape: no call and no branch per byte or per run.
  const size_t n = value.size();
  constexpr size_t kStep = ByteBlock::kSize + 6;  // a block, then one escape
  size_t done = out.size();
  const size_t extra = n >= kCountEscapesFrom ? escapes_extra(value) : 0;
  out.resize(done + n + extra + 2 + kStep);
  out[done++] = '"';
  size_t i = 0;
  while (i < n) {
    // Room for what is left, had it nothing to escape, and one step more.
    if (out.size() - done < n - i + 1 + kStep) out.resize(out.size() + (n - i) + 2 * kStep);
    char* to = out.data() + done;
    const size_t left = n - i;
    uint64_t special;
    if (left >= ByteBlock::kSize) {
      const ByteBlock block(value.data() + i);
      special = needs_escape(block);
      std::memcpy(to, value.data() + i, ByteBlock::kSize);
    } else {
      const ByteBlock block(value.data() + i, left);
      special = needs_escape(block) & ByteBlock::valid_mask(left);
      std::memcpy(to, value.data() + i, left);
    }
    if (special == 0) {
      const size_t copied = std::min(left, ByteBlock::kSize);
      done += copied;
      i += copied;
      continue;
    }
    const size_t k = static_cast<size_t>(std::countr_zero(special));
    done += k + write_escape(to + k, static_cast<unsigned char>(value[i + k]));
    i += k + 1;
  }
  out[done++] = '"';
  out.resize(done);
}

// With a writer's other escapes: only a large record's strings, read from
// another writer, are written so; a byte at a time is fast enough.
void append_with(std::string& out, std::string_view value, JsonEscapes escapes) {
  const char* hex = escapes.capital_hex ? "0123456789ABCDEF" : kHex;
  const auto put_u = [&](uint32_t v) {
    const char u[6] = {'\\', 'u', hex[(v >> 12) & 0xF], hex[(v >> 8) & 0xF], hex[(v >> 4) & 0xF], hex[v & 0xF]};
    out.append(u, 6);
  };
  out += '"';
  const size_t n = value.size();
  size_t copied = 0;
  for (size_t i = 0; i < n;) {
    const auto c = static_cast<unsigned char>(value[i]);
    const bool escaped =
        c < 0x20 || c == '"' || c == '\\' || (escapes.slash && c == '/') || (escapes.ascii && c >= 0x7F);
    if (!escaped) {
      ++i;
      continue;
    }
    out.append(value, copied, i - copied);
    if (c >= 0x7F) {
      // A character's bytes, as one code point (validated UTF-8: a lead byte
      // and its continuation bytes).
      const size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      uint32_t cp = length == 1 ? c : length == 2 ? (c & 0x1Fu) : length == 3 ? (c & 0x0Fu) : (c & 0x07u);
      for (size_t k = 1; k < length && i + k < n; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(value[i + k]) & 0x3Fu);
      }
      if (cp >= 0x10000) {
        put_u(0xD800 + ((cp - 0x10000) >> 10));
        put_u(0xDC00 + ((cp - 0x10000) & 0x3FF));
      } else {
        put_u(cp);
      }
      i += length;
    } else if (c == '/') {
      out += "\\/";
      ++i;
    } else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\b' && c != '\f') {
      put_u(c);
      ++i;
    } else {
      char two[6];
      out.append(two, write_escape(two, c));
      ++i;
    }
    copied = i;
  }
  out.append(value, copied, n - copied);
  out += '"';
}

}  // namespace

void append_json_string(std::string& out, std::string_view value, JsonEscapes escapes) {
  if (escapes.minimal()) {
    append_minimal(out, value);
  } else {
    append_with(out, value, escapes);
  }
}

JsonEscapes escapes_of(std::string_view raw) {
  JsonEscapes escapes;
  for (size_t i = raw.find('\\'); i != std::string_view::npos && i + 1 < raw.size(); i = raw.find('\\', i)) {
    const char kind = raw[i + 1];
    i += 2;
    if (kind == '/') escapes.slash = true;
    if (kind != 'u' || i + 4 > raw.size()) continue;
    for (size_t k = 0; k < 4; ++k) escapes.capital_hex |= raw[i + k] >= 'A' && raw[i + k] <= 'F';
    escapes.ascii |= read_hex4(raw, i) >= 0x7F;
    i += 4;
  }
  return escapes;
}

bool writes_as(std::string_view decoded, std::string_view raw, JsonEscapes escapes) {
  size_t at = 0;
  bool same = true;
  put_json_string(decoded, escapes, [&](std::string_view piece) {
    same = same && raw.substr(at, piece.size()) == piece;
    at += piece.size();
  });
  return same && at == raw.size();
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
