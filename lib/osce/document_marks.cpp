#include "osce/document_marks.hpp"

#include <array>

#include "osce/text_lines.hpp"

namespace osce {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit_byte(char c) { return c >= '0' && c <= '9'; }

// The OSCE's official languages, as a distribution line writes them.
constexpr std::array<std::string_view, 6> kLanguages{"ENGLISH", "RUSSIAN", "FRENCH", "GERMAN", "ITALIAN", "SPANISH"};

// The language `s` ends with, as a word of its own, or an empty view.
std::string_view language_at_end(std::string_view s) {
  for (std::string_view l : kLanguages) {
    if (s.ends_with(l) && (s.size() == l.size() || s[s.size() - l.size() - 1] == ' ')) return l;
  }
  return {};
}

// "PC.JOUR/1296", "SEC.GAL/116/19/Rev.1", "MC.DOC/1/20": two to eight
// capitals, then one or more dots each followed by capitals, then a slash
// and a digit. ("OSCE/ODIHR" has no dot; "U.S./Russia" no digit.)
bool opens_with_symbol(std::string_view s) {
  size_t i = 0;
  auto capitals = [&] {
    const size_t from = i;
    while (i < s.size() && is_upper(s[i])) ++i;
    return i - from >= 2 && i - from <= 8;
  };
  if (!capitals()) return false;
  bool dotted = false;
  while (i < s.size() && s[i] == '.') {
    ++i;
    if (!capitals()) return false;
    dotted = true;
  }
  return dotted && i + 1 < s.size() && s[i] == '/' && is_digit_byte(s[i + 1]);
}

// A page's number as a PDF or a document host prints it: "- 2 -", "Page 2",
// "Page 2 of 9", "Page 2: <the running header>". (osce::is_page_number is a
// paged listing's pager, "OSCE - Page 4" too, which marks no document.)
bool printed_page_number(std::string_view s) {
  if (s.starts_with("- ") && s.ends_with(" -") && s.size() >= 5) {
    for (char c : s.substr(2, s.size() - 4)) {
      if (!is_digit_byte(c)) return false;
    }
    return true;
  }
  if (!s.starts_with("Page ") || s.size() < 6 || !is_digit_byte(s[5])) return false;
  size_t i = 5;
  while (i < s.size() && is_digit_byte(s[i])) ++i;
  const std::string_view rest = s.substr(i);
  return rest.empty() || rest[0] == ':' || rest.starts_with(" of ");
}

bool opens_contents(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && is_digit_byte(s[i])) ++i;  // a page number glued over it
  if (i > 0) {
    if (i >= s.size() || s[i] != ' ') return false;
    ++i;
  }
  const std::string_view rest = s.substr(i);
  return rest.starts_with("TABLE OF CONTENTS") || rest.starts_with("Table of Contents") ||
         rest.starts_with("Table of contents");
}

}  // namespace

DocumentMark document_mark(std::string_view line) {
  const std::string_view s = trim(line);
  if (s.size() < 5) return DocumentMark::kNone;
  const char first = s[0], last = s.back();
  if (is_upper(first) && is_upper(s[1]) && opens_with_symbol(s)) return DocumentMark::kSymbol;
  if ((first == 'P' || first == '-') && printed_page_number(s)) return DocumentMark::kPageNumber;
  if ((first == 'T' || is_digit_byte(first)) && opens_contents(s)) return DocumentMark::kContents;
  if (last == 'y' && s.ends_with(" only") && !language_at_end(s.substr(0, s.size() - 5)).empty()) {
    return DocumentMark::kDistribution;
  }
  if (is_upper(last)) {
    // "Original: " right before the language, at the line's start or after a blank.
    constexpr std::string_view kOriginal = "Original: ";
    const std::string_view l = language_at_end(s);
    const size_t at = s.size() - l.size() - kOriginal.size();
    if (!l.empty() && s.size() >= l.size() + kOriginal.size() && s.substr(at, kOriginal.size()) == kOriginal &&
        (at == 0 || s[at - 1] == ' ')) {
      return DocumentMark::kDistribution;
    }
  }
  return DocumentMark::kNone;
}

void DocumentEvidence::add_slow(std::string_view line, bool head) {
  const DocumentMark mark = document_mark(line);
  if (mark == DocumentMark::kPageNumber) {
    ++page_numbers_;
  } else if (head && mark != DocumentMark::kNone) {
    head_mark_ = true;
  }
}

}  // namespace osce
