#include "osce/error.hpp"

#include <cstdio>

namespace osce {

Error::Error(std::string message, std::string file, uint64_t line)
    : std::runtime_error(std::move(message)), file_(std::move(file)), line_(line) {}

std::string format_diagnostic(std::string_view program, std::string_view file, uint64_t line,
                              std::string_view message) {
  std::string out(program);
  out += ": ";
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      out += ':';
      out += std::to_string(line);
    }
    out += ": ";
  }
  out += message;
  return out;
}

void Diagnostics::error(std::string_view file, uint64_t line, std::string_view message) {
  ++errors_;
  // stderr is unbuffered; one fputs per message keeps lines whole when several
  // tools of a pipeline write to the same terminal.
  std::string text = format_diagnostic(program_, file, line, message) + '\n';
  std::fputs(text.c_str(), stderr);
}

void Diagnostics::warning(std::string_view file, uint64_t line, std::string_view message) {
  std::string text = program_ + ": warning: ";
  text += format_diagnostic("", file, line, message).substr(2);
  text += '\n';
  std::fputs(text.c_str(), stderr);
}

}  // namespace osce
