#include "osce/page.hpp"

#include "osce/error.hpp"
#include "osce/utf8.hpp"

namespace osce {

std::string page_id(std::string_view path, IdScheme scheme) {
  if (path == "-") return "-";
  std::string_view p = path;
  while (p.size() > 2 && p.substr(0, 2) == "./") p.remove_prefix(2);
  const size_t slash = p.rfind('/');
  std::string_view name = slash == std::string_view::npos ? p : p.substr(slash + 1);
  // "notes.v2.txt" -> "notes.v2"; a leading dot is part of the name, not an extension.
  const size_t dot = name.rfind('.');
  const size_t cut = dot == std::string_view::npos || dot == 0 ? name.size() : dot;
  if (scheme == IdScheme::kName) return std::string(name.substr(0, cut));
  return std::string(p.substr(0, p.size() - (name.size() - cut)));
}

Record page_record(std::string_view id, std::string_view source, std::string_view text) {
  if (auto bad = describe_invalid_utf8(text)) throw Error(bad->message, std::string(source), bad->line);
  Record rec;
  rec.set_string("id", id);
  rec.set_string("source", source);
  // An empty page is still a page: "text" is required, so it stays as "".
  if (text.empty()) {
    rec.set_raw("text", "\"\"");
  } else {
    rec.set_string("text", text);
  }
  return rec;
}

}  // namespace osce
