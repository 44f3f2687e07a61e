// osce-check's work: the rules of check_rules.hpp applied record by record,
// in one pass. Only fingerprints stay in memory across records: per record
// the part of its id that the id before it does not share, and about 50
// bytes of bookkeeping (SeenRecords: its text's hash, its id's tag, the
// tables of first ids and texts; NearDuplicateIndex: its SimHash and four
// chain links); per parent of items, likewise the part of its name the
// parent before does not share, and about 30 bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "osce/check_rules.hpp"
#include "osce/item_families.hpp"
#include "osce/record.hpp"
#include "osce/seen_records.hpp"
#include "osce/simhash.hpp"

namespace osce {

class Taxonomy;

struct Finding {
  std::string file;
  uint64_t line;  // 0: the whole file
  const Rule* rule;
  std::string message;
  std::string id;  // the record's id, when it has one
};

struct CheckOptions {
  const Taxonomy* taxonomy = nullptr;          // nullptr: the builtin taxonomy
  std::string today;                           // YYYY-MM-DD; later dates are in the future
  std::set<std::string, std::less<>> enabled;  // rule names (resolve_rules)
};

class Checker {
 public:
  Checker(CheckOptions options, std::function<void(const Finding&)> report);

  // A line of a record stream that is not a record.
  void bad_line(const std::string& file, uint64_t line, ParseFailure failure, const std::string& why);
  // A record of a stream (line > 0) or a plain-text page (line 0).
  void check(const std::string& file, uint64_t line, const Record& rec);
  // Checks that need the whole corpus (items missing from a parent).
  void finish();

  uint64_t records() const { return records_; }

 private:
  void emit(const std::string& file, uint64_t line, std::string_view rule, std::string message,
            const std::string& id);
  bool on(std::string_view rule) const { return options_.enabled.count(rule) > 0; }
  void check_types(const std::string& file, uint64_t line, const Record& rec, const std::string& id);
  void check_identity(const std::string& file, uint64_t line, const Record& rec, const std::string& id,
                      std::string_view text);
  void check_cleaning(const std::string& file, uint64_t line, const std::string& id, std::string_view text);
  void check_values(const std::string& file, uint64_t line, const Record& rec, const std::string& id,
                    std::string_view text);

  CheckOptions options_;
  std::function<void(const Finding&)> report_;
  const Taxonomy& taxonomy_;
  uint64_t records_ = 0;

  // Fingerprints across records.
  SeenRecords seen_;
  NearDuplicateIndex near_;
  ItemFamilies families_;
};

}  // namespace osce
