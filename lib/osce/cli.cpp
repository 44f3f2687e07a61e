#include "osce/cli.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <new>

#include "osce/completion.hpp"
#include "osce/file_output.hpp"
#include "osce/line_reader.hpp"
#include "osce/version.hpp"

namespace osce {
namespace {

std::string version_text(const std::string& program) {
  return program + " (osce-tools) " + kVersion + " (git " + kRevision + ")";
}

// CLI11's own exit codes (109 for an unknown option, ...) mean nothing to a
// script; every usage error is status 2, with GNU's "Try ..." hint.
int usage_error(const CLI::App& app, const CLI::ParseError& e) {
  std::string text = app.get_name() + ": " + e.what() + "\nTry '" + app.get_name() +
                     " --help' for more information.\n";
  std::fputs(text.c_str(), stderr);
  return kExitTrouble;
}

struct FileDescriptor {
  int fd = -1;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

int run_command(CLI::App& app, int argc, char** argv, const std::function<int(Context&)>& body) {
  const std::string program = app.get_name();
  std::string shell;
  std::string output = "-";
  app.set_version_flag("--version", version_text(program), "Print the version and git revision, then exit.");
  app.add_option("-o,--output", output,
                 "Write to FILE instead of standard output; a regular file is replaced atomically.")
      ->type_name("FILE");
  size_t max_record_bytes = kDefaultMaxRecordBytes;
  app.add_option("--max-record-bytes", max_record_bytes,
                 "Refuse records and pages longer than N bytes, reporting them, instead of exhausting memory "
                 "(default 536870912, 512 MiB).")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  app.add_option("--generate", shell, "Write a completion script for SHELL to standard output.")
      ->check(CLI::IsMember({"bash", "zsh", "fish"}))
      ->group("");  // hidden: a build step, not a user's option
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    return usage_error(app, e);
  }

  Diagnostics diag(program);
  set_max_line_bytes(max_record_bytes);
  ignore_sigpipe();
  widen_pipe(STDIN_FILENO);
  widen_pipe(STDOUT_FILENO);
  try {
    if (!shell.empty()) {
      Output out(STDOUT_FILENO, "standard output");
      out.write(generate_completion(app, shell));
      out.flush();
      return kExitOk;
    }
    std::unique_ptr<ReplaceFile> file;
    FileDescriptor direct;  // -o naming a device or a FIFO
    int fd = STDOUT_FILENO;
    std::string name = "standard output";
    if (output != "-") {
      name = output;
      if (replaceable(output)) {
        file = std::make_unique<ReplaceFile>(output);
        fd = file->fd();
      } else {
        direct.fd = fd = ::open(output.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) throw Error(std::strerror(errno), output);
      }
    }
    Output out(fd, name);
    Context ctx{diag, out, static_cast<bool>(::isatty(STDERR_FILENO)), output};
    int status = body(ctx);
    out.flush();
    if (file) file->commit();
    if (diag.errors() > 0) status = kExitTrouble;
    return status;
  } catch (const BrokenPipe&) {
    return kExitOk;
  } catch (const Error& e) {
    diag.error(e);
  } catch (const std::bad_alloc&) {
    diag.error("", 0, "out of memory");
  } catch (const std::exception& e) {
    diag.error("", 0, e.what());
  }
  return kExitTrouble;
}

}  // namespace osce
