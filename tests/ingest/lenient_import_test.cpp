// Lenient import: every row-level problem leaves out its row (and every row
// of a conflict across rows), the good rows are imported, the rejected ones
// are handed back as written with all their problems; a problem of the file
// still rejects it. A file of rejected rows adds to the register.
#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include "engine/core/formula_guard.h"
#include "engine/ingest/register_importer.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::TempDir;

// What a RejectedRowsSink was given.
struct Collected : RejectedRowsSink {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<InputErrors> problems;
  int files = 0;
  void begin(const std::filesystem::path&, const RegisterSchema&, const RecordSourceOptions&,
             const std::vector<std::string>& h) override {
    header = h;
    ++files;
  }
  void row(const std::vector<std::string>& cells, const InputErrors& p) override {
    rows.push_back(cells);
    problems.push_back(p);
  }
  void end() override {}
  // The kinds of row `i`'s problems.
  std::vector<InputErrorKind> kinds(std::size_t i) const {
    std::vector<InputErrorKind> k;
    for (const InputError& e : problems[i]) k.push_back(e.kind);
    return k;
  }
};

class LenientImportTest : public ::testing::Test {
 protected:
  ImportOutcome import(const std::string& register_name, const std::string& content,
                       bool lenient = true, const std::string& file = "") {
    const std::string name = file.empty() ? register_name + ".csv" : file;
    const auto path = dir_.write(name, content);
    ImportOptions options;
    options.lenient = lenient;
    options.rejected = &rejected_;
    return import_register_file(store_, *find_register(register_name), path, name, options);
  }
  std::string text(const std::string& sql) {
    SQLite::Statement q(store_.database(), sql);
    return q.executeStep() && !q.getColumn(0).isNull() ? q.getColumn(0).getString() : "<null>";
  }

  TempDir dir_;
  AuditStore store_{":memory:"};
  Collected rejected_;
};

const char* kAgencies = "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Huyện B,huyện\n";
const char* kStaffHeader = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày sinh,Trình độ\n";

TEST_F(LenientImportTest, CellProblemsLeaveOutTheirRowsAndKeepTheOthers) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  const ImportOutcome outcome =
      import("staff", std::string(kStaffHeader) +
                          "1,An,nữ,A,01/02/1990,\n"
                          "2,Ba,nam,A,31/02/1990,\n"    // no such day
                          "3,,nam,A,,\n"                // name missing
                          "4,Da,robot,A,,\n"            // no such gender
                          "5,En,nam,B,,\n");
  ASSERT_TRUE(outcome.imported);
  EXPECT_EQ(outcome.rows, 2);
  EXPECT_EQ(outcome.rejected_rows, 3);
  EXPECT_EQ(outcome.error_count, 0u);
  EXPECT_EQ(text("SELECT group_concat(staff_id, ' ') FROM staff"), "1 5");
  EXPECT_EQ(text("SELECT rows FROM imports WHERE register = 'staff'"), "2");
  ASSERT_EQ(rejected_.rows.size(), 3u);
  EXPECT_EQ(rejected_.header, (std::vector<std::string>{"Mã cán bộ", "Họ và tên", "Giới tính",
                                                         "Mã đơn vị", "Ngày sinh", "Trình độ"}));
  EXPECT_EQ(rejected_.rows[0], (std::vector<std::string>{"2", "Ba", "nam", "A", "31/02/1990", ""}));
  EXPECT_EQ(rejected_.kinds(0), std::vector<InputErrorKind>{InputErrorKind::kBadDate});
  EXPECT_EQ(rejected_.problems[0][0].row, 3);
  EXPECT_EQ(rejected_.problems[0][0].column, "Ngày sinh");
  EXPECT_EQ(rejected_.problems[0][0].value, "31/02/1990");
  EXPECT_EQ(rejected_.kinds(1), std::vector<InputErrorKind>{InputErrorKind::kMissingValue});
  EXPECT_EQ(rejected_.kinds(2), std::vector<InputErrorKind>{InputErrorKind::kBadCode});
}

TEST_F(LenientImportTest, NumbersOutOfRangeAndBadNumbersAreRowProblems) {
  ASSERT_TRUE(import("outlets", "Mã cơ quan,Tên cơ quan,Loại hình\nO,Đài,đài tỉnh\n").imported);
  const ImportOutcome outcome =
      import("segments",
             "Mã cơ quan,Ngày phát sóng,Tên chuyên mục,Chủ đề,Thời lượng (phút)\n"
             "O,2025-01-02,T,bình đẳng giới,15\nO,2025-01-03,T,bình đẳng giới,-5\n"
             "O,2025-01-04,T,bình đẳng giới,mười\n");
  ASSERT_TRUE(outcome.imported);
  EXPECT_EQ(outcome.rows, 1);
  ASSERT_EQ(rejected_.rows.size(), 2u);
  EXPECT_EQ(rejected_.kinds(0), std::vector<InputErrorKind>{InputErrorKind::kOutOfRange});
  EXPECT_EQ(rejected_.kinds(1), std::vector<InputErrorKind>{InputErrorKind::kBadNumber});
}

TEST_F(LenientImportTest, EveryRowOfADuplicateCodeIsLeftOutSayingWhy) {
  const ImportOutcome outcome = import(
      "agencies", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Sở B,tỉnh\n a ,Sở A bis,tỉnh\nC,Sở C,tỉnh\n");
  ASSERT_TRUE(outcome.imported);
  EXPECT_EQ(text("SELECT group_concat(agency_code, ' ') FROM agencies"), "B C");
  ASSERT_EQ(rejected_.rows.size(), 2u);
  EXPECT_EQ(rejected_.kinds(0), std::vector<InputErrorKind>{InputErrorKind::kRepeatedLater});
  EXPECT_EQ(rejected_.problems[0][0].expected, "row 4");
  EXPECT_EQ(rejected_.kinds(1), std::vector<InputErrorKind>{InputErrorKind::kDuplicateKey});
  EXPECT_EQ(rejected_.problems[1][0].expected, "row 2");
  EXPECT_EQ(rejected_.rows[1][0], " a ");  // the cell as written
}

TEST_F(LenientImportTest, UnknownReferencesAndRowsReferringToALeftOutRowAreLeftOut) {
  // D's parent is X (unknown); E's parent is D, left out, so E is too; F's
  // parent A stays.
  const ImportOutcome outcome =
      import("agencies",
             "Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên\nA,Sở A,tỉnh,\nD,D,huyện,X\n"
             "E,E,xã,D\nF,F,huyện,A\n");
  ASSERT_TRUE(outcome.imported);
  EXPECT_EQ(text("SELECT group_concat(agency_code, ' ') FROM agencies"), "A F");
  ASSERT_EQ(rejected_.rows.size(), 2u);
  EXPECT_EQ(rejected_.kinds(0), std::vector<InputErrorKind>{InputErrorKind::kUnknownReference});
  EXPECT_EQ(rejected_.problems[1][0].value, "D");

  rejected_ = {};
  const ImportOutcome staff =
      import("staff", std::string(kStaffHeader) + "1,An,nữ,A,,\n2,Ba,nam,D,,\n");
  EXPECT_EQ(staff.rows, 1);
  ASSERT_EQ(rejected_.rows.size(), 1u);
  EXPECT_EQ(rejected_.problems[0][0].kind, InputErrorKind::kUnknownReference);
  EXPECT_EQ(rejected_.problems[0][0].expected, "agencies");
}

TEST_F(LenientImportTest, APersonWithTwoGendersHasEveryRowLeftOut) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  const ImportOutcome outcome =
      import("staff", std::string(kStaffHeader) +
                          "P1,An,nữ,A,,\nP2,Bình,nam,A,,ThS\nP1,An,,B,,\nP1,An,nam,B,,\n"
                          "P2,Bình,,B,,TS\n");
  ASSERT_TRUE(outcome.imported);
  EXPECT_EQ(outcome.rejected_rows, 3);
  // P2 stays, filled as before: gender and highest degree on every row.
  EXPECT_EQ(text("SELECT group_concat(staff_id || gender || degree, ' ') FROM staff"),
            "P2maledoctor P2maledoctor");
  ASSERT_EQ(rejected_.rows.size(), 3u);
  EXPECT_EQ(rejected_.kinds(0), std::vector<InputErrorKind>{InputErrorKind::kConflictingPerson});
  EXPECT_EQ(rejected_.problems[0][0].value, "female");
  EXPECT_EQ(rejected_.problems[0][0].expected, "male");
  EXPECT_EQ(rejected_.kinds(1), std::vector<InputErrorKind>{InputErrorKind::kConflictingPerson});
  EXPECT_EQ(rejected_.kinds(2), std::vector<InputErrorKind>{InputErrorKind::kConflictingGender});
  EXPECT_EQ(rejected_.problems[2][0].expected, "female");
}

TEST_F(LenientImportTest, ARowGetsEveryProblemItHas) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  import("staff", std::string(kStaffHeader) + "1,An,nữ,Z,99/99/1990,\n");
  ASSERT_EQ(rejected_.rows.size(), 1u);
  EXPECT_EQ(rejected_.kinds(0), (std::vector<InputErrorKind>{InputErrorKind::kBadDate,
                                                             InputErrorKind::kUnknownReference}));
}

TEST_F(LenientImportTest, ProblemsOfTheFileStillRejectIt) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  const ImportOutcome missing = import("staff", "Mã cán bộ,Họ và tên\n1,An\n");
  EXPECT_FALSE(missing.imported);
  EXPECT_EQ(missing.errors.at(0).kind, InputErrorKind::kMissingColumn);
  const ImportOutcome malformed =
      import("staff", std::string(kStaffHeader) + "1,An,nữ,A,,\n2,\"Ba,nam,A,,\n");
  EXPECT_FALSE(malformed.imported);
  EXPECT_EQ(malformed.errors.at(0).kind, InputErrorKind::kMalformedCsv);
  EXPECT_EQ(text("SELECT count(*) FROM staff"), "0");
  EXPECT_EQ(rejected_.files, 0);
}

TEST_F(LenientImportTest, NothingRejectedHandsNothingBack) {
  const ImportOutcome outcome = import("agencies", kAgencies);
  EXPECT_EQ(outcome.rows, 2);
  EXPECT_EQ(outcome.rejected_rows, 0);
  EXPECT_EQ(rejected_.files, 0);
}

TEST_F(LenientImportTest, StrictStillRejectsTheWholeRegister) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  const ImportOutcome outcome =
      import("staff", std::string(kStaffHeader) + "1,An,nữ,A,,\n2,Ba,nam,A,31/02/1990,\n", false);
  EXPECT_FALSE(outcome.imported);
  EXPECT_EQ(outcome.error_count, 1u);
  EXPECT_EQ(rejected_.files, 0);
}

TEST_F(LenientImportTest, AFileOfRejectedRowsAddsToTheRegisterAndIsChecked) {
  ASSERT_TRUE(import("agencies", kAgencies).imported);
  ASSERT_TRUE(import("staff", std::string(kStaffHeader) + "1,An,nữ,A,,\n2,Ba,nam,A,31/02/1990,\n")
                  .imported);
  // The fixed row, in the file of rejected rows (its reason column kept).
  const std::string fixed =
      "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày sinh,Trình độ,Lý do bị loại\n"
      "2,Ba,nam,A,28/02/1990,,\"staff.csv, dòng 3: ...\"\n";
  const ImportOutcome added = import("staff", fixed, false, "staff-fixed.csv");
  ASSERT_TRUE(added.imported);
  EXPECT_TRUE(added.ignored_columns.empty());  // the reason column, without a word
  EXPECT_EQ(added.rows, 1);
  EXPECT_EQ(text("SELECT group_concat(staff_id || coalesce(birth_date, '-'), ' ') FROM staff"),
            "1- 21990-02-28");
  EXPECT_EQ(text("SELECT rows FROM imports WHERE register = 'staff'"), "2");
  EXPECT_NE(text("SELECT file FROM imports WHERE register = 'staff'").find("staff.csv + staff-fixed.csv"),
            std::string::npos);
  // Added rows are checked against those already there: P1 is female.
  const std::string conflicting =
      "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày sinh,Trình độ,Reason rejected\n"
      "1,An,nam,B,,,x\n";
  const ImportOutcome strict = import("staff", conflicting, false, "staff-again.csv");
  EXPECT_FALSE(strict.imported);
  ASSERT_EQ(strict.errors.size(), 1u);
  EXPECT_EQ(strict.errors[0].kind, InputErrorKind::kConflictingGender);
  EXPECT_EQ(text("SELECT count(*) FROM staff"), "2");
}

TEST_F(LenientImportTest, ANeutralisedFormulaReadsAsItWasWritten) {
  EXPECT_EQ(strip_formula_guard("'=1+2"), "=1+2");
  EXPECT_EQ(strip_formula_guard("'-5"), "-5");
  EXPECT_EQ(strip_formula_guard("'@x"), "@x");
  EXPECT_EQ(strip_formula_guard("'\xEF\xBC\x9D" "x"), "\xEF\xBC\x9D" "x");
  EXPECT_EQ(strip_formula_guard("'abc"), "'abc");  // not a neutralised formula
  EXPECT_EQ(strip_formula_guard("'"), "'");
  ASSERT_TRUE(import("agencies", "Mã đơn vị,Tên đơn vị,Cấp\n'=A,'+Sở A,tỉnh\n").imported);
  EXPECT_EQ(text("SELECT agency_code || '|' || agency_name FROM agencies"), "=A|+Sở A");
}

}  // namespace
}  // namespace genaudit
