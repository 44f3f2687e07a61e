// osce-tag's core under libFuzzer: whatever the text, every name it reports
// is a canonical name of the taxonomy of the right kind, without repeats,
// and the fields are at most --max-fields of the taxonomy's fields. And a
// text read in small pieces (as a long one is) tags as it does whole: the
// same fields, scores, evidence and names.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "osce/tagger.hpp"
#include "osce/utf8.hpp"

namespace {

bool canonical(const osce::Taxonomy& t, std::string_view name, bool (*kind_ok)(osce::EntryKind)) {
  for (const osce::TaxonomyEntry& e : t.entries()) {
    if (e.name == name && kind_ok(e.kind)) return true;
  }
  return false;
}

template <class V>
bool unique(V v) {
  std::sort(v.begin(), v.end());
  return std::adjacent_find(v.begin(), v.end()) == v.end();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (osce::find_invalid_utf8(text)) return 0;
  static const osce::Tagger tagger(osce::Taxonomy::builtin(), osce::TagLexicon::builtin());
  const osce::Taxonomy& t = osce::Taxonomy::builtin();
  osce::TagOptions opt;
  opt.use_page_labels = false;
  const osce::TagResult r = tagger.tag(text.substr(0, size / 4), text, {}, {}, opt);
  for (const auto& c : r.countries) {
    if (!canonical(t, c, [](osce::EntryKind k) { return k == osce::EntryKind::kState || k == osce::EntryKind::kPartner; })) std::abort();
  }
  for (const auto& s : r.structures) {
    if (!canonical(t, s, [](osce::EntryKind k) { return osce::is_structure(k); })) std::abort();
  }
  for (const auto& f : r.fields) {
    if (!canonical(t, f, [](osce::EntryKind k) { return k == osce::EntryKind::kField; })) std::abort();
  }
  if (r.fields.size() > opt.max_fields || !unique(r.countries) || !unique(r.structures) || !unique(r.fields)) {
    std::abort();
  }
  opt.collect_evidence = true;
  const osce::TagResult whole = tagger.tag(text.substr(0, size / 4), text, {}, {}, opt);
  opt.piece_bytes = 1 + size % 7;
  const osce::TagResult pieces = tagger.tag(text.substr(0, size / 4), text, {}, {}, opt);
  if (pieces.fields != whole.fields || pieces.countries != whole.countries || pieces.structures != whole.structures ||
      pieces.scores.size() != whole.scores.size() || pieces.evidence.size() != whole.evidence.size()) {
    std::abort();
  }
  for (size_t k = 0; k < whole.scores.size(); ++k) {
    if (pieces.scores[k].field != whole.scores[k].field || pieces.scores[k].score != whole.scores[k].score) std::abort();
  }
  for (size_t k = 0; k < whole.evidence.size(); ++k) {
    const osce::Evidence &a = pieces.evidence[k], &b = whole.evidence[k];
    if (a.field != b.field || a.what != b.what || a.weight != b.weight || a.where != b.where) std::abort();
  }
  return 0;
}
