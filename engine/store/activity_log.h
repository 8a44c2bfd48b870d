// What was changed in the workspace, by whom and when, kept in the audit
// database (table `activity`) for the activity page and for whoever
// inspects the database: one row per change, never altered.
//
//   activity  id (grows with every row, never reused), at
//             (YYYY-MM-DDTHH:MM:SSZ, UTC), user (the account's name), action
//             (a word of the caller's: "import", "waiver.approve"...), detail
//             (free text: what was changed)
//
// A database made before the log existed has no such table until a store
// opens it read-write (AuditStore's constructor creates it); read through
// a read-only store, its log is empty.
//
// Thread-safety: none; one ActivityLog per connection. A change and its
// record belong in one transaction of the caller's, so that neither is
// kept without the other. Errors are StoreErrors (store_error.h), but for
// create_schema(), the store's own step, which throws SQLite::Exception.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace genaudit {

struct Activity {
  long id = 0;
  std::string at;  // ISO 8601 UTC: YYYY-MM-DDTHH:MM:SSZ
  std::string user;
  std::string action;
  std::string detail;
};

class ActivityLog {  // the `activity` table
 public:
  explicit ActivityLog(SQLite::Database& db) : db_(db) {}

  // Creates the table when it is missing; does nothing, and takes no lock,
  // when it exists.
  static void create_schema(SQLite::Database& db);

  // Records that `user` did `action` (`detail`: on what), now.
  void record(const std::string& user, const std::string& action, const std::string& detail);

  // At most `limit` records, newest first: the newest of all when
  // `before_id` is 0, else the newest of those older than the record
  // `before_id` (the id of the last one a page showed, for the next page).
  std::vector<Activity> recent(std::size_t limit, long before_id = 0) const;

 private:
  SQLite::Database& db_;
};

}  // namespace genaudit
