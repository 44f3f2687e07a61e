#include "osce/navigation.hpp"

namespace osce {
namespace {

constexpr size_t kMaxEntryWords = 20;
constexpr size_t kMaxEntryBytes = 160;
constexpr size_t kMaxHeadingWords = 6;
constexpr size_t kMaxHeadingBytes = 60;

bool ends_like_sentence(std::string_view s) {
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
}

bool is_separator(std::string_view t) { return t == "-" || t == "\xe2\x80\x93" || t == "\xe2\x80\x94" || t == "*"; }

// "- Arms control" -> "Arms control"; also "• " and "* " bullets.
std::string_view entry_text(std::string_view t) {
  if (t.size() > 2 && (t.substr(0, 2) == "- " || t.substr(0, 2) == "* ")) return trim(t.substr(2));
  if (t.substr(0, 4) == "\xe2\x80\xa2 ") return trim(t.substr(4));
  return {};
}

LineShape::Kind kind_of(std::string_view t, std::string_view entry) {
  if (t.empty()) return LineShape::kBlank;
  if (is_separator(t)) return LineShape::kSeparator;
  if (!entry.empty()) {
    if (entry.size() <= kMaxEntryBytes && word_count(entry) <= kMaxEntryWords && !ends_like_sentence(entry)) {
      return LineShape::kEntry;
    }
    return LineShape::kOther;
  }
  if (t.size() <= kMaxHeadingBytes && word_count(t) <= kMaxHeadingWords && !ends_like_sentence(t)) {
    return LineShape::kHeading;
  }
  return LineShape::kOther;
}

}  // namespace

LineShape shape_of_line(std::string_view line, const Taxonomy& taxonomy) {
  const std::string_view t = trim(line);
  const std::string_view entry = entry_text(t);
  LineShape shape;
  shape.kind = kind_of(t, entry);
  shape.taxonomy_entry = shape.kind == LineShape::kEntry && is_taxonomy_entry(entry, taxonomy);
  shape.ends_with_colon = !t.empty() && t.back() == ':';
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

std::vector<NavigationRun> find_navigation(const std::vector<TextLine>& lines,
                                           const std::vector<bool>& skip, const Taxonomy& taxonomy) {
  std::vector<LineShape> shapes(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (skip[i]) {
      shapes[i].skipped = true;
    } else {
      shapes[i] = shape_of_line(lines[i].text, taxonomy);
    }
  }
  return find_navigation(shapes);
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
  struct Candidate {
    size_t first, last, entries = 0, separators = 0, taxonomy_entries = 0;
  };
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
      if (s == Shape::kOther) break;
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

}  // namespace osce
