// Finding a site's navigation menu in a page by its shape, not by its words:
// runs of short "- " entries under section headings and lone "-" lines, or
// of plain short lines, many of them names from the taxonomy, at the top or
// the bottom of the page.
// Menus that change over the years (entries renamed, added, removed) keep
// that shape, and so do other sites' menus.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"

namespace osce {

struct NavigationRun {
  size_t first, last;  // line indexes, inclusive
  std::string why;     // the cues that made it a menu, for --explain
};

// What the menu finder needs to know of a line, in one byte: menus are
// found from these alone, so a long text is read a line at a time and
// never held as a table of lines (osce-check on a 100 MB page).
struct LineShape {
  // kHeading: a short line without "- " (six words at most); kShort: one
  // of up to twenty words that ends like no sentence; kOther: prose.
  enum Kind : uint8_t { kBlank, kSeparator, kEntry, kHeading, kShort, kOther };
  Kind kind : 3 = kOther;
  bool taxonomy_entry : 1 = false;   // an entry, heading or short line that is a taxonomy name
  bool ends_with_colon : 1 = false;  // introduces what follows ("... were represented:")
  bool page_type : 1 = false;        // a heading that names the page's type ("News Item"): the page's own
  // Already classified by the caller (metadata, chrome): ends a run, and
  // counts as furniture above or below a menu.
  bool skipped : 1 = false;
};
LineShape shape_of_line(std::string_view line, const Taxonomy& taxonomy);

// The runs of the lines whose shapes are `shapes` that are navigation. A
// run counts as a menu when it has at least three entries and either a lone
// "-" separator or two entries that are taxonomy names, and when it stands
// at the top or the bottom of the page (nothing but skipped lines, blanks or
// navigation before or after it) or is a full menu (two separators and ten
// entries). A list introduced by
// a sentence ending in ':' is content unless it has a separator, and so is a
// list without separators below the article unless it has five entries, half
// of them taxonomy names. A menu of plain lines (no "- ": other scrapers'
// output) is a run of twelve or more headings, short lines and separators,
// half of them and at least eight taxonomy names, at the top, or at the
// bottom with a separator, and not introduced by a ':' line; it ends before
// a type line ("Press release"), four lines after its last name or
// separator at most, and not on a line over prose (the page's title, even
// when it is a name).
std::vector<NavigationRun> find_navigation(const std::vector<LineShape>& shapes);

// The menus at a page's top and bottom, as byte ranges of its text: the
// runs of find_navigation with nothing but blank lines (or another such
// run) between them and the text's start, or its end. Empty ranges where
// there is none. (A menu in the middle of a text of pages run together is
// left out: it may be either page's.)
struct EdgeMenus {
  size_t top_begin = 0, top_end = 0;        // [top_begin, top_end): its first line to its last's end
  size_t bottom_begin = 0, bottom_end = 0;  // the same at the bottom
  bool top() const { return top_end > top_begin; }
  bool bottom() const { return bottom_end > bottom_begin; }
  // The part of `text` (the one they were found in) between the menus.
  std::string_view between(std::string_view text) const {
    return text.substr(0, bottom() ? bottom_begin : text.size()).substr(top_end);
  }
};
EdgeMenus edge_menus(std::string_view text, const Taxonomy& taxonomy);

// True when `entry` (a menu entry without its "- ") is a taxonomy name, or
// one followed by a note ("Finland – OSCE Chairpersonship 2025").
bool is_taxonomy_entry(std::string_view entry, const Taxonomy& taxonomy);

}  // namespace osce
