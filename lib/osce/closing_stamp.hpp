// What closes a news item and dates it: the agency's stamp of the Austrian
// and German press, "... teilnehmen. (APA, 17.11.2016)", "(APA/dpa,
// 3.2.2019)", "(red, 17.11.2016)", who wrote it and when, in brackets at the
// text's very end; or the date line a site prints under its article's text.
// (Apart from opening.hpp: these close the text.)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "osce/date_parse.hpp"

namespace osce {

// The YYYY-MM-DD of the stamp that ends `text` (trailing blanks aside): an
// opening bracket, one to three words of the agency's or the author's, a
// comma, a whole date, the closing bracket. nullopt for other text.
std::optional<std::string> closing_stamp_date(std::string_view text, SlashOrder order = SlashOrder::kUnambiguous);

// The YYYY-MM-DD of the date line that ends `text` under lines of its own
// ("... the statement reads.", "By Ana Dumbadze", "07 December 2020 12:53"):
// a line that is a whole date, a time after it perhaps (see date_line_value).
// nullopt for other text, and for a text of that line alone.
std::optional<std::string> closing_date_line(std::string_view text, SlashOrder order = SlashOrder::kUnambiguous);

}  // namespace osce
