#include "osce/data_table.hpp"

#include "osce/error.hpp"
#include "osce/text_lines.hpp"

namespace osce {

std::vector<TableRow> read_table(std::string_view text, const std::string& source,
                                 const std::vector<std::string_view>& header) {
  std::vector<TableRow> rows;
  uint64_t line_no = 0;
  bool header_seen = false;
  for (std::string_view line : split_on(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> cells = split_on(line, '\t');
    if (!header_seen) {
      header_seen = true;
      if (cells != header) {
        std::string want;
        for (std::string_view h : header) want += (want.empty() ? "" : "<TAB>") + std::string(h);
        throw Error("expected the header line \"" + want + "\"", source, line_no);
      }
      continue;
    }
    if (cells.size() != header.size()) {
      throw Error("expected " + std::to_string(header.size()) + " tab-separated columns, found " +
                      std::to_string(cells.size()),
                  source, line_no);
    }
    rows.push_back({line_no, std::move(cells)});
  }
  if (!header_seen) throw Error("no header line", source);
  return rows;
}

}  // namespace osce
