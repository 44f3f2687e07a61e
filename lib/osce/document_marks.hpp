// The marks of a document copied whole: an OSCE document as its PDF prints
// it (its symbol, "PC.JOUR/1296"; its distribution line, "ENGLISH only",
// "Original: RUSSIAN"), a report's table of contents, a document host's page
// numbers ("Page 2: ..."). A page that bears them is one text, however its
// headings, addresses and annexes shift in names and words: osce-split does
// not cut it into items.
#pragma once

#include <cstddef>
#include <string_view>

namespace osce {

enum class DocumentMark {
  kNone,
  kSymbol,        // "PC.JOUR/1296 ...", "SEC.GAL/116/19/Rev.1" heading a line
  kDistribution,  // a line that is or ends with "ENGLISH only", "Original: FRENCH"
  kContents,      // "TABLE OF CONTENTS", "Table of contents" (after a page number, maybe)
  kPageNumber,    // "Page 2", "Page 2: ...", "Page 2 of 9", "- 2 -"
};

// The mark `line` (trimmed) bears, if any. Asked of every line of a page:
// most are ruled out by their first and last bytes.
DocumentMark document_mark(std::string_view line);

// Reads a page's lines in order and says whether they are a document: a
// symbol, a distribution line or a table of contents among its first
// kHeadLines lines (where a document states them; deep in a page of news
// they are quoted), or page numbers on two lines anywhere.
class DocumentEvidence {
 public:
  static constexpr size_t kHeadLines = 30;
  // The page's next line, trimmed. (Inline, and most lines asked for a byte
  // or two: past the head only page numbers count, and a page decided is
  // decided.)
  void add(std::string_view line) {
    if (is_document()) return;
    const bool head = lines_++ < kHeadLines;
    if (line.size() < 5) return;
    const char first = line[0];
    if (first == 'P' || first == '-') {
      // ("- " opens the entries of menus and lists: a digit must follow.)
      if ((first == 'P' && line.starts_with("Page ")) || (line[1] == ' ' && line[2] >= '0' && line[2] <= '9')) {
        add_slow(line, head);
        return;
      }
    }
    if (head && ((is_upper(first) && is_upper(line[1])) || first == 'T' || (first >= '0' && first <= '9') ||
                 line.back() == 'y' || is_upper(line.back()))) {
      add_slow(line, head);
    }
  }
  bool is_document() const { return head_mark_ || page_numbers_ >= 2; }
  // Whether a mark in the page's head (not page numbers) said so.
  bool by_head_mark() const { return head_mark_; }

 private:
  static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
  void add_slow(std::string_view line, bool head);

  size_t lines_ = 0, page_numbers_ = 0;
  bool head_mark_ = false;
};

}  // namespace osce
