// Register files sent to the workspace, imported: the files are written to
// a fresh folder the workspace makes (their names reduced to a plain file
// name, never a path), imported by app::import_registers() — the importer
// of `genaudit import` — and deleted again, whatever the outcome.
//
// Lenient, the rows left out are kept as `import --lenient` writes them,
// in a folder of their own per import (`rejected/<import id>/` among the
// workspace's files), for download.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/core/language.h"

namespace genaudit::server {

class Workspace;

struct UploadedFile {
  std::string name;     // as the browser sent it: untrusted
  std::string content;
};

struct UploadImport {
  int status = 200;  // 200 imported; 422 refused (problems); 400 a bad request
  nlohmann::json body;
  std::string summary;  // for the activity log: files, their SHA-256, outcome
};

// Imports `files` (one upload) under the workspace's writer lock.
UploadImport import_upload(Workspace& workspace, const std::vector<UploadedFile>& files,
                           bool lenient, Language lang);

// `name` reduced to a plain file name that is safe to create in a folder:
// the part after the last / or \, when it is not empty, "." or "..", holds
// no control character and is at most 255 bytes of valid UTF-8. Otherwise
// nullopt.
std::optional<std::string> safe_file_name(const std::string& name);

// Whether `id` has the form of an import's id (the rejected rows' folder).
bool is_import_id(const std::string& id);

}  // namespace genaudit::server
