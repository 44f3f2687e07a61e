#include "osce/tag_evaluation.hpp"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace osce {

void TagEvaluation::add(const Record& rec, const TagResult& result) {
  std::vector<std::string> unknown;
  const std::vector<std::string> listed = taxonomy_.canonical_fields(rec.get_strings("listed_fields"), &unknown);
  for (const std::string& name : std::set<std::string>(unknown.begin(), unknown.end())) ++unknown_[name];
  if (listed.empty()) {
    ++unlabelled_;
    return;
  }
  agreement_.add({listed.begin(), listed.end()}, {result.fields.begin(), result.fields.end()});
}

std::string TagEvaluation::report() const {
  std::string out = std::to_string(agreement_.items()) + " records scored against their listed_fields, " +
                    std::to_string(unlabelled_) + " listing none of the taxonomy's fields\n";
  if (agreement_.items() == 0) {
    // A table of no items would read as perfect agreement.
    out += "nothing to score: no record lists a field of the taxonomy (listed_fields, which osce-strip and "
           "osce-split lift from the page)\n";
  } else {
    out += agreement_table("fields_of_work, text only", agreement_, true);
  }
  std::vector<std::pair<std::string, size_t>> unknown(unknown_.begin(), unknown_.end());
  std::stable_sort(unknown.begin(), unknown.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (!unknown.empty()) out += "listed, not fields of the taxonomy (not scored):\n";
  for (const auto& [name, records] : unknown) out += "    " + name + " (" + std::to_string(records) + ")\n";
  return out;
}

}  // namespace osce
