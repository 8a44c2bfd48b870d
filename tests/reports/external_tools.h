// Running the programs that look at the documents as a user's would: a
// headless Chromium (Debian's `chromium`) and an independent .xlsx reader
// in Python. Set GENAUDIT_KEEP_DOCUMENTS=DIR to keep what the tests render
// there, for a look.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "tests/fixture.h"

namespace genaudit::testing {

struct CommandRun {
  int status = -1;
  std::string out;
};

// `s` as one word for /bin/sh.
inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs `command` with /bin/sh, its standard output captured.
inline CommandRun run_command(const std::string& command) {
  CommandRun r;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  char buf[65536];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) r.out.append(buf, n);
  const int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Copies `file` into $GENAUDIT_KEEP_DOCUMENTS, when set.
inline void keep_document(const std::filesystem::path& file) {
  const char* keep = std::getenv("GENAUDIT_KEEP_DOCUMENTS");
  if (keep == nullptr || *keep == '\0') return;
  std::filesystem::create_directories(keep);
  std::filesystem::copy(
      file, std::filesystem::path(keep) / file.filename(),
      std::filesystem::copy_options::overwrite_existing | std::filesystem::copy_options::recursive);
}

// The path of Debian's chromium, or nullopt when it is not installed.
inline std::optional<std::string> find_chromium() {
  for (const char* name : {"chromium", "chromium-browser"}) {
    const CommandRun r = run_command(std::string("command -v ") + name + " 2>/dev/null");
    if (r.status == 0 && !r.out.empty()) return r.out.substr(0, r.out.find('\n'));
  }
  return std::nullopt;
}

// Headless Chromium on `page` (a local file) with a fresh profile under
// `scratch`, cut off from every network service, and `action`: "--dump-dom",
// "--screenshot=FILE" or "--print-to-pdf=FILE". Its diagnostics go to
// scratch/chromium.log.
inline CommandRun run_chromium(const std::string& chromium, const std::filesystem::path& page,
                               const std::filesystem::path& scratch, const std::string& action,
                               const std::string& extra = "", const std::string& fragment = "") {
  static int profile = 0;
  const auto profile_dir = scratch / ("profile-" + std::to_string(profile++));
  std::filesystem::create_directories(profile_dir);
  const std::string command =
      "timeout 120 " + shell_quote(chromium) +
      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
      " --disable-background-networking --disable-component-update --disable-sync"
      " --disable-dev-shm-usage --user-data-dir=" +
      shell_quote(profile_dir.string()) + " " + extra + " " + action + " " +
      shell_quote("file://" + std::filesystem::absolute(page).string() + fragment) + " 2>>" +
      shell_quote((scratch / "chromium.log").string());
  return run_command(command);
}

}  // namespace genaudit::testing
