// Runs the genaudit binary as a user does, from any thread: its exit
// status, standard output and standard error.
#pragma once

#include <sys/wait.h>

#include <atomic>
#include <cstdlib>
#include <string>

#include "tests/fixture.h"
#include "tests/golden.h"

namespace genaudit::testing {

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `command` in a shell: its exit status, standard output and error.
inline CliRun run_shell(const std::string& command, const TempDir& dir) {
  static std::atomic<int> counter{0};
  const std::string n = std::to_string(counter++);
  const auto out = dir.path() / ("stdout-" + n + ".txt");
  const auto err = dir.path() / ("stderr-" + n + ".txt");
  const int raw = std::system((command + " >" + out.string() + " 2>" + err.string()).c_str());
  CliRun r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

// Whether `text` (what a command wrote) holds `part`.
inline bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// `env` is prefixed to the command, e.g. "GENAUDIT_BUSY_TIMEOUT_MS=100".
inline CliRun run_genaudit(const std::string& args, const TempDir& dir,
                           const std::string& env = "") {
  return run_shell((env.empty() ? "" : env + " ") + std::string(GENAUDIT_BINARY) + " " + args,
                   dir);
}

}  // namespace genaudit::testing
