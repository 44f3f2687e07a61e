// osce-split against corpus/gold/split/: boundary precision, recall, F1 and Pk,
// on the bundled pages and on pages generated from their gold items
// (shuffled, with and without datelines, under headlines, with lists and section headings, with datelines' dates
// first), since the tool will mostly meet pages nobody annotated.
// usage: osce_split_eval CORPUS_DIR [THRESHOLD] [--errors]
//        osce_split_eval --pages DIR [THRESHOLD] [--rounds N] [--drop-cut-lines] [--errors]
// --errors prints the start of every missed and false boundary of the generated pages.
// --pages measures on pages of your own instead, nobody's annotation needed:
// each file under DIR a page of one item, run together two to five at a time,
// in N rounds of another order each (see evaluate_on_pages).
// --drop-cut-lines drops a page's last line where a stored excerpt cut it
// mid-sentence (see cut_last_line): no scraped page ends so.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "osce/dateline.hpp"
#include "osce/line_reader.hpp"
#include "osce/opening.hpp"
#include "osce/split.hpp"
#include "osce/strip.hpp"
#include "osce/text_lines.hpp"
#include "eval_main.hpp"

namespace fs = std::filesystem;

namespace {

struct Score {
  size_t tp = 0, fp = 0, fn = 0;
  double pk_errors = 0, pk_probes = 0;
  void add(const std::vector<size_t>& gold, const std::vector<size_t>& got, size_t length) {
    const std::set<size_t> g(gold.begin() + 1, gold.end()), h(got.begin() + 1, got.end());
    for (size_t b : h) (g.count(b) ? tp : fp)++;
    for (size_t b : g) fn += !h.count(b);
    // Pk: probes k bytes apart, k half the mean gold segment length.
    const size_t k = std::max<size_t>(1, length / gold.size() / 2);
    auto segment_of = [](const std::vector<size_t>& starts, size_t at) {
      return std::upper_bound(starts.begin(), starts.end(), at) - starts.begin();
    };
    for (size_t i = 0; i + k < length; i += 7) {
      const bool same_gold = segment_of(gold, i) == segment_of(gold, i + k);
      const bool same_got = segment_of(got, i) == segment_of(got, i + k);
      pk_errors += same_gold != same_got;
      pk_probes += 1;
    }
  }
  void print(const char* name) const {
    const double p = tp + fp ? double(tp) / double(tp + fp) : 1, r = tp + fn ? double(tp) / double(tp + fn) : 1;
    std::printf("%-44s precision %.3f  recall %.3f  F1 %.3f  Pk %.3f  (tp %zu, fp %zu, fn %zu)\n", name, p, r,
                p + r ? 2 * p * r / (p + r) : 0, pk_probes ? pk_errors / pk_probes : 0, tp, fp, fn);
  }
};

std::vector<size_t> starts_of(const std::string& text, const osce::SplitOptions& opt) {
  std::vector<size_t> starts;
  for (const auto& item : osce::segment(text, opt).items) starts.push_back(item.begin);
  // (The first item begins the text, whatever blanks or separators stand before it.)
  if (starts.empty()) starts.push_back(0);
  starts[0] = 0;
  return starts;
}

// Every missed and every false boundary of `text`: its first bytes, the end
// of the text above it (what it was weighed against) and its cues.
void print_errors(const std::string& text, const std::vector<size_t>& gold, const std::vector<size_t>& got,
                  const osce::SplitOptions& opt) {
  const std::vector<osce::Candidate> candidates = osce::segment(text, opt).candidates;
  auto print_cues = [&](size_t offset) {
    for (const osce::Candidate& c : candidates) {
      if (c.offset != offset) continue;
      std::printf("   %+.2f", c.score);
      for (const auto& cue : c.cues) std::printf(" [%.*s %+.2f]", int(cue.name.size()), cue.name.data(), cue.weight);
      std::printf("\n");
    }
  };
  auto print_before = [&](size_t b) {
    const size_t from = b > 71 ? b - 71 : 0;
    std::string above = text.substr(from, b - from);
    for (char& c : above) c = c == '\n' ? '|' : c;
    std::printf("   after: ...%s\n", above.c_str());
  };
  // The text from the boundary on, its lines' ends shown as '|'.
  auto print_from = [&](const char* what, size_t b) {
    std::string below = text.substr(b, 70);
    for (char& c : below) c = c == '\n' ? '|' : c;
    std::printf("%s %s\n", what, below.c_str());
  };
  for (size_t b : gold) {
    if (b == 0 || std::binary_search(got.begin(), got.end(), b)) continue;
    print_from("missed:", b);
    print_before(b);
    print_cues(b);
  }
  for (size_t b : got) {
    if (b == 0 || std::binary_search(gold.begin(), gold.end(), b)) continue;
    print_from("false: ", b);
    print_before(b);
    print_cues(b);
  }
}

// A line of headline shape over an item: the first six to fourteen words of
// its lead (after a dateline), without the function words and punctuation a
// cut leaves at the end. Its shape, not its sense, is what osce-split reads.
std::string headline_for(const std::string& item, std::mt19937& rng) {
  std::string_view lead = item;
  if (auto d = osce::dateline_at(lead)) lead.remove_prefix(d->length);
  lead = lead.substr(0, lead.find('\n'));
  std::vector<std::string_view> words;
  for (size_t at = 0; at < lead.size();) {
    const size_t end = std::min(lead.find(' ', at), lead.size());
    if (end > at) words.push_back(lead.substr(at, end - at));
    at = end + 1;
  }
  words.resize(std::min(words.size(), size_t{6} + rng() % 9));
  auto weak_end = [](std::string_view w) {
    return w.size() <= 4 && !w.empty() && std::islower(static_cast<unsigned char>(w[0]));
  };
  while (words.size() > 3 && weak_end(words.back())) words.pop_back();
  std::string line;
  for (std::string_view w : words) line += std::string(line.empty() ? "" : " ") + std::string(w);
  while (!line.empty() && !std::isalnum(static_cast<unsigned char>(line.back()))) line.pop_back();
  return line;
}

// The lines of an item, each a paragraph.
std::vector<std::string> paragraphs_of(const std::string& item) {
  std::vector<std::string> paragraphs;
  for (size_t at = 0; at <= item.size();) {
    const size_t end = std::min(item.find('\n', at), item.size());
    paragraphs.push_back(item.substr(at, end - at));
    at = end + 1;
  }
  return paragraphs;
}

// An item with one of its body paragraphs written as a list, as releases
// list recommendations or decisions: each sentence a line under a list
// mark, and half the time the first sentence a line of its own that ends in
// a colon and introduces the rest. A list may end the item. Its shape, not
// its sense, is what osce-split reads.
std::string with_list(const std::string& item, std::mt19937& rng) {
  std::vector<std::string> paragraphs = paragraphs_of(item);
  // The body paragraphs of two sentences or more.
  auto sentences_of = [](const std::string& p) {
    std::vector<std::string> out;
    size_t from = 0;
    for (size_t i = 0; i + 2 < p.size(); ++i) {
      if (p[i] == '.' && p[i + 1] == ' ' && std::isupper(static_cast<unsigned char>(p[i + 2]))) {
        out.push_back(p.substr(from, i + 1 - from));
        from = i + 2;
      }
    }
    out.push_back(p.substr(from));
    return out;
  };
  std::vector<size_t> body;
  for (size_t k = 1; k < paragraphs.size(); ++k) {
    if (sentences_of(paragraphs[k]).size() >= 2) body.push_back(k);
  }
  if (body.empty()) return item;
  const size_t k = body[rng() % body.size()];
  std::vector<std::string> sentences = sentences_of(paragraphs[k]);
  static const char* const kMarks[] = {"- ", "\xE2\x80\xA2 ", "* ", ""};
  const char* const mark = kMarks[rng() % 4];
  std::string list;
  size_t first = 0;
  if (rng() % 2 == 0 && sentences.size() >= 3) {
    std::string intro = sentences[0];
    if (!intro.empty() && intro.back() == '.') intro.back() = ':';
    list = intro;
    first = 1;
  }
  for (size_t s = first; s < sentences.size(); ++s) {
    if (!list.empty()) list += '\n';
    list += *mark ? std::string(mark) : std::to_string(s - first + 1) + ". ";
    list += sentences[s];
  }
  paragraphs[k] = list;
  std::string out;
  for (const std::string& p : paragraphs) out += (out.empty() ? "" : "\n") + p;
  return out;
}

// An item with a section heading over one or two of its body paragraphs,
// as features and reports have: a line of one to three words. The headings
// are the generator's, common ones; osce-split reads their shape.
std::string with_headings(const std::string& item, std::mt19937& rng) {
  static const char* const kHeadings[] = {"Background", "Key findings", "Next steps", "About the project",
                                          "Recommendations", "Quotes", "The way forward", "Context",
                                          "Training modules", "Results"};
  std::vector<std::string> paragraphs = paragraphs_of(item);
  if (paragraphs.size() < 2) return item;
  std::string out;
  const size_t first = 1 + rng() % (paragraphs.size() - 1);
  const size_t second = paragraphs.size() >= 4 && rng() % 2 ? 1 + rng() % (paragraphs.size() - 1) : first;
  for (size_t k = 0; k < paragraphs.size(); ++k) {
    if (k == first || k == second) out += std::string(out.empty() ? "" : "\n") + kHeadings[rng() % 10];
    out += (out.empty() ? "" : "\n") + paragraphs[k];
  }
  return out;
}

// The item with its dateline's date first, as the Mission to Bosnia and
// Herzegovina writes them since 2024: "SARAJEVO, 19 December 2024 – " becomes
// "19 December 2024, SARAJEVO – ". An item without a dateline, or with one
// of no year or with a region after its place, stays as it is.
std::string with_date_first(const std::string& item) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  const auto d = osce::dateline_at(item);
  if (!d || d->date.empty() || d->place.find(',') != std::string::npos) return item;
  const int month = std::stoi(d->date.substr(5, 2)), day = std::stoi(d->date.substr(8, 2));
  return std::to_string(day) + " " + kMonths[month - 1] + " " + d->date.substr(0, 4) + ", " + d->place +
         " \xE2\x80\x93 " + item.substr(d->length);
}

// The length of the last line of `page` where a stored excerpt cut it
// mid-sentence, with its line end; 0 where it was not cut. Search engines and
// archives keep the first 2,000 characters or so of a page, and the cut line
// ("... the quality of education in different languages in Koso") reads as
// a headline over the next page it is joined to: a page of 1,500 bytes or
// more whose last line has over 30 characters and ends in a letter (as
// ends_in_letter_or_digit reads one, a digit aside).
size_t cut_last_line(std::string_view page) {
  constexpr size_t kExcerptBytes = 1500, kLineChars = 30;
  if (page.size() < kExcerptBytes) return 0;
  std::string_view body = page;
  while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.remove_suffix(1);
  const size_t from = body.rfind('\n') + 1;  // (npos + 1 is 0: a page of one line)
  std::string_view line = body.substr(from);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  // (Characters, not bytes: a line's bytes that open a character.)
  const auto chars = std::count_if(line.begin(), line.end(), [](char c) { return (c & 0xC0) != 0x80; });
  if (static_cast<size_t>(chars) <= kLineChars) return 0;
  const bool letter = !std::isdigit(static_cast<unsigned char>(line.back())) && osce::ends_in_letter_or_digit(line);
  return letter ? page.size() - from : 0;
}

// osce-split on pages nobody annotated: each regular file under `dir` (and
// its subdirectories) a page of one item, as a scraper saves a news item
// with its menu. The pages, in an order shuffled with a fixed seed, run
// together two to five at a time (each round another order: a small
// directory then gives each page several neighbours), two ways:
// - each page stripped alone by osce-strip, the texts joined a line apart:
//   the gold boundaries are the pages' starts;
// - the raw pages joined, then stripped as one page, as an aggregator's page
//   is scraped: the gold boundary of a page is its first line that survives
//   stripping it alone (with the line under it, where that is found too),
//   searched for at a line's start after the boundary before, or the first
//   of the lines above it that stripping it alone lifted (its title, its date
//   line) and the whole kept. Where the strip of the whole took that line,
//   the page's boundary is not counted, and the count says how many were not.
// A page that is itself several items makes false boundaries here.
int evaluate_on_pages(const fs::path& dir, const osce::SplitOptions& opt, size_t rounds, bool drop_cut_lines,
                      bool show_errors) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  struct Page {
    std::string raw, stripped;
  };
  std::vector<Page> pages;
  size_t cut_lines = 0;
  for (const fs::path& file : files) {
    std::string raw = osce::read_file(file.string());
    if (drop_cut_lines) {
      if (const size_t cut = cut_last_line(raw)) {
        raw.erase(raw.size() - cut);
        ++cut_lines;
      }
    }
    std::string stripped = osce::strip_text(raw, {}).text;
    // (An item begins at its first byte that is no blank, as osce-split's do.)
    while (!stripped.empty() && (stripped.back() == '\n' || stripped.back() == ' ')) stripped.pop_back();
    stripped.erase(0, std::min(stripped.find_first_not_of(" \t\n"), stripped.size()));
    if (!stripped.empty()) pages.push_back({std::move(raw), std::move(stripped)});
  }
  if (pages.size() < 2) {
    std::fprintf(stderr, "%s: %zu pages with text after osce-strip; two at least are needed\n", dir.c_str(),
                 pages.size());
    return 2;
  }
  // Each round shuffles the pages anew and runs them together, each page once.
  std::mt19937 rng(1);
  std::vector<size_t> order;  // indexes into pages, round after round
  std::vector<std::pair<size_t, size_t>> runs;  // (first in order, pages)
  for (size_t round = 0; round < rounds; ++round) {
    const size_t base = order.size();
    for (size_t k = 0; k < pages.size(); ++k) order.push_back(k);
    std::shuffle(order.begin() + static_cast<std::ptrdiff_t>(base), order.end(), rng);
    for (size_t at = 0; at < pages.size();) {
      const size_t n = std::min<size_t>(2 + rng() % 4, pages.size() - at);
      if (n == 1) {  // a last page alone goes with the run before
        ++runs.back().second;
        break;
      }
      runs.emplace_back(base + at, n);
      at += n;
    }
  }
  // Where `key` stands at a line's start in `text` (blanks before it), from `from` on.
  auto line_at = [](const std::string& text, const std::string& key, size_t from) {
    auto starts_a_line = [&](size_t at) {
      const size_t line = text.rfind('\n', at == 0 ? 0 : at - 1);
      const size_t begin = line == std::string::npos || at == 0 ? 0 : line + 1;
      return text.find_first_not_of(" \t", begin) == at;
    };
    size_t at = text.find(key, from);
    while (at != std::string::npos && !starts_a_line(at)) at = text.find(key, at + 1);
    return at;
  };
  Score alone, joined;
  size_t not_counted = 0;
  for (const auto& [first, n] : runs) {
    std::string text;
    std::vector<size_t> gold;
    for (size_t k = first; k < first + n; ++k) {
      if (!text.empty()) text += '\n';
      gold.push_back(text.size());
      text += pages[order[k]].stripped;
    }
    std::vector<size_t> got = starts_of(text, opt);
    alone.add(gold, got, text.size());
    if (show_errors) print_errors(text, gold, got, opt);

    std::string raw;
    for (size_t k = first; k < first + n; ++k) {
      if (!raw.empty() && raw.back() != '\n') raw += '\n';
      raw += pages[order[k]].raw;
    }
    const std::string whole = osce::strip_text(raw, {}).text;
    gold.assign(1, 0);
    size_t after = 0;  // where the page before was found to begin
    for (size_t k = first + 1; k < first + n; ++k) {
      const std::string& page = pages[order[k]].stripped;
      const size_t first_end = std::min(page.find('\n'), page.size());
      const size_t second_end = first_end < page.size() ? std::min(page.find('\n', first_end + 1), page.size()) : 0;
      size_t at = second_end > first_end + 1 ? line_at(whole, page.substr(0, second_end), after) : std::string::npos;
      if (at == std::string::npos) at = line_at(whole, page.substr(0, first_end), after);
      if (at == std::string::npos) {
        ++not_counted;
        continue;
      }
      // Lines that stripping the page alone lifted from its head (its title,
      // its date line) may stand in the whole above that line, under the page
      // before's last line: the page begins at the first of them.
      const std::string& before = pages[order[k - 1]].stripped;
      const size_t before_line = before.rfind('\n');
      const std::string last_before = before.substr(before_line == std::string::npos ? 0 : before_line + 1);
      const size_t before_end = line_at(whole, last_before, after);
      if (before_end != std::string::npos && before_end < at) {
        const std::string_view own_first = std::string_view(page).substr(0, first_end);
        for (const osce::TextLine& line : osce::split_lines(pages[order[k]].raw)) {
          const std::string_view t = osce::trim(line.text);
          if (t == own_first) break;
          if (t.empty()) continue;
          const size_t head = line_at(whole, std::string(t), before_end + last_before.size());
          if (head != std::string::npos && head < at) {
            at = head;
            break;
          }
        }
      }
      gold.push_back(at);
      after = at + 1;
    }
    got = starts_of(whole, opt);
    joined.add(gold, got, whole.size());
    if (show_errors) print_errors(whole, gold, got, opt);
  }
  std::printf("%zu pages under %s (%zu files; those with no text after osce-strip left out), in %zu runs of 2 to 5",
              pages.size(), dir.c_str(), files.size(), runs.size());
  if (rounds > 1) std::printf(" (%zu rounds, each page once a round)", rounds);
  std::printf("\n");
  if (drop_cut_lines) {
    std::printf("  (%zu %s dropped as cut mid-sentence)\n", cut_lines,
                cut_lines == 1 ? "page's last line" : "pages' last lines");
  }
  alone.print("pages stripped one by one, then joined");
  joined.print("pages joined, then stripped");
  if (not_counted > 0) {
    std::printf("  (%zu %s of the joined pages not counted: the page's first line is not in the whole)\n",
                not_counted, not_counted == 1 ? "boundary" : "boundaries");
  }
  return 0;
}

constexpr char kUsage[] =
    "CORPUS_DIR [THRESHOLD] [--errors]\n"
    "--pages DIR [THRESHOLD] [--rounds N] [--drop-cut-lines] [--errors]";

int run(int argc, char** argv) {
  // (Flags anywhere; the positionals in their order.)
  bool on_pages = false, show_errors = false, drop_cut_lines = false;
  size_t rounds = 1;
  std::vector<std::string> positional;
  for (int k = 1; k < argc; ++k) {
    const std::string arg = argv[k];
    if (arg == "--pages") {
      on_pages = true;
    } else if (arg == "--errors") {
      show_errors = true;
    } else if (arg == "--drop-cut-lines") {
      drop_cut_lines = true;
    } else if (arg == "--rounds" && k + 1 < argc) {
      rounds = static_cast<size_t>(std::max(1, std::atoi(argv[++k])));
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.empty() || positional.size() > 2) {
    print_usage(stderr, argv[0], kUsage);
    return 2;
  }
  const fs::path corpus = positional[0];
  osce::SplitOptions opt;
  if (positional.size() > 1) opt.threshold = std::stod(positional[1]);
  opt.explain = show_errors;
  if (on_pages) return evaluate_on_pages(corpus, opt, rounds, drop_cut_lines, show_errors);

  Score bundled;
  std::vector<std::string> items;  // gold items, for the generated pages
  std::vector<fs::path> golds;
  for (const auto& e : fs::directory_iterator(corpus / "gold/split")) golds.push_back(e.path());
  std::sort(golds.begin(), golds.end());
  for (const fs::path& gold_file : golds) {
    const std::string id = gold_file.stem().string();
    const std::string text = osce::strip_text(osce::read_file(corpus / "pages" / (id + ".txt")), {}).text;
    const auto lines = osce::split_lines(text);
    std::vector<size_t> gold;
    std::istringstream in(osce::read_file(gold_file));
    std::string row;
    while (std::getline(in, row)) {
      const size_t tab = row.find('\t');
      const size_t line = std::stoul(row.substr(0, tab));
      const std::string snippet = row.substr(tab + 1);
      const size_t at = std::string(lines[line - 1].text).find(snippet);
      if (at == std::string::npos) {
        std::fprintf(stderr, "%s: gold line %zu does not hold \"%s\"\n", id.c_str(), line, snippet.c_str());
        return 2;
      }
      gold.push_back(static_cast<size_t>(lines[line - 1].text.data() - text.data()) + at);
    }
    gold[0] = 0;
    const std::vector<size_t> got = starts_of(text, opt);
    Score one;
    one.add(gold, got, text.size());
    bundled.add(gold, got, text.size());
    one.print(("  " + id).c_str());
    for (size_t k = 0; k < gold.size(); ++k) {
      const size_t end = k + 1 < gold.size() ? gold[k + 1] : text.size();
      std::string item = text.substr(gold[k], end - gold[k]);
      while (!item.empty() && (item.back() == '\n' || item.back() == ' ')) item.pop_back();
      // News items only: cards and document entries do not stand alone.
      if (id.rfind("003", 0) != 0 && id.rfind("004", 0) != 0) items.push_back(item);
    }
  }
  bundled.print("bundled pages");

  std::mt19937 rng(42);
  // (A new form goes last: the rows above it keep their pages.)
  enum class Form { kDatelines, kNoDatelines, kHeadlines, kLists, kSections, kDateFirst };
  for (const Form form :
       {Form::kDatelines, Form::kNoDatelines, Form::kHeadlines, Form::kLists, Form::kSections, Form::kDateFirst}) {
    Score generated;
    for (int page = 0; page < 200; ++page) {
      std::vector<std::string> pick = items;
      std::shuffle(pick.begin(), pick.end(), rng);
      pick.resize(3 + rng() % 6);
      std::string text;
      std::vector<size_t> gold;
      for (std::string item : pick) {
        if (form == Form::kNoDatelines) {
          if (auto d = osce::dateline_at(item)) item = item.substr(d->length);
        }
        if (form == Form::kDateFirst) item = with_date_first(item);
        if (!text.empty()) text += '\n';
        gold.push_back(text.size());
        if (form == Form::kHeadlines) text += headline_for(item, rng) + '\n';
        text += form == Form::kLists      ? with_list(item, rng)
                : form == Form::kSections ? with_headings(item, rng)
                                          : item;
      }
      const std::vector<size_t> got = starts_of(text, opt);
      generated.add(gold, got, text.size());
      if (show_errors) print_errors(text, gold, got, opt);
    }
    generated.print(form == Form::kDatelines     ? "generated pages (200), items keep datelines"
                    : form == Form::kNoDatelines ? "generated pages (200), datelines removed"
                    : form == Form::kHeadlines   ? "generated pages (200), headlines over items"
                    : form == Form::kLists       ? "generated pages (200), a paragraph a list"
                    : form == Form::kSections    ? "generated pages (200), section headings"
                                                 : "generated pages (200), datelines date first");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return eval_main(argc, argv, kUsage, run); }
