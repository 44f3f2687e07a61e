// A one-line progress report on standard error for long runs.
//
// It shows only when standard error is a terminal: in cron jobs, CI logs and
// redirected runs it would be noise, so it is silent there.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace osce {

class Progress {
 public:
  // Enabled when standard error is a terminal, unless `allowed` is false.
  explicit Progress(std::string program, bool allowed = true);
  ~Progress();  // clears the line

  bool enabled() const { return enabled_; }
  // Records progress; redraws at most ten times a second.
  void update(uint64_t items, uint64_t bytes, const char* unit = "files");
  void finish();

 private:
  std::string program_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace osce
