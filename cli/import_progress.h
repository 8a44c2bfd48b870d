// The progress line of an import on standard error: rows read and rows per
// second of the file being read, rewritten in place (\r) at most four times
// a second and cleared when the file is done. Only when standard error is a
// terminal: a file or a pipe gets nothing, so logs stay clean.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "rules/language/rule_pack.h"

namespace genaudit::cli {

class ImportProgress {
 public:
  explicit ImportProgress(Language lang);

  // What the importer calls (ImportOptions::progress); empty when standard
  // error is not a terminal. Valid while this object lives.
  std::function<void(const std::string& file, long rows, bool done)> callback();

 private:
  using Clock = std::chrono::steady_clock;
  void show(const std::string& file, long rows, bool done);

  Language lang_;
  bool enabled_;
  std::string file_;  // the file being read
  Clock::time_point start_{};
  Clock::time_point shown_{};
  bool any_shown_ = false;
};

}  // namespace genaudit::cli
