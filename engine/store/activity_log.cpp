// The workspace's activity log; see activity_log.h.
#include "engine/store/activity_log.h"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <limits>

#include "engine/store/run_history.h"  // utc_now_iso
#include "engine/store/sqlite_errors.h"

namespace genaudit {
namespace {

constexpr const char* kTable = "activity";

// AUTOINCREMENT: ids only grow, even past deleted rows, so that paging by
// the last id seen never shows a record twice nor skips one.
constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS activity ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL,"
    " action TEXT NOT NULL, detail TEXT NOT NULL)";

}  // namespace

void ActivityLog::create_schema(SQLite::Database& db) {
  if (db.tableExists(kTable)) return;
  db.exec(kSchema);
}

void ActivityLog::record(const std::string& user, const std::string& action,
                         const std::string& detail) try {
  SQLite::Statement insert(db_,
                           "INSERT INTO activity (at, user, action, detail) VALUES (?, ?, ?, ?)");
  insert.bind(1, utc_now_iso());
  insert.bind(2, user);
  insert.bind(3, action);
  insert.bind(4, detail);
  insert.exec();
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::vector<Activity> ActivityLog::recent(std::size_t limit, long before_id) const try {
  std::vector<Activity> out;
  if (limit == 0 || !db_.tableExists(kTable)) return out;
  SQLite::Statement query(db_,
                          "SELECT id, at, user, action, detail FROM activity"
                          " WHERE ? = 0 OR id < ? ORDER BY id DESC LIMIT ?");
  query.bind(1, static_cast<int64_t>(before_id));
  query.bind(2, static_cast<int64_t>(before_id));
  constexpr auto kMost = static_cast<std::size_t>(std::numeric_limits<int64_t>::max());
  query.bind(3, static_cast<int64_t>(limit < kMost ? limit : kMost));
  while (query.executeStep()) {
    out.push_back({static_cast<long>(query.getColumn(0).getInt64()),
                   query.getColumn(1).getString(), query.getColumn(2).getString(),
                   query.getColumn(3).getString(), query.getColumn(4).getString()});
  }
  return out;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
