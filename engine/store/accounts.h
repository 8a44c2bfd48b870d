// The accounts of the workspace (`genaudit serve`), kept in the audit
// database (table `accounts`): who may sign in, with which role
// (roles.h), and whether the account is disabled. Passwords are kept only
// as Argon2id hashes (password_hash.h); nothing here returns or logs one.
//
//   accounts  name (primary key), role ('viewer'...'admin'), password_hash,
//             disabled (0 or 1), created_at (YYYY-MM-DDTHH:MM:SSZ, UTC)
//
// An account is never deleted: it is disabled, so that what the activity
// log (activity_log.h) says it did still names an account.
//
// A database made before accounts existed has no such table until a store
// opens it read-write (AuditStore's constructor creates it); read through
// a read-only store, it has no account: list() is empty, find() and
// verify() find nobody.
//
// Thread-safety: none; one Accounts per connection, as RunHistory. Errors
// are StoreErrors (store_error.h), but for create_schema(), the store's own
// step, which throws SQLite::Exception.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "engine/store/roles.h"

namespace genaudit {

struct Account {
  std::string name;
  Role role = Role::kViewer;
  bool disabled = false;
  std::string created_at;  // ISO 8601 UTC: YYYY-MM-DDTHH:MM:SSZ
};

class Accounts {  // the `accounts` table of the audit database
 public:
  explicit Accounts(SQLite::Database& db) : db_(db) {}

  // Creates the table when it is missing; does nothing, and takes no lock,
  // when it exists.
  static void create_schema(SQLite::Database& db);

  // A name is 1..kMaxNameBytes bytes of valid UTF-8 without control
  // characters (C0, DEL, C1), bidirectional controls or invisible
  // characters (zero-width space...: two names that look the same are the
  // same name), and without white space (ASCII or U+00A0) at either end.
  // Names are compared byte for byte. A password is kMinPasswordBytes to
  // kMaxPasswordBytes bytes, any bytes.
  static constexpr std::size_t kMaxNameBytes = 64;
  static constexpr std::size_t kMinPasswordBytes = 8;
  static constexpr std::size_t kMaxPasswordBytes = 1024;
  // Whether add() takes `name` (it also needs the name free): for a caller
  // that says what is wrong before any other work.
  static bool valid_name(std::string_view name);

  enum class AddResult { kAdded, kNameTaken, kBadName, kBadPassword };

  // Adds an enabled account, created now, with the hash of `password`
  // (crypto_pwhash_str: Argon2id, OPSLIMIT/MEMLIMIT_INTERACTIVE). A name
  // already taken, by an enabled or a disabled account, is kNameTaken;
  // nothing is written then. The name is checked before the password.
  AddResult add(const std::string& name, Role role, const std::string& password);

  std::vector<Account> list() const;  // by name (byte order)
  std::optional<Account> find(const std::string& name) const;

  // Disables the account: it can no longer sign in. Returns false when no
  // account has that name; true for one disabled already.
  bool disable(const std::string& name);

  // The account when `name` names an enabled account whose password is
  // `password`; otherwise nullopt, after the same hashing work (no timing
  // difference for a name that does not exist, nor for a disabled
  // account). Takes about a tenth of a second and 64 MiB: call it outside
  // any transaction, and bound how many run at once.
  std::optional<Account> verify(const std::string& name, const std::string& password) const;

 private:
  SQLite::Database& db_;
};

}  // namespace genaudit
