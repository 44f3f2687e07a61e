#include "osce/check_rules.hpp"

#include <algorithm>
#include <stdexcept>

#include "osce/error.hpp"

namespace osce {

const std::vector<Rule>& all_rules() {
  static const std::vector<Rule> rules = {
      {"invalid-json", "stream", Severity::kError, "a line is not valid JSON"},
      {"not-object", "stream", Severity::kError, "a line is not a JSON object"},
      {"invalid-utf8", "stream", Severity::kError, "bytes that are not UTF-8"},
      {"missing-field", "stream", Severity::kError, "no \"id\" or no \"text\""},
      {"field-type", "stream", Severity::kError, "a field of the record format has the wrong type"},
      {"control-character", "stream", Severity::kWarning, "a control character other than tab, CR or LF in text"},
      {"empty-text", "stream", Severity::kError, "text is empty or blank"},
      {"duplicate-id", "identity", Severity::kError, "an id given to an earlier record"},
      {"duplicate-text", "identity", Severity::kError, "the same text as an earlier record"},
      {"near-duplicate", "identity", Severity::kWarning, "nearly the same text as an earlier record (SimHash)"},
      {"item-numbering", "identity", Severity::kError, "an item's id is not <parent>#<n>, or items of a parent are missing"},
      {"navigation-left", "cleaning", Severity::kError, "a navigation menu in the text (osce-strip's detection)"},
      {"chrome-left", "cleaning", Severity::kWarning, "page chrome in the text (skip links, breadcrumbs, ...)"},
      {"metadata-left", "cleaning", Severity::kWarning, "metadata label lines in the text (\"- Issued by:\")"},
      {"unsplit", "cleaning", Severity::kWarning,
       "several datelines (not those of a list of dated entries, which osce-split keeps whole), or a separator "
       "line between texts, in one record: items not split"},
      {"bad-date", "values", Severity::kError, "date is not a real calendar date YYYY-MM-DD"},
      {"future-date", "values", Severity::kError, "date is after --today"},
      {"early-date", "values", Severity::kError, "date is before 1973, when the CSCE began"},
      {"bad-dates", "values", Severity::kError, "a dates[] entry: bad value, backward range, or offsets that miss its text"},
      {"unknown-field-of-work", "values", Severity::kError, "a fields_of_work name that is not a canonical field of work"},
      {"unknown-country", "values", Severity::kError, "a countries name that is not a canonical State or Partner"},
      {"unknown-structure", "values", Severity::kError, "a structures name that is not a canonical OSCE structure"},
      {"mojibake", "encoding", Severity::kError, "double-encoded UTF-8 (\"\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2\", \"\xC3\x83\xC2\xA9\")"},
  };
  return rules;
}

const Rule& rule(std::string_view name) {
  for (const Rule& r : all_rules()) {
    if (r.name == name) return r;
  }
  throw std::logic_error("no rule " + std::string(name));
}

bool is_rule_or_group(std::string_view name) {
  return std::any_of(all_rules().begin(), all_rules().end(),
                     [&](const Rule& r) { return r.name == name || r.group == name; });
}

std::set<std::string, std::less<>> resolve_rules(const std::vector<std::string>& select,
                                                 const std::vector<std::string>& ignore,
                                                 const std::string& source) {
  auto expand = [&](const std::string& name, std::set<std::string, std::less<>>& into) {
    if (!is_rule_or_group(name)) throw Error("unknown rule or group \"" + name + "\" (see --list-rules)", source);
    for (const Rule& r : all_rules()) {
      if (r.name == name || r.group == name) into.emplace(r.name);
    }
  };
  std::set<std::string, std::less<>> on, off;
  if (select.empty()) {
    for (const Rule& r : all_rules()) on.emplace(r.name);
  }
  for (const std::string& s : select) expand(s, on);
  for (const std::string& s : ignore) expand(s, off);
  for (const std::string& s : off) on.erase(s);
  return on;
}

}  // namespace osce
