#include "osce/strip.hpp"

#include <algorithm>
#include <cstring>
#include <deque>
#include <optional>

#include "osce/date_parse.hpp"
#include "osce/dateline.hpp"
#include "osce/error.hpp"
#include "osce/line_model.hpp"
#include "osce/navigation.hpp"
#include "osce/opening.hpp"
#include "osce/page_vocabulary.hpp"
#include "osce/paragraph_cues.hpp"
#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

// Why a line goes, for --explain: the details themselves are kept once in
// the pass's Details, so a line's state is 8 bytes, not 24 (a 100 MB page of
// menu lines holds 1.5 million of them).
struct LineState {
  bool removed = false;
  Removal why = Removal::kChrome;
  uint32_t detail = 0;  // in Details
};

// The details of a pass's removals: literals, a menu's cues, and what the
// pass makes up ("Issued by label", "repeated at line 12"). A menu's
// hundreds of lines share one.
class Details {
 public:
  Details() : views_{""} {}
  // Empties it for another pass, keeping its buffers.
  void clear() {
    views_.resize(1);
    made_.clear();
  }
  // A detail that outlives the pass (a literal, a run's cues).
  uint32_t add(std::string_view s) {
    if (views_.back().data() != s.data() || views_.back().size() != s.size()) views_.push_back(s);
    return static_cast<uint32_t>(views_.size() - 1);
  }
  // A detail the pass makes up, kept here.
  uint32_t make(std::string s) { return add(made_.emplace_back(std::move(s))); }
  std::string_view operator[](uint32_t i) const { return views_[i]; }

 private:
  std::vector<std::string_view> views_;
  std::deque<std::string> made_;
};

// Type, title and a lead of up to two paragraphs.
constexpr size_t kMaxHeaderLines = 4;
// Site name and section headings above the type line, each a few words.
constexpr size_t kMaxFurnitureLines = 4, kMaxFurnitureWords = 8;
// A metadata value on a plain line of its own is a name or a date, not a sentence.
constexpr size_t kMaxValueWords = 12;
// A cookie banner is among the page's first or last lines (its text, a
// button or two, a link to the policy).
constexpr size_t kCookieLines = 4;
// The lines over a page where a news site's ticker of exchange rates stands.
constexpr size_t kTickerLines = 8;

bool starts_with_dash(std::string_view t) { return t.size() > 2 && t.substr(0, 2) == "- "; }

// A line that may be a link to another page: a title (a question's
// included), or its date; no sentence of prose, nor a line that leads into
// what follows it ("... were adopted:").
bool is_link_title(std::string_view t) {
  constexpr size_t kLongestTitle = 250;
  if (t.size() > kLongestTitle) return false;
  const char last = t.back();
  return (last != '.' && last != ':' && last != ';' && last != '"' && !t.ends_with("\xE2\x80\x9D")) ||
         date_line_value(t).has_value();
}

// Another page's title with that page's date after it, as a news site lists
// its latest stories over or beside an article ("- Rada terminates protocol
// on joint anti-terrorist measures 10.04.2023", "Mission marks its
// anniversary April 10, 2023"): three words of a title at least, which end
// no sentence, then a whole date (see date_line_value), its time perhaps.
bool is_dated_link(std::string_view t) {
  if (const size_t mark = list_mark_length(t)) t = trim(t.substr(mark));
  constexpr size_t kLongestTitle = 250, kDateWords = 5, kTitleWords = 3;
  if (t.size() > kLongestTitle || t.empty() || t.back() < '0' || t.back() > '9') return false;
  size_t cut = t.size();
  for (size_t words = 0; words < kDateWords; ++words) {
    cut = t.rfind(' ', cut - 1);
    if (cut == std::string_view::npos || cut == 0) return false;
    if (!date_line_value(t.substr(cut + 1))) continue;
    const std::string_view title = trim(t.substr(0, cut));
    return !title.empty() && !ends_a_sentence(title) && !label_shaped(title) &&
           word_count(title, kTitleWords) >= kTitleWords;
  }
  return false;
}

// The page's metadata block: label lines ("- Issued by:") each followed by
// its value lines ("- OSCE Secretariat, ..."). Returns the line range.
struct MetadataBlock {
  size_t first = 0, last = 0;
  size_t labels = 0;
};

void assign(PageMetadata& meta, MetaField field, std::string_view value, bool one_per_line) {
  if (value.empty()) return;
  switch (field) {
    case MetaField::kType: meta.type = value; break;
    case MetaField::kTitle: meta.title = value; break;
    case MetaField::kPlace:
      if (meta.place.empty()) meta.place = value;
      break;
    case MetaField::kDate:
      // Only a whole calendar date: "date" is YYYY-MM-DD, and nothing is invented.
      if (auto iso = parse_full_date(value)) meta.date = *iso;
      break;
    case MetaField::kIssuedBy:
      for (std::string_view name : split_values(value)) add_once(meta.issued_by, name);
      break;
    case MetaField::kListedFields:
      if (one_per_line) {
        add_once(meta.listed_fields, value);
      } else {
        for (std::string_view f : split_values(value)) add_once(meta.listed_fields, f);
      }
      break;
  }
}

// A label line whose value the page's metadata takes. A date label whose
// value is no whole date ("Date: spring 2023", "Date:@") would be lifted
// with nothing to show for it: it is text, and stays. (Lifted, it vanished,
// and the text under it read differently once the page's front matter,
// which has no such date, was stripped again.)
std::optional<MetaLabel> liftable_label(std::string_view line) {
  std::optional<MetaLabel> label = metadata_label(line);
  if (label && label->field == MetaField::kDate && !label->value.empty() && !parse_full_date(label->value)) {
    return std::nullopt;
  }
  return label;
}

// Finds the first metadata block that starts at line `from` or after, fills
// `meta` and marks its lines in `state`. `first_content` is the text's first
// line not blank and not removed.
std::optional<MetadataBlock> read_metadata_block(const LineTable& lines, std::vector<LineState>& state,
                                                 PageMetadata& meta, Details& details, size_t from,
                                                 size_t first_content) {
  const size_t n = lines.size();
  for (size_t i = from; i < n; ++i) {
    if (state[i].removed || !liftable_label(lines[i].text)) continue;
    MetadataBlock block{i, i, 0};
    PageMetadata found;
    std::vector<std::pair<size_t, uint32_t>> lifted;  // line, which field (in details)
    size_t j = i;
    bool dashed = false;
    while (j < n) {
      const auto label = liftable_label(lines[j].text);
      if (!label) {
        // Plain labels at the top of the page are a header, which text mode
        // ends with a blank line: what follows it is the body's, even when it
        // has a label's shape.
        const bool plain_header = i == first_content && !dashed;
        if (!plain_header && trim(lines[j].text).empty() && j + 1 < n && liftable_label(lines[j + 1].text)) {
          ++j;  // a blank line inside the block
          continue;
        }
        break;
      }
      dashed = dashed || starts_with_dash(trim(lines[j].text));
      ++block.labels;
      lifted.emplace_back(j, details.make(std::string(label_name(label->field)) + " label"));
      assign(found, label->field, label->value, false);
      block.last = j++;
      if (!label->value.empty()) continue;
      // Values follow on "- " lines, one per line, until a line of another shape.
      bool any_value = false;
      while (j < n && starts_with_dash(trim(lines[j].text)) && !metadata_label(lines[j].text)) {
        assign(found, label->field, trim(trim(lines[j].text).substr(2)), true);
        lifted.emplace_back(j, details.make(std::string(label_name(label->field)) + " value"));
        any_value = true;
        block.last = j++;
      }
      // A plain "Issued by:" may have its value on the next plain line: a
      // short one, or it is the body. Where only such short lines follow to
      // the end of the page ("Fields of work:", "Elections", "Human
      // rights"), they are all its values.
      if (!any_value && j < n && !starts_with_dash(trim(lines[block.last].text))) {
        auto short_value = [&](size_t k) {
          const std::string_view v = trim(lines[k].text);
          return !v.empty() && !metadata_label(v) && word_count(v, kMaxValueWords) <= kMaxValueWords;
        };
        size_t values_end = j;
        if (short_value(j)) {
          values_end = j + 1;
          size_t k = j + 1;
          while (k < n && (state[k].removed || trim(lines[k].text).empty() ||
                           (short_value(k) && trim(lines[k].text).back() != '.'))) {
            ++k;
          }
          if (k == n) values_end = n;
        }
        for (; j < values_end; ++j) {
          if (state[j].removed || trim(lines[j].text).empty()) continue;
          assign(found, label->field, trim(lines[j].text), true);
          lifted.emplace_back(j, details.make(std::string(label_name(label->field)) + " value"));
          block.last = j;
        }
      }
    }
    // One plain "Date:" line in running text is not a metadata block; at the
    // top of the page and followed by a blank line, it is a header (as
    // osce-strip's own text mode writes it); closing the page ("Fields of
    // work:" and its value, nothing after), it is the page's footer.
    const bool header = i == first_content && (block.last + 1 >= n || trim(lines[block.last + 1].text).empty());
    size_t after = block.last + 1;
    while (after < n && (state[after].removed || trim(lines[after].text).empty())) ++after;
    const bool footer = after == n;
    if (block.labels < 2 && !dashed && !header && !footer) continue;
    for (const auto& [line, what] : lifted) state[line] = {true, Removal::kMetadata, what};
    meta = std::move(found);
    return block;
  }
  return std::nullopt;
}

std::string normalize_paragraph(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : trim(s)) {
    if (c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

// Whether body paragraph `body` repeats the header's lead `lead`: the same
// words, or, in the body's first paragraph, the same words after its
// dateline ("SARAJEVO, 26 November 2025 - " and the lead, the body's next
// sentences perhaps after it, as the Mission to Bosnia and Herzegovina's
// releases print it; the dateline's language is any, the dash ends it).
bool repeats_lead(std::string_view lead, std::string_view body, bool first) {
  const std::string l = normalize_paragraph(lead), b = normalize_paragraph(body);
  if (l == b) return true;
  constexpr size_t kShortestLead = 40, kLongestDateline = 120;
  if (!first || l.size() < kShortestLead) return false;
  const size_t at = b.find(l);
  if (at == std::string::npos || at < 4 || at > kLongestDateline || (at + l.size() < b.size() && b[at + l.size()] != ' ')) {
    return false;
  }
  const std::string_view before = std::string_view(b).substr(0, at);
  return before.ends_with("- ") || before.ends_with("\xE2\x80\x93 ") || before.ends_with("\xE2\x80\x94 ");
}

}  // namespace

std::string_view removal_name(Removal why) {
  switch (why) {
    case Removal::kNavigation: return "navigation";
    case Removal::kChrome: return "chrome";
    case Removal::kLearned: return "learned";
    case Removal::kMetadata: return "metadata";
    case Removal::kRepeatedLead: return "repeated lead";
  }
  return "?";
}

namespace {

// The page header: what stands between the furniture at the top and the
// metadata block `block` (or the body, without one): the page type, the
// title, the lead. Fills `meta` and marks the lines in `state`.
void read_header(const LineTable& lines, std::vector<LineState>& state, Details& details,
                 const MetadataBlock* block, PageMetadata& meta) {
  const size_t n = lines.size();
  size_t header_start = 0;
  const size_t header_end = block ? block->first : n;
  for (size_t i = 0; i < header_end; ++i) {
    if (state[i].removed) header_start = i + 1;
  }
  // A scrape without the menu may keep the site's name and section headings
  // ("Newsroom", "News and press releases") above where the page's own
  // header starts: short lines there are furniture. The header starts at a
  // type line, with headings of a few words above it, or at a listing's
  // first title over its "Publishing date:" block, with the list's name and
  // a line that says what it lists above it.
  {
    std::vector<size_t> top;
    for (size_t i = header_start; i < header_end && top.size() <= kMaxFurnitureLines; ++i) {
      if (!state[i].removed && !trim(lines[i].text).empty()) top.push_back(i);
    }
    auto next_kept = [&](size_t i) {  // the next non-blank line, if it is kept
      for (++i; i < header_end; ++i) {
        if (state[i].removed) return n;
        if (!trim(lines[i].text).empty()) return i;
      }
      return n;
    };
    bool headings = true;  // every line so far is a heading of a few words
    bool names_only = true;  // no line so far is a sentence
    for (size_t k = 1; k < top.size(); ++k) {
      const std::string_view t = trim(lines[top[k]].text);
      const std::string_view before = trim(lines[top[k - 1]].text);
      // (A listing may say what it lists in a sentence or two under its name,
      // "The Mission ... reports each day on the security situation with
      // daily reports, ...", right above its first item's title.)
      if (word_count(before, kMaxValueWords) > kMaxValueWords) {
        if (k < 2 || !names_only || before.back() != '.') break;
        const size_t below = next_kept(top[k]);
        if (below == n || !listing_label(lines[below].text)) break;
      }
      headings = headings && word_count(before, kMaxFurnitureWords) <= kMaxFurnitureWords && before.back() != '.';
      names_only = names_only && before.back() != '.';
      if (listing_label(t)) break;  // the block of an item that is first on the page
      const char* why = nullptr;
      if (is_page_type(t)) {
        if (!headings) break;
        why = "above the page type";
      } else if (const size_t below = next_kept(top[k]); below != n && listing_label(lines[below].text)) {
        why = "above the first listed item";
      } else {
        continue;
      }
      for (size_t j = 0; j < k; ++j) state[top[j]] = {true, Removal::kChrome, details.add(why)};
      header_start = top[k];
      break;
    }
  }
  // The site's section alone over the page's headline, as osce.org's pages
  // of the 2000s print it ("Newsroom", then the headline and its dateline):
  // furniture. (Over a listing, the loop above took it with the list's name.)
  {
    size_t first = header_start;
    std::string_view t;
    while (first < header_end && !state[first].removed && (t = trim(lines[first].text)).empty()) ++first;
    if (first < header_end && !state[first].removed && is_site_section(t)) {
      size_t below = first + 1;
      while (below < header_end && !state[below].removed && trim(lines[below].text).empty()) ++below;
      if (below < header_end && !state[below].removed && is_link_title(trim(lines[below].text))) {
        state[first] = {true, Removal::kChrome, details.add("the site's section over the headline")};
        header_start = below;
      }
    }
  }
  std::vector<size_t> header;  // non-blank kept lines of the header
  for (size_t i = header_start; i < header_end && header.size() <= kMaxHeaderLines; ++i) {
    if (!trim(lines[i].text).empty()) header.push_back(i);
  }
  // A longer stretch is an article body whose metadata block comes last.
  if (header.size() > kMaxHeaderLines) header.clear();
  size_t h = 0;
  const bool typed = !header.empty() && is_page_type(trim(lines[header[0]].text));
  if (typed) {
    meta.type = trim(lines[header[0]].text);
    state[header[0]] = {true, Removal::kMetadata, details.add("type")};
    ++h;
  }
  // A title only where the page has a header: a type line or a metadata
  // block. A topic page's first heading is content.
  if ((typed || block) && h < header.size() && (block || h + 1 < header.size())) {
    const std::string_view t = trim(lines[header[h]].text);
    if (!starts_with_dash(t) && word_count(t) <= 40 && t.back() != '.') {
      meta.title = t;
      state[header[h]] = {true, Removal::kMetadata, details.add("title")};
      ++h;
    }
  }
  // The lead before the metadata block goes when the body starts with it.
  if (block && h < header.size()) {
    std::vector<size_t> body;
    for (size_t i = block->last + 1; i < n && body.size() < header.size() - h; ++i) {
      if (!state[i].removed && !trim(lines[i].text).empty()) body.push_back(i);
    }
    bool repeated = body.size() == header.size() - h;
    for (size_t k = 0; repeated && k < body.size(); ++k) {
      repeated = repeats_lead(lines[header[h + k]].text, lines[body[k]].text, k == 0);
    }
    if (repeated) {
      for (size_t k = h; k < header.size(); ++k) {
        state[header[k]] = {true, Removal::kRepeatedLead, details.make("repeated at line " + std::to_string(body[k - h] + 1))};
      }
    }
  }
}

// "You are here", then the page's place in the site in one short line, as a
// feed aggregator prints it ("Central Europe"), over a headline: that line is
// the breadcrumb. Over prose it is the page's own title ("Border
// management" over its topic page), and stays. Returns its index, or
// lines.size().
size_t breadcrumb_under(const LineTable& lines, size_t you_are_here) {
  auto next_text = [&](size_t from) {
    while (from < lines.size() && trim(lines[from].text).empty()) ++from;
    return from;
  };
  const size_t crumb = next_text(you_are_here + 1);
  if (crumb == lines.size()) return crumb;
  const std::string_view c = trim(lines[crumb].text);
  if (c.size() > 60 || word_count(c, 7) > 6 || !ends_in_letter_or_digit(c)) return lines.size();
  const size_t below = next_text(crumb + 1);
  if (below == lines.size()) return lines.size();
  return headline_shaped_line(trim(lines[below].text)) ? crumb : lines.size();
}

// One pass's lines and what it has decided of them: the rules below read
// the lines, trimmed, and mark those they remove.
class PassLines {
 public:
  PassLines(const LineTable& lines, std::vector<LineState>& state, Details& details)
      : lines_(lines), state_(state), details_(details) {}
  const LineTable& table() const { return lines_; }
  size_t size() const { return lines_.size(); }
  // Line k, trimmed.
  std::string_view at(size_t k) const { return trim(lines_[k].text); }
  bool removed(size_t k) const { return state_[k].removed; }
  // Neither removed nor blank.
  bool kept(size_t k) const { return !state_[k].removed && !at(k).empty(); }
  uint32_t reason(std::string_view why) { return details_.add(why); }
  void remove(size_t k, Removal why, uint32_t reason) { state_[k] = {true, why, reason}; }
  void remove(size_t k, Removal why, std::string_view reason) { remove(k, why, details_.add(reason)); }
  void remove_chrome(size_t k, std::string_view reason) { remove(k, Removal::kChrome, reason); }
  // One past the kept line before line `k` (0 for none).
  size_t kept_before(size_t k) const {
    while (k > 0 && !kept(k - 1)) --k;
    return k;
  }
  // The first kept line from line `k` on (size() for none).
  size_t kept_from(size_t k) const {
    while (k < size() && !kept(k)) ++k;
    return k;
  }
  // Whether the kept line above line `k` ends a sentence; or is a paragraph
  // of prose whose full stop the scrape lost ("... results of the elections
  // planned for 2 November in the east of Ukraine").
  bool under_a_sentence(size_t k) const {
    constexpr size_t kProseWords = 15;
    const size_t above = kept_before(k);
    if (above == 0) return false;
    const std::string_view t = at(above - 1);
    return ends_a_sentence(t) || word_count(t, kProseWords + 1) > kProseWords;
  }
  // How many lines of text stand under line k to the page's end.
  size_t lines_under(size_t k) const {
    size_t count = 0;
    for (++k; k < size(); ++k) count += !at(k).empty();
    return count;
  }
  // The kept lines at the page's foot that `is_one` says are of a kind, read
  // from the end up: where the first of them stands (size() for none), and
  // how many there are.
  template <class IsOne>
  std::pair<size_t, size_t> foot_of(IsOne is_one) const {
    size_t first = size(), count = 0;
    for (size_t k = kept_before(size()); k > 0 && is_one(at(k - 1)); k = kept_before(k - 1)) {
      first = k - 1;
      ++count;
    }
    return {first, count};
  }
  // Whether a kept line from line `first` on is the one kept before it: a
  // card's name printed twice ("Presence in Albania" over "Presence in
  // Albania", a topic page's field operations), the page's own.
  bool names_a_card(size_t first) const {
    std::string_view before;
    for (size_t k = first; k < size(); ++k) {
      if (!kept(k)) continue;
      if (at(k) == before) return true;
      before = at(k);
    }
    return false;
  }
  // Removes the kept lines from `from` up to `to` as chrome, for one reason.
  void remove_kept(size_t from, size_t to, std::string_view why) {
    const uint32_t r = details_.add(why);
    for (size_t k = from; k < to; ++k) {
      if (kept(k)) remove(k, Removal::kChrome, r);
    }
  }
  // Removes the kept lines from `first` to the page's end: other pages'
  // links, a site's foot.
  void links_to_the_end(size_t first, std::string_view why) { remove_kept(first, size(), why); }

 private:
  const LineTable& lines_;
  std::vector<LineState>& state_;
  Details& details_;
};

// Where mark_chrome found the headings that later rules start from (size()
// for none).
struct ChromeLandmarks {
  size_t disclaimer_heading, wire_foot;
};

// A calendar's days one to a line under the pager of its first days ("1 2
// 3 ... 21", then "22", "23", ..., "31"), each one more than the line
// above: no text counts on so. The month and the year over the pager go
// too ("Декабрь", "2024"). (Asked of a pager's line alone, once it is
// known: `pager` is its index.)
[[gnu::noinline]] void mark_calendar_under(PassLines& p, size_t pager) {
  auto number = [](std::string_view t, size_t most) {
    int value = 0;
    if (t.empty() || t.size() > most) return 0;
    for (char c : t) {
      if (c < '0' || c > '9') return 0;
      value = value * 10 + (c - '0');
    }
    return value;
  };
  const std::string_view line = p.at(pager);
  int last = number(line.substr(line.rfind(' ') + 1), 2);
  if (last == 0) return;
  size_t k = p.kept_from(pager + 1);
  for (; k < p.size() && number(p.at(k), 2) == last + 1; k = p.kept_from(k + 1)) ++last;
  if (k == p.kept_from(pager + 1)) return;
  p.remove_kept(pager + 1, k, "a calendar's days");
  size_t above = p.kept_before(pager);
  if (above > 0 && number(p.at(above - 1), 4) >= 1900) {
    p.remove_chrome(above - 1, "a calendar's month and year");
    above = p.kept_before(above - 1);
  }
  const std::string_view month = above > 0 ? p.at(above - 1) : std::string_view();
  if (!month.empty() &&
      (month_number(month) != 0 || cyrillic_month_number(month) != 0 || latin_month_number(month) != 0)) {
    p.remove_chrome(above - 1, "a calendar's month and year");
  }
}

// Chrome and learned lines: they are furniture wherever they stand, and go
// first so that they do not break up the shape of a menu. Fills
// `related_headings` with the lines that head other pages' links, in the
// page's order.
// (A news site's header may show today's date over its clock: in the
// page's first lines, a date line over a time of day is the site's, not
// the article's, whose date is its own.)
ChromeLandmarks mark_chrome(PassLines& p, const StripOptions& options, std::vector<size_t>& related_headings) {
  const size_t n = p.size();
  ChromeLandmarks found{n, n};
  size_t nonblank = 0, last_nonblank = n;
  // A news site's exchange rates, "USD 69.34", "EUR 85.18": two or more on
  // the lines with text in a row are its ticker, among the page's first
  // lines, or further down (the ticker of a site whose page the record runs
  // on into) with text under them; not there a table at the page's foot,
  // nor one that a line introduces ("The rates on Monday:").
  size_t rates_from = n, last_rate = n;
  bool rates_in_head = false, rates_under_colon = false;
  // (A heading may name the ticker: "Currency rates from 29/08/2025".)
  size_t rates_heading = n;
  auto end_rates = [&](bool text_under) {
    if (rates_from < n && last_rate > rates_from && (rates_in_head || (text_under && !rates_under_colon))) {
      p.remove_kept(rates_from, last_rate + 1, "an exchange rate");
      if (rates_heading < n) p.remove_chrome(rates_heading, "an exchange rates' heading");
    }
    rates_from = n;
  };
  for (size_t i = 0; i < n; ++i) {
    const std::string_view t = p.at(i);
    if (t.empty()) continue;
    const size_t above = last_nonblank;
    last_nonblank = i;
    if (++nonblank <= 3 && above < n && is_clock_line(t) && date_line_value(p.at(above))) {
      p.remove_chrome(above, "the site's date over its clock");
      p.remove_chrome(i, "the site's clock");
      continue;
    }
    if (nonblank <= 3 && is_url_slug(t)) {
      p.remove_chrome(i, "the page's address over it");
      continue;
    }
    // (The site's address as its masthead, "ru24.pro", with the page under
    // it and no sentence over it: under a sentence it signs the copy off.)
    if (nonblank <= 3 && i + 1 < n && is_bare_web_address(t) && !p.under_a_sentence(i)) {
      p.remove_chrome(i, "the site's address over the page");
      continue;
    }
    if (nonblank <= 3 && is_icon_names(t)) {
      p.remove_chrome(i, "the names of the site's icons");
      continue;
    }
    if (is_chrome_line(t)) {
      p.remove_chrome(i, "known chrome");
      if (t[0] >= '1' && t[0] <= '9') mark_calendar_under(p, i);  // a pager's, perhaps
      if (is_related_heading(t)) related_headings.push_back(i);
      if (is_disclaimer_heading(t)) found.disclaimer_heading = i;
      if (is_wire_foot_heading(t)) found.wire_foot = i;
      if (t.starts_with("You are here")) {
        if (const size_t crumb = breadcrumb_under(p.table(), i); crumb < n && !is_chrome_line(p.at(crumb))) {
          p.remove_chrome(crumb, "the breadcrumb under \"You are here\"");
          i = crumb;
        }
      }
    } else if (is_count_or_related_link(t)) {
      p.remove_chrome(i, "a count, a related page's link, or a picture with no words");
    } else if (options.model && options.model->contains(p.table()[i].text)) {
      p.remove(i, Removal::kLearned, "in the model");
    }
    // (Its shape first, inline: "USD 69.34" has its blank fourth, "$1 –
    // 12482.38" and "€1 – 14540.72" open with a currency's sign.)
    if (t.size() >= 5 && t.size() <= 24 && (t[3] == ' ' || t[0] == '$' || t[0] == '\xE2' || t[0] == '\xC2') &&
        is_rate_line(t)) {
      if (rates_from == n || last_rate != above) {
        end_rates(true);
        rates_from = i;
        rates_in_head = nonblank <= kTickerLines;
        const std::string_view over = above < n ? p.at(above) : std::string_view();
        rates_under_colon = !over.empty() && over.back() == ':';
        rates_heading = above < n && !p.removed(above) && is_rates_heading(over) ? above : n;
      }
      last_rate = i;
    } else if (rates_from < n) {
      end_rates(true);
    }
  }
  end_rates(false);
  return found;
}

// Other pages' titles under a "Related news" heading (`related_headings`,
// in the page's order). At the page's foot, under the article's last
// sentence: a few lines of a title's shape, or dates, from the heading to
// the end. (Where any line under it ends a sentence, the heading's links
// were teasers, a blog's "Recent Posts", the page's content: they stay. So
// do lines under a heading at the top, over a list of decisions: the
// page's content, not the foot's.)
void mark_related_links(PassLines& p, std::vector<size_t>& related_headings) {
  const size_t n = p.size();
  constexpr size_t kMostRelatedLinks = 24;
  const size_t last_heading = related_headings.empty() ? n : related_headings.back();
  // (The article's last sentence may stand a line or two higher, over its
  // author's name and its section's tag: "Ihor Telezhnikov", "Politics",
  // then "Popular".)
  auto under_the_article = [&](size_t heading) {
    constexpr size_t kFootLines = 2, kFootLineWords = 3;
    for (size_t k = heading, foot = 0; foot <= kFootLines; ++foot) {
      if (p.under_a_sentence(k)) return true;
      k = p.kept_before(k);
      if (k == 0 || ends_a_sentence(p.at(k - 1)) || word_count(p.at(k - 1), kFootLineWords + 1) > kFootLineWords) {
        return false;
      }
      --k;
    }
    return false;
  };
  if (last_heading < n && n - last_heading <= 2 * kMostRelatedLinks + 1 && under_the_article(last_heading)) {
    size_t k = n;
    while (k > last_heading + 1) {
      if (p.kept(k - 1) && !is_link_title(p.at(k - 1))) break;
      --k;
    }
    if (k == last_heading + 1) {
      p.links_to_the_end(k, "a link under a heading of related pages");
      related_headings.pop_back();
    }
  }
  // A line of a page's head between its headline and its lead; a date line
  // or an aggregator's date key, which may stand over the headline too.
  auto heads_the_lead = [&](std::string_view t) { return date_line_value(t) || byline(t) || date_key_alone(t); };
  auto dates_the_page = [&](std::string_view t) {
    return date_line_value(t) || (may_open_with_date_key(t) && read_date_key(t));
  };
  // Such a heading inside the page, where pages run together: its links
  // stand over the next page's headline and lead ("More related articles",
  // three titles, then "OSCE Centre's anniversary marked in Ashgabat" over
  // its first paragraph). The links go; the last title, with the date
  // lines under it, heads the paragraph below and stays.
  for (const size_t heading : related_headings) {
    if (!p.under_a_sentence(heading)) continue;
    std::vector<size_t> titles;  // the kept lines under the heading, all of a title's shape
    size_t k = heading + 1;
    for (; k < n && titles.size() <= kMostRelatedLinks + 1; ++k) {
      if (!p.kept(k)) continue;
      if (!is_link_title(p.at(k))) break;
      titles.push_back(k);
    }
    // (Under the titles, the next page's lead: a sentence of eight words or more.)
    constexpr size_t kLeadWords = 8;
    if (k == n || titles.size() > kMostRelatedLinks + 1 || !ends_a_sentence(p.at(k)) ||
        word_count(p.at(k), kLeadWords) < kLeadWords) {
      continue;
    }
    // The next page's headline is the last title but the lines of its head
    // under it (a date line, a byline, a date's key whose date the scrape
    // lost: "Posted on"), and the date lines over it (an aggregator's date
    // key) are its head too; what stands over them are the links. (Not a
    // word alone: "PRIŠTINA" over the lead is its dateline's place, and the
    // page's first line.)
    auto title_at = [&](size_t j) { return p.at(titles[j]); };
    size_t head = titles.size();
    while (head > 0 && heads_the_lead(title_at(head - 1))) --head;
    if (head == 0) continue;
    // The last title may be the headline's deck, the sentence a news site
    // prints under it with no full stop: ten words or more, more than the
    // headline's five or more, and the lead takes up the headline's words
    // ("Transnistrian Foreign Ministry accuses OSCE of blocking ... talks",
    // then "Relations between Transnistria and Moldova heated up when ...",
    // then "CHISINAU, May 30. /TASS/. Foreign Minister of ... Transnistria
    // ..."). A link's title over a headline is no headline the lead takes up.
    constexpr size_t kDeckWords = 10, kDeckedHeadlineWords = 5, kCounted = 64;
    size_t headline = head - 1;
    if (headline > 0) {
      const std::string_view deck = title_at(headline), over = title_at(headline - 1);
      const size_t over_words = word_count(over, kCounted), deck_words = word_count(deck, kCounted);
      if (over_words >= kDeckedHeadlineWords && deck_words >= kDeckWords && deck_words > over_words &&
          !starts_in_small_letter(deck) && lead_takes_up(over, p.at(k))) {
        --headline;
      }
    }
    size_t links = headline;
    while (links > 0 && dates_the_page(title_at(links - 1))) --links;
    // (Unless the lead takes up none of the last title's words: then that
    // title is one more link, and the next page opens with its lead.)
    if (!lead_takes_up(title_at(headline), p.at(k))) links = head;
    if (links == 0) continue;  // a headline, and one link at least
    const uint32_t reason = p.reason("a link under a heading of related pages");
    for (size_t j = 0; j < links; ++j) p.remove(titles[j], Removal::kChrome, reason);
  }
}

// A wire's lines under the release it carries.
void mark_wire_feet(PassLines& p, const ChromeLandmarks& landmarks) {
  const size_t n = p.size();
  // Its disclaimer: its heading, then a paragraph or two to the page's end.
  // (What stands over it need not end a sentence: a release may end with
  // its contacts.)
  constexpr size_t kDisclaimerParagraphs = 2;
  if (const size_t heading = landmarks.disclaimer_heading;
      heading < n && p.kept_before(heading) > 0 && p.lines_under(heading) <= kDisclaimerParagraphs) {
    p.links_to_the_end(heading + 1, "a wire's disclaimer at the foot");
  }
  // Its foot: "You just read:", then the title again, the channels and the
  // wire's policy, a few lines to the end.
  constexpr size_t kWireFootLines = 6;
  if (const size_t foot = landmarks.wire_foot;
      foot < n && p.kept_before(foot) > 0 && p.lines_under(foot) <= kWireFootLines) {
    p.links_to_the_end(foot + 1, "a wire's foot under the release");
  }
}

// Other stories at the page's foot, under the article, with no heading over
// them, and what a news agency prints under its article.
void mark_other_stories_at_the_foot(PassLines& p) {
  const size_t n = p.size();
  // Each a title over its time ("Erdogan says ...", then "219Yesterday,
  // 17:30"): from the end up, pairs of a title and its time, two or more,
  // or one under the article's last sentence.
  {
    size_t k = n, first = n, pairs = 0;
    for (;;) {
      const size_t stamp = p.kept_before(k);
      if (stamp == 0 || !is_relative_time_line(p.at(stamp - 1))) break;
      const size_t title = p.kept_before(stamp - 1);
      if (title == 0 || !is_link_title(p.at(title - 1))) break;
      first = title - 1;
      k = title - 1;
      ++pairs;
    }
    if (pairs >= 2 || (pairs == 1 && p.under_a_sentence(first))) {
      p.links_to_the_end(first, "another story's title and its time");
    }
  }
  // A news agency's notice on reproducing its articles at the page's foot,
  // a line or two under the article ("This information may not be
  // reproduced without reference to ...", "When citing our content a
  // hyperlink to this ... website is obligatory."). (Read before the
  // other kinds of foot, which it stands under: they are found in the same
  // pass, not the next.)
  if (const auto [first, notices] = p.foot_of(is_reproduction_notice); notices > 0 && p.kept_before(first) > 0) {
    p.links_to_the_end(first, "the site's notice on reproducing its articles");
  }
  // Other stories' teasers, each its title with its date and count of views
  // glued on ("... to russiaFebruary 28 2024, 08:40 PM • 30821 view"),
  // under the article's last sentence.
  if (const auto [first, teasers] = p.foot_of(ends_with_view_count); teasers > 0 && p.under_a_sentence(first)) {
    p.links_to_the_end(first, "another story's teaser and its views");
  }
  // Other stories' headlines, four or more, under the article's last
  // sentence ("European Union announces investment package ...", "Dushanbe
  // to host large IT event next week", ...): no article ends with a run of
  // titles. (A headline of three words to twenty, opening with a capital;
  // not a listing's label, "Content type: Press release", nor a lead cut
  // after its dateline, "SKOPJE, 9 May 2008-": a listing's block is an item.)
  constexpr size_t kLeastFootHeadlines = 4, kFootHeadlineWords = 20;
  auto foot_headline = [](std::string_view t) {
    if (!is_link_title(t) || !starts_capitalized(t) || date_line_value(t) || label_shaped(t) || dateline_at(t)) {
      return false;
    }
    const size_t words = word_count(t, kFootHeadlineWords + 1);
    return words >= 3 && words <= kFootHeadlineWords;
  };
  if (const auto [first, headlines] = p.foot_of(foot_headline);
      headlines >= kLeastFootHeadlines && p.under_a_sentence(first) && !p.names_a_card(first)) {
    p.links_to_the_end(first, "other stories' headlines at the foot");
  }
}

// Other stories' dated titles at the page's top, three or more in a row
// over the article (a news site's latest stories, a blog's "Recent Posts"
// whose heading is chrome): no article opens with a run of them.
void mark_dated_links_at_the_top(PassLines& p) {
  constexpr size_t kLeastDatedLinks = 3;
  const size_t n = p.size();
  const size_t first = p.kept_from(0);
  size_t k = first, links = 0;
  for (; k < n && is_dated_link(p.at(k)); k = p.kept_from(k + 1)) ++links;
  if (links >= kLeastDatedLinks && k < n) p.remove_kept(first, k, "another story's dated title at the page's top");
}

// A site's widgets under its article.
void mark_foot_widgets(PassLines& p) {
  // The page's last kept line, which each rule below asks first: found once,
  // since a page's foot may be a long run of blank and removed lines. The
  // first three rules want three kinds of line there, so one of them at
  // most runs. (A rule's removals leave `last` the last: kept_before(last)
  // is kept_before of the page's end.)
  const size_t last = p.kept_before(p.size());
  if (last == 0) return;
  const std::string_view last_line = p.at(last - 1);
  // A text-size switcher's buttons, three or more lines ("XS", "SM", "MD",
  // "LG"), as a radio's site prints them under its article.
  constexpr size_t kLeastSizeButtons = 3;
  if (is_text_size_button(last_line)) {
    if (const auto [first, buttons] = p.foot_of(is_text_size_button); buttons >= kLeastSizeButtons) {
      p.links_to_the_end(first, "a text-size switcher's buttons");
    }
  }
  // The headings of widgets whose entries the scrape did not keep, two or
  // more to the page's end under the article's last sentence ("Politics",
  // "News Line"; "or Log In", "Fast News Search"), the story's tags over
  // them or not ("More about: Nagorno-Karabakh   Azerbaijan   OSCE"). Left
  // there, they read as a headline over whatever text follows the page.
  // (One alone may be a subheading the scrape cut from its paragraph.)
  constexpr size_t kLeastWidgetLines = 2;
  if (is_widget_heading(last_line)) {
    auto [first, headings] = p.foot_of(is_widget_heading);
    if (const size_t above = p.kept_before(first); above > 0 && label_shaped(p.at(above - 1))) {
      first = above - 1;
      ++headings;
    }
    if (headings >= kLeastWidgetLines && p.under_a_sentence(first) && !p.names_a_card(first)) {
      p.links_to_the_end(first, "the headings of the site's widgets at the foot");
    }
  }
  // A paywall at the page's foot: its prompt to log in on the last line, and
  // its pitch in a few short lines over it, under the article ("Get EU news
  // that matters", "Back our independent journalism by becoming a
  // supporting member", then "Already a member? Login here").
  constexpr size_t kPitchLines = 3, kLongestPitchLine = 80;
  if (is_login_prompt(last_line)) {
    size_t first = last - 1;
    for (size_t pitch = 0; pitch < kPitchLines; ++pitch) {
      const size_t above = p.kept_before(first);
      if (above == 0 || p.at(above - 1).size() > kLongestPitchLine || ends_a_sentence(p.at(above - 1))) break;
      first = above - 1;
    }
    if (p.under_a_sentence(first)) p.links_to_the_end(first, "a paywall's pitch and its prompt to log in");
  }
  // A site's call to follow it among the page's last lines, with what a wire
  // prints under it: the story's tags, its number, the provider's name
  // ("Follow us on Twitter @AzerNewsAz", then "• #AZERBAIJAN",
  // "MENAFN1304201801950000ID1096731471", "AzerNews"). Short lines only,
  // a few of them, to the end. (A page's last lines are short as often as
  // not, a menu's: the call's first letter is asked first, "Follow us on",
  // "Subscribe to our", "Join us on", "Подпишитесь на".)
  constexpr size_t kLinesUnderCall = 8, kBytesUnderCall = 60;
  auto may_call = [](std::string_view t) {
    const char c = static_cast<char>(t[0] | 0x20);
    return c == 'f' || c == 's' || c == 'j' || t[0] == '\xD0';
  };
  size_t k = last, under = 0;
  while ((k = p.kept_before(k)) > 0 && under <= kLinesUnderCall) {
    const std::string_view t = p.at(k - 1);
    if (may_call(t) && is_call_to_follow(t)) {
      if (under > 0) p.links_to_the_end(k - 1, "the site's call to follow it and the lines under it");
      break;
    }
    if (t.size() > kBytesUnderCall) break;
    ++under;
    --k;
  }
}

// A cookie banner, over the page or under it: its first and last lines; and
// the site's call to follow it on the page's last line ("Subscribe to our
// Telegram channel and be the first to know the news!").
void mark_cookie_banners(PassLines& p) {
  const size_t n = p.size();
  auto cookie_banner = [&](size_t i) {
    if (!p.removed(i) && is_cookie_notice(p.at(i))) p.remove_chrome(i, "a cookie banner");
  };
  for (size_t i = 0, seen = 0; i < n && seen < kCookieLines; ++i) {
    if (p.at(i).empty()) continue;
    cookie_banner(i);
    ++seen;
  }
  for (size_t i = n, seen = 0; i-- > 0 && seen < kCookieLines;) {
    const std::string_view t = p.at(i);
    if (t.empty()) continue;
    cookie_banner(i);
    if (seen++ == 0 && !p.removed(i) && is_call_to_follow(t)) p.remove_chrome(i, "the site's call to follow it");
  }
}

// One pass. When removals are listed, `kept` receives, for each line of the
// result, its line number in `text` (1-based), which the next pass's
// removals are numbered by; else it stays empty (8 bytes a line saved). A
// pass that removes nothing leaves the result's text (and `kept`) empty
// unless `text_when_unchanged`. With `in_place`, the string `text` views,
// the kept lines are moved up in it and it becomes the result's text: each
// line moves to where the lines before it end, never past its own start,
// so no line is overwritten before it is read.
StripResult strip_once(std::string_view text, const StripOptions& options, std::vector<size_t>& kept,
                       bool text_when_unchanged, std::string* in_place = nullptr) {
  const Taxonomy& taxonomy = options.taxonomy ? *options.taxonomy : Taxonomy::builtin();
  // The lines' and their states' tables are kept from pass to pass and page
  // to page (new ones, grown by doubling, and the pass's details cost
  // osce-strip 3.4% of its instructions); a huge page's are let go at the
  // next page.
  thread_local LineTable lines;
  thread_local std::vector<LineState> state;
  constexpr size_t kKeptLines = size_t{1} << 16;
  if (lines.capacity() > kKeptLines) lines.release(), std::vector<LineState>().swap(state);
  lines.assign(text);
  const size_t n = lines.size();
  state.assign(n, LineState{});
  thread_local Details details;  // (as the tables: a deque allocates as it is made)
  details.clear();
  StripResult result;

  // The site's furniture first, rule by rule in this order: each reads the
  // lines the ones before it left (a foot's notice goes before the other
  // stories over it are counted).
  PassLines pass(lines, state, details);
  // (In the page's order; kept from page to page, as most pages have one
  // at their foot or none.)
  thread_local std::vector<size_t> related_headings;
  related_headings.clear();
  const ChromeLandmarks landmarks = mark_chrome(pass, options, related_headings);
  mark_related_links(pass, related_headings);
  mark_wire_feet(pass, landmarks);
  mark_other_stories_at_the_foot(pass);
  mark_dated_links_at_the_top(pass);
  mark_foot_widgets(pass);
  mark_cookie_banners(pass);

  // The metadata blocks before navigation: their value lines ("- Countering
  // terrorism") have the shape of menu entries. A record may hold several
  // pages, each with its block: all are read in one pass, where reading the
  // first in each pass made a record of B pages cost B passes over all of it.
  // The first page's fields come first, and later blocks add what it lacks.
  std::optional<MetadataBlock> first_block;
  size_t first_content = 0;
  for (size_t from = 0;;) {
    while (first_content < n && (state[first_content].removed || trim(lines[first_content].text).empty())) {
      ++first_content;
    }
    PageMetadata meta;
    const std::optional<MetadataBlock> block = read_metadata_block(lines, state, meta, details, from, first_content);
    if (!block) break;
    if (first_block) {
      result.metadata.take_missing(meta);
    } else {
      first_block = block;
      result.metadata = std::move(meta);
    }
    from = block->last + 1;
  }

  // (Shaped here, a byte a line, the lines removed so far skipped.)
  std::vector<LineShape> shapes(n);
  for (size_t i = 0; i < n; ++i) {
    if (state[i].removed) {
      shapes[i].skipped = true;
    } else {
      shapes[i] = shape_of_line(lines[i].text, taxonomy);
    }
  }
  const std::vector<NavigationRun> runs = find_navigation(shapes);
  for (const NavigationRun& run : runs) {
    const uint32_t why = details.add(run.why);
    for (size_t i = run.first; i <= run.last; ++i) {
      if (!state[i].removed) state[i] = {true, Removal::kNavigation, why};
    }
  }

  // The header of the text's first page, over its block: its type and title
  // are the record's. A later page's stay in the text, where they title its
  // item.
  read_header(lines, state, details, first_block ? &*first_block : nullptr, result.metadata);

  if (!text_when_unchanged && std::none_of(state.begin(), state.end(), [](const LineState& s) { return s.removed; })) {
    return result;
  }
  // Assemble. Blank lines: none at the start, none doubled where a removal
  // joined two blank stretches, none at the end after a removal there.
  std::string& out = result.text;
  size_t written = 0;  // the length of the result so far
  auto put = [&](std::string_view line) {
    if (in_place) {
      std::memmove(in_place->data() + written, line.data(), line.size());
    } else {
      out.append(line);
    }
    written += line.size();
  };
  if (!in_place) out.reserve(text.size());
  bool removed_since_kept = false, last_kept_blank = false, any_kept = false;
  size_t end_of_content = 0;  // the result's length after the last kept non-blank line
  bool removed_after_content = false;
  for (size_t i = 0; i < n; ++i) {
    const TextLine& line = lines[i];
    if (state[i].removed) {
      removed_since_kept = true;
      removed_after_content = true;
      ++result.removed_lines;
      if (options.list_removed) {
        result.removed.push_back({i + 1, state[i].why, std::string(details[state[i].detail]), std::string(line.text)});
      }
      continue;
    }
    const bool blank = trim(line.text).empty();
    if (blank && (!any_kept || (last_kept_blank && removed_since_kept))) continue;
    put(line_with_end(text, line));
    if (options.list_removed) kept.push_back(i + 1);
    any_kept = true;
    last_kept_blank = blank;
    removed_since_kept = false;
    if (!blank) {
      end_of_content = written;
      removed_after_content = false;
    }
  }
  if (in_place) {
    in_place->resize(written);
    out = std::move(*in_place);
  }
  if (removed_after_content) {
    out.resize(end_of_content);
    if (options.list_removed) kept.resize(split_lines(out).size());
  }
  return result;
}

}  // namespace

namespace {

// Passes until one removes nothing: what a pass uncovers (a second metadata
// block, a menu behind chrome) goes too, so stripping the result again
// changes nothing, by construction. Each pass removes at least one line, so
// this ends; nearly every page needs one more pass that removes nothing.
// With `owned`, the string `text` views, every pass strips in place.
StripResult strip_passes(std::string_view text, const StripOptions& options, std::string* owned) {
  std::vector<size_t> origin;
  StripResult result = strip_once(text, options, origin, options.text_when_unchanged && !owned, owned);
  result.passes = 1;
  if (owned && result.removed_lines == 0) result.text = std::move(*owned);  // as it came
  while (result.removed_lines > 0) {
    std::vector<size_t> kept;
    // A later pass that removes nothing is dropped: its text is not made.
    StripResult next = strip_once(result.text, options, kept, false, owned ? &result.text : nullptr);
    ++result.passes;
    if (next.removed_lines == 0) break;
    result.removed_lines += next.removed_lines;
    for (RemovedLine& r : next.removed) r.line_number = origin[r.line_number - 1];
    result.removed.insert(result.removed.end(), std::make_move_iterator(next.removed.begin()),
                          std::make_move_iterator(next.removed.end()));
    std::sort(result.removed.begin(), result.removed.end(),
              [](const RemovedLine& a, const RemovedLine& b) { return a.line_number < b.line_number; });
    result.metadata.take_missing(next.metadata);
    for (size_t& k : kept) k = origin[k - 1];
    origin = std::move(kept);
    result.text = std::move(next.text);
  }
  return result;
}

}  // namespace

StripResult strip_text(std::string_view text, const StripOptions& options) {
  return strip_passes(text, options, nullptr);
}

StripResult strip_text_in_place(std::string&& text, const StripOptions& options) {
  return strip_passes(text, options, &text);
}

void strip_record(Record& rec, const StripOptions& options, std::vector<RemovedLine>* removed) {
  StripOptions used = options;
  used.list_removed = removed != nullptr;
  used.text_when_unchanged = false;
  StripResult r;
  // A large record's text is stripped in its own buffer, a small one's from
  // the record's copy, where nothing is copied when nothing is removed.
  std::optional<std::string> held = rec.take_held_string("text");
  if (held) {
    r = strip_text_in_place(std::move(*held), used);
    if (r.removed_lines == 0) return rec.restore_held_string("text", std::move(r.text));
  } else {
    const std::optional<std::string_view> text = rec.get_string_view("text");
    if (!text) return;
    r = strip_text(*text, used);
    if (r.removed_lines == 0) return;  // untouched: the record goes out as it came
  }
  rec.set_raw("text", "\"\"");
  if (!r.text.empty()) rec.set_string("text", r.text);
  r.metadata.set_on(rec);
  if (removed) *removed = std::move(r.removed);
}

std::string front_matter(const PageMetadata& m) {
  if (m.empty()) return {};
  std::string out;
  auto line = [&](MetaField f, const std::string& value) {
    if (value.empty()) return;
    out += label_name(f);
    out += ": ";
    out += value;
    out += '\n';
  };
  auto join = [](const std::vector<std::string>& values) {
    std::string s;
    for (size_t i = 0; i < values.size(); ++i) s += (i ? "; " : "") + values[i];
    return s;
  };
  line(MetaField::kType, m.type);
  line(MetaField::kTitle, m.title);
  line(MetaField::kDate, m.date);
  line(MetaField::kPlace, m.place);
  line(MetaField::kIssuedBy, join(m.issued_by));
  line(MetaField::kListedFields, join(m.listed_fields));
  out += '\n';
  return out;
}

}  // namespace osce
