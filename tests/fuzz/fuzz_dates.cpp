// osce-dates' core under libFuzzer: every expression lies inside the text, in
// order and without overlap, and its value has one of the record format's
// forms, with ranges running forward. And a text read in small batches of
// lines (as a long one is) gives the same dates as read whole. The record's
// own date's reading too (opening_of): its headline is a line of the text,
// and a date it gives is a day.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "osce/dates.hpp"
#include "osce/opening.hpp"
#include "osce/utf8.hpp"

namespace {

// YYYY, YYYY-MM or YYYY-MM-DD, as a comparable string, or "" when not one.
bool is_point(const std::string& v) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (i >= v.size() || v[i] < '0' || v[i] > '9') return false;
    }
    return true;
  };
  if (v.size() == 4) return digits(0, 4);
  if (v.size() == 7) return digits(0, 4) && v[4] == '-' && digits(5, 2);
  if (v.size() == 10) return digits(0, 4) && v[4] == '-' && digits(5, 2) && v[7] == '-' && digits(8, 2);
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (osce::find_invalid_utf8(text)) return 0;
  osce::DatesOptions options;
  options.reference = osce::DatePoint{2023, 7, 12};
  size_t at = 0;
  const std::vector<osce::FoundDate> whole = osce::find_dates(text, std::nullopt, options);
  options.scan.batch_bytes = 1 + size % 7;
  const std::vector<osce::FoundDate> batches = osce::find_dates(text, std::nullopt, options);
  if (batches.size() != whole.size()) std::abort();
  for (size_t k = 0; k < whole.size(); ++k) {
    const osce::DateExpression &a = batches[k].expression, &b = whole[k].expression;
    if (batches[k].value != whole[k].value || a.start != b.start || a.end != b.end || a.tense != b.tense) std::abort();
  }
  for (const osce::FoundDate& f : whole) {
    const auto& e = f.expression;
    if (e.start < at || e.end <= e.start || e.end > text.size()) std::abort();
    at = e.end;
    const size_t slash = f.value.find('/');
    if (slash == std::string::npos) {
      if (!is_point(f.value)) std::abort();
    } else {
      const std::string from = f.value.substr(0, slash), to = f.value.substr(slash + 1);
      if (!is_point(from) || !is_point(to) || !(from < to)) std::abort();
    }
  }
  if (const auto opening = osce::opening_of(text)) {
    const std::string_view h = opening->headline;
    if (!h.empty() && (h.data() < text.data() || h.data() + h.size() > text.data() + text.size())) std::abort();
    if (!opening->date.empty() && (opening->date.size() != 10 || !is_point(opening->date))) std::abort();
  }
  return 0;
}
