// How far predicted labels agree with true ones, per label and over all:
// what `osce-tag --evaluate` reports against the fields a site lists, and
// what make eval reports against the gold.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace osce {

struct AgreementCounts {
  size_t tp = 0, fp = 0, fn = 0;

  void add(const std::set<std::string>& truth, const std::set<std::string>& predicted);
  // 1 when there is nothing to be right or wrong about (no prediction, no truth).
  double precision() const;
  double recall() const;
  double f1() const;
};

class LabelAgreement {
 public:
  // One item's true and predicted labels.
  void add(const std::set<std::string>& truth, const std::set<std::string>& predicted);

  size_t items() const { return items_; }
  const AgreementCounts& micro() const { return micro_; }
  // The mean F1 of every label seen, true or predicted.
  double macro_f1() const;
  const std::map<std::string, AgreementCounts>& by_label() const { return by_label_; }

 private:
  size_t items_ = 0;
  AgreementCounts micro_;
  std::map<std::string, AgreementCounts> by_label_;
};

// One line for `name` (micro precision, recall and F1, macro F1) and, with
// `per_label`, a line for each label: precision, recall, tp, fp, fn.
std::string agreement_table(std::string_view name, const LabelAgreement& agreement, bool per_label);

}  // namespace osce
