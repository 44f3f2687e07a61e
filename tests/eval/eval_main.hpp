// The measuring programs' main: `make eval PAGES=dir` hands them a user's
// directory, and a wrong one is told as the tools tell it (the program's
// name, the reason, status 2), not by an uncaught exception's abort.
#pragma once

#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>

#include "osce/error.hpp"

// Prints the usages, one a line ("CORPUS_DIR [--errors]\n..."), each after the program's name.
inline void print_usage(std::FILE* to, const char* name, std::string_view usages) {
  const char* lead = "usage:";
  while (!usages.empty()) {
    const size_t end = usages.find('\n');
    const std::string_view one = usages.substr(0, end);
    std::fprintf(to, "%s %s %.*s\n", lead, name, static_cast<int>(one.size()), one.data());
    lead = "      ";
    usages.remove_prefix(end == std::string_view::npos ? usages.size() : end + 1);
  }
}

// Runs `run`; prints the usages for -h or --help (status 0) and for no argument (status 2).
inline int eval_main(int argc, char** argv, std::string_view usages, int (*run)(int, char**)) {
  for (int k = 1; k < argc; ++k) {
    if (std::strcmp(argv[k], "-h") == 0 || std::strcmp(argv[k], "--help") == 0) {
      print_usage(stdout, argv[0], usages);
      return 0;
    }
  }
  if (argc < 2) {
    print_usage(stderr, argv[0], usages);
    return 2;
  }
  try {
    return run(argc, argv);
  } catch (const osce::Error& e) {
    std::fprintf(stderr, "%s\n", osce::format_diagnostic(argv[0], e.file(), e.line(), e.what()).c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 2;
  }
}
