#include "osce/date_scan.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

#include "osce/byte_masks.hpp"
#include "osce/date_parse.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

enum class Kind : uint8_t { kNumber, kWord, kDash, kComma, kPeriod, kSlash, kOpen, kClose, kApostrophe, kOther };

// The scanner reads tokens, not bytes: every form below is a short sequence
// of numbers, words and punctuation, and the look-alikes differ from dates in
// what stands next to them ("No. 5/16", "+43 1 514 36 2000").
struct Token {
  Kind kind;
  bool glued;        // no blank between this token and the previous one
  bool line_before;  // a line end before it: a line is at least a sentence
  bool ordinal;      // a number written "12th"
  bool keyword;      // a word that may begin a relative form or name a weekday ("today", "last", "Friday")
  char punct;        // for kOther, the byte (or 'u' for other UTF-8)
  uint8_t digits;
  int value;         // a number's value (capped); for a word, its month 1-12 or 0
  uint32_t begin, end;
};

// A table: the tokenizer asks this of every byte of every word it reads,
// where two range tests cost four comparisons and their branches.
constexpr std::array<bool, 256> kLetters = [] {
  std::array<bool, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = t[static_cast<size_t>(c - 'a' + 'A')] = true;
  return t;
}();
bool is_letter(char c) { return kLetters[static_cast<unsigned char>(c)]; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
// Cyrillic letters are D0 80 to D4 AF in UTF-8; a continuation byte is 80-BF.
bool is_cyrillic_lead(char c) { return static_cast<unsigned char>(c) >= 0xD0 && static_cast<unsigned char>(c) <= 0xD4; }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != b[i]) return false;
  }
  return true;
}

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (iequal(word, w)) return true;
  }
  return false;
}

// Lowercase words, asked of every word near a date that has no year:
// grouped by length, so that a lookup compares the few of the word's length
// and first letter, where one_of compares them all.
class WordList {
 public:
  WordList(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (w.empty() || w.size() >= kLongest) throw std::logic_error("WordList: a word of no or too many letters");
      by_length_[w.size()].push_back(w);
    }
  }
  bool has(std::string_view word) const {
    if (word.empty() || word.size() >= kLongest) return false;
    const char first = lower(word[0]);
    for (std::string_view w : by_length_[word.size()]) {
      if (w[0] == first && iequal(word, w)) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kLongest = 16;
  std::array<std::vector<std::string_view>, kLongest> by_length_;
};

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year == 0) return kDays[month - 1];  // no year said: 29 February may be right
  for (int d = kDays[month - 1]; d > 27; --d) {
    if (is_calendar_date(year, month, d)) return d;
  }
  return 28;
}

bool valid(const DatePoint& p) {
  if (p.month == 0) return p.day == 0;
  if (p.month < 1 || p.month > 12) return false;
  if (p.day == 0) return true;
  return p.day <= days_in_month(p.year, p.month);
}

// Comparable key for points at any precision: a missing day or month counts
// as the earliest, which is what "ranges run forward" needs.
long key(const DatePoint& p) { return (p.year * 13L + p.month) * 32L + p.day; }

// Words that say an event lies behind or ahead. Irregular past forms are
// listed; regular ones are recognized by "-ed" (see past_form).
bool is_future_cue(std::string_view w) {
  static const WordList cues = {"will", "shall", "upcoming", "forthcoming", "scheduled", "planned",
                                "plans", "expected", "tomorrow", "next", "coming"};
  return cues.has(w);
}

bool past_form(std::string_view w) {
  static const WordList irregular = {"said", "was", "were", "had", "held", "took", "began", "met", "gave",
                                     "made", "spoke", "brought", "came", "went", "saw", "led", "won", "sent",
                                     "told", "became", "found", "wrote", "ran", "paid", "did", "ago", "last",
                                     "yesterday", "underwent", "chose", "drew", "sought", "taught", "thought"};
  if (irregular.has(w)) return true;
  // Regular past forms; adjectives in -ed that rarely mark tense are left out.
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed" || w[w.size() - 3] == 'e') return false;
  static const WordList adjectives = {"based", "related", "dedicated", "united", "limited", "interested",
                                      "concerned", "advanced", "detailed", "experienced", "qualified", "skilled",
                                      "armed", "hundred", "so-called", "called", "entitled", "titled", "organized",
                                      "organised", "associated", "affected", "displaced", "elected", "appointed",
                                      "needed", "trained", "aimed"};
  return !adjectives.has(w);
}

// Whether a word may begin a relative form or name a weekday ("today",
// "last", "Friday"), decided once as the word is read, so that the forms
// are tried only where one can start.
bool is_keyword(std::string_view w) {
  // By length, then by first letter: one or two comparisons at most.
  const char first = lower(w[0]);
  switch (w.size()) {
    case 4:
      return (first == 't' && iequal(w, "this")) || (first == 'l' && iequal(w, "last")) ||
             (first == 'p' && iequal(w, "past")) || (first == 'n' && iequal(w, "next"));
    case 5: return first == 't' && iequal(w, "today");
    case 6:
      return (first == 'c' && iequal(w, "coming")) || (first == 'm' && iequal(w, "monday")) ||
             (first == 'f' && iequal(w, "friday")) || (first == 's' && iequal(w, "sunday"));
    case 7: return first == 't' && iequal(w, "tuesday");
    case 8:
      return (first == 't' && (iequal(w, "tomorrow") || iequal(w, "thursday"))) ||
             (first == 's' && iequal(w, "saturday"));
    case 9: return (first == 'y' && iequal(w, "yesterday")) || (first == 'w' && iequal(w, "wednesday"));
    default: return false;
  }
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Whether a line may hold a date expression: a digit, a capitalized month
// name, or "day" (today, yesterday, the weekdays), "rrow" (tomorrow), "year"
// or "onth" (this year, last month), any case. Every form of the scanner
// needs one of these, so a line with none is not tokenized at all: about
// half of a news text. Most lines have no digit, and so are read to the
// end: a block is asked for the three letters those words end or begin
// with ('y', 'w', 'h'), and only where one stands are the bytes around it
// compared, where a mask per letter of each word cost four times as much.
bool may_hold_a_date(std::string_view line) {
  auto folded_is = [&](size_t at, std::string_view lower_word) {
    if (at + lower_word.size() > line.size()) return false;
    for (size_t k = 0; k < lower_word.size(); ++k) {
      if ((line[at + k] | 0x20) != lower_word[k]) return false;
    }
    return true;
  };
  uint64_t carry = 0;  // the block before ended in a letter
  return any_block(line.data(), line.size(), 0, [&](const ByteBlock& block, uint64_t valid, size_t at) {
    if (block.in_range('0', '9') & valid) return true;
    uint64_t cues = block.mask([](Lane b) {
      const Lane f = b.folded();
      return f.eq('y') | f.eq('w') | f.eq('h');
    }) & valid;
    for (; cues != 0; cues &= cues - 1) {
      const size_t i = at + static_cast<size_t>(std::countr_zero(cues));
      switch (line[i] | 0x20) {
        case 'y':
          if ((i >= 2 && folded_is(i - 2, "day")) || folded_is(i, "year")) return true;
          break;
        case 'w':
          if (i >= 3 && folded_is(i - 3, "rrow")) return true;
          break;
        default:
          if (i >= 3 && folded_is(i - 3, "onth")) return true;
          break;
      }
    }
    // Capitals that start a word.
    const uint64_t letters = block.letters() & valid;
    uint64_t capitals = block.in_range('A', 'Z') & ~(letters << 1 | carry) & valid;
    carry = letters >> 63;
    for (; capitals != 0; capitals &= capitals - 1) {
      const size_t i = at + static_cast<size_t>(std::countr_zero(capitals));
      size_t j = i + 1;
      while (j < line.size() && is_letter(line[j])) ++j;
      if (month_number(line.substr(i, j - i))) return true;
    }
    return false;
  });
}

// The parts of `text` to tokenize: runs of lines that may hold a date, each
// with the last words of the line before it (the forms look two tokens
// back: "between 12 and 14 July", "No. 2016").
void date_windows(std::string_view text, std::vector<std::pair<size_t, size_t>>& windows) {
  constexpr size_t kLookBack = 48;
  windows.clear();
  size_t at = 0;
  while (at < text.size()) {
    const void* nl = std::memchr(text.data() + at, '\n', text.size() - at);
    const size_t end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1 : text.size();
    if (may_hold_a_date(text.substr(at, end - at))) {
      if (!windows.empty() && windows.back().second == at) {
        windows.back().second = end;
      } else {
        // Back to the first word within reach that follows a blank, not
        // into the window before.
        const size_t floor = std::max(windows.empty() ? size_t{0} : windows.back().second,
                                      at > kLookBack ? at - kLookBack : 0);
        size_t from = at;
        for (size_t p = floor; p < at; ++p) {
          if (!is_blank(text[p]) && (p == 0 || is_blank(text[p - 1]))) {
            from = p;
            break;
          }
        }
        if (!windows.empty() && windows.back().second >= from) {
          windows.back().second = end;
        } else {
          windows.emplace_back(from, end);
        }
      }
    }
    at = end;
  }
}

class Scanner {
 public:
  // The token buffer is the caller's, kept between records: one allocation
  // per thread instead of one per record.
  Scanner(std::string_view text, const ScanOptions& options, std::vector<Token>& tokens)
      : text_(text), options_(options), tok_(tokens) {}

  using Windows = std::vector<std::pair<size_t, size_t>>;

  // Reads windows [first, last) of the text and returns the expressions
  // that start in windows [own_first, own_last); the others are the
  // neighbouring batches' (scan_dates).
  std::vector<DateExpression> run(const Windows& windows, size_t first, size_t last, size_t own_first,
                                  size_t own_last) {
    tok_.clear();
    for (size_t k = first; k < last; ++k) tokenize(windows[k].first, windows[k].second);
    std::vector<DateExpression> found;
    size_t i = 0;
    while (i < tok_.size()) {
      // A form may take tokens and give nothing: "31 June 2023" is no date,
      // and its "2023" must not then pass for a year of its own.
      const size_t next = match_at(i, found);
      i = next > i ? next : i + 1;
    }
    if (first < own_first || own_last < last) {
      const size_t from = windows[own_first].first, to = windows[own_last - 1].second;
      std::erase_if(found, [&](const DateExpression& e) { return e.start < from || e.start >= to; });
    }
    for (DateExpression& e : found) {
      if (e.relative != Relative::kNone || e.from.year == 0) e.tense = tense_at(e.start);
    }
    return found;
  }

 private:
  // ---- tokens ----------------------------------------------------------

  // The tokens of [from, to), which starts at a token's start: after a
  // blank, or at the text's start. Forced inline, like match_at: once run()
  // had two callers (scan_dates and scan_in_batches) GCC stopped inlining
  // these two, and osce-dates took 6% more instructions.
  [[gnu::always_inline]] void tokenize(size_t from, size_t to) {
    bool glued = false, line = from == 0;
    for (size_t k = from; k-- > 0 && is_blank(text_[k]);) line = line || text_[k] == '\n';
    size_t i = from;
    const size_t n = to;
    while (i < n) {
      const char c = text_[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        glued = false;
        line = line || c == '\n';
        ++i;
        continue;
      }
      Token& t = tok_.emplace_back();
      t.kind = Kind::kOther;
      t.glued = glued;
      t.line_before = line;
      t.begin = static_cast<uint32_t>(i);
      size_t j = i + 1;
      if (is_digit(c)) {
        t.kind = Kind::kNumber;
        j = i;
        int value = 0;
        while (j < n && is_digit(text_[j])) {
          if (value < 100000) value = value * 10 + (text_[j] - '0');
          ++j;
        }
        t.value = value;
        t.digits = static_cast<uint8_t>(std::min<size_t>(j - i, 255));
        if (j + 1 < n && is_letter(text_[j]) && is_letter(text_[j + 1]) && (j + 2 >= n || !is_letter(text_[j + 2]))) {
          const char a = lower(text_[j]), b = lower(text_[j + 1]);
          // (French's "1er", the first of a month, too.)
          if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h') ||
              (a == 'e' && b == 'r')) {
            t.ordinal = true;
            j += 2;
          }
        } else if (j + 1 < n && text_[j] == '\xC2' && text_[j + 1] == '\xBA') {
          t.ordinal = true;  // Italian's and Spanish's "1º"
          j += 2;
        }
      } else if (is_letter(c)) {
        t.kind = Kind::kWord;
        while (j < n && is_letter(text_[j])) ++j;
        const std::string_view w = text_.substr(i, j - i);
        if (is_upper(c)) t.value = month_number(w);
        t.keyword = is_keyword(w);
      } else if (c == '-') {
        t.kind = Kind::kDash;
      } else if (c == ',') {
        t.kind = Kind::kComma;
      } else if (c == '.') {
        t.kind = Kind::kPeriod;
      } else if (c == '/') {
        t.kind = Kind::kSlash;
      } else if (c == '(' || c == '[') {
        t.kind = Kind::kOpen;
      } else if (c == ')' || c == ']') {
        t.kind = Kind::kClose;
      } else if (c == '\'') {
        t.kind = Kind::kApostrophe;
      } else if (is_cyrillic_lead(c) && i + 1 < n && is_continuation(text_[i + 1])) {
        // A Russian or Ukrainian word (two bytes a letter): a month's name
        // in "12 июля 2023 года", or a word like any other.
        t.kind = Kind::kWord;
        j = i + 2;
        while (j + 1 < n && is_cyrillic_lead(text_[j]) && is_continuation(text_[j + 1])) j += 2;
        t.value = cyrillic_month_number(text_.substr(i, j - i));
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        // One UTF-8 character: dashes and the right single quote matter here.
        while (j < n && (static_cast<unsigned char>(text_[j]) & 0xC0) == 0x80) ++j;
        const std::string_view ch = text_.substr(i, j - i);
        if (ch == "\xE2\x80\x93" || ch == "\xE2\x80\x94" || ch == "\xE2\x80\x90" || ch == "\xE2\x80\x91" ||
            ch == "\xE2\x80\x92") {
          t.kind = Kind::kDash;
        } else if (ch == "\xE2\x80\x99") {
          t.kind = Kind::kApostrophe;
        } else if (ch == "\xE2\x80\x9C" || ch == "\xE2\x80\x9D" || ch == "\xC2\xAB" || ch == "\xC2\xBB") {
          t.punct = '"';
        } else {
          t.punct = 'u';
        }
      } else {
        t.punct = c;
      }
      t.end = static_cast<uint32_t>(j);
      glued = true;
      line = false;
      i = j;
    }
  }

  const Token* at(size_t i) const { return i < tok_.size() ? &tok_[i] : nullptr; }
  std::string_view str(size_t i) const { return text_.substr(tok_[i].begin, tok_[i].end - tok_[i].begin); }
  bool kind(size_t i, Kind k) const { return i < tok_.size() && tok_[i].kind == k; }
  bool glued(size_t i) const { return i < tok_.size() && tok_[i].glued; }
  bool word(size_t i, std::string_view w) const { return kind(i, Kind::kWord) && iequal(str(i), w); }
  bool word_in(size_t i, std::initializer_list<std::string_view> ws) const {
    return kind(i, Kind::kWord) && one_of(str(i), ws);
  }
  // The part of a year a word before it names: "mid-2018", "early 2024", "by end-2022".
  bool names_a_part_of_the_year(size_t i) const { return word_in(i, {"mid", "early", "late", "end", "start"}); }
  bool is_ascii_hyphen(size_t i) const { return kind(i, Kind::kDash) && text_[tok_[i].begin] == '-'; }

  // A number that can be a day of the month: one or two digits, not part of
  // a longer figure ("1.5", "3/4", "12:30", "No. 12").
  int day_at(size_t i) const {
    const Token* t = at(i);
    if (!t || t->kind != Kind::kNumber || t->digits > 2 || t->value < 1 || t->value > 31) return 0;
    if (i > 0 && t->glued) {
      const Kind p = tok_[i - 1].kind;
      if (p == Kind::kPeriod || p == Kind::kSlash || p == Kind::kNumber || p == Kind::kWord ||
          (p == Kind::kOther && tok_[i - 1].punct != 'u' && tok_[i - 1].punct != '"')) {
        return 0;
      }
    }
    if (const Token* nx = at(i + 1); nx && nx->glued && !t->ordinal) {
      if ((nx->kind == Kind::kPeriod || nx->kind == Kind::kSlash) && kind(i + 2, Kind::kNumber) && glued(i + 2)) {
        return 0;
      }
      if (nx->kind == Kind::kOther && nx->punct == ':') return 0;
    }
    return t->value;
  }

  // A four-digit year written with a month or day: any plausible year.
  int year_at(size_t i) const {
    const Token* t = at(i);
    if (!t || t->kind != Kind::kNumber || t->digits != 4 || t->ordinal || t->value < 1000 || t->value > 2999) return 0;
    if (const Token* nx = at(i + 1); nx && nx->glued && (nx->kind == Kind::kNumber || nx->kind == Kind::kWord)) {
      // (Unless the word is the next sentence's first, glued to the date
      // as scrapers glue a paragraph to the line above: "29 April 2022The
      // OSCE ...", "29 Апрель 2022ОБСЕ ...".)
      if (!(nx->kind == Kind::kWord && opens_capitalized(*nx))) return 0;
    }
    return t->value;
  }

  // A word of two letters or more, its first a capital (ASCII, or of two
  // bytes: Cyrillic, Latin with diacritics; see starts_capitalized).
  bool opens_capitalized(const Token& w) const {
    const std::string_view word = text_.substr(w.begin, w.end - w.begin);
    return starts_capitalized(word) && word.size() >= (static_cast<unsigned char>(word[0]) < 0x80 ? 2u : 4u);
  }

  // A month name or abbreviation, capitalized. `next` is the token after it
  // (after the abbreviation's period, if any).
  int month_at(size_t i, size_t& next, bool full_name_only = false) const {
    // (A name may open with a letter past ASCII, a token of its own: "února", "Şubat".)
    const bool latin_letter = kind(i, Kind::kOther) && tok_[i].punct == 'u' &&
                              static_cast<unsigned char>(text_[tok_[i].begin]) >= 0xC3 &&
                              static_cast<unsigned char>(text_[tok_[i].begin]) <= 0xC5;
    if (!kind(i, Kind::kWord) && !latin_letter) return 0;
    const std::string_view w = str(i);
    // A month of another language in Latin letters after its day (see
    // latin_month_number): "26. novembar 2025", "15 marta", "12 juillet",
    // "12 de julio", "12. Juli", "12 lipca", "12. července".
    // (Looked up here, after a day, not for every word the tokenizer reads.)
    if (tok_[i].value == 0) {
      const bool after_day = i > 0 && (kind(i - 1, Kind::kNumber) ||
                                       (i > 1 && kind(i - 2, Kind::kNumber) &&
                                        (kind(i - 1, Kind::kPeriod) || word(i - 1, "de"))));
      if (!after_day) return 0;
      // A name with letters past ASCII is read as several tokens ("f", "é",
      // "vrier"): the name is their glued run.
      size_t last = i;
      while (glued(last + 1) && (kind(last + 1, Kind::kWord) ||
                                 (kind(last + 1, Kind::kOther) &&
                                  static_cast<unsigned char>(text_[tok_[last + 1].begin]) >= 0xC0))) {
        ++last;
      }
      const std::string_view name = text_.substr(tok_[i].begin, tok_[last].end - tok_[i].begin);
      // (Its year right after it, perhaps after Spanish's "de": a capitalized
      // month is no one's name then.)
      const size_t year_at = word(last + 1, "de") ? last + 2 : last + 1;
      const bool year_after = kind(year_at, Kind::kNumber) && tok_[year_at].end - tok_[year_at].begin == 4;
      const int month = latin_month_number(name, year_after);
      if (month == 0) return 0;
      next = last + 1;
      return month;
    }
    const bool abbreviated = w.size() <= 4 && !iequal(w, "may") && !iequal(w, "june") && !iequal(w, "july");
    if (abbreviated && full_name_only) return 0;
    next = i + 1;
    if (abbreviated && kind(next, Kind::kPeriod) && glued(next)) ++next;
    return tok_[i].value;
  }

  int weekday_at(size_t i) const {
    if (!kind(i, Kind::kWord) || !is_upper(text_[tok_[i].begin])) return -1;
    const std::string_view w = str(i);
    for (size_t d = 0; d < kWeekdayNames.size(); ++d) {
      if (iequal(w, kWeekdayNames[d])) return static_cast<int>(d);
    }
    return -1;
  }

  // "–", "-", "to", "until", "till", "through": what joins a range's ends.
  bool range_joint(size_t i) const {
    // ("с 8 по 16 сентября", "з 8 по 16 вересня": Russian and Ukrainian "through".)
    return kind(i, Kind::kDash) || word_in(i, {"to", "until", "till", "through", "thru", "\xD0\xBF\xD0\xBE"});
  }

  DateExpression make(size_t first, size_t last_exclusive) const {
    DateExpression e;
    e.start = tok_[first].begin;
    e.end = tok_[last_exclusive - 1].end;
    return e;
  }

  // ---- forms -------------------------------------------------------------

  // Tries every form at token i; appends what it finds and returns the index
  // after the tokens it took, or 0 when no form starts here.
  [[gnu::always_inline]] size_t match_at(size_t i, std::vector<DateExpression>& out) {
    const Token& t = tok_[i];
    if (t.kind == Kind::kNumber) {
      if (size_t j = iso_or_numeric(i, out)) return j;
      if (size_t j = day_first(i, out)) return j;
      if (size_t j = year_form(i, out)) return j;
      return 0;
    }
    if (t.kind != Kind::kWord || (t.value == 0 && !t.keyword)) return 0;
    if (int wd = weekday_at(i); wd >= 0) {
      // "Friday, 4 May 2018", "on Monday, 10 July": the weekday joins the date.
      size_t j = i + 1;
      if (kind(j, Kind::kComma)) ++j;
      const size_t before = out.size();
      size_t end = 0;
      if (kind(j, Kind::kNumber)) {
        end = iso_or_numeric(j, out, wd);  // "Fri, 10/06/2023": the weekday tells the month
        if (!end) end = day_first(j, out);
      } else {
        end = month_first(j, out);
      }
      if (end && out.size() == before + 1 && !out.back().range) {
        out.back().start = t.begin;
        out.back().weekday = wd;
        return end;
      }
      out.resize(before);
      return relative_weekday(i, wd, 0, i, out);
    }
    if (t.value != 0) return month_first(i, out);
    return relative(i, out);
  }

  // "2023-07-12"; "12.07.2023" (always day first: the dotted form is
  // European); "12/07/2023" as the weekday written before it says (0 Sunday,
  // -1 none), else as ScanOptions says.
  size_t iso_or_numeric(size_t i, std::vector<DateExpression>& out, int weekday = -1) {
    if (i > 0 && glued(i) && (kind(i - 1, Kind::kNumber) || kind(i - 1, Kind::kWord))) return 0;
    auto glued_number = [&](size_t k, int digits_min, int digits_max) {
      return kind(k, Kind::kNumber) && glued(k) && tok_[k].digits >= digits_min && tok_[k].digits <= digits_max &&
             !tok_[k].ordinal;
    };
    auto clean_end = [&](size_t k) {  // nothing glued after that would make it a longer figure
      return !(glued(k) && (kind(k, Kind::kNumber) || kind(k, Kind::kWord) ||
                            ((kind(k, Kind::kPeriod) || kind(k, Kind::kSlash) || kind(k, Kind::kDash)) &&
                             kind(k + 1, Kind::kNumber) && glued(k + 1))));
    };
    const Token& t = tok_[i];
    if (t.digits == 4 && is_ascii_hyphen(i + 1) && glued(i + 1) && glued_number(i + 2, 2, 2) &&
        is_ascii_hyphen(i + 3) && glued(i + 3) && glued_number(i + 4, 2, 2) && clean_end(i + 5)) {
      DateExpression e = make(i, i + 5);
      e.from = {t.value, tok_[i + 2].value, tok_[i + 4].value};
      if (!is_calendar_date(e.from.year, e.from.month, e.from.day)) return 0;
      out.push_back(e);
      return i + 5;
    }
    if (t.digits > 2 || t.ordinal) return 0;
    const bool dot = kind(i + 1, Kind::kPeriod), slash = kind(i + 1, Kind::kSlash);
    if (!(dot || slash) || !glued(i + 1) || !glued_number(i + 2, 1, 2) || !kind(i + 3, tok_[i + 1].kind) ||
        !glued(i + 3) || !glued_number(i + 4, 4, 4) || !clean_end(i + 5)) {
      return 0;
    }
    int a = t.value, b = tok_[i + 2].value;
    const int year = tok_[i + 4].value;
    int day = a, month = b;
    if (slash) {
      const bool day_first_ok = is_calendar_date(year, b, a), month_first_ok = is_calendar_date(year, a, b);
      if (day_first_ok && month_first_ok && a != b) {
        if (const int on_weekday = reading_on_weekday(year, a, b, weekday); on_weekday != 0) {
          if (on_weekday < 0) day = b, month = a;
        } else if (options_.slash_order == SlashOrder::kUnambiguous) {
          return 0;
        } else if (options_.slash_order == SlashOrder::kMonthFirst) {
          day = b, month = a;
        }
      } else if (month_first_ok && !day_first_ok) {
        day = b, month = a;
      }
    }
    if (!is_calendar_date(year, month, day)) return 0;
    DateExpression e = make(i, i + 5);
    e.from = {year, month, day};
    out.push_back(e);
    return i + 5;
  }

  // Forms that start with a day: "12 July 2023", "12th of July", "22 – 24 May
  // 2023", "11-12 July", "30 June – 2 July 2023", "11 and 12 July", "3, 4 and
  // 5 July". A list gives one expression per day.
  size_t day_first(size_t i, std::vector<DateExpression>& out) {
    const int d1 = day_at(i);
    if (!d1) return 0;
    // Days before the month: a run joined by commas and "and", or one range.
    std::vector<size_t> days = {i};
    bool range = false;
    size_t j = i + 1;
    if (range_joint(j) && day_at(j + 1)) {
      range = true;
      days.push_back(j + 1);
      j += 2;
    } else {
      while (true) {
        size_t k = j;
        if (kind(k, Kind::kComma)) ++k;
        if (word(k, "and")) ++k;
        if (k == j || !day_at(k)) break;
        days.push_back(k);
        j = k + 1;
      }
    }
    if (word(j, "of") && tok_[days.back()].ordinal) ++j;
    // "3. October 2016": the day an ordinal with a period, as German speakers
    // write it in English too. Only with a year: a list's "3. October saw ..."
    // has none.
    const bool dotted = days.size() == 1 && !range && kind(j, Kind::kPeriod) && glued(j);
    if (dotted) ++j;
    // Spanish writes "12 de julio de 2023".
    if (word(j, "de") && kind(j + 1, Kind::kWord) && tok_[j + 1].value == 0) ++j;
    size_t after_month = 0;
    const int month = month_at(j, after_month);
    if (!month) return 0;
    const bool other_language = tok_[j].value == 0;
    j = after_month;
    int year = 0;
    {
      size_t k = j;
      if (kind(k, Kind::kComma)) ++k;
      if (other_language && word_in(k, {"de", "del"})) ++k;
      if (year_at(k)) year = tok_[k].value, j = k + 1;
    }
    if (dotted && year == 0) return 0;
    const bool between = i > 0 && word(i - 1, "between") && days.size() == 2;
    if (range || between) {
      DateExpression e = make(i, j);
      e.range = true;
      e.from = {year, month, tok_[days[0]].value};
      e.to = {year, month, tok_[days[1]].value};
      if (valid(e.from) && valid(e.to) && key(e.to) > key(e.from)) out.push_back(e);
      return j;
    }
    if (days.size() > 1) {
      for (size_t k = 0; k + 1 < days.size(); ++k) {
        DateExpression e = make(days[k], days[k] + 1);
        e.from = {year, month, tok_[days[k]].value};
        if (valid(e.from)) out.push_back(e);
      }
    }
    DateExpression e = make(days.back(), j);
    e.from = {year, month, tok_[days.back()].value};
    if (!valid(e.from)) return j;
    // "30 June – 2 July 2023", "30 December 2022 – 2 January 2023"
    if (range_joint(j)) {
      const size_t before = out.size();
      std::vector<DateExpression> second;
      const size_t end = day_first_simple(j + 1, second);
      if (end && second.size() == 1 && (year == 0 || second[0].from.year != 0)) {
        DateExpression r = make(days.back(), end);
        r.range = true;
        r.from = e.from;
        r.to = second[0].from;
        if (r.from.year == 0 && r.to.year != 0) r.from.year = r.from.month > r.to.month ? r.to.year - 1 : r.to.year;
        // Without a year, "28 December – 3 January" crosses into the next one.
        const bool forward = r.from.year == 0 ? r.from.month != r.to.month || r.to.day > r.from.day
                                              : key(r.to) > key(r.from);
        if (valid(r.from) && forward) {
          out.resize(before);
          out.push_back(r);
          return end;
        }
      }
    }
    out.push_back(e);
    return j;
  }

  // One "D Month [Year]", for the second end of a range.
  size_t day_first_simple(size_t i, std::vector<DateExpression>& out) {
    const int d = day_at(i);
    size_t j = 0;
    if (!d) return 0;
    const int month = month_at(i + 1, j);
    if (!month) return 0;
    int year = 0;
    size_t k = j;
    if (kind(k, Kind::kComma)) ++k;
    if (year_at(k)) year = tok_[k].value, j = k + 1;
    DateExpression e = make(i, j);
    e.from = {year, month, d};
    if (!valid(e.from)) return 0;
    out.push_back(e);
    return j;
  }

  // Forms that start with a month: "July 12, 2023", "June 30", "July 12–14,
  // 2023", "December 2023", "December 2022 – January 2023", "June–July 2023",
  // and a month alone after "in", "since", "mid-", ...
  size_t month_first(size_t i, std::vector<DateExpression>& out) {
    size_t j = 0;
    const int month = month_at(i, j);
    if (!month) return 0;
    if (const int d1 = day_at(j); d1 && !year_at(j)) {
      DateExpression e = make(i, j + 1);
      e.from = {0, month, d1};
      size_t k = j + 1;
      if (range_joint(k) && day_at(k + 1)) {
        e.range = true;
        e.to = {0, month, tok_[k + 1].value};
        k += 2;
      }
      size_t y = k;
      if (kind(y, Kind::kComma)) ++y;
      if (year_at(y)) {
        e.from.year = tok_[y].value;
        if (e.range) e.to.year = e.from.year;
        k = y + 1;
      }
      e.end = tok_[k - 1].end;
      if (valid(e.from) && (!e.range || (valid(e.to) && key(e.to) > key(e.from)))) out.push_back(e);
      return k;
    }
    if (const int y1 = year_at(j)) {
      DateExpression e = make(i, j + 1);
      e.from = {y1, month, 0};
      size_t m2_next = 0;
      if (range_joint(j + 1)) {
        if (const int m2 = month_at(j + 2, m2_next); m2 && year_at(m2_next)) {
          DateExpression r = make(i, m2_next + 1);
          r.range = true;
          r.from = e.from;
          r.to = {tok_[m2_next].value, m2, 0};
          if (key(r.to) > key(r.from)) {
            out.push_back(r);
            return m2_next + 1;
          }
        }
      }
      out.push_back(e);
      return j + 1;
    }
    // "June–July 2023"
    if (range_joint(j)) {
      size_t m2_next = 0;
      if (const int m2 = month_at(j + 1, m2_next, true); m2 && m2 > month && year_at(m2_next)) {
        DateExpression r = make(i, m2_next + 1);
        r.range = true;
        r.from = {tok_[m2_next].value, month, 0};
        r.to = {tok_[m2_next].value, m2, 0};
        out.push_back(r);
        return m2_next + 1;
      }
    }
    // A month alone is a date only where a preposition or a modifier says so:
    // "in July", "since March", "end of June", "mid-July"; "May" alone is a verb.
    if (size_t unused = 0; !month_at(i, unused, true)) return 0;
    size_t start = i;
    bool cued = false;
    if (i >= 2 && kind(i - 1, Kind::kDash) && glued(i) && glued(i - 1) &&
        word_in(i - 2, {"mid", "early", "late", "end"})) {
      start = i - 2, cued = true;
    } else if (i >= 1 && word_in(i - 1, {"early", "mid", "late"})) {
      start = i - 1, cued = true;
    } else if (i >= 1 && word_in(i - 1, {"in", "since", "until", "till", "by", "during", "from", "through",
                                         "throughout", "before", "after", "of", "last", "next", "this", "and",
                                         "to", "between", "coming", "past"})) {
      cued = true;
    }
    if (!cued) return 0;
    DateExpression e = make(start, i + 1);
    e.from = {0, month, 0};
    out.push_back(e);
    return i + 1;
  }

  // The years `from` to `to`, written in tokens [first, last): "the 1990s",
  // "2019/20", "2023-2027". Returns where the next form may start.
  size_t year_range(size_t first, size_t last, int from, int to, std::vector<DateExpression>& out) const {
    DateExpression e = make(first, last);
    e.range = true;
    e.from = {from, 0, 0};
    e.to = {to, 0, 0};
    out.push_back(e);
    return last;
  }

  // Years: "in 2016", "(2018)", "2023-2027", "the 1990s", "early 2024",
  // "spring 2023"; not "No. 1039", "2000 participants" or a phone number.
  size_t year_form(size_t i, std::vector<DateExpression>& out) {
    const Token& t = tok_[i];
    if (t.digits != 4 || t.ordinal || t.value < 1900 || t.value > 2099) return 0;
    if (i > 0) {
      const Token& p = tok_[i - 1];
      // Glued to what stands before it, a number is part of something else,
      // but for "(2018", a quote, and "mid-2018".
      const bool after_mid = p.kind == Kind::kDash && i >= 2 && p.glued && names_a_part_of_the_year(i - 2);
      if (t.glued && p.kind != Kind::kOpen && !(p.kind == Kind::kOther && (p.punct == '"' || p.punct == 'u')) &&
          !after_mid) {
        return 0;
      }
      if (p.kind == Kind::kNumber) return 0;
      if (p.kind == Kind::kOther && (p.punct == '+' || p.punct == '#' || p.punct == '$')) return 0;
      if (p.kind == Kind::kWord && one_of(str(i - 1), {"no", "nos", "number", "nr", "decision", "resolution",
                                                        "some", "about", "over", "than", "nearly", "almost",
                                                        "approximately", "least", "total", "page", "pages", "room",
                                                        "eur", "euro", "usd", "chf", "km", "code"})) {
        return 0;
      }
      if (p.kind == Kind::kPeriod && i > 1 && word(i - 2, "no")) return 0;
    }
    size_t j = i + 1;
    // "the 1990s"
    if (kind(j, Kind::kWord) && glued(j) && str(j) == "s" && t.value % 10 == 0) {
      return year_range(i, j + 1, t.value, t.value + 9, out);
    }
    size_t start = i;
    if (i >= 2 && kind(i - 1, Kind::kDash) && glued(i - 1) && names_a_part_of_the_year(i - 2)) {
      start = i - 2;
    } else if (i >= 1 &&
               (names_a_part_of_the_year(i - 1) || word_in(i - 1, {"spring", "summer", "autumn", "fall", "winter"}))) {
      start = i - 1;
    }
    // A school or season year written with the next one: "2019/2020",
    // "2019/20", "2015-16" (a full stop or a comma may follow, not more figures or words).
    const bool ends_there = !glued(j + 2) || kind(j + 2, Kind::kPeriod) || kind(j + 2, Kind::kComma) ||
                            kind(j + 2, Kind::kClose);
    if (const Token* nx = at(j); nx && nx->glued && (nx->kind == Kind::kSlash || nx->kind == Kind::kDash) &&
                                 kind(j + 1, Kind::kNumber) && glued(j + 1) && !tok_[j + 1].ordinal && ends_there) {
      const Token& next = tok_[j + 1];
      if ((next.digits == 4 && next.value == t.value + 1) ||
          (next.digits == 2 && t.value < 2099 && next.value == (t.value + 1) % 100)) {
        return year_range(start, j + 2, t.value, t.value + 1, out);
      }
    }
    if (const Token* nx = at(j); nx && nx->glued &&
                                 (nx->kind == Kind::kNumber || nx->kind == Kind::kWord ||
                                  ((nx->kind == Kind::kPeriod || nx->kind == Kind::kComma || nx->kind == Kind::kSlash) &&
                                   kind(j + 1, Kind::kNumber) && glued(j + 1)) ||
                                  // "2023-07-1": a broken ISO date, not the year 2023
                                  (nx->kind == Kind::kDash && kind(j + 1, Kind::kNumber) && glued(j + 1) &&
                                   tok_[j + 1].digits < 4))) {
      return 0;
    }
    if (const Token* nx = at(j); nx && nx->kind == Kind::kNumber) return 0;
    if (word_in(j, {"people", "persons", "participants", "members", "men", "women", "children", "euros", "eur",
                    "dollars", "usd", "km", "kilometres", "kilometers", "metres", "meters", "tonnes", "tons",
                    "hours", "pieces", "units", "items", "cases", "votes", "copies", "times"})) {
      return 0;
    }
    // "2023-2027", "2016 to 2018", "2018 – 2020"
    if (range_joint(j) && kind(j + 1, Kind::kNumber) && tok_[j + 1].digits == 4 && tok_[j + 1].value > t.value &&
        tok_[j + 1].value <= 2099 && !(glued(j + 2) && kind(j + 2, Kind::kNumber))) {
      return year_range(start, j + 2, t.value, tok_[j + 1].value, out);
    }
    DateExpression e = make(start, j);
    e.from = {t.value, 0, 0};
    out.push_back(e);
    return j;
  }

  // today, yesterday, tomorrow; this/last/next year or month; last/next
  // weekday. "today" that means "nowadays" ("today's world", "the
  // challenges of today") is left out: it names no day.
  size_t relative(size_t i, std::vector<DateExpression>& out) {
    const std::string_view w = str(i);
    const bool after_of = i > 0 && word_in(i - 1, {"of", "like", "until"});
    if (iequal(w, "today") || iequal(w, "yesterday") || iequal(w, "tomorrow")) {
      if (after_of) return 0;
      // "today and tomorrow", "yesterday and today": time in general.
      if (i >= 2 && word_in(i - 1, {"and", "or"}) && word_in(i - 2, {"today", "yesterday", "tomorrow"})) return 0;
      if (kind(i + 1, Kind::kApostrophe) && glued(i + 1) && word(i + 2, "s")) return 0;
      if (word(i + 1, "and") && word_in(i + 2, {"tomorrow", "yesterday"})) return 0;
      DateExpression e = make(i, i + 1);
      e.relative = Relative::kDay;
      e.amount = iequal(w, "today") ? 0 : iequal(w, "yesterday") ? -1 : 1;
      if (e.amount == 0) {
        // "today, 7 July": the date that follows says it; otherwise "today"
        // names a day only in a sentence that tells of an event.
        size_t k = i + 1;
        if (kind(k, Kind::kComma)) ++k;
        if (day_at(k) || (kind(k, Kind::kWord) && tok_[k].value)) {
          out.push_back(e);
          return i + 1;
        }
        if (tense_at(e.start) == Tense::kUnknown) return 0;
      }
      out.push_back(e);
      return i + 1;
    }
    int amount = 0;
    if (iequal(w, "this")) {
      amount = 0;
    } else if (iequal(w, "last") || iequal(w, "past")) {
      amount = -1;
    } else if (iequal(w, "next") || iequal(w, "coming")) {
      amount = 1;
    } else {
      return 0;
    }
    if (word(i + 1, "year") || word(i + 1, "month")) {
      if (iequal(w, "past") || iequal(w, "coming")) return 0;  // "the past year" is a span, not a date
      DateExpression e = make(i, i + 2);
      e.relative = word(i + 1, "year") ? Relative::kYear : Relative::kMonth;
      e.amount = amount;
      out.push_back(e);
      return i + 2;
    }
    if (const int wd = weekday_at(i + 1); wd >= 0) return relative_weekday(i + 1, wd, amount, i, out);
    return 0;
  }

  // "last Friday", "on Monday", "next Tuesday"; a bare weekday only after
  // "on", "by", "until", "since" or "from".
  size_t relative_weekday(size_t i, int weekday, int amount, size_t start, std::vector<DateExpression>& out) {
    if (start == i && !(i > 0 && word_in(i - 1, {"on", "by", "until", "since", "from", "before", "after"}))) {
      return 0;
    }
    DateExpression e = make(start, i + 1);
    e.relative = Relative::kWeekday;
    e.weekday = weekday;
    e.amount = amount;
    out.push_back(e);
    return i + 1;
  }

  // ---- tense -------------------------------------------------------------

  // The tense cue nearest to `offset` within its sentence and quotation. A
  // cue after the expression counts double the distance: a verb mostly comes
  // before its time ("took up its work on 7 June and will end on 18 July").
  Tense tense_at(size_t offset) const {
    size_t i = 0;
    {
      size_t lo = 0, hi = tok_.size();
      while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (tok_[mid].begin < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      i = lo;
    }
    auto sentence_end_before = [&](size_t k) {  // token k starts a new sentence
      if (tok_[k].line_before) return true;
      if (k == 0) return true;
      const Token& p = tok_[k - 1];
      if (p.kind == Kind::kPeriod) return !tok_[k].glued && k >= 2 && !word(k - 2, "no");
      if (tok_[k].kind == Kind::kOther && tok_[k].punct == '"') return true;
      return p.kind == Kind::kOther && (p.punct == '!' || p.punct == '?' || p.punct == ';' || p.punct == '"');
    };
    Tense best = Tense::kUnknown;
    size_t best_distance = SIZE_MAX;
    auto look = [&](size_t k, size_t distance) {
      if (distance >= best_distance || !kind(k, Kind::kWord)) return;
      const std::string_view w = str(k);
      if (tok_[k].begin >= offset && tok_[k].begin < offset + 1) return;  // the expression's own first word
      if (is_future_cue(w)) {
        best = Tense::kFuture, best_distance = distance;
      } else if (past_form(w)) {
        // "will be held", "is to be opened": a participle after "be" is ahead.
        if (k > 0 && word(k - 1, "be")) {
          best = Tense::kFuture, best_distance = distance;
          return;
        }
        best = Tense::kPast, best_distance = distance;
      }
    };
    for (size_t k = i; k < tok_.size(); ++k) {
      if (k > i && sentence_end_before(k)) break;
      look(k, 2 * (k - i) + 1);
    }
    for (size_t k = i; k-- > 0;) {
      look(k, i - k);
      if (sentence_end_before(k)) break;
    }
    return best;
  }

  std::string_view text_;
  const ScanOptions& options_;
  std::vector<Token>& tok_;
};

// A long text, a batch of windows at a time, each read with the window
// before it and the one after: the forms look two tokens back and a few
// ahead, a tense cue is sought to the ends of the sentence, and a line ends a
// sentence, so what lies past a neighbouring window cannot reach into the
// batch. Each expression is the batch's where it starts. Not inlined: the
// common short text keeps the one inlined scanner it had.
[[gnu::noinline]] std::vector<DateExpression> scan_in_batches(std::string_view text, const ScanOptions& options,
                                                              const Scanner::Windows& windows,
                                                              std::vector<Token>& tokens) {
  std::vector<DateExpression> found;
  Scanner scanner(text, options, tokens);
  const size_t n = windows.size();
  for (size_t w = 0; w < n;) {
    size_t e = w, bytes = 0;
    while (e < n && (e == w || bytes < options.batch_bytes)) bytes += windows[e].second - windows[e].first, ++e;
    std::vector<DateExpression> part = scanner.run(windows, w > 0 ? w - 1 : 0, std::min(e + 1, n), w, e);
    found.insert(found.end(), part.begin(), part.end());
    w = e;
  }
  return found;
}

}  // namespace

std::vector<DateExpression> scan_dates(std::string_view text, const ScanOptions& options) {
  thread_local std::vector<Token> tokens;
  thread_local Scanner::Windows windows;
  date_windows(text, windows);
  if (text.size() > options.batch_bytes) return scan_in_batches(text, options, windows, tokens);
  return Scanner(text, options, tokens).run(windows, 0, windows.size(), 0, windows.size());
}

}  // namespace osce
