// Importing registers into the audit database: header matching, value
// conversion, every error kind with its location, and all-or-nothing.
#include "engine/ingest/register_importer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "engine/core/sha256.h"
#include "engine/ingest/cross_row_checks.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

class ImporterTest : public ::testing::Test {
 protected:
  ImportOutcome import(const std::string& register_name, const std::string& content) {
    const auto path = dir_.write(register_name + ".csv", content);
    return import_register_file(store_, *find_register(register_name), path,
                                register_name + ".csv");
  }

  long count(const std::string& table) {
    SQLite::Statement q(store_.database(), "SELECT count(*) FROM \"" + table + "\"");
    q.executeStep();
    return q.getColumn(0).getInt64();
  }

  std::string text(const std::string& sql) {
    SQLite::Statement q(store_.database(), sql);
    return q.executeStep() && !q.getColumn(0).isNull() ? q.getColumn(0).getString() : "<null>";
  }

  TempDir dir_;
  AuditStore store_{":memory:"};
};

const char* kAgencies = "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Huyện B,Huyện\nC,Xã C,XA\n";

TEST_F(ImporterTest, ImportsWithProvenanceAndLogsTheFile) {
  const ImportOutcome outcome = import("agencies", kAgencies);
  ASSERT_TRUE(outcome.imported);
  EXPECT_EQ(outcome.rows, 3);
  EXPECT_EQ(text("SELECT level FROM agencies WHERE agency_code = 'C'"), "commune");
  EXPECT_EQ(text("SELECT _file || ':' || _row FROM agencies WHERE agency_code = 'B'"),
            "agencies.csv:3");
  EXPECT_EQ(text("SELECT sha256 FROM imports WHERE register = 'agencies'"),
            sha256_hex(kAgencies));
  EXPECT_EQ(text("SELECT rows FROM imports WHERE register = 'agencies'"), "3");
}

TEST_F(ImporterTest, HeadersMatchIgnoringCaseDiacriticsSpacesAndUnderscores) {
  const ImportOutcome outcome =
      import("agencies", "STT; MA DON VI ;Tên  đơn vị;  cap  ;Ghi chú\n1;A;Sở A;Tỉnh;x\n");
  ASSERT_TRUE(outcome.imported) << outcome.errors.size();
  EXPECT_EQ(outcome.ignored_columns, (std::vector<std::string>{"STT", "Ghi chú"}));
  ASSERT_TRUE(import("agencies", "agency_code,Agency name,LEVEL\nA,Sở A,province\n").imported);
}

TEST_F(ImporterTest, QuotedFieldsSpanningLinesKeepSpreadsheetRowNumbers) {
  ASSERT_TRUE(import("agencies", "Mã đơn vị,Tên đơn vị,Cấp\nA,\"Sở\nA\",tỉnh\n\nB,Sở B,bogus\n")
                  .imported == false);
  const ImportOutcome outcome =
      import("agencies", "Mã đơn vị,Tên đơn vị,Cấp\nA,\"Sở\nA\",tỉnh\nB,Sở B,bogus\n");
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors[0].row, 3);
}

TEST_F(ImporterTest, TextIsStoredInNfcAndTrimmed) {
  ASSERT_TRUE(import("agencies", "Mã đơn vị,Tên đơn vị,Cấp\n  A  ,  So\xcc\x9b\xcc\x89 A ,ti\xcc\x89nh\n")
                  .imported);
  EXPECT_EQ(text("SELECT agency_code || '|' || agency_name FROM agencies"), "A|Sở A");
}

// Dates are stored as their ISO text, formatted once per day met lately
// in each field: thousands of days, in both date fields of a row, some
// equal, some far apart (the remembered days collide), read back each as
// written.
TEST_F(ImporterTest, DatesAreStoredAsTheirIsoText) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  std::string csv = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày bắt đầu,Ngày kết thúc\n";
  std::vector<std::pair<std::string, std::string>> expected;
  std::mt19937 random(9);
  for (int i = 0; i < 6000; ++i) {
    const int start = 20000 + static_cast<int>(random() % 30000);
    const int end = i % 3 == 0 ? start : start + 1024 * static_cast<int>(random() % 5);
    const Date a = Date::from_days(start), b = Date::from_days(end);
    csv += "S" + std::to_string(i) + ",An,Nữ,A," + a.dmy() + "," + b.dmy() + "\n";
    expected.emplace_back(a.iso(), b.iso());
  }
  ASSERT_TRUE(import("staff", csv).imported);
  SQLite::Statement q(store_.database(), "SELECT start_date, end_date FROM staff ORDER BY _row");
  std::size_t row = 0;
  while (q.executeStep()) {
    ASSERT_LT(row, expected.size());
    EXPECT_EQ(q.getColumn(0).getString(), expected[row].first) << row;
    EXPECT_EQ(q.getColumn(1).getString(), expected[row].second) << row;
    ++row;
  }
  EXPECT_EQ(row, expected.size());
}

struct ErrorCase {
  const char* name;
  const char* register_name;
  std::string content;
  InputErrorKind kind;
  long row;
  const char* column;
  const char* value;
};

class ImporterErrorTest : public ImporterTest, public ::testing::WithParamInterface<ErrorCase> {};

TEST_P(ImporterErrorTest, RejectsTheRegisterNamingRowColumnAndValue) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  const ErrorCase& c = GetParam();
  const ImportOutcome outcome = import(c.register_name, c.content);
  EXPECT_FALSE(outcome.imported);
  ASSERT_GE(outcome.errors.size(), 1u);
  const InputError& e = outcome.errors[0];
  EXPECT_EQ(e.kind, c.kind);
  EXPECT_EQ(e.file, std::string(c.register_name) + ".csv");
  EXPECT_EQ(e.row, c.row);
  EXPECT_EQ(e.column, c.column);
  EXPECT_EQ(e.value, c.value);
  EXPECT_FALSE(e.kind == InputErrorKind::kBadDate && e.expected.empty());
}

const char* kStaffHeader = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày sinh\n";

INSTANTIATE_TEST_SUITE_P(
    EveryErrorKind, ImporterErrorTest,
    ::testing::Values(
        ErrorCase{"MissingColumn", "agencies", "Mã đơn vị,Tên đơn vị\nA,Sở A\n",
                  InputErrorKind::kMissingColumn, 1, "Cấp", ""},
        ErrorCase{"MissingGenderColumn", "staff", "Mã cán bộ,Họ và tên,Mã đơn vị\n1,An,A\n",
                  InputErrorKind::kMissingColumn, 1, "Giới tính", ""},
        ErrorCase{"DuplicateColumn", "agencies", "Mã đơn vị,agency_code,Tên đơn vị,Cấp\n",
                  InputErrorKind::kDuplicateColumn, 1, "agency_code", "Mã đơn vị"},
        ErrorCase{"MissingValue", "agencies", "Mã đơn vị,Tên đơn vị,Cấp\nA,,tỉnh\n",
                  InputErrorKind::kMissingValue, 2, "Tên đơn vị", ""},
        ErrorCase{"BadCode", "agencies", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,thôn\n",
                  InputErrorKind::kBadCode, 2, "Cấp", "thôn"},
        ErrorCase{"BadGender", "staff", std::string(kStaffHeader) + "1,An,X,A,\n",
                  InputErrorKind::kBadCode, 2, "Giới tính", "X"},
        ErrorCase{"ImpossibleDate", "staff", std::string(kStaffHeader) + "1,An,Nữ,A,31/02/2025\n",
                  InputErrorKind::kBadDate, 2, "Ngày sinh", "31/02/2025"},
        ErrorCase{"AmericanDate", "staff", std::string(kStaffHeader) + "1,An,Nữ,A,12/31/2025\n",
                  InputErrorKind::kBadDate, 2, "Ngày sinh", "12/31/2025"},
        ErrorCase{"DuplicateCodeAtLaterRow", "agencies",
                  "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Sở B,tỉnh\na,Sở A2,tỉnh\n",
                  InputErrorKind::kDuplicateKey, 4, "Mã đơn vị", "a"},
        ErrorCase{"UnknownAgency", "staff", std::string(kStaffHeader) + "1,An,Nữ,Z,\n",
                  InputErrorKind::kUnknownReference, 2, "Mã đơn vị", "Z"},
        ErrorCase{"UnknownParent", "agencies",
                  "Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên\nA,Sở A,tỉnh,\nB,Xã B,xã,Q\n",
                  InputErrorKind::kUnknownReference, 3, "Mã đơn vị cấp trên", "Q"},
        ErrorCase{"TwoGenders", "staff",
                  std::string(kStaffHeader) + "1,An,Nữ,A,\n2,Bình,Nam,A,\n1,An,Nam,B,\n",
                  InputErrorKind::kConflictingGender, 4, "Giới tính", "male"},
        ErrorCase{"EmptyFile", "agencies", "", InputErrorKind::kEmptyFile, 0, "", ""},
        ErrorCase{"Windows1258", "agencies", "M\xe3 \xf0\xf5n v\xfb,T\xean,C\xe2p\n",
                  InputErrorKind::kBadEncoding, 1, "", ""}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return info.param.name; });

TEST_F(ImporterTest, ListsEveryErrorNotJustTheFirst) {
  const ImportOutcome outcome =
      import("agencies", "Mã đơn vị,Tên đơn vị,Cấp\nA,,tỉnh\nB,Sở B,xx\nC,Sở C,yy\n");
  EXPECT_EQ(outcome.error_count, 3u);
  EXPECT_EQ(outcome.errors.size(), 3u);
}

TEST_F(ImporterTest, KeepsTheFirstErrorsAndCountsTheRest) {
  std::string content = "Mã đơn vị,Tên đơn vị,Cấp\n";
  for (int i = 0; i < 120; ++i) content += "A" + std::to_string(i) + ",Sở,sai\n";
  const ImportOutcome outcome = import("agencies", content);
  EXPECT_EQ(outcome.error_count, 120u);
  EXPECT_EQ(outcome.errors.size(), ImportOptions{}.error_limit);
}

TEST_F(ImporterTest, AFailedReimportChangesNothing) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  const std::string log = text("SELECT sha256 || rows FROM imports");
  EXPECT_FALSE(import("agencies", "Mã đơn vị,Tên đơn vị,Cấp\nX,Sở X,tỉnh\nY,,tỉnh\n").imported);
  EXPECT_EQ(count("agencies"), 3);
  EXPECT_EQ(text("SELECT sha256 || rows FROM imports"), log);
}

TEST_F(ImporterTest, ReimportReplacesTheRegister) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  ASSERT_TRUE(import("agencies", "Mã đơn vị,Tên đơn vị,Cấp\nX,Sở X,tỉnh\n").imported);
  EXPECT_EQ(count("agencies"), 1);
  EXPECT_EQ(text("SELECT agency_code FROM agencies"), "X");
}

TEST_F(ImporterTest, PersonLevelGenderAndHighestDegreeFillEveryRow) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  ASSERT_TRUE(import("staff",
                     "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Trình độ\n"
                     "P1,An,,A,Cử nhân\nP1,An,nữ,B,ThS\nP1,An,,C,\nP2,Bình,,A,Tiến sỹ\n")
                  .imported);
  EXPECT_EQ(text("SELECT group_concat(gender || '/' || degree, ' ') FROM staff WHERE staff_id = 'P1'"),
            "female/master female/master female/master");
  EXPECT_EQ(text("SELECT coalesce(gender, '?') || '/' || degree FROM staff WHERE staff_id = 'P2'"),
            "?/doctor");
}

// Only the rows of persons with several rows are compared and filled: a
// person is found by the key of their id (case and spaces folded), and a
// person of one row keeps their own values.
TEST_F(ImporterTest, PersonLevelFieldsJoinIdsThatDifferOnlyInCaseAndSpaces) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  ASSERT_TRUE(import("staff",
                     "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Trình độ\n"
                     "cb 1,An,,A,Cử nhân\nP3,Chi,nam,A,\nCB  1 ,An,nữ,B,ThS\nP4,Dung,,C,TS\n")
                  .imported);
  EXPECT_EQ(text("SELECT group_concat(gender || '/' || degree, ' ') FROM staff "
                 "WHERE staff_id <> 'P3' AND staff_id <> 'P4'"),
            "female/master female/master");
  EXPECT_EQ(text("SELECT gender || '/' || coalesce(degree, '-') FROM staff WHERE staff_id = 'P3'"),
            "male/-");
  EXPECT_EQ(text("SELECT coalesce(gender, '?') || '/' || degree FROM staff WHERE staff_id = 'P4'"),
            "?/doctor");
}

// The persons' work table lives for one import: the next import on the same
// connection, after a failed one or a successful one, checks afresh.
TEST_F(ImporterTest, PersonChecksRunAgainAfterAFailedAndASuccessfulImport) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  const ImportOutcome failed =
      import("staff", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nP1,An,nữ,A\nP1,An,nam,B\n");
  EXPECT_FALSE(failed.imported);
  ASSERT_EQ(failed.errors.size(), 1u);
  EXPECT_EQ(failed.errors[0].kind, InputErrorKind::kConflictingGender);
  EXPECT_EQ(failed.errors[0].row, 3);
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(import("staff", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nP1,An,,A\nP1,An,nam,B\n")
                    .imported);
    EXPECT_EQ(text("SELECT group_concat(gender, ' ') FROM staff"), "male male");
  }
  const ImportOutcome again =
      import("staff", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nP2,Ba,nam,A\nP2,Ba,nữ,B\n");
  ASSERT_EQ(again.errors.size(), 1u);
  EXPECT_EQ(again.errors[0].kind, InputErrorKind::kConflictingGender);
}

TEST_F(ImporterTest, KeyLeaderColumnAbsentLeavesItMissingPresentAndEmptyIsFalse) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  ASSERT_TRUE(import("staff", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n1,An,Nữ,A\n").imported);
  EXPECT_EQ(text("SELECT key_leader FROM staff"), "<null>");
  ASSERT_TRUE(import("staff",
                     "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Lãnh đạo chủ chốt\n"
                     "1,An,Nữ,A,\n2,Ba,Nam,A,X\n3,Ca,Nam,A,không\n4,Da,Nam,A,1\n")
                  .imported);
  EXPECT_EQ(text("SELECT group_concat(key_leader, '') FROM staff"), "0101");
}

TEST_F(ImporterTest, ReferencesAreCheckedOnlyAgainstImportedRegisters) {
  // No agencies imported: staff imports, its rules will be skipped anyway.
  EXPECT_TRUE(import("staff", std::string(kStaffHeader) + "1,An,Nữ,Z,\n").imported);
}

// `audit --data` and the tests import into scratch stores: each one private,
// gone when closed, whatever was imported into another.
TEST_F(ImporterTest, ScratchStoresArePrivate) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  AuditStore other(AuditStore::kScratch);
  EXPECT_TRUE(store_.has_register("agencies"));
  EXPECT_FALSE(other.has_register("agencies"));
  EXPECT_TRUE(other.imports().empty());
  EXPECT_EQ(store_.load().find("agencies")->row_count(), 3u);
}

// Evaluation loads only the fields a pack reads: the others read as missing,
// the registers' codes and names included unless named.
TEST_F(ImporterTest, LoadReadsOnlyTheSelectedFields) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  ASSERT_TRUE(import("staff", std::string(kStaffHeader) + "1,An,Nữ,A,\n").imported);
  const FieldSelection fields{{"agencies", {"agency_code", "agency_name"}}, {"staff", {"gender"}}};
  const Dataset dataset = store_.load(&fields);
  const Table& staff = *dataset.find("staff");
  const Table& agencies = *dataset.find("agencies");
  EXPECT_EQ(display(staff.cell(0, static_cast<std::size_t>(staff.field_index("gender")))), "female");
  EXPECT_TRUE(staff.cell(0, static_cast<std::size_t>(staff.field_index("staff_id"))).is_missing());
  EXPECT_TRUE(staff.cell(0, static_cast<std::size_t>(staff.field_index("full_name"))).is_missing());
  EXPECT_EQ(display(agencies.cell(1, static_cast<std::size_t>(agencies.field_index("agency_name")))),
            "Huyện B");
  EXPECT_TRUE(agencies.cell(1, static_cast<std::size_t>(agencies.field_index("level"))).is_missing());
  // Without a selection, everything.
  const Dataset all = store_.load();
  EXPECT_EQ(display(all.find("staff")->cell(0, 1)), "An");
}

TEST_F(ImporterTest, ReferencesWrittenExactlyAsAKeyNeedNoCheckOthersAreChecked) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  const RegisterSchema& news = *find_register("news");
  const std::size_t agency = static_cast<std::size_t>(
      std::find_if(news.fields.begin(), news.fields.end(),
                   [](const FieldSchema& f) { return f.name == "agency_code"; }) -
      news.fields.begin());
  std::vector<Cell> cells(news.fields.size(), NoValue{});
  ExactReferences exact(store_, news);
  EXPECT_FALSE(exact.unsure(agency));
  cells[agency] = std::string("B");
  exact.add(cells);
  cells[agency] = NoValue{};
  exact.add(cells);
  EXPECT_FALSE(exact.unsure(agency));
  cells[agency] = std::string(" b");  // the same agency, written otherwise
  exact.add(cells);
  EXPECT_TRUE(exact.unsure(agency));
  // Through the importer: written otherwise is known, unknown is not.
  const std::string header = "Mã đơn vị,Ngày đăng,Tiêu đề,Chủ đề\n";
  EXPECT_TRUE(import("news", header + "B,2025-01-02,Tin,x\n b ,2025-01-03,Tin,x\n").imported);
  const ImportOutcome unknown = import("news", header + "B,2025-01-02,Tin,x\nZ,2025-01-03,Tin,x\n");
  EXPECT_FALSE(unknown.imported);
  ASSERT_EQ(unknown.errors.size(), 1u);
  EXPECT_EQ(unknown.errors[0].kind, InputErrorKind::kUnknownReference);
  EXPECT_EQ(unknown.errors[0].row, 3);
}

TEST(RepeatedCodes, SeesACodeRepeatedInAnyWritingAndNothingElse) {
  const RegisterSchema& agencies = *find_register("agencies");
  std::vector<Cell> cells(agencies.fields.size(), NoValue{});
  RepeatedCodes repeated(agencies);
  for (const char* code : {"A1", "A2", "B1"}) {
    cells[0] = std::string(code);
    repeated.add(cells);
  }
  cells[0] = NoValue{};
  repeated.add(cells);
  repeated.add(cells);  // blanks are not codes
  EXPECT_FALSE(repeated.repeats(0));
  cells[0] = std::string(" a1 ");
  repeated.add(cells);
  EXPECT_TRUE(repeated.repeats(0));
  EXPECT_FALSE(repeated.repeats(1));  // the name is not unique
}

std::string journal_mode(AuditStore& store) {
  return store.database().execAndGet("PRAGMA journal_mode").getString();
}

TEST(FirstImportJournal, AnEmptyStoreIsWrittenWithARollbackJournalThenBackInWalMode) {
  TempDir dir;
  const auto agencies = dir.write("agencies.csv", kAgencies);
  AuditStore store((dir.path() / "audit.db").string());
  ASSERT_EQ(journal_mode(store), "wal");
  {
    const FirstImportJournal journal(store);
    EXPECT_TRUE(journal.active());
    EXPECT_EQ(journal_mode(store), "delete");
    SQLite::Transaction transaction(store.database());
    ASSERT_TRUE(import_register_file(store, *find_register("agencies"), agencies, "agencies.csv")
                    .imported);
    transaction.commit();
  }
  EXPECT_EQ(journal_mode(store), "wal");
  EXPECT_EQ(store.imports().size(), 1u);
  // A store that holds registers keeps its log: readers may be reading them.
  const FirstImportJournal again(store);
  EXPECT_FALSE(again.active());
  EXPECT_EQ(journal_mode(store), "wal");
}

TEST(FirstImportJournal, StaysInWalModeWhileAnotherConnectionHasTheFileOpen) {
  TempDir dir;
  const std::string path = (dir.path() / "audit.db").string();
  AuditStore store(path);
  AuditStore other(path);
  SQLite::Transaction reading(other.database(), SQLite::TransactionBehavior::DEFERRED);
  other.imports();  // holds a read lock
  {
    const FirstImportJournal journal(store);
    EXPECT_FALSE(journal.active());
    EXPECT_EQ(journal_mode(store), "wal");
  }
  EXPECT_EQ(journal_mode(store), "wal");
}

}  // namespace
}  // namespace genaudit
