#include "engine/store/waiver_requests.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "engine/core/audit_period.h"
#include "engine/store/run_history.h"
#include "engine/store/sqlite_errors.h"

namespace genaudit {
namespace {

constexpr const char* kColumns =
    "id, rule, subject, period, justification, expires, proposed_by, proposed_at, state,"
    " decided_by, decided_at, note";

WaiverState state_of(const std::string& name) {
  if (name == "approved") return WaiverState::kApproved;
  if (name == "rejected") return WaiverState::kRejected;
  return WaiverState::kPending;
}

std::string text_or_empty(const SQLite::Column& column) {
  return column.isNull() ? "" : column.getString();
}

WaiverRequest read_request(SQLite::Statement& row) {
  WaiverRequest r;
  r.id = row.getColumn(0).getInt64();
  r.waiver.rule = row.getColumn(1).getString();
  r.waiver.subject = row.getColumn(2).getString();
  if (!row.getColumn(3).isNull()) r.waiver.period = row.getColumn(3).getString();
  r.waiver.justification = row.getColumn(4).getString();
  // A date the database holds otherwise than written (altered by hand) is
  // no date: the waiver is then expired from the first day.
  r.waiver.expires = parse_iso_date(row.getColumn(5).getString()).value_or(Date{});
  r.proposed_by = row.getColumn(6).getString();
  r.proposed_at = row.getColumn(7).getString();
  r.state = state_of(row.getColumn(8).getString());
  r.decided_by = text_or_empty(row.getColumn(9));
  r.decided_at = text_or_empty(row.getColumn(10));
  r.note = text_or_empty(row.getColumn(11));
  r.waiver.approved_by = r.state == WaiverState::kApproved ? r.decided_by : "";
  r.waiver.source = "workspace #" + std::to_string(r.id);
  return r;
}

}  // namespace

const char* waiver_state_name(WaiverState state) {
  switch (state) {
    case WaiverState::kPending: return "pending";
    case WaiverState::kApproved: return "approved";
    case WaiverState::kRejected: return "rejected";
  }
  return "pending";
}

void WaiverRequests::create_schema(SQLite::Database& db) {
  if (db.tableExists("waiver_requests")) return;
  db.exec(
      "CREATE TABLE IF NOT EXISTS waiver_requests ("
      " id INTEGER PRIMARY KEY AUTOINCREMENT, rule TEXT NOT NULL, subject TEXT NOT NULL,"
      " period TEXT, justification TEXT NOT NULL, expires TEXT NOT NULL,"
      " proposed_by TEXT NOT NULL, proposed_at TEXT NOT NULL, state TEXT NOT NULL,"
      " decided_by TEXT, decided_at TEXT, note TEXT)");
}

long WaiverRequests::propose(const Waiver& waiver, const std::string& by) try {
  SQLite::Statement insert(
      db_,
      "INSERT INTO waiver_requests (rule, subject, period, justification, expires, proposed_by,"
      " proposed_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')");
  insert.bind(1, waiver.rule);
  insert.bind(2, waiver.subject);
  if (waiver.period) {
    insert.bind(3, *waiver.period);
  } else {
    insert.bind(3);
  }
  insert.bind(4, waiver.justification);
  insert.bind(5, waiver.expires.iso());
  insert.bind(6, by);
  insert.bind(7, utc_now_iso());
  insert.exec();
  return static_cast<long>(db_.getLastInsertRowid());
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

WaiverRequests::Decision WaiverRequests::decide(long id, bool approve, const std::string& by,
                                                const std::string& note) try {
  SQLite::Transaction transaction(db_, SQLite::TransactionBehavior::IMMEDIATE);
  const std::optional<WaiverRequest> request = find(id);
  if (!request) return Decision::kNoSuchRequest;
  if (request->state != WaiverState::kPending) return Decision::kNotPending;
  if (request->proposed_by == by) return Decision::kOwnRequest;
  SQLite::Statement update(db_,
                           "UPDATE waiver_requests SET state = ?, decided_by = ?, decided_at = ?,"
                           " note = ? WHERE id = ? AND state = 'pending'");
  update.bind(1, approve ? "approved" : "rejected");
  update.bind(2, by);
  update.bind(3, utc_now_iso());
  update.bind(4, note);
  update.bind(5, static_cast<int64_t>(id));
  update.exec();
  transaction.commit();
  return Decision::kDone;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::vector<WaiverRequest> WaiverRequests::all() const try {
  std::vector<WaiverRequest> requests;
  if (!db_.tableExists("waiver_requests")) return requests;  // an older database, read-only
  SQLite::Statement select(db_, std::string("SELECT ") + kColumns +
                                    " FROM waiver_requests ORDER BY id DESC");
  while (select.executeStep()) requests.push_back(read_request(select));
  return requests;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::optional<WaiverRequest> WaiverRequests::find(long id) const try {
  if (!db_.tableExists("waiver_requests")) return std::nullopt;
  SQLite::Statement select(db_, std::string("SELECT ") + kColumns +
                                    " FROM waiver_requests WHERE id = ?");
  select.bind(1, static_cast<int64_t>(id));
  if (!select.executeStep()) return std::nullopt;
  return read_request(select);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::vector<Waiver> WaiverRequests::approved() const try {
  std::vector<Waiver> waivers;
  if (!db_.tableExists("waiver_requests")) return waivers;
  SQLite::Statement select(db_, std::string("SELECT ") + kColumns +
                                    " FROM waiver_requests WHERE state = 'approved'"
                                    " ORDER BY decided_at, id");
  while (select.executeStep()) waivers.push_back(read_request(select).waiver);
  return waivers;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
