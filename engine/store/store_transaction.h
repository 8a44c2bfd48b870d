// A transaction on the audit database, for the layers above the store
// (audit_store.h): what it reads is one committed state, and what it
// writes is committed whole by commit(), or not at all — rolled back when
// it ends uncommitted (a return, an exception). Its errors are StoreErrors
// (store_error.h), as the store's are.
//
// Not thread-safe, as its store is not. REQUIRES: the store outlives it.
#pragma once

#include <memory>

namespace SQLite {
class Transaction;
}  // namespace SQLite

namespace genaudit {

class AuditStore;

class StoreTransaction {
 public:
  enum class Lock {
    // Takes no lock until it first reads; a write inside it waits for the
    // write lock then. For commands that only read.
    kRead,
    // Takes the write lock at once, waiting for another writer up to the
    // store's busy timeout (then StoreError::Kind::kBusy), so that nothing
    // another process commits meanwhile can invalidate what it read before
    // writing.
    kWrite,
  };

  StoreTransaction(AuditStore& store, Lock lock);
  ~StoreTransaction();
  StoreTransaction(StoreTransaction&&) noexcept;
  StoreTransaction& operator=(StoreTransaction&&) noexcept;

  // Commits what was written. Once only.
  void commit();

 private:
  friend class AuditStore;  // begin_load() chooses the lock it can have
  explicit StoreTransaction(std::unique_ptr<SQLite::Transaction> transaction);

  std::unique_ptr<SQLite::Transaction> transaction_;
};

}  // namespace genaudit
