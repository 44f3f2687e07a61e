#include "osce/seen_records.hpp"

#include <algorithm>
#include <cassert>
#include <utility>

#include "osce/hash.hpp"

namespace osce {

uint32_t SeenRecords::add(std::string_view id, const std::string& file, uint64_t line) {
  const auto number = static_cast<uint32_t>(ids_.size());
  if (files_.empty() || files_.back() != file) {
    files_.push_back(file);
    file_runs_.emplace_back(number, static_cast<uint32_t>(files_.size() - 1));
  }
  ids_.push_back(id);
  id_tags_.push_back(tag_of_hash(text_hash(id, /*fold=*/false)));
  if (line_runs_.empty() || line != (last_line_ == 0 ? 0 : last_line_ + 1)) {
    line_runs_.push_back({number, line});
  }
  last_line_ = line;
  text_hashes_.push_back(0);
  return number;
}

std::string_view SeenRecords::file_of(uint32_t number) const {
  // The last run that starts at or before the record.
  size_t lo = 0, hi = file_runs_.size();
  while (hi - lo > 1) {
    const size_t mid = (lo + hi) / 2;
    (file_runs_[mid].first <= number ? lo : hi) = mid;
  }
  return files_[file_runs_[lo].second];
}

std::string SeenRecords::where(uint32_t number) const {
  const uint64_t line = line_of(number);
  return line ? std::string(file_of(number)) + ":" + std::to_string(line) : std::string(file_of(number));
}

uint64_t SeenRecords::line_of(uint32_t number) const {
  // The last run that starts at or before the record.
  const auto run = std::prev(std::upper_bound(line_runs_.begin(), line_runs_.end(), number,
                                              [](uint32_t n, const LineRun& r) { return n < r.first; }));
  return run->line == 0 ? 0 : run->line + (number - run->first);
}

std::optional<uint32_t> SeenRecords::first_with_id(uint32_t number) {
  assert(number + 1 == ids_.size());
  const std::string_view key = ids_.back();
  if (key.empty()) return std::nullopt;
  // Only a slot whose 32 bits of hash match asks for its id, decoded from
  // its restart.
  return by_id_.find_or_add(
      id_tags_[number], number, [&](uint32_t n) { return ids_.equals(n, key); },
      [this](uint32_t n) { return id_tags_[n]; });
}

std::optional<uint32_t> SeenRecords::first_with_text(uint32_t number, uint64_t hash) {
  text_hashes_[number] = hash;
  return by_text_.find_or_add(
      tag_of_hash(hash), number, [&](uint32_t n) { return text_hashes_[n] == hash; },
      [this](uint32_t n) { return tag_of_hash(text_hashes_[n]); });
}

}  // namespace osce
