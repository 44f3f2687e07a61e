#include <cstdio>

#include <CLI/CLI.hpp>

#include "osce/file_output.hpp"
#include "osce/filter.hpp"
#include "osce/split.hpp"

namespace {

void explain(const std::string& id, const std::vector<osce::Candidate>& candidates) {
  std::string out;
  char score[32];
  for (const osce::Candidate& c : candidates) {
    std::snprintf(score, sizeof score, "%+.2f", c.score);
    out += id + ":" + std::to_string(c.line) + ": offset " + std::to_string(c.offset) + ": " + score +
           (c.boundary ? " boundary" : " no") + " [";
    for (size_t k = 0; k < c.cues.size(); ++k) {
      std::snprintf(score, sizeof score, "%+.2f", c.cues[k].weight);
      out += (k ? ", " : "") + std::string(c.cues[k].name) + " " + score;
    }
    out += "]\n";
  }
  std::fputs(out.c_str(), stderr);
}

}  // namespace

int main(int argc, char** argv) {
  osce::SplitOptions opt;
  bool explain_candidates = false;
  std::string to_dir;
  CLI::App app{"Write one record per news item, document or card of a page.", "osce-split"};
  app.footer(
      "Examples:\n"
      "  osce-jsonl pages/*.txt | osce-strip | osce-split > items.jsonl\n"
      "  osce-split --explain page.txt > /dev/null\n"
      "  osce-split --to items/ page.txt");
  app.add_option("--threshold", opt.threshold,
                 "Score a candidate boundary needs to begin an item (default 0.9); higher gives fewer, surer "
                 "boundaries.")
      ->type_name("SCORE");
  app.add_flag("--explain", explain_candidates,
               "Show every candidate boundary with its cues and score on standard error.");
  app.add_option("--to", to_dir, "In text mode, write each item to DIR/ID.txt instead of standard output.")
      ->type_name("DIR");

  osce::Filter filter;
  filter.process = [&](osce::Record& rec, const osce::Emit& emit) {
    std::vector<osce::Candidate> candidates;
    if (osce::split_items(rec, opt, explain_candidates ? &candidates : nullptr, emit) == 0) emit(rec);
    if (explain_candidates) explain(rec.get_string("id").value_or("-"), candidates);
  };
  filter.write_text = [&](const osce::Record& item, osce::Output& out) {
    const std::string id = item.get_string("id").value_or("-");
    const std::string text = item.get_string("text").value_or("");
    if (!to_dir.empty()) return osce::write_file_atomically(to_dir + "/" + id + ".txt", text);
    out.write("==> " + id + " <==\n");
    out.write(text);
    out.write(text.empty() || text.back() != '\n' ? "\n\n" : "\n");
  };
  return osce::run_filter(app, argc, argv, filter);
}
