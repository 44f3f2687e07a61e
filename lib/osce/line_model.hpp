// A model of the lines that recur across many pages of a corpus, for page
// templates nobody anticipated (the way CCNet removes repeated paragraphs):
// `osce-strip --learn` counts, for every short line, in how many pages it
// occurs; `--model` removes the lines that occur in many. Applying it needs
// nothing but the model and one record, so a pipeline using it still scales
// out.
//
// Only short lines (at most kMaxWords words) are counted or removed: a
// paragraph that many pages repeat (an institution's "about" blurb) is part
// of the items, not of the template.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace osce {

class LineModel {
 public:
  static constexpr size_t kMaxWords = 12;

  // The form lines are compared in: trimmed, blanks folded to one space,
  // ASCII lowercased, digits as 0 ("© 2023 OSCE" and "© 2024 OSCE" match).
  static std::string normalize(std::string_view line);
  // True for a line the model may count or remove: not blank, short.
  static bool learnable(std::string_view line);

  // Learning: counts each distinct learnable line of `text` once.
  void add_document(std::string_view text);
  uint64_t documents() const { return documents_; }
  // Writes the model: lines found in at least `min_docs` pages and at least
  // `min_share` of all pages, most frequent first. Format in osce-strip(1).
  std::string serialize(uint64_t min_docs, double min_share) const;

  // Applying. Throws Error naming the file and line of a malformed model.
  static LineModel parse(std::string_view text, const std::string& source);
  static LineModel load(const std::string& path);
  // True when `line` is learnable and the model holds its normalized form.
  bool contains(std::string_view line) const;
  size_t size() const { return learned_.size(); }

 private:
  uint64_t documents_ = 0;
  std::unordered_map<std::string, uint64_t> counts_;  // normalized line -> pages
  std::unordered_set<std::string> learned_;
};

}  // namespace osce
