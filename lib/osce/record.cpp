#include "osce/record.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>

#include <simdjson.h>

#include "osce/error.hpp"
#include "osce/json_string.hpp"
#include "osce/output.hpp"
#include "osce/text_lines.hpp"
#include "osce/utf8.hpp"

namespace osce {
namespace {


size_t skip_blanks(std::string_view s, size_t i) {
  while (i < s.size() && is_ascii_space(s[i])) ++i;
  return i;
}

// From the opening quote at `i`, the offset just past the closing quote.
// memchr finds candidates; a quote is closing when an even number of
// backslashes precede it. This keeps 100 MB text fields at memchr speed.
size_t skip_string(std::string_view s, size_t i) {
  size_t from = i + 1;
  for (;;) {
    const void* hit = std::memchr(s.data() + from, '"', s.size() - from);
    if (hit == nullptr) return s.size();  // unclosed: simdjson has refused the line
    const size_t q = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
    size_t backslashes = 0;
    while (q - backslashes > i + 1 && s[q - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return q + 1;
    from = q + 1;
  }
}

// The offset just past the value starting at `i`. Iterative, so nesting depth
// costs no stack.
size_t skip_value(std::string_view s, size_t i) {
  if (s[i] == '"') return skip_string(s, i);
  if (s[i] == '{' || s[i] == '[') {
    size_t depth = 0;
    while (i < s.size()) {
      const char c = s[i];
      if (c == '"') {
        i = skip_string(s, i);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return i;
  }
  while (i < s.size() && !is_ascii_space(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']') ++i;
  return i;
}

// Whether `t` is a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool json_number(std::string_view t) {
  size_t i = 0;
  auto digits = [&] {
    const size_t from = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i > from;
  };
  if (i < t.size() && t[i] == '-') ++i;
  if (i < t.size() && t[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < t.size() && t[i] == '.' && (++i, !digits())) return false;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == t.size();
}

// Writes each number of `line` outside its strings (of two bytes or more)
// as 0 and blanks of the same length, and returns what stood where.
std::vector<std::pair<size_t, std::string>> blank_numbers(std::string& line) {
  std::vector<std::pair<size_t, std::string>> numbers;
  for (size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (c == '"') {
      i = skip_string(line, i);
      continue;
    }
    if (c != '-' && (c < '0' || c > '9')) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && ((line[j] >= '0' && line[j] <= '9') || line[j] == '-' || line[j] == '+' ||
                               line[j] == '.' || line[j] == 'e' || line[j] == 'E')) {
      ++j;
    }
    const std::string_view token(line.data() + i, j - i);
    if (token.size() >= 2 && json_number(token)) {
      numbers.emplace_back(i, std::string(token));
      line[i] = '0';
      std::fill(line.begin() + static_cast<std::ptrdiff_t>(i) + 1, line.begin() + static_cast<std::ptrdiff_t>(j), ' ');
    }
    i = j;
  }
  return numbers;
}

std::string raw_string(std::string_view value) {
  std::string raw;
  append_json_string(raw, value);
  return raw;
}

std::string type_error(std::string_view key, std::string_view wanted) {
  std::string why = "field \"";
  why += key;
  why += "\" is not ";
  why += wanted;
  return why;
}

}  // namespace

Record::Record() : line_("{}") {}

const Record::Member* Record::find_member(std::string_view key) const {
  for (size_t i = members_.size(); i-- > 0;) {
    if (!members_[i].erased && members_[i].key == key) return &members_[i];
  }
  return nullptr;
}

Record::Member* Record::find_member(std::string_view key) {
  return const_cast<Member*>(static_cast<const Record*>(this)->find_member(key));
}

std::string_view Record::raw_of(const Member& m) const {
  if (m.replacement) return *m.replacement;
  if (m.held_decoded) {
    if (!m.rewritten) append_json_string(m.rewritten.emplace(), *m.text, m.escapes);
    return *m.rewritten;
  }
  return std::string_view(line_).substr(m.value_begin, m.value_end - m.value_begin);
}

bool Record::has(std::string_view key) const {
  // (Not by raw(), which would write a value held decoded out to test it:
  // every value set or read is one JSON value, never empty.)
  for (const Added& a : added_) {
    if (a.key == key) return true;
  }
  return find_member(key) != nullptr;
}

std::string_view Record::raw(std::string_view key) const {
  for (const Added& a : added_) {
    if (a.key == key) return a.raw;
  }
  const Member* m = find_member(key);
  return m ? raw_of(*m) : std::string_view();
}

std::string_view Record::text_of(std::string_view key, std::string_view raw, std::optional<std::string>& text) {
  if (raw.empty() || raw[0] != '"') throw RecordError(type_error(key, "a string"));
  if (!text) text = decode_json_string(raw);
  return *text;
}

std::optional<std::string_view> Record::get_string_view(std::string_view key) const {
  for (const Added& a : added_) {
    if (a.key == key) return text_of(key, a.raw, a.text);
  }
  const Member* m = find_member(key);
  if (!m) return std::nullopt;
  if (m->text) return *m->text;  // decoded already, or held decoded
  if (m->replacement || m->text_begin == Member::kDecodeOnRead) return text_of(key, raw_of(*m), m->text);
  if (m->text_begin == Member::kNotString) throw RecordError(type_error(key, "a string"));
  return std::string_view(strings_).substr(m->text_begin, m->text_size);
}

std::optional<std::string> Record::get_string(std::string_view key) const {
  const std::optional<std::string_view> v = get_string_view(key);
  if (!v) return std::nullopt;
  return std::string(*v);
}

std::vector<std::string> Record::get_strings(std::string_view key) const {
  std::vector<std::string> values;
  try {
    for (std::string_view element : get_array_raw(key)) {
      if (element.empty() || element[0] != '"') throw RecordError("");
      values.push_back(decode_json_string(element));
    }
  } catch (const RecordError&) {
    throw RecordError(type_error(key, "an array of strings"));
  }
  return values;
}

std::vector<std::string_view> Record::get_array_raw(std::string_view key) const {
  std::string_view r = raw(key);
  std::vector<std::string_view> elements;
  if (r.empty()) return elements;
  if (r[0] != '[') throw RecordError(type_error(key, "an array"));
  size_t i = skip_blanks(r, 1);
  while (i < r.size() && r[i] != ']') {
    const size_t end = skip_value(r, i);
    elements.push_back(r.substr(i, end - i));
    i = skip_blanks(r, end);
    if (i < r.size() && r[i] == ',') i = skip_blanks(r, i + 1);
  }
  return elements;
}

std::optional<int64_t> Record::get_int(std::string_view key) const {
  std::string_view r = raw(key);
  if (r.empty()) return std::nullopt;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(r.data(), r.data() + r.size(), v);
  if (ec != std::errc() || end != r.data() + r.size()) throw RecordError(type_error(key, "an integer"));
  return v;
}

std::optional<std::string> Record::take_held_string(std::string_view key) {
  Member* m = find_member(key);
  if (!m || !m->held_decoded || m->replacement) return std::nullopt;
  std::string value = std::move(*m->text);
  m->text.reset();
  m->rewritten.reset();
  m->replacement = "\"\"";
  edited_ = true;
  return value;
}

void Record::restore_held_string(std::string_view key, std::string value) {
  Member* m = find_member(key);
  if (!m || !m->held_decoded) return;
  m->replacement.reset();
  m->text = std::move(value);
}

void Record::set_raw(std::string_view key, std::string raw_json) {
  edited_ = true;
  for (Added& a : added_) {
    if (a.key == key) {
      a.raw = std::move(raw_json);
      a.text.reset();
      return;
    }
  }
  Member* last = find_member(key);
  if (!last) {
    added_.push_back({std::string(key), std::move(raw_json), std::nullopt});
    return;
  }
  for (Member& m : members_) {
    if (&m != last && m.key == key) m.erased = true;
  }
  last->replacement = std::move(raw_json);
  last->text.reset();
}

void Record::set_string(std::string_view key, std::string_view value) {
  if (value.empty()) return erase(key);
  set_raw(key, raw_string(value));
}

namespace {

template <class Strings>
std::string json_array_of(const Strings& values) {
  std::string raw = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) raw += ',';
    append_json_string(raw, values[i]);
  }
  raw += ']';
  return raw;
}

}  // namespace

void Record::set_strings(std::string_view key, const std::vector<std::string>& values) {
  if (values.empty()) return erase(key);
  set_raw(key, json_array_of(values));
}

void Record::set_strings(std::string_view key, std::span<const std::string_view> values) {
  if (values.empty()) return erase(key);
  set_raw(key, json_array_of(values));
}

void Record::set_int(std::string_view key, int64_t value) { set_raw(key, std::to_string(value)); }

void Record::erase(std::string_view key) {
  for (size_t i = 0; i < added_.size(); ++i) {
    if (added_[i].key == key) {
      added_.erase(added_.begin() + static_cast<std::ptrdiff_t>(i));
      edited_ = true;
      return;
    }
  }
  for (Member& m : members_) {
    if (!m.erased && m.key == key) {
      m.erased = true;
      edited_ = true;
    }
  }
}

std::vector<std::string> Record::keys() const {
  std::vector<std::string> out;
  for (const Member& m : members_) {
    if (!m.erased) out.push_back(m.key);
  }
  for (const Added& a : added_) out.push_back(a.key);
  return out;
}

template <typename Put>
void Record::for_each_piece(Put&& put) const {
  const std::string_view line(line_);
  if (!edited_ && !any_held_) {
    put(line);
    return;
  }
  const size_t first_key = members_.empty() ? close_ : members_.front().key_begin;
  put(line.substr(0, first_key));  // leading blanks, '{' and the blanks after it
  bool any = false;
  for (const Member& m : members_) {
    if (m.erased) continue;
    if (any) put(line.substr(m.sep_begin, m.key_begin - m.sep_begin));
    put(line.substr(m.key_begin, m.value_begin - m.key_begin));
    if (m.held_decoded && !m.replacement) {
      put_json_string(*m.text, m.escapes, put);
    } else {
      put(raw_of(m));
    }
    any = true;
  }
  for (const Added& a : added_) {
    // The tools' own keys ("fields_of_work") need no escaping: put as they are.
    const bool plain = std::none_of(a.key.begin(), a.key.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
    });
    put(any ? std::string_view(",\"") : std::string_view("\""));
    if (plain) {
      put(a.key);
    } else {
      std::string escaped;
      append_json_string(escaped, a.key);
      put(std::string_view(escaped).substr(1, escaped.size() - 2));
    }
    put("\":");
    put(a.raw);
    any = true;
  }
  // Blanks between the last value and '}', the brace, and anything after it.
  const size_t tail = members_.empty() ? close_ : members_.back().value_end;
  put(line.substr(tail));
}

void Record::append_json(std::string& out) const {
  for_each_piece([&out](std::string_view piece) { out += piece; });
}

void Record::write_json(Output& out) const {
  for_each_piece([&out](std::string_view piece) { out.write(piece); });
}

std::string Record::to_json() const {
  std::string out;
  append_json(out);
  return out;
}

struct RecordParser::Impl {
  simdjson::dom::parser parser;
};

RecordParser::RecordParser(size_t large_bytes) : large_bytes_(large_bytes), impl_(new Impl) {}
RecordParser::~RecordParser() { delete impl_; }

std::string RecordParser::parse(std::string_view line, Record& out, bool require_text) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  out.line_.clear();
  // The copy is the record's own; reserving the padding simdjson reads past
  // the end lets it parse in place instead of copying a second time.
  out.line_.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  out.line_.assign(line);
  return parse_own_line(out, require_text);
}

std::string RecordParser::parse_owned(std::string&& line, Record& out, bool require_text) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  out.line_ = std::move(line);
  return parse_own_line(out, require_text);
}

std::string RecordParser::parse_own_line(Record& out, bool require_text) {
  const bool large = out.line_.size() >= large_bytes_;
  const std::string why = index_members(out, large);
  // The parser's buffers are sized to the line, and its decoded strings
  // would be a third copy of it: let them go before a tool reads the text.
  if (large) impl_->parser = simdjson::dom::parser();
  if (!why.empty()) return why;
  if (require_text) {
    const Record::Member* text = out.find_member("text");
    if (!text) {
      failure_ = ParseFailure::kMissingText;
      return "missing field \"text\"";
    }
    // (A value held decoded is a string, and is not written out to be tested.)
    if (!text->held_decoded && out.raw_of(*text)[0] != '"') {
      failure_ = ParseFailure::kTextNotString;
      return "field \"text\" is not a string";
    }
  }
  failure_ = ParseFailure::kNone;
  return {};
}

std::string RecordParser::index_members(Record& out, bool large) {
  const std::string_view s(out.line_);
  out.members_.clear();
  out.added_.clear();
  out.strings_.clear();
  out.edited_ = false;
  out.any_held_ = false;
  failure_ = ParseFailure::kInvalidJson;

  simdjson::dom::element root;
  simdjson::error_code error = impl_->parser.parse(out.line_.data(), out.line_.size(), false).get(root);
  if (error == simdjson::NUMBER_ERROR || error == simdjson::NUMBER_OUT_OF_RANGE) {
    // simdjson refuses numbers that 64 bits cannot hold (an integer of 2^64
    // or more, 1e400), which are JSON all the same: Python writes 2**64 as
    // it is. The line is parsed again with its numbers blanked, the members'
    // places unchanged, and given its numbers back: they pass through as
    // they were, and a tool that reads one as a number (get_int) refuses it.
    // (A malformed number is not blanked, and is refused again.)
    const auto numbers = blank_numbers(out.line_);
    if (!numbers.empty()) error = impl_->parser.parse(out.line_.data(), out.line_.size(), false).get(root);
    for (const auto& [at, number] : numbers) out.line_.replace(at, number.size(), number);
  }
  if (error) {
    if (error == simdjson::UTF8_ERROR) {
      failure_ = ParseFailure::kInvalidUtf8;
      // (A record is one line: the column is the byte's place in it.)
      auto bad = describe_invalid_utf8(s);
      return bad ? bad->message : "invalid UTF-8";
    }
    if (error == simdjson::DEPTH_ERROR) return "invalid JSON: nested too deeply";
    std::string why = simdjson::error_message(error);
    if (!why.empty() && why[0] >= 'A' && why[0] <= 'Z') why[0] = static_cast<char>(why[0] - 'A' + 'a');
    return "invalid JSON: " + why;
  }
  if (!root.is_object()) {
    failure_ = ParseFailure::kNotObject;
    return "not a JSON object";
  }

  // simdjson validated the whole line; locate each member's bytes, in the same
  // order as simdjson's object iteration, which gives the decoded keys.
  size_t i = skip_blanks(s, 0) + 1;  // past '{'
  std::vector<Record::Held> held;
  for (auto field : simdjson::dom::object(root)) {
    Record::Member m;
    m.key.assign(field.key);
    i = skip_blanks(s, i);
    if (!out.members_.empty()) i = skip_blanks(s, i + 1);  // past ','
    m.key_begin = i;
    // The separator before a member is what lies between it and the previous
    // value: the comma and its blanks.
    m.sep_begin = out.members_.empty() ? i : out.members_.back().value_end;
    i = skip_blanks(s, skip_string(s, i)) + 1;  // past ':'
    m.value_begin = skip_blanks(s, i);
    m.value_end = i = skip_value(s, m.value_begin);
    std::string_view decoded;
    if (large) {
      if (s[m.value_begin] == '"') {
        m.text_begin = Record::Member::kDecodeOnRead;
        const std::string_view raw = s.substr(m.value_begin, m.value_end - m.value_begin);
        const JsonEscapes escapes = escapes_of(raw);
        if (field.value.get_string().get(decoded) == simdjson::SUCCESS && writes_as(decoded, raw, escapes)) {
          held.push_back({out.members_.size(), decoded, escapes});
        }
      }
    } else if (field.value.get_string().get(decoded) == simdjson::SUCCESS) {
      m.text_begin = out.strings_.size();
      m.text_size = decoded.size();
      out.strings_.append(decoded);
    }
    out.members_.push_back(std::move(m));
  }
  out.close_ = s.rfind('}');
  if (!held.empty()) out.hold_decoded(held);
  return {};
}

void Record::hold_decoded(const std::vector<Held>& held) {
  // The line without the held values' bytes first, then the values copied
  // out of the parser: the line read is let go before the copies are made,
  // so that a large record is held twice at most, never three times.
  std::string cut;
  size_t from = 0, removed = 0, h = 0;
  for (size_t i = 0; i < members_.size(); ++i) {
    Member& m = members_[i];
    m.sep_begin -= removed;
    m.key_begin -= removed;
    if (h < held.size() && held[h].member == i) {
      m.escapes = held[h++].escapes;
      const size_t at = m.value_begin - removed;  // where the value stood, in the cut line
      cut.append(line_, from, m.value_begin - from);
      from = m.value_end;
      removed += m.value_end - m.value_begin;
      m.value_begin = m.value_end = at;
      m.held_decoded = true;
      continue;
    }
    m.value_begin -= removed;
    m.value_end -= removed;
  }
  cut.append(line_, from);
  close_ -= removed;
  // (A move would leave the line read in `cut` until it goes out of scope.)
  line_.swap(cut);
  std::string().swap(cut);
  for (const Held& one : held) members_[one.member].text.emplace(one.decoded);
  any_held_ = true;
}

}  // namespace osce
