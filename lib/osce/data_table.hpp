// The tab-separated data files of corpus/ (taxonomy.tsv, tag_lexicon.tsv):
// UTF-8, LF line ends (a CR before one is ignored), '#' comment lines and
// empty lines skipped, a fixed header, then rows of exactly as many cells.
// One reader, so every data file keeps the same rules and the same errors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace osce {

struct TableRow {
  uint64_t line;                         // 1-based, for errors
  std::vector<std::string_view> cells;   // views into the text
};

// The rows after the header. Throws Error naming `source` and the line when
// the first line that is not a comment is not `header`, or a row has another
// number of cells.
std::vector<TableRow> read_table(std::string_view text, const std::string& source,
                                 const std::vector<std::string_view>& header);

}  // namespace osce
