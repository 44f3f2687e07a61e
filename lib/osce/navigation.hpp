// Finding a site's navigation menu in a page by its shape, not by its words:
// runs of short "- " entries under section headings and lone "-" lines,
// many of them names from the taxonomy, at the top or the bottom of the page.
// Menus that change over the years (entries renamed, added, removed) keep
// that shape, and so do other sites' menus.
#pragma once

#include <string>
#include <vector>

#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"

namespace osce {

struct NavigationRun {
  size_t first, last;  // line indexes, inclusive
  std::string why;     // the cues that made it a menu, for --explain
};

// The runs of `lines` that are navigation. `skip[i]` marks lines already
// classified (metadata, chrome); they end a run. A run counts as a menu when
// it has at least three entries and either a lone "-" separator or two
// entries that are taxonomy names, and when it stands at the top or the
// bottom of the page (nothing but chrome or navigation before or after it)
// or is a full menu (two separators and ten entries). A list introduced by
// a sentence ending in ':' is content unless it has a separator, and so is a
// list without separators below the article unless it has five entries, half
// of them taxonomy names.
std::vector<NavigationRun> find_navigation(const std::vector<TextLine>& lines,
                                           const std::vector<bool>& skip, const Taxonomy& taxonomy);

// True when `entry` (a menu entry without its "- ") is a taxonomy name, or
// one followed by a note ("Finland – OSCE Chairpersonship 2025").
bool is_taxonomy_entry(std::string_view entry, const Taxonomy& taxonomy);

}  // namespace osce
