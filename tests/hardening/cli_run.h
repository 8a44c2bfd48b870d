// Running the `genaudit` command from a test, as a user does: its exit
// status, standard output and standard error.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/golden.h"

namespace genaudit::testing {

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `PREFIX genaudit ARGS` with its output in files of `scratch`; the
// prefix is a command that runs genaudit (`timeout 60`, `setpriv ...`), or
// empty.
inline CliRun run_genaudit_under(const std::string& prefix, const std::string& args,
                                 const std::filesystem::path& scratch) {
  const auto out = scratch / "stdout.txt";
  const auto err = scratch / "stderr.txt";
  const std::string command = prefix + (prefix.empty() ? "" : " ") +
                              std::string(GENAUDIT_BINARY) + " " + args + " >" + out.string() +
                              " 2>" + err.string();
  const int raw = std::system(command.c_str());
  CliRun r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

// Runs `genaudit ARGS` with its output in files of `scratch`.
inline CliRun run_genaudit(const std::string& args, const std::filesystem::path& scratch) {
  return run_genaudit_under("", args, scratch);
}

inline const std::string& sample_folder() {
  static const std::string folder = std::string(GENAUDIT_SOURCE_DIR) + "/examples/khanh-hoa";
  return folder;
}

}  // namespace genaudit::testing
