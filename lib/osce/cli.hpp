// The command-line conventions every osce binary shares, in one place:
// --help with an example, --version, -o FILE, the hidden --generate that
// writes shell completions, error format and exit statuses (CONTRACT.md).
//
// A main declares its options on a CLI::App and hands the work to
// run_command (or run_filter, filter.hpp); it never prints errors itself.
#pragma once

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "osce/error.hpp"
#include "osce/output.hpp"

namespace osce {

// What a command's body works with.
struct Context {
  Diagnostics& diag;  // report bad inputs here and carry on
  Output& out;        // standard output, or the -o file
  bool progress;      // may show progress (standard error is a terminal)
  const std::string& output_path;  // the -o argument, "-" for standard output
};

// Adds the shared options to `app`, parses `argv` and runs `body`. Returns
// the exit status: body's own (0, or 1 for check-style answers), 2 when a
// usage error, an Error or a write error occurred or when body reported
// errors through ctx.diag, and 0 when standard output was closed early.
int run_command(CLI::App& app, int argc, char** argv, const std::function<int(Context&)>& body);

}  // namespace osce
