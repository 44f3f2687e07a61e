// Micro-benchmarks of the library's hot paths, on the bundled pages'
// stripped text: what the table of `make bench` shows falling short is
// taken apart here, one function at a time.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "osce/dates.hpp"
#include "osce/lexical.hpp"
#include "osce/line_reader.hpp"
#include "osce/split.hpp"
#include "osce/strip.hpp"
#include "osce/tag_lexicon.hpp"
#include "osce/tagger.hpp"
#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"

namespace {

// The bundled pages after osce-strip: what the later stages read.
const std::vector<std::string>& pages() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(OSCE_CORPUS_DIR "/pages")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    for (const auto& f : files) out.push_back(osce::strip_text(osce::read_file(f.string()), {}).text);
    return out;
  }();
  return texts;
}

size_t total_bytes() {
  size_t n = 0;
  for (const std::string& p : pages()) n += p.size();
  return n;
}

// Every non-blank line of every page: osce-split's paragraphs.
const std::vector<std::string_view>& paragraphs() {
  static const std::vector<std::string_view> out = [] {
    std::vector<std::string_view> lines;
    for (const std::string& p : pages()) {
      for (const osce::TextLine& l : osce::split_lines(p)) {
        if (!osce::trim(l.text).empty()) lines.push_back(l.text);
      }
    }
    return lines;
  }();
  return out;
}

void BM_Segment(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& p : pages()) benchmark::DoNotOptimize(osce::segment(p, {}));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(total_bytes()));
}
BENCHMARK(BM_Segment);

void BM_PageTerms(benchmark::State& state) {
  size_t bytes = 0;
  for (std::string_view p : paragraphs()) bytes += p.size();
  osce::PageTerms terms;
  for (auto _ : state) {
    terms.clear();
    for (std::string_view p : paragraphs()) benchmark::DoNotOptimize(terms.add(p));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
}
BENCHMARK(BM_PageTerms);

// The window comparison osce-split makes at every candidate: three
// paragraphs before against two after, the window moved on by one.
void BM_WindowCosine(benchmark::State& state) {
  osce::PageTerms terms;
  for (std::string_view p : paragraphs()) terms.add(p);
  osce::TermWindow before;
  for (auto _ : state) {
    for (size_t k = 0; k < 3; ++k) before.add(terms.words(k));
    for (size_t i = 3; i + 1 < terms.size(); ++i) {
      benchmark::DoNotOptimize(before.cosine(terms.words(i), terms.words(i + 1)));
      before.remove(terms.words(i - 3));
      before.add(terms.words(i));
    }
    for (size_t k = terms.size() - 4; k + 1 < terms.size(); ++k) before.remove(terms.words(k));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>((terms.size() - 4)));
}
BENCHMARK(BM_WindowCosine);

void BM_Tag(benchmark::State& state) {
  static const osce::Tagger tagger(osce::Taxonomy::builtin(), osce::TagLexicon::builtin());
  osce::TagOptions opt;
  for (auto _ : state) {
    for (const std::string& p : pages()) benchmark::DoNotOptimize(tagger.tag("", p, {}, {}, opt));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(total_bytes()));
}
BENCHMARK(BM_Tag);

void BM_FindDates(benchmark::State& state) {
  const osce::DatesOptions opt;
  for (auto _ : state) {
    for (const std::string& p : pages()) benchmark::DoNotOptimize(osce::find_dates(p, std::nullopt, opt));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(total_bytes()));
}
BENCHMARK(BM_FindDates);

}  // namespace

BENCHMARK_MAIN();
