#include "osce/tag_lexicon.hpp"

#include <algorithm>
#include <cstdlib>

#include "osce/data_table.hpp"
#include "osce/error.hpp"
#include "osce/line_reader.hpp"
#include "osce/phrase_matcher.hpp"
#include "osce/text_lines.hpp"

namespace osce {

extern const std::string_view kBuiltinLexicon;  // generated from corpus/tag_lexicon.tsv

std::string_view builtin_lexicon_text() { return kBuiltinLexicon; }

std::vector<std::string> separator_forms(std::string_view phrase) {
  auto word = [](char c) { return PhraseMatcher::word_byte(static_cast<uint8_t>(c)); };
  auto with = [&](char separator) {
    std::string form;
    for (size_t i = 0; i < phrase.size();) {
      size_t j = i;
      while (j < phrase.size() && is_ascii_space(phrase[j])) ++j;
      const bool hyphen = j == i && phrase[i] == '-';
      if (hyphen) ++j;
      if (j > i && i > 0 && j < phrase.size() && word(phrase[i - 1]) && word(phrase[j])) {
        form += separator;
        i = j;
      } else {
        form += phrase[i++];
      }
    }
    return form;
  };
  std::vector<std::string> forms = {std::string(phrase)};
  for (std::string form : {with('-'), with(' ')}) {
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
  }
  return forms;
}

const TagLexicon& TagLexicon::builtin() {
  static const TagLexicon lexicon = parse(kBuiltinLexicon, "builtin lexicon", Taxonomy::builtin());
  return lexicon;
}

TagLexicon TagLexicon::load(const std::string& path, const Taxonomy& taxonomy) {
  return parse(read_file(path), path, taxonomy);
}

TagLexicon TagLexicon::parse(std::string_view text, const std::string& source, const Taxonomy& taxonomy) {
  TagLexicon lexicon;
  for (const TableRow& row : read_table(text, source, {"kind", "field", "weight", "text"})) {
    const uint64_t line_no = row.line;
    const std::vector<std::string_view>& cells = row.cells;
    LexiconEntry e;
    const std::string_view kind = cells[0];
    if (kind == "phrase") {
      e.kind = LexiconKind::kPhrase;
    } else if (kind == "issuer") {
      e.kind = LexiconKind::kIssuer;
    } else if (kind == "voice") {
      e.kind = LexiconKind::kVoice;
    } else if (kind == "block") {
      e.kind = LexiconKind::kBlock;
    } else if (kind == "given-name") {
      e.kind = LexiconKind::kGivenName;
    } else {
      throw Error("unknown kind \"" + std::string(kind) + "\" (phrase, issuer, voice, block, given-name)", source,
                  line_no);
    }
    e.text = std::string(trim(cells[3]));
    if (e.text.empty()) throw Error("empty text", source, line_no);
    const bool of_structure = e.kind == LexiconKind::kIssuer || e.kind == LexiconKind::kVoice;
    if (e.kind == LexiconKind::kPhrase || of_structure) {
      const TaxonomyEntry* field = taxonomy.find(EntryKind::kField, cells[1]);
      if (!field) throw Error("\"" + std::string(cells[1]) + "\" is not a field of work of the taxonomy", source, line_no);
      e.field = field->name;
      const std::string weight(cells[2]);
      char* end = nullptr;
      e.weight = std::strtod(weight.c_str(), &end);
      if (weight.empty() || *end != '\0' || e.weight <= 0 || e.weight > 100) {
        throw Error("weight \"" + weight + "\" is not a number in (0, 100]", source, line_no);
      }
    }
    if (of_structure && !(e.kind == LexiconKind::kIssuer && e.text == kAnyFieldOperation)) {
      const TaxonomyEntry* found = taxonomy.find_structure(e.text);
      if (!found) throw Error("\"" + e.text + "\" is not a structure of the taxonomy", source, line_no);
      e.text = found->name;
    }
    if (e.kind == LexiconKind::kPhrase && e.text.back() == '*') {
      e.prefix = true;
      e.text.pop_back();
      if (e.text.empty()) throw Error("empty text", source, line_no);
    }
    for (char c : e.text) e.exact_case = e.exact_case || (c >= 'A' && c <= 'Z');
    lexicon.entries_.push_back(std::move(e));
  }
  return lexicon;
}

}  // namespace osce
