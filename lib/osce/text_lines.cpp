#include "osce/text_lines.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "osce/byte_masks.hpp"

namespace osce {
namespace {

constexpr std::string_view kNoBreakSpace = "\xc2\xa0";

}  // namespace

bool LineCursor::find_ends() {
  // Line ends a block at a time: a menu's lines are a dozen bytes each, and
  // a call to memchr per line costs more than the line.
  while (ends_ == 0 && next_block_ < text_.size()) {
    const size_t n = std::min(ByteBlock::kSize, text_.size() - next_block_);
    const ByteBlock block = n == ByteBlock::kSize ? ByteBlock(text_.data() + next_block_)
                                                  : ByteBlock(text_.data() + next_block_, n);
    ends_ = block.eq('\n') & ByteBlock::valid_mask(n);
    block_ = next_block_;
    next_block_ += n;
  }
  return ends_ != 0;
}

size_t count_line_ends(std::string_view text) {
  // (std::count is a byte at a time, seven instructions a byte.)
  size_t count = 0;
  for_each_block(text.data(), text.size(), [&](const ByteBlock& block, uint64_t valid, size_t) {
    count += static_cast<size_t>(count_bits(block.eq('\n') & valid));
  });
  return count;
}

std::vector<TextLine> split_lines(std::string_view text) {
  std::vector<TextLine> lines;
  split_lines(text, lines);
  return lines;
}

void split_lines(std::string_view text, std::vector<TextLine>& lines) {
  lines.clear();
  // A long text's lines counted first: a table grown by doubling is held
  // twice over while it is copied (48 MB for a 100 MB page of short
  // lines).
  if (text.size() >= kCountLinesFrom) lines.reserve(count_line_ends(text) + 1);
  LineCursor cursor(text);
  for (TextLine line; cursor.next(line);) lines.push_back(line);
}

void LineTable::assign(std::string_view text) {
  text_ = text;
  starts_.clear();
  if (text.size() >= kCountLinesFrom) starts_.reserve(count_line_ends(text) + 2);
  LineCursor cursor(text);
  for (TextLine line; cursor.next(line);) starts_.push_back(static_cast<size_t>(line.text.data() - text.data()));
  if (!starts_.empty()) starts_.push_back(text.size());
}

std::string_view line_with_end(std::string_view whole, const TextLine& line) {
  // split_lines took off one LF, then one CR: put them back.
  const size_t begin = static_cast<size_t>(line.text.data() - whole.data());
  size_t next = begin + line.text.size();
  if (next < whole.size() && whole[next] == '\r') ++next;
  if (next < whole.size() && whole[next] == '\n') ++next;
  return whole.substr(begin, next - begin);
}

Separator first_separator(std::string_view s, std::initializer_list<std::string_view> separators) {
  Separator first;
  for (std::string_view sep : separators) {
    const size_t at = s.find(sep);
    if (at < first.at) first = {at, sep.size()};
  }
  return first;
}

std::string_view trim(std::string_view s) {
  // Most lines neither begin nor end with a blank: two tests say so, where
  // the loops below compare a no-break space's two bytes at each end.
  auto may_open = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == kNoBreakSpace[0]; };
  auto may_close = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == kNoBreakSpace[1]; };
  if (s.empty() || (!may_open(s.front()) && !may_close(s.back()))) return s;
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
      s.remove_prefix(1);
    } else if (s.substr(0, 2) == kNoBreakSpace) {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == kNoBreakSpace) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

namespace {

// The code point of a Cyrillic letter's two bytes at `p`, its capital made
// small; 0 for any other bytes. (Inline: asked of each byte compared.)
OSCE_INLINE uint32_t small_cyrillic(std::string_view s, size_t p) {
  if (p + 1 >= s.size()) return 0;
  const auto lead = static_cast<unsigned char>(s[p]), next = static_cast<unsigned char>(s[p + 1]);
  if ((lead != 0xD0 && lead != 0xD1) || (next & 0xC0) != 0x80) return 0;
  uint32_t c = (static_cast<uint32_t>(lead & 0x1F) << 6) | (next & 0x3F);
  if (c >= 0x410 && c <= 0x42F) c += 0x20;       // А-Я
  else if (c >= 0x400 && c <= 0x40F) c += 0x50;  // Ѐ-Џ: Є, І, Ї, Ў among them
  return c;
}

}  // namespace

bool iequal_latin_cyrillic(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a == b) return true;
  for (size_t i = 0; i < a.size(); ++i) {
    // (A Cyrillic letter's first byte is D0 or D1: ASCII goes the short way.)
    if ((static_cast<unsigned char>(a[i]) & 0xFE) == 0xD0) {
      const uint32_t x = small_cyrillic(a, i);
      if (x != 0) {
        if (x != small_cyrillic(b, i)) return false;
        ++i;
        continue;
      }
    }
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool ascii_iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  // Names are mostly written as the taxonomy writes them: one comparison.
  if (a == b) return true;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool ascii_icontains(std::string_view hay, std::string_view needle) {
  if (needle.empty() || hay.size() < needle.size()) return false;
  // The needle's first byte in either case, each found by memchr once, and
  // its second byte before the rest: most lines of a page have few of them.
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  const char lower = fold(needle[0]);
  const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 32) : lower;
  size_t lo = hay.find(lower), up = upper == lower ? std::string_view::npos : hay.find(upper);
  for (;;) {
    const size_t at = std::min(lo, up);
    if (at == std::string_view::npos || at + needle.size() > hay.size()) return false;
    if ((needle.size() == 1 || fold(hay[at + 1]) == fold(needle[1])) &&
        ascii_iequal(hay.substr(at, needle.size()), needle)) {
      return true;
    }
    if (at == lo) {
      lo = hay.find(lower, at + 1);
    } else {
      up = hay.find(upper, at + 1);
    }
  }
}

bool is_blank(std::string_view s) {
  while (!s.empty()) {
    const std::string_view t = trim(s);
    if (t.empty()) return true;
    if (t.front() != '\n') return false;
    s = t.substr(1);
  }
  return true;
}

size_t word_count(std::string_view s, size_t stop_after, const char* readable_end) {
  // A block of 64 bytes at a time, the limit tested between blocks: a
  // test per word start would mispredict at every word.
  size_t words = 0;
  uint64_t carry = 0;  // the block before ended inside a word
  for (size_t at = 0; at < s.size() && words <= stop_after; at += ByteBlock::kSize) {
    const size_t n = std::min(ByteBlock::kSize, s.size() - at);
    const ByteBlock block =
        n == ByteBlock::kSize ? ByteBlock(s.data() + at) : ByteBlock::partial(s.data() + at, n, readable_end);
    const uint64_t in_word = ~block.mask([](Lane b) { return b.eq(' ') | b.eq('\t'); }) & ByteBlock::valid_mask(n);
    words += static_cast<size_t>(count_bits(in_word & ~(in_word << 1 | carry)));
    carry = in_word >> 63;
  }
  return words > stop_after ? stop_after + 1 : words;
}

std::vector<std::string_view> split_on(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (;;) {
    const size_t stop = s.find(sep, start);
    parts.push_back(s.substr(start, stop == std::string_view::npos ? stop : stop - start));
    if (stop == std::string_view::npos) return parts;
    start = stop + 1;
  }
}

bool sentence_mark_under_marks(std::string_view t) {
  while (t.size() > 1 && (t.back() == '*' || t.back() == ')')) t.remove_suffix(1);
  return ends_with_sentence_mark(t);
}

bool starts_in_small_letter_past_ascii(std::string_view w) {
  const auto c = static_cast<unsigned char>(w[0]);
  if (c < 0xC3 || c > 0xD3 || w.size() < 2) return false;
  const uint32_t cp = (c & 0x1Fu) << 6 | (static_cast<unsigned char>(w[1]) & 0x3Fu);
  const bool latin = cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;     // not × or ÷
  const bool greek = cp >= 0x386 && cp <= 0x3FF && cp != 0x387;                  // not the ano teleia
  const bool cyrillic = cp >= 0x400 && cp <= 0x4FF && (cp < 0x482 || cp > 0x489);  // not its signs
  return (latin || greek || cyrillic) && !two_byte_capital(cp);
}

}  // namespace osce
