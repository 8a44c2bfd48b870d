// The SHA-256 of each file `audit --data` reads from a folder, for the
// report's intake and import-log lines, made while the registers are read
// and settled once they all are.
//
// Each file's digest starts as its reading starts, on a thread that runs
// only when a core is otherwise idle (FileDigest::Priority::kWhenIdle): the
// hashing (a tenth of the CPU at national size) fills the stretches a core
// is left idle — at national size, while the register read beside the
// others (SideLane) is still being read — instead of taking a share of a
// busy core. Nothing needs a digest before every register is read, so none
// is waited for until then; what is left then, the waiting thread hashes.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "engine/core/file_digest.h"
#include "engine/ingest/intake.h"
#include "engine/store/stored_runs.h"

namespace genaudit {

class FolderDigests {
 public:
  // The next file of the register being read: entry `intake_file` of the
  // intake's files (its name and rows are read from there when settled).
  void add_file(std::size_t intake_file, std::unique_ptr<FileDigest> digest);
  // The register whose files were added since the last call is entry
  // `register_index` of the folder's registers.
  void end_register(std::size_t register_index);

  // Waits for every digest and writes it: each intake file's sha256, and
  // each register's import-log line and first file's sha256, as the
  // importer writes them (the first file's name, then
  // added_file_log_entry for each file after it). False when a register
  // has two files with rows and the same content: the same rows twice,
  // which the importer refuses (kAlreadyImported), so the folder is not
  // clean. A file that could not be read for hashing has an empty sha256.
  bool settle(std::vector<RegisterFileInfo>* registers, std::vector<IntakeFile>* files);

 private:
  struct File {
    std::size_t intake_file = 0;
    std::unique_ptr<FileDigest> digest;
  };
  struct Register {
    std::size_t index = 0;
    std::vector<File> files;
  };

  std::vector<Register> registers_;
  std::vector<File> pending_;  // the files of the register being read
};

}  // namespace genaudit
