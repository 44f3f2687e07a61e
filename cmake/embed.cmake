# Script mode: turns INPUT into a C++ source defining a std::string_view NAME in
# namespace osce, so installed binaries carry their data and need no data directory.
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT} by cmake/embed.cmake; do not edit.
#include <string_view>
namespace osce {
namespace {
const char kData[] = {${bytes} '\\0'};
}  // namespace
extern const std::string_view ${NAME};
const std::string_view ${NAME}{kData, sizeof kData - 1};
}  // namespace osce
")
