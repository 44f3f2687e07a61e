// language_of: the language of a paragraph by its function words.
#include <catch2/catch.hpp>

#include <string>

#include "osce/language.hpp"

using osce::Language;
using osce::language_of;

TEST_CASE("language: a paragraph's first sentence tells its language", "[language]") {
  struct Case {
    const char* text;
    Language language;
  };
  const Case cases[] = {
      {"The OSCE Mission to Montenegro donated six notebook computers to the Interior Ministry, as part of a "
       "regional project on combating organized crime.",
       Language::kEnglish},
      {"Iniziano i lavori della missione Osce in Ucraina. In un primo momento gli osservatori saranno dislocati "
       "nelle regioni del sud e dell'est.",
       Language::kItalian},
      {"Organizatia pentru Securitate si Cooperare in Europa a anuntat că îsi va prelungi misiunea în Ucraina "
       "pînă în martie, care este importantă pentru regiune.",
       Language::kRomanian},
      {"Die OSZE hat am Montag ihre Beobachtermission in der Ukraine verlängert, wie die Organisation in Wien "
       "mitteilte.",
       Language::kGerman},
      {"L'OSCE a annoncé la prolongation de sa mission dans le pays pour une année, selon un communiqué publié à "
       "Vienne.",
       Language::kFrench},
      {"La misión de la OSCE en el país fue prorrogada por un año, según un comunicado publicado en Viena por los "
       "representantes.",
       Language::kSpanish},
      {"Misija OEBS-a u Crnoj Gori je donirala opremu policiji, koja će se koristiti za borbu protiv "
       "organizovanog kriminala.",
       Language::kSerboCroatian},
      {"Misja OBWE przedłużyła swoją obecność w kraju o rok, jak podała organizacja, która nie jest stroną "
       "konfliktu.",
       Language::kPolish},
      {"AGİT heyeti bu hafta Ankara'da bir dizi görüşme yaptı ve seçim hazırlıkları ile ilgili olarak bilgi "
       "aldı.",
       Language::kTurkish},
      {"Prezenca e OSBE-së në Shqipëri ka mbështetur reformën në drejtësi dhe është e angazhuar për të forcuar "
       "institucionet.",
       Language::kAlbanian},
      {"Az EBESZ megfigyelői szerint a választás szabad volt, és a kampány során nem történt jelentős incidens.",
       Language::kHungarian},
  };
  for (const Case& c : cases) {
    INFO(osce::language_name(c.language) << ": " << c.text);
    CHECK(language_of(c.text) == c.language);
  }
}

TEST_CASE("language: Russian and Ukrainian, one script, are told apart", "[language]") {
  // "Генсек ОБСЕ заявил, что это из-за конфликта и кризиса."
  CHECK(language_of("\xD0\x93\xD0\xB5\xD0\xBD\xD1\x81\xD0\xB5\xD0\xBA \xD0\x9E\xD0\x91\xD0\xA1\xD0\x95 "
                    "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB, \xD1\x87\xD1\x82\xD0\xBE "
                    "\xD1\x8D\xD1\x82\xD0\xBE \xD0\xB8\xD0\xB7-\xD0\xB7\xD0\xB0 \xD0\xBA\xD0\xBE\xD0\xBD"
                    "\xD1\x84\xD0\xBB\xD0\xB8\xD0\xBA\xD1\x82\xD0\xB0 \xD0\xB8 \xD0\xBA\xD1\x80\xD0\xB8"
                    "\xD0\xB7\xD0\xB8\xD1\x81\xD0\xB0.") == Language::kRussian);
  // "Генсек ОБСЄ заявив, що це через конфлікт і кризу ..."
  CHECK(language_of("\xD0\x93\xD0\xB5\xD0\xBD\xD1\x81\xD0\xB5\xD0\xBA \xD0\x9E\xD0\x91\xD0\xA1\xD0\x84 "
                    "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xB2, \xD1\x89\xD0\xBE \xD1\x86\xD0\xB5 "
                    "\xD1\x87\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB7 \xD0\xBA\xD0\xBE\xD0\xBD\xD1\x84\xD0\xBB"
                    "\xD1\x96\xD0\xBA\xD1\x82 \xD1\x96 \xD0\xBA\xD1\x80\xD0\xB8\xD0\xB7\xD1\x83.") ==
        Language::kUkrainian);
  // Capitals are read in lower case: "Что Это Было И Как" is Russian's
  // "что", "это", "было", "и", "как" (a headline in title case).
  CHECK(language_of("\xD0\xA7\xD1\x82\xD0\xBE \xD0\xAD\xD1\x82\xD0\xBE \xD0\x91\xD1\x8B\xD0\xBB"
                    "\xD0\xBE \xD0\x98 \xD0\x9A\xD0\xB0\xD0\xBA") == Language::kRussian);
}

TEST_CASE("language: a capital function word opening a sentence counts", "[language]") {
  // "În" and "Și" open sentences: read in lower case, they are Romanian's.
  CHECK(language_of("În acest an, misiunea a fost prelungită. Și aceasta este o decizie importantă pentru "
                    "regiune.") == Language::kRomanian);
}

TEST_CASE("language: Latin Extended-A's small letters whose capitals are odd", "[language]") {
  // Polish's "że" and "także" (ż is U+017C, its capital U+017B), "została"
  // (ł is U+0142, Ł U+0141): read as written, and as capitals.
  CHECK(language_of("Powiedział, że także została.") == Language::kPolish);
  CHECK(language_of("\xC5\xBB" "E TAK\xC5\xBB" "E ZOSTA\xC5\x81" "A") == Language::kPolish);  // ŻE TAKŻE ZOSTAŁA
}

TEST_CASE("language: too few function words, or two languages, tell none", "[language]") {
  CHECK(language_of("") == Language::kUnknown);
  CHECK(language_of("OSCE Mission to Montenegro") == Language::kUnknown);
  CHECK(language_of("Quantcast") == Language::kUnknown);
  // A line of names and places: no sentence.
  CHECK(language_of("Podgorica, Bijelo Polje, Berane, Kolašin, Mojkovac, Rožaje, Plav, Andrijevica") ==
        Language::kUnknown);
  // Half English, half Italian: neither has twice the other's words.
  CHECK(language_of("The mission of the OSCE; la missione della OSCE e degli osservatori") == Language::kUnknown);
}

TEST_CASE("language: only the first bytes are read, and a word cut there counts for nothing", "[language]") {
  const std::string english = "The Mission welcomed the decision of the authorities and the parliament.";
  const std::string italian(osce::kLanguageBytes, ' ');
  CHECK(language_of(english + italian + "della della della della") == Language::kEnglish);
  CHECK(language_of(italian + "della della della della") == Language::kUnknown);
  // "the" cut from "theatre" at the head's end is no word.
  std::string cut(osce::kLanguageBytes - 3, ' ');
  cut.replace(0, 16, "of and of and is");
  CHECK(language_of(cut + "theatre") == Language::kEnglish);
  CHECK(language_of(std::string(osce::kLanguageBytes - 3, ' ') + "theatre of the and") == Language::kUnknown);
}

TEST_CASE("language: names", "[language]") {
  CHECK(osce::language_name(Language::kItalian) == "Italian");
  CHECK(osce::language_name(Language::kUnknown) == "unknown");
  CHECK(osce::language_name(Language::kHungarian) == "Hungarian");
}
