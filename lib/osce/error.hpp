// Errors, diagnostics and the exit statuses fixed by CONTRACT.md.
//
// An osce::Error stops one input (a file, a record stream); the command loop
// reports it as "program: file:line: message" and goes on with the next input.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace osce {

inline constexpr int kExitOk = 0;        // done
inline constexpr int kExitFindings = 1;  // osce-check found problems
inline constexpr int kExitTrouble = 2;   // usage, unreadable or invalid input, write error

// A failure that names where it applies. line 0 means "the whole file".
class Error : public std::runtime_error {
 public:
  explicit Error(std::string message, std::string file = {}, uint64_t line = 0);
  const std::string& file() const { return file_; }
  uint64_t line() const { return line_; }

 private:
  std::string file_;
  uint64_t line_;
};

// A record that is well-formed JSON but breaks the record contract (a field of
// the wrong type). The record loop reports it with the file and line it knows.
class RecordError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Thrown when standard output's reader has gone away (`... | head`): the tool
// ends quietly with status 0, as ripgrep and coreutils do.
struct BrokenPipe {};

// "program: file:line: message"; the file and line parts are left out when
// empty or zero.
std::string format_diagnostic(std::string_view program, std::string_view file, uint64_t line,
                              std::string_view message);

// Writes diagnostics to standard error and counts the errors, so that a tool
// can go on after a bad input and still exit with status 2 at the end.
class Diagnostics {
 public:
  explicit Diagnostics(std::string program) : program_(std::move(program)) {}
  void error(std::string_view file, uint64_t line, std::string_view message);
  void error(const Error& e) { error(e.file(), e.line(), e.what()); }
  void warning(std::string_view file, uint64_t line, std::string_view message);
  uint64_t errors() const { return errors_; }
  const std::string& program() const { return program_; }

 private:
  std::string program_;
  uint64_t errors_ = 0;
};

}  // namespace osce
