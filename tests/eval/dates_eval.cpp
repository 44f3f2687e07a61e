// osce-dates against corpus/gold/dates/: extraction precision, recall and F1
// (exact spans and overlapping spans), value accuracy (all matched
// expressions, and calendar days alone), and the record's own date for every
// item osce-split makes of the bundled pages. Gold format and annotation
// rules: corpus/README.md.
// usage: osce_dates_eval CORPUS_DIR
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "osce/dates.hpp"
#include "osce/line_reader.hpp"
#include "osce/page.hpp"
#include "osce/split.hpp"
#include "osce/strip.hpp"
#include "osce/text_lines.hpp"
#include "eval_main.hpp"

namespace fs = std::filesystem;

namespace {

struct Span {
  size_t start, end;
  std::string text, value;
};

std::vector<std::vector<std::string>> rows(const fs::path& p) {
  std::vector<std::vector<std::string>> out;
  std::istringstream in(osce::read_file(p));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    size_t from = 0;
    for (size_t tab; (tab = line.find('\t', from)) != std::string::npos; from = tab + 1) {
      cells.push_back(line.substr(from, tab - from));
    }
    cells.push_back(line.substr(from));
    out.push_back(cells);
  }
  return out;
}

double ratio(size_t a, size_t b) { return b ? double(a) / double(b) : 1.0; }

struct Counts {
  size_t gold = 0, got = 0, exact = 0, overlap = 0, value_right = 0, value_matched = 0, day_right = 0, day_matched = 0;
  void add(const std::vector<Span>& g, const std::vector<Span>& h) {
    gold += g.size(), got += h.size();
    std::vector<bool> used(h.size());
    for (const Span& s : g) {
      // One predicted span per gold span: exact first, else the first overlapping.
      size_t pick = h.size();
      for (size_t k = 0; k < h.size() && pick == h.size(); ++k) {
        if (!used[k] && h[k].start == s.start && h[k].end == s.end) pick = k;
      }
      if (pick < h.size()) ++exact;
      for (size_t k = 0; k < h.size() && pick == h.size(); ++k) {
        if (!used[k] && h[k].start < s.end && s.start < h[k].end) pick = k;
      }
      if (pick == h.size()) continue;
      used[pick] = true;
      ++overlap;
      const bool right = h[pick].value == s.value;
      ++value_matched, value_right += right;
      if (s.value.size() == 10) ++day_matched, day_right += right;  // YYYY-MM-DD
    }
  }
  void print(const char* name) const {
    auto f1 = [](double p, double r) { return p + r ? 2 * p * r / (p + r) : 0; };
    const double pe = ratio(exact, got), re = ratio(exact, gold), po = ratio(overlap, got), ro = ratio(overlap, gold);
    std::printf("%-28s exact: P %.3f R %.3f F1 %.3f | overlap: P %.3f R %.3f F1 %.3f | value %.3f (%zu/%zu), "
                "calendar days %.3f (%zu/%zu)\n",
                name, pe, re, f1(pe, re), po, ro, f1(po, ro), ratio(value_right, value_matched), value_right,
                value_matched, ratio(day_right, day_matched), day_right, day_matched);
  }
};

constexpr char kUsage[] = "CORPUS_DIR";

int run(int /*argc*/, char** argv) {
  const fs::path corpus = argv[1];
  std::vector<fs::path> golds;
  for (const auto& e : fs::directory_iterator(corpus / "gold/dates")) {
    if (e.path().extension() == ".dates") golds.push_back(e.path());
  }
  std::sort(golds.begin(), golds.end());

  // Expressions: every page as osce-strip leaves it, one record per page.
  Counts all;
  for (const fs::path& gold_file : golds) {
    const std::string id = gold_file.stem().string();
    const std::string raw = osce::read_file(corpus / "pages" / (id + ".txt"));
    const auto raw_lines = osce::split_lines(raw);
    const osce::StripResult stripped = osce::strip_text(raw, {});
    const std::string& text = stripped.text;
    std::vector<Span> gold;
    size_t last_line = 0, from_in_line = 0;
    for (const auto& row : rows(gold_file)) {
      const size_t line = std::stoul(row.at(0));
      const std::string line_text(raw_lines.at(line - 1).text);
      const size_t line_at = text.find(line_text);
      if (line != last_line) from_in_line = 0;
      const size_t at = line_text.find(row.at(1), from_in_line);
      if (line_at == std::string::npos || at == std::string::npos) {
        std::fprintf(stderr, "%s:%zu: gold \"%s\" not found in the stripped page\n", id.c_str(), line,
                     row.at(1).c_str());
        return 2;
      }
      gold.push_back({line_at + at, line_at + at + row.at(1).size(), row.at(1), row.at(2)});
      last_line = line, from_in_line = at + row.at(1).size();
    }
    std::optional<osce::DatePoint> own;
    if (!stripped.metadata.date.empty()) own = osce::parse_iso_day(stripped.metadata.date);
    std::vector<Span> got;
    for (const osce::FoundDate& f : osce::find_dates(text, own, {})) {
      const auto& e = f.expression;
      got.push_back({e.start, e.end, text.substr(e.start, e.end - e.start), f.value});
    }
    Counts one;
    one.add(gold, got);
    all.add(gold, got);
    one.print(("  " + id).c_str());
    if (std::getenv("OSCE_EVAL_VERBOSE")) {
      for (const Span& s : got) std::printf("    got  %zu %s = %s\n", s.start, s.text.c_str(), s.value.c_str());
      for (const Span& s : gold) std::printf("    gold %zu %s = %s\n", s.start, s.text.c_str(), s.value.c_str());
    }
  }
  all.print("bundled pages");

  // The record's own date: every item of the split pipeline.
  size_t right = 0, total = 0, with_date = 0, with_date_right = 0, not_items = 0;
  for (const auto& row : rows(corpus / "gold/dates/record_dates.tsv")) {
    const std::string& id = row.at(0);
    osce::Record page = osce::page_record(id, id + ".txt", osce::read_file(corpus / "pages" / (id + ".txt")));
    osce::strip_record(page, {}, nullptr);
    bool found = false;
    for (osce::Record& item : osce::split_record(page, {}, nullptr)) {
      const std::string text(osce::trim(item.get_string("text").value_or("")));
      if (text.rfind(row.at(1), 0) != 0) continue;
      osce::date_record(item, {});
      const std::string date = item.get_string("date").value_or("-");
      found = true;
      ++total;
      right += date == row.at(2);
      if (row.at(2) != "-") ++with_date, with_date_right += date == row.at(2);
      if (date != row.at(2)) {
        std::printf("    record date of %s \"%s\": got %s, gold %s\n", id.c_str(), row.at(1).c_str(), date.c_str(),
                    row.at(2).c_str());
      }
      break;
    }
    if (!found) {
      // osce-split missed this item's start: its date cannot be asked of it.
      std::printf("    not an item after osce-split: %s \"%s\"\n", id.c_str(), row.at(1).c_str());
      ++not_items;
    }
  }
  std::printf("%-28s %.3f (%zu/%zu); items with a dateline or metadata date: %.3f (%zu/%zu); gold items osce-split "
              "did not make: %zu\n",
              "record date", ratio(right, total), right, total, ratio(with_date_right, with_date), with_date_right,
              with_date, not_items);
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return eval_main(argc, argv, kUsage, run); }
