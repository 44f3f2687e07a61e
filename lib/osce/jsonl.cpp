#include "osce/jsonl.hpp"

#include <unistd.h>

#include <unordered_map>

#include "osce/file_output.hpp"
#include "osce/line_reader.hpp"
#include "osce/progress.hpp"
#include "osce/record_reader.hpp"

namespace osce {
namespace {

// An id may name a file below the target directory, never one outside it.
bool safe_relative_path(const std::string& id) {
  if (id.empty() || id.front() == '/') return false;
  size_t start = 0;
  while (start <= id.size()) {
    size_t stop = id.find('/', start);
    if (stop == std::string::npos) stop = id.size();
    const std::string_view part(id.data() + start, stop - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = stop + 1;
  }
  return true;
}

}  // namespace

int pack_pages(const JsonlOptions& opt, Context& ctx) {
  std::unordered_map<std::string, std::string> first_source;  // id -> path
  Progress progress(ctx.diag.program(), ctx.progress);
  uint64_t pages = 0, bytes = 0;
  for_each_input(opt.files, opt.inputs, ctx.diag, [&](const std::string& path) {
    try {
      std::string text = read_file(path);
      const std::string id = page_id(path, opt.id_scheme);
      auto [it, fresh] = first_source.emplace(id, path);
      if (!fresh) {
        ctx.diag.error(path, 0, "duplicate id \"" + id + "\" (also given to " + it->second +
                                    "); choose another scheme with --id");
        return;
      }
      Record rec = page_record(id, path, text);
      rec.write_json(ctx.out);
      ctx.out.put('\n');
      ++pages;
      bytes += text.size();
      progress.update(pages, bytes);
    } catch (const Error& e) {
      ctx.diag.error(e);
    }
  });
  return kExitOk;
}

int extract_pages(const JsonlOptions& opt, Context& ctx) {
  Progress progress(ctx.diag.program(), ctx.progress);
  uint64_t records = 0;
  bool first = true;
  for_each_input(opt.files, opt.inputs, ctx.diag, [&](const std::string& path) {
    try {
      LineReader lines(path);
      RecordReader reader(lines);
      Record rec;
      while (reader.next(rec, ctx.diag)) {
        try {
          const std::string id = rec.get_string("id").value_or(
              reader.name() + ":" + std::to_string(reader.line_number()));
          const std::string_view text = rec.get_string_view("text").value_or("");
          if (opt.extract_to.empty()) {
            if (!first) ctx.out.put('\n');
            first = false;
            ctx.out.write("==> " + id + " <==\n");
            ctx.out.write(text);
            if (!text.empty() && text.back() != '\n') ctx.out.put('\n');
          } else if (!safe_relative_path(id + opt.extension)) {
            ctx.diag.error(reader.name(), reader.line_number(),
                           "id \"" + id + "\" would name a file outside the --to directory");
          } else {
            write_file_atomically(opt.extract_to + "/" + id + opt.extension, text);
          }
        } catch (const RecordError& e) {
          ctx.diag.error(reader.name(), reader.line_number(), e.what());
        } catch (const Error& e) {
          ctx.diag.error(e);
        }
        progress.update(++records, lines.bytes_read(), "records");
      }
    } catch (const Error& e) {
      ctx.diag.error(e);
    }
  });
  return kExitOk;
}

}  // namespace osce
