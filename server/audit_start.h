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
  int status = 200;  // 400 a bad period, as-of date or profile; 503 busy; 500
  std::string error;    // a code for scripts
  std::string message;  // for people, in the caller's language
};

AuditStart start_audit(Workspace& workspace, const Caller& caller, const std::string& period,
                       const std::string& as_of, const std::string& profile);

}  // namespace genaudit::server
