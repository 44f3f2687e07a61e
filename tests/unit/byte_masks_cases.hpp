// The cases of byte_masks_test.cpp, included twice: once with the SSE2
// masks, once with the plain loops (OSCE_PORTABLE_MASKS), each against the
// byte-by-byte definition of every class.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "osce/byte_masks.hpp"

namespace {

template <typename Holds>
uint64_t slow_mask(const std::string& s, size_t at, size_t n, Holds holds) {
  uint64_t m = 0;
  for (size_t i = 0; i < n; ++i) m |= uint64_t{holds(static_cast<uint8_t>(s[at + i]))} << i;
  return m;
}

// The runs of letters, as RunLists lists them and as a scan of bytes finds them.
std::vector<std::pair<size_t, size_t>> listed_runs(const std::string& s) {
  std::vector<std::pair<size_t, size_t>> got;
  osce::RunLists runs(s.data(), s.size(), [](const osce::ByteBlock& b) { return b.letters(); });
  while (runs.next()) {
    REQUIRE(runs.count() % 2 == 0);
    for (size_t e = 0; e < runs.count(); e += 2) got.emplace_back(runs.edges()[e], runs.edges()[e + 1]);
  }
  return got;
}
std::vector<std::pair<size_t, size_t>> scanned_runs(const std::string& s) {
  std::vector<std::pair<size_t, size_t>> want;
  auto letter = [&](size_t k) { return std::isalpha(static_cast<unsigned char>(s[k])) != 0; };
  for (size_t i = 0; i < s.size();) {
    if (!letter(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && letter(j)) ++j;
    want.emplace_back(i, j);
    i = j;
  }
  return want;
}

}  // namespace

TEST_CASE("byte masks (" OSCE_MASKS_NAME "): every class against its byte-by-byte definition", "[masks]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string s(static_cast<size_t>(rng() % 300), '\0');
    const std::string common = "aZ09 -'\n\"\\";  // the bytes the classes are about, often
    for (char& c : s) c = rng() % 4 == 0 ? common[rng() % common.size()] : static_cast<char>(rng() % 256);
    size_t blocks = 0;
    osce::for_each_block(s.data(), s.size(), [&](const osce::ByteBlock& b, uint64_t valid, size_t at) {
      const size_t n = std::min<size_t>(64, s.size() - at);
      REQUIRE(valid == osce::ByteBlock::valid_mask(n));
      CHECK((b.eq('a') & valid) == slow_mask(s, at, n, [](uint8_t c) { return c == 'a'; }));
      CHECK((b.at_most(0x1F) & valid) == slow_mask(s, at, n, [](uint8_t c) { return c <= 0x1F; }));
      CHECK((b.in_range('0', '9') & valid) == slow_mask(s, at, n, [](uint8_t c) { return c >= '0' && c <= '9'; }));
      CHECK((b.letters() & valid) ==
            slow_mask(s, at, n, [](uint8_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }));
      const uint64_t mixed = b.mask([](osce::Lane l) { return (l.high() | l.eq('-')) & l.at_least(0x2D); });
      CHECK((mixed & valid) == slow_mask(s, at, n, [](uint8_t c) { return c >= 0x80 || c == '-'; }));
      const uint64_t zed = b.mask([](osce::Lane l) { return l.folded().eq('z'); });
      CHECK((zed & valid) == slow_mask(s, at, n, [](uint8_t c) { return c == 'z' || c == 'Z'; }));
      ++blocks;
    });
    CHECK(blocks == (s.size() + 63) / 64);
    // Runs of letters: what the edges give is what a scan of bytes gives.
    CHECK(listed_runs(s) == scanned_runs(s));
  }
}

TEST_CASE("byte masks (" OSCE_MASKS_NAME "): a word's starts, exact or in any case", "[masks]") {
  const std::string s = "Today, yesterday DAY day-by-day " + std::string(40, ' ') + "today";
  osce::for_each_block(s.data(), s.size(), [&](const osce::ByteBlock& b, uint64_t valid, size_t at) {
    const size_t n = std::min<size_t>(64, s.size() - at);
    auto want = [&](bool any_case) {
      uint64_t m = 0;
      for (size_t i = 0; i + 3 <= n && i + 3 <= 64; ++i) {
        std::string w = s.substr(at + i, 3);
        if (any_case) {
          for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        if (w == "day") m |= uint64_t{1} << i;
      }
      return m;
    };
    CHECK((b.starts_of("day") & valid) == want(false));
    CHECK((b.starts_of("day", true) & valid) == want(true));
  });
}

TEST_CASE("byte masks (" OSCE_MASKS_NAME "): overlapping blocks see a pattern wherever it stands", "[masks]") {
  for (const size_t size : {size_t{4}, size_t{63}, size_t{64}, size_t{65}, size_t{127}, size_t{128}, size_t{200}}) {
    for (size_t at = 0; at + 4 <= size; ++at) {
      std::string s(size, '.');
      s.replace(at, 4, "year");
      size_t blocks = 0;
      const bool seen = osce::any_block(s.data(), s.size(), 3, [&](const osce::ByteBlock& b, uint64_t valid, size_t) {
        ++blocks;
        return (b.starts_of("year") & valid) != 0;
      });
      CHECK(seen);
      CHECK(blocks <= (size + 60) / 61);
    }
    const std::string none(size, '.');
    CHECK_FALSE(osce::any_block(none.data(), none.size(), 3, [](const osce::ByteBlock& b, uint64_t valid, size_t) {
      return (b.starts_of("year") & valid) != 0;
    }));
  }
}

TEST_CASE("byte masks (" OSCE_MASKS_NAME "): a digit anywhere in the bytes, and none past them", "[masks]") {
  for (const size_t size : {size_t{1}, size_t{63}, size_t{64}, size_t{65}, size_t{130}}) {
    // A page whose bytes after the part read are digits: a part read on into
    // the page must not see them.
    const std::string page = std::string(size, 'x') + std::string(80, '7');
    CHECK_FALSE(osce::has_digit(page.data(), size, page.data() + page.size()));
    CHECK_FALSE(osce::has_digit(page.data(), size));
    for (size_t at = 0; at < size; ++at) {
      std::string s = page;
      s[at] = '0' + static_cast<char>(at % 10);
      CHECK(osce::has_digit(s.data(), size, s.data() + s.size()));
    }
  }
}

TEST_CASE("byte masks (" OSCE_MASKS_NAME "): run lists, window by window, are the runs a byte scan finds", "[masks]") {
  std::mt19937 rng(11);
  // Texts longer than a window (4096 bytes), words long and short, so that
  // runs cross windows and blocks; and texts that end in a run at the end
  // of a whole block or of a window.
  for (int round = 0; round < 40; ++round) {
    const size_t size = round < 4 ? size_t{4096} * static_cast<size_t>(round + 1) : static_cast<size_t>(rng() % 20000);
    std::string s(size, ' ');
    for (char& c : s) c = rng() % (round % 3 == 0 ? 50 : 5) == 0 ? ' ' : 'w';
    if (size > 0 && round < 4) s[size - 1] = 'w';
    CHECK(listed_runs(s) == scanned_runs(s));
  }
  const std::string one_run(3 * 4096 + 7, 'x');  // a run through every window
  CHECK(listed_runs(one_run) == std::vector<std::pair<size_t, size_t>>{{0, one_run.size()}});
  CHECK(listed_runs("").empty());
  CHECK(listed_runs("   ").empty());
}

TEST_CASE("byte masks (" OSCE_MASKS_NAME "): a part of a page read on into the page masks as its padded copy", "[masks]") {
  // A paragraph's last block read whole where the page goes on (see
  // ByteBlock::partial): under its valid mask, the same bits as the copy.
  std::mt19937 rng(23);
  std::string page(600, ' ');
  for (char& c : page) c = static_cast<char>(rng() % 3 == 0 ? ' ' : 'a' + rng() % 26);
  for (size_t from = 0; from < 300; from += 7) {
    for (size_t n = 1; n < osce::ByteBlock::kSize; n += 5) {
      const char* p = page.data() + from;
      const uint64_t valid = osce::ByteBlock::valid_mask(n);
      const osce::ByteBlock copied(p, n);
      const osce::ByteBlock read_on = osce::ByteBlock::partial(p, n, page.data() + page.size());
      CHECK((read_on.letters() & valid) == (copied.letters() & valid));
      CHECK((read_on.eq(' ') & valid) == (copied.eq(' ') & valid));
      // Without a page to read on in, or at its end, the copy.
      CHECK(osce::ByteBlock::partial(p, n, nullptr).eq(0) == copied.eq(0));
      const char* tail = page.data() + page.size() - n;
      CHECK(osce::ByteBlock::partial(tail, n, page.data() + page.size()).eq(0) == osce::ByteBlock(tail, n).eq(0));
    }
  }
  // Run lists of a part read on into its page are the part's runs alone.
  const std::string text = "words in a page that goes on";
  const std::string_view part(text.data(), 8);  // "words in"
  std::vector<size_t> edges;
  osce::RunLists runs(part.data(), part.size(), [](const osce::ByteBlock& b) { return b.letters(); },
                      text.data() + text.size());
  while (runs.next()) edges.insert(edges.end(), runs.edges(), runs.edges() + runs.count());
  CHECK(edges == std::vector<size_t>{0, 5, 6, 8});
}
