#include "engine/store/sqlite_errors.h"

#include <sqlite3.h>

namespace genaudit {

StoreError store_error(const SQLite::Exception& e) {
  // An extended code (SQLITE_READONLY_DIRECTORY...) has its primary code in
  // its low byte.
  switch (e.getErrorCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return StoreError(StoreError::Kind::kBusy, e.what());
    case SQLITE_NOTADB:
      return StoreError(StoreError::Kind::kNotADatabase, e.what());
    case SQLITE_READONLY:
      return StoreError(StoreError::Kind::kReadOnly, e.what());
    case SQLITE_FULL:
      return StoreError(StoreError::Kind::kDiskFull, e.what());
    case SQLITE_CORRUPT:
      return StoreError(StoreError::Kind::kCorrupt, e.what());
    default:
      return StoreError(StoreError::Kind::kOther, e.what());
  }
}

}  // namespace genaudit
