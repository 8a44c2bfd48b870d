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

namespace httplib {
struct Request;
}

namespace genaudit::server {

class Workspace;
struct Caller;

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

// The upload `request` carries, for the JSON interface and the registers
// page alike: multipart `files` (repeated; a part with neither a name nor
// content is a file input left empty, skipped), lenient when `lenient` is
// "1" as a form field or a query parameter; imported by import_upload()
// and, when something was read, recorded in the activity log as the
// caller's. Throws StoreError.
UploadImport import_request(Workspace& workspace, const httplib::Request& request,
                            const Caller& caller);

// `name` reduced to a plain file name that is safe to create in a folder:
// the part after the last / or \, when it is not empty, "." or "..", holds
// no control character and is at most 255 bytes of valid UTF-8. Otherwise
// nullopt.
std::optional<std::string> safe_file_name(const std::string& name);

// Whether `id` has the form of an import's id (the rejected rows' folder).
bool is_import_id(const std::string& id);

}  // namespace genaudit::server
