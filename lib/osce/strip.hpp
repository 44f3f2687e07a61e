// osce-strip's work: remove a page's navigation and chrome, lift its
// metadata into fields, drop a lead paragraph the body repeats. Kept lines
// stay byte for byte; the only other change is to blank lines (see
// strip_text).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "osce/page_metadata.hpp"
#include "osce/record.hpp"

namespace osce {

class LineModel;
class Taxonomy;

struct StripOptions {
  const Taxonomy* taxonomy = nullptr;  // nullptr: the builtin taxonomy
  const LineModel* model = nullptr;    // lines learned by --learn, if any
  bool list_removed = true;            // fill StripResult::removed (a copy of every removed line)
  // false: when nothing is removed, StripResult::text is left empty rather
  // than made a copy of the text, for a caller that then keeps the text it
  // has (strip_record: a 100 MB page held once more for nothing).
  bool text_when_unchanged = true;
};

enum class Removal { kNavigation, kChrome, kLearned, kMetadata, kRepeatedLead };
std::string_view removal_name(Removal why);

struct RemovedLine {
  size_t line_number;  // 1-based, in the text given
  Removal why;
  std::string detail;  // the cue ("title", "12 entries, 3 separators, top of page")
  std::string text;
};

struct StripResult {
  std::string text;
  PageMetadata metadata;
  size_t removed_lines = 0;
  std::vector<RemovedLine> removed;  // with StripOptions::list_removed
  // Passes over the text, the last of which removed nothing (or the only
  // one): each reads the whole text, so a page needs few whatever its length.
  size_t passes = 0;
};

// Strips one page. Lines are removed whole, with their line ends; blank
// lines left at the start of the text, blank lines that would double up
// where a block was removed between them, and blank lines left at the end
// by a removal there are dropped too. Nothing else changes. Stripping the
// result again changes nothing.
StripResult strip_text(std::string_view text, const StripOptions& options);
// The same for a text the caller gives up: the kept lines are moved up in
// its own buffer, so a long page is not held a second time as its stripped
// copy. The result's text is always the text, stripped or not
// (text_when_unchanged does not apply).
StripResult strip_text_in_place(std::string&& text, const StripOptions& options);

// Strips rec's "text" and sets type, title, date, place, issued_by and
// listed_fields where the page states them; fields the page does not state
// are left as they were. Throws RecordError when "text" is not a string.
// Removed lines go to `removed` when it is not null.
void strip_record(Record& rec, const StripOptions& options, std::vector<RemovedLine>* removed);

// The header osce-strip's text mode writes in front of the body: one
// "Label: value" line per stated field ("Issued by: A; B"), then a blank
// line. Nothing when the metadata is empty. strip_text reads it back.
std::string front_matter(const PageMetadata& metadata);

}  // namespace osce
