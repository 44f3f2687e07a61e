// osce-jsonl's work: pages to records, and records back to pages.
#pragma once

#include <string>
#include <vector>

#include "osce/cli.hpp"
#include "osce/input_list.hpp"
#include "osce/page.hpp"

namespace osce {

struct JsonlOptions {
  std::vector<std::string> files;  // inputs as given on the command line
  InputListOptions inputs;
  IdScheme id_scheme = IdScheme::kName;
  bool extract = false;    // the way back: records in, texts out
  std::string extract_to;  // with extract: a directory to write <id><ext> files into
  std::string extension = ".txt";
};

// Pages to records: one record per input file, in input order. A page that
// cannot be read, is not UTF-8, or repeats an id already given to another
// file is reported and left out; the run goes on (exit status 2 at the end).
// Returns the exit status.
int pack_pages(const JsonlOptions& opt, Context& ctx);

// Records to pages. With extract_to empty, writes each record's text to
// ctx.out after a header line "==> ID <==", with a blank line between
// records. Otherwise writes each text, byte for byte, to
// <extract_to>/<id><extension>, creating directories for ids with '/';
// an id that would leave the directory ("..", absolute) is reported.
int extract_pages(const JsonlOptions& opt, Context& ctx);

}  // namespace osce
