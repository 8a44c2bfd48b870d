// The inspection file (engine/audit/inspection.h, docs/inspection-file.md)
// sent with an audit from the workspace: the `inspection` field of
// `POST /api/audits`, or the file chosen on the runs page's audit form.
// Checked before anything is recorded, as `audit --inspection` checks it;
// kept with the run (run_inspections) and read back from there by whoever
// renders that run's records (run_files.h), so the run's documents are the
// ones its own inspection file gives.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "engine/audit/inspection.h"
#include "engine/core/language.h"

namespace httplib {
struct Request;
}

namespace genaudit::server {

class Workspace;

// An inspection file is a page or two of TOML; anything larger is refused
// unread.
constexpr std::size_t kMaxInspectionBytes = 256 * 1024;

struct InspectionUpload {
  bool ok = true;        // empty text (no file) is ok: the records get dotted blanks
  std::string error;     // "inspection_too_large" or "bad_inspection", for scripts
  std::string message;   // for people: the sentence, then "name:line:column: ..." lines
};

// Checks `text`, the inspection file called `name` (for its problems'
// "name:line:column"), in `lang`.
InspectionUpload check_inspection_upload(const std::string& name, const std::string& text,
                                         Language lang);

// The inspection kept with `run`: an empty one (dotted blanks) when the run
// has none; nullopt with the reason in `error` when the kept text no longer
// reads (never rendered as if there were none). Throws StoreError.
std::optional<Inspection> kept_inspection(Workspace& workspace, long run, std::string* error);

// A field of a form sent urlencoded or as multipart/form-data (the audit
// form is multipart for its file input): its value, or "" when absent.
std::string form_field(const httplib::Request& request, const char* name);

}  // namespace genaudit::server
