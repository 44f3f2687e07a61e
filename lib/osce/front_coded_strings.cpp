#include "osce/front_coded_strings.hpp"

#include <algorithm>

namespace osce {

void FrontCodedStrings::push_back(std::string_view s) {
  size_t shared = 0;
  if (size_ % kRestartInterval == 0) {
    restarts_.push_back(bytes_.size());
  } else {
    const size_t most = std::min(s.size(), last_.size());
    while (shared < most && s[shared] == last_[shared]) ++shared;
  }
  put_varint(shared);
  put_varint(s.size() - shared);
  for (char c : s.substr(shared)) bytes_.push_back(c);
  last_.assign(s);
  ++size_;
}

void FrontCodedStrings::get(size_t i, std::string& out) const {
  uint64_t at = restarts_[i / kRestartInterval];
  out.clear();
  for (size_t k = 0; k <= i % kRestartInterval; ++k) {
    const uint64_t shared = read_varint(at);
    const uint64_t rest = read_varint(at);
    out.resize(shared + rest);
    for (uint64_t j = shared; j < shared + rest; ++j) out[j] = bytes_[at++];
  }
}

void FrontCodedStrings::put_varint(uint64_t v) {
  for (; v >= 0x80; v >>= 7) bytes_.push_back(static_cast<char>((v & 0x7F) | 0x80));
  bytes_.push_back(static_cast<char>(v));
}

uint64_t FrontCodedStrings::read_varint(uint64_t& at) const {
  uint64_t v = 0;
  for (int shift = 0;; shift += 7) {
    const auto byte = static_cast<unsigned char>(bytes_[at++]);
    v |= uint64_t{byte & 0x7Fu} << shift;
    if (byte < 0x80) return v;
  }
}

}  // namespace osce
