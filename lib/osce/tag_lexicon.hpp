// The lexicon osce-tag weighs fields of work with: phrases per field, what an
// issuing structure says about an item's fields, phrases that block a name
// ("North Korea" is not the Republic of Korea), and names that are also given
// names ("Jordan"). The data is corpus/tag_lexicon.tsv (format in
// corpus/README.md), compiled in like the taxonomy; --lexicon reads another.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "osce/taxonomy.hpp"

namespace osce {

enum class LexiconKind {
  kPhrase,     // `text` in an item counts `weight` for `field`
  kIssuer,     // an item issued by structure `text` counts `weight` for `field`; by any field
               // operation, open or closed, when `text` is kAnyFieldOperation
  kVoice,      // in an item issued by structure `text`, `field`'s phrases count at most `weight`
  kBlock,      // a name inside `text` is not the taxonomy's name
  kGivenName,  // the taxonomy name `text` is also a person's given name
};

// The issuer's text that stands for every field operation: their mandates
// are broad ("to promote democratization, the rule of law and human
// rights"), and the site labels their items so where the text names little.
inline constexpr std::string_view kAnyFieldOperation = "field operations";

struct LexiconEntry {
  LexiconKind kind;
  std::string field;  // canonical field name (kPhrase, kIssuer, kVoice)
  double weight = 0;
  std::string text;   // the phrase, without a trailing '*'; for kIssuer and kVoice a canonical structure name
                      // (or, for kIssuer, kAnyFieldOperation)
  bool exact_case = false;  // the phrase has a capital letter: match its case exactly
  bool prefix = false;      // the phrase ended in '*': any word that starts with it
};

// The forms a phrase or a block is matched in. The site writes the same term with a
// hyphen or a space between its words, "money-laundering" and "money
// laundering", "anti-corruption" and "anti corruption": a phrase matches with
// all of its separators written either way. Returns the phrase as written,
// then its form with a hyphen at every separator and with a space at every
// one, those that differ. A separator is a run of blanks or a single hyphen
// between two word bytes; a hyphen elsewhere ("confidence- and") stays.
std::vector<std::string> separator_forms(std::string_view phrase);

// The text of the built-in lexicon, to read against another taxonomy.
std::string_view builtin_lexicon_text();

class TagLexicon {
 public:
  static const TagLexicon& builtin();
  // Reads a lexicon file; field and structure names must be in `taxonomy`
  // (aliases are mapped to canonical names). Throws Error naming file and line.
  static TagLexicon load(const std::string& path, const Taxonomy& taxonomy);
  static TagLexicon parse(std::string_view text, const std::string& source, const Taxonomy& taxonomy);

  const std::vector<LexiconEntry>& entries() const { return entries_; }

 private:
  std::vector<LexiconEntry> entries_;
};

}  // namespace osce
