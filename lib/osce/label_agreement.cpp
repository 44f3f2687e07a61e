#include "osce/label_agreement.hpp"

#include <cstdio>

namespace osce {

void AgreementCounts::add(const std::set<std::string>& truth, const std::set<std::string>& predicted) {
  for (const std::string& p : predicted) ++(truth.count(p) ? tp : fp);
  for (const std::string& t : truth) fn += !predicted.count(t);
}

double AgreementCounts::precision() const { return tp + fp ? double(tp) / double(tp + fp) : 1; }

double AgreementCounts::recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1; }

double AgreementCounts::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void LabelAgreement::add(const std::set<std::string>& truth, const std::set<std::string>& predicted) {
  ++items_;
  micro_.add(truth, predicted);
  for (const std::string& p : predicted) ++(truth.count(p) ? by_label_[p].tp : by_label_[p].fp);
  for (const std::string& t : truth) {
    if (!predicted.count(t)) ++by_label_[t].fn;
  }
}

double LabelAgreement::macro_f1() const {
  if (by_label_.empty()) return 0;
  double sum = 0;
  for (const auto& [label, counts] : by_label_) sum += counts.f1();
  return sum / double(by_label_.size());
}

std::string agreement_table(std::string_view name, const LabelAgreement& agreement, bool per_label) {
  char line[256];
  const AgreementCounts& m = agreement.micro();
  std::snprintf(line, sizeof line, "%-36.*s micro P %.3f R %.3f F1 %.3f | macro F1 %.3f\n", int(name.size()),
                name.data(), m.precision(), m.recall(), m.f1(), agreement.macro_f1());
  std::string out = line;
  if (!per_label) return out;
  for (const auto& [label, c] : agreement.by_label()) {
    std::snprintf(line, sizeof line, "    %-46s P %.2f R %.2f  (tp %zu fp %zu fn %zu)\n", label.c_str(), c.precision(),
                  c.recall(), c.tp, c.fp, c.fn);
    out += line;
  }
  return out;
}

}  // namespace osce
