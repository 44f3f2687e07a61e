#include "osce/line_model.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

#include "osce/error.hpp"
#include "osce/line_reader.hpp"
#include "osce/text_lines.hpp"

namespace osce {

std::string LineModel::normalize(std::string_view line) {
  const std::string_view t = trim(line);
  std::string out;
  out.reserve(t.size());
  bool blank = false;
  for (char c : t) {
    if (c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= '0' && c <= '9') c = '0';
    out += c;
  }
  return out;
}

bool LineModel::learnable(std::string_view line) {
  const std::string_view t = trim(line);
  return !t.empty() && word_count(t) <= kMaxWords;
}

void LineModel::add_document(std::string_view text) {
  ++documents_;
  std::unordered_set<std::string> seen;
  for (const TextLine& line : split_lines(text)) {
    if (!learnable(line.text)) continue;
    std::string key = normalize(line.text);
    if (seen.insert(key).second) ++counts_[std::move(key)];
  }
}

std::string LineModel::serialize(uint64_t min_docs, double min_share) const {
  std::vector<std::pair<std::string_view, uint64_t>> kept;
  for (const auto& [line, count] : counts_) {
    if (count >= min_docs && static_cast<double>(count) >= min_share * static_cast<double>(documents_)) {
      kept.emplace_back(line, count);
    }
  }
  // Most frequent first, then by text, so the same corpus gives the same file.
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::string out =
      "# osce-strip model: short lines that recur across the pages of a corpus.\n"
      "# Made by osce-strip --learn; applied with osce-strip --model FILE.\n"
      "# Each line: the number of pages it occurs in, a tab, the normalized line.\n";
  out += "documents\t" + std::to_string(documents_) + "\n";
  for (const auto& [line, count] : kept) {
    out += std::to_string(count);
    out += '\t';
    out += line;
    out += '\n';
  }
  return out;
}

LineModel LineModel::parse(std::string_view text, const std::string& source) {
  LineModel model;
  uint64_t line_no = 0;
  bool header = false;
  for (const TextLine& l : split_lines(text)) {
    ++line_no;
    if (l.text.empty() || l.text.front() == '#') continue;
    const size_t tab = l.text.find('\t');
    if (tab == std::string_view::npos) throw Error("expected a count, a tab and a line", source, line_no);
    const std::string_view first = l.text.substr(0, tab), rest = l.text.substr(tab + 1);
    if (!header) {
      if (first != "documents") throw Error("expected \"documents<TAB>N\" first", source, line_no);
      header = true;
      continue;
    }
    uint64_t count = 0;
    auto [end, ec] = std::from_chars(first.data(), first.data() + first.size(), count);
    if (ec != std::errc() || end != first.data() + first.size()) {
      throw Error("not a count: \"" + std::string(first) + "\"", source, line_no);
    }
    model.learned_.insert(normalize(rest));
  }
  if (!header) throw Error("not an osce-strip model (no \"documents\" line)", source);
  return model;
}

LineModel LineModel::load(const std::string& path) { return parse(read_file(path), path); }

bool LineModel::contains(std::string_view line) const {
  return learnable(line) && learned_.count(normalize(line)) > 0;
}

}  // namespace osce
