// osce-check as a command: inputs (record streams, text pages, directories
// of pages), the config file, the three output formats and the summary.
#pragma once

#include <string>
#include <vector>

#include "osce/cli.hpp"

namespace osce {

enum class FindingFormat { kText, kJson, kGithub };

struct CheckRunOptions {
  std::vector<std::string> files;
  std::vector<std::string> select, ignore;
  std::string config;  // "" looks for .osce-check in the current directory
  std::string today;   // "" is today (UTC)
  std::string taxonomy_path;
  FindingFormat format = FindingFormat::kText;
  bool strict = false;      // warnings fail the check too
  bool list_rules = false;  // print the rules and stop
};

// Runs the check and returns the exit status: 0 clean (warnings allowed
// unless strict), 1 problems found, 2 could not run (also via Error).
int run_check(CheckRunOptions opt, Context& ctx);

}  // namespace osce
