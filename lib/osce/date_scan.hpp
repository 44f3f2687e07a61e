// Finding date expressions in running text: "12 July 2023", "22 – 24 May",
// "From 03 to 06 July 2023", "July 12, 2023", "mid-July", "the 1990s",
// "last Friday", and telling them from look-alikes ("Decision No. 5/16",
// "57 participating States", "No. 1039", phone numbers).
//
// The scanner reports what the text itself says, with no year supplied where
// the text gives none; date_resolve.hpp turns that into ISO values against
// the record's own date. Keeping the two apart lets the unit tests check each
// form's reading without an anchor, and the resolver's year choice without
// the scanner.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "osce/date_parse.hpp"  // SlashOrder

namespace osce {

// A calendar point at the precision the text gives: a zero field is not said.
struct DatePoint {
  int year = 0;
  int month = 0;
  int day = 0;
};

// How a relative expression counts from the anchor.
enum class Relative {
  kNone,     // an absolute expression: `from` (and `to`) say it all, bar the year
  kDay,      // today, yesterday, tomorrow: `amount` days from the anchor
  kWeekday,  // "last Friday", "on Monday": `weekday`, `amount` -1 last, +1 next, 0 by tense
  kMonth,    // "this month", "last month": `amount` months from the anchor's
  kYear,     // "this year", "next year": `amount` years from the anchor's
};

// What the verbs near an expression say about when it happened, which is how
// a day without a year picks its year.
enum class Tense { kUnknown, kPast, kFuture };

struct DateExpression {
  size_t start = 0;  // byte offsets into the text, end exclusive
  size_t end = 0;
  DatePoint from;
  DatePoint to;        // set only for a range
  bool range = false;
  int weekday = -1;    // 0 Sunday .. 6 Saturday when the text names one
  Relative relative = Relative::kNone;
  int amount = 0;
  Tense tense = Tense::kUnknown;
};

struct ScanOptions {
  SlashOrder slash_order = SlashOrder::kUnambiguous;
  // The scanner tokenizes a text's lines that may hold a date, some 20
  // bytes a token: a 100 MB record dense with dates took 1.2 GB of tokens
  // at once. A text longer than this is read in batches of lines of about
  // this many bytes (some 1.3 MB of tokens), each with the lines on either
  // side as context, so that what it finds does not depend on the batch
  // size. Tests make it small.
  size_t batch_bytes = size_t{256} << 10;
};

// Every date expression of `text`, in text order, not overlapping.
std::vector<DateExpression> scan_dates(std::string_view text, const ScanOptions& options = {});

}  // namespace osce
