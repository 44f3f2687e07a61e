#include <catch2/catch.hpp>

#include <CLI/CLI.hpp>

#include "osce/completion.hpp"

namespace {

std::unique_ptr<CLI::App> sample_app() {
  auto app = std::make_unique<CLI::App>("A sample.", "osce-sample");
  static std::string out, mode;
  static bool flag;
  static std::vector<std::string> files;
  app->add_option("-o,--output", out, "Write to FILE. More words.")->type_name("FILE");
  app->add_option("--mode", mode, "Pick one.")->check(CLI::IsMember({"fast", "exact"}));
  app->add_flag("-q,--quiet", flag, "Say less; isn't it 'nice'.");
  app->add_option("FILE", files, "Inputs.");
  return app;
}

std::string generate(const std::string& shell) { return osce::generate_completion(*sample_app(), shell); }

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("completion: bash offers every option and completes values", "[completion]") {
  const std::string s = generate("bash");
  CHECK(contains(s, "--help"));
  CHECK(contains(s, "-o --output --mode -q --quiet"));
  CHECK(contains(s, "-o|--output)\n      COMPREPLY=($(compgen -f"));
  CHECK(contains(s, "compgen -W 'fast exact'"));
  CHECK(contains(s, "complete -o filenames -F _osce_sample osce-sample"));
}

TEST_CASE("completion: zsh escapes and describes", "[completion]") {
  const std::string s = generate("zsh");
  CHECK(contains(s, "#compdef osce-sample"));
  CHECK(contains(s, "'(-o --output)--output=[Write to FILE]:FILE:_files'"));
  CHECK(contains(s, "--mode=[Pick one]:TEXT:(fast exact)"));
  CHECK(contains(s, "[Say less; isn'\\''t it '\\''nice'\\'']"));
}

TEST_CASE("completion: fish", "[completion]") {
  const std::string s = generate("fish");
  CHECK(contains(s, "complete -c osce-sample -s o -l output -r -F -d 'Write to FILE'"));
  CHECK(contains(s, "complete -c osce-sample -l mode -x -a 'fast exact' -d 'Pick one'"));
  CHECK(contains(s, "-s q -l quiet -d 'Say less; isn\\'t it \\'nice\\''"));
}

TEST_CASE("completion: unknown shells are refused", "[completion]") {
  CHECK_THROWS_AS(generate("tcsh"), std::invalid_argument);
}
