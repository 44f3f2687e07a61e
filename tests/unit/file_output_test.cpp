#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "osce/error.hpp"
#include "osce/file_output.hpp"
#include "test_files.hpp"

namespace {

void write_fd(int fd, const std::string& bytes) { REQUIRE(::write(fd, bytes.data(), bytes.size()) == ssize_t(bytes.size())); }

size_t entries(const std::filesystem::path& dir) {
  return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

}  // namespace

TEST_CASE("file_output: commit replaces the file and keeps its permissions", "[file_output]") {
  osce_test::ScratchDir dir;
  osce_test::write(dir / "f", "old");
  ::chmod((dir / "f").c_str(), 0640);
  {
    osce::ReplaceFile file(dir / "f");
    write_fd(file.fd(), "new");
    file.commit();
  }
  CHECK(osce_test::read(dir / "f") == "new");
  struct stat st;
  REQUIRE(::stat((dir / "f").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(entries(dir.path()) == 1);
}

TEST_CASE("file_output: without commit the old file stays whole and nothing is left behind", "[file_output]") {
  osce_test::ScratchDir dir;
  osce_test::write(dir / "f", "old");
  {
    osce::ReplaceFile file(dir / "f");
    write_fd(file.fd(), "half of the new conte");
  }
  CHECK(osce_test::read(dir / "f") == "old");
  CHECK(entries(dir.path()) == 1);
}

TEST_CASE("file_output: a symbolic link stays a link to the replaced file", "[file_output]") {
  osce_test::ScratchDir dir;
  osce_test::write(dir / "target", "old");
  std::filesystem::create_symlink(dir / "target", dir / "link");
  {
    osce::ReplaceFile file(dir / "link");
    write_fd(file.fd(), "new");
    file.commit();
  }
  CHECK(std::filesystem::is_symlink(dir / "link"));
  CHECK(osce_test::read(dir / "target") == "new");
}

TEST_CASE("file_output: a new file is created", "[file_output]") {
  osce_test::ScratchDir dir;
  osce::ReplaceFile file(dir / "new");
  write_fd(file.fd(), "x");
  file.commit();
  CHECK(osce_test::read(dir / "new") == "x");
}

TEST_CASE("file_output: a missing directory is an error naming the path", "[file_output]") {
  osce_test::ScratchDir dir;
  CHECK_THROWS_AS(osce::ReplaceFile(dir / "no/such/dir/f"), osce::Error);
}

TEST_CASE("file_output: devices are written directly, files replaced", "[file_output]") {
  osce_test::ScratchDir dir;
  CHECK(osce::replaceable(dir / "not-yet"));
  osce_test::write(dir / "f", "");
  CHECK(osce::replaceable(dir / "f"));
  CHECK_FALSE(osce::replaceable("/dev/null"));
}
