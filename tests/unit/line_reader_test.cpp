#include <catch2/catch.hpp>

#include "osce/error.hpp"
#include "osce/line_reader.hpp"
#include "osce/record_reader.hpp"
#include "test_files.hpp"

namespace {

std::vector<std::string> all_lines(const std::string& path) {
  osce::LineReader reader(path);
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.next(line)) {
    lines.emplace_back(line);
    CHECK(reader.line_number() == lines.size());
  }
  return lines;
}

}  // namespace

TEST_CASE("line_reader: lines, a last line without LF, empty lines", "[line_reader]") {
  osce_test::ScratchDir dir;
  osce_test::write(dir / "a", "one\n\nthree\r\nfour");
  CHECK(all_lines(dir / "a") == std::vector<std::string>{"one", "", "three\r", "four"});
  osce_test::write(dir / "empty", "");
  CHECK(all_lines(dir / "empty").empty());
}

TEST_CASE("line_reader: a line much longer than the read chunk", "[line_reader]") {
  osce_test::ScratchDir dir;
  const std::string long_line(3 * 1000 * 1000 + 7, 'x');
  osce_test::write(dir / "a", "a\n" + long_line + "\nb\n");
  const auto lines = all_lines(dir / "a");
  REQUIRE(lines.size() == 3);
  CHECK(lines[1] == long_line);
  CHECK(lines[2] == "b");
}

TEST_CASE("line_reader: giving back a long line's buffer keeps the lines after it", "[line_reader]") {
  osce_test::ScratchDir dir;
  const std::string long_line(3 * 1000 * 1000 + 7, 'x');
  std::string after;
  for (int i = 0; i < 20000; ++i) after += "line " + std::to_string(i) + "\n";
  osce_test::write(dir / "a", long_line + "\n" + after);
  osce::LineReader reader(dir / "a");
  std::string_view line;
  REQUIRE(reader.next(line));
  CHECK(line.size() == long_line.size());
  reader.release_spare();
  reader.release_spare();  // twice is harmless
  std::string rest;
  while (reader.next(line)) rest += std::string(line) + "\n";
  CHECK(rest == after);
  CHECK(reader.line_number() == 20001);
}

TEST_CASE("line_reader: peeking does not consume", "[line_reader]") {
  osce_test::ScratchDir dir;
  osce_test::write(dir / "a", "\n  \n {\"text\":\"x\"}\n");
  osce::LineReader reader(dir / "a");
  CHECK(reader.peek_first_nonblank() == '{');
  CHECK(reader.read_rest() == "\n  \n {\"text\":\"x\"}\n");
  osce_test::write(dir / "blank", " \n\t");
  osce::LineReader blank(dir / "blank");
  CHECK(blank.peek_first_nonblank() == -1);
}

TEST_CASE("line_reader: missing files and directories are errors naming the path", "[line_reader]") {
  osce_test::ScratchDir dir;
  try {
    osce::LineReader reader(dir / "missing");
    FAIL("no error");
  } catch (const osce::Error& e) {
    CHECK(e.file() == dir / "missing");
    CHECK(std::string(e.what()) == "No such file or directory");
  }
  CHECK_THROWS_WITH(osce::LineReader(dir.path().string()), "Is a directory");
}

TEST_CASE("line_reader: lines past the limit come back empty and flagged, the rest read on", "[line_reader]") {
  osce_test::ScratchDir dir;
  osce_test::write(dir / "a", "short\n" + std::string(3 * 1000 * 1000, 'x') + "\nafter\n" + std::string(2000, 'y'));
  osce::set_max_line_bytes(1000);
  osce::LineReader reader(dir / "a");
  std::string_view line;
  std::vector<std::pair<std::string, bool>> got;
  while (reader.next(line)) got.emplace_back(std::string(line), reader.overlong());
  osce::set_max_line_bytes(osce::kDefaultMaxRecordBytes);
  CHECK(got == std::vector<std::pair<std::string, bool>>{{"short", false}, {"", true}, {"after", false}, {"", true}});
  CHECK(reader.line_number() == 4);
}

TEST_CASE("line_reader: a byte-order mark is dropped only when asked, and only at the start", "[line_reader]") {
  osce_test::ScratchDir dir;
  osce_test::write(dir / "a", "\xEF\xBB\xBF{\"text\":\"x\"}\n");
  osce::LineReader reader(dir / "a");
  reader.skip_byte_order_mark();
  CHECK(reader.peek_first_nonblank() == '{');
  CHECK(osce::read_file(dir / "a").substr(0, 3) == "\xEF\xBB\xBF");
}

TEST_CASE("record_reader: a large record between small ones, each read whole and in its place", "[line_reader]") {
  // A line of kLargeRecordBytes or more takes its own path: copied out of
  // the reader's buffer, the buffer given back, the record let go before
  // the next line. The records around it, and a bad line after it, must
  // not notice.
  osce_test::ScratchDir dir;
  const std::string big(osce::kLargeRecordBytes + 5, 'x');
  osce_test::write(dir / "a.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"" + big +
                                        "\"}\n\n{\"id\":\"3\",\"text\":\"b\"}\nnot json\n{\"id\":\"4\",\"text\":\"" + big +
                                        "y\"}\n{\"id\":\"5\",\"text\":\"c\"}\n");
  osce::LineReader lines(dir / "a.jsonl");
  osce::RecordReader reader(lines);
  osce::Diagnostics diag("test");
  osce::Record rec;
  std::vector<std::string> ids, texts;
  std::vector<uint64_t> numbers;
  while (reader.next(rec, diag)) {
    ids.push_back(*rec.get_string("id"));
    texts.push_back(*rec.get_string("text"));
    numbers.push_back(reader.line_number());
  }
  CHECK(ids == std::vector<std::string>{"1", "2", "3", "4", "5"});
  CHECK(texts == std::vector<std::string>{"a", big, "b", big + "y", "c"});
  CHECK(numbers == std::vector<uint64_t>{1, 2, 4, 6, 7});
  CHECK(diag.errors() == 1);  // "not json", line 5
}
