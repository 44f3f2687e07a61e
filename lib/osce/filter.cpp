#include "osce/filter.hpp"

#include "osce/cli.hpp"
#include "osce/file_output.hpp"
#include "osce/line_reader.hpp"
#include "osce/page.hpp"
#include "osce/progress.hpp"
#include "osce/record_reader.hpp"

namespace osce {
namespace {

struct FilterRun {
  const Filter& filter;
  Context& ctx;
  InputFormat format;
  Progress progress;
  uint64_t records = 0;
  uint64_t bytes = 0;

  // Runs one input into `out`. Returns false when any record failed.
  bool run_input(const std::string& path, Output& out) {
    const uint64_t errors_before = ctx.diag.errors();
    LineReader lines(path);
    const InputFormat f = format == InputFormat::kAuto ? sniff_format(path, lines) : format;
    if (f == InputFormat::kText) {
      run_text(path, lines, out);
    } else {
      run_records(lines, out);
    }
    bytes += lines.bytes_read();
    return ctx.diag.errors() == errors_before;
  }

  void run_records(LineReader& lines, Output& out) {
    RecordReader reader(lines);
    Record rec;
    const Emit emit = [&](const Record& r) {
      r.write_json(out);
      out.put('\n');
    };
    while (reader.next(rec, ctx.diag)) {
      try {
        filter.process(rec, emit);
      } catch (const RecordError& e) {
        ctx.diag.error(reader.name(), reader.line_number(), e.what());
      }
      progress.update(++records, bytes + lines.bytes_read(), "records");
    }
  }

  void run_text(const std::string& path, LineReader& lines, Output& out) {
    const std::string text = lines.read_rest();
    Record rec = page_record(page_id(path), path == "-" ? "-" : path, text);
    const Emit emit = [&](const Record& r) { filter.write_text(r, out); };
    try {
      filter.process(rec, emit);
    } catch (const RecordError& e) {
      ctx.diag.error(lines.name(), 0, e.what());
    }
    ++records;
  }
};

}  // namespace

InputFormat sniff_format(const std::string& path, LineReader& lines) {
  for (std::string_view ext : {".jsonl", ".json", ".ndjson"}) {
    if (path.size() > ext.size() && std::string_view(path).substr(path.size() - ext.size()) == ext) {
      return InputFormat::kJsonl;
    }
  }
  const int first = lines.peek_first_nonblank();
  return first == '{' || first == -1 ? InputFormat::kJsonl : InputFormat::kText;
}

int run_filter(CLI::App& app, int argc, char** argv, const Filter& filter) {
  std::vector<std::string> files;
  bool in_place = false, force_jsonl = false, force_text = false;
  app.add_option("FILE", files, "Input files; none or '-' means standard input.")->type_name("");
  app.add_flag("-i,--in-place", in_place,
               "Replace each input file with the output, atomically; a file with an error is left as it was.");
  auto* jsonl = app.add_flag("--jsonl", force_jsonl, "Read every input as a record stream (JSON Lines).");
  auto* text = app.add_flag("--text", force_text, "Read every input as one plain-text page.");
  jsonl->excludes(text);

  return run_command(app, argc, argv, [&](Context& ctx) {
    const InputFormat format = force_jsonl ? InputFormat::kJsonl : force_text ? InputFormat::kText : InputFormat::kAuto;
    FilterRun run{filter, ctx, format, Progress(ctx.diag.program(), ctx.progress)};
    if (in_place && ctx.output_path != "-") throw Error("-i and -o cannot be used together");
    if (in_place && filter.allow_in_place && !filter.allow_in_place()) {
      throw Error("-i cannot be used in this mode: its output is not a new version of the input");
    }
    if (filter.prepare) filter.prepare();
    if (files.empty()) files.push_back("-");
    for (const std::string& path : files) {
      try {
        if (!in_place) {
          run.run_input(path, ctx.out);
          continue;
        }
        if (path == "-") throw Error("-i needs files, not standard input");
        ReplaceFile replacement(path);
        bool clean;
        {
          Output out(replacement.fd(), path);
          clean = run.run_input(path, out);
          out.flush();
        }
        if (clean) replacement.commit();
      } catch (const Error& e) {
        ctx.diag.error(e);
      }
    }
    if (filter.finish) filter.finish(ctx.out);
    return kExitOk;
  });
}

}  // namespace osce
