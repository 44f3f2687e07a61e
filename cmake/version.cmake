# The git revision goes into --version. It is written at build time, and only
# when it changed, so a new commit relinks the binaries without a reconfigure.
set(OSCE_VERSION_CPP ${CMAKE_BINARY_DIR}/generated/version.cpp)
add_custom_target(osce_version_stamp
  COMMAND ${CMAKE_COMMAND}
          -DSOURCE_DIR=${CMAKE_SOURCE_DIR}
          -DOUTPUT=${OSCE_VERSION_CPP}
          -DVERSION=${PROJECT_VERSION}
          -P ${CMAKE_SOURCE_DIR}/cmake/write_version.cmake
  BYPRODUCTS ${OSCE_VERSION_CPP}
  COMMENT "Stamping the git revision")
