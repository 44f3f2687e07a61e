// A text as lines with their byte offsets, so that tools can decide per line
// and still cut, keep and report positions exactly.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

// A line without its "\n" or "\r\n". Its offset is text.data() minus the
// whole text's, and its end of line follows it there (line_with_end): a
// view is all a line holds, 16 bytes, where offsets kept beside it made 40
// (36 MB more for a 100 MB page of short menu lines).
struct TextLine {
  std::string_view text;
};

// The line of `text` from `begin` to `stop` (its LF, or the text's end), a
// CR before `stop` left out: a line as LineCursor, split_lines and
// LineTable give it.
inline std::string_view line_before(std::string_view text, size_t begin, size_t stop) {
  if (stop > begin && text[stop - 1] == '\r') --stop;
  return text.substr(begin, stop - begin);
}

// The lines of `text` one at a time, for a reader that needs no table of
// them. A final line without LF counts; an empty text has none. The views
// point into `text`, which must outlive them.
class LineCursor {
 public:
  explicit LineCursor(std::string_view text) : text_(text) {}
  // The next line into `line`; false after the last. (Inline: a line is a
  // dozen bytes in a menu, and a call a line showed in osce-strip's cost.)
  bool next(TextLine& line) {
    if (ends_ == 0 && !find_ends()) {
      if (at_ == text_.size()) return false;
      give(line, text_.size(), text_.size());  // the last line, without LF
      return true;
    }
    const size_t stop = block_ + static_cast<size_t>(std::countr_zero(ends_));
    ends_ &= ends_ - 1;
    give(line, stop, stop + 1);
    return true;
  }

 private:
  // Moves on to the next block that holds a line end; false at the end.
  bool find_ends();
  // The line from at_ to `stop` (a CR before it dropped); the next begins at `next`.
  void give(TextLine& line, size_t stop, size_t next) {
    line.text = line_before(text_, at_, stop);
    at_ = next;
  }

  std::string_view text_;
  size_t at_ = 0;          // where the next line begins
  size_t block_ = 0;       // the block of 64 bytes ends_ is of
  size_t next_block_ = 0;  // the block to look for line ends in next
  uint64_t ends_ = 0;      // line ends of block_ not yet given out
};

// The number of LF bytes in `text`, 64 at a time.
size_t count_line_ends(std::string_view text);
// From this length on, a text's lines are counted before a table of them
// (or of what is made of them) is filled: a table grown by doubling holds
// its contents twice over while it is copied, and more than a long text's
// table is worth that pass.
inline constexpr size_t kCountLinesFrom = size_t{1} << 16;

// All the lines of `text` (see LineCursor).
std::vector<TextLine> split_lines(std::string_view text);
// The same into `lines`, whose buffer is kept: a filter splits page after page.
void split_lines(std::string_view text, std::vector<TextLine>& lines);

// The lines of a text as split_lines gives them, held as where each begins:
// 8 bytes a line, half a table of views. (A record of the site's menu
// lines alone has five million of them in 100 MB: osce-strip, which keeps
// a table of a page's lines, held 80 MB of views there.)
class LineTable {
 public:
  // The lines of `text`, which must outlive the table; the buffer is kept.
  void assign(std::string_view text);
  size_t size() const { return starts_.empty() ? 0 : starts_.size() - 1; }
  size_t capacity() const { return starts_.capacity(); }
  // Line `i` without its LF and the CR before it, as LineCursor gives it.
  TextLine operator[](size_t i) const {
    const size_t begin = starts_[i], next = starts_[i + 1];
    return {line_before(text_, begin, next > begin && text_[next - 1] == '\n' ? next - 1 : next)};
  }
  // Lets a huge page's buffer go.
  void release() { std::vector<size_t>().swap(starts_); }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;  // where each line begins, then the text's end
};

// `line`, a line of `whole` from split_lines, with the "\n" or "\r\n" (or
// the final lone "\r") that ends it in `whole`.
std::string_view line_with_end(std::string_view whole, const TextLine& line);

// The pieces of `s` between occurrences of `sep`, empty pieces included
// ("a||b" gives "a", "", "b"): the cells of a TSV line, the items of a list cell.
std::vector<std::string_view> split_on(std::string_view s, char sep);

// `s` without leading and trailing blanks (ASCII space, tab, CR, no-break space).
std::string_view trim(std::string_view s);

// The earliest of `separators` in `s` (" - ", " | "): where it begins and
// how long it is; `at` is npos when there is none.
struct Separator {
  size_t at = std::string_view::npos;
  size_t size = 0;
};
Separator first_separator(std::string_view s, std::initializer_list<std::string_view> separators);

// True when `s` holds nothing but blanks and line ends (LF included).
bool is_blank(std::string_view s);

// True when `s` is one or more ASCII digits and nothing else.
inline bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// An ASCII space, tab or line end: JSON's whitespace, and what the phrase
// matcher and the tagger fold into one space.
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// `s` with ASCII letters lowercased; other bytes (UTF-8 included) as they are.
std::string ascii_lower(std::string_view s);

// Equal but for the case of ASCII letters.
bool ascii_iequal(std::string_view a, std::string_view b);
// The same, Cyrillic's capitals folded too ("ОСТАННЄ" is "Останнє"): each
// capital has a small letter of its two bytes.
bool iequal_latin_cyrillic(std::string_view a, std::string_view b);

// Whether `hay` holds `needle` (not empty) anywhere, the case of ASCII
// letters aside: "JavaScript", "javascript"; "By Continuing", "by
// continuing".
bool ascii_icontains(std::string_view hay, std::string_view needle);

// Whether the last character of `t` (not empty) ends a sentence: a full
// stop, '!', '?', or a quote's closing mark ('"', '”').
inline bool ends_with_sentence_mark(std::string_view t) {
  const char last = t.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || t.ends_with("\xE2\x80\x9D");
}
// The same under a footnote's mark or a closing bracket: "... all in southern
// Donetsk region.*", "(... see below.)". (Out of line: rare.)
bool sentence_mark_under_marks(std::string_view t);
// Whether `t` (not empty) ends a sentence, a footnote's mark or a bracket
// after it or not. (Inline, the marks read apart: osce-split asks it of every
// paragraph; one loop over the marks cost it 0.3% of its instructions.)
inline bool ends_a_sentence(std::string_view t) {
  const char last = t.back();
  return ends_with_sentence_mark(t) || ((last == '*' || last == ')') && sentence_mark_under_marks(t));
}

// Whether a code point of two UTF-8 bytes (U+0080 to U+07FF) is a capital
// letter: Latin with diacritics ("Č", "Ž", "Ö"), Greek, Cyrillic ("Б",
// "Ґ"), Armenian. Scripts without case have none.
constexpr bool two_byte_capital(uint32_t cp) {
  if (cp < 0x100) return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;  // À to Þ, not ×
  if (cp < 0x180) {
    // Latin Extended-A pairs a capital with its small letter, the capital
    // first: even code points, but odd ones from Ĺ to Ň and from Ź to Ž.
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;  // ĸ, ŉ, ſ
    const bool odd_first = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    return (cp % 2 == 1) == odd_first;
  }
  if (cp < 0x250) return cp >= 0x200 ? cp % 2 == 0 && cp < 0x234 : true;  // Ș, Ț; Extended-B's first half mixed
  if (cp >= 0x386 && cp <= 0x3AB) return cp != 0x387;                        // Greek Ά to Ϋ, not the ano teleia
  if (cp >= 0x400 && cp <= 0x42F) return true;                               // Cyrillic Ѐ to Я
  if (cp >= 0x460 && cp <= 0x4FF) return cp % 2 == 0 && !(cp >= 0x482 && cp <= 0x489);  // Ѡ, Ґ, Ҷ ... pairs
  return cp >= 0x531 && cp <= 0x556;                                         // Armenian Ա to Ֆ
}

// The same, a bit per code point below U+0800: no call in the loops that
// ask it of every word.
inline constexpr auto kTwoByteCapitals = [] {
  std::array<uint64_t, 32> bits{};
  for (uint32_t cp = 0x80; cp < 0x800; ++cp) {
    if (two_byte_capital(cp)) bits[cp / 64] |= uint64_t{1} << (cp % 64);
  }
  return bits;
}();

// A Latin capital of two UTF-8 bytes in small letters: the second byte of
// its small letter, which shares its first. Latin-1's "À" to "Þ" (C3, "Ú" is
// "ú") and the pairs of Latin Extended-A and of Extended-B's first half (C4,
// C5, C8: "Ş" is "ş", "Ł" "ł", "Ș" "ș"); any other byte pair's second byte
// as it is.
constexpr unsigned char small_latin_second_byte(unsigned char lead, unsigned char next) {
  if (lead != 0xC3 && lead != 0xC4 && lead != 0xC5 && lead != 0xC8) return next;
  const uint32_t cp = (lead & 0x1Fu) << 6 | (next & 0x3Fu);
  if ((next & 0xC0) != 0x80 || !two_byte_capital(cp)) return next;
  if (lead == 0xC3) return static_cast<unsigned char>(next + 0x20);
  return next < 0xBF ? static_cast<unsigned char>(next + 1) : next;  // ("Ŀ", C4 BF, is "ŀ", C5 80: left)
}

// True when `w` starts with a small letter: an ASCII one, or a letter of
// two UTF-8 bytes, Latin (Latin-1's and Extended-A's and -B's), Greek or
// Cyrillic, that is no capital ("на онлайн-заседании ...", "été ...").
// (ASCII inline: every paragraph is asked; the rest out of line.)
bool starts_in_small_letter_past_ascii(std::string_view w);
inline bool starts_in_small_letter(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  return c < 0x80 ? c >= 'a' && c <= 'z' : starts_in_small_letter_past_ascii(w);
}

// True when `w` starts with a capital: an ASCII one, or one of two UTF-8
// bytes. (Inline, ASCII first: every word of a text is asked. Every
// two-byte letter used to count, lowercase ones too, which made each word
// of a Russian text a name.)
inline bool starts_capitalized(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c < 0xC2 || c > 0xDF || w.size() < 2) return false;
  const uint32_t cp = (c & 0x1Fu) << 6 | (static_cast<unsigned char>(w[1]) & 0x3Fu);
  return (kTwoByteCapitals[cp / 64] >> (cp % 64)) & 1;
}

// The marks scrapers write for a list item: "-", "*", "•", "–" (en dash),
// "·". The length of the mark and the blank after it when `t` opens with
// them and goes on ("- Arms control": 2), or 0. (Inline: every line of a
// page is asked, most opening with a capital, and its first byte decides.)
[[gnu::always_inline]] inline size_t list_mark_length(std::string_view t) {
  if (t.size() < 3) return 0;
  const char c = t[0];
  if (c == '-' || c == '*') return t[1] == ' ' ? 2 : 0;
  if (c == '\xE2') return t.starts_with("\xE2\x80\xA2 ") || t.starts_with("\xE2\x80\x93 ") ? 4 : 0;  // • –
  if (c == '\xC2') return t.starts_with("\xC2\xB7 ") && t.size() > 3 ? 3 : 0;                          // ·
  return 0;
}
// A heading's text without the marks a scrape to Markdown writes around it:
// "# OSCE issues report" and "## Background ##" are "OSCE issues report" and
// "Background". (A title field holds the words; "#1 priority" has no mark.)
inline std::string_view without_heading_marks(std::string_view t) {
  size_t level = 0;
  while (level < t.size() && level < 6 && t[level] == '#') ++level;
  if (level == 0 || level >= t.size() || t[level] != ' ') return t;
  t.remove_prefix(level + 1);
  // (A closing run of marks stands after a blank: "# C#" keeps its '#'.)
  size_t closing = 0;
  while (closing < t.size() && t[t.size() - 1 - closing] == '#') ++closing;
  if (closing > 0 && closing < t.size() && t[t.size() - 1 - closing] == ' ') t.remove_suffix(closing);
  return trim(t);
}
// True when the (trimmed) line is a mark alone, or an em dash: a list item
// whose content is on the lines under it, or a menu's section break.
inline bool is_lone_list_mark(std::string_view t) {
  if (t.empty() || t.size() > 3) return false;
  return t == "-" || t == "*" || t == "\xE2\x80\xA2" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "\xC2\xB7";
}

// Number of blank-separated words, counting no further than `stop_after` + 1
// (enough to tell "more than N" without scanning a long paragraph). The
// bytes of `s` may be read on to `readable_end` (see ByteBlock::partial).
size_t word_count(std::string_view s, size_t stop_after = static_cast<size_t>(-1) - 1,
                  const char* readable_end = nullptr);

}  // namespace osce
