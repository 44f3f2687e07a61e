#include <CLI/CLI.hpp>

#include "osce/cli.hpp"
#include "osce/jsonl.hpp"

int main(int argc, char** argv) {
  osce::JsonlOptions opt;
  CLI::App app{"Turn scraped pages into JSON Lines records, and records back into pages.", "osce-jsonl"};
  app.footer(
      "Examples:\n"
      "  osce-jsonl pages/*.txt > corpus.jsonl\n"
      "  find pages -name '*.txt' -print0 | osce-jsonl --files-from - -0 > corpus.jsonl\n"
      "  osce-jsonl --extract --to pages-again corpus.jsonl");
  app.add_option("FILE", opt.files, "Pages to read (records with --extract); '-' is standard input.")
      ->type_name("");
  app.add_flag("-r,--recursive", opt.inputs.recursive,
               "Read the files below each directory, in name order, skipping hidden ones.");
  app.add_option("--include", opt.inputs.includes,
                 "With -r, read only files whose name matches GLOB; may be repeated.")
      ->allow_extra_args(false)
      ->type_name("GLOB");
  app.add_option("--files-from", opt.inputs.files_from,
                 "Also read the paths listed in FILE, one a line; '-' is standard input.")
      ->type_name("FILE");
  app.add_flag("-0,--null", opt.inputs.null_separated,
               "Paths in --files-from end with a NUL byte, as find -print0 writes them.");
  std::string id_scheme = "name";
  app.add_option("--id", id_scheme,
                 "How a path becomes an id: 'name' is the file name without its last extension "
                 "(the default), 'path' is the whole path without it.")
      ->check(CLI::IsMember({"name", "path"}))
      ->type_name("SCHEME");
  app.add_flag("-x,--extract", opt.extract,
               "The way back: read records and write each one's text after a line '==> ID <=='.");
  app.add_option("--to", opt.extract_to,
                 "With --extract, write each text byte for byte to DIR/ID.txt instead.")
      ->type_name("DIR");
  app.add_option("--ext", opt.extension, "With --to, the file name extension (default '.txt').")
      ->type_name("EXT");

  return osce::run_command(app, argc, argv, [&](osce::Context& ctx) {
    if (!opt.extract_to.empty() && !opt.extract) throw osce::Error("--to needs --extract");
    opt.id_scheme = id_scheme == "path" ? osce::IdScheme::kPath : osce::IdScheme::kName;
    return opt.extract ? osce::extract_pages(opt, ctx) : osce::pack_pages(opt, ctx);
  });
}
