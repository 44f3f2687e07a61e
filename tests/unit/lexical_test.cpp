// PageTerms, the paragraph vocabulary of osce-split's cohesion cues, and the
// window that compares paragraphs by it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "osce/lexical.hpp"

namespace {

// The ids of paragraph `p`'s content words, and how often each occurs.
std::vector<osce::Term> words_of(const osce::PageTerms& terms, size_t p) {
  const auto w = terms.words(p);
  return {w.begin(), w.end()};
}

size_t count_of(const std::vector<osce::Term>& words, uint32_t id) {
  for (const osce::Term& t : words) {
    if (t.id == id) return t.count;
  }
  return 0;
}

}  // namespace

TEST_CASE("lexical: content words, stop words, plurals", "[lexical]") {
  osce::PageTerms terms;
  // "Trainings" and "training" are one word; stop words ("the", "with",
  // "OSCE", month names) and short words are none.
  const size_t a = terms.add("The trainings started in June with the OSCE and the police.");
  const size_t b = terms.add("Another training for police officers.");
  const auto wa = words_of(terms, a), wb = words_of(terms, b);
  // trainings, started, police
  CHECK(wa.size() == 3);
  // another, training, police, officers
  CHECK(wb.size() == 4);
  size_t shared = 0;
  for (const osce::Term& t : wa) shared += count_of(wb, t.id) > 0;
  CHECK(shared == 2);  // training(s), police
}

TEST_CASE("lexical: every stop word is one, and only they are", "[lexical]") {
  osce::PageTerms terms;
  const size_t p = terms.add(
      "These would have been their years, which were there during security co-operation "
      "and cooperation among participants of the event today.");
  CHECK(terms.words(p).empty());
  // Words near stop words are not stop words.
  const size_t q = terms.add("Thesis wouldst cooperative");
  CHECK(terms.words(q).size() == 3);
}

TEST_CASE("lexical: a word in any ASCII case is one word; other letters keep their case", "[lexical]") {
  osce::PageTerms terms;
  // Long words too (a word is hashed eight bytes at a time), hyphens and
  // apostrophes kept, digits inside words.
  const size_t p = terms.add("training PEACE-BUILDING internationally Ombudsperson's g5sahel Müller");
  const size_t q = terms.add("TRAINING peace-building INTERNATIONALLY ombudsperson's G5SAHEL müller");
  const size_t r = terms.add("MÜLLER");
  auto ids = [&](size_t k) {
    std::vector<uint32_t> v;
    for (const osce::Term& t : terms.words(k)) v.push_back(t.id);
    return v;
  };
  REQUIRE(ids(p).size() == 6);
  CHECK(ids(p) == ids(q));
  // "Ü" (C3 9C) and "ü" (C3 BC) are other bytes: not folded.
  CHECK(ids(r) != std::vector<uint32_t>{ids(p).back()});
}

TEST_CASE("lexical: the words after \"the\" in the first sentence are what it refers to", "[lexical]") {
  osce::PageTerms terms;
  // After "the" in any case ("THE" a capital, "tHe" not); not after another
  // word of three letters ("ten"), nor in the second sentence.
  const size_t p = terms.add("During the course, ten workshops, THE series and tHe trainers met. Then the session ended.");
  std::vector<uint32_t> want;
  for (const osce::Term& t : terms.words(p)) want.push_back(t.id);
  // course, workshops, series, trainers, then, session, ended ("during" is a stop word).
  REQUIRE(want.size() == 7);
  const auto definite = terms.definite(p);
  CHECK(std::vector<uint32_t>(definite.begin(), definite.end()) == std::vector<uint32_t>{want[0], want[2], want[3]});
}

TEST_CASE("lexical: a name alone after the first \"the\" is what the sentence refers to", "[lexical]") {
  osce::PageTerms terms;
  const auto definite_of = [&](const char* paragraph) {
    const size_t p = terms.add(paragraph);
    return std::vector<uint32_t>(terms.definite(p).begin(), terms.definite(p).end());
  };
  const auto id_of_word = [&](const char* word) { return terms.words(terms.add(word))[0].id; };
  const uint32_t centre = id_of_word("centre"), mission = id_of_word("mission");
  CHECK(definite_of("In April 2000, the Centre opened a field office in Osh.") == std::vector<uint32_t>{centre});
  CHECK(definite_of("The Mission, with its partners, trained judges.") == std::vector<uint32_t>{mission});
  // A name of several words, or one a preposition goes on with, is named in
  // full; a name past the sentence's subject is not asked (a lead names its
  // partners so: "... in co-operation with the Commission").
  CHECK(definite_of("The United States welcomes it.").empty());
  CHECK(definite_of("The Centre for Conflict Prevention met.").empty());
  CHECK(definite_of("The Mission to Moldova met.").empty());
  CHECK(definite_of("In 2025, three seminars were held in co-operation with the Commission, in Astana.").empty());
}

TEST_CASE("lexical: names are capitals that do not open a sentence", "[lexical]") {
  osce::PageTerms terms;
  const size_t p = terms.add("Experts met in Vienna. Delegates from Tashkent joined the OSCE experts.");
  // "Vienna", "Tashkent"; not "Experts" or "Delegates" (sentence starts), not "OSCE" (a stop word).
  CHECK(terms.names(p).size() == 2);
  // A curly quote stuck to a word is not part of it.
  const size_t q = terms.add("Reports named \xE2\x80\x9CVienna\xE2\x80\x9D again.");
  REQUIRE(terms.names(q).size() == 1);
  CHECK(terms.names(q)[0] == terms.names(p)[0]);
  // A name's possessive is the name, with either apostrophe; its content
  // word keeps its form.
  const size_t r = terms.add("Delegates heard Vienna\xE2\x80\x99s mayor and Vienna's council.");
  REQUIRE(terms.names(r).size() == 1);
  CHECK(terms.names(r)[0] == terms.names(p)[0]);
}

TEST_CASE("lexical: a Russian or Ukrainian word is one whatever its case ending", "[lexical]") {
  osce::PageTerms terms;
  // "в Украину ... в Киеве" and "в Украине ... в Киев": the same two names,
  // and the same content words (министр, министра).
  const size_t a = terms.add(
      "\xD0\x9C\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD1\x80 \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB1"
      "\xD1\x8B\xD0\xBB \xD0\xB2 \xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD0\xB8\xD0\xBD\xD1\x83 \xD0\xB8 "
      "\xD0\xB2 \xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2\xD0\xB5.");
  const size_t b = terms.add(
      "\xD0\x92\xD0\xB8\xD0\xB7\xD0\xB8\xD1\x82 \xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82"
      "\xD1\x80\xD0\xB0 \xD0\xB2 \xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD0\xB8\xD0\xBD\xD0\xB5 \xD0\xB8 "
      "\xD0\xB2 \xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2.");
  const auto na = terms.names(a), nb = terms.names(b);
  REQUIRE(na.size() == 2);
  CHECK(std::vector<uint32_t>(na.begin(), na.end()) == std::vector<uint32_t>(nb.begin(), nb.end()));
  const auto wa = words_of(terms, a), wb = words_of(terms, b);
  size_t shared = 0;
  for (const osce::Term& t : wa) shared += count_of(wb, t.id) > 0;
  CHECK(shared >= 1);  // министр
}

TEST_CASE("lexical: a page in German has no names, as it capitalizes its nouns", "[lexical]") {
  osce::PageTerms terms;
  const size_t english = terms.add("Experts met in Vienna. Delegates from Tashkent joined them.");
  CHECK(terms.names(english).size() == 2);
  // Three of German's commonest words: from this paragraph on, no names; its
  // function words are stop words, not content.
  const size_t german =
      terms.add("Die Mission sei nicht hier, sagte der Botschafter in Wien, und sie werde auch nicht kommen.");
  CHECK(terms.names(german).empty());
  const size_t heading = terms.add("Zehnte Wahlbeobachtung in Russland");
  CHECK(terms.names(heading).empty());
  CHECK(terms.names(english).size() == 2);  // read before: as it was
  // One such word is no page in German; a new page starts over.
  terms.clear();
  const size_t one = terms.add("The Ambassador said the talks in Geneva were, as they say there, wird gut.");
  CHECK(terms.names(one).size() == 2);  // Ambassador, Geneva
  const size_t again = terms.add("Experts met in Vienna. Delegates from Tashkent joined them.");
  CHECK(terms.names(again).size() == 2);
  // News in German writes few of them a paragraph: the page's count decides.
  terms.clear();
  const size_t first = terms.add("Der Bericht wurde am Freitag in Wien vorgestellt.");
  CHECK(terms.names(first).size() == 3);  // (one such word so far: Bericht, Freitag, Wien)
  terms.add("Das Dokument ist Ergebnis einer Untersuchungsmission im August.");
  const size_t third = terms.add("Die Experten hatten Gespräche mit Vertretern der Wahlkommission geführt.");
  CHECK(terms.names(third).empty());
}

TEST_CASE("lexical: the window's cosine follows words in and out", "[lexical]") {
  osce::PageTerms terms;
  const size_t a = terms.add("Border guards trained on document security.");
  const size_t b = terms.add("Border guards studied document security again.");
  const size_t c = terms.add("Journalists discussed media freedom.");
  osce::TermWindow window;
  window.add(terms.words(a));
  CHECK(window.cosine(terms.words(b), {}) > 0.6);
  CHECK(window.cosine(terms.words(c), {}) == 0);
  window.remove(terms.words(a));
  CHECK(window.cosine(terms.words(b), {}) == 0);  // empty window
}

TEST_CASE("lexical: a page read through a window holds the window, and the window as it was", "[lexical]") {
  // Paragraphs of varied words and names, read once into a PageTerms that
  // forgets all but the last few and once into one that keeps all: ids are
  // given in the order met, so both lists of a paragraph are the same ids.
  auto paragraph = [](size_t k) {
    return "Delegates from Place" + std::to_string(k % 13) + " discussed topic" + std::to_string(k % 7) +
           " and subject" + std::to_string(k % 29) + " with Expert" + std::to_string(k % 5) + " again.";
  };
  osce::PageTerms windowed, whole;
  constexpr size_t kParagraphs = 20000, kWindow = 4;
  size_t most_held = 0;
  for (size_t k = 0; k < kParagraphs; ++k) {
    const std::string text = paragraph(k);
    REQUIRE(windowed.add(text) == k);
    REQUIRE(whole.add(text) == k);
    if (k >= kWindow) windowed.forget_before(k - kWindow);
    most_held = std::max(most_held, windowed.held());
    for (size_t p = k >= kWindow ? k - kWindow : 0; p <= k; ++p) {
      const auto a = windowed.words(p), b = whole.words(p);
      REQUIRE(std::equal(a.begin(), a.end(), b.begin(), b.end(),
                         [](const osce::Term& x, const osce::Term& y) { return x.id == y.id && x.count == y.count; }));
      const auto na = windowed.names(p), nb = whole.names(p);
      REQUIRE(std::equal(na.begin(), na.end(), nb.begin(), nb.end()));
    }
  }
  CHECK(whole.held() == kParagraphs);
  // Dropped once the forgotten are half of what is held and a thousand or more.
  CHECK(most_held < 2 * 1024 + kWindow);
  CHECK(windowed.size() == kParagraphs);
  // A new page starts from nothing.
  windowed.clear();
  CHECK(windowed.size() == 0);
  CHECK(windowed.add("Experts met in Vienna.") == 0);
}
