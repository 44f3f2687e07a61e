#include "osce/dates.hpp"

#include <algorithm>
#include <utility>

#include "osce/closing_stamp.hpp"
#include "osce/dateline.hpp"
#include "osce/error.hpp"
#include "osce/json_string.hpp"
#include "osce/navigation.hpp"
#include "osce/opening.hpp"

namespace osce {
namespace {

struct DatelineMark {
  size_t offset;
  DatePoint date;
};

// Every dateline of the text, in order: at the start of a line, or glued
// inside one after the end of a sentence. A dateline's date is one of the
// text's date expressions (`expressions`, in text order): a line where none
// starts holds no dateline, and is not read (most lines of a text).
std::vector<DatelineMark> datelines_of(std::string_view text, const std::vector<DateExpression>& expressions) {
  std::vector<DatelineMark> marks;
  size_t begin = 0, next = 0;  // next: the first expression not before the line
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    while (next < expressions.size() && expressions[next].start < begin) ++next;
    if (next == expressions.size()) break;
    if (expressions[next].start >= end) {
      begin = end + 1;
      continue;
    }
    const std::string_view line = text.substr(begin, end - begin);
    size_t lead = 0;
    while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
    if (auto d = dateline_at(line.substr(lead))) {
      if (auto p = parse_iso_day(d->date)) marks.push_back({begin + lead, *p});
    }
    // A dateline inside a line needs the comma after its place; lines
    // without one skip the search for sentence ends.
    if (line.find(',') != std::string_view::npos) {
      for (size_t at : datelines_inside(line)) {
        if (auto d = dateline_at(line.substr(at))) {
          if (auto p = parse_iso_day(d->date)) marks.push_back({begin + at, *p});
        }
      }
    }
    begin = end + 1;
  }
  return marks;
}

// The full date ("30 April 2023") written nearest before expression k, else
// the first after it: for a record with no date of its own, the best
// evidence of its year ("On 30 April 2023, ... As a result, from 5 to 7 July").
std::optional<DatePoint> nearest_full_date(const std::vector<DateExpression>& expressions, size_t k) {
  auto full = [](const DateExpression& e) {
    return e.relative == Relative::kNone && e.from.year && e.from.month && e.from.day;
  };
  for (size_t j = k; j-- > 0;) {
    if (full(expressions[j])) return expressions[j].range ? expressions[j].to : expressions[j].from;
  }
  for (size_t j = k + 1; j < expressions.size(); ++j) {
    if (full(expressions[j])) return expressions[j].from;
  }
  return std::nullopt;
}

}  // namespace

std::vector<FoundDate> find_dates(std::string_view text, const std::optional<DatePoint>& own_date,
                                  const DatesOptions& options) {
  std::vector<FoundDate> found;
  const std::vector<DateExpression> expressions = scan_dates(text, options.scan);
  if (expressions.empty()) return found;
  const std::vector<DatelineMark> marks = datelines_of(text, expressions);
  // Room for every expression at once: grown by doubling, the dates of a
  // long text were held one and a half times over while they were copied.
  found.reserve(expressions.size());
  const size_t text_start = std::min(text.find_first_not_of(" \t\r\n"), text.size());
  size_t mark = 0;
  for (size_t k = 0; k < expressions.size(); ++k) {
    const DateExpression& e = expressions[k];
    while (mark < marks.size() && marks[mark].offset <= e.start) ++mark;
    std::optional<DatePoint> anchor = own_date ? own_date : options.reference;
    AnchorKind kind = AnchorKind::kFirm;
    // The record's own date, when it has one, stands for its opening dateline.
    if (mark > 0 && !(own_date && marks[mark - 1].offset == text_start)) {
      anchor = marks[mark - 1].date;
      if (marks[mark - 1].offset != text_start) kind = AnchorKind::kNear;
    } else if (!anchor) {
      anchor = nearest_full_date(expressions, k);
      kind = AnchorKind::kNear;
    }
    std::string value = resolve_date(e, anchor, kind);
    if (!value.empty() && value[0] != '-') found.push_back({e, std::move(value)});
  }
  return found;
}

std::vector<FoundDate> date_record(Record& rec, const DatesOptions& options) {
  // A view of the record's own copy: every change to the record waits until
  // the text has been read.
  const std::string_view whole = rec.get_string_view("text").value_or("");
  // A menu at the text's top or bottom (a page osce-strip has not cleaned,
  // or the first or last item osce-split made of one) is no part of it: its
  // entries' years ("Finland – OSCE Chairpersonship 2025") date nothing, and
  // the text's head is under it. Offsets stay the whole text's.
  const std::string_view text = edge_menus(whole, Taxonomy::builtin()).between(whole);
  const auto shift = static_cast<size_t>(text.data() - whole.data());
  std::optional<DatePoint> own;
  // The place and date the text opens with, when the record has no date:
  // its dateline or date line, under its headline if it has one ("OSCE
  // Chair calls for restraint\nVIENNA, 5 March 2021 - ").
  std::string opening_date, opening_place;
  if (auto date = rec.get_string("date")) {
    own = parse_iso_day(*date);
    if (!own) throw RecordError("\"date\" is not a YYYY-MM-DD calendar date: " + *date);
  } else {
    if (std::optional<Opening> opening = opening_of(text, options.scan.slash_order)) {
      // (A dateline without its year under a date line: the date line's date.)
      opening_date = opening->dateline && !opening->dateline->date.empty() ? opening->dateline->date : opening->date;
      opening_place = opening->dateline ? opening->dateline->place : std::move(opening->place);
    }
    // With no date at its head, an agency's stamp may close the text: "(APA,
    // 17.11.2016)"; or the date line of its feet, under its text.
    if (opening_date.empty()) {
      std::optional<std::string> closing = closing_stamp_date(text, options.scan.slash_order);
      if (!closing) closing = closing_date_line(text, options.scan.slash_order);
      if (closing) opening_date = std::move(*closing);
    }
    if (!opening_date.empty()) own = parse_iso_day(opening_date);
  }
  std::vector<FoundDate> found = find_dates(text, own, options);
  for (FoundDate& f : found) f.expression.start += shift, f.expression.end += shift;
  std::string json;
  for (const FoundDate& f : found) {
    json += json.empty() ? "[" : ",";
    json += "{\"text\":";
    append_json_string(json, whole.substr(f.expression.start, f.expression.end - f.expression.start));
    json += ",\"value\":";
    append_json_string(json, f.value);
    json += ",\"start\":" + std::to_string(f.expression.start) + ",\"end\":" + std::to_string(f.expression.end) + "}";
  }
  // (A dateline without its year, "WARSAW, 30 June – ", still names the place.)
  if (!opening_date.empty()) rec.set_string("date", opening_date);
  if (!opening_place.empty() && !rec.has("place")) rec.set_string("place", opening_place);
  if (json.empty()) {
    if (rec.has("dates")) rec.erase("dates");
  } else {
    json += ']';
    rec.set_raw("dates", std::move(json));
  }
  return found;
}

}  // namespace osce
