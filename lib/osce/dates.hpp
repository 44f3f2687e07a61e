// osce-dates' work on one record: every date expression of the text with its
// ISO value (the "dates" field), and the record's own date and place from
// its dateline when the page metadata did not give them (CONTRACT.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "osce/date_resolve.hpp"
#include "osce/date_scan.hpp"
#include "osce/record.hpp"

namespace osce {

struct DatesOptions {
  ScanOptions scan;
  // The anchor for records with no date of their own and no dateline before
  // an expression (--reference-date).
  std::optional<DatePoint> reference;
};

struct FoundDate {
  DateExpression expression;
  std::string value;  // never empty: expressions without a value are left out
};

// The dates of `text`. Each expression is resolved against the nearest
// dateline before it in the text, else `own_date`, else the reference, else
// the full date written nearest to it in the text: a dateline dates the item
// it opens, which on a page of several items is nearer than the page's date.
// A year-less or relative expression with none of these is left out: the
// record format has no value for "12 July of some year".
std::vector<FoundDate> find_dates(std::string_view text, const std::optional<DatePoint>& own_date,
                                  const DatesOptions& options);

// Sets "dates" (or erases it when the text has none), and "date" and "place"
// from a dateline at the start of the text when the record lacks them.
// Returns the dates it wrote. Throws RecordError when "date" is there but is not a YYYY-MM-DD calendar date.
std::vector<FoundDate> date_record(Record& rec, const DatesOptions& options);

}  // namespace osce
