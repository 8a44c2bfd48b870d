// A statement stepped through SQLite's own interface, for the hot loops
// and raw handles of the load (one call per cell, no wrapper object per
// cell, as SQLiteCpp's Statement makes).
#pragma once

#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>

#include <string>
#include <string_view>

namespace genaudit {

class RawStatement {
 public:
  RawStatement(sqlite3* handle, const char* sql) : handle_(handle) {
    if (const int rc = sqlite3_prepare_v2(handle, sql, -1, &statement_, nullptr); rc != SQLITE_OK) {
      sqlite3_finalize(statement_);
      throw SQLite::Exception(handle, rc);
    }
  }
  ~RawStatement() { sqlite3_finalize(statement_); }
  RawStatement(const RawStatement&) = delete;
  RawStatement& operator=(const RawStatement&) = delete;

  void bind(int i, const std::string& text) {
    sqlite3_bind_text(statement_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
  void bind(int i, int value) { sqlite3_bind_int(statement_, i, value); }
  // True with a row, false when done; throws on an error.
  bool step() {
    const int rc = sqlite3_step(statement_);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) throw SQLite::Exception(handle_, rc);
    return rc == SQLITE_ROW;
  }
  sqlite3_int64 integer(int i) const { return sqlite3_column_int64(statement_, i); }
  // The text of column `i` of the current row, valid until the next step.
  std::string_view text(int i) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(statement_, i));
    return {p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(statement_, i))};
  }
  sqlite3_stmt* get() const { return statement_; }

 private:
  sqlite3* handle_;
  sqlite3_stmt* statement_ = nullptr;
};

}  // namespace genaudit
