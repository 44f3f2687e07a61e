// Runs every file of JSONTestSuite's test_parsing/ through the record parser:
// n_ files must be refused, y_ files that are objects accepted, i_ files may
// go either way but must not crash (the sanitizer build checks that).
// Exits 77 (skipped, for CTest) when the suite is not there.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "osce/record.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s TEST_PARSING_DIR\n", argv[0]);
    return 2;
  }
  if (!fs::is_directory(argv[1])) {
    std::printf("skipped: %s not found (it comes with ../shared)\n", argv[1]);
    return 77;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(argv[1])) files.push_back(entry.path());
  std::sort(files.begin(), files.end());

  osce::RecordParser parser;
  // The same parser as it reads a large record (threshold 0): it must
  // accept and refuse the same files, and write back the same bytes.
  osce::RecordParser large_parser(0);
  int passed = 0, failed = 0;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    const std::string name = file.filename().string();
    osce::Record rec;
    const std::string why = parser.parse(bytes, rec, /*require_text=*/false);
    const bool accepted = why.empty();
    const bool is_object = bytes.find_first_not_of(" \t\r\n") != std::string::npos &&
                           bytes[bytes.find_first_not_of(" \t\r\n")] == '{';
    bool ok = true;
    if (name.rfind("n_", 0) == 0) ok = !accepted;
    if (name.rfind("y_", 0) == 0 && is_object) ok = accepted;
    if (ok && accepted) ok = rec.to_json() == (bytes.back() == '\r' ? bytes.substr(0, bytes.size() - 1) : bytes);
    osce::Record large_rec;
    const std::string large_why = large_parser.parse_owned(std::string(bytes), large_rec, /*require_text=*/false);
    if (ok && large_why != why) ok = false;
    if (ok && accepted) ok = large_rec.to_json() == rec.to_json();
    if (ok) {
      ++passed;
    } else {
      ++failed;
      std::printf("FAIL %s: %s\n", name.c_str(), accepted ? "accepted" : why.c_str());
    }
  }
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
