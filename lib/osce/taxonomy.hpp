// The OSCE taxonomy: fields of work, participating States, Partners for
// Co-operation and structures, each with the other names it goes by.
//
// The data is corpus/taxonomy.tsv (format in corpus/README.md), compiled into
// every binary so that an installed tool needs no data directory; a tool's
// --taxonomy flag can load another copy.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

enum class EntryKind {
  kField,            // a field of work
  kState,            // a participating State
  kPartner,          // a Partner for Co-operation
  kBody,             // Chairpersonship, decision-making bodies, the Parliamentary Assembly
  kInstitution,      // ODIHR, HCNM, RFoM
  kSecretariat,      // the Secretariat and its units
  kFieldOperation,   // a field operation now active
  kClosedOperation,  // a field operation that has closed
};

// The kind's name in the data file ("field", "state", ...).
std::string_view kind_name(EntryKind kind);
// True for the kinds osce-tag reports as "structures".
bool is_structure(EntryKind kind);

struct TaxonomyEntry {
  EntryKind kind;
  std::string name;                        // canonical, as the site writes it today
  std::vector<std::string> aliases;        // other names, former names, long forms
  std::vector<std::string> abbreviations;  // matched case-sensitively
  std::vector<std::string> demonyms;       // "Tajik", "Uzbek": adjectives for a State
  std::string note;                        // free text ("closed 2022")
};

class Taxonomy {
 public:
  Taxonomy() = default;
  // Moved, never copied: the name index points into the entries' strings.
  Taxonomy(Taxonomy&&) = default;
  Taxonomy& operator=(Taxonomy&&) = default;
  Taxonomy(const Taxonomy&) = delete;
  Taxonomy& operator=(const Taxonomy&) = delete;

  // The copy compiled into the binary.
  static const Taxonomy& builtin();
  // Reads a taxonomy file. Throws Error naming the file and line.
  static Taxonomy load(const std::string& path);
  // Parses taxonomy text; `source` names it in errors. Throws Error.
  static Taxonomy parse(std::string_view text, const std::string& source);

  const std::vector<TaxonomyEntry>& entries() const { return entries_; }
  // The entry of `kind` whose canonical name, alias or abbreviation is
  // `name` (names and aliases compared case-insensitively for ASCII,
  // abbreviations exactly), or nullptr.
  const TaxonomyEntry* find(EntryKind kind, std::string_view name) const;
  // The structure (any kind is_structure() accepts) that `name` names,
  // compared as find() does, or nullptr: what an issued_by entry refers to.
  // A trailing " (closed)", the site's mark of a structure that has ended
  // its work, is not part of the name.
  const TaxonomyEntry* find_structure(std::string_view name) const;
  // The fields of work that `names` (a page's listed_fields) name, canonical,
  // each once, in their first order; a name that is no field of the taxonomy
  // ("Climate change") goes to `unknown` when given.
  std::vector<std::string> canonical_fields(const std::vector<std::string>& names,
                                            std::vector<std::string>* unknown = nullptr) const;
  // True when `text` is the name, an alias or an abbreviation of any entry,
  // compared as find() does. One hash lookup: navigation detection asks this
  // for every menu-shaped line.
  bool is_name(std::string_view text) const { return names_of(text, std::nullopt); }
  // The same for the names of entries of one kind: is `text` a State's name?
  bool is_name(EntryKind kind, std::string_view text) const { return names_of(text, kind); }
  // A number no other taxonomy parsed in this process has: what is known of
  // one taxonomy's names (a cache of answers) is not another's, though it
  // be at the same address once the first is gone.
  uint64_t serial() const { return serial_; }

 private:
  // `name` is e's name or an alias (ASCII case folded) or an abbreviation (exact).
  static bool names(const TaxonomyEntry& e, std::string_view name);

  void index_name(std::string_view name, bool fold, EntryKind kind);
  // Whether `text` is a name of an entry (of `kind`, when given).
  bool names_of(std::string_view text, std::optional<EntryKind> kind) const;

  std::vector<TaxonomyEntry> entries_;
  // Every name, alias (ASCII case folded) and abbreviation (exact), by
  // hash, open addressing: is_name is one probe per question, with no
  // string made. A slot's key points into entries_ (whose strings, once
  // parsed, do not move: the table is built after the last entry).
  struct NameSlot {
    uint64_t hash = 0;
    std::string_view key;  // empty: a free slot
    bool folded = false;
    EntryKind kind{};
  };
  std::vector<NameSlot> names_;
  size_t shortest_name_ = 0, longest_name_ = 0;
  uint64_t serial_ = 0;  // set by parse
};

}  // namespace osce
