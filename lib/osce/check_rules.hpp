// The rules osce-check applies, by name, group and severity. One table: it
// drives --select and --ignore, --list-rules and the manual's rule list.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

enum class Severity { kError, kWarning };

struct Rule {
  std::string_view name;
  std::string_view group;  // stream, identity, cleaning, values, encoding
  Severity severity;
  std::string_view summary;
};

const std::vector<Rule>& all_rules();
const Rule& rule(std::string_view name);  // REQUIRES: a name of all_rules()

// Whether `name` is a rule's name or a group's.
bool is_rule_or_group(std::string_view name);

// The rule names that are on: `select` (rule or group names; empty means
// all) minus `ignore`. Throws Error naming `source` for an unknown name.
std::set<std::string, std::less<>> resolve_rules(const std::vector<std::string>& select,
                                                 const std::vector<std::string>& ignore,
                                                 const std::string& source);

}  // namespace osce
