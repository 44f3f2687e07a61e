// A wire service's dateline that has no date, "VIENNA (Reuters) - ": where
// the text was written, and nothing of when. (Apart from dateline.hpp, whose
// datelines have a date and begin items.)
#pragma once

#include <cstddef>
#include <string_view>

namespace osce {

// The place of a wire service's dateline that has no date, at the very
// start of `line`: a place in capitals (up to five words, slash-joined or
// not, Latin or Cyrillic), perhaps its region or State after a comma, perhaps
// the agency in brackets or slashes, then a dash and a capital: "VIENNA
// (Reuters) - The ...", "KYIV, Ukraine (AP) — ...", "VIENNA- The ...",
// "МОСКВА /ТАСС/ – ..."; or a place of a word or two in small letters
// after their capitals, with a participating State after its comma and the
// agency in brackets, "Tashkent, Uzbekistan (UzDaily.com) -- ...". Not a
// name of the taxonomy ("ODIHR – ...", a State's) nor a label in capitals
// ("UPDATE - ..."). An en or em dash may be glued to the text
// ("WASHINGTON—The ..."), a hyphen not. osce-dates reads a record's place
// from it; osce-split weighs it as a lead's opening, a weaker cue than a
// dated dateline. Returns the place's length, with its region: the place is
// line.substr(0, length); 0 when `line` opens otherwise.
size_t place_only_dateline(std::string_view line);

}  // namespace osce
