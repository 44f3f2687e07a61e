// The agency's stamp that closes a news item in the Austrian and German
// press: "... teilnehmen. (APA, 17.11.2016)", "(APA/dpa, 3.2.2019)", "(red,
// 17.11.2016)": who wrote it and when, in brackets at the text's very end.
// (Apart from opening.hpp: the stamp closes the text.)
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

}  // namespace osce
