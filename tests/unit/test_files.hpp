// A scratch directory for tests that touch the file system, removed at the
// end; reading and writing whole files; and a check for code that reads a
// long text in pieces.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <random>
#include <string>
#include <vector>

namespace osce_test {

class ScratchDir {
 public:
  ScratchDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("osce-test-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void write(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

#ifdef OSCE_CORPUS_DIR
// The bundled pages, one after another, in the order the directory lists them.
inline std::string bundled_pages() {
  std::string text;
  for (const auto& page : std::filesystem::directory_iterator(OSCE_CORPUS_DIR "/pages")) text += read(page.path());
  return text;
}
#endif

// Code that reads a long text in pieces of a given size must find what it
// finds reading it whole: `result(size)` at each of `sizes` equals
// `result` at a size larger than any text, which has at least `at_least`
// entries (so that the comparison compares something).
template <typename Result>
void check_same_in_pieces(const Result& result, std::initializer_list<size_t> sizes, size_t at_least) {
  const std::vector<std::string> whole = result(size_t{1} << 30);
  CHECK(whole.size() >= at_least);
  for (size_t size : sizes) {
    INFO("pieces of " << size << " bytes");
    CHECK(result(size) == whole);
  }
}

}  // namespace osce_test
