#include "osce/navigation.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "osce/hash.hpp"
#include "osce/page_vocabulary.hpp"

namespace osce {
namespace {

constexpr size_t kMaxEntryWords = 20;
constexpr size_t kMaxEntryBytes = 160;
constexpr size_t kMaxHeadingWords = 6;
constexpr size_t kMaxHeadingBytes = 60;
// A menu written one entry a line, without "- " (other scrapers' output):
// known only by how many of its lines are taxonomy names.
constexpr size_t kPlainMenuLines = 12;
constexpr size_t kPlainMenuNames = 8;
// At most this many lines after its last name or separator: the site's own
// links ("About us", "Contacts", "Jobs"), a bound on what a run may take of
// a page that opens on short lines.
constexpr size_t kPlainMenuTrailing = 4;

bool ends_like_sentence(std::string_view s) {
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
}

// "- Arms control" -> "Arms control"; the other list marks too.
std::string_view entry_text(std::string_view t) {
  const size_t mark = list_mark_length(t);
  return mark ? trim(t.substr(mark)) : std::string_view();
}

LineShape::Kind kind_of(std::string_view t, std::string_view entry) {
  if (t.empty()) return LineShape::kBlank;
  if (is_lone_list_mark(t)) return LineShape::kSeparator;
  if (!entry.empty()) {
    if (entry.size() <= kMaxEntryBytes && word_count(entry) <= kMaxEntryWords && !ends_like_sentence(entry)) {
      return LineShape::kEntry;
    }
    return LineShape::kOther;
  }
  if (ends_like_sentence(t) || t.size() > kMaxEntryBytes) return LineShape::kOther;
  const size_t words = word_count(t);
  if (t.size() <= kMaxHeadingBytes && words <= kMaxHeadingWords) return LineShape::kHeading;
  return words <= kMaxEntryWords ? LineShape::kShort : LineShape::kOther;
}

struct Candidate {
  size_t first, last, entries = 0, separators = 0, taxonomy_entries = 0;
  bool plain = false;  // a run of plain lines (see add_plain_candidates)
};

// Adds the runs of plain lines that may be a menu written without "- "
// markers: stretches of headings, short lines and separators outside the
// candidates found (those of three entries or more), with kPlainMenuLines
// lines and kPlainMenuNames taxonomy names at least, and keeps `candidates`
// in line order.
void add_plain_candidates(const std::vector<LineShape>& line_shapes, std::vector<Candidate>& candidates) {
  using Shape = LineShape::Kind;
  const size_t n = line_shapes.size();
  auto shape = [&](size_t i) { return line_shapes[i].skipped ? Shape::kOther : line_shapes[i].kind; };
  auto skip = [&](size_t i) { return line_shapes[i].skipped; };
  // (Most pages have no plain line that is a name, or a few: then nothing
  // more is done.)
  size_t plain_names = 0;
  for (size_t k = 0; k < n; ++k) {
    plain_names += line_shapes[k].taxonomy_entry && line_shapes[k].kind != Shape::kEntry && !skip(k);
  }
  if (plain_names < kPlainMenuNames) return;
  std::vector<char> in_candidate(n, 0);
  for (const Candidate& c : candidates) {
    if (c.entries >= 3) std::fill(in_candidate.begin() + static_cast<std::ptrdiff_t>(c.first),
                                  in_candidate.begin() + static_cast<std::ptrdiff_t>(c.last) + 1, 1);
  }
  auto plain_line = [&](size_t k) {
    const Shape s = shape(k);
    return !in_candidate[k] && !line_shapes[k].page_type &&
           (s == Shape::kHeading || s == Shape::kShort || s == Shape::kSeparator || (s == Shape::kBlank && !skip(k)));
  };
  auto names_or_separates = [&](size_t m) { return shape(m) == Shape::kSeparator || line_shapes[m].taxonomy_entry; };
  const size_t found = candidates.size();
  for (size_t k = 0; k < n;) {
    if (!plain_line(k) || shape(k) == Shape::kBlank) {
      ++k;
      continue;
    }
    Candidate c{k, k};
    c.plain = true;
    size_t j = k;
    for (; j < n && plain_line(j); ++j) {
      if (shape(j) != Shape::kBlank) c.last = j;
    }
    // A menu ends in a few entries of the site's own ("About us",
    // "Contacts") after its last name or separator, and before a type line;
    // lines beyond are the page's. So is the line right over prose, even a
    // name ("Border management" over its topic page): a menu's last entry
    // left at the top of a lead costs less than a page's title removed.
    size_t last_name = c.last;
    while (last_name > c.first && !names_or_separates(last_name)) --last_name;
    for (size_t m = last_name, kept = 0; m < c.last; ++m) {
      if (shape(m + 1) != Shape::kBlank && ++kept > kPlainMenuTrailing) {
        c.last = m;
        break;
      }
    }
    while (c.last > c.first && shape(c.last) == Shape::kBlank) --c.last;
    size_t after = c.last + 1;
    while (after < n && shape(after) == Shape::kBlank && !skip(after)) ++after;
    if (after < n && !skip(after) && shape(after) == Shape::kOther && c.last > c.first &&
        shape(c.last) != Shape::kSeparator) {
      do --c.last;
      while (c.last > c.first && shape(c.last) == Shape::kBlank);
    }
    for (size_t m = c.first; m <= c.last; ++m) {
      if (shape(m) == Shape::kSeparator) ++c.separators;
      if (shape(m) == Shape::kHeading || shape(m) == Shape::kShort) {
        ++c.entries;
        c.taxonomy_entries += line_shapes[m].taxonomy_entry;
      }
    }
    if (c.entries >= kPlainMenuLines && c.taxonomy_entries >= kPlainMenuNames) candidates.push_back(c);
    k = j;
  }
  if (candidates.size() > found) {
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  }
}

// Where the line that holds byte `at` begins. (memrchr: the last line is
// often a paragraph of hundreds of bytes, which a loop would read one by one.)
size_t line_begin(std::string_view text, size_t at) {
  const void* lf = memrchr(text.data(), '\n', at);
  return lf ? static_cast<size_t>(static_cast<const char*>(lf) - text.data()) + 1 : 0;
}

// The shape of a trimmed line.
LineShape shape_uncached(std::string_view t, const Taxonomy& taxonomy) {
  const std::string_view entry = entry_text(t);
  LineShape shape;
  shape.kind = kind_of(t, entry);
  // (A plain line is asked only for a whole name: a note after one,
  // "Finland – OSCE Chairpersonship 2025", marks an entry, and most plain
  // short lines are an article's headings, asked for nothing else.)
  shape.taxonomy_entry = (shape.kind == LineShape::kEntry && is_taxonomy_entry(entry, taxonomy)) ||
                         ((shape.kind == LineShape::kHeading || shape.kind == LineShape::kShort) &&
                          taxonomy.is_name(t));
  shape.ends_with_colon = !t.empty() && t.back() == ':';
  shape.page_type = shape.kind == LineShape::kHeading && is_page_type(t);
  return shape;
}

// The shapes of the short lines met last, by their text. A site prints the
// same menu over every page, and a scrape's pages are mostly one site's: a
// menu's entry is shaped once, its taxonomy lookups and word count with it,
// and found again by a hash and a comparison. (Direct-mapped: a line that
// takes another's slot only costs that line's shaping again.)
class ShapeMemo {
 public:
  static constexpr size_t kMaxBytes = 62;  // menus' lines; most prose lines are longer
  const LineShape* find(std::string_view t, const Taxonomy& taxonomy, uint64_t h) {
    if (taxonomy.serial() != taxonomy_) {  // (another taxonomy shapes otherwise: forget all)
      for (Slot& s : slots_) s.size = kEmpty;
      taxonomy_ = taxonomy.serial();
    }
    const Slot& s = slots_[h & (kSlots - 1)];
    return s.size == t.size() && std::memcmp(s.text, t.data(), t.size()) == 0 ? &s.shape : nullptr;
  }
  void keep(std::string_view t, uint64_t h, LineShape shape) {
    Slot& s = slots_[h & (kSlots - 1)];
    s.size = static_cast<uint8_t>(t.size());
    std::memcpy(s.text, t.data(), t.size());
    s.shape = shape;
  }

 private:
  static constexpr size_t kSlots = 1024;
  static constexpr uint8_t kEmpty = 0xFF;
  struct Slot {
    uint8_t size = kEmpty;
    char text[kMaxBytes];
    LineShape shape;
  };
  std::array<Slot, kSlots> slots_;
  uint64_t taxonomy_ = 0;  // the serial of the taxonomy the slots' shapes are of
};

}  // namespace

LineShape shape_of_line(std::string_view line, const Taxonomy& taxonomy) {
  const std::string_view t = trim(line);
  thread_local ShapeMemo memo;
  uint64_t h = 0;
  if (t.size() <= ShapeMemo::kMaxBytes) {
    h = text_hash(t, false);
    if (const LineShape* known = memo.find(t, taxonomy, h)) return *known;
  }
  const LineShape shape = shape_uncached(t, taxonomy);
  if (t.size() <= ShapeMemo::kMaxBytes) memo.keep(t, h, shape);
  return shape;
}


bool is_taxonomy_entry(std::string_view entry, const Taxonomy& taxonomy) {
  if (taxonomy.is_name(entry)) return true;
  for (std::string_view sep : {" \xe2\x80\x93 ", " - ", " ("}) {
    const size_t at = entry.find(sep);
    if (at != std::string_view::npos && taxonomy.is_name(entry.substr(0, at))) return true;
  }
  return false;
}

std::vector<NavigationRun> find_navigation(const std::vector<LineShape>& line_shapes) {
  using Shape = LineShape::Kind;
  const size_t n = line_shapes.size();
  auto shape = [&](size_t i) { return line_shapes[i].skipped ? Shape::kOther : line_shapes[i].kind; };
  auto skip = [&](size_t i) { return line_shapes[i].skipped; };

  // Candidate runs: maximal stretches of separators, entries, headings and
  // blanks. A heading belongs only when an entry or separator follows it
  // (before the next heading), so "News Item" after a menu's last entry stays
  // out of the run.
  std::vector<Candidate> candidates;
  size_t i = 0;
  while (i < n) {
    if (shape(i) != Shape::kSeparator && shape(i) != Shape::kEntry && shape(i) != Shape::kHeading) {
      ++i;
      continue;
    }
    Candidate c{i, i};
    size_t j = i;
    for (; j < n; ++j) {
      const Shape s = shape(j);
      if (s == Shape::kOther || s == Shape::kShort) break;
      if (s == Shape::kHeading) {
        size_t k = j + 1;
        while (k < n && shape(k) == Shape::kBlank) ++k;
        if (k >= n || (shape(k) != Shape::kEntry && shape(k) != Shape::kSeparator)) break;
      }
      if (s == Shape::kEntry) {
        ++c.entries;
        if (line_shapes[j].taxonomy_entry) ++c.taxonomy_entries;
      }
      if (s == Shape::kSeparator) ++c.separators;
      if (s != Shape::kBlank) c.last = j;
    }
    candidates.push_back(c);
    i = std::max(j, c.last + 1);
  }
  add_plain_candidates(line_shapes, candidates);

  // Is everything before line `at` (or after it) chrome, blank or already
  // navigation? Asked of every candidate in order, so each is answered from
  // where the last stopped: a text of many pages has a candidate in each
  // page, and a scan from the text's start for each took time quadratic in
  // the text (a 100 MB record of pages would take hours).
  std::vector<NavigationRun> runs;
  size_t covered = 0;    // every line before it is furniture or in a run found
  size_t next_run = 0;   // the first run found that `covered` has not passed
  auto only_furniture_before = [&](size_t at) {
    while (covered < at) {
      if (next_run < runs.size() && covered == runs[next_run].first) {
        covered = runs[next_run++].last + 1;
      } else if (skip(covered) || shape(covered) == Shape::kBlank) {
        ++covered;
      } else {
        break;  // content: before this candidate and every later one
      }
    }
    return covered >= at;
  };
  size_t content_end = 0;  // one past the last line that is neither skipped nor blank
  for (size_t k = n; k > 0; --k) {
    if (!skip(k - 1) && shape(k - 1) != Shape::kBlank) {
      content_end = k;
      break;
    }
  }
  auto only_furniture_after = [&](size_t at) { return content_end <= at + 1; };

  for (const Candidate& c : candidates) {
    if (c.plain) {
      // Half its lines or more taxonomy names, at the top, or at the bottom
      // with a separator (an article may end on a list of names), and not
      // introduced by a sentence ("... joined the statement:").
      if (2 * c.taxonomy_entries < c.entries) continue;
      size_t prev = c.first;
      while (prev > 0 && shape(prev - 1) == Shape::kBlank) --prev;
      if (prev > 0 && line_shapes[prev - 1].ends_with_colon && !skip(prev - 1)) continue;
      const bool top = only_furniture_before(c.first);
      if (!top && !(c.separators > 0 && only_furniture_after(c.last))) continue;
      runs.push_back({c.first, c.last,
                      std::to_string(c.entries) + " plain lines, " + std::to_string(c.separators) + " separators, " +
                          std::to_string(c.taxonomy_entries) + " taxonomy names, " +
                          (top ? "top of page" : "bottom of page")});
      continue;
    }
    if (c.entries < 3) continue;
    if (c.separators == 0 && c.taxonomy_entries < 2) continue;
    // A list that a sentence introduces ("... were represented:") is content.
    size_t prev = c.first;
    while (prev > 0 && shape(prev - 1) == Shape::kBlank) --prev;
    if (prev > 0 && c.separators == 0 && line_shapes[prev - 1].ends_with_colon && !skip(prev - 1)) continue;
    const bool top = only_furniture_before(c.first);
    const bool bottom = only_furniture_after(c.last);
    const bool full_menu = c.separators >= 2 && c.entries >= 10;
    if (!top && !bottom && !full_menu) continue;
    // Below an article, a short list of names with no separator is more
    // likely the article's own ("... came from\n- Kazakhstan\n- ...").
    if (!top && c.separators == 0 && (c.entries < 5 || 2 * c.taxonomy_entries < c.entries)) continue;
    std::string why = std::to_string(c.entries) + " entries, " + std::to_string(c.separators) +
                      " separators, " + std::to_string(c.taxonomy_entries) + " taxonomy names, " +
                      (top ? "top of page" : bottom ? "bottom of page" : "full menu");
    runs.push_back({c.first, c.last, std::move(why)});
  }
  return runs;
}

EdgeMenus edge_menus(std::string_view text, const Taxonomy& taxonomy) {
  // Only the lines at the edges are shaped: from the top down to the first
  // line of prose, and from the bottom up to the last. No run of
  // find_navigation crosses a line of prose, and what it asks of the lines
  // around an edge's runs (blanks or content before and after, a ':' over
  // them, a plain menu's names) lies within those lines: the runs it finds
  // at the edges are those it finds on the whole text. So a long page costs
  // what its edges cost, a byte a line shaped; a text that opens and ends
  // with prose, as most stripped pages and items do, two lines' shapes.
  // Calls `visit(line)` for the lines from the top while it returns true.
  auto from_top = [&](auto&& visit) {
    for (size_t at = 0; at < text.size();) {
      const size_t end = std::min(text.find('\n', at), text.size());
      if (!visit(line_before(text, at, end))) return;
      at = end + 1;
    }
  };
  // The same from the bottom, for the lines that begin after `stop`. (The
  // first line is never the bottom menu's: a run there is the top's.)
  auto from_bottom = [&](size_t stop, auto&& visit) {
    for (size_t end = text.size(); end > stop;) {
      const size_t begin = line_begin(text, end);
      if (begin == end && end == text.size()) {  // (a text that ends with LF has no line after it)
        end = begin - 1;
        continue;
      }
      if (begin <= stop || !visit(line_before(text, begin, end))) return;
      end = begin - 1;
    }
  };
  thread_local std::vector<LineShape> shapes;  // (one text after another: keep the buffer)
  shapes.clear();
  size_t top_prose = std::string_view::npos;  // where the first line of prose begins
  from_top([&](std::string_view line) {
    shapes.push_back(shape_of_line(line, taxonomy));
    if (shapes.back().kind != LineShape::kOther) return true;
    top_prose = static_cast<size_t>(line.data() - text.data());
    return false;
  });
  const size_t top_lines = shapes.size();
  if (top_prose != std::string_view::npos) {
    from_bottom(top_prose, [&](std::string_view line) {
      shapes.push_back(shape_of_line(line, taxonomy));
      return shapes.back().kind != LineShape::kOther;
    });
    std::reverse(shapes.begin() + static_cast<std::ptrdiff_t>(top_lines), shapes.end());
  }
  const std::vector<NavigationRun> runs = find_navigation(shapes);
  EdgeMenus menus;
  if (runs.empty()) return menus;
  auto blank_between = [&](size_t from, size_t to) {  // lines [from, to)
    for (size_t k = from; k < to; ++k) {
      if (shapes[k].kind != LineShape::kBlank) return false;
    }
    return true;
  };
  // The lines the top menus cover, [0, top_to), and the bottom's, [bottom_from, n).
  const size_t n = shapes.size();
  size_t top_to = 0, bottom_from = n;
  for (const NavigationRun& r : runs) {
    if (!blank_between(top_to, r.first)) break;
    top_to = r.last + 1;
  }
  for (size_t k = runs.size(); k > 0 && runs[k - 1].first >= top_to; --k) {
    if (!blank_between(runs[k - 1].last + 1, bottom_from)) break;
    bottom_from = runs[k - 1].first;
  }
  // Their bytes, from their first line not blank to their last's end, the
  // lines walked again (the menus' only: a byte a line is all that was kept).
  auto take = [&](std::string_view line, size_t k, size_t& begin, size_t& end, bool& open) {
    if (shapes[k].kind == LineShape::kBlank) return;
    const auto at = static_cast<size_t>(line.data() - text.data());
    if (!open) begin = at, end = at + line.size(), open = true;
    begin = std::min(begin, at), end = std::max(end, at + line.size());
  };
  size_t k = 0;
  bool open = false;
  from_top([&](std::string_view line) {
    if (k >= top_to) return false;
    take(line, k++, menus.top_begin, menus.top_end, open);
    return true;
  });
  k = n, open = false;
  from_bottom(0, [&](std::string_view line) {
    if (k <= bottom_from) return false;
    take(line, --k, menus.bottom_begin, menus.bottom_end, open);
    return true;
  });
  return menus;
}

}  // namespace osce
