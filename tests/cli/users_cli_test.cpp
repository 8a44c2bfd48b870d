// `genaudit users add`, `list` and `disable` as an admin runs them: the
// password is one line of standard input (asked for without echo at a
// terminal), the account it makes signs in with exactly that password,
// every refusal exits 2 with its reason in the user's language and
// changes nothing, and no output holds anything of a password.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/store/accounts.h"
#include "engine/store/audit_store.h"
#include "tests/cli/cli_run.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::CliRun;
using testing::has;
using testing::TempDir;

// A folder with a database path in it (no database until a command makes it).
struct Workspace {
  TempDir dir;
  std::string db = (dir.path() / "audit.db").string();

  // `users ARGS`, its standard input the bytes of `input`.
  CliRun users(const std::string& args, const std::string& input) const {
    const fs::path in = dir.write("stdin.txt", input);
    return testing::run_shell(std::string(GENAUDIT_BINARY) + " users " + args + " <" + in.string(),
                              dir);
  }
  CliRun add(const std::string& name, const std::string& role, const std::string& input,
             const std::string& extra = "") const {
    return users("add --db " + db + " --name '" + name + "' --role " + role + " " + extra, input);
  }
  CliRun list(const std::string& extra = "") const {
    return users("list --db " + db + " " + extra, "");
  }
  nlohmann::json list_json() const {
    const CliRun r = list("--format json");
    EXPECT_EQ(r.status, 0) << r.err;
    return nlohmann::json::parse(r.out, nullptr, false);
  }
  CliRun disable(const std::string& name, const std::string& extra = "") const {
    return users("disable --db " + db + " --name '" + name + "' " + extra, "");
  }
  // Whether `name` signs in with `password`, asked of the database itself.
  bool signs_in(const std::string& name, const std::string& password) const {
    AuditStore store(db, AuditStore::Access::kReadOnly);
    return Accounts(store.database()).verify(name, password).has_value();
  }
};

// A refusal: exit 2, the reason on standard error, nothing on standard
// output, and none of `password` anywhere.
void expect_refused(const CliRun& r, const std::string& reason, const std::string& password = "") {
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_TRUE(has(r.err, reason)) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  if (!password.empty()) {
    EXPECT_FALSE(has(r.out + r.err, password)) << r.err;
  }
}

TEST(UsersCli, AnAccountIsAddedListedAndDisabled) {
  Workspace w;
  const CliRun added = w.add("Nguyễn Thị Hoa", "inspector", "bí mật lắm\n");
  ASSERT_EQ(added.status, 0) << added.err;
  EXPECT_TRUE(has(added.err, "đã thêm tài khoản \"Nguyễn Thị Hoa\", vai trò inspector"))
      << added.err;
  EXPECT_FALSE(has(added.out + added.err, "bí mật"));
  EXPECT_TRUE(w.signs_in("Nguyễn Thị Hoa", "bí mật lắm"));

  const CliRun listed = w.list();
  ASSERT_EQ(listed.status, 0) << listed.err;
  EXPECT_TRUE(has(listed.out, "Tài khoản: 1")) << listed.out;
  EXPECT_TRUE(has(listed.out, "Nguyễn Thị Hoa  inspector  đang dùng")) << listed.out;
  EXPECT_FALSE(has(listed.out, "argon2")) << listed.out;

  const CliRun disabled = w.disable("Nguyễn Thị Hoa");
  ASSERT_EQ(disabled.status, 0) << disabled.err;
  EXPECT_TRUE(has(disabled.err, "đã khóa tài khoản \"Nguyễn Thị Hoa\"")) << disabled.err;
  EXPECT_TRUE(has(w.list().out, "Nguyễn Thị Hoa  inspector  đã khóa"));
  EXPECT_FALSE(w.signs_in("Nguyễn Thị Hoa", "bí mật lắm"));
}

TEST(UsersCli, ItSpeaksEnglishWithLangEn) {
  Workspace w;
  const CliRun added = w.add("hoa", "lead", "password\n", "--lang en");
  ASSERT_EQ(added.status, 0) << added.err;
  EXPECT_TRUE(has(added.err, "account \"hoa\" added, role lead")) << added.err;
  const CliRun listed = w.list("--lang en");
  EXPECT_TRUE(has(listed.out, "Accounts: 1")) << listed.out;
  EXPECT_TRUE(has(listed.out, "Name  Role  State    Created (UTC)")) << listed.out;
  EXPECT_TRUE(has(listed.out, "hoa   lead  enabled")) << listed.out;
  const CliRun disabled = w.disable("hoa", "--lang en");
  EXPECT_TRUE(has(disabled.err, "account \"hoa\" disabled")) << disabled.err;
  EXPECT_TRUE(has(w.list("--lang en").out, "hoa   lead  disabled"));
}

TEST(UsersCli, TheJsonListHasEveryAccountByNameAndNoPassword) {
  Workspace w;
  ASSERT_EQ(w.add("lan", "admin", "password one\n").status, 0);
  ASSERT_EQ(w.add("binh", "viewer", "password two\n").status, 0);
  ASSERT_EQ(w.disable("lan").status, 0);
  const nlohmann::json j = w.list_json();
  ASSERT_EQ(j.at("accounts").size(), 2u) << j.dump();
  const nlohmann::json& binh = j["accounts"][0];
  EXPECT_EQ(binh.at("name"), "binh");
  EXPECT_EQ(binh.at("role"), "viewer");
  EXPECT_EQ(binh.at("disabled"), false);
  EXPECT_TRUE(binh.at("created_at").get<std::string>().ends_with("Z"));
  EXPECT_EQ(binh.size(), 4u) << binh.dump();  // nothing else: no hash
  EXPECT_EQ(j["accounts"][1].at("name"), "lan");
  EXPECT_EQ(j["accounts"][1].at("disabled"), true);
}

TEST(UsersCli, ThePasswordIsTheOneLineWithoutItsLineEnd) {
  Workspace w;
  ASSERT_EQ(w.add("crlf", "viewer", "windows line\r\n").status, 0);
  ASSERT_EQ(w.add("lf", "viewer", "unix line\n").status, 0);
  ASSERT_EQ(w.add("none", "viewer", "no line end").status, 0);
  ASSERT_EQ(w.add("spaces", "viewer", "  spaced out  \n").status, 0);
  EXPECT_TRUE(w.signs_in("crlf", "windows line"));
  EXPECT_FALSE(w.signs_in("crlf", "windows line\r"));
  EXPECT_TRUE(w.signs_in("lf", "unix line"));
  EXPECT_TRUE(w.signs_in("none", "no line end"));
  EXPECT_TRUE(w.signs_in("spaces", "  spaced out  "));  // kept as typed
  EXPECT_FALSE(w.signs_in("spaces", "spaced out"));
}

// At a terminal the password is asked for and not shown as it is typed.
TEST(UsersCli, AtATerminalThePasswordIsAskedForAndNotEchoed) {
  Workspace w;
  const CliRun r = testing::run_shell(
      std::string(GENAUDIT_PYTHON) + " " + GENAUDIT_SOURCE_DIR +
          "/tests/cli/typed_at_terminal.py 'Password: ' 'typed at the keyboard' " +
          GENAUDIT_BINARY + " users add --db " + w.db + " --name hoa --role admin --lang en",
      w.dir);
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_TRUE(has(r.out, "Password: ")) << r.out;
  EXPECT_TRUE(has(r.out, "account \"hoa\" added")) << r.out;
  EXPECT_FALSE(has(r.out, "typed at")) << r.out;
  EXPECT_TRUE(w.signs_in("hoa", "typed at the keyboard"));
}

TEST(UsersCli, AnEmptyStandardInputIsRefused) {
  Workspace w;
  expect_refused(w.add("hoa", "admin", ""), "không có mật khẩu — hãy đưa mật khẩu vào đầu vào chuẩn");
  expect_refused(w.add("hoa", "admin", "", "--lang en"), "no password — give it on standard input");
  EXPECT_FALSE(fs::exists(w.db));  // nothing made
}

TEST(UsersCli, MoreThanOneLineIsRefused) {
  Workspace w;
  expect_refused(w.add("hoa", "admin", "first line\nsecond line\n"),
                 "đầu vào chuẩn có hơn một dòng", "first line");
  expect_refused(w.add("hoa", "admin", "first line\n\n", "--lang en"),
                 "standard input holds more than one line", "first line");
  EXPECT_FALSE(fs::exists(w.db));
}

TEST(UsersCli, APasswordTooShortOrTooLongIsRefused) {
  Workspace w;
  expect_refused(w.add("hoa", "admin", "short12\n"), "mật khẩu quá ngắn — cần ít nhất 8 byte",
                 "short12");
  expect_refused(w.add("hoa", "admin", "\n", "--lang en"),
                 "the password is too short — it needs 8 bytes at least");
  const std::string long_one(1025, 'p');
  expect_refused(w.add("hoa", "admin", long_one + "\n"), "mật khẩu quá dài — nhiều nhất 1024 byte",
                 long_one.substr(0, 20));
  expect_refused(w.add("hoa", "admin", std::string(5000, 'q'), "--lang en"),
                 "the password is too long — 1024 bytes at most", std::string(20, 'q'));
  EXPECT_FALSE(fs::exists(w.db));
  ASSERT_EQ(w.add("hoa", "admin", std::string(1024, 'p') + "\n").status, 0);
  EXPECT_TRUE(w.signs_in("hoa", std::string(1024, 'p')));
}

TEST(UsersCli, ANameNotValidIsRefused) {
  Workspace w;
  expect_refused(w.add(" hoa", "admin", "password\n"),
                 "tên tài khoản \" hoa\" không hợp lệ — cần 1 đến 64 byte UTF-8", "password");
  expect_refused(w.add("", "admin", "password\n", "--lang en"),
                 "the account name \"\" is not valid — it is 1 to 64 bytes of UTF-8", "password");
  // A control character is shown escaped, never sent to the terminal.
  const CliRun escape = w.add("ho\x1b[2Ja", "admin", "password\n", "--lang en");
  expect_refused(escape, "the account name \"ho\\x1b[2Ja\" is not valid", "password");
  EXPECT_FALSE(has(escape.err, "\x1b"));
  expect_refused(w.add(std::string(65, 'n'), "admin", "password\n", "--lang en"),
                 "is not valid");
  EXPECT_FALSE(fs::exists(w.db));
}

TEST(UsersCli, ATakenNameIsRefusedAndTheAccountKept) {
  Workspace w;
  ASSERT_EQ(w.add("hoa", "viewer", "first password\n").status, 0);
  expect_refused(w.add("hoa", "admin", "second password\n"),
                 "đã có tài khoản \"hoa\" — hãy chọn tên khác; chưa thêm tài khoản",
                 "second password");
  expect_refused(w.add("hoa", "admin", "second password\n", "--lang en"),
                 "there is an account \"hoa\" already", "second password");
  EXPECT_TRUE(w.signs_in("hoa", "first password"));
  EXPECT_FALSE(w.signs_in("hoa", "second password"));
  EXPECT_EQ(w.list_json()["accounts"][0].at("role"), "viewer");
}

TEST(UsersCli, ARoleThatIsNoneOfTheFourIsRefused) {
  Workspace w;
  expect_refused(w.add("hoa", "boss", "password\n"),
                 "giá trị \"boss\" của --role không hợp lệ — viewer (xem)");
  expect_refused(w.add("hoa", "Admin", "password\n", "--lang en"),
                 "the value \"Admin\" of --role is not valid — viewer (reads)");
  EXPECT_FALSE(fs::exists(w.db));
}

TEST(UsersCli, MissingOptionsAreRefused) {
  Workspace w;
  expect_refused(w.users("add --db " + w.db + " --role admin", "password\n"),
                 "thiếu --name (Tên đăng nhập");
  expect_refused(w.users("add --db " + w.db + " --name hoa --lang en", "password\n"),
                 "--role (viewer (reads)");
  expect_refused(w.users("add --name hoa --role admin --lang en", "password\n"),
                 "--db (The audit database (created if absent)) is missing");
  expect_refused(w.users("disable --db " + w.db + " --lang en", ""), "--name (The name to sign in");
  expect_refused(w.users("list --lang en", ""), "--db (The audit database) is missing");
  expect_refused(w.users("--lang en", ""), "a command is missing — one of: add, list, disable");
  expect_refused(w.users("remove --lang en", ""), "there is no command \"remove\"");
  EXPECT_FALSE(fs::exists(w.db));
}

TEST(UsersCli, DisablingANameWithoutAnAccountIsRefused) {
  Workspace w;
  ASSERT_EQ(w.add("hoa", "admin", "password\n").status, 0);
  expect_refused(w.disable("lan"),
                 "không có tài khoản \"lan\" — xem `genaudit users list --db " + w.db + "`");
  expect_refused(w.disable("lan", "--lang en"), "there is no account \"lan\"");
  EXPECT_TRUE(w.signs_in("hoa", "password"));
}

TEST(UsersCli, ListingAndDisablingNeedADatabaseThatExists) {
  Workspace w;
  expect_refused(w.list(), "không tìm thấy cơ sở dữ liệu \"" + w.db + "\"");
  expect_refused(w.disable("hoa", "--lang en"), "the database \"" + w.db + "\" does not exist");
  EXPECT_FALSE(fs::exists(w.db));  // neither makes one
}

TEST(UsersCli, AListFormatOtherThanTextOrJsonIsRefused) {
  Workspace w;
  ASSERT_EQ(w.add("hoa", "admin", "password\n").status, 0);
  expect_refused(w.list("--format xml --lang en"),
                 "the format \"xml\" is not supported — expected text or json");
}

TEST(UsersCli, AFileThatIsNoDatabaseIsRefusedByEachCommand) {
  Workspace w;
  w.dir.write("audit.db", "not a database, only text\n");
  expect_refused(w.add("hoa", "admin", "password\n", "--lang en"), "file is not a database",
                 "password");
  expect_refused(w.list("--lang en"), "file is not a database");
  expect_refused(w.disable("hoa", "--lang en"), "file is not a database");
}

TEST(UsersCli, AnEmptyListSaysThereIsNoAccount) {
  Workspace w;
  { AuditStore made(w.db); }
  const CliRun r = w.list("--lang en");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "Accounts: 0\nNo account yet (add one with genaudit users add)."))
      << r.out;
  EXPECT_EQ(w.list_json(), nlohmann::json::parse(R"({"accounts": []})"));
}

// A database of a genaudit before accounts: listed as it is, read-only,
// without the upgrade that only a command that writes makes.
TEST(UsersCli, AnOlderDatabaseIsListedWithoutAnUpgrade) {
  Workspace w;
  { AuditStore made(w.db); }
  SQLite::Database(w.db, SQLite::OPEN_READWRITE).exec("DROP TABLE accounts; DROP TABLE activity");
  const CliRun r = w.list("--lang en");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "Accounts: 0")) << r.out;
  EXPECT_FALSE(SQLite::Database(w.db).tableExists("accounts"));
  ASSERT_EQ(w.add("hoa", "admin", "password\n").status, 0);  // adding brings it up to date
  EXPECT_TRUE(w.signs_in("hoa", "password"));
}

}  // namespace
}  // namespace genaudit
