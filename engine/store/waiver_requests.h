// Waivers asked for and decided in the workspace: an inspector proposes
// one (a finding's rule, subject and period, a justification, an expiry);
// a team lead other than the proposer approves or rejects it. Approved
// ones are applied by every later audit of the database, after a
// --waivers file's and those of `waivers import` (app/recorded_audit.h).
//
//   waiver_requests  id, rule, subject, period, justification, expires,
//                    proposed_by, proposed_at, state, decided_by,
//                    decided_at, note
//
// Kept apart from the `waivers` table, which `waivers import` replaces
// whole: a file imported does not erase the team's decisions.
// Errors are StoreErrors; writes belong in the caller's transaction or
// stand alone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "engine/store/waiver.h"

namespace genaudit {

enum class WaiverState { kPending, kApproved, kRejected };
const char* waiver_state_name(WaiverState state);  // "pending" "approved" "rejected"

struct WaiverRequest {
  long id = 0;
  Waiver waiver;  // approved_by: the decider, once approved; source "workspace #ID"
  std::string proposed_by;
  std::string proposed_at;  // ISO 8601 UTC
  WaiverState state = WaiverState::kPending;
  std::string decided_by;   // "" while pending
  std::string decided_at;
  std::string note;         // the decider's reason, if any
};

class WaiverRequests {
 public:
  explicit WaiverRequests(SQLite::Database& db) : db_(db) {}

  // Creates the table when missing; takes no lock when it exists.
  static void create_schema(SQLite::Database& db);

  // Records a pending request and returns its id.
  long propose(const Waiver& waiver, const std::string& by);

  enum class Decision { kDone, kNoSuchRequest, kNotPending, kOwnRequest };
  // Approves or rejects the pending request `id` as `by`, who may not be
  // its proposer (four eyes).
  Decision decide(long id, bool approve, const std::string& by, const std::string& note);

  std::vector<WaiverRequest> all() const;  // newest first
  std::optional<WaiverRequest> find(long id) const;
  // The approved ones as waivers to apply, oldest decision first.
  std::vector<Waiver> approved() const;

 private:
  SQLite::Database& db_;
};

}  // namespace genaudit
