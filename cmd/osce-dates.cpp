#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include "osce/dates.hpp"
#include "osce/filter.hpp"

int main(int argc, char** argv) {
  osce::DatesOptions opt;
  std::string reference;
  CLI::App app{"Find every date in the text, normalized to ISO 8601, and the record's own date.", "osce-dates"};
  app.footer(
      "Examples:\n"
      "  osce-jsonl pages/*.txt | osce-strip | osce-split | osce-dates > dated.jsonl\n"
      "  osce-dates --reference-date 2023-07-12 page.txt\n"
      "  osce-dates --slash-order day-first old-pages.jsonl | jq -c '.dates'");
  app.add_option("--reference-date", reference,
                 "Anchor for relative and year-less dates in records that have no date of their own and no "
                 "dateline before them.")
      ->type_name("YYYY-MM-DD")
      ->check([](const std::string& s) {
        return osce::parse_iso_day(s) ? std::string() : "not a YYYY-MM-DD calendar date: " + s;
      });
  const std::map<std::string, osce::SlashOrder> orders = {{"unambiguous", osce::SlashOrder::kUnambiguous},
                                                          {"day-first", osce::SlashOrder::kDayFirst},
                                                          {"month-first", osce::SlashOrder::kMonthFirst}};
  app.add_option("--slash-order", opt.scan.slash_order,
                 "How to read 05/07/2023: unambiguous (default: only where one reading is impossible or a weekday "
                 "before it fits one reading only), day-first or month-first, when the corpus's convention is known.")
      ->type_name("ORDER")
      ->transform(CLI::CheckedTransformer(orders, CLI::ignore_case));

  std::vector<osce::FoundDate> last;
  osce::Filter filter;
  filter.prepare = [&] {
    if (!reference.empty()) opt.reference = osce::parse_iso_day(reference);
  };
  filter.process = [&](osce::Record& rec, const osce::Emit& emit) {
    last = osce::date_record(rec, opt);
    emit(rec);
  };
  // Like grep -n: FILE:LINE:COLUMN: VALUE<TAB>TEXT, so editors can jump to it.
  filter.write_text = [&](const osce::Record& rec, osce::Output& out) {
    const std::string source = rec.get_string("source").value_or("-");
    const std::string text = rec.get_string("text").value_or("");
    size_t line = 1, line_start = 0, scanned = 0;
    for (const osce::FoundDate& f : last) {
      for (; scanned < f.expression.start; ++scanned) {
        if (text[scanned] == '\n') ++line, line_start = scanned + 1;
      }
      std::string said = text.substr(f.expression.start, f.expression.end - f.expression.start);
      for (char& c : said) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      }
      out.write(source + ":" + std::to_string(line) + ":" + std::to_string(f.expression.start - line_start + 1) +
                ": " + f.value + "\t" + said + "\n");
    }
  };
  return osce::run_filter(app, argc, argv, filter);
}
