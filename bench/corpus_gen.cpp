// Writes a large, realistic corpus of raw page records for the benchmarks,
// made from the items of the bundled pages: each item's dates, States and
// paragraphs vary from copy to copy, pages hold one item or several run
// together, most wear a generated navigation menu, and half the pages of one
// item have an article's header (type, title, metadata block). Seeded, so that a run
// repeats exactly; varied, so that no stage sees one record over and over
// (caches and branch predictors would flatter it).
//
// usage: osce_corpus_gen --megabytes N [--seed S] [--pages DIR] > corpus.jsonl
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "../tests/support/generated_menu.hpp"
#include "osce/dates.hpp"
#include "osce/error.hpp"
#include "osce/line_reader.hpp"
#include "osce/record.hpp"
#include "osce/split.hpp"
#include "osce/strip.hpp"
#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"

namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// Names that copies swap: of each kind of taxonomy entry (States,
// structures, fields), every name a page may write.
struct Names {
  std::vector<std::vector<std::string>> by_kind;  // by EntryKind
  std::vector<std::pair<std::string, size_t>> all;  // name, kind; longest first
};

Names names_of(const osce::Taxonomy& taxonomy) {
  Names n;
  for (const osce::TaxonomyEntry& e : taxonomy.entries()) {
    const auto kind = static_cast<size_t>(e.kind);
    if (n.by_kind.size() <= kind) n.by_kind.resize(kind + 1);
    n.by_kind[kind].push_back(e.name);
    n.all.emplace_back(e.name, kind);
    for (const std::string& a : e.aliases) n.all.emplace_back(a, kind);
  }
  std::stable_sort(n.all.begin(), n.all.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return n;
}

// An item's paragraph with the places where copies differ cut out: the
// text between them, and what each hole holds.
struct Template {
  struct Hole {
    enum Kind { kName, kDate, kYear, kNumber } kind;
    size_t detail;         // the entry kind of a name, the digits of a number
    std::string original;  // a name as the bundled item writes it
  };
  std::vector<std::string> pieces;  // pieces.size() == holes.size() + 1
  std::vector<Hole> holes;
};

bool word_edge(std::string_view s, size_t at) {
  return at == 0 || at == s.size() || !std::isalnum(static_cast<unsigned char>(s[at - 1])) ||
         !std::isalnum(static_cast<unsigned char>(s[at]));
}

// Cuts full dates ("12 July 2023"), taxonomy names and other numbers out
// of one paragraph.
Template cut_holes(std::string_view para, const Names& names) {
  struct Span {
    size_t begin, end;
    Template::Hole hole;
  };
  std::vector<Span> spans;
  auto free = [&](size_t b, size_t e) {
    for (const Span& sp : spans) {
      if (b < sp.end && sp.begin < e) return false;
    }
    return true;
  };
  for (const osce::DateExpression& d : osce::scan_dates(para)) {
    const std::string_view t = para.substr(d.start, d.end - d.start);
    const bool day_month_year = !d.range && d.relative == osce::Relative::kNone && d.from.day > 0 &&
                                d.from.year > 0 && t[0] >= '1' && t[0] <= '9' && t.back() >= '0' && t.back() <= '9';
    const bool year = !d.range && d.relative == osce::Relative::kNone && d.from.month == 0 && t.size() == 4;
    // Other date expressions stay as they are (a number of no digits, below):
    // their numbers are not free.
    const auto kind = day_month_year ? Template::Hole::kDate : year ? Template::Hole::kYear : Template::Hole::kNumber;
    spans.push_back({d.start, d.end, {kind, 0, {}}});
  }
  for (const auto& [name, kind] : names.all) {
    for (size_t at = para.find(name); at != std::string_view::npos; at = para.find(name, at + 1)) {
      if (word_edge(para, at) && word_edge(para, at + name.size()) && free(at, at + name.size())) {
        spans.push_back({at, at + name.size(), {Template::Hole::kName, kind, name}});
      }
    }
  }
  for (size_t at = 0; at < para.size();) {
    if (!std::isdigit(static_cast<unsigned char>(para[at])) || !word_edge(para, at)) {
      ++at;
      continue;
    }
    size_t end = at;
    while (end < para.size() && std::isdigit(static_cast<unsigned char>(para[end]))) ++end;
    if (word_edge(para, end) && free(at, end)) spans.push_back({at, end, {Template::Hole::kNumber, end - at, {}}});
    at = end;
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  Template t;
  size_t at = 0;
  for (const Span& sp : spans) {
    if (sp.hole.kind == Template::Hole::kNumber && sp.hole.detail == 0) continue;  // a date kept as written
    t.pieces.emplace_back(para.substr(at, sp.begin - at));
    t.holes.push_back(sp.hole);
    at = sp.end;
  }
  t.pieces.emplace_back(para.substr(at));
  return t;
}

// An item: its paragraphs, each a template.
using ItemTemplate = std::vector<Template>;

std::vector<ItemTemplate> items_of_bundled_pages(const std::filesystem::path& dir, const Names& names) {
  std::vector<ItemTemplate> items;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());  // the directory's order is not fixed; the seed's output must be
  for (const auto& file : files) {
    const std::string text = osce::strip_text(osce::read_file(file.string()), {}).text;
    for (const osce::Item& it : osce::segment(text, {}).items) {
      ItemTemplate item;
      for (const osce::TextLine& line : osce::split_lines(std::string_view(text).substr(it.begin, it.end - it.begin))) {
        if (!osce::trim(line.text).empty()) item.push_back(cut_holes(line.text, names));
      }
      if (!item.empty()) items.push_back(std::move(item));
    }
  }
  return items;
}

// What one copy of an item calls each name of the bundled item: a copy
// renames a structure or a State throughout, as another item would name its
// own, and a card still repeats its name ("Mission to Skopje" twice).
using Renames = std::map<std::string, std::string, std::less<>>;

std::string fill(const Template& t, const Names& names, Renames& renames, std::mt19937& rng) {
  std::string out = t.pieces[0];
  for (size_t k = 0; k < t.holes.size(); ++k) {
    const Template::Hole& h = t.holes[k];
    switch (h.kind) {
      case Template::Hole::kName: {
        auto it = renames.find(h.original);
        if (it == renames.end()) {
          const auto& pool = names.by_kind[h.detail];
          it = renames.emplace(h.original, pool[rng() % pool.size()]).first;
        }
        out += it->second;
        break;
      }
      case Template::Hole::kDate:
        // Day 1-28: valid in every month, so osce-dates accepts every copy.
        out += std::to_string(1 + rng() % 28) + " " + kMonths[rng() % 12] + " " + std::to_string(2001 + rng() % 25);
        break;
      case Template::Hole::kYear:
        out += std::to_string(1991 + rng() % 35);
        break;
      case Template::Hole::kNumber:
        out += std::to_string(1 + rng() % 9);
        for (size_t d = 1; d < h.detail; ++d) out += static_cast<char>('0' + rng() % 10);
        break;
    }
    out += t.pieces[k + 1];
  }
  return out;
}

// One copy of an item: the first paragraph (dateline or lead) stays first;
// later ones may be dropped or told twice, so that lengths vary.
std::string copy_of(const ItemTemplate& item, const Names& names, std::mt19937& rng) {
  Renames renames;
  std::string out = fill(item[0], names, renames, rng) + "\n";
  for (size_t p = 1; p < item.size(); ++p) {
    const auto roll = rng() % 10;
    if (roll == 0) continue;
    out += fill(item[p], names, renames, rng) + "\n";
    if (roll == 9) out += fill(item[p], names, renames, rng) + "\n";
  }
  return out;
}

// An article's header, as osce.org prints one over a news item (seed 002):
// the page type, a title, and a block of metadata labels with their values
// on "- " lines. (osce-strip lifts the block; without it, a record of many
// pages never showed osce-strip reading many blocks.)
std::string header_of(const std::string& item, const Names& names, std::mt19937& rng) {
  static const char* const kTypes[] = {"Press release", "News item", "News Item"};
  auto pick = [&](osce::EntryKind kind) {
    const auto& of_kind = names.by_kind[static_cast<size_t>(kind)];
    return of_kind[rng() % of_kind.size()];
  };
  // The title: the item's first words, up to a dozen, without the dateline.
  std::string_view lead = std::string_view(item).substr(0, item.find('\n'));
  const osce::Separator dash = osce::first_separator(lead, {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "});
  if (dash.at < 60) lead.remove_prefix(dash.at + dash.size);
  std::string title;
  size_t words = 0;
  for (const std::string_view w : osce::split_on(lead, ' ')) {
    if (w.empty() || ++words > 12) break;
    title += (title.empty() ? "" : " ") + std::string(w);
  }
  while (!title.empty() && std::ispunct(static_cast<unsigned char>(title.back()))) title.pop_back();
  std::string out = std::string(kTypes[rng() % 3]) + "\n" + title + "\n";
  out += "- Date:\n- " + std::to_string(1 + rng() % 28) + " " + kMonths[rng() % 12] + " " +
         std::to_string(2001 + rng() % 24) + "\n";
  out += "- Source:\n- " + pick(osce::EntryKind::kFieldOperation) + "\n";
  out += "- Fields of work:\n- " + pick(osce::EntryKind::kField) + "\n";
  if (rng() % 2 == 0) out += "- " + pick(osce::EntryKind::kField) + "\n";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  double megabytes = 100;
  unsigned seed = 1;
  std::string pages = "corpus/pages";
  CLI::App app{"Write a large generated corpus of raw page records (JSON Lines) for the benchmarks.",
               "osce_corpus_gen"};
  app.add_option("--megabytes", megabytes, "Stop after this many megabytes (10^6 bytes)")->required();
  app.add_option("--seed", seed, "Seed of the random choices; the same seed gives the same corpus");
  app.add_option("--pages", pages, "Directory of the pages whose items are copied")->check(CLI::ExistingDirectory);
  CLI11_PARSE(app, argc, argv);

  if (!std::filesystem::is_directory(pages)) {
    std::fprintf(stderr, "osce_corpus_gen: %s: not a directory (run from the repository, or give --pages)\n",
                 pages.c_str());
    return 2;
  }
  const Names names = names_of(osce::Taxonomy::builtin());
  const std::vector<ItemTemplate> items = items_of_bundled_pages(pages, names);
  if (items.empty()) {
    std::fprintf(stderr, "osce_corpus_gen: %s: no items\n", pages.c_str());
    return 2;
  }
  std::mt19937 rng(seed);
  const auto target = static_cast<size_t>(megabytes * 1e6);
  size_t written = 0;
  std::string line;
  for (size_t n = 0; written < target; ++n) {
    // Most pages are one item; a fifth run several together, as aggregators do.
    const size_t count = rng() % 5 == 0 ? 2 + rng() % 10 : 1;
    std::string text = rng() % 4 != 0 ? osce_support::generated_menu(rng) : "";
    for (size_t k = 0; k < count; ++k) {
      const std::string item = copy_of(items[rng() % items.size()], names, rng);
      // Half the pages of one item are an article with its header.
      if (count == 1 && rng() % 2 == 0) text += header_of(item, names, rng);
      text += item;
    }
    if (rng() % 3 == 0) text += osce_support::generated_menu(rng);
    osce::Record rec;
    rec.set_string("id", "gen-" + std::to_string(n));
    rec.set_string("source", "generated/" + std::to_string(n) + ".txt");
    rec.set_string("text", text);
    line.clear();
    rec.append_json(line);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
    written += line.size();
  }
  return std::fflush(stdout) == 0 ? 0 : 2;
}
