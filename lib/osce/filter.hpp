// The frame every record filter runs in (osce-strip, osce-split, osce-tag,
// osce-dates): inputs, record or plain-text mode, -i, errors, exit status.
// A filter supplies what it does to one record and how a plain-text result
// reads; everything else is here, once.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "osce/output.hpp"
#include "osce/record.hpp"

namespace osce {

// Receives the records a filter writes for one record read.
using Emit = std::function<void(const Record&)>;

struct Filter {
  // Optional: called once after the command line is parsed, before any
  // input; loads what options name (a taxonomy, a model). An Error here
  // stops the run with status 2.
  std::function<void()> prepare;
  // Does the filter's work on one record and emits the result: usually the
  // record itself once; osce-split emits its items. May throw RecordError
  // for a record it cannot take; the frame reports it and goes on.
  std::function<void(Record& rec, const Emit& emit)> process;
  // Writes one emitted record in plain-text mode, for a person to read.
  std::function<void(const Record& rec, Output& out)> write_text;
  // Optional: called once after every input, for modes that write one result
  // for the whole input (osce-strip --learn) instead of records.
  std::function<void(Output& out)> finish;
  // Optional: false refuses -i (a mode whose output is not the file's new
  // content). Asked after the command line is parsed.
  std::function<bool()> allow_in_place;
};

// How the frame tells a record stream from a plain-text page.
enum class InputFormat {
  kAuto,   // see sniff_format
  kJsonl,  // always a record stream
  kText,   // always one plain-text page per input
};

class LineReader;

// For kAuto: a record stream when the path is standard input or ends in
// .jsonl, .json or .ndjson (so a broken first line is reported, not taken
// for a page), when the first non-blank byte is '{', or when the input is
// empty or blank (no records, rather than one empty page); else a page.
InputFormat sniff_format(const std::string& path, LineReader& lines);

// Adds the filter options (FILE..., -i, --jsonl, --text) to `app`, parses
// argv and runs `filter` over every input. With -i, each input file is
// replaced atomically by the filter's output in the same format, and only
// when the whole file went through without an error. Returns the exit status.
int run_filter(CLI::App& app, int argc, char** argv, const Filter& filter);

}  // namespace osce
