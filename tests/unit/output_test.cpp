// Output's pipe: widened where it is one, left alone where it is not.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "osce/output.hpp"

TEST_CASE("output: a pipe is widened to a megabyte, a file is left as it is", "[output]") {
#ifdef F_GETPIPE_SZ
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  // The limit for one pipe (root may go beyond it; others may not).
  size_t limit = 0;
  if (std::ifstream max("/proc/sys/fs/pipe-max-size"); max) max >> limit;
  const bool widened = osce::widen_pipe(ends[1]);
  if (limit >= osce::kPipeBytes || ::geteuid() == 0) {
    CHECK(widened);
    // Either end tells the size of the pipe they share.
    CHECK(::fcntl(ends[0], F_GETPIPE_SZ) == static_cast<int>(osce::kPipeBytes));
  }
  ::close(ends[0]);
  ::close(ends[1]);
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  CHECK_FALSE(osce::widen_pipe(::fileno(file)));
  std::fclose(file);
#else
  SUCCEED("no pipe sizes on this system");
#endif
}
