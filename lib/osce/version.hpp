// The project version and the git revision the binaries were built from,
// stamped at build time (cmake/write_version.cmake).
#pragma once

namespace osce {

extern const char* const kVersion;
extern const char* const kRevision;

}  // namespace osce
