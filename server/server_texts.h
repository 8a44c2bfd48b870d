// What the workspace says to people, in Vietnamese and English: messages
// of the JSON interface and the pages' own words. A catalogue keyed by
// ServerText (engine/core/text_catalogue.h), its rows data only in
// server_texts.cpp. What documents say is worded in reports/.
#pragma once

#include <string>
#include <vector>

#include "engine/core/text_catalogue.h"

namespace genaudit::server {

enum class ServerText {
  // The JSON interface's and the pages' errors.
  kNotSignedIn,
  kRoleMayNot,           // {0} the role needed
  kBadCsrfToken,
  kBadCredentials,
  kThrottled,            // {0} seconds to wait
  kBadJson,
  kMissingField,         // {0} the field
  kBadPeriod,            // {0} the text
  kBadAsOf,              // {0} the text
  kNoSuchRun,            // {0} the run
  kNoSuchProfile,        // {0} the profile
  kNoReportKept,         // {0} the run
  kNoFiles,
  kUploadTooLarge,       // {0} the limit in MiB
  kBadFileName,          // {0} the name
  kDatabaseBusy,
  kDatabaseError,        // {0} what the database said
  kBadInspection,        // {0} the number of problems (listed after it)
  kInspectionTooLarge,   // {0} the limit in KiB
  kAccountAdded,          // {0} the name
  kAccountNameTaken,      // {0} the name
  kAccountBadName,
  kAccountBadPassword,
  kAccountDisabled,       // {0} the name
  kNoSuchAccount,         // {0} the name
  kWaiverBadRule,         // {0} the rule
  kWaiverBadSubject,
  kWaiverBadPeriod,       // {0} the text
  kWaiverBadJustification,
  kWaiverProposed,        // {0} the request's number
  kWaiverApproved,        // {0}
  kWaiverRejected,        // {0}
  kNoSuchWaiver,          // {0}
  kWaiverDecided,         // {0}
  kWaiverOwnRequest,      // {0}
  kNoSuchAgency,          // {0} the code
  kBadPageNumber,         // {0} the text
  kPageOf,                // {0} this page, {1} the last
  kFindingsShown,         // {0}–{1} of {2}
  kFindingsShownFiltered, // {0}–{1} of {2}, of {3} in the run
  kNotFound,
  kServerError,          // {0} what failed
  kSignedOut,
  // Keep kSignedOut last, or name the new last id in server_texts.cpp.
};

const TextCatalogue<ServerText>& server_texts();

std::string server_text(ServerText id, Language lang, const std::vector<std::string>& args = {});

}  // namespace genaudit::server
