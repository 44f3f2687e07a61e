// osce-tag against corpus/gold/tag/labels.tsv, from the text alone
// (--no-page-labels): per-field precision and recall, micro and macro F1 of
// fields_of_work, next to a keyword baseline (the taxonomy's field names and
// aliases, no lexicon); precision and recall of countries and structures.
// usage: osce_tag_eval CORPUS_DIR [THRESHOLD [SHARE_OF_BEST]]
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "osce/label_agreement.hpp"
#include "osce/line_reader.hpp"
#include "osce/page.hpp"
#include "osce/split.hpp"
#include "osce/strip.hpp"
#include "osce/tagger.hpp"
#include "osce/text_lines.hpp"
#include "eval_main.hpp"

namespace fs = std::filesystem;

namespace {

std::set<std::string> list(const std::string& cell) {
  std::set<std::string> out;
  for (std::string_view s : osce::split_on(cell, ';')) {
    if (!osce::trim(s).empty()) out.emplace(osce::trim(s));
  }
  return out;
}

struct Item {
  std::string title, text;
  std::vector<std::string> issued_by;
  std::set<std::string> fields, countries, structures;
  bool fields_scored;
};

void report(const char* name, const std::vector<Item>& items, const osce::Tagger& tagger, const osce::TagOptions& opt,
            bool per_field) {
  osce::LabelAgreement agreement;
  for (const Item& it : items) {
    if (!it.fields_scored) continue;
    const osce::TagResult r = tagger.tag(it.title, it.text, it.issued_by, {}, opt);
    agreement.add(it.fields, {r.fields.begin(), r.fields.end()});
  }
  std::fputs(osce::agreement_table(name, agreement, per_field).c_str(), stdout);
}

constexpr char kUsage[] = "CORPUS_DIR [THRESHOLD [SHARE_OF_BEST]]";

int run(int argc, char** argv) {
  const fs::path corpus = argv[1];
  osce::TagOptions opt;
  opt.use_page_labels = false;
  if (argc > 2) opt.threshold = std::stod(argv[2]);
  if (argc > 3) opt.share_of_best = std::stod(argv[3]);

  std::map<std::string, std::vector<osce::Record>> items_of;
  std::vector<Item> items;
  std::istringstream in(osce::read_file(corpus / "gold/tag/labels.tsv"));
  std::string line;
  size_t not_items = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto cells = osce::split_on(line, '\t');
    const std::string page(cells.at(0)), snippet(cells.at(1));
    if (!items_of.count(page)) {
      osce::Record rec = osce::page_record(page, page + ".txt", osce::read_file(corpus / "pages" / (page + ".txt")));
      osce::strip_record(rec, {}, nullptr);
      items_of[page] = osce::split_record(rec, {}, nullptr);
    }
    bool found = false;
    for (const osce::Record& rec : items_of[page]) {
      const std::string text = rec.get_string("text").value_or("");
      // The gold's first characters were written with line ends as spaces.
      std::string head(osce::trim(text).substr(0, snippet.size()));
      std::replace(head.begin(), head.end(), '\n', ' ');
      if (head != snippet) continue;
      items.push_back({rec.get_string("title").value_or(""), text, rec.get_strings("issued_by"),
                       list(std::string(cells.at(2))), list(std::string(cells.at(3))), list(std::string(cells.at(4))),
                       cells.at(2) != "?"});
      found = true;
      break;
    }
    if (!found) ++not_items;
  }

  const osce::Taxonomy& taxonomy = osce::Taxonomy::builtin();
  const osce::Tagger tagger(taxonomy, osce::TagLexicon::builtin());
  const osce::Tagger baseline(taxonomy, osce::TagLexicon::parse("kind\tfield\tweight\ttext\n", "empty", taxonomy));
  size_t scored = 0;
  for (const Item& it : items) scored += it.fields_scored;
  std::printf("%zu items (%zu with scored fields; %zu gold items osce-split did not make), threshold %.2f, share "
              "of best %.2f\n",
              items.size(), scored, not_items, opt.threshold, opt.share_of_best);
  report("fields_of_work, text only", items, tagger, opt, true);
  osce::TagOptions base_opt = opt;
  base_opt.threshold = 0.01;  // any mention of a field's name
  report("baseline: field names only", items, baseline, base_opt, false);

  osce::AgreementCounts countries, structures;
  for (const Item& it : items) {
    const osce::TagResult r = tagger.tag(it.title, it.text, it.issued_by, {}, opt);
    countries.add(it.countries, {r.countries.begin(), r.countries.end()});
    structures.add(it.structures, {r.structures.begin(), r.structures.end()});
  }
  std::printf("%-36s P %.3f R %.3f  (tp %zu fp %zu fn %zu)\n", "countries", countries.precision(), countries.recall(), countries.tp,
              countries.fp, countries.fn);
  std::printf("%-36s P %.3f R %.3f  (tp %zu fp %zu fn %zu)\n", "structures", structures.precision(), structures.recall(),
              structures.tp, structures.fp, structures.fn);
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return eval_main(argc, argv, kUsage, run); }
