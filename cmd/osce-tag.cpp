#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "osce/filter.hpp"
#include "osce/tag_evaluation.hpp"
#include "osce/tagger.hpp"

namespace {

void explain(const std::string& id, const osce::TagResult& r, const osce::TagOptions& opt) {
  char num[96];
  std::string out;
  for (const osce::Evidence& e : r.evidence) {
    std::snprintf(num, sizeof num, "%+.2f", e.weight);
    out.append(id).append(": ").append(e.field).append(" ").append(num);
    out.append(" (").append(e.where).append(") ").append(e.what).append("\n");
  }
  for (const osce::FieldScore& s : r.scores) {
    const bool kept = std::find(r.fields.begin(), r.fields.end(), s.field) != r.fields.end();
    const double best = r.best_established();
    const double share = best > 0 ? s.score / best : 0;
    if (kept && !r.from_page_labels && share < opt.share_of_best) {
      std::snprintf(num, sizeof num, "%.2f >= %.2f: kept, %.2f of the best but named in the title", s.score,
                    opt.threshold, share);
    } else if (kept) {
      std::snprintf(num, sizeof num, "%.2f >= %.2f: kept", s.score, opt.threshold);
    } else if (r.from_page_labels) {
      std::snprintf(num, sizeof num, "%.2f: not listed", s.score);
    } else if (s.score < opt.threshold) {
      std::snprintf(num, sizeof num, "%.2f < %.2f", s.score, opt.threshold);
    } else if (!s.established) {
      std::snprintf(num, sizeof num, "%.2f: weak phrases only", s.score);
    } else if (share < opt.share_of_best) {
      std::snprintf(num, sizeof num, "%.2f: %.2f of the best < %.2f", s.score, share, opt.share_of_best);
    } else {
      std::snprintf(num, sizeof num, "%.2f: beyond --max-fields", s.score);
    }
    out.append(id).append(": score ").append(s.field).append(" ").append(num).append("\n");
  }
  std::snprintf(num, sizeof num, "%.2f", r.length_factor);
  out += id + ": length factor " + num + (r.from_page_labels ? "; fields from listed_fields" : "") + "\n";
  std::fputs(out.c_str(), stderr);
}

}  // namespace

int main(int argc, char** argv) {
  osce::TagOptions opt;
  bool no_page_labels = false, explain_scores = false, evaluate = false;
  std::string taxonomy_path, lexicon_path;
  CLI::App app{"Tag records with OSCE fields of work, and the States and OSCE structures they name.", "osce-tag"};
  app.footer(
      "Examples:\n"
      "  osce-jsonl pages/*.txt | osce-strip | osce-split | osce-tag > tagged.jsonl\n"
      "  osce-tag --no-page-labels --explain items.jsonl > /dev/null\n"
      "  osce-tag --lexicon my-lexicon.tsv items.jsonl\n"
      "  osce-tag --evaluate items.jsonl");
  app.add_flag("--no-page-labels", no_page_labels,
               "Tag fields from the text alone, ignoring the fields the page lists (listed_fields).");
  app.add_option("--threshold", opt.threshold,
                 "Normalized score a field needs (default 2); lower gives more fields per record.")
      ->type_name("SCORE");
  app.add_option("--share-of-best", opt.share_of_best,
                 "Share of the best field's score another field needs too (default 0.6): an item has a main topic. "
                 "A field with a phrase specific to it in the title needs none.")
      ->type_name("SHARE")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--max-fields", opt.max_fields, "Keep at most N fields per record (default 4).")->type_name("N");
  app.add_flag("--explain", explain_scores,
               "Show on standard error every phrase that fired, with its field and weight, and each field's "
               "score against the threshold.");
  app.add_flag("--evaluate", evaluate,
               "Measure the tagger on the input: tag each record from its text alone and, instead of records, "
               "write precision, recall and F1 per field and overall against the fields the record lists "
               "(listed_fields).");
  app.add_option("--lexicon", lexicon_path, "Read the field lexicon from FILE instead of the built-in copy.")
      ->type_name("FILE");
  app.add_option("--taxonomy", taxonomy_path, "Read the taxonomy from FILE instead of the built-in copy.")
      ->type_name("FILE");

  osce::Taxonomy taxonomy;
  osce::TagLexicon lexicon;
  std::optional<osce::Tagger> tagger;
  std::optional<osce::TagEvaluation> evaluation;
  osce::Filter filter;
  filter.prepare = [&] {
    opt.use_page_labels = !no_page_labels && !evaluate;
    opt.collect_evidence = explain_scores;
    const osce::Taxonomy& tax = taxonomy_path.empty() ? osce::Taxonomy::builtin()
                                                      : (taxonomy = osce::Taxonomy::load(taxonomy_path));
    // The lexicon names fields and structures: it is read against the taxonomy in use.
    lexicon = lexicon_path.empty() ? osce::TagLexicon::parse(osce::builtin_lexicon_text(), "builtin lexicon", tax)
                                   : osce::TagLexicon::load(lexicon_path, tax);
    tagger.emplace(tax, lexicon);
    if (evaluate) evaluation.emplace(tax);
  };
  filter.allow_in_place = [&] { return !evaluate; };
  osce::TagResult result;  // one for every record: its buffers are kept
  filter.process = [&](osce::Record& rec, const osce::Emit& emit) {
    tagger->tag_record(rec, opt, result);
    if (explain_scores) explain(rec.get_string("id").value_or("-"), result, opt);
    if (evaluation) return evaluation->add(rec, result);
    emit(rec);
  };
  filter.finish = [&](osce::Output& out) {
    if (evaluation) out.write(evaluation->report());
  };
  filter.write_text = [&](const osce::Record& rec, osce::Output& out) {
    std::string line = rec.get_string("source").value_or("-") + ":";
    const auto fields = rec.get_strings("fields_of_work");
    for (size_t i = 0; i < fields.size(); ++i) line += (i ? "; " : " ") + fields[i];
    out.write(line + "\n");
  };
  return osce::run_filter(app, argc, argv, filter);
}
