#include <CLI/CLI.hpp>

#include "osce/check_run.hpp"
#include "osce/cli.hpp"

int main(int argc, char** argv) {
  osce::CheckRunOptions opt;
  CLI::App app{"Check a corpus for consistency, for CI: records, identity, cleaning, values, encoding.", "osce-check"};
  app.footer(
      "Examples:\n"
      "  osce-check corpus.jsonl\n"
      "  osce-check --format github --ignore near-duplicate corpus.jsonl\n"
      "  osce-check --list-rules");
  app.add_option("FILE", opt.files, "Record streams, text pages or directories of pages; none or '-' is standard input.")
      ->type_name("");
  app.add_option("--select", opt.select, "Check only these rules or groups (comma-separated; may be repeated).")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULES");
  app.add_option("--ignore", opt.ignore, "Do not check these rules or groups (comma-separated; may be repeated).")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULES");
  app.add_option("--config", opt.config,
                 "Read select, ignore and strict from FILE (default: .osce-check in the current directory, if any).")
      ->type_name("FILE");
  std::string format = "text";
  app.add_option("--format", format, "How findings are written: text, json (one per line) or github (annotations).")
      ->check(CLI::IsMember({"text", "json", "github"}))
      ->type_name("FORMAT");
  app.add_flag("--strict", opt.strict, "Fail (status 1) on warnings too.");
  app.add_option("--today", opt.today, "Dates after this day are in the future (default: today, UTC).")
      ->type_name("YYYY-MM-DD");
  app.add_option("--taxonomy", opt.taxonomy_path, "Read the taxonomy from FILE instead of the built-in copy.")
      ->type_name("FILE");
  app.add_flag("--list-rules", opt.list_rules, "List the rules: name, group, severity, what it finds.");
  return osce::run_command(app, argc, argv, [&](osce::Context& ctx) {
    opt.format = format == "json"     ? osce::FindingFormat::kJson
                 : format == "github" ? osce::FindingFormat::kGithub
                                      : osce::FindingFormat::kText;
    return osce::run_check(opt, ctx);
  });
}
