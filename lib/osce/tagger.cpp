#include "osce/tagger.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <utility>

#include "osce/navigation.hpp"
#include "osce/page_vocabulary.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

// A field's own name or alias in the text ("countering terrorism") is strong
// evidence, but not proof: a page may name a field in passing.
constexpr double kFieldNameWeight = 3;
// A structure named in the text says less about the item than the one that issued it.
constexpr double kNamedStructureShare = 0.4;
// ... unless the headline names it: "OSCE Minsk Group Co-Chairs leave
// Armenia MFA" is about what the Minsk Group does, as an item it issued is.
constexpr double kHeadlineStructureShare = 0.8;
constexpr double kLeadFactor = 1.5;
constexpr double kTitleFactor = 2;
// Weak phrases (weight 1: "workshop", "training") add to a field that other
// evidence names, but however often they recur, they do not name one alone.
constexpr double kEstablishingWeight = 2;
// The lexicon's weight for a phrase specific to its field ("human trafficking").
constexpr double kSpecificWeight = 3;
// Lengths are counted in units of this many words.
constexpr double kWordsPerUnit = 150;
// A listing's block has four label lines, a page's metadata a few more.
constexpr size_t kMaxLabelLines = 8;

bool word_byte(char c) { return PhraseMatcher::word_byte(static_cast<uint8_t>(c)); }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }

// `got` equals `want` byte for byte, any run of blanks in either counting as one space.
bool same_text(std::string_view got, std::string_view want) {
  // Most occurrences are written as the name is: one comparison.
  if (got.size() == want.size() && got == want) return true;
  size_t i = 0, j = 0;
  while (i < got.size() && j < want.size()) {
    if (is_ascii_space(got[i]) && is_ascii_space(want[j])) {
      while (i < got.size() && is_ascii_space(got[i])) ++i;
      while (j < want.size() && is_ascii_space(want[j])) ++j;
      continue;
    }
    if (got[i] != want[j]) return false;
    ++i, ++j;
  }
  return i == got.size() && j == want.size();
}

// The word before `at` (skipping blanks), and whether it opens a sentence.
struct PreviousWord {
  std::string_view word;
  bool sentence_start;
};
PreviousWord previous_word(std::string_view text, size_t at) {
  size_t end = at;
  while (end > 0 && is_ascii_space(text[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && word_byte(text[begin - 1])) --begin;
  size_t before = begin;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
  const bool start = before == 0 || text[before - 1] == '.' || text[before - 1] == '!' || text[before - 1] == '?' ||
                     text[before - 1] == '\n' || text[before - 1] == '"';
  return {text.substr(begin, end - begin), start};
}

std::string_view next_word(std::string_view text, size_t at) {
  size_t begin = at;
  while (begin < text.size() && is_ascii_space(text[begin])) ++begin;
  size_t end = begin;
  while (end < text.size() && word_byte(text[end])) ++end;
  return text.substr(begin, end - begin);
}

// Where the labels end that a key found at `at` introduces, or 0 when it is
// not a label: its line must read as a label of the page's fields (the
// site's vocabulary decides, as it does for osce-strip and osce-split), and
// its values are the rest of that line or, when that is empty, the next
// line and the lines after it that start with "- ".
size_t labelled_end(std::string_view text, size_t at) {
  auto line_end = [&](size_t from) {
    const size_t nl = text.find('\n', from);
    return nl == std::string_view::npos ? text.size() : nl;
  };
  const size_t begin = text.rfind('\n', at) == std::string_view::npos ? 0 : text.rfind('\n', at) + 1;
  size_t stop = line_end(at);
  const std::string_view line = text.substr(begin, stop - begin);
  std::optional<MetaLabel> label = metadata_label(line);
  if (!label) label = listing_label(line);
  if (!label || label->field != MetaField::kListedFields) return 0;
  if (!label->value.empty()) return stop;
  for (bool first = true; stop < text.size(); first = false) {
    const size_t next = line_end(stop + 1);
    const std::string_view value = trim(text.substr(stop + 1, next - stop - 1));
    if (value.empty() || (!first && value.substr(0, 2) != "- ")) break;
    stop = next;
  }
  return stop;
}

// The text with typographic punctuation written in ASCII of the same
// length. To the matcher every UTF-8 byte is a word's, so “journalists”
// held no word "journalists", and no phrase could begin after an opening
// quote or end before a closing one, a dash or an ellipsis. A no-break
// space becomes two spaces. Offsets stay, and so do the words the length
// factor counts, but for no-break spaces. Returns `text` itself when it
// holds no 0xE2 or 0xC2 byte (no copy), else a view of `buffer`.
std::string_view ascii_punctuation(std::string_view text, std::string& buffer) {
  const void* e2 = std::memchr(text.data(), 0xE2, text.size());
  const void* c2 = std::memchr(text.data(), 0xC2, text.size());
  if (e2 == nullptr && c2 == nullptr) return text;
  buffer.assign(text);
  char* const b = buffer.data();
  const size_t n = buffer.size();
  // (The first of each found in `text`, found again in the copy.)
  auto in_buffer = [&](const void* at) {
    return at ? buffer.data() + (static_cast<const char*>(at) - text.data()) : nullptr;
  };
  for (const char* p = in_buffer(e2); p != nullptr;) {
    const size_t i = static_cast<size_t>(p - buffer.data());
    if (i + 2 < n && static_cast<unsigned char>(b[i + 1]) == 0x80) {
      const char* ascii = nullptr;
      switch (static_cast<unsigned char>(b[i + 2])) {
        case 0x98: case 0x99: ascii = "'''"; break;       // ‘ ’
        case 0x9C: case 0x9D: ascii = "\"\"\""; break;  // “ ”
        case 0x93: case 0x94: ascii = "---"; break;       // – —
        case 0xA6: ascii = "..."; break;                  // …
        default: break;
      }
      if (ascii) std::memcpy(b + i, ascii, 3);
    }
    p = i + 1 < n ? static_cast<const char*>(std::memchr(b + i + 1, 0xE2, n - i - 1)) : nullptr;
  }
  for (const char* p = in_buffer(c2); p != nullptr;) {
    const size_t i = static_cast<size_t>(p - buffer.data());
    if (i + 1 < n) {
      const auto next = static_cast<unsigned char>(b[i + 1]);
      if (next == 0xAB || next == 0xBB) std::memcpy(b + i, "\"\"", 2);  // « »
      if (next == 0xA0) std::memcpy(b + i, "  ", 2);                    // no-break space
    }
    p = i + 1 < n ? static_cast<const char*>(std::memchr(b + i + 1, 0xC2, n - i - 1)) : nullptr;
  }
  return buffer;
}

// `text` without its first line when that line is `title`.
std::string_view after_title(std::string_view text, std::string_view title) {
  const std::string_view t = trim(title);
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (t.empty() || first == std::string_view::npos || text.substr(first, t.size()) != t) return text;
  const size_t end = first + t.size();
  if (end < text.size() && text[end] != '\n' && text[end] != '\r') return text;
  return text.substr(end);
}

// A body of another organization or State under a name the OSCE's has too:
// "NATO Parliamentary Assembly", "the BiH Parliamentary Assembly (PA)", "UN
// Secretary General", "Parliamentary Assembly of the Council of Europe",
// "Secretariat of the Energy Community". The name `at`..`end` is theirs
// when an abbreviation other than OSCE stands right before it (in
// parentheses, or with "'s", too), or "of the" and a capitalized word other than OSCE or
// Organization right after it.
bool someone_elses(std::string_view text, size_t at, size_t end) {
  size_t b = at;
  while (b > 0 && is_ascii_space(text[b - 1])) --b;
  if (b > 0 && text[b - 1] == ')') --b;
  size_t w = b;
  while (w > 0 && (word_byte(text[w - 1]) || text[w - 1] == '\'')) --w;
  std::string_view before = text.substr(w, b - w);
  // "the OSCE's Secretariat" ("’s" reaches here as "'''s": see ascii_punctuation).
  if (before.size() >= 2 && before.back() == 's' && before[before.size() - 2] == '\'') {
    before.remove_suffix(1);
    while (!before.empty() && before.back() == '\'') before.remove_suffix(1);
  }
  const auto capitals = std::count_if(before.begin(), before.end(), upper);
  if (before.size() >= 2 && capitals >= 2 && upper(before[0]) && before != "OSCE") return true;
  std::string_view after = text.substr(end);
  if (!after.starts_with(" of the ")) return false;
  after.remove_prefix(8);
  return !after.empty() && upper(after[0]) && !after.starts_with("OSCE") && !after.starts_with("Organization");
}

bool all_caps(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w) {
    if (!upper(c)) return false;
  }
  return true;
}

}  // namespace

// A page's menu names dozens of entries, each many times: whether one is
// already in the list is a stamp per entry (by its index in the taxonomy),
// not a search of the list.
struct Tagger::Named {
  std::vector<const TaxonomyEntry*> order;
  std::vector<uint32_t> stamp;           // entry index -> the call that last named it
  std::vector<uint32_t> headline_stamp;  // ... in the headline
  uint32_t call = 0;
  const TaxonomyEntry* base = nullptr;

  void start(const Taxonomy& taxonomy) {
    order.clear();
    base = taxonomy.entries().data();
    stamp.resize(taxonomy.entries().size(), 0);
    headline_stamp.resize(taxonomy.entries().size(), 0);
    if (++call == 0) {  // wrapped: stamps of old calls would look current
      std::fill(stamp.begin(), stamp.end(), 0);
      std::fill(headline_stamp.begin(), headline_stamp.end(), 0);
      call = 1;
    }
  }
  void add(const TaxonomyEntry* e) {
    uint32_t& s = stamp[static_cast<size_t>(e - base)];
    if (s != call) {
      s = call;
      order.push_back(e);
    }
  }
  // The entry is named in the headline too (see Scan::headline_end).
  void add_headed(const TaxonomyEntry* e) { headline_stamp[static_cast<size_t>(e - base)] = call; }
  bool has(const TaxonomyEntry* e) const { return stamp[static_cast<size_t>(e - base)] == call; }
  bool headed(const TaxonomyEntry* e) const { return headline_stamp[static_cast<size_t>(e - base)] == call; }
};

Tagger::Tagger(const Taxonomy& taxonomy, const TagLexicon& lexicon) : taxonomy_(taxonomy) {
  auto field_index = [&](const std::string& name) {
    return static_cast<size_t>(std::find(fields_.begin(), fields_.end(), name) - fields_.begin());
  };
  auto has_capital = [](std::string_view s) { return std::any_of(s.begin(), s.end(), upper); };
  for (const TaxonomyEntry& e : taxonomy.entries()) {
    if (e.kind == EntryKind::kField) fields_.push_back(e.name);
  }
  for (const TaxonomyEntry& e : taxonomy.entries()) {
    if (e.kind == EntryKind::kField) {
      // Field names are common words ("Education", "Youth"): any case.
      std::vector<std::string> names = {e.name};
      names.insert(names.end(), e.aliases.begin(), e.aliases.end());
      for (const std::string& n : names) {
        patterns_.push_back({Pattern::kPhrase, n, false, false, kFieldNameWeight, field_index(e.name), nullptr, false, false});
      }
      continue;
    }
    // Names are proper nouns: matched as written, so "turkey" is not Türkiye.
    patterns_.push_back({Pattern::kName, e.name, true, false, 0, 0, &e, true, false});
    for (const std::string& a : e.aliases) patterns_.push_back({Pattern::kName, a, true, false, 0, 0, &e, false, false});
    for (const std::string& a : e.abbreviations) {
      patterns_.push_back({Pattern::kName, a, true, false, 0, 0, &e, false, is_structure(e.kind) && a.size() <= 2});
    }
    for (const std::string& a : e.demonyms) patterns_.push_back({Pattern::kName, a, true, false, 0, 0, &e, false, false});
  }
  for (const LexiconEntry& l : lexicon.entries()) {
    switch (l.kind) {
      case LexiconKind::kPhrase:
        for (std::string& form : separator_forms(l.text)) {
          patterns_.push_back({Pattern::kPhrase, std::move(form), has_capital(l.text), l.prefix, l.weight,
                               field_index(l.field), nullptr, false, false});
        }
        break;
      case LexiconKind::kBlock:
        for (std::string& form : separator_forms(l.text)) {
          patterns_.push_back({Pattern::kBlock, std::move(form), has_capital(l.text), false, 0, 0, nullptr, false, false});
        }
        break;
      case LexiconKind::kIssuer:
        for (const TaxonomyEntry& e : taxonomy.entries()) {
          if (l.text == kAnyFieldOperation) {
            if (e.kind == EntryKind::kFieldOperation || e.kind == EntryKind::kClosedOperation) {
              mission_issuers_.push_back({&e, field_index(l.field), l.weight});
            }
          } else if (is_structure(e.kind) && e.name == l.text) {
            issuers_.push_back({&e, field_index(l.field), l.weight});
          }
        }
        break;
      case LexiconKind::kVoice:
        for (const TaxonomyEntry& e : taxonomy.entries()) {
          if (is_structure(e.kind) && e.name == l.text) voices_.push_back({&e, field_index(l.field), l.weight});
        }
        break;
      case LexiconKind::kGivenName:
        given_names_.push_back(l.text);
        break;
    }
  }
  for (std::string_view key : label_keys(MetaField::kListedFields)) {
    patterns_.push_back({Pattern::kLabel, std::string(key), false, false, 0, 0, nullptr, false, false});
  }
  for (Pattern& p : patterns_) {
    p.given_name = p.plain_name && std::find(given_names_.begin(), given_names_.end(), p.text) != given_names_.end();
    matcher_.add(p.text, p.prefix ? PhraseMatcher::End::kPrefix : PhraseMatcher::End::kWord);
  }
  matcher_.build();
}

size_t Tagger::scan(std::string_view text, bool in_title, size_t lead_begin, size_t lead_end, size_t headline_end,
                    const TagOptions& options, Sums& sums, TagResult& out, Named& named) const {
  // Kept between records: the tagger runs once per record.
  thread_local std::vector<size_t> covered_to;
  thread_local std::vector<Hit> open_blocks;
  covered_to.assign(fields_.size(), 0);
  open_blocks.clear();
  Scan scan{text, in_title, lead_begin, lead_end, headline_end, options.collect_evidence,
            sums, out, named, covered_to, open_blocks};
  size_t words = 0;
  // A cut falls where no match or word runs over it, so the pieces'
  // results, added in order, are the whole text's.
  size_t from = 0;
  while (from < text.size()) {
    size_t to = text.size();
    for (size_t p = from + options.piece_bytes; p < text.size(); ++p) {
      if (matcher_.can_cut_before(text, p)) {
        to = p;
        break;
      }
    }
    words += scan_piece(scan, from, to);
    from = to;
  }
  return words;
}

size_t Tagger::scan_piece(Scan& scan, size_t from, size_t to) const {
  const std::string_view text = scan.text;
  const char* const where = scan.in_title ? "title" : "body";
  const double place = scan.in_title ? kTitleFactor : 1;
  thread_local std::vector<PhraseMatcher::Match> matches;
  const size_t words = matcher_.scan(text.substr(from, to - from), matches);
  // Kept between records: the tagger runs once per record.
  thread_local std::vector<Hit> hits, blocks, spans, phrases;
  hits.clear(), blocks.clear(), spans.clear(), phrases.clear();
  for (PhraseMatcher::Match& m : matches) {
    m.begin += from, m.end += from;
    const Pattern& p = patterns_[m.id];
    if (p.exact_case && !same_text(text.substr(m.begin, m.end - m.begin), p.text)) continue;
    if (p.kind == Pattern::kLabel) {
      if (const size_t end = labelled_end(text, m.begin)) blocks.push_back({m.begin, end, &p});
      continue;
    }
    // A prefix phrase's match is the whole word it begins ("elections" of
    // "election*"), so that a longer phrase over the word contains it.
    if (p.prefix) {
      while (m.end < to && PhraseMatcher::word_byte(static_cast<uint8_t>(text[m.end]))) ++m.end;
    }
    (p.kind == Pattern::kBlock ? blocks : hits).push_back({m.begin, m.end, &p});
  }
  // A block of the pieces before that reaches into this one covers here too;
  // one that begins later covers nothing here, since it begins after every
  // hit of this piece ends.
  if (!scan.open_blocks.empty()) {
    blocks.insert(blocks.end(), scan.open_blocks.begin(), scan.open_blocks.end());
    scan.open_blocks.clear();
  }
  if (to < text.size()) {
    for (const Hit& b : blocks) {
      // emplace_back: a third call of push_back here made GCC stop inlining
      // it in the loop above (+0.8% instructions).
      if (b.end > to) scan.open_blocks.emplace_back(b);
    }
  }
  // A page's menu names dozens of structures and the text hundreds of
  // phrases: overlap is asked of merged, sorted spans by binary search,
  // not of every pair.
  thread_local std::vector<std::pair<size_t, size_t>> block_cover, name_cover;
  auto merge = [](const std::vector<Hit>& spans_of, std::vector<std::pair<size_t, size_t>>& cover) {
    cover.clear();
    for (const Hit& h : spans_of) cover.emplace_back(h.begin, h.end);
    std::sort(cover.begin(), cover.end());
    size_t kept = 0;
    for (const auto& [b, e] : cover) {
      if (kept > 0 && b < cover[kept - 1].second) {
        cover[kept - 1].second = std::max(cover[kept - 1].second, e);
      } else {
        cover[kept++] = {b, e};
      }
    }
    cover.resize(kept);
  };
  auto overlaps = [](const std::vector<std::pair<size_t, size_t>>& cover, const Hit& h) {
    // The first span that ends after the hit begins; spans are disjoint, so their ends ascend.
    auto it = std::upper_bound(cover.begin(), cover.end(), h.begin,
                               [](size_t at, const std::pair<size_t, size_t>& c) { return at < c.second; });
    return it != cover.end() && it->first < h.end;
  };
  merge(blocks, block_cover);
  // A structure's name inside a longer one names nothing of its own:
  // "Mission to Ukraine" in "Special Monitoring Mission to Ukraine". (A
  // State inside a structure's name, "Mission to Moldova", still counts.)
  thread_local std::vector<std::pair<size_t, size_t>> name_spans, inner;
  name_spans.clear(), inner.clear();
  for (const Hit& h : hits) {
    if (h.p->kind == Pattern::kName && is_structure(h.p->entry->kind)) name_spans.emplace_back(h.begin, h.end);
  }
  std::sort(name_spans.begin(), name_spans.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  size_t reach = 0;  // the furthest end of the names begun so far
  for (size_t k = 0; k < name_spans.size(); ++k) {
    const bool repeat = k > 0 && name_spans[k] == name_spans[k - 1];
    if (!repeat && name_spans[k].second <= reach) inner.push_back(name_spans[k]);
    reach = std::max(reach, name_spans[k].second);
  }
  std::sort(inner.begin(), inner.end());
  for (const Hit& h : hits) {
    if (h.p->kind != Pattern::kName || overlaps(block_cover, h)) continue;
    if (!inner.empty() && is_structure(h.p->entry->kind) &&
        std::binary_search(inner.begin(), inner.end(), std::pair{h.begin, h.end})) {
      continue;
    }
    const Pattern& p = *h.p;
    if (is_structure(p.entry->kind) && !p.text.starts_with("OSCE") && !p.short_abbreviation &&
        someone_elses(text, h.begin, h.end)) {
      continue;
    }
    if (p.short_abbreviation) {
      const PreviousWord before = previous_word(text, h.begin);
      if (before.word != "OSCE") continue;
    }
    if (all_caps(p.text)) {
      // "PLEASE CONTACT US": an abbreviation inside capitals is a word.
      if (all_caps(previous_word(text, h.begin).word) && all_caps(next_word(text, h.end))) continue;
    }
    if (p.given_name) {
      // "Jordan Smith", "Michael Jordan": a person.
      const std::string_view after = next_word(text, h.end);
      if (!after.empty() && upper(after[0])) continue;
      const PreviousWord before = previous_word(text, h.begin);
      if (!before.word.empty() && upper(before.word[0]) && !before.sentence_start) continue;
    }
    scan.named.add(p.entry);
    if (is_structure(p.entry->kind)) {
      spans.push_back(h);
      if (h.begin < scan.headline_end) scan.named.add_headed(p.entry);
    }
  }
  // Phrases: not inside a name. A phrase inside a longer one yields to it,
  // whatever the longer one's field, as a reader takes the longer words
  // whole: "parliamentary elections" is about elections, not parliaments,
  // and "explosive ordnance" is arms control, not terrorism. Phrases of one
  // field that overlap count once.
  merge(spans, name_cover);
  for (const Hit& h : hits) {
    if (h.p->kind == Pattern::kPhrase && !overlaps(block_cover, h) && !overlaps(name_cover, h)) phrases.push_back(h);
  }
  // Ties (one span, several patterns) in a fixed order, by field, the heavier
  // first, then as the lexicon lists them: the order decides which of a
  // field's patterns counts, and in which order --explain shows the fields,
  // whatever the order the matcher found them in.
  std::sort(phrases.begin(), phrases.end(), [](const Hit& a, const Hit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    if (a.p->field != b.p->field) return a.p->field < b.p->field;
    if (a.p->weight != b.p->weight) return a.p->weight > b.p->weight;
    return a.p < b.p;
  });
  std::vector<size_t>& covered_to = scan.covered_to;
  size_t longest_begin = 0, longest_end = 0;  // the phrase that reaches furthest so far
  for (const Hit& h : phrases) {
    const size_t f = h.p->field;
    // Sorted by start, the longer first: a phrase that ends inside the furthest
    // one is inside it. The same span in two fields counts for both.
    const bool same_span = h.begin == longest_begin && h.end == longest_end;
    if (h.end <= longest_end && !same_span) continue;
    if (h.end > longest_end) longest_begin = h.begin, longest_end = h.end;
    if (h.end <= covered_to[f]) continue;
    covered_to[f] = std::max(covered_to[f], h.end);
    const bool lead = h.begin >= scan.lead_begin && h.begin < scan.lead_end;
    const double weight = scan.sums.cap.empty() ? h.p->weight : std::min(h.p->weight, scan.sums.cap[f]);
    const double w = weight * (lead ? kLeadFactor : place);
    scan.sums.raw[f] += w;
    if (weight >= kEstablishingWeight) scan.sums.established[f] = true;
    if (weight >= kSpecificWeight && scan.in_title) scan.sums.headlined[f] = true;
    if (scan.collect) {
      scan.out.evidence.push_back(
          {fields_[f], std::string(text.substr(h.begin, h.end - h.begin)), w, lead ? "lead" : where});
    }
  }
  return words;
}

TagResult Tagger::tag(std::string_view title, std::string_view text, const std::vector<std::string>& issued_by,
                      const std::vector<std::string>& listed_fields, const TagOptions& options) const {
  TagResult out;
  tag(title, text, issued_by, listed_fields, options, out);
  return out;
}

void Tagger::tag(std::string_view title, std::string_view text, const std::vector<std::string>& issued_by,
                 const std::vector<std::string>& listed_fields, const TagOptions& options, TagResult& out) const {
  out.scores.clear(), out.fields.clear(), out.countries.clear(), out.structures.clear(), out.evidence.clear();
  out.from_page_labels = false;
  thread_local std::string title_buffer, text_buffer;  // kept from record to record
  title = ascii_punctuation(title, title_buffer);
  text = ascii_punctuation(text, text_buffer);
  // A menu at the page's top or bottom (a page osce-strip has not cleaned,
  // or the first or last item osce-split made of one) names every State,
  // structure and field of the site: it says nothing of the text's.
  text = edge_menus(text, taxonomy_).between(text);
  thread_local Sums sums;  // every record passes here: keep the buffers
  sums.raw.assign(fields_.size(), 0);
  sums.established.assign(fields_.size(), false);
  sums.headlined.assign(fields_.size(), false);
  sums.cap.clear();
  thread_local std::vector<const TaxonomyEntry*> issuers;  // every record passes here: keep the buffer
  issuers.clear();
  for (const std::string& name : issued_by) {
    if (const TaxonomyEntry* e = taxonomy_.find_structure(trim(name))) issuers.push_back(e);
  }
  // A structure that speaks a field's words as its own (the lexicon's
  // voices: the Parliamentary Assembly speaks of parliaments because it is
  // an assembly of them) caps that field's phrases in the items it issued.
  for (const Voice& v : voices_) {
    if (std::find(issuers.begin(), issuers.end(), v.structure) == issuers.end()) continue;
    if (sums.cap.empty()) sums.cap.assign(fields_.size(), std::numeric_limits<double>::infinity());
    sums.cap[v.field] = std::min(sums.cap[v.field], v.cap);
  }
  thread_local Named named;  // its stamps are kept from record to record
  named.start(taxonomy_);
  size_t words = 0;
  if (!title.empty()) words += scan(title, true, 0, 0, title.size(), options, sums, out, named);
  // An item of a listing repeats its title as its first line: read once, as the title.
  const std::string_view body = after_title(text, title);
  // The lead: the first paragraph, or the first 600 bytes of a text in one
  // piece; the labels of a listing's block ("Publishing date: ...") are not it.
  size_t first = std::min(body.find_first_not_of(" \t\r\n"), body.size());
  size_t lead_end = std::min(body.find('\n', first), body.size());
  for (size_t lines = 0; lines < kMaxLabelLines && lead_end < body.size(); ++lines) {
    const std::string_view line = body.substr(first, lead_end - first);
    if (!listing_label(line) && !metadata_label(line)) break;
    first = std::min(body.find_first_not_of(" \t\r\n", lead_end), body.size());
    lead_end = std::min(body.find('\n', first), body.size());
  }
  lead_end = std::min(lead_end, first + 600);
  // (Without a title, the text's first paragraph is its headline.)
  words += scan(body, false, first, lead_end, title.empty() ? lead_end : 0, options, sums, out, named);

  // An item that names three or more structures of their own fields (the
  // heads whose terms a Council extended, a conference's speakers) is about
  // none of them more than another: their share of the text is split.
  // (The issuers the item names or was issued by are gathered first: few.)
  // (Each with whether the item was issued by it.)
  thread_local std::vector<std::pair<const Issuer*, bool>> present;
  present.clear();
  size_t named_structures = 0;
  for (const Issuer& i : issuers_) {
    const bool issued = std::find(issuers.begin(), issuers.end(), i.structure) != issuers.end();
    if (!issued && !named.has(i.structure)) continue;
    auto same = [&](const std::pair<const Issuer*, bool>& q) { return q.first->structure == i.structure; };
    if (!issued && std::none_of(present.begin(), present.end(), same)) ++named_structures;
    present.emplace_back(&i, issued);
  }
  if (!issuers.empty()) {
    for (const Issuer& i : mission_issuers_) {
      if (std::find(issuers.begin(), issuers.end(), i.structure) != issuers.end()) present.emplace_back(&i, true);
    }
  }
  constexpr size_t kFewNamed = 2;
  const double text_share = kNamedStructureShare * double(kFewNamed) / double(std::max(named_structures, kFewNamed));
  for (const auto& [issuer, issued] : present) {
    const Issuer& i = *issuer;
    const bool in_headline = !issued && named.headed(i.structure);
    const double w = issued ? i.weight : i.weight * (in_headline ? kHeadlineStructureShare : text_share);
    sums.raw[i.field] += w;
    sums.established[i.field] = true;
    if (options.collect_evidence) {
      out.evidence.push_back({fields_[i.field], (issued ? "issued by " : "names ") + i.structure->name, w,
                              issued ? "issued_by" : "text"});
    }
  }
  for (const TaxonomyEntry* e : named.order) {
    if (e->kind == EntryKind::kState || e->kind == EntryKind::kPartner) {
      out.countries.push_back(e->name);
    } else {
      out.structures.push_back(e->name);
    }
  }

  out.length_factor = std::max(1.0, std::sqrt(double(words) / kWordsPerUnit));
  for (size_t f = 0; f < fields_.size(); ++f) {
    if (sums.raw[f] > 0) {
      out.scores.push_back({fields_[f], sums.raw[f] / out.length_factor, sums.established[f], sums.headlined[f]});
    }
  }
  std::stable_sort(out.scores.begin(), out.scores.end(),
                   [](const FieldScore& a, const FieldScore& b) { return a.score > b.score; });

  if (options.use_page_labels && !listed_fields.empty()) {
    for (const std::string& f : taxonomy_.canonical_fields(listed_fields)) {
      const auto own = std::find(fields_.begin(), fields_.end(), f);
      if (own != fields_.end()) out.fields.emplace_back(*own);
    }
    if (!out.fields.empty()) {
      // The page's labels, ordered by what the text says about each.
      auto score_of = [&](std::string_view f) {
        for (const FieldScore& s : out.scores) {
          if (s.field == f) return s.score;
        }
        return 0.0;
      };
      std::stable_sort(out.fields.begin(), out.fields.end(),
                       [&](std::string_view a, std::string_view b) { return score_of(a) > score_of(b); });
      out.from_page_labels = true;
      return;
    }
  }
  // A field far behind the best is a side remark of the text, unless the
  // headline names it: "Mission trains police to combat human trafficking"
  // is about trafficking however often its text says "police".
  const double best = out.best_established();
  for (const FieldScore& s : out.scores) {
    if (!s.established) continue;
    if (s.score < options.threshold || out.fields.size() >= options.max_fields) break;
    if (s.score < options.share_of_best * best && !s.headlined) continue;
    out.fields.emplace_back(s.field);
  }
}

double TagResult::best_established() const {
  for (const FieldScore& s : scores) {
    if (s.established) return s.score;
  }
  return 0;
}

void Tagger::tag_record(Record& rec, const TagOptions& options, TagResult& out) const {
  // Views of the record's own copies, read before the record changes.
  const std::string_view text = rec.get_string_view("text").value_or("");
  const std::string_view title = rec.get_string_view("title").value_or("");
  tag(title, text, rec.get_strings("issued_by"), rec.get_strings("listed_fields"), options, out);
  rec.set_strings("fields_of_work", out.fields);
  rec.set_strings("countries", out.countries);
  rec.set_strings("structures", out.structures);
}

}  // namespace osce
