#include "osce/taxonomy.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <utility>

#include "osce/data_table.hpp"
#include "osce/error.hpp"
#include "osce/hash.hpp"
#include "osce/line_reader.hpp"
#include "osce/text_lines.hpp"

namespace osce {

extern const std::string_view kBuiltinTaxonomy;  // generated from corpus/taxonomy.tsv

namespace {

constexpr std::array<std::pair<EntryKind, std::string_view>, 8> kKinds{{
    {EntryKind::kField, "field"},
    {EntryKind::kState, "state"},
    {EntryKind::kPartner, "partner"},
    {EntryKind::kBody, "body"},
    {EntryKind::kInstitution, "institution"},
    {EntryKind::kSecretariat, "secretariat"},
    {EntryKind::kFieldOperation, "field-operation"},
    {EntryKind::kClosedOperation, "closed-operation"},
}};

std::vector<std::string> list_cell(std::string_view cell) {
  std::vector<std::string> out;
  if (cell.empty()) return out;
  for (std::string_view item : split_on(cell, '|')) {
    if (!item.empty()) out.emplace_back(item);
  }
  return out;
}

// The name as American English spells it ("OSCE Center in Bishkek", "OSCE
// Program Office in Dushanbe", "Project Coordinator"), as news agencies and
// governments' sites write the OSCE's British names; the name itself when it
// has none of those words.
std::string american_spelling(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"Centre", "Center"}, {"Programme", "Program"}, {"Co-ordinator", "Coordinator"}, {"Co-operation", "Cooperation"},
      {"co-operation", "cooperation"}};
  std::string out(name);
  for (const auto& [british, american] : kWords) {
    for (size_t at = out.find(british); at != std::string::npos; at = out.find(british, at + american.size())) {
      out.replace(at, british.size(), american);
    }
  }
  return out;
}

// Adds the American spelling of the name and of each alias, where it differs
// and is not there already.
void add_american_spellings(TaxonomyEntry& e) {
  const size_t written = e.aliases.size();
  for (size_t k = 0; k <= written; ++k) {
    std::string american = american_spelling(k == written ? e.name : e.aliases[k]);
    const bool known = ascii_iequal(e.name, american) ||
                       std::any_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& a) { return ascii_iequal(a, american); });
    if (!known) {
      e.aliases.push_back(std::move(american));
    }
  }
}

}  // namespace

std::string_view kind_name(EntryKind kind) {
  for (const auto& [k, name] : kKinds) {
    if (k == kind) return name;
  }
  return "?";
}

bool is_structure(EntryKind kind) {
  return kind != EntryKind::kField && kind != EntryKind::kState && kind != EntryKind::kPartner;
}

const Taxonomy& Taxonomy::builtin() {
  static const Taxonomy taxonomy = parse(kBuiltinTaxonomy, "builtin taxonomy");
  return taxonomy;
}

Taxonomy Taxonomy::load(const std::string& path) { return parse(read_file(path), path); }

Taxonomy Taxonomy::parse(std::string_view text, const std::string& source) {
  Taxonomy t;
  static std::atomic<uint64_t> parsed{0};
  t.serial_ = ++parsed;
  for (const TableRow& row : read_table(text, source, {"kind", "name", "aliases", "abbreviations", "demonyms", "note"})) {
    const uint64_t line_no = row.line;
    const std::vector<std::string_view>& cells = row.cells;
    TaxonomyEntry e;
    bool known = false;
    for (const auto& [k, name] : kKinds) {
      if (cells[0] == name) e.kind = k, known = true;
    }
    if (!known) throw Error("unknown kind \"" + std::string(cells[0]) + "\"", source, line_no);
    if (cells[1].empty()) throw Error("empty name", source, line_no);
    e.name = cells[1];
    e.aliases = list_cell(cells[2]);
    e.abbreviations = list_cell(cells[3]);
    e.demonyms = list_cell(cells[4]);
    e.note = cells[5];
    add_american_spellings(e);
    if (t.find(e.kind, e.name)) throw Error("duplicate entry \"" + e.name + "\"", source, line_no);
    t.entries_.push_back(std::move(e));
  }
  size_t keys = 0;
  for (const TaxonomyEntry& e : t.entries_) keys += 1 + e.aliases.size() + e.abbreviations.size();
  t.names_.assign(std::bit_ceil(4 * keys + 4), NameSlot{});
  t.shortest_name_ = SIZE_MAX;
  for (const TaxonomyEntry& e : t.entries_) {
    t.index_name(e.name, true, e.kind);
    for (const std::string& a : e.aliases) t.index_name(a, true, e.kind);
    for (const std::string& a : e.abbreviations) t.index_name(a, false, e.kind);
  }
  return t;
}

void Taxonomy::index_name(std::string_view name, bool fold, EntryKind kind) {
  if (name.empty()) return;
  const uint64_t h = text_hash(name, fold);
  const size_t mask = names_.size() - 1;
  size_t i = h & mask;
  while (!names_[i].key.empty()) i = (i + 1) & mask;
  names_[i] = {h, name, fold, kind};
  shortest_name_ = std::min(shortest_name_, name.size());
  longest_name_ = std::max(longest_name_, name.size());
}

bool Taxonomy::names_of(std::string_view text, std::optional<EntryKind> kind) const {
  if (text.size() < shortest_name_ || text.size() > longest_name_ || names_.empty()) return false;
  const size_t mask = names_.size() - 1;
  for (const bool fold : {true, false}) {
    const uint64_t h = text_hash(text, fold);
    for (size_t i = h & mask; !names_[i].key.empty(); i = (i + 1) & mask) {
      const NameSlot& s = names_[i];
      if (s.hash == h && s.folded == fold && (!kind || s.kind == *kind) &&
          (fold ? ascii_iequal(s.key, text) : s.key == text)) {
        return true;
      }
    }
  }
  return false;
}

const TaxonomyEntry* Taxonomy::find_structure(std::string_view name) const {
  for (const TaxonomyEntry& e : entries_) {
    if (is_structure(e.kind) && names(e, name)) return &e;
  }
  // The site writes a status after the name of a structure that has ended
  // its work ("OSCE Project Co-ordinator in Baku (closed)"): not a name.
  constexpr std::string_view kClosed = " (closed)";
  if (name.size() > kClosed.size() && ascii_iequal(name.substr(name.size() - kClosed.size()), kClosed)) {
    return find_structure(name.substr(0, name.size() - kClosed.size()));
  }
  return nullptr;
}

std::vector<std::string> Taxonomy::canonical_fields(const std::vector<std::string>& names,
                                                    std::vector<std::string>* unknown) const {
  std::vector<std::string> out;
  for (const std::string& name : names) {
    const TaxonomyEntry* f = find(EntryKind::kField, trim(name));
    if (!f) {
      if (unknown && !trim(name).empty()) unknown->emplace_back(trim(name));
    } else if (std::find(out.begin(), out.end(), f->name) == out.end()) {
      out.push_back(f->name);
    }
  }
  return out;
}

const TaxonomyEntry* Taxonomy::find(EntryKind kind, std::string_view name) const {
  for (const TaxonomyEntry& e : entries_) {
    if (e.kind == kind && names(e, name)) return &e;
  }
  return nullptr;
}

bool Taxonomy::names(const TaxonomyEntry& e, std::string_view name) {
  if (ascii_iequal(e.name, name)) return true;
  for (const std::string& a : e.aliases) {
    if (ascii_iequal(a, name)) return true;
  }
  for (const std::string& a : e.abbreviations) {
    if (a == name) return true;
  }
  return false;
}

}  // namespace osce
