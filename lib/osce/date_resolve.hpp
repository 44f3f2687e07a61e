// Turning what a date expression says into an ISO 8601 value, against the
// day the text was written (its anchor).
//
// A day without a year takes the year that puts it where the verbs around it
// say: before the anchor for "was held on 10 July", after it for "will open
// on 10 July", nearest to it when the sentence does not tell; a weekday the
// text names ("Monday, 3 January") picks among those years first. Without an
// anchor, a year-less value keeps the precision the text gives, "--07-12"
// and "--07" (ISO 8601:2000's forms for a day and a month without a year),
// which the record format does not take: osce-dates leaves those out. A
// relative expression ("yesterday") has no value without an anchor.
#pragma once

#include <optional>
#include <string>

#include "osce/date_scan.hpp"

namespace osce {

// "YYYY-MM-DD" into a point; nullopt unless it is a calendar date.
std::optional<DatePoint> parse_iso_day(std::string_view text);

// How sure it is that the anchor is the date of the text around the expression.
enum class AnchorKind {
  kFirm,  // the record's own date, its opening dateline, or --reference-date
  kNear,  // a dateline further up the record, which may open another item
};

// The ISO value of `e` (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD, --MM, or two of
// them joined by "/" for a range), or an empty string when it has none.
std::string resolve_date(const DateExpression& e, const std::optional<DatePoint>& anchor,
                         AnchorKind kind = AnchorKind::kFirm);

}  // namespace osce
