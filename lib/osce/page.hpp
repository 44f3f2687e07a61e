// A scraped page as a record: the first step of every pipeline, shared by
// osce-jsonl and by the filters' plain-text mode.
#pragma once

#include <string>
#include <string_view>

#include "osce/record.hpp"

namespace osce {

// How a page's path becomes its record id.
enum class IdScheme {
  kName,  // the file name without its directory and last extension (CONTRACT.md)
  kPath,  // the path as given, without "./" in front and without its last extension
};

// The id of the page at `path` ("-" for standard input, whose id is "-").
std::string page_id(std::string_view path, IdScheme scheme = IdScheme::kName);

// A record {"id", "source", "text"} for a page. Throws Error naming `source`
// and the byte offset when `text` is not valid UTF-8.
Record page_record(std::string_view id, std::string_view source, std::string_view text);

}  // namespace osce
