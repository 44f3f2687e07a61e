#include "osce/check_run.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>

#include "osce/check.hpp"
#include "osce/filter.hpp"
#include "osce/input_list.hpp"
#include "osce/json_string.hpp"
#include "osce/line_reader.hpp"
#include "osce/page.hpp"
#include "osce/progress.hpp"
#include "osce/record_reader.hpp"
#include "osce/taxonomy.hpp"
#include "osce/text_lines.hpp"
#include "osce/utf8.hpp"

namespace osce {
namespace {

constexpr const char* kDefaultConfig = ".osce-check";


std::vector<std::string> split_list(std::string_view value) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t comma = value.find(',', start);
    const std::string_view part = trim(value.substr(start, comma == std::string_view::npos ? comma : comma - start));
    if (!part.empty()) out.emplace_back(part);
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

// The config file: "key = value" lines, '#' comments. Keys: select, ignore
// (comma-separated rules or groups), strict (true or false).
void read_config(CheckRunOptions& opt) {
  std::string path = opt.config;
  if (path.empty()) {
    if (!std::filesystem::exists(kDefaultConfig)) return;
    path = kDefaultConfig;
  }
  const std::string text = read_file(path);
  uint64_t line_no = 0;
  std::vector<std::string> select;
  for (const TextLine& line : split_lines(text)) {
    ++line_no;
    const std::string_view t = trim(line.text);
    if (t.empty() || t[0] == '#') continue;
    const size_t eq = t.find('=');
    if (eq == std::string_view::npos) throw Error("expected \"key = value\"", path, line_no);
    const std::string_view key = trim(t.substr(0, eq)), value = trim(t.substr(eq + 1));
    if (key == "select" || key == "ignore") {
      // (Named here, at its line: resolve_rules knows only the names.)
      for (auto& r : split_list(value)) {
        if (!is_rule_or_group(r)) throw Error("unknown rule or group \"" + r + "\" (see --list-rules)", path, line_no);
        (key == "select" ? select : opt.ignore).push_back(r);
      }
    } else if (key == "strict") {
      if (value != "true" && value != "false") throw Error("strict is true or false", path, line_no);
      opt.strict = opt.strict || value == "true";
    } else {
      throw Error("unknown key \"" + std::string(key) + "\" (select, ignore, strict)", path, line_no);
    }
  }
  // The command line's --select wins over the file's.
  if (opt.select.empty()) opt.select = select;
}

std::string today_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

void write_finding(const Finding& f, FindingFormat format, Output& out) {
  const bool error = f.rule->severity == Severity::kError;
  std::string s;
  switch (format) {
    case FindingFormat::kText:
      s = f.file + (f.line ? ":" + std::to_string(f.line) : "") + ": " + (error ? "error" : "warning") + ": " +
          f.message + " [" + std::string(f.rule->name) + "]\n";
      break;
    case FindingFormat::kJson:
      s = "{\"file\":";
      append_json_string(s, f.file);
      s += ",\"line\":" + std::to_string(f.line) + ",\"severity\":\"" + (error ? "error" : "warning") +
           "\",\"rule\":\"" + std::string(f.rule->name) + "\"";
      if (!f.id.empty()) {
        s += ",\"id\":";
        append_json_string(s, f.id);
      }
      s += ",\"message\":";
      append_json_string(s, f.message);
      s += "}\n";
      break;
    case FindingFormat::kGithub: {
      // Workflow commands: '%', CR and LF in the message are escaped.
      std::string message;
      for (char c : f.message) {
        if (c == '%') message += "%25";
        else if (c == '\r') message += "%0D";
        else if (c == '\n') message += "%0A";
        else message += c;
      }
      s = std::string("::") + (error ? "error" : "warning") + " file=" + f.file +
          (f.line ? ",line=" + std::to_string(f.line) : "") + ",title=" + std::string(f.rule->name) + "::" + message +
          "\n";
      break;
    }
  }
  out.write(s);
}

}  // namespace

int run_check(CheckRunOptions opt, Context& ctx) {
  if (opt.list_rules) {
    for (const Rule& r : all_rules()) {
      ctx.out.write(std::string(r.name) + "\t" + std::string(r.group) + "\t" +
                    (r.severity == Severity::kError ? "error" : "warning") + "\t" + std::string(r.summary) + "\n");
    }
    return kExitOk;
  }
  read_config(opt);
  CheckOptions check;
  check.enabled = resolve_rules(opt.select, opt.ignore, "--select/--ignore");
  check.today = opt.today.empty() ? today_utc() : opt.today;
  Taxonomy taxonomy;
  if (!opt.taxonomy_path.empty()) check.taxonomy = &(taxonomy = Taxonomy::load(opt.taxonomy_path));

  std::map<std::string_view, uint64_t> counts;
  uint64_t errors = 0, warnings = 0;
  Checker checker(check, [&](const Finding& f) {
    write_finding(f, opt.format, ctx.out);
    ++counts[f.rule->name];
    (f.rule->severity == Severity::kError ? errors : warnings)++;
  });

  Progress progress(ctx.diag.program(), ctx.progress);
  uint64_t bytes = 0;
  InputListOptions walk;
  walk.recursive = true;  // a directory is a directory of text pages
  for_each_input(opt.files, walk, ctx.diag, [&](const std::string& path) {
    try {
      LineReader lines(path);
      if (path != "-" && sniff_format(path, lines) == InputFormat::kText) {
        // A plain-text page: the record osce-jsonl would make of it.
        const std::string text = lines.read_rest();
        bytes += text.size();
        if (auto bad = describe_invalid_utf8(text)) {
          checker.bad_line(path, bad->line, ParseFailure::kInvalidUtf8, bad->message);
          return;
        }
        checker.check(path, 0, page_record(page_id(path), path, text));
        return;
      }
      RecordReader reader(lines);
      Record rec;
      std::string why;
      while (reader.next_line(rec, why, ctx.diag)) {
        if (why.empty()) {
          checker.check(reader.name(), reader.line_number(), rec);
        } else {
          checker.bad_line(reader.name(), reader.line_number(), reader.failure(), why);
        }
        progress.update(checker.records(), bytes + lines.bytes_read(), "records");
      }
      bytes += lines.bytes_read();
    } catch (const Error& e) {
      ctx.diag.error(e);  // could not read: status 2, the others still checked
    }
  });
  checker.finish();
  progress.finish();

  std::string summary = ctx.diag.program() + ": " + std::to_string(checker.records()) + " records, " +
                        std::to_string(errors) + " errors, " + std::to_string(warnings) + " warnings";
  for (const auto& [name, n] : counts) summary += (name == counts.begin()->first ? ": " : ", ") + std::string(name) + " " + std::to_string(n);
  summary += "\n";
  ctx.out.flush();
  std::fputs(summary.c_str(), stderr);
  return errors > 0 || (opt.strict && warnings > 0) ? kExitFindings : kExitOk;
}

}  // namespace osce
