#include "engine/audit/folder_digests.h"

#include <set>
#include <utility>

#include "engine/ingest/register_importer.h"

namespace genaudit {

void FolderDigests::add_file(std::size_t intake_file, std::unique_ptr<FileDigest> digest) {
  pending_.push_back({intake_file, std::move(digest)});
}

void FolderDigests::end_register(std::size_t register_index) {
  registers_.push_back({register_index, std::move(pending_)});
  pending_.clear();
}

bool FolderDigests::settle(std::vector<RegisterFileInfo>* registers,
                           std::vector<IntakeFile>* files) {
  for (Register& r : registers_) {
    std::set<std::string> contents;
    std::string log_line;
    std::string first_sha256;
    for (std::size_t i = 0; i < r.files.size(); ++i) {
      IntakeFile& entry = (*files)[r.files[i].intake_file];
      entry.sha256 = r.files[i].digest->get().value_or("");
      r.files[i].digest.reset();
      if (entry.rows > 0 && !entry.sha256.empty() && !contents.insert(entry.sha256).second) {
        return false;
      }
      if (i == 0) {
        log_line = entry.file;
        first_sha256 = entry.sha256;
      } else {
        log_line += added_file_log_entry(entry.file, entry.sha256);
      }
    }
    RegisterFileInfo& info = (*registers)[r.index];
    info.file = std::move(log_line);
    info.sha256 = std::move(first_sha256);
  }
  registers_.clear();
  return true;
}

}  // namespace genaudit
