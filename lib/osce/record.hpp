// One record of the stream: a JSON object kept as the bytes it was read as.
//
// Fields a tool does not touch are written back byte for byte, in their
// place; only the fields it sets are serialized anew (CONTRACT.md). A record
// built from scratch starts as "{}".
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "osce/json_string.hpp"

namespace osce {

class Output;
class RecordParser;

class Record {
 public:
  Record();

  // True when the record has the field (whatever its type).
  bool has(std::string_view key) const;
  // The field's raw JSON bytes, as read or as last set; empty when absent.
  std::string_view raw(std::string_view key) const;

  // Typed reads. nullopt (or an empty vector) when the field is absent.
  // Throw RecordError when the field is there with another type.
  std::optional<std::string> get_string(std::string_view key) const;
  // The same without a copy: a view of the record's own decoded copy, valid
  // until the record is next changed or parsed into. For the hot paths that
  // read a long "text" once.
  std::optional<std::string_view> get_string_view(std::string_view key) const;
  std::vector<std::string> get_strings(std::string_view key) const;
  std::optional<int64_t> get_int(std::string_view key) const;
  // The raw JSON of each element of an array field (empty when absent).
  // Throws RecordError when the field is not an array.
  std::vector<std::string_view> get_array_raw(std::string_view key) const;

  // A string a large record holds decoded (see kLargeRecordBytes), lent to
  // the caller without a copy: a tool that rewrites a 100 MB text in place
  // holds it once. Until the caller gives it back (restore_held_string) or
  // sets the field, the field reads "". nullopt, and nothing lent, for any
  // other field.
  std::optional<std::string> take_held_string(std::string_view key);
  // Gives back, unchanged, the string take_held_string lent: the field then
  // writes the bytes it was read as.
  void restore_held_string(std::string_view key, std::string value);

  // Writes. A field that exists keeps its place; a new one goes at the end.
  // An empty string or array erases the field instead, because a field with
  // nothing to say is left out (CONTRACT.md). With duplicate keys in the
  // input, the last one is the field and the earlier ones are dropped.
  // REQUIRES: strings are valid UTF-8.
  void set_string(std::string_view key, std::string_view value);
  void set_strings(std::string_view key, const std::vector<std::string>& values);
  void set_strings(std::string_view key, std::span<const std::string_view> values);
  void set_int(std::string_view key, int64_t value);
  // REQUIRES: raw_json is one valid JSON value.
  void set_raw(std::string_view key, std::string raw_json);
  void erase(std::string_view key);

  // Field names in output order.
  std::vector<std::string> keys() const;

  // Appends the record as one JSON line, without the LF.
  void append_json(std::string& out) const;
  // The same line written to `out` piece by piece: a long field goes out
  // without a copy, where append_json would hold the whole line once more.
  void write_json(Output& out) const;
  std::string to_json() const;

 private:
  friend class RecordParser;

  // A top-level member of the line as read. The separator before it runs
  // from sep_begin to key_begin (a comma and blanks; blanks for the first).
  struct Member {
    std::string key;  // decoded
    size_t sep_begin, key_begin, value_begin, value_end;
    // A string value as read: where its decoded bytes sit in strings_;
    // kNotString for a value of another type, kDecodeOnRead for a string of
    // a large record, decoded from its raw bytes when first read.
    static constexpr size_t kNotString = static_cast<size_t>(-1);
    static constexpr size_t kDecodeOnRead = static_cast<size_t>(-2);
    size_t text_begin = kNotString, text_size = 0;
    std::optional<std::string> replacement;  // raw JSON set by a tool
    // The decoded form of a value not in strings_ (a replacement, or a
    // string of a large record), once read.
    mutable std::optional<std::string> text;
    bool erased = false;
    // A string of a large record held only decoded, in `text`: its raw
    // bytes, which append_json_string writes again from `text` with
    // `escapes` byte for byte, are cut out of line_ (value_begin == value_end).
    bool held_decoded = false;
    JsonEscapes escapes;
    // Its raw JSON, made only if a tool asks for raw bytes.
    mutable std::optional<std::string> rewritten;
  };
  struct Added {
    std::string key;
    std::string raw;
    mutable std::optional<std::string> text;  // the decoded form, once read
  };

  const Member* find_member(std::string_view key) const;
  Member* find_member(std::string_view key);
  std::string_view raw_of(const Member& m) const;
  // Gives `put` the pieces of the record's JSON line in order.
  template <typename Put>
  void for_each_piece(Put&& put) const;
  // A member's string value to hold decoded: a view into the parser's
  // buffers, and the escapes that write it again as it was read.
  struct Held {
    size_t member;
    std::string_view decoded;
    JsonEscapes escapes;
  };
  // Cuts the raw bytes of the listed members out of line_ and keeps their
  // values decoded instead.
  void hold_decoded(const std::vector<Held>& held);
  // The decoded string of a value set by a tool, decoded on its first read
  // into `text` (most values set are written, never read back).
  static std::string_view text_of(std::string_view key, std::string_view raw, std::optional<std::string>& text);

  std::string line_;            // the object as read, "{}" when built
  size_t close_ = 1;            // offset of the closing '}'
  std::vector<Member> members_;
  std::vector<Added> added_;
  // The decoded bytes of the string values as read: the parser has decoded
  // every string while validating, so reading "text" again costs a view,
  // not a second decoding.
  std::string strings_;
  bool edited_ = false;
  bool any_held_ = false;  // some member is held_decoded: line_ is not the line read
};

// From this length on a line is a large record, read so that it is held as
// few times as can be: the line reader gives back the buffer that held it
// (RecordReader); the parser keeps each string decoded in place of its raw
// bytes, where append_json_string writes those bytes again with the escapes
// its writer chose (osce-jsonl's, Python's json.dumps', PHP's), and gives
// back its own buffers after validating. An ordinary line is held three
// times while it is parsed (the reader's buffer, the record's copy, the
// parser's decoded strings) and four times once parsed; a large one twice
// while it is parsed and once after (twice for a string whose literal no
// JsonEscapes writes again, "\u00e9" beside "\u00E9", kept raw and decoded
// when read). On a 100 MB record issue 8 bounds a filter by twice the record
// plus 32 MB.
inline constexpr size_t kLargeRecordBytes = size_t{8} << 20;

// Why a line is not a record, for tools that report by kind (osce-check).
enum class ParseFailure { kNone, kInvalidJson, kInvalidUtf8, kNotObject, kMissingText, kTextNotString };

// Validates a line of JSON with simdjson and turns it into a Record. Keeps the
// parser's buffers between calls, so reading a stream allocates only when a
// longer line than any before comes by, up to kLargeRecordBytes.
class RecordParser {
 public:
  // `large_bytes` is kLargeRecordBytes but in tests, which read small
  // lines the way large ones are read.
  explicit RecordParser(size_t large_bytes = kLargeRecordBytes);
  ~RecordParser();
  RecordParser(const RecordParser&) = delete;
  RecordParser& operator=(const RecordParser&) = delete;

  // Parses `line` (no LF; a trailing CR is allowed) into `out`. Returns an
  // empty string on success, else why the line is not a record: invalid JSON,
  // invalid UTF-8 (with the byte offset), not an object, or, when
  // `require_text`, a missing or non-string "text".
  std::string parse(std::string_view line, Record& out, bool require_text = true);
  // The same for a line the caller owns, which the record takes instead of
  // copying it.
  std::string parse_owned(std::string&& line, Record& out, bool require_text = true);
  // The kind of the last failure, kNone after a success.
  ParseFailure failure() const { return failure_; }

 private:
  // Parses the line already in out.line_.
  std::string parse_own_line(Record& out, bool require_text);
  // Validates out.line_ and locates its members; a large record's strings
  // are left to decode on read. Returns why the line is not an object.
  std::string index_members(Record& out, bool large);

  ParseFailure failure_ = ParseFailure::kNone;
  size_t large_bytes_;
  struct Impl;
  Impl* impl_;
};

}  // namespace osce
