// The workspace's accounts; see accounts.h.
#include "engine/store/accounts.h"

#include <SQLiteCpp/Statement.h>

#include <string_view>

#include "engine/core/unicode_text.h"
#include "engine/core/visible_text.h"
#include "engine/store/password_hash.h"
#include "engine/store/run_history.h"  // utc_now_iso
#include "engine/store/sqlite_errors.h"
#include "engine/store/store_error.h"

namespace genaudit {
namespace {

constexpr const char* kTable = "accounts";

// The CHECKs keep what a role or a flag can hold to what this code reads
// back; the database's schema cannot be changed without schema_guard
// refusing it.
constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS accounts ("
    " name TEXT PRIMARY KEY NOT NULL,"
    " role TEXT NOT NULL CHECK (role IN ('viewer', 'inspector', 'lead', 'admin')),"
    " password_hash TEXT NOT NULL,"
    " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
    " created_at TEXT NOT NULL)";

constexpr const char* kColumns = "name, role, disabled, created_at, password_hash";

bool valid_password(std::string_view password) {
  return password.size() >= Accounts::kMinPasswordBytes &&
         password.size() <= Accounts::kMaxPasswordBytes;
}

// An account as stored, with its password's hash, which stays in this file.
struct StoredAccount {
  Account account;
  std::string password_hash;
};

// The row `query` is on, selected as kColumns.
StoredAccount read_account(SQLite::Statement& query) {
  StoredAccount stored;
  stored.account.name = query.getColumn(0).getString();
  const std::string role = query.getColumn(1).getString();
  const std::optional<Role> parsed = parse_role(role);
  // The table's CHECK makes this impossible in a database genaudit uses.
  if (!parsed) {
    throw StoreError(StoreError::Kind::kCorrupt,
                     "the account \"" + stored.account.name + "\" has no known role");
  }
  stored.account.role = *parsed;
  stored.account.disabled = query.getColumn(2).getInt() != 0;
  stored.account.created_at = query.getColumn(3).getString();
  stored.password_hash = query.getColumn(4).getString();
  return stored;
}

std::optional<StoredAccount> find_stored(SQLite::Database& db, const std::string& name) {
  if (!db.tableExists(kTable)) return std::nullopt;  // an older database, read-only
  SQLite::Statement query(db, std::string("SELECT ") + kColumns + " FROM accounts WHERE name = ?");
  query.bind(1, name);
  if (!query.executeStep()) return std::nullopt;
  return read_account(query);
}

}  // namespace

bool Accounts::valid_name(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameBytes) return false;
  if (!text::is_valid_utf8(name)) return false;
  // Tab, line feed and carriage return too, which with_invisible_shown()
  // below keeps as layout.
  for (const char c : name) {
    if (static_cast<unsigned char>(c) < 0x20) return false;
  }
  // Every other control, bidirectional control and invisible character.
  if (text::with_invisible_shown(name) != name) return false;
  return text::trim(name) == name;
}

void Accounts::create_schema(SQLite::Database& db) {
  if (db.tableExists(kTable)) return;
  db.exec(kSchema);
}

Accounts::AddResult Accounts::add(const std::string& name, Role role,
                                  const std::string& password) try {
  if (!valid_name(name)) return AddResult::kBadName;
  if (!valid_password(password)) return AddResult::kBadPassword;
  // Hashed before the insert: the tenth of a second it takes holds no lock.
  const std::string hash = hash_password(password);
  SQLite::Statement insert(db_,
                           "INSERT INTO accounts (name, role, password_hash, disabled, created_at)"
                           " VALUES (?, ?, ?, 0, ?) ON CONFLICT (name) DO NOTHING");
  insert.bind(1, name);
  insert.bind(2, role_name(role));
  insert.bind(3, hash);
  insert.bind(4, utc_now_iso());
  return insert.exec() == 1 ? AddResult::kAdded : AddResult::kNameTaken;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::vector<Account> Accounts::list() const try {
  std::vector<Account> out;
  if (!db_.tableExists(kTable)) return out;
  SQLite::Statement query(db_, std::string("SELECT ") + kColumns + " FROM accounts ORDER BY name");
  while (query.executeStep()) out.push_back(read_account(query).account);
  return out;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::optional<Account> Accounts::find(const std::string& name) const try {
  std::optional<StoredAccount> stored = find_stored(db_, name);
  if (!stored) return std::nullopt;
  return std::move(stored->account);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

bool Accounts::disable(const std::string& name) try {
  SQLite::Statement update(db_, "UPDATE accounts SET disabled = 1 WHERE name = ?");
  update.bind(1, name);
  return update.exec() > 0;
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

std::optional<Account> Accounts::verify(const std::string& name,
                                        const std::string& password) const try {
  std::optional<StoredAccount> stored = find_stored(db_, name);
  if (!stored) {
    spend_password_check(password);
    return std::nullopt;
  }
  // Checked whether or not the account is disabled: the same work either way.
  const bool matches = password_matches(stored->password_hash, password);
  if (!matches || stored->account.disabled) return std::nullopt;
  return std::move(stored->account);
} catch (const SQLite::Exception& e) {
  throw store_error(e);
}

}  // namespace genaudit
