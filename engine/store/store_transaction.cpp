#include "engine/store/store_transaction.h"

#include <SQLiteCpp/Transaction.h>

#include <utility>

#include "engine/store/audit_store.h"
#include "engine/store/sqlite_errors.h"

namespace genaudit {

StoreTransaction::StoreTransaction(AuditStore& store, Lock lock) try
    : transaction_(std::make_unique<SQLite::Transaction>(
          store.database(), lock == Lock::kWrite ? SQLite::TransactionBehavior::IMMEDIATE
                                                 : SQLite::TransactionBehavior::DEFERRED)) {
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

StoreTransaction::StoreTransaction(std::unique_ptr<SQLite::Transaction> transaction)
    : transaction_(std::move(transaction)) {}

StoreTransaction::~StoreTransaction() = default;
StoreTransaction::StoreTransaction(StoreTransaction&&) noexcept = default;
StoreTransaction& StoreTransaction::operator=(StoreTransaction&&) noexcept = default;

void StoreTransaction::commit() try {
  transaction_->commit();
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
