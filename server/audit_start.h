// Running an audit from the workspace, for the JSON interface and the
// runs page alike: the period checked, the profile found, the audit run
// and recorded by app::audit_and_record() under the writer lock, and the
// activity logged.
#pragma once

#include <string>

#include "server/access.h"

namespace genaudit::server {

class Workspace;

struct AuditStart {
  long run = 0;     // the run recorded, when status is 200
  int status = 200;  // 400 a bad period, as-of date or profile; 422 a bad inspection
                     // file; 503 busy; 500
  std::string error;    // a code for scripts
  std::string message;  // for people, in the caller's language
};

// `inspection`: the inspection file's text, called `inspection_name` in its
// problems (inspection_upload.h); empty for none. A bad one is 422
// ("bad_inspection", "inspection_too_large") and nothing is recorded; a good
// one is kept with the run, in the run's transaction, and its records
// carry its facts.
AuditStart start_audit(Workspace& workspace, const Caller& caller, const std::string& period,
                       const std::string& as_of, const std::string& profile,
                       const std::string& inspection = "",
                       const std::string& inspection_name = "inspection");

}  // namespace genaudit::server
