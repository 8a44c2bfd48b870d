// No injection: register values reach SQL only as bound parameters, and SQL
// identifiers only from the register schema. Hostile values — SQL, quotes of
// both kinds, control characters — are stored and read back verbatim, and
// the tables they name are still there.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <string>
#include <vector>

#include "adapters/registers/province_registers.h"
#include "engine/store/audit_store.h"
#include "tests/fixture.h"
#include "tests/hardening/cli_run.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::run_genaudit;
using testing::TempDir;

// Every control character but NUL, tab, line ends and the blanks trimming
// removes (they are kept verbatim inside a value, not at its ends).
std::string control_characters() {
  std::string s;
  for (char c = 1; c < 0x20; ++c) {
    if (c != '\t' && c != '\n' && c != '\r') s.push_back(c);
  }
  s.push_back('\x7f');
  return s;
}

// A CSV field holding `value`, quoted with its quotes doubled.
std::string csv_field(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

const std::vector<std::string>& hostile_names() {
  static const std::vector<std::string> names = {
      "'; DROP TABLE staff; --",
      "\"); DELETE FROM imports; --",
      "Robert'); DROP TABLE agencies;--",
      "O'Brien \"the \"\"quoted\"\"\" ''",
      "x" + control_characters() + "y",
      "1 OR 1=1; UPDATE staff SET gender = 'male'",
      "line one\nline two\r\nline three",
      "\\\\ backslashes \\' and %_ wildcards * ?",
  };
  return names;
}

TEST(NoInjection, HostileValuesAreStoredAndReadBackVerbatim) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  {
    std::ofstream agencies(data / "agencies.csv", std::ios::binary);
    agencies << "Mã đơn vị,Tên đơn vị,Cấp\n";
    for (std::size_t i = 0; i < hostile_names().size(); ++i) {
      // The code is hostile too: it is a key, compared and looked up.
      agencies << csv_field("A" + std::to_string(i) + "'--" + control_characters()) << ","
               << csv_field(hostile_names()[i]) << ",tỉnh\n";
    }
    std::ofstream staff(data / "staff.csv", std::ios::binary);
    staff << "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n";
    for (std::size_t i = 0; i < hostile_names().size(); ++i) {
      staff << csv_field("S'" + std::to_string(i)) << "," << csv_field(hostile_names()[i])
            << ",Nữ," << csv_field("A" + std::to_string(i) + "'--" + control_characters())
            << "\n";
    }
  }
  const fs::path db = dir.path() / "audit.db";
  const auto imported = run_genaudit("import --db " + db.string() + " " + data.string(),
                                     dir.path());
  ASSERT_EQ(imported.status, 0) << imported.err;

  SQLite::Database raw(db.string(), SQLite::OPEN_READONLY);
  // The tables the values name are all there, with every row.
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM staff").getInt(),
            static_cast<int>(hostile_names().size()));
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM agencies").getInt(),
            static_cast<int>(hostile_names().size()));
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM imports").getInt(), 2);
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM staff WHERE gender = 'female'").getInt(),
            static_cast<int>(hostile_names().size()));

  SQLite::Statement names(raw,
                          "SELECT agency_code, agency_name FROM agencies ORDER BY rowid");
  for (std::size_t i = 0; i < hostile_names().size(); ++i) {
    ASSERT_TRUE(names.executeStep());
    EXPECT_EQ(names.getColumn(0).getString(),
              "A" + std::to_string(i) + "'--" + control_characters());
    EXPECT_EQ(names.getColumn(1).getString(), hostile_names()[i]);
  }

  // And through the store, as the engine reads them.
  AuditStore store(db.string());
  const Dataset dataset = store.load();
  const Table* staff = dataset.find("staff");
  ASSERT_NE(staff, nullptr);
  ASSERT_EQ(staff->row_count(), hostile_names().size());
  const int full_name = staff->field_index("full_name");
  for (std::size_t i = 0; i < hostile_names().size(); ++i) {
    const Value v = staff->cell(i, static_cast<std::size_t>(full_name));
    ASSERT_TRUE(v.is<TextPtr>());
    EXPECT_EQ(v.as<TextPtr>()->original, hostile_names()[i]);
  }

  // The audit over them runs and reports, exit 0 or 1.
  const auto audit = run_genaudit("audit --db " + db.string() + " --period 2025 --format json",
                                  dir.path());
  EXPECT_TRUE(audit.status == 0 || audit.status == 1) << audit.err;
}

// Identifiers are quoted into SQL only from the schema; every one of them is
// a plain name, and anything else is refused rather than quoted.
TEST(NoInjection, SchemaIdentifiersArePlainNamesAndNothingElseIsQuoted) {
  const auto plain = [](const std::string& name) {
    if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
  };
  for (const RegisterSchema& r : all_registers()) {
    EXPECT_TRUE(plain(r.name)) << r.name;
    for (const FieldSchema& f : r.fields) EXPECT_TRUE(plain(f.name)) << f.name;
  }
  EXPECT_EQ(AuditStore::quoted("staff"), "\"staff\"");
  EXPECT_THROW(AuditStore::quoted("staff\"; DROP TABLE staff; --"), std::logic_error);
  EXPECT_THROW(AuditStore::quoted("Giới tính"), std::logic_error);
  EXPECT_THROW(AuditStore::quoted(""), std::logic_error);
}

}  // namespace
}  // namespace genaudit
