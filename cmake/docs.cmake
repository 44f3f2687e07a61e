# `make docs` (target osce_docs) regenerates the committed man pages and
# completions from the binaries' CLI11 definitions; the docs test in
# tests/ fails when the committed files differ from what this would write.
find_program(HELP2MAN help2man)
set(OSCE_DOCS_SCRIPT ${CMAKE_SOURCE_DIR}/tests/docs/generate.sh)
add_custom_target(osce_docs
  COMMAND ${OSCE_DOCS_SCRIPT} ${CMAKE_BINARY_DIR}/bin ${CMAKE_SOURCE_DIR} ${PROJECT_VERSION}
  DEPENDS ${OSCE_BINARIES}
  COMMENT "Regenerating man pages and completions"
  VERBATIM)
