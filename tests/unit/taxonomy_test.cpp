#include <catch2/catch.hpp>

#include <map>

#include "osce/error.hpp"
#include "osce/taxonomy.hpp"

using osce::EntryKind;
using osce::Taxonomy;

TEST_CASE("taxonomy: the builtin copy has the OSCE's fields, States and Partners", "[taxonomy]") {
  std::map<EntryKind, int> count;
  for (const auto& e : Taxonomy::builtin().entries()) ++count[e.kind];
  CHECK(count[EntryKind::kField] == 23);
  CHECK(count[EntryKind::kState] == 57);
  CHECK(count[EntryKind::kPartner] == 11);
  CHECK(count[EntryKind::kFieldOperation] == 12);
}

TEST_CASE("taxonomy: other names resolve to the canonical one", "[taxonomy]") {
  const Taxonomy& t = Taxonomy::builtin();
  auto [kind, name, canonical] = GENERATE(table<EntryKind, std::string, std::string>({
      {EntryKind::kState, "Turkey", "Türkiye"},
      {EntryKind::kState, "czech republic", "Czechia"},
      {EntryKind::kState, "Kyrgyz Republic", "Kyrgyzstan"},
      {EntryKind::kField, "Combating human trafficking", "Combating trafficking in human beings"},
      {EntryKind::kInstitution, "ODIHR", "Office for Democratic Institutions and Human Rights"},
      {EntryKind::kFieldOperation, "POiD", "Programme Office in Dushanbe"},
      {EntryKind::kFieldOperation, "PCUz", "Project Co-ordinator in Uzbekistan"},
  }));
  const auto* e = t.find(kind, name);
  REQUIRE(e != nullptr);
  CHECK(e->name == canonical);
}

TEST_CASE("taxonomy: abbreviations match exactly, names ignore ASCII case", "[taxonomy]") {
  const Taxonomy& t = Taxonomy::builtin();
  CHECK(t.find(EntryKind::kInstitution, "odihr") == nullptr);
  CHECK(t.find(EntryKind::kState, "GEORGIA") != nullptr);
  CHECK(t.find(EntryKind::kState, "Atlantis") == nullptr);
}

TEST_CASE("taxonomy: a name of one kind is looked up as find does", "[taxonomy]") {
  const Taxonomy& t = Taxonomy::builtin();
  // Every name and alias of every entry, of its kind and of none other it lacks.
  for (const auto& e : t.entries()) {
    CHECK(t.is_name(e.kind, e.name));
    for (const std::string& a : e.aliases) CHECK(t.is_name(e.kind, a));
    for (const std::string& a : e.abbreviations) CHECK(t.is_name(e.kind, a));
  }
  CHECK(t.is_name(EntryKind::kState, "GEORGIA"));
  CHECK(t.is_name(EntryKind::kState, "Kyrgyz Republic"));
  CHECK_FALSE(t.is_name(EntryKind::kState, "ODIHR"));
  CHECK_FALSE(t.is_name(EntryKind::kState, "Programme Office in Dushanbe"));
  CHECK_FALSE(t.is_name(EntryKind::kInstitution, "odihr"));
  CHECK_FALSE(t.is_name(EntryKind::kState, "Atlantis"));
  CHECK(t.is_name("ODIHR"));
}

TEST_CASE("taxonomy: an issuer marked (closed) is the structure of that name", "[taxonomy]") {
  const Taxonomy& t = Taxonomy::builtin();
  const auto* baku = t.find_structure("OSCE Project Co-ordinator in Baku (closed)");
  REQUIRE(baku != nullptr);
  CHECK(baku->name == "Project Co-ordinator in Baku");
  CHECK(t.find_structure("OSCE Special Monitoring Mission to Ukraine (Closed)") != nullptr);
  // Only the status goes; what remains must still be a name.
  CHECK(t.find_structure("Atlantis (closed)") == nullptr);
  CHECK(t.find_structure(" (closed)") == nullptr);
  CHECK(t.find_structure("OSCE Project Co-ordinator in Baku (former)") == nullptr);
}

TEST_CASE("taxonomy: listed fields become canonical names, each once, in order", "[taxonomy]") {
  const Taxonomy& t = Taxonomy::builtin();
  std::vector<std::string> unknown;
  const auto fields = t.canonical_fields({" Counter-terrorism", "Climate change", "Policing", "Countering terrorism", ""},
                                         &unknown);
  CHECK(fields == std::vector<std::string>{"Countering terrorism", "Policing"});
  CHECK(unknown == std::vector<std::string>{"Climate change"});
  CHECK(t.canonical_fields({"Georgia"}).empty());  // a State, not a field
}

TEST_CASE("taxonomy: malformed files name the line", "[taxonomy]") {
  const std::string header = "kind\tname\taliases\tabbreviations\tdemonyms\tnote\n";
  auto [text, line] = GENERATE_COPY(table<std::string, uint64_t>({
      {header + "state\tX\t\t\t\n", 2},
      {"# comment\n" + header + "planet\tX\t\t\t\t\n", 3},
      {header + "state\t\t\t\t\t\n", 2},
      {header + "state\tX\t\t\t\t\nstate\tx\t\t\t\t\n", 3},
      {"state\tX\t\t\t\t\n", 1},
  }));
  try {
    Taxonomy::parse(text, "t.tsv");
    FAIL("no error");
  } catch (const osce::Error& e) {
    CHECK(e.file() == "t.tsv");
    CHECK(e.line() == line);
  }
}
