#include "cli/import_progress.h"

#include <unistd.h>

#include <cstdio>

#include "cli/command_texts.h"
#include "reports/escaping.h"

namespace genaudit::cli {

ImportProgress::ImportProgress(Language lang)
    : lang_(lang), enabled_(::isatty(STDERR_FILENO) == 1) {}

std::function<void(const std::string& file, long rows, bool done)> ImportProgress::callback() {
  if (!enabled_) return {};
  return [this](const std::string& file, long rows, bool done) { show(file, rows, done); };
}

void ImportProgress::show(const std::string& file, long rows, bool done) {
  const Clock::time_point now = Clock::now();
  if (file != file_) {
    file_ = file;
    start_ = now;
    any_shown_ = false;
  }
  if (any_shown_ && now - shown_ < std::chrono::milliseconds(250) && !done) return;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const long rate = seconds > 0 ? static_cast<long>(static_cast<double>(rows) / seconds) : 0;
  // \033[K clears what a longer line before left.
  // The file's name is register text: one safe line (it bypasses std::cerr).
  std::fprintf(stderr, "\r%s: %ld %s, %ld %s\033[K", terminal_line(file).c_str(), rows,
               command_text(CommandText::kProgressRows, lang_).c_str(), rate,
               command_text(CommandText::kProgressRowsPerSecond, lang_).c_str());
  shown_ = now;
  any_shown_ = true;
  if (done) {
    std::fputs("\r\033[K", stderr);  // the summary lines follow on a clean line
    file_.clear();
  }
  std::fflush(stderr);
}

}  // namespace genaudit::cli
