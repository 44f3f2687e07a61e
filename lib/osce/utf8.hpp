// UTF-8 validation that says where the first bad byte is.
//
// simdjson validates UTF-8 far faster but only answers yes or no; this is what
// the error path and plain-text inputs use to name the offending byte.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace osce {

// The byte offset of the first byte that does not begin or continue a valid
// UTF-8 sequence (overlong forms, surrogates and code points past U+10FFFF are
// invalid), or nullopt when `bytes` is valid UTF-8.
std::optional<size_t> find_invalid_utf8(std::string_view bytes);

}  // namespace osce
