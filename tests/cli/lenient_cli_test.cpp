// `genaudit import --lenient` and `audit --data --lenient` as a user runs
// them: the good rows imported, the rejected ones in a file that re-imports
// as it is once fixed (CSV, XLSX and mapped layouts), the summary, the exit
// status, and the progress line only on a terminal.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "tests/cli/cli_run.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::CliRun;
using testing::TempDir;
using testing::read_file;
using testing::run_genaudit;

const std::string kSource = GENAUDIT_SOURCE_DIR;

const char* kAgencies = "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Huyện B,huyện\n";

long count(const std::filesystem::path& db, const std::string& sql) {
  SQLite::Database d(db.string());
  return d.execAndGet(sql).getInt64();
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

class LenientCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(data());
    dir_.write("data/agencies.csv", kAgencies);
  }
  std::filesystem::path data() const { return dir_.path() / "data"; }
  std::filesystem::path db() const { return dir_.path() / "audit.db"; }
  TempDir dir_;
};

TEST_F(LenientCli, ImportsTheGoodRowsAndWritesTheRejectedOnesBesideTheDatabase) {
  dir_.write("data/staff.csv",
             "STT,Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày sinh\n"
             "1,P1,An,nữ,A,01/02/1990\n"
             "2,P2,=HYPERLINK(\"http://x\"),nam,A,31/02/1990\n"
             "3,P3,Ca,nam,Z,\n"
             "4,P4,Da,nữ,B,\n");
  const CliRun r = run_genaudit("import --db " + db().string() + " --lenient " + data().string(), dir_);
  ASSERT_EQ(r.status, 0) << r.err;  // `import --lenient && audit` goes on
  const auto rejected = dir_.path() / "rejected" / "staff.csv";
  EXPECT_NE(r.err.find("agencies: đã nhập 2 dòng\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("staff: đã nhập 2 dòng, loại 2 dòng → " + rejected.string()),
            std::string::npos) << r.err;
  EXPECT_EQ(count(db(), "SELECT count(*) FROM staff"), 2);
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "rejected" / "agencies.csv"));

  const std::string text = read_file(rejected);
  EXPECT_EQ(text.rfind("\xEF\xBB\xBF" "STT,Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày sinh,"
                       "Lý do bị loại\r\n", 0), 0u) << text;
  // The formula is neutralised; the reason names file, row, column, value
  // and what was expected.
  EXPECT_NE(text.find("2,P2,\"'=HYPERLINK(\"\"http://x\"\")\",nam,A,31/02/1990,\"staff.csv, "
                      "dòng 3, cột \"\"Ngày sinh\"\": giá trị \"\"31/02/1990\"\" không hợp lệ"),
            std::string::npos) << text;
  EXPECT_NE(text.find("3,P3,Ca,nam,Z,,\"staff.csv, dòng 4, cột \"\"Mã đơn vị\"\": mã \"\"Z\"\""),
            std::string::npos) << text;

  // Fixed where it stands, the file imports as it is and adds its rows;
  // the neutralised name comes back as written.
  TempDir fixed;
  const auto fixed_file = fixed.write(
      "staff.csv", replace(replace(text, "31/02/1990", "28/02/1990"), "nam,Z,", "nam,B,"));
  const CliRun again = run_genaudit("import --db " + db().string() + " " + fixed_file.string(), dir_);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.err.find("bỏ qua cột STT, Lý do"), std::string::npos) << again.err;
  EXPECT_EQ(count(db(), "SELECT count(*) FROM staff"), 4);
  EXPECT_EQ(count(db(), "SELECT count(*) FROM staff WHERE full_name = '=HYPERLINK(\"http://x\")' "
                        "AND birth_date = '1990-02-28'"), 1);
  EXPECT_EQ(count(db(), "SELECT rows FROM imports WHERE register = 'staff'"), 4);
}

TEST_F(LenientCli, RejectedFolderOptionEnglishAndNothingRejectedWritesNothing) {
  dir_.write("data/staff.csv", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nP1,An,nữ,Q\n");
  const auto out = dir_.path() / "out";
  const CliRun r = run_genaudit("import --db " + db().string() + " --lenient --lang en --rejected " +
                                    out.string() + " " + data().string(), dir_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("staff: 0 rows imported, 1 rows rejected → " + (out / "staff.csv").string()),
            std::string::npos) << r.err;
  const std::string text = read_file(out / "staff.csv");
  EXPECT_NE(text.find(",Reason rejected\r\n"), std::string::npos);
  EXPECT_NE(text.find("is not in the register it refers to"), std::string::npos);

  TempDir clean;
  clean.write("agencies.csv", kAgencies);
  const CliRun ok = run_genaudit("import --db " + (clean.path() / "db").string() + " --lenient " +
                                     clean.path().string() + "/agencies.csv", clean);
  ASSERT_EQ(ok.status, 0) << ok.err;
  EXPECT_FALSE(std::filesystem::exists(clean.path() / "rejected"));
}

TEST_F(LenientCli, ProblemsOfAFileStillFailTheImportAndWriteNothing) {
  dir_.write("data/staff.csv", "Mã cán bộ,Họ và tên\nP1,An\n");  // no gender, no agency
  dir_.write("data/outlets.csv", "Mã cơ quan,Tên cơ quan,Loại hình\nO,Đài,robot\n");
  const CliRun r = run_genaudit("import --db " + db().string() + " --lenient " + data().string(), dir_);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("thiếu cột bắt buộc"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "rejected" / "outlets.csv"));
  EXPECT_EQ(count(db(), "SELECT count(*) FROM imports"), 0);
}

TEST_F(LenientCli, RefusesToWriteOverTheRegisters) {
  dir_.write("data/staff.csv", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nP1,An,nữ,Q\n");
  const std::string before = read_file(data() / "staff.csv");
  const CliRun r = run_genaudit("import --db " + db().string() + " --lenient --rejected " +
                                    data().string() + " " + data().string() + "/staff.csv", dir_);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--rejected"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(data() / "staff.csv"), before);
}

TEST_F(LenientCli, AnXlsxRegisterGivesACsvOfItsRejectedRows) {
  // The agencies lack UBND-KH (and VP-UBND below it): their staff are left out.
  const std::string agencies = read_file(kSource + "/tests/data/xlsx/registers-csv/agencies.csv");
  std::string cut;
  for (std::size_t start = 0; start < agencies.size();) {
    const std::size_t end = std::min(agencies.find('\n', start), agencies.size());
    const std::string line = agencies.substr(start, end - start);
    start = end + 1;
    if (line.rfind("UBND-KH;", 0) == 0 || line.rfind("VP-UBND;", 0) == 0) continue;
    cut += replace(line, ";UBND-KH;", ";;") + "\n";
  }
  dir_.write("data/agencies.csv", cut);
  std::filesystem::copy(kSource + "/tests/data/xlsx/registers-xlsx/staff.xlsx", data() / "staff.xlsx");
  const CliRun r = run_genaudit("import --db " + db().string() + " --lenient " + data().string(), dir_);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto rejected = dir_.path() / "rejected" / "staff.csv";
  const std::string text = read_file(rejected);
  EXPECT_EQ(text.rfind("\xEF\xBB\xBF" "STT,Mã cán bộ,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị", 0),
            0u) << text;
  EXPECT_NE(text.find("staff.xlsx, trang "), std::string::npos) << text;
  const long kept = count(db(), "SELECT count(*) FROM staff");
  EXPECT_GT(kept, 0);

  // The agency added, the rejected rows import as they are.
  const CliRun agency = run_genaudit(
      "import --db " + db().string() + " " +
          dir_.write("agencies.csv", read_file(kSource + "/tests/data/xlsx/registers-csv/agencies.csv"))
              .string(), dir_);
  ASSERT_EQ(agency.status, 0) << agency.err;
  // Re-importing agencies does not touch staff: add the rejected rows.
  TempDir fixed;
  const auto file = fixed.write("staff.csv", text);
  const CliRun again = run_genaudit("import --db " + db().string() + " " + file.string(), dir_);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(count(db(), "SELECT count(*) FROM staff"), 604);  // as a strict import of it
}

TEST_F(LenientCli, AMappedLayoutComesBackWithItsMapping) {
  TempDir hr;
  std::filesystem::copy(kSource + "/examples/mapped/hr", hr.path(),
                        std::filesystem::copy_options::recursive);
  const auto file = hr.path() / "DanhSachNhanSu_2025.csv";
  const std::string original = read_file(file);
  ASSERT_NE(original.find(";15.07.2018;"), std::string::npos);
  hr.write("DanhSachNhanSu_2025.csv", replace(original, ";15.07.2018;", ";32.07.2018;"));
  const CliRun r = run_genaudit("import --db " + db().string() + " --lenient " + hr.path().string(), dir_);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto out = dir_.path() / "rejected";
  const std::string rows = read_file(out / "DanhSachNhanSu_2025.rejected.csv");
  EXPECT_EQ(rows.rfind("\xEF\xBB\xBF" "STT,Số hiệu CB,Họ tên,Phái,", 0), 0u) << rows;
  EXPECT_NE(rows.find(",Ông,SNV,Giám đốc,Có,32.07.2018,"), std::string::npos) << rows;
  const std::string mapping = read_file(out / "staff.rejected.mapping.toml");
  EXPECT_NE(mapping.find("file = 'DanhSachNhanSu_2025.rejected.csv'"), std::string::npos) << mapping;
  EXPECT_EQ(mapping.find("header_row"), std::string::npos) << mapping;
  const long before = count(db(), "SELECT count(*) FROM staff");

  TempDir fixed;
  fixed.write("DanhSachNhanSu_2025.rejected.csv", replace(rows, "32.07.2018", "15.07.2018"));
  fixed.write("staff.rejected.mapping.toml", mapping);
  const CliRun again = run_genaudit("import --db " + db().string() + " " + fixed.path().string(), dir_);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(count(db(), "SELECT count(*) FROM staff"), before + 1);
  EXPECT_EQ(count(db(), "SELECT count(*) FROM staff WHERE start_date = '2018-07-15' AND gender = 'male'"), 1);
}

TEST_F(LenientCli, AuditDataLenientAuditsTheGoodRows) {
  dir_.write("data/staff.csv", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\nP1,An,nữ,A\nP2,Ba,nam,Q\n");
  const auto out = dir_.path() / "rej";
  const CliRun strict = run_genaudit("audit --data " + data().string() + " --period 2025", dir_);
  EXPECT_EQ(strict.status, 2);
  const CliRun r = run_genaudit("audit --data " + data().string() + " --period 2025 --lenient --rejected " +
                                    out.string(), dir_);
  EXPECT_TRUE(r.status == 0 || r.status == 1) << r.err;
  EXPECT_NE(r.err.find("staff: đã nhập 1 dòng, loại 1 dòng"), std::string::npos) << r.err;
  EXPECT_TRUE(std::filesystem::exists(out / "staff.csv"));
  const CliRun db_lenient = run_genaudit("audit --db " + db().string() + " --period 2025 --lenient", dir_);
  EXPECT_EQ(db_lenient.status, 2);
}

TEST_F(LenientCli, ProgressOnlyWhenStandardErrorIsATerminal) {
  std::string rows = "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n";
  for (int i = 0; i < 10000; ++i) rows += "P" + std::to_string(i) + ",An,nữ,A\n";
  dir_.write("data/staff.csv", rows);
  const CliRun piped = run_genaudit("import --db " + db().string() + " " + data().string(), dir_);
  ASSERT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(piped.err.find('\r'), std::string::npos);
  EXPECT_EQ(piped.err.find("dòng/giây"), std::string::npos);

  // Under a pseudo-terminal (python3's pty module).
  const auto script = dir_.write(
      "progress_under_pty.py",
      "import os, pty, subprocess, sys\n"
      "master, slave = pty.openpty()\n"
      "p = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,"
      " stderr=slave)\n"
      "os.close(slave)\n"
      "out = b''\n"
      "while True:\n"
      "    try:\n"
      "        chunk = os.read(master, 4096)\n"
      "    except OSError:\n"
      "        break\n"
      "    if not chunk:\n"
      "        break\n"
      "    out += chunk\n"
      "p.wait()\n"
      "sys.stdout.buffer.write(out)\n"
      "sys.exit(p.returncode)\n");
  const CliRun tty = testing::run_shell(
      "python3 " + script.string() + " " + GENAUDIT_BINARY + " import --lang en --db " +
          (dir_.path() / "tty.db").string() + " " + data().string(), dir_);
  ASSERT_EQ(tty.status, 0) << tty.out << tty.err;
  EXPECT_NE(tty.out.find("\rstaff.csv: 10000 rows, "), std::string::npos) << tty.out;
  EXPECT_NE(tty.out.find(" rows/s"), std::string::npos) << tty.out;
  EXPECT_NE(tty.out.find("\r\033[K"), std::string::npos) << tty.out;  // cleared at the end
  EXPECT_NE(tty.out.find("staff: replaced by 1 file"), std::string::npos) << tty.out;
}

}  // namespace
}  // namespace genaudit
