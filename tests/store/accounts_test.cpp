// The workspace's accounts (accounts.h) and activity log (activity_log.h)
// in the audit database: an account signs in with its own password only,
// and not once disabled; an unknown name costs the same hashing work as a
// known one; names and passwords outside their bounds are refused with
// nothing written; passwords are kept as salted Argon2id hashes; roles
// form a ladder; the log lists the newest first, a page at a time; older
// databases are brought up to date, or read without the tables.
#include "engine/store/accounts.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "engine/store/activity_log.h"
#include "engine/store/audit_store.h"
#include "engine/store/store_error.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;
using AddResult = Accounts::AddResult;

const std::regex kUtcTime(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)");

// A database file in a folder of its own, opened read-write.
class AccountsTest : public ::testing::Test {
 protected:
  TempDir dir_;
  std::string path_ = (dir_.path() / "audit.db").string();
  AuditStore store_{path_};
  Accounts accounts_{store_.database()};

  // The stored password hash of `name`, read behind Accounts' back.
  std::string stored_hash(const std::string& name) {
    SQLite::Statement query(store_.database(),
                            "SELECT password_hash FROM accounts WHERE name = ?");
    query.bind(1, name);
    EXPECT_TRUE(query.executeStep()) << name;
    return query.getColumn(0).getString();
  }

  std::vector<std::string> names() {
    std::vector<std::string> out;
    for (const Account& a : accounts_.list()) out.push_back(a.name);
    return out;
  }
};

TEST_F(AccountsTest, AnAccountSignsInWithItsPassword) {
  ASSERT_EQ(accounts_.add("Nguyễn Thị Hoa", Role::kInspector, "mật khẩu dài"), AddResult::kAdded);
  const std::optional<Account> account = accounts_.verify("Nguyễn Thị Hoa", "mật khẩu dài");
  ASSERT_TRUE(account);
  EXPECT_EQ(account->name, "Nguyễn Thị Hoa");
  EXPECT_EQ(account->role, Role::kInspector);
  EXPECT_FALSE(account->disabled);
  EXPECT_TRUE(std::regex_match(account->created_at, kUtcTime)) << account->created_at;
}

TEST_F(AccountsTest, AWrongPasswordSignsNobodyIn) {
  ASSERT_EQ(accounts_.add("hoa", Role::kAdmin, "correct horse"), AddResult::kAdded);
  EXPECT_FALSE(accounts_.verify("hoa", "correct hors"));
  EXPECT_FALSE(accounts_.verify("hoa", "correct horse "));
  EXPECT_FALSE(accounts_.verify("hoa", "CORRECT HORSE"));
  EXPECT_FALSE(accounts_.verify("hoa", ""));
  EXPECT_FALSE(accounts_.verify("hoa", std::string(5000, 'x')));
  EXPECT_FALSE(accounts_.verify("Hoa", "correct horse"));  // names are compared byte for byte
  EXPECT_TRUE(accounts_.verify("hoa", "correct horse"));
}

TEST_F(AccountsTest, ADisabledAccountNoLongerSignsIn) {
  ASSERT_EQ(accounts_.add("lan", Role::kLead, "password1"), AddResult::kAdded);
  ASSERT_EQ(accounts_.add("mai", Role::kLead, "password2"), AddResult::kAdded);
  EXPECT_TRUE(accounts_.disable("lan"));
  EXPECT_FALSE(accounts_.verify("lan", "password1"));
  EXPECT_TRUE(accounts_.find("lan")->disabled);
  EXPECT_TRUE(accounts_.disable("lan"));  // disabled already: still an account
  EXPECT_TRUE(accounts_.verify("mai", "password2"));  // only the one named
  EXPECT_FALSE(accounts_.find("mai")->disabled);
}

TEST_F(AccountsTest, DisablingANameWithoutAnAccountSaysSo) {
  EXPECT_FALSE(accounts_.disable("nobody"));
  EXPECT_TRUE(accounts_.list().empty());
}

TEST_F(AccountsTest, AnUnknownNameSignsNobodyIn) {
  EXPECT_FALSE(accounts_.verify("nobody", "whatever it is"));
  EXPECT_FALSE(accounts_.find("nobody"));
  ASSERT_EQ(accounts_.add("somebody", Role::kViewer, "whatever it is"), AddResult::kAdded);
  EXPECT_FALSE(accounts_.verify("nobody", "whatever it is"));
}

// Checking a password takes tens of milliseconds (Argon2id over 64 MiB);
// answering "no such name" without it would take microseconds. A ratio of
// a fifth leaves room for a busy machine and none for skipped work.
TEST_F(AccountsTest, AnUnknownNameTakesTheHashingWorkOfAKnownOne) {
  ASSERT_EQ(accounts_.add("known", Role::kViewer, "password"), AddResult::kAdded);
  ASSERT_EQ(accounts_.add("off", Role::kViewer, "password"), AddResult::kAdded);
  ASSERT_TRUE(accounts_.disable("off"));
  const auto fastest = [](const auto& action) {
    auto best = std::chrono::steady_clock::duration::max();
    for (int i = 0; i < 3; ++i) {
      const auto start = std::chrono::steady_clock::now();
      action();
      best = std::min(best, std::chrono::steady_clock::now() - start);
    }
    return std::chrono::duration<double>(best).count();
  };
  const double known = fastest([&] { (void)accounts_.verify("known", "wrong password"); });
  const double unknown = fastest([&] { (void)accounts_.verify("unknown", "wrong password"); });
  const double disabled = fastest([&] { (void)accounts_.verify("off", "password"); });
  EXPECT_GT(known, 0.005);  // the work is there to be skipped
  EXPECT_GT(unknown, known / 5) << unknown << " s against " << known << " s";
  EXPECT_GT(disabled, known / 5) << disabled << " s against " << known << " s";
}

TEST_F(AccountsTest, ATakenNameIsRefusedAndTheAccountKept) {
  ASSERT_EQ(accounts_.add("hoa", Role::kViewer, "first password"), AddResult::kAdded);
  EXPECT_EQ(accounts_.add("hoa", Role::kAdmin, "second password"), AddResult::kNameTaken);
  ASSERT_TRUE(accounts_.disable("hoa"));
  EXPECT_EQ(accounts_.add("hoa", Role::kAdmin, "third password"), AddResult::kNameTaken);
  ASSERT_EQ(accounts_.list().size(), 1u);
  EXPECT_EQ(accounts_.find("hoa")->role, Role::kViewer);
  EXPECT_TRUE(accounts_.find("hoa")->disabled);
}

TEST_F(AccountsTest, NamesOutsideTheRulesAreRefusedWithNothingWritten) {
  const std::string bad[] = {
      "",
      std::string(65, 'a'),
      " hoa",
      "hoa ",
      "hoa\xc2\xa0",     // U+00A0 NO-BREAK SPACE at the end
      "\thoa",
      "ho\ta",
      "ho\na",
      "ho\ra",
      std::string("ho\0a", 4),
      "ho\x1b[31ma",     // ESC: a terminal escape sequence
      "ho\x7f" "a",      // DEL
      "ho\xc2\x85" "a",  // U+0085, a C1 control
      "ho\xe2\x80\x8b" "a",  // U+200B ZERO WIDTH SPACE: looks like "hoa"
      "ho\xe2\x80\xae" "a",  // U+202E RIGHT-TO-LEFT OVERRIDE
      "ho\xff" "a",      // not UTF-8
      "ho\xc3",          // a character cut off
      "ho\xc0\xa1",      // an overlong encoding
  };
  for (const std::string& name : bad) {
    EXPECT_FALSE(Accounts::valid_name(name)) << ::testing::PrintToString(name);
    EXPECT_EQ(accounts_.add(name, Role::kAdmin, "good password"), AddResult::kBadName)
        << ::testing::PrintToString(name);
  }
  EXPECT_TRUE(accounts_.list().empty());
}

TEST_F(AccountsTest, NamesWithinTheRulesAreAccepted) {
  // 64 bytes: 21 three-byte letters and one more byte.
  std::string longest;
  for (int i = 0; i < 21; ++i) longest += "ệ";
  longest += "x";
  ASSERT_EQ(longest.size(), Accounts::kMaxNameBytes);
  for (const std::string& name :
       {std::string("a"), std::string("Trần Văn Đức"), std::string("tra.vien@sonv.gov.vn"),
        longest}) {
    EXPECT_TRUE(Accounts::valid_name(name)) << name;
    EXPECT_EQ(accounts_.add(name, Role::kViewer, "good password"), AddResult::kAdded) << name;
    EXPECT_TRUE(accounts_.verify(name, "good password")) << name;
  }
}

TEST_F(AccountsTest, PasswordsOutsideTheirBoundsAreRefused) {
  EXPECT_EQ(accounts_.add("a", Role::kViewer, ""), AddResult::kBadPassword);
  EXPECT_EQ(accounts_.add("a", Role::kViewer, "1234567"), AddResult::kBadPassword);
  EXPECT_EQ(accounts_.add("a", Role::kViewer, std::string(1025, 'p')), AddResult::kBadPassword);
  EXPECT_TRUE(accounts_.list().empty());
  // The name is judged first.
  EXPECT_EQ(accounts_.add(" a", Role::kViewer, "1234567"), AddResult::kBadName);

  EXPECT_EQ(accounts_.add("a", Role::kViewer, "12345678"), AddResult::kAdded);
  EXPECT_EQ(accounts_.add("b", Role::kViewer, std::string(1024, 'p')), AddResult::kAdded);
  const std::string with_nul("pass\0word", 9);  // any bytes, a NUL too
  EXPECT_EQ(accounts_.add("c", Role::kViewer, with_nul), AddResult::kAdded);
  EXPECT_TRUE(accounts_.verify("a", "12345678"));
  EXPECT_TRUE(accounts_.verify("b", std::string(1024, 'p')));
  EXPECT_TRUE(accounts_.verify("c", with_nul));
  EXPECT_FALSE(accounts_.verify("c", "pass"));
}

TEST_F(AccountsTest, PasswordsAreKeptAsSaltedArgon2idHashes) {
  ASSERT_EQ(accounts_.add("a", Role::kViewer, "same password"), AddResult::kAdded);
  ASSERT_EQ(accounts_.add("b", Role::kViewer, "same password"), AddResult::kAdded);
  const std::string a = stored_hash("a");
  const std::string b = stored_hash("b");
  EXPECT_EQ(a.rfind("$argon2id$v=19$", 0), 0u) << a;
  // libsodium's INTERACTIVE limits: 64 MiB, two passes.
  EXPECT_NE(a.find("$m=65536,t=2,p=1$"), std::string::npos) << a;
  EXPECT_EQ(a.find("same password"), std::string::npos);
  EXPECT_NE(a, b);  // each its own salt
}

TEST_F(AccountsTest, AccountsAreListedByName) {
  for (const char* name : {"b", "Đức", "a", "A"}) {
    ASSERT_EQ(accounts_.add(name, Role::kViewer, "password"), AddResult::kAdded);
  }
  ASSERT_TRUE(accounts_.disable("b"));
  EXPECT_EQ(names(), (std::vector<std::string>{"A", "a", "b", "Đức"}));
  const std::vector<Account> listed = accounts_.list();
  EXPECT_TRUE(listed[2].disabled);
  EXPECT_FALSE(listed[0].disabled);
}

TEST_F(AccountsTest, ARoleIsStoredAndReadBack) {
  for (const Role role : {Role::kViewer, Role::kInspector, Role::kLead, Role::kAdmin}) {
    const std::string name = role_name(role);
    ASSERT_EQ(accounts_.add(name, role, "password"), AddResult::kAdded);
    EXPECT_EQ(accounts_.find(name)->role, role);
  }
}

TEST_F(AccountsTest, AccountsLastBeyondTheirConnection) {
  ASSERT_EQ(accounts_.add("hoa", Role::kLead, "password"), AddResult::kAdded);
  AuditStore reopened(path_, AuditStore::Access::kReadOnly);
  const std::optional<Account> account = Accounts(reopened.database()).verify("hoa", "password");
  ASSERT_TRUE(account);
  EXPECT_EQ(account->role, Role::kLead);
}

TEST_F(AccountsTest, AWriteThroughAReadOnlyStoreIsAStoreError) {
  AuditStore read_only(path_, AuditStore::Access::kReadOnly);
  Accounts accounts(read_only.database());
  try {
    accounts.add("hoa", Role::kViewer, "password");
    ADD_FAILURE() << "an account was added through a read-only store";
  } catch (const StoreError& e) {
    EXPECT_EQ(e.kind(), StoreError::Kind::kReadOnly) << e.what();
  }
  EXPECT_THROW(ActivityLog(read_only.database()).record("hoa", "import", "staff.csv"),
               StoreError);
  EXPECT_TRUE(accounts_.list().empty());
}

TEST(Roles, EachRoleIncludesTheOnesBefore) {
  const Role ladder[] = {Role::kViewer, Role::kInspector, Role::kLead, Role::kAdmin};
  for (int held = 0; held < 4; ++held) {
    for (int needed = 0; needed < 4; ++needed) {
      EXPECT_EQ(role_allows(ladder[held], ladder[needed]), held >= needed)
          << role_name(ladder[held]) << " for " << role_name(ladder[needed]);
    }
  }
}

TEST(Roles, TheirWordsAreExact) {
  EXPECT_EQ(parse_role("viewer"), Role::kViewer);
  EXPECT_EQ(parse_role("inspector"), Role::kInspector);
  EXPECT_EQ(parse_role("lead"), Role::kLead);
  EXPECT_EQ(parse_role("admin"), Role::kAdmin);
  for (const Role role : {Role::kViewer, Role::kInspector, Role::kLead, Role::kAdmin}) {
    EXPECT_EQ(parse_role(role_name(role)), role);
  }
  for (const char* other : {"", "Admin", "ADMIN", " admin", "admin ", "administrator", "team lead"}) {
    EXPECT_FALSE(parse_role(other)) << other;
  }
}

// A database made before accounts and the activity log existed: opened
// read-write it gains both tables; read-only it needs no upgrade and reads
// as having neither account nor activity.
TEST(AccountsOfAnOlderDatabase, ReadOnlyTheyAreAbsentReadWriteTheyAreMade) {
  TempDir dir;
  const std::string path = (dir.path() / "audit.db").string();
  { AuditStore made(path); }
  {
    SQLite::Database older(path, SQLite::OPEN_READWRITE);
    older.exec("DROP TABLE accounts; DROP TABLE activity");
  }
  {
    AuditStore read_only(path, AuditStore::Access::kReadOnly);
    Accounts accounts(read_only.database());
    EXPECT_TRUE(accounts.list().empty());
    EXPECT_FALSE(accounts.find("hoa"));
    EXPECT_FALSE(accounts.verify("hoa", "password"));
    EXPECT_TRUE(ActivityLog(read_only.database()).recent(10).empty());
  }
  EXPECT_FALSE(SQLite::Database(path).tableExists("accounts"));
  AuditStore upgraded(path);
  EXPECT_TRUE(upgraded.database().tableExists("accounts"));
  EXPECT_TRUE(upgraded.database().tableExists("activity"));
  EXPECT_EQ(Accounts(upgraded.database()).add("hoa", Role::kAdmin, "password"), AddResult::kAdded);
}

class ActivityLogTest : public ::testing::Test {
 protected:
  AuditStore store_{AuditStore::kScratch};
  ActivityLog log_{store_.database()};

  static std::vector<std::string> details(const std::vector<Activity>& records) {
    std::vector<std::string> out;
    for (const Activity& a : records) out.push_back(a.detail);
    return out;
  }
};

TEST_F(ActivityLogTest, RecordsAreListedNewestFirst) {
  log_.record("hoa", "import", "staff.csv");
  log_.record("lan", "audit", "2025");
  log_.record("hoa", "waiver.propose", "O1.S4 / SYT");
  const std::vector<Activity> recent = log_.recent(10);
  ASSERT_EQ(recent.size(), 3u);
  EXPECT_EQ(details(recent), (std::vector<std::string>{"O1.S4 / SYT", "2025", "staff.csv"}));
  EXPECT_EQ(recent[1].user, "lan");
  EXPECT_EQ(recent[1].action, "audit");
  EXPECT_GT(recent[0].id, recent[1].id);
  EXPECT_GT(recent[1].id, recent[2].id);
  for (const Activity& a : recent) EXPECT_TRUE(std::regex_match(a.at, kUtcTime)) << a.at;
}

TEST_F(ActivityLogTest, RecordsComeAPageAtATime) {
  for (int i = 1; i <= 5; ++i) log_.record("hoa", "audit", std::to_string(i));
  const std::vector<Activity> first = log_.recent(2);
  EXPECT_EQ(details(first), (std::vector<std::string>{"5", "4"}));
  const std::vector<Activity> second = log_.recent(2, first.back().id);
  EXPECT_EQ(details(second), (std::vector<std::string>{"3", "2"}));
  const std::vector<Activity> last = log_.recent(2, second.back().id);
  EXPECT_EQ(details(last), (std::vector<std::string>{"1"}));
  EXPECT_TRUE(log_.recent(2, last.back().id).empty());
  EXPECT_TRUE(log_.recent(0).empty());
  EXPECT_EQ(log_.recent(static_cast<std::size_t>(-1)).size(), 5u);
}

TEST_F(ActivityLogTest, AnEmptyLogListsNothing) { EXPECT_TRUE(log_.recent(10).empty()); }

TEST_F(ActivityLogTest, TextIsKeptAsGiven) {
  const std::string detail = "<script>alert(1)</script>'; DROP TABLE activity; --";
  log_.record("Nguyễn Thị Hoa", "import", detail);
  const std::vector<Activity> recent = log_.recent(1);
  ASSERT_EQ(recent.size(), 1u);
  EXPECT_EQ(recent[0].user, "Nguyễn Thị Hoa");
  EXPECT_EQ(recent[0].detail, detail);
}

}  // namespace
}  // namespace genaudit
