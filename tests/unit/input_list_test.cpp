#include <catch2/catch.hpp>

#include "osce/input_list.hpp"
#include "test_files.hpp"

namespace {

std::vector<std::string> visited(const std::vector<std::string>& args, const osce::InputListOptions& opt,
                                 uint64_t expected_errors = 0) {
  osce::Diagnostics diag("test");
  std::vector<std::string> out;
  osce::for_each_input(args, opt, diag, [&](const std::string& p) { out.push_back(p); });
  CHECK(diag.errors() == expected_errors);
  return out;
}

}  // namespace

TEST_CASE("input_list: directories are walked in byte order, hidden entries skipped", "[input_list]") {
  osce_test::ScratchDir dir;
  for (const char* name : {"b.txt", "a.txt", "B.txt", "sub/c.txt", ".git/x", ".hidden.txt", "notes.md"}) {
    osce_test::write(dir / name, "x");
  }
  osce::InputListOptions opt;
  opt.recursive = true;
  const std::string d = dir.path().string();
  CHECK(visited({d}, opt) ==
        std::vector<std::string>{d + "/B.txt", d + "/a.txt", d + "/b.txt", d + "/notes.md", d + "/sub/c.txt"});
  opt.includes = {"*.txt"};
  CHECK(visited({d}, opt).size() == 4);
}

TEST_CASE("input_list: a directory without -r is reported and skipped", "[input_list]") {
  osce_test::ScratchDir dir;
  CHECK(visited({dir.path().string(), "x"}, {}, 1) == std::vector<std::string>{"x"});
}

TEST_CASE("input_list: no inputs means standard input", "[input_list]") {
  CHECK(visited({}, {}) == std::vector<std::string>{"-"});
}

TEST_CASE("input_list: --files-from, LF or NUL separated", "[input_list]") {
  osce_test::ScratchDir dir;
  osce_test::write(dir / "list", "a\r\n\nb c\n");
  osce_test::write(dir / "list0", std::string("a\nb\0c\0", 6));
  osce::InputListOptions opt;
  opt.files_from = dir / "list";
  CHECK(visited({"first"}, opt) == std::vector<std::string>{"first", "a", "b c"});
  opt.files_from = dir / "list0";
  opt.null_separated = true;
  CHECK(visited({}, opt) == std::vector<std::string>{"a\nb", "c"});
}
