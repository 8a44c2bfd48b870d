#include "server/audit_start.h"

#include <mutex>

#include "app/recorded_audit.h"
#include "engine/store/activity_log.h"
#include "engine/store/run_history.h"
#include "engine/store/store_error.h"
#include "server/inspection_upload.h"
#include "server/run_files.h"
#include "server/server_texts.h"
#include "server/store_failure.h"
#include "server/workspace.h"

namespace genaudit::server {

AuditStart start_audit(Workspace& workspace, const Caller& caller, const std::string& period,
                       const std::string& as_of, const std::string& profile,
                       const std::string& inspection, const std::string& inspection_name) {
  const Language lang = caller.lang;
  AuditStart start;
  app::AuditWhenProblem problem;
  const std::optional<app::AuditWhen> when = app::parse_audit_when(period, as_of, &problem);
  if (!when) {
    start.status = 400;
    start.error = problem.in_as_of ? "bad_as_of" : "bad_period";
    start.message = problem.in_as_of ? server_text(ServerText::kBadAsOf, lang, {as_of})
                                     : server_text(ServerText::kBadPeriod, lang, {period});
    return start;
  }
  const rules::RulePack* pack = workspace.pack(profile);
  if (!pack) {
    start.status = 400;
    start.error = "bad_profile";
    start.message = server_text(ServerText::kNoSuchProfile, lang, {profile});
    return start;
  }
  const InspectionUpload checked = check_inspection_upload(inspection_name, inspection, lang);
  if (!checked.ok) {
    start.status = 422;
    start.error = checked.error;
    start.message = checked.message;
    return start;
  }
  try {
    AuditReport report;
    {
      const std::lock_guard writing(workspace.writer());
      report = app::audit_and_record(workspace.store(), *pack, *when,
                                     {workspace.options().rules_path, pack->profile, 0, true}, {},
                                     [&](const AuditReport& recorded) {
                                       if (!inspection.empty()) {
                                         RunHistory(workspace.store().database())
                                             .record_inspection(recorded.history->run_id, inspection);
                                       }
                                       return true;
                                     });
      start.run = report.history->run_id;
    }
    // The run is recorded; its documents follow, outside the writer lock.
    // One that cannot be written leaves the run without it, and says so.
    std::string error;
    if (!render_run_files(workspace, report, start.run, &error)) {
      ActivityLog(workspace.store().database())
          .record(caller.account.name, "documents_failed", "#" + std::to_string(start.run) + " " + error);
    }
    ActivityLog(workspace.store().database())
        .record(caller.account.name, "audit",
                "#" + std::to_string(start.run) + " " + when->period_text +
                    (profile.empty() ? "" : " " + profile));
  } catch (const StoreError& e) {
    StoreFailure failure = store_failure(e, lang);
    start.status = failure.status;
    start.error = std::move(failure.code);
    start.message = std::move(failure.message);
  }
  return start;
}

}  // namespace genaudit::server
