// A record filter with no logic of its own: it adds "length" (the text's byte
// count) and, with --fail-on WORD, refuses records whose text contains WORD.
// The golden cases under tests/golden/filter-frame/ use it to test what every
// real filter inherits from run_filter: format sniffing, -i, errors, exits.
#include <CLI/CLI.hpp>

#include "osce/error.hpp"
#include "osce/filter.hpp"

int main(int argc, char** argv) {
  std::string fail_on;
  CLI::App app{"Test harness for the shared filter frame.", "osce_filter_harness"};
  app.add_option("--fail-on", fail_on, "Refuse records whose text contains WORD.")->type_name("WORD");
  osce::Filter filter;
  filter.process = [&](osce::Record& rec, const osce::Emit& emit) {
    const std::string text = rec.get_string("text").value_or("");
    if (!fail_on.empty() && text.find(fail_on) != std::string::npos) {
      throw osce::RecordError("text contains \"" + fail_on + "\"");
    }
    rec.set_int("length", static_cast<int64_t>(text.size()));
    emit(rec);
  };
  filter.write_text = [](const osce::Record& rec, osce::Output& out) {
    out.write(rec.get_string("id").value_or("?") + ": " + std::string(rec.raw("length")) + " bytes\n");
  };
  return osce::run_filter(app, argc, argv, filter);
}
