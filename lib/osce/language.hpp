// Which language a paragraph is written in, told by its commonest words:
// "the", "of", "which"; "della", "che", "sono"; "și", "pentru", "care".
// osce-split's "another language" cue asks it: an aggregator runs together
// items of sites in several languages that share a script (an Italian
// agency's wire under an English release, a Romanian portal's story under
// an Italian one, a Ukrainian one under a Russian one), where "another
// script" sees nothing.
//
// Function words rather than letter n-grams: a third to a half of running
// text is made of them in every language listed, so a paragraph's first
// sentence holds several; they need no trained model; and each list is a
// line that a reader can check. The languages are those of the OSCE area
// that its news sites write in, in Latin letters, and Russian and Ukrainian
// (an aggregator in Ukraine runs items in both); Bosnian, Croatian,
// Montenegrin and Serbian are one to this (their function words are), and
// so, near enough, is Slovene.
#pragma once

#include <cstdint>
#include <string_view>

namespace osce {

enum class Language : uint8_t {
  kUnknown,
  kEnglish,
  kGerman,
  kFrench,
  kItalian,
  kSpanish,
  kRomanian,
  kPolish,
  kSerboCroatian,
  kTurkish,
  kAlbanian,
  kHungarian,
  kRussian,
  kUkrainian,
};

// The language of `text`, read from its first kLanguageBytes bytes: the one
// whose function words it holds most, two at least and more than twice as
// many as any other's (a word that n languages have counting 1/n for each);
// kUnknown otherwise (a line of names, a heading of three words, two
// languages in one paragraph).
inline constexpr size_t kLanguageBytes = 240;
Language language_of(std::string_view text);

// The language's English name ("Italian"); "unknown" for kUnknown.
std::string_view language_name(Language language);

}  // namespace osce
