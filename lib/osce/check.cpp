#include "osce/check.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <optional>

#include "osce/byte_masks.hpp"
#include "osce/date_parse.hpp"
#include "osce/dateline.hpp"
#include "osce/error.hpp"
#include "osce/hash.hpp"
#include "osce/navigation.hpp"
#include "osce/page_vocabulary.hpp"
#include "osce/split.hpp"
#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"

namespace osce {
namespace {

constexpr std::string_view kFirstDate = "1973-01-01";  // the CSCE's first meeting was in July 1973

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// "YYYY-MM-DD", "YYYY-MM" or "YYYY", real on the calendar. Gives the earliest
// and latest day it covers, as YYYY-MM-DD strings, for range checks.
bool iso_value(std::string_view v, std::string& first, std::string& last) {
  auto number = [](std::string_view s) {
    int n = 0;
    std::from_chars(s.data(), s.data() + s.size(), n);
    return n;
  };
  if (v.size() == 4 && all_digits(v)) {
    if (number(v) < 1000) return false;
    first = std::string(v) + "-01-01", last = std::string(v) + "-12-31";
    return true;
  }
  if (v.size() == 7 && all_digits(v.substr(0, 4)) && v[4] == '-' && all_digits(v.substr(5))) {
    const int y = number(v.substr(0, 4)), m = number(v.substr(5));
    if (!is_calendar_date(y, m, 1)) return false;
    int d = 31;
    while (!is_calendar_date(y, m, d)) --d;
    first = std::string(v) + "-01", last = std::string(v) + "-" + std::to_string(d);
    return true;
  }
  if (v.size() == 10 && all_digits(v.substr(0, 4)) && v[4] == '-' && all_digits(v.substr(5, 2)) && v[7] == '-' &&
      all_digits(v.substr(8))) {
    if (!is_calendar_date(number(v.substr(0, 4)), number(v.substr(5, 2)), number(v.substr(8)))) return false;
    first = last = std::string(v);
    return true;
  }
  return false;
}

// Why a dates[] value is wrong, or "" when it is right.
std::string date_value_problem(std::string_view v) {
  std::string a, b, c, d;
  const size_t slash = v.find('/');
  if (slash == std::string_view::npos) return iso_value(v, a, b) ? "" : "value " + quoted(v) + " is not an ISO 8601 date";
  if (!iso_value(v.substr(0, slash), a, b) || !iso_value(v.substr(slash + 1), c, d)) {
    return "range " + quoted(v) + " is not START/END of ISO 8601 dates";
  }
  return a <= d ? "" : "range " + quoted(v) + " runs backwards";
}

// The first control character of `text` other than a line end or a tab,
// looked for a block at a time.
std::optional<unsigned char> control_character(std::string_view text) {
  std::optional<unsigned char> found;
  for_each_block(text.data(), text.size(), [&](const ByteBlock& block, uint64_t valid, size_t at) {
    if (found) return;
    const uint64_t low = block.mask([](Lane b) { return b.at_most(0x1F); });
    const uint64_t allowed = block.mask([](Lane b) { return b.eq('\n') | b.eq('\r') | b.eq('\t'); });
    const uint64_t controls = low & ~allowed & valid;
    if (controls) found = static_cast<unsigned char>(text[at + static_cast<size_t>(std::countr_zero(controls))]);
  });
  return found;
}

bool mojibake(std::string_view text) {
  // UTF-8 read as Windows-1252 or Latin-1 and encoded again: "â€™" for
  // "’", "Ã©" for "é".
  return text.find("\xC3\xA2\xE2\x82\xAC") != std::string_view::npos ||
         text.find("\xC3\x83\xC2") != std::string_view::npos || text.find("\xC3\x83\xE2\x80") != std::string_view::npos;
}

}  // namespace

Checker::Checker(CheckOptions options, std::function<void(const Finding&)> report)
    : options_(std::move(options)),
      report_(std::move(report)),
      taxonomy_(options_.taxonomy ? *options_.taxonomy : Taxonomy::builtin()) {}

void Checker::emit(const std::string& file, uint64_t line, std::string_view name, std::string message,
                   const std::string& id) {
  if (!on(name)) return;
  report_(Finding{file, line, &rule(name), std::move(message), id});
}

void Checker::bad_line(const std::string& file, uint64_t line, ParseFailure failure, const std::string& why) {
  ++records_;
  switch (failure) {
    case ParseFailure::kInvalidUtf8: return emit(file, line, "invalid-utf8", why, "");
    case ParseFailure::kNotObject: return emit(file, line, "not-object", why, "");
    case ParseFailure::kMissingText: return emit(file, line, "missing-field", why, "");
    case ParseFailure::kTextNotString: return emit(file, line, "field-type", why, "");
    default: return emit(file, line, "invalid-json", why, "");
  }
}

void Checker::check(const std::string& file, uint64_t line, const Record& rec) {
  ++records_;
  // Each on its own: a number for "id" must not hide the text. The type
  // check below reports the field of the wrong type.
  auto string_or_empty = [&](std::string_view key) {
    try {
      return rec.get_string_view(key).value_or("");
    } catch (const RecordError&) {
      return std::string_view();
    }
  };
  const std::string id(string_or_empty("id"));
  const std::string_view text = string_or_empty("text");
  if (!rec.has("id") && line > 0) emit(file, line, "missing-field", "missing field \"id\"", id);
  check_types(file, line, rec, id);
  if (trim(text).empty()) emit(file, line, "empty-text", "text is empty", id);
  if (const std::optional<unsigned char> c = control_character(text)) {
    emit(file, line, "control-character", "text holds control character " + std::to_string(*c), id);
  }
  if (mojibake(text)) emit(file, line, "mojibake", "text holds double-encoded UTF-8", id);
  check_identity(file, line, rec, id, text);
  check_cleaning(file, line, id, text);
  check_values(file, line, rec, id, text);
}

void Checker::check_types(const std::string& file, uint64_t line, const Record& rec, const std::string& id) {
  static const std::vector<std::string_view> strings = {"id", "source", "text", "type", "title",
                                                         "place", "parent", "date"};
  static const std::vector<std::string_view> lists = {"issued_by", "listed_fields", "fields_of_work", "countries",
                                                       "structures"};
  for (std::string_view key : strings) {
    // (Not by its raw bytes: a large record's text is held decoded only.)
    try {
      rec.get_string_view(key);
    } catch (const RecordError&) {
      emit(file, line, "field-type", "field " + quoted(key) + " is not a string", id);
    }
  }
  for (std::string_view key : lists) {
    try {
      rec.get_strings(key);
    } catch (const RecordError& e) {
      emit(file, line, "field-type", e.what(), id);
    }
  }
  const std::string_view offset = rec.raw("offset");
  if (!offset.empty()) {
    try {
      if (*rec.get_int("offset") < 0) emit(file, line, "field-type", "field \"offset\" is negative", id);
    } catch (const RecordError& e) {
      emit(file, line, "field-type", e.what(), id);
    }
  }
  const std::string_view dates = rec.raw("dates");
  if (!dates.empty() && dates[0] != '[') emit(file, line, "field-type", "field \"dates\" is not an array", id);
}

void Checker::check_identity(const std::string& file, uint64_t line, const Record& rec, const std::string& id,
                             std::string_view text) {
  const uint32_t number = seen_.add(id, file, line);
  if (const auto first = seen_.first_with_id(number)) {
    emit(file, line, "duplicate-id", "duplicate id " + quoted(id) + " (first at " + seen_.where(*first) + ")", id);
  }
  if (!trim(text).empty()) {
    if (const auto first = seen_.first_with_text(number, text_hash(text, /*fold=*/false))) {
      emit(file, line, "duplicate-text",
           "same text as " + quoted(seen_.id(*first)) + " at " + seen_.where(*first), id);
    } else if (on("near-duplicate")) {
      if (auto hash = simhash(text)) {
        if (auto other = near_.find_and_add(*hash, number)) {
          emit(file, line, "near-duplicate",
               "nearly the same text as " + quoted(seen_.id(*other)) + " at " + seen_.where(*other), id);
        }
      }
    }
  }
  try {
    if (auto parent = rec.get_string("parent")) {
      const std::string prefix = *parent + "#";
      uint64_t n = 0;
      const bool numbered = id.rfind(prefix, 0) == 0 && id.size() > prefix.size() &&
                            std::from_chars(id.data() + prefix.size(), id.data() + id.size(), n).ptr ==
                                id.data() + id.size() &&
                            n > 0;
      if (!numbered) {
        emit(file, line, "item-numbering", "id " + quoted(id) + " is not " + quoted(prefix + "<n>"), id);
      } else {
        families_.add(*parent, n, number);
      }
    }
  } catch (const RecordError&) {
    // Reported by check_types.
  }
}

void Checker::check_cleaning(const std::string& file, uint64_t line, const std::string& id, std::string_view text) {
  // One line at a time: of the lines only their shapes are kept, a byte a
  // line, for the menu finder.
  const bool navigation = on("navigation-left");
  std::vector<LineShape> shapes;
  size_t datelines = 0;
  bool dated_entries = false;  // a line of the text may be an entry of a list of dates
  // The first line of chrome and of labels, reported after the menu as before.
  std::string chrome, labels;
  // A separator line with text on both sides: osce-split makes an item on
  // each side, and leaves no separator inside one.
  size_t separator_at = 0, separated_at = 0;  // 1-based lines; 0 for none
  bool text_before = false;
  LineCursor cursor(text);
  TextLine text_line;
  for (size_t i = 0; cursor.next(text_line); ++i) {
    if (navigation) shapes.push_back(shape_of_line(text_line.text, taxonomy_));
    const std::string_view t = trim(text_line.text);
    if (t.empty()) continue;
    if (is_separator_line(t)) {
      if (text_before && separator_at == 0) separator_at = i + 1;
      continue;
    }
    if (separator_at != 0 && separated_at == 0) separated_at = separator_at;
    text_before = true;
    if (chrome.empty() && is_chrome_line(t)) {
      chrome = "page chrome at line " + std::to_string(i + 1) + " of the text: " + quoted(t);
    }
    if (labels.empty() && t.substr(0, 2) == "- " && metadata_label(t)) {
      labels = "a metadata label at line " + std::to_string(i + 1) + " of the text: " + quoted(t);
    }
    if (const std::optional<Dateline> d = dateline_at(t)) {
      ++datelines;
      dated_entries = dated_entries || is_dated_entry(t, d);
    }
    datelines += datelines_inside(t).size();
  }
  if (navigation) {
    const auto runs = find_navigation(shapes);
    if (!runs.empty()) {
      emit(file, line, "navigation-left",
           "a navigation menu at lines " + std::to_string(runs[0].first + 1) + "-" + std::to_string(runs[0].last + 1) +
               " of the text (" + runs[0].why + "); run osce-strip",
           id);
    }
  }
  if (!chrome.empty()) emit(file, line, "chrome-left", chrome, id);
  if (!labels.empty()) emit(file, line, "metadata-left", labels, id);
  // Datelines may date the entries of a list ("Sarajevo, 12 May 2025 –
  // Roundtable ..."), which osce-split keeps in their item: there osce-split
  // itself is asked whether it would cut the text (asking it of every text
  // with two datelines costs a quarter more on pages not yet split).
  if (datelines >= 2 && (!dated_entries || segment(text, {}).items.size() >= 2)) {
    emit(file, line, "unsplit", std::to_string(datelines) + " datelines in one text; run osce-split", id);
  } else if (separated_at != 0) {
    emit(file, line, "unsplit",
         "a separator line between two texts, at line " + std::to_string(separated_at) + "; run osce-split", id);
  }
}

void Checker::check_values(const std::string& file, uint64_t line, const Record& rec, const std::string& id,
                           std::string_view text) {
  try {
    if (auto date = rec.get_string("date")) {
      std::string first, last;
      if (date->size() != 10 || !iso_value(*date, first, last)) {
        emit(file, line, "bad-date", "date " + quoted(*date) + " is not a calendar date YYYY-MM-DD", id);
      } else if (!options_.today.empty() && *date > options_.today) {
        emit(file, line, "future-date", "date " + quoted(*date) + " is after " + options_.today, id);
      } else if (*date < kFirstDate) {
        emit(file, line, "early-date", "date " + quoted(*date) + " is before the CSCE began (1973)", id);
      }
    }
  } catch (const RecordError&) {
  }
  auto names = [&](std::string_view key, std::string_view rule_name, auto accepts) {
    try {
      for (const std::string& name : rec.get_strings(key)) {
        if (accepts(name)) continue;
        std::string message = quoted(name) + " in " + std::string(key) + " is not a canonical name";
        for (const TaxonomyEntry& e : taxonomy_.entries()) {
          if (taxonomy_.find(e.kind, name) == &e) {
            message += "; use " + quoted(e.name);
            break;
          }
        }
        emit(file, line, rule_name, message, id);
      }
    } catch (const RecordError&) {
    }
  };
  auto canonical = [&](std::string_view name, auto kind_ok) {
    for (const TaxonomyEntry& e : taxonomy_.entries()) {
      if (kind_ok(e.kind) && e.name == name) return true;
    }
    return false;
  };
  names("fields_of_work", "unknown-field-of-work",
        [&](const std::string& n) { return canonical(n, [](EntryKind k) { return k == EntryKind::kField; }); });
  names("countries", "unknown-country", [&](const std::string& n) {
    return canonical(n, [](EntryKind k) { return k == EntryKind::kState || k == EntryKind::kPartner; });
  });
  names("structures", "unknown-structure", [&](const std::string& n) { return canonical(n, is_structure); });

  if (!on("bad-dates")) return;
  std::vector<std::string_view> entries;
  try {
    entries = rec.get_array_raw("dates");
  } catch (const RecordError&) {
    return;  // reported by check_types
  }
  RecordParser parser;
  for (size_t k = 0; k < entries.size(); ++k) {
    const std::string where = "dates[" + std::to_string(k) + "]: ";
    Record entry;
    if (!parser.parse(entries[k], entry, false).empty()) {
      emit(file, line, "bad-dates", where + "not an object", id);
      continue;
    }
    try {
      const std::string value = entry.get_string("value").value_or("");
      const std::string expression = entry.get_string("text").value_or("");
      const auto start = entry.get_int("start"), end = entry.get_int("end");
      if (!start || !end) {
        emit(file, line, "bad-dates", where + "no start or end", id);
        continue;
      }
      if (std::string problem = date_value_problem(value); !problem.empty()) {
        emit(file, line, "bad-dates", where + problem, id);
      }
      if (*start < 0 || *start > *end || static_cast<uint64_t>(*end) > text.size()) {
        emit(file, line, "bad-dates", where + "start/end outside the text", id);
      } else if (text.compare(static_cast<size_t>(*start), static_cast<size_t>(*end - *start), expression) != 0) {
        emit(file, line, "bad-dates", where + "text at start/end is not " + quoted(expression), id);
      }
    } catch (const RecordError& e) {
      emit(file, line, "bad-dates", where + e.what(), id);
    }
  }
}

void Checker::finish() {
  for (const ItemFamilies::Incomplete& f : families_.incomplete()) {
    emit(std::string(seen_.file_of(f.last)), seen_.line_of(f.last), "item-numbering",
         "items of " + quoted(f.parent) + ": " + std::to_string(f.highest - f.count) + " of " +
             std::to_string(f.highest) + " missing",
         f.parent);
  }
}

}  // namespace osce
