// osce-tag: the phrase matcher, and the tagger's rules for names and fields.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "osce/phrase_matcher.hpp"
#include "osce/tagger.hpp"
#include "test_files.hpp"

namespace {

std::vector<std::string> found(const osce::PhraseMatcher& m, std::string_view text) {
  std::vector<osce::PhraseMatcher::Match> matches;
  m.scan(text, matches);
  std::vector<std::string> out;
  for (const auto& x : matches) out.push_back(std::to_string(x.id) + ":" + std::string(text.substr(x.begin, x.end - x.begin)));
  return out;
}

const osce::Tagger& tagger() {
  static const osce::Tagger t(osce::Taxonomy::builtin(), osce::TagLexicon::builtin());
  return t;
}

// The options that tag from the text alone.
osce::TagOptions text_only() {
  osce::TagOptions opt;
  opt.use_page_labels = false;
  return opt;
}

osce::TagResult tag(const std::string& text, std::vector<std::string> issued_by = {}) {
  return tagger().tag("", text, issued_by, {}, text_only());
}

// A tagger over the built-in taxonomy and a lexicon of `rows` (the lines
// after the header).
osce::Tagger tagger_with(const std::string& rows) {
  const auto& tax = osce::Taxonomy::builtin();
  return osce::Tagger(tax, osce::TagLexicon::parse("kind\tfield\tweight\ttext\n" + rows, "f.tsv", tax));
}

using Names = std::vector<std::string_view>;

}  // namespace

TEST_CASE("the matcher finds every phrase, overlapping ones included, folding case and blanks", "[tag]") {
  osce::PhraseMatcher m;
  m.add("human rights");
  m.add("rights");
  m.add("human rights defenders");
  m.add("he");
  m.build();
  const auto got = found(m, "Human  Rights\ndefenders");
  CHECK(std::count(got.begin(), got.end(), "0:Human  Rights") == 1);
  CHECK(std::count(got.begin(), got.end(), "1:Rights") == 1);
  CHECK(std::count(got.begin(), got.end(), "2:Human  Rights\ndefenders") == 1);
  CHECK(std::count(got.begin(), got.end(), "3:he") == 0);  // "He" is not in the text
  // Phrases are words: "he" is neither in "the" nor in "heart".
  CHECK(found(m, "the heart").empty());
  CHECK(found(m, "the he, heart") == std::vector<std::string>{"3:he"});
  CHECK(found(m, "").empty());
  CHECK(m.phrase_count() == 4);
}

TEST_CASE("the matcher: a prefix phrase runs on into a word; an apostrophe ends one", "[tag]") {
  osce::PhraseMatcher m;
  m.add("stockpile", osce::PhraseMatcher::End::kPrefix);
  m.add("OSCE");
  m.build();
  CHECK(found(m, "Stockpiles and stockpile") == std::vector<std::string>{"0:Stockpile", "0:stockpile"});
  CHECK(found(m, "the OSCE\xE2\x80\x99s OSCEs 1OSCE \xC3\xA9OSCE -OSCE") ==
        std::vector<std::string>{"1:OSCE", "1:OSCE"});
}

TEST_CASE("the matcher's start offsets survive collapsed blanks and UTF-8", "[tag]") {
  osce::PhraseMatcher m;
  m.add("Türkiye");
  m.add("a b");
  m.build();
  const std::string text = "x  \xC3\xA9 T\xC3\xBCrkiye and a \n\t b.";
  std::vector<osce::PhraseMatcher::Match> matches;
  m.scan(text, matches);
  REQUIRE(matches.size() == 2);
  CHECK(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == "T\xC3\xBCrkiye");
  CHECK(text.substr(matches[1].begin, matches[1].end - matches[1].begin) == "a \n\t b");
}

// The matcher's contract spelled out the slow way: fold the text (case, runs
// of blanks), find each phrase in the folded text, map back to raw offsets,
// keep the occurrences that are words.
std::vector<std::tuple<size_t, size_t, uint32_t>> reference_matches(const std::vector<std::string>& phrases,
                                                                    const std::string& text, size_t& words) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; };
  auto fold = [&](char c) { return blank(c) ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  std::string folded;
  std::vector<size_t> raw_begin;  // of each folded byte
  words = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (blank(text[i]) && (folded.empty() || folded.back() == ' ')) continue;
    if (!blank(text[i]) && (i == 0 || blank(text[i - 1]))) ++words;
    folded += fold(text[i]);
    raw_begin.push_back(i);
  }
  std::vector<std::tuple<size_t, size_t, uint32_t>> out;
  for (uint32_t id = 0; id < phrases.size(); ++id) {
    std::string p;
    for (char c : phrases[id]) p += fold(c);
    for (size_t at = folded.find(p); at != std::string::npos; at = folded.find(p, at + 1)) {
      // A phrase ends at its last byte read: the first blank of a run.
      const size_t begin = raw_begin[at], end = raw_begin[at + p.size() - 1] + 1;
      if (begin > 0 && word(text[begin - 1])) continue;
      if (end < text.size() && word(text[end])) continue;  // the phrases end in letters
      out.emplace_back(begin, end, id);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST_CASE("the matcher agrees with a plain search on random texts", "[tag]") {
  std::mt19937 rng(20261124);
  const std::string alphabet = "abAB1-\xC3 \n\t";  // then the blanks
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> phrases;
    osce::PhraseMatcher m;
    for (int k = 0; k < 12; ++k) {
      std::string p;
      const size_t len = 1 + rng() % (round % 2 ? 40 : 6);
      for (size_t i = 0; i < len; ++i) p += "ab"[rng() % 2];
      if (len > 3) p[len / 2] = ' ';  // a phrase of words
      phrases.push_back(p);
      m.add(p);
    }
    m.build();
    // Phrases (in other cases, with other blanks) between noise.
    std::string text;
    const size_t size = rng() % 3000;  // many 64-byte blocks, and less than one
    while (text.size() < size) {
      if (rng() % 2) {
        for (char c : phrases[rng() % phrases.size()]) {
          if (c == ' ') {
            text += std::string(1 + rng() % 3, alphabet[7 + rng() % 3]);
          } else {
            text += rng() % 2 ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
          }
        }
      } else {
        for (size_t i = rng() % 4; i > 0; --i) text += alphabet[rng() % alphabet.size()];
      }
    }
    std::vector<osce::PhraseMatcher::Match> got;
    const size_t got_words = m.scan(text, got);
    std::vector<std::tuple<size_t, size_t, uint32_t>> as_tuples;
    for (const auto& x : got) as_tuples.emplace_back(x.begin, x.end, x.id);
    REQUIRE(std::is_sorted(got.begin(), got.end(), [](const auto& a, const auto& b) { return a.end < b.end; }));
    std::sort(as_tuples.begin(), as_tuples.end());
    size_t want_words = 0;
    const auto want = reference_matches(phrases, text, want_words);
    REQUIRE(as_tuples == want);
    REQUIRE(got_words == want_words);
  }
}

TEST_CASE("States: names as written, other names and demonyms, no substrings or common words", "[tag]") {
  CHECK(tag("Talks in Georgia and in the Kyrgyz Republic.").countries == Names{"Georgia", "Kyrgyzstan"});
  CHECK(tag("Turkey and Türkiye are one State.").countries == Names{"Türkiye"});
  CHECK(tag("We ate turkey with a Tajik family and Uzbek friends.").countries == Names{"Tajikistan", "Uzbekistan"});
  CHECK(tag("A woman from Romania.").countries == Names{"Romania"});  // not Oman, not Roma
  CHECK(tag("Jordan Peterson spoke; Michael Jordan too.").countries.empty());
  CHECK(tag("The Ambassador of Jordan spoke.").countries == Names{"Jordan"});
  CHECK(tag("Officials from North Korea and Latin American States").countries.empty());
  // Kosovo's Roma, Ashkali and Egyptian communities are a people, not Egypt's.
  CHECK(tag("Roma, Ashkali and Egyptian communities; Ashkali, and Egyptians").countries.empty());
  CHECK(tag("Egyptian officials met Roma, Ashkali and Egyptian families.").countries == Names{"Egypt"});
  CHECK(tag("Talks with the US Embassy. PLEASE CONTACT US NOW").countries == Names{"United States of America"});
  // The forms news writes besides the names: dotted abbreviations, a short
  // name, a demonym.
  CHECK(tag("The U.S. and U.K. envoys met a Bosnian judge.").countries ==
        Names{"United States of America", "United Kingdom", "Bosnia and Herzegovina"});
  CHECK(tag("Ministers of Great Britain and of Bosnia and Herzegovina; Britain's envoy.").countries ==
        Names{"United Kingdom", "Bosnia and Herzegovina"});
}

TEST_CASE("structures: names, abbreviations, and short ones only after OSCE", "[tag]") {
  CHECK(tag("ODIHR observers and the RFoM met the POiD and PCUz.").structures ==
        Names{"Office for Democratic Institutions and Human Rights", "Representative on Freedom of the Media",
              "Programme Office in Dushanbe", "Project Co-ordinator in Uzbekistan"});
  CHECK(tag("The PA met, and the OSCE PA met.").structures == Names{"Parliamentary Assembly"});
  CHECK(tag("the OSCE Secretariat\xE2\x80\x99s Transnational Threats Department").structures ==
        Names{"Secretariat", "Transnational Threats Department"});
  CHECK(tag("the Secretary General of the Council of Europe").structures.empty());
  // Another organization's or State's body of the same name is not the OSCE's:
  // an abbreviation right before it (in parentheses, or with 's), or "of the"
  // and a name other than the OSCE's right after it.
  CHECK(tag("The NATO Parliamentary Assembly and NATO\xE2\x80\x99s Secretary General met.").structures.empty());
  CHECK(tag("The Bosnia and Herzegovina (BiH) Parliamentary Assembly (PA) House of Representatives met.").structures ==
        Names{});
  CHECK(tag("The Secretariat of the Energy Community and the Parliamentary Assembly of the Council of Europe.")
            .structures.empty());
  CHECK(tag("The Secretary General of the OSCE, the Secretariat of the Organization and the Parliamentary Assembly.")
            .structures == Names{"Secretary General", "Secretariat", "Parliamentary Assembly"});
  CHECK(tag("The Swiss Chairmanship and the OSCE\xE2\x80\x99s Secretariat met.").structures ==
        Names{"Chairpersonship", "Secretariat"});
  // A structure's name inside a longer one is that one; a State inside one still counts.
  CHECK(tag("The OSCE Special Monitoring Mission to Ukraine reported.").structures ==
        Names{"Special Monitoring Mission to Ukraine"});
  CHECK(tag("The Special Monitoring Mission\xE2\x80\x99s monitors reported.").structures ==
        Names{"Special Monitoring Mission to Ukraine"});
  // Field operations by the names they had before, and by the State's abbreviation.
  CHECK(tag("The OSCE Mission to BiH, the OSCE Centre in Almaty and the Centre in Tashkent met.").structures ==
        Names{"Mission to Bosnia and Herzegovina", "Programme Office in Astana", "Project Co-ordinator in Uzbekistan"});
  CHECK(tag("The OSCE Mission to Tajikistan and the Mission to the Federal Republic of Yugoslavia.").structures ==
        Names{"Programme Office in Dushanbe", "Mission to Serbia"});
  // American spellings of the British names, as news agencies and governments write them.
  CHECK(tag("The OSCE Center in Bishkek, the OSCE Program Office in Dushanbe and the Conflict Prevention Center.")
            .structures == Names{"Programme Office in Bishkek", "Programme Office in Dushanbe", "Conflict Prevention Centre"});
  CHECK(tag("The Office of the Coordinator of OSCE Economic and Environmental Activities and the Forum for Security "
            "Cooperation.")
            .structures ==
        Names{"Office of the Co-ordinator of OSCE Economic and Environmental Activities", "Forum for Security Co-operation"});
  // As the press writes them: "in" for "to", the State's name shortened, "on Freedom of Media".
  CHECK(tag("The OSCE Representative on Freedom of Media and the Head of the OSCE Mission in Bosnia met.").structures ==
        Names{"Representative on Freedom of the Media", "Mission to Bosnia and Herzegovina"});
  CHECK(tag("The OSCE Mission in Serbia and the OSCE Mission in North Macedonia met.").structures ==
        Names{"Mission to Serbia", "Mission to Skopje"});
  // Not an election observation mission in a State: only the Organization's own name with it.
  CHECK(tag("The ODIHR election observation mission in Moldova reported.").structures ==
        Names{"Office for Democratic Institutions and Human Rights"});
  const osce::TagResult moldova = tag("The OSCE Mission to Moldova met the OSCE Mission to Ukraine.");
  CHECK(moldova.structures == Names{"Mission to Moldova", "Mission to Ukraine"});
  CHECK(moldova.countries == Names{"Moldova", "Ukraine"});
}

TEST_CASE("fields: phrases weighed, names are not topics, issuers count", "[tag]") {
  const auto media = tag("Journalists discussed media freedom, the safety of journalists and media legislation.");
  REQUIRE_FALSE(media.fields.empty());
  CHECK(media.fields.front() == "Media freedom and development");
  // "Human Rights" inside ODIHR's name is a name, not the topic: no phrase
  // evidence, only the weak share of a structure the text names.
  osce::TagOptions explain;
  explain.use_page_labels = false;
  explain.collect_evidence = true;
  const auto odihr = tagger().tag("", "The Office for Democratic Institutions and Human Rights opened an office.", {},
                                  {}, explain);
  REQUIRE_FALSE(odihr.evidence.empty());
  for (const osce::Evidence& e : odihr.evidence) CHECK(e.where == "text");
  CHECK(odihr.fields.empty());
  // An item issued by the HCNM is about national minorities even in few words.
  const auto hcnm = tag("The High Commissioner visited Skopje.", {"High Commissioner on National Minorities"});
  CHECK(hcnm.fields == Names{"National minority issues"});
  // The site files the Parliamentary Assembly's political releases under
  // conflict prevention: its prior holds where the text says little, and
  // yields to a field the text names.
  const auto pa =
      tag("The Secretary General of the Assembly began his service today.", {"OSCE Parliamentary Assembly"});
  CHECK(pa.fields == Names{"Conflict prevention and resolution"});
  const auto pa_media =
      tag("The President urged the repeal of the new media law that gives the government control over public "
          "broadcasters, a threat to media freedom and media pluralism.",
          {"OSCE Parliamentary Assembly"});
  REQUIRE_FALSE(pa_media.fields.empty());
  CHECK(pa_media.fields.front() == "Media freedom and development");
  CHECK(std::find(pa_media.fields.begin(), pa_media.fields.end(), "Conflict prevention and resolution") ==
        pa_media.fields.end());
  CHECK(tag("A nice day in the park.").fields.empty());
  // An item a field operation issued, whose text names no field, is the
  // operation's broad work (democratization, human rights), as the site
  // labels it; a field the text names
  // comes first, and the prior does not reach a text that only names the
  // operation.
  const auto presence = tag("The Head of Presence met the Prime Minister today.", {"OSCE Presence in Albania"});
  CHECK(presence.fields == Names{"Democratization", "Human rights"});
  const auto closed = tag("The Head of Mission met the Prime Minister today.", {"OSCE Mission to Croatia (closed)"});
  CHECK(closed.fields == Names{"Democratization", "Human rights"});
  const auto policing = tag("The Presence trained police officers in community policing and crime prevention "
                            "with the State Police.",
                            {"OSCE Presence in Albania"});
  REQUIRE_FALSE(policing.fields.empty());
  CHECK(policing.fields.front() == "Policing");
  CHECK(tag("The Prime Minister met the OSCE Presence in Albania today.").fields.empty());
}

TEST_CASE("an assembly of parliaments that speaks of parliaments speaks of itself", "[tag]") {
  // The Assembly's President meeting parliamentary leaders is its politics,
  // which the site files under conflict prevention; a Mission's work with a
  // parliament is democratization.
  const std::string text = "The President met parliamentary leaders and parliamentarians in Tbilisi.";
  CHECK(tag(text, {"OSCE Parliamentary Assembly"}).fields == Names{"Conflict prevention and resolution"});
  CHECK(tag(text, {"OSCE Mission to Moldova"}).fields == Names{"Democratization"});
  CHECK(tag(text).fields == Names{"Democratization"});
  // A voice caps every phrase of its field at its weight, 1 here: weak
  // words, which add to the field where other evidence names it (a
  // structure) and never name it alone.
  const osce::Tagger t = tagger_with(
      "phrase\tDemocratization\t3\tparliament*\nphrase\tDemocratization\t3\tpolitical parties\n"
      "voice\tDemocratization\t1\tParliamentary Assembly\n");
  const std::string lead = "Parliamentarians met political parties.";
  const auto voiced = t.tag("", lead, {"Parliamentary Assembly"}, {}, text_only());
  REQUIRE(voiced.scores.size() == 1);
  CHECK(voiced.scores[0].score == Approx(2 * 1 * 1.5));
  CHECK(voiced.fields.empty());
  const auto unvoiced = t.tag("", lead, {"OSCE Mission to Moldova"}, {}, text_only());
  REQUIRE(unvoiced.scores.size() == 1);
  CHECK(unvoiced.scores[0].score == Approx(2 * 3 * 1.5));
  CHECK(unvoiced.fields == Names{"Democratization"});
}

TEST_CASE("fields: a structure the headline or the lead names counts as twice one the body names", "[tag]") {
  // The Minsk Group (issuer of Conflict prevention, weight 4): named in the
  // headline, 0.8 of its weight; only in the body, 0.4, under the threshold.
  const std::string body = "\nThe meeting with the Minister lasted about two hours.\n"
                           "The visit was agreed last week, the Ministry said.\n";
  CHECK(tag("OSCE Minsk Group Co-Chairs leave the Ministry" + body).fields == Names{"Conflict prevention and resolution"});
  const auto later = tag("Co-Chairs leave the Ministry" + body + "They co-chair the OSCE Minsk Group.\n");
  CHECK(later.fields.empty());
  // A title field counts as the headline.
  osce::TagOptions opt;
  opt.use_page_labels = false;
  CHECK(tagger().tag("OSCE Minsk Group Co-Chairs leave the Ministry", body, {}, {}, opt).fields ==
        Names{"Conflict prevention and resolution"});
}

TEST_CASE("fields: structures named three or more together split their share", "[tag]") {
  // A Council's decisions on its heads' terms name their offices; the item
  // is about none of their fields.
  const std::string body = "\nThe Council extended the terms of the Secretary General, the Representative on "
                           "Freedom of the Media and the High Commissioner on National Minorities, and appointed the "
                           "Director of the Office for Democratic Institutions and Human Rights.\n";
  CHECK(tag("Ministers agree on the Organization's top posts" + body).fields.empty());
  // One of them alone is still named for its field.
  CHECK(tag("Ministers meet in Skopje\nThe Representative on Freedom of the Media met the Minister in Skopje.\n")
            .fields == Names{"Media freedom and development"});
}

TEST_CASE("listed_fields decide when present, mapped to canonical names", "[tag]") {
  osce::TagOptions opt;
  const auto r = tagger().tag("", "Police and terrorism.", {}, {"Counter-terrorism", "Policing", "Not a field"}, opt);
  CHECK(r.from_page_labels);
  CHECK(r.fields.size() == 2);
  CHECK(std::count(r.fields.begin(), r.fields.end(), "Countering terrorism") == 1);
  opt.use_page_labels = false;
  CHECK_FALSE(tagger().tag("", "Police and terrorism.", {}, {"Policing"}, opt).from_page_labels);
}

TEST_CASE("the page's own labels in the text are not evidence; a repeated title counts once", "[tag]") {
  osce::TagOptions opt;
  opt.use_page_labels = false;
  opt.collect_evidence = true;
  // A listing item's block names its fields: that is listed_fields, and
  // --no-page-labels must not read it back out of the text.
  const std::string item =
      "Volunteers plant trees in Osh\nPublishing date: 2 April 2022\nWhat we do: Elections, Policing\n"
      "Fields of work:\nCountering terrorism\n- Cyber/ICT Security\nVolunteers planted trees in Osh.\n";
  const auto labelled = tagger().tag("Volunteers plant trees in Osh", item, {}, {}, opt);
  for (const osce::Evidence& e : labelled.evidence) {
    CHECK(e.field != "Elections");
    CHECK(e.field != "Policing");
    CHECK(e.field != "Countering terrorism");
    CHECK(e.field != "Cyber/ICT Security");
  }
  // The same words inside a sentence are evidence.
  CHECK_FALSE(tag("This is what we do: we observe elections.").fields.empty());
  // The title the item repeats as its first line is read once, as the
  // title; the lead is the first paragraph after the block's labels.
  const auto titled = tagger().tag("Election observers deploy", "Election observers deploy\nPublishing date: 2 April 2022\n"
                                   "The observers will follow the vote count.\n", {}, {}, opt);
  std::vector<std::string> where;
  for (const osce::Evidence& e : titled.evidence) where.push_back(e.where + ":" + e.what);
  CHECK(std::count(where.begin(), where.end(), "title:observers") == 1);
  CHECK(std::count(where.begin(), where.end(), "lead:observers") == 1);
  CHECK(std::count_if(where.begin(), where.end(), [](const std::string& w) { return w.starts_with("body:"); }) == 0);
}

TEST_CASE("a menu at the page's top or bottom names nothing the text is about", "[tag]") {
  osce::TagOptions opt = text_only();
  opt.collect_evidence = true;
  const std::string text =
      "Election observers deploy in Armenia\n"
      "The observers will follow the vote count in Yerevan, the Head of the ODIHR mission said.\n";
  const std::string menu_over = "-\nCountries\n- Albania\n- Georgia\n- Moldova\n-\nFields of work\n- Policing\n"
                                "- Youth\n- Education\n-\nStructures\n- Mission to Moldova\n- Secretariat\n";
  const std::string menu_under = "-\nAbout\n- Contact us\n- Mission to Skopje\n- Serbia\n";
  const osce::TagResult alone = tagger().tag("", text, {}, {}, opt);
  const osce::TagResult between = tagger().tag("", menu_over + text + menu_under, {}, {}, opt);
  CHECK(between.countries == alone.countries);
  CHECK(between.countries == std::vector<std::string_view>{"Armenia"});
  CHECK(between.structures == alone.structures);
  CHECK(between.fields == alone.fields);
  // The lead is the text's first paragraph, not the menu's first line.
  CHECK(std::any_of(between.evidence.begin(), between.evidence.end(),
                    [](const osce::Evidence& e) { return e.where == "lead"; }));
  // The same names in the text are the text's.
  CHECK(tag(text + "Observers from Georgia and Moldova joined them.\n").countries.size() == 3);
}

TEST_CASE("tag_record writes only its own fields", "[tag]") {
  osce::RecordParser parser;
  osce::Record rec;
  REQUIRE(parser.parse(R"({"id":"a","text":"ODIHR observed the elections in Georgia.","x":[1,  2]})", rec).empty());
  osce::TagResult result;
  tagger().tag_record(rec, {}, result);
  CHECK(rec.raw("x") == "[1,  2]");
  CHECK(rec.get_strings("countries") == std::vector<std::string>{"Georgia"});
  CHECK(rec.get_strings("structures") ==
        std::vector<std::string>{"Office for Democratic Institutions and Human Rights"});
  CHECK(rec.get_strings("fields_of_work").front() == "Elections");
}

TEST_CASE("a result tagged into again holds only the new record's", "[tag]") {
  // osce-tag keeps one result for every record: nothing of the last may stay.
  const std::vector<std::pair<std::string, std::vector<std::string>>> inputs = {
      {"ODIHR observed the elections in Georgia and Armenia.", {}},
      {"Police in Serbia trained on hate crimes.", {"OSCE Mission to Serbia"}},
      {"", {}},
      {"The weather was fine.", {}},
  };
  osce::TagOptions opt = text_only();
  opt.collect_evidence = true;
  osce::TagResult reused;
  for (const auto& [text, issued_by] : inputs) {
    CAPTURE(text);
    tagger().tag("", text, issued_by, {}, opt, reused);
    const osce::TagResult fresh = tagger().tag("", text, issued_by, {}, opt);
    CHECK(reused.fields == fresh.fields);
    CHECK(reused.countries == fresh.countries);
    CHECK(reused.structures == fresh.structures);
    CHECK(reused.scores.size() == fresh.scores.size());
    CHECK(reused.evidence.size() == fresh.evidence.size());
    CHECK(reused.from_page_labels == fresh.from_page_labels);
  }
  // From the page's labels, then from the text: the flag goes back.
  tagger().tag("", "Police training.", {}, {"Policing"}, {}, reused);
  CHECK(reused.from_page_labels);
  tagger().tag("", "Police training.", {}, {}, opt, reused);
  CHECK(!reused.from_page_labels);
  CHECK(reused.fields == Names{"Policing"});
}

TEST_CASE("the lexicon file names its errors", "[tag]") {
  const auto& tax = osce::Taxonomy::builtin();
  CHECK_THROWS_WITH(osce::TagLexicon::parse("kind\tfield\tweight\ttext\nphrase\tNo such field\t1\tx\n", "f.tsv", tax),
                    Catch::Contains("not a field of work"));
  CHECK_THROWS_WITH(osce::TagLexicon::parse("kind\tfield\tweight\ttext\nphrase\tYouth\tmany\tx\n", "f.tsv", tax),
                    Catch::Contains("weight"));
  CHECK_THROWS_WITH(osce::TagLexicon::parse("nope\n", "f.tsv", tax), Catch::Contains("header"));
  CHECK_THROWS_WITH(
      osce::TagLexicon::parse("kind\tfield\tweight\ttext\nvoice\tYouth\t1\tNo such structure\n", "f.tsv", tax),
      Catch::Contains("not a structure"));
  const auto lex = osce::TagLexicon::parse("kind\tfield\tweight\ttext\nphrase\tYouth\t2\tstudent*\n", "f.tsv", tax);
  REQUIRE(lex.entries().size() == 1);
  CHECK(lex.entries()[0].prefix);
  CHECK(lex.entries()[0].text == "student");
}

TEST_CASE("weak phrases add to a field but do not name one alone", "[tag]") {
  const osce::Tagger t = tagger_with(
      "phrase\tEducation\t1\tworkshop*\nphrase\tEducation\t3\tschool*\nphrase\tPolicing\t3\tpolice\n");
  const osce::TagOptions opt = text_only();
  // Weight 1 five times over is a score of 5, above the threshold, and still weak.
  const auto workshops = t.tag("Workshop", "Workshops, workshops and workshops. Another workshop.", {}, {}, opt);
  REQUIRE(workshops.scores.size() == 1);
  CHECK(workshops.scores[0].score > opt.threshold);
  CHECK_FALSE(workshops.scores[0].established);
  CHECK(workshops.fields.empty());
  // A weak field does not set the bar for the others either.
  const auto police = t.tag("Workshop", "Workshops, workshops and workshops with the police.", {}, {}, opt);
  CHECK(police.fields == Names{"Policing"});
  // With one phrase of its own, the weak ones count towards it.
  const auto school = t.tag("Workshop", "Workshops, workshops and workshops at a school.", {}, {}, opt);
  REQUIRE_FALSE(school.fields.empty());
  CHECK(school.fields.front() == "Education");
}

TEST_CASE("a field far behind the best is kept when the title names it", "[tag]") {
  const osce::Tagger t = tagger_with(
      "phrase\tPolicing\t3\tpolice\nphrase\tPolicing\t2\tinvestigat*\n"
      "phrase\tCombating trafficking in human beings\t3\thuman trafficking\n");
  const osce::TagOptions opt = text_only();
  const std::string text = "Police investigators and police officers met police trainers. The police course ended.";
  // In the title, trafficking needs no share of Policing's score.
  const auto titled = t.tag("Mission trains police to combat human trafficking", text, {}, {}, opt);
  CHECK(titled.fields == Names{"Policing", "Combating trafficking in human beings"});
  // Once in the text, it is a side remark: under the share, left out.
  const auto in_text = t.tag("Mission trains police", text + " It touched on human trafficking.", {}, {}, opt);
  CHECK(in_text.fields == Names{"Policing"});
}

TEST_CASE("a phrase's words are matched with a hyphen or a space between them", "[tag]") {
  using Forms = std::vector<std::string>;
  CHECK(osce::separator_forms("money laundering") == Forms{"money laundering", "money-laundering"});
  CHECK(osce::separator_forms("anti-corruption") == Forms{"anti-corruption", "anti corruption"});
  CHECK(osce::separator_forms("anti-money laundering") ==
        Forms{"anti-money laundering", "anti-money-laundering", "anti money laundering"});
  CHECK(osce::separator_forms("police") == Forms{"police"});
  // A hyphen that joins no two words stays as written.
  CHECK(osce::separator_forms("confidence- and security-building") ==
        Forms{"confidence- and security-building", "confidence- and-security-building",
              "confidence- and security building"});
  CHECK(osce::separator_forms("Cyber/ICT") == Forms{"Cyber/ICT"});

  const osce::Tagger t = tagger_with(
      "phrase\tEconomic activities\t3\tmoney laundering\nphrase\tGood governance\t3\tanti-corruption\n");
  const osce::TagOptions opt = text_only();
  CHECK(t.tag("", "A meeting on money-laundering.", {}, {}, opt).fields == Names{"Economic activities"});
  CHECK(t.tag("", "A meeting on money laundering.", {}, {}, opt).fields == Names{"Economic activities"});
  CHECK(t.tag("", "An anti corruption strategy.", {}, {}, opt).fields == Names{"Good governance"});
  CHECK(t.tag("", "An anti-corruption strategy.", {}, {}, opt).fields == Names{"Good governance"});
  // Two words apart are not the phrase.
  CHECK(t.tag("", "Money, laundering.", {}, {}, opt).fields.empty());
}

TEST_CASE("a phrase inside a longer one yields to it, whatever the longer one's field", "[tag]") {
  const osce::Tagger t = tagger_with(
      "phrase\tDemocratization\t3\tparliamentary\nphrase\tElections\t3\tparliamentary election*\n"
      "phrase\tElections\t3\treferendum\nphrase\tDemocratization\t3\treferendum\n"
      "phrase\tHuman rights\t3\tfreedom of assembly\nphrase\tElections\t3\tassembly elections\n");
  osce::TagOptions opt = text_only();
  opt.collect_evidence = true;
  auto fields_of_evidence = [&](const std::string& text) {
    Names fields;
    for (const osce::Evidence& e : t.tag("", text, {}, {}, opt).evidence) fields.push_back(e.field);
    return fields;
  };
  CHECK(fields_of_evidence("Observers followed the parliamentary elections.") == Names{"Elections"});
  CHECK(fields_of_evidence("The parliamentary committee met.") == Names{"Democratization"});
  // The same words in two fields count for both; phrases that only overlap too.
  CHECK(fields_of_evidence("A referendum was held.") == Names{"Democratization", "Elections"});
  CHECK(fields_of_evidence("Their freedom of assembly elections.") == Names{"Human rights", "Elections"});
}

TEST_CASE("typographic quotes, apostrophes and dashes end words as their ASCII forms do", "[tag]") {
  // \u201C...\u201D: a phrase or a name may begin right after the opening quote.
  CHECK(tag("The conference discussed \xE2\x80\x9Cjournalists\xE2\x80\x9D only.").fields ==
        Names{"Media freedom and development"});
  CHECK(tag("A seminar on \xE2\x80\x9Csafety of journalists\xE2\x80\x9D opened.").fields ==
        Names{"Media freedom and development"});
  CHECK(tag("Talks on \xE2\x80\x98Ukraine\xE2\x80\x99 and \xC2\xABGeorgia\xC2\xBB went on.").countries ==
        Names{"Ukraine", "Georgia"});
  CHECK(tag("The talks\xE2\x80\x94in Vienna\xC2\xA0" "and Moldova\xE2\x80\xA6").countries == Names{"Moldova"});
  // A possessive written with \u2019 still names someone else's structure.
  CHECK(tag("NATO\xE2\x80\x99s Secretary General met the press.").structures.empty());
  CHECK(tag("The OSCE\xE2\x80\x99s Secretary General met the press.").structures == Names{"Secretary General"});
}

TEST_CASE("gunfire in a ceasefire report is not arms control", "[tag]") {
  // "small arms" is Arms control's (small arms and light weapons); the
  // monitoring missions' "small-arms fire" is shooting, written either way.
  CHECK(tag("Stockpiles of small arms and light weapons were destroyed.").fields == Names{"Arms control"});
  for (const std::string text : {"Monitors heard small-arms fire near the village.",
                                  "Monitors heard small arms fire near the village."}) {
    const auto fields = tag(text).fields;
    CHECK(std::find(fields.begin(), fields.end(), "Arms control") == fields.end());
  }
}

TEST_CASE("a political climate is not the climate, a ministry's name not its topic", "[tag]") {
  // The built-in lexicon blocks the figure of speech, as it blocks "an
  // enabling environment": a climate of a country's politics or institutions.
  CHECK(tag("Experts met to discuss climate change in Central Asia.").fields == Names{"Environmental activities"});
  for (const std::string text : {"The President spoke of the tense institutional climate in the country.",
                                  "A climate of impunity for attacks on journalists persists.",
                                  "The sides maintain an environment conducive to negotiations.",
                                  "The talks built an environment of mutual trust."}) {
    const auto fields = tag(text).fields;
    CHECK(std::find(fields.begin(), fields.end(), "Environmental activities") == fields.end());
  }
  // Nor is a ministry's name its topic: Ireland's Minister for Foreign Affairs and Trade.
  const auto minister = tag("The Minister for Foreign Affairs and Trade took over the Chairmanship.").fields;
  CHECK(std::find(minister.begin(), minister.end(), "Economic activities") == minister.end());
  CHECK(tag("Trade and investment between the two countries grew.").fields == Names{"Economic activities"});
}

TEST_CASE("a State's territorial integrity is no governance, a war's military operation no reform", "[tag]") {
  // Diplomacy's idioms borrow the fields' words: the lexicon blocks them.
  for (const std::string text : {"The States support the sovereignty and territorial integrity of Ukraine.",
                                  "The Ministers condemned the military operation and the military aggression."}) {
    CAPTURE(text);
    CHECK(tag(text).fields.empty());
  }
  CHECK(tag("The integrity of public officials is key to fighting corruption.").fields == Names{"Good governance"});
}

TEST_CASE("the OSCE's three dimensions named together are no field", "[tag]") {
  // "across the politico-military, economic and environmental, and human
  // dimensions": the Organization's whole remit, not an item's topic.
  for (const std::string text :
       {"The Office will implement activities across the politico-military, economic and environmental, and human "
        "dimensions of the OSCE's work.",
        "Its work spans the politico-military, economic-environmental and human dimensions."}) {
    CAPTURE(text);
    CHECK(tag(text).fields.empty());
  }
  CHECK(tag("The Forum opened its meeting on economic and environmental co-operation in the region.").fields ==
        Names{"Economic activities", "Environmental activities"});
}

TEST_CASE("the media as a news source is not the media's freedom", "[tag]") {
  // "local media reported", "the minister told journalists": who said it,
  // not what the item is about.
  for (const std::string text : {"Talks on the new government failed, local media reported on Wednesday.",
                                  "The minister told journalists that the talks on the new government had failed."}) {
    const auto fields = tag(text).fields;
    CHECK(std::find(fields.begin(), fields.end(), "Media freedom and development") == fields.end());
  }
  CHECK(tag("The law threatens the safety of journalists.").fields == Names{"Media freedom and development"});
}

TEST_CASE("a call for restraint, drug control and forged documents have their fields", "[tag]") {
  // The words the site's labels go with where no field's name is said: a
  // statement on unrest is conflict prevention, an anti-drug campaign is
  // policing, forged papers at a border are border management.
  CHECK(tag("The Chair urged all sides to show restraint after the unrest in the capital.").fields ==
        Names{"Conflict prevention and resolution"});
  CHECK(tag("Leaders discussed the political crisis with the parties.").fields ==
        Names{"Conflict prevention and resolution"});
  CHECK(tag("A campaign against drug abuse reached every region.").fields == Names{"Policing"});
  CHECK(tag("Officers learned to detect document fraud and forged security documents.").fields ==
        Names{"Border management"});
  // Weak words alone name nothing: clashes of opinion, a shop selling drugs.
  CHECK(tag("Political clashes marked the debate.").fields.empty());
  CHECK(tag("The pharmacy sells drugs.").fields.empty());
}

TEST_CASE("a conflict's peacekeeping and its regions are conflict work; its military observers no election", "[tag]") {
  // A protracted conflict's own words say what the item is about where it
  // names no peace process: the peacekeepers, the security zone they patrol,
  // the river's two banks, the breakaway regions.
  for (const std::string text :
       {"The Mission handed over equipment to the Military Observers of the Joint Peacekeeping Forces.",
        "Members of the Mission met the residents of the Security Zone.",
        "Organizations from both banks met donors.",
        "Passenger trains via Transdniestria resumed operating.",
        "The Co-Chairs discussed the situation in Abkhazia and South Ossetia."}) {
    CAPTURE(text);
    CHECK(tag(text).fields == Names{"Conflict prevention and resolution"});
  }
  // An election's observers are still the election's.
  CHECK(tag("Observers assessed the vote count.").fields == Names{"Elections"});
}

TEST_CASE("a long text read in pieces tags as it does whole", "[tag]") {
  // The bundled pages, and a listing block whose labels run past a cut
  // ("Fields of work:" then the fields one to a line): a block must cover
  // what it labels in the next piece too.
  std::string text = "Volunteers plant trees in Osh.\nFields of work:\nCountering terrorism\n- Cyber/ICT Security\n"
                     "- Elections\nThe ODIHR observers met the Kyrgyz police.\n";
  text += osce_test::bundled_pages();
  auto result = [&](size_t piece) {
    osce::TagOptions opt = text_only();
    opt.collect_evidence = true;
    opt.piece_bytes = piece;
    const osce::TagResult r = tagger().tag("Mission trains police", text, {}, {}, opt);
    std::vector<std::string> out(r.fields.begin(), r.fields.end());
    for (const auto& s : r.scores) out.push_back(std::string(s.field) + " " + std::to_string(s.score));
    for (const auto& e : r.evidence) {
      out.push_back(std::string(e.field) + " " + e.what + " " + std::to_string(e.weight) + " " + e.where);
    }
    out.insert(out.end(), r.countries.begin(), r.countries.end());
    out.insert(out.end(), r.structures.begin(), r.structures.end());
    return out;
  };
  osce_test::check_same_in_pieces(result, {1, 2, 50, 1000}, 100);
}
