#include <cstdio>

#include <CLI/CLI.hpp>

#include "osce/filter.hpp"
#include "osce/line_model.hpp"
#include "osce/strip.hpp"
#include "osce/taxonomy.hpp"

namespace {

void explain(const std::string& id, const std::vector<osce::RemovedLine>& removed) {
  std::string out;
  for (const osce::RemovedLine& r : removed) {
    out += id + ":" + std::to_string(r.line_number) + ": " + std::string(osce::removal_name(r.why)) + " (" +
           r.detail + "): " + r.text + "\n";
  }
  std::fputs(out.c_str(), stderr);
}

}  // namespace

int main(int argc, char** argv) {
  std::string taxonomy_path, model_path;
  bool explain_removals = false, learn = false, body_only = false;
  uint64_t min_docs = 3;
  double min_share = 0.05;
  CLI::App app{"Remove site navigation and page chrome; lift page metadata into fields.", "osce-strip"};
  app.footer(
      "Examples:\n"
      "  osce-jsonl pages/*.txt | osce-strip > stripped.jsonl\n"
      "  osce-strip page.txt > clean.txt\n"
      "  osce-strip --learn corpus.jsonl > model.tsv && osce-strip --model model.tsv corpus.jsonl");
  app.add_flag("--explain", explain_removals,
               "List every removed line on standard error with its reason: navigation, chrome, learned, "
               "metadata or repeated lead.");
  app.add_option("--model", model_path, "Also remove the recurring lines of a model made by --learn.")
      ->type_name("FILE");
  app.add_flag("--learn", learn,
               "Read the inputs as a corpus and write a model of the short lines that recur across its pages.");
  app.add_option("--learn-min-docs", min_docs, "With --learn, keep lines found in at least N pages (default 3).")
      ->type_name("N");
  app.add_option("--learn-min-share", min_share,
                 "With --learn, keep lines found in at least this share of the pages (default 0.05).")
      ->type_name("SHARE")
      ->check(CLI::Range(0.0, 1.0));
  app.add_flag("--body-only", body_only, "In text mode, write the body without the header of lifted metadata.");
  app.add_option("--taxonomy", taxonomy_path, "Read the taxonomy from FILE instead of the built-in copy.")
      ->type_name("FILE");

  osce::StripOptions opt;
  osce::LineModel model, learned;
  osce::Taxonomy taxonomy;

  osce::Filter filter;
  filter.prepare = [&] {
    if (!taxonomy_path.empty()) opt.taxonomy = &(taxonomy = osce::Taxonomy::load(taxonomy_path));
    if (!model_path.empty()) opt.model = &(model = osce::LineModel::load(model_path));
  };
  filter.allow_in_place = [&] { return !learn; };
  filter.process = [&](osce::Record& rec, const osce::Emit& emit) {
    if (learn) return learned.add_document(rec.get_string("text").value_or(""));
    std::vector<osce::RemovedLine> removed;
    osce::strip_record(rec, opt, explain_removals ? &removed : nullptr);
    if (explain_removals) explain(rec.get_string("id").value_or("-"), removed);
    emit(rec);
  };
  filter.write_text = [&](const osce::Record& rec, osce::Output& out) {
    osce::PageMetadata meta;
    meta.type = rec.get_string("type").value_or("");
    meta.title = rec.get_string("title").value_or("");
    meta.date = rec.get_string("date").value_or("");
    meta.place = rec.get_string("place").value_or("");
    meta.issued_by = rec.get_strings("issued_by");
    meta.listed_fields = rec.get_strings("listed_fields");
    if (!body_only) out.write(osce::front_matter(meta));
    out.write(rec.get_string("text").value_or(""));
  };
  filter.finish = [&](osce::Output& out) {
    if (learn) out.write(learned.serialize(min_docs, min_share));
  };
  return osce::run_filter(app, argc, argv, filter);
}
