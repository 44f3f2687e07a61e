#include "osce/date_resolve.hpp"

#include <cstdlib>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "osce/date_parse.hpp"

namespace osce {
namespace {

namespace greg = boost::gregorian;

// REQUIRES: a calendar date (checked before: Boost throws on others).
greg::date make_date(int year, int month, int day) {
  return greg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                    static_cast<unsigned short>(day));
}

greg::date to_date(const DatePoint& p) { return make_date(p.year, p.month, p.day); }

DatePoint from_date(const greg::date& d) {
  return {static_cast<int>(d.year()), static_cast<int>(d.month()), static_cast<int>(d.day())};
}

std::string format(const DatePoint& p) {
  if (p.year == 0) return p.day ? "--" + padded(p.month, 2) + "-" + padded(p.day, 2) : "--" + padded(p.month, 2);
  if (p.day) return iso_date(p.year, p.month, p.day);
  return p.month ? padded(p.year, 4) + "-" + padded(p.month, 2) : padded(p.year, 4);
}

// The span a point covers, as first and last day, for comparing it with the anchor.
greg::date first_day(const DatePoint& p) { return make_date(p.year, p.month ? p.month : 1, p.day ? p.day : 1); }
greg::date last_day(const DatePoint& p) {
  if (p.day) return to_date(p);
  if (p.month) return make_date(p.year, p.month, 1).end_of_month();
  return make_date(p.year, 12, 31);
}

// The year for `p` (which has none) relative to `anchor`: the nearest
// candidate on the side of the anchor the tense points to. With a firm anchor
// the wrong side is ruled out ("will be held on 28 December" in a text of 5
// January is next December). A near anchor may be another item's dateline a
// few weeks off on a page of several items, so there the wrong side only
// costs kNearWrongSide days: a cutoff would throw such an item's dates a year away.
int choose_year(DatePoint p, const DatePoint& anchor, AnchorKind kind, Tense tense, int weekday) {
  constexpr long kNearWrongSide = 120;
  const long wrong_side = kind == AnchorKind::kFirm ? 1000 : kNearWrongSide;
  constexpr long kSlack = 7;  // a release may trail or precede its event by days
  const greg::date a = to_date(anchor);
  int best = 0;
  long best_cost = 0;
  bool best_weekday = false;
  for (int y = anchor.year - 1; y <= anchor.year + 1; ++y) {
    p.year = y;
    if (p.day && !is_calendar_date(y, p.month, p.day)) continue;
    const greg::date lo = first_day(p), hi = last_day(p);
    const long after = (lo - a).days(), before = (a - hi).days();
    long cost = after > 0 ? after : before > 0 ? before : 0;
    if ((tense == Tense::kPast && after > kSlack) || (tense == Tense::kFuture && before > kSlack)) cost += wrong_side;
    const bool weekday_ok = weekday >= 0 && p.day && to_date(p).day_of_week().as_number() == weekday;
    const bool better = best == 0 || (weekday_ok && !best_weekday) || (weekday_ok == best_weekday && cost < best_cost);
    if (better) best = y, best_cost = cost, best_weekday = weekday_ok;
  }
  return best;
}

std::string resolve_relative(const DateExpression& e, const DatePoint& anchor) {
  const greg::date a = to_date(anchor);
  switch (e.relative) {
    case Relative::kDay:
      return format(from_date(a + greg::days(e.amount)));
    case Relative::kWeekday: {
      const int today = a.day_of_week().as_number();
      int back = (today - e.weekday + 7) % 7;  // days since the last such weekday, 0 if today
      int ahead = (e.weekday - today + 7) % 7;
      if (e.amount < 0) return format(from_date(a - greg::days(back == 0 ? 7 : back)));
      if (e.amount > 0) return format(from_date(a + greg::days(ahead == 0 ? 7 : ahead)));
      if (e.tense == Tense::kFuture) return format(from_date(a + greg::days(ahead)));
      return format(from_date(a - greg::days(back)));
    }
    case Relative::kMonth: {
      const greg::date m = greg::date(a.year(), a.month(), 1) + greg::months(e.amount);
      return format({static_cast<int>(m.year()), static_cast<int>(m.month()), 0});
    }
    case Relative::kYear:
      return format({anchor.year + e.amount, 0, 0});
    case Relative::kNone:
      break;
  }
  return "";
}

}  // namespace

std::optional<DatePoint> parse_iso_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const DatePoint p{std::atoi(std::string(text.substr(0, 4)).c_str()), std::atoi(std::string(text.substr(5, 2)).c_str()),
                    std::atoi(std::string(text.substr(8, 2)).c_str())};
  if (!is_calendar_date(p.year, p.month, p.day)) return std::nullopt;
  return p;
}

std::string resolve_date(const DateExpression& e, const std::optional<DatePoint>& anchor, AnchorKind kind) {
  if (e.relative != Relative::kNone) return anchor ? resolve_relative(e, *anchor) : "";
  DatePoint from = e.from, to = e.to;
  if (from.year == 0 && anchor) {
    // A range takes its year from its end, and its start the year before
    // when it crosses a new year ("28 December – 3 January").
    DatePoint& decided = e.range ? to : from;
    decided.year = choose_year(decided, *anchor, kind, e.tense, e.range ? -1 : e.weekday);
    if (decided.year == 0) return "";
    if (e.range) from.year = from.month > to.month ? to.year - 1 : to.year;
  }
  if (!e.range) return format(from);
  return format(from) + "/" + format(to);
}

}  // namespace osce
