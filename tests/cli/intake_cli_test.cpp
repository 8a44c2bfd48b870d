// The command line takes periods, dates and output files as users write
// them, and speaks the user's language even about arguments it cannot
// parse: Vietnamese by default, English with --lang en.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/cli_run.h"

namespace genaudit {
namespace {

using testing::CliRun;
using testing::TempDir;
using testing::run_genaudit;

const std::string kSample = std::string(GENAUDIT_SOURCE_DIR) + "/examples/khanh-hoa";

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

nlohmann::json audit_json(const std::string& args, const TempDir& dir) {
  const CliRun r = run_genaudit("audit --data " + kSample + " --format json " + args, dir);
  EXPECT_TRUE(r.status == 0 || r.status == 1) << args << "\n" << r.err;
  return nlohmann::json::parse(r.out.empty() ? "{}" : r.out);
}

// --- Periods and dates -----------------------------------------------------

TEST(CliPeriod, EveryFormRunsWithItsCanonicalTextAndDays) {
  TempDir dir;
  const struct {
    const char* written;
    const char* text;
    const char* start;
    const char* end;
  } forms[] = {
      {"2025", "2025", "2025-01-01", "2025-12-31"},
      {"2025-Q1", "2025-Q1", "2025-01-01", "2025-03-31"},
      {"2025-Q1..2025-Q3", "2025-Q1..2025-Q3", "2025-01-01", "2025-09-30"},
      {"2025-03", "2025-03", "2025-03-01", "2025-03-31"},
      {"03/2025", "2025-03", "2025-03-01", "2025-03-31"},
      {"2025-01..2025-06", "2025-01..2025-06", "2025-01-01", "2025-06-30"},
      {"03/2025..06/2025", "2025-03..2025-06", "2025-03-01", "2025-06-30"},
      {"2025-Q1..06/2025", "2025-01..2025-06", "2025-01-01", "2025-06-30"},
  };
  for (const auto& f : forms) {
    const nlohmann::json report = audit_json(std::string("--period ") + f.written, dir);
    const nlohmann::json& run = report.contains("run") ? report["run"] : report;
    EXPECT_EQ(run["period"], f.text) << f.written << "\n" << report.dump();
    EXPECT_EQ(run["period_start"], f.start) << f.written;
    EXPECT_EQ(run["period_end"], f.end) << f.written;
    EXPECT_EQ(run["as_of"], f.end) << f.written;
  }
}

// A quarter audits the same windows as its months written as a range.
TEST(CliPeriod, AQuarterFindsWhatItsMonthsFind) {
  TempDir dir;
  const std::string mapped = std::string(GENAUDIT_SOURCE_DIR) + "/examples/mapped/media";
  const CliRun quarter =
      run_genaudit("audit --data " + mapped + " --period 2025-Q1 --format json", dir);
  const CliRun months =
      run_genaudit("audit --data " + mapped + " --period 01/2025..03/2025 --format json", dir);
  ASSERT_EQ(quarter.status, 1) << quarter.err;
  ASSERT_EQ(months.status, 1) << months.err;
  EXPECT_EQ(nlohmann::json::parse(quarter.out)["findings"],
            nlohmann::json::parse(months.out)["findings"]);
}

TEST(CliPeriod, AsOfTakesDayMonthYear) {
  TempDir dir;
  for (const char* written : {"31/12/2025", "2025-12-31"}) {
    const nlohmann::json report = audit_json(std::string("--period 2025 --as-of ") + written, dir);
    const nlohmann::json& run = report.contains("run") ? report["run"] : report;
    EXPECT_EQ(run["as_of"], "2025-12-31") << written;
  }
  const nlohmann::json report = audit_json("--period 2025 --as-of 1/7/2025", dir);
  const nlohmann::json& run = report.contains("run") ? report["run"] : report;
  EXPECT_EQ(run["as_of"], "2025-07-01");
}

// A period outside the plan's years still runs.
TEST(CliPeriod, APeriodOutsideThePlansYearsRuns) {
  TempDir dir;
  const CliRun r = run_genaudit("audit --data " + kSample + " --period 2026 --format json", dir);
  EXPECT_TRUE(r.status == 0 || r.status == 1) << r.err;
}

TEST(CliPeriod, ABadPeriodSaysWhyAndEveryFormInVietnamese) {
  TempDir dir;
  const struct {
    const char* period;
    const char* reason_vi;
    const char* reason_en;
  } bad[] = {
      {"2025-13", "tháng phải từ 01 đến 12", "a month is 01 to 12"},
      {"13/2025", "tháng phải từ 01 đến 12", "a month is 01 to 12"},
      {"2025-Q5", "quý phải từ Q1 đến Q4", "a quarter is Q1 to Q4"},
      {"2025-06..2025-01", "kỳ kết thúc trước kỳ bắt đầu", "the range ends before it starts"},
      {"Q1-2025", "không đúng dạng nào", "it is none of the accepted forms"},
      {"0000", "năm phải từ 0001 trở đi", "a year is 0001 or later"},
  };
  const auto report = dir.path() / "out.json";
  for (const auto& b : bad) {
    const std::string args = "audit --data " + kSample + " --period " + b.period +
                             " --output " + report.string();
    const CliRun vi = run_genaudit(args, dir);
    EXPECT_EQ(vi.status, 2) << b.period;
    EXPECT_TRUE(has(vi.err, std::string("genaudit: lỗi: --period \"") + b.period +
                                "\" không hợp lệ: " + b.reason_vi))
        << vi.err;
    for (const char* example : {"2025-Q1", "03/2025", "2025-01..2025-06", "2025-Q1..2025-Q3"}) {
      EXPECT_TRUE(has(vi.err, example)) << example << "\n" << vi.err;
    }
    const CliRun en = run_genaudit(args + " --lang en", dir);
    EXPECT_EQ(en.status, 2);
    EXPECT_TRUE(has(en.err, std::string("is not valid: ") + b.reason_en)) << en.err;
    EXPECT_FALSE(std::filesystem::exists(report));
  }
}

// An unbounded period ran for 100 s in 3.3 GB: audit and explain refuse one
// over 20 years before reading anything, in the user's language.
TEST(CliPeriod, APeriodOverTwentyYearsIsRefused) {
  TempDir dir;
  const auto report = dir.path() / "out.json";
  const CliRun vi = run_genaudit("audit --data " + kSample + " --period 1000-01..9999-12 --output " +
                                     report.string(),
                                 dir);
  EXPECT_EQ(vi.status, 2);
  EXPECT_TRUE(has(vi.err, "genaudit: lỗi: --period \"1000-01..9999-12\" không hợp lệ: một kỳ "
                          "dài nhất 20 năm (240 tháng)"))
      << vi.err;
  EXPECT_FALSE(std::filesystem::exists(report));
  const CliRun en = run_genaudit("audit --data " + kSample + " --period 2005..2025 --lang en", dir);
  EXPECT_EQ(en.status, 2);
  EXPECT_TRUE(has(en.err, "--period \"2005..2025\" is not valid: a period is at most 20 years "
                          "(240 months)"))
      << en.err;
  const CliRun explain =
      run_genaudit("explain O1.S4 SNV --data " + kSample + " --period 2000-01..2025-12", dir);
  EXPECT_EQ(explain.status, 2);
  EXPECT_TRUE(has(explain.err, "một kỳ dài nhất 20 năm (240 tháng)")) << explain.err;
  // Twenty years run.
  const CliRun twenty = run_genaudit("audit --data " + kSample + " --period 2006..2025 --format json", dir);
  EXPECT_EQ(twenty.status, 1) << twenty.err;
}

TEST(CliPeriod, ABadDateSaysWhichFormsAreAccepted) {
  TempDir dir;
  for (const char* date : {"31/02/2025", "2025-13-01", "12/31/2025", "hôm-nay"}) {
    const CliRun r =
        run_genaudit("audit --data " + kSample + " --period 2025 --as-of " + date, dir);
    EXPECT_EQ(r.status, 2) << date;
    EXPECT_TRUE(has(r.err, std::string("--as-of \"") + date +
                               "\" không phải một ngày có thật — cần ngày/tháng/năm (31/12/2025)"))
        << r.err;
  }
  const CliRun en = run_genaudit("audit --data " + kSample + " --period 2025 --as-of 31/02/2025 --lang en", dir);
  EXPECT_EQ(en.status, 2);
  EXPECT_TRUE(has(en.err, "is not a real day — expected day/month/year (31/12/2025)")) << en.err;
}

TEST(CliPeriod, ExplainReadsItsWindowWithTheSameGrammar) {
  TempDir dir;
  const std::string mapped = std::string(GENAUDIT_SOURCE_DIR) + "/examples/mapped/media";
  const CliRun canonical =
      run_genaudit("explain O6.T4 DNT 2025-02 --data " + mapped + " --period 2025-Q1", dir);
  const CliRun written =
      run_genaudit("explain O6.T4 DNT 02/2025 --data " + mapped + " --period 01/2025..03/2025", dir);
  ASSERT_EQ(canonical.status, 0) << canonical.err;
  ASSERT_EQ(written.status, 0) << written.err;
  EXPECT_EQ(canonical.out, written.out);
  EXPECT_TRUE(has(written.out, "2025-02")) << written.out;
  // One window, not a range; and a malformed one says what is accepted.
  const CliRun range =
      run_genaudit("explain O6.T4 DNT 2025-01..2025-02 --data " + mapped + " --period 2025", dir);
  EXPECT_EQ(range.status, 2);
  EXPECT_TRUE(has(range.err, "chỉ dùng một năm, một quý hoặc một tháng")) << range.err;
  const CliRun bad = run_genaudit("explain O6.T4 DNT 2025-14 --data " + mapped + " --period 2025", dir);
  EXPECT_EQ(bad.status, 2);
  EXPECT_TRUE(has(bad.err, "KỲ_CON \"2025-14\" không hợp lệ: tháng phải từ 01 đến 12")) << bad.err;
  const CliRun bad_en =
      run_genaudit("explain O6.T4 DNT 2025-14 --data " + mapped + " --period 2025 --lang en", dir);
  EXPECT_EQ(bad_en.status, 2);
  EXPECT_TRUE(has(bad_en.err, "WINDOW \"2025-14\" is not valid: a month is 01 to 12")) << bad_en.err;
  const CliRun bad_period = run_genaudit("explain O6.T4 DNT --data " + mapped + " --period 2025-Q9", dir);
  EXPECT_EQ(bad_period.status, 2);
  EXPECT_TRUE(has(bad_period.err, "quý phải từ Q1 đến Q4")) << bad_period.err;
}

// A waiver's period and `waivers remove`'s PERIOD read as --period does and
// are kept canonical, so that 03/2025 and 2025-03 are one waiver.
TEST(CliPeriod, WaiversShareTheGrammarAndStoreTheCanonicalText) {
  TempDir dir;
  const std::string db = (dir.path() / "audit.db").string();
  ASSERT_EQ(run_genaudit("import --db " + db + " " + kSample, dir).status, 0);
  const auto file = dir.write("w.toml",
                              "[[waiver]]\nrule = \"O1.S4\"\nsubject = \"SNV\"\n"
                              "period = \"03/2025\"\njustification = \"j\"\n"
                              "approved_by = \"a\"\nexpires = 2025-12-31\n");
  ASSERT_EQ(run_genaudit("waivers import --db " + db + " " + file.string(), dir).status, 0);
  const CliRun list =
      run_genaudit("waivers list --db " + db + " --as-of 31/12/2025 --format json", dir);
  ASSERT_EQ(list.status, 0) << list.err;
  const auto json = nlohmann::json::parse(list.out);
  EXPECT_EQ(json["as_of"], "2025-12-31");
  ASSERT_EQ(json["waivers"].size(), 1u);
  EXPECT_EQ(json["waivers"][0]["period"], "2025-03");
  const CliRun bad_date = run_genaudit("waivers list --db " + db + " --as-of 31/13/2025", dir);
  EXPECT_EQ(bad_date.status, 2);
  EXPECT_TRUE(has(bad_date.err, "--as-of \"31/13/2025\" không phải một ngày có thật")) << bad_date.err;
  const CliRun bad = run_genaudit("waivers remove --db " + db + " O1.S4 SNV 2025-13", dir);
  EXPECT_EQ(bad.status, 2);
  EXPECT_TRUE(has(bad.err, "kỳ \"2025-13\" không hợp lệ: tháng phải từ 01 đến 12")) << bad.err;
  const CliRun range = run_genaudit("waivers remove --db " + db + " O1.S4 SNV 2025-01..2025-03", dir);
  EXPECT_EQ(range.status, 2);
  EXPECT_TRUE(has(range.err, "không dùng khoảng")) << range.err;
  const CliRun removed = run_genaudit("waivers remove --db " + db + " O1.S4 SNV 3/2025", dir);
  EXPECT_EQ(removed.status, 0) << removed.err;
  EXPECT_TRUE(has(removed.err, "O1.S4 / SNV / 2025-03")) << removed.err;
  EXPECT_EQ(run_genaudit("waivers remove --db " + db + " O1.S4 SNV 2025-03", dir).status, 2);
}

// --- --output and its extension --------------------------------------------

TEST(CliOutput, TheExtensionChoosesTheFormatWithoutFormat) {
  TempDir dir;
  const struct {
    const char* name;
    const char* starts;  // what the file begins with
  } files[] = {
      {"r.json", "{"},         {"r.html", "<!DOCTYPE html>"}, {"r.htm", "<!DOCTYPE html>"},
      {"r.md", "# "},          {"r.csv", "\xEF\xBB\xBF"},     {"r.xlsx", "PK"},
      {"r.txt", ""},           {"R.JSON", "{"},
  };
  for (const auto& f : files) {
    const auto path = dir.path() / f.name;
    const CliRun r = run_genaudit(
        "audit --data " + kSample + " --period 2025 --output " + path.string(), dir);
    ASSERT_EQ(r.status, 1) << f.name << "\n" << r.err;
    const std::string content = testing::read_file(path);
    EXPECT_EQ(content.rfind(f.starts, 0), 0u) << f.name << ": " << content.substr(0, 40);
    std::filesystem::remove(path);
  }
  // The text report, and neither JSON nor HTML, for .txt.
  const auto txt = dir.path() / "t.txt";
  ASSERT_EQ(run_genaudit("audit --data " + kSample + " --period 2025 --output " + txt.string(), dir)
                .status,
            1);
  const std::string text = testing::read_file(txt);
  EXPECT_TRUE(has(text, "Phát hiện")) << text.substr(0, 200);
  EXPECT_NE(text.front(), '{');
}

TEST(CliOutput, AnUnknownExtensionKeepsText) {
  TempDir dir;
  for (const char* name : {"report.out", "report", "report.xml"}) {
    const auto path = dir.path() / name;
    const CliRun r =
        run_genaudit("audit --data " + kSample + " --period 2025 --output " + path.string(), dir);
    ASSERT_EQ(r.status, 1) << name << "\n" << r.err;
    const std::string content = testing::read_file(path);
    EXPECT_TRUE(has(content, "Phát hiện")) << name;
    EXPECT_NE(content.front(), '{');
  }
}

TEST(CliOutput, AnExplicitFormatAgreeingWithTheExtensionIsFine) {
  TempDir dir;
  const auto path = dir.path() / "r.htm";
  const CliRun r = run_genaudit(
      "audit --data " + kSample + " --period 2025 --format html --output " + path.string(), dir);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_EQ(testing::read_file(path).rfind("<!DOCTYPE html>", 0), 0u);
  // An extension that names no format does not contradict one.
  const auto other = dir.path() / "r.report";
  EXPECT_EQ(run_genaudit("audit --data " + kSample + " --period 2025 --format json --output " +
                             other.string(), dir)
                .status,
            1);
  EXPECT_EQ(testing::read_file(other).front(), '{');
}

TEST(CliOutput, AnExtensionContradictingFormatIsAUsageErrorAndWritesNothing) {
  TempDir dir;
  for (const auto& [format, name] : std::vector<std::pair<std::string, std::string>>{
           {"json", "r.html"}, {"text", "r.csv"}, {"csv", "r.xlsx"}, {"md", "r.txt"},
           {"html", "r.json"}, {"xlsx", "r.md"}}) {
    const auto path = dir.path() / name;
    const std::string args = "audit --data " + kSample + " --period 2025 --format " + format +
                             " --output " + path.string();
    const CliRun vi = run_genaudit(args, dir);
    EXPECT_EQ(vi.status, 2) << format << " " << name;
    EXPECT_TRUE(has(vi.err, "genaudit: lỗi: --format " + format + " mâu thuẫn với đuôi")) << vi.err;
    EXPECT_FALSE(std::filesystem::exists(path)) << name;
    const CliRun en = run_genaudit(args + " --lang en", dir);
    EXPECT_EQ(en.status, 2);
    EXPECT_TRUE(has(en.err, "--format " + format + " contradicts the extension")) << en.err;
    EXPECT_FALSE(std::filesystem::exists(path)) << name;
  }
}

TEST(CliOutput, AFileThatCannotBeWrittenIsSaidInVietnamese) {
  TempDir dir;
  const std::string path = (dir.path() / "no-such-folder" / "r.json").string();
  const CliRun vi = run_genaudit("audit --data " + kSample + " --period 2025 --output " + path, dir);
  EXPECT_EQ(vi.status, 2);
  EXPECT_TRUE(has(vi.err, "genaudit: lỗi: không ghi được tệp \"" + path + "\"")) << vi.err;
  EXPECT_FALSE(has(vi.err, "cannot")) << vi.err;
  const CliRun en =
      run_genaudit("audit --data " + kSample + " --period 2025 --lang en --output " + path, dir);
  EXPECT_EQ(en.status, 2);
  EXPECT_TRUE(has(en.err, "genaudit: error: cannot write \"" + path + "\"")) << en.err;
}

// --- The command line's own messages ---------------------------------------

struct Message {
  const char* args;
  const char* vi;
  const char* en;
};

TEST(CliMessages, ParseErrorsAreInTheUsersLanguageAndExitTwo) {
  TempDir dir;
  const Message messages[] = {
      {"", "genaudit: lỗi: thiếu lệnh — cần một trong: audit, runs, diff, waivers, users, "
           "explain, import, template, serve, rules; xem `genaudit --help`",
       "genaudit: error: a command is missing — one of: audit,"},
      {"frobnicate", "genaudit: lỗi: không có lệnh \"frobnicate\" — cần một trong: audit",
       "there is no command \"frobnicate\""},
      {"waivers", "thiếu lệnh — cần một trong: import, list, remove; xem `genaudit waivers --help`",
       "a command is missing — one of: import, list, remove"},
      {"audit --data x", "genaudit: lỗi: thiếu --period (Kỳ kiểm tra:",
       "genaudit: error: --period (The audit period:"},
      {"audit --data x --period 2025 --bogus", "không hiểu tham số: --bogus; xem `genaudit audit --help`",
       "unexpected argument(s): --bogus; see `genaudit audit --help`"},
      {"audit --data x --period", "--period cần một giá trị", "--period needs a value"},
      {"audit --data x --period 2025 --baseline abc", "giá trị \"abc\" của --baseline không hợp lệ",
       "the value \"abc\" of --baseline is not valid"},
      {"audit --data x --period 2025 --baseline 0", "giá trị \"0\" của --baseline không hợp lệ",
       "the value \"0\" of --baseline is not valid"},
      {"diff --db x.db", "thiếu A (Lần A", "A (Run A"},
      {"explain --period 2025 --data x", "cần mã quy tắc (QUY_TẮC), hoặc --timings",
       "a RULE is needed, or --timings to time every rule"},
      {"waivers list --db x.db --expired --active", "--expired không dùng cùng --active",
       "--expired cannot be used with --active"},
      {"import x.csv", "thiếu --db", "--db (The audit database (created if absent)) is missing"},
  };
  for (const Message& m : messages) {
    const CliRun vi = run_genaudit(m.args, dir);
    EXPECT_EQ(vi.status, 2) << m.args;
    EXPECT_TRUE(has(vi.err, m.vi)) << m.args << "\n" << vi.err;
    for (const char* english : {"required", "expected", "Run with", "argument", "not "}) {
      EXPECT_FALSE(has(vi.err, english)) << m.args << ": " << english << "\n" << vi.err;
    }
    // Before the arguments: after them, `--lang` could be the very value missing.
    const CliRun en = run_genaudit(std::string("--lang en ") + m.args, dir);
    EXPECT_EQ(en.status, 2) << m.args;
    EXPECT_TRUE(has(en.err, m.en)) << m.args << "\n" << en.err;
  }
}

TEST(CliMessages, ABadLangIsRefusedInVietnamese) {
  TempDir dir;
  const CliRun r = run_genaudit("audit --data x --period 2025 --lang fr", dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "giá trị \"fr\" của --lang không hợp lệ — Ngôn ngữ: vi (mặc định) hoặc en"))
      << r.err;
}

TEST(CliMessages, HelpIsInTheUsersLanguageWithWorkedExamples) {
  TempDir dir;
  const CliRun vi = run_genaudit("audit --help", dir);
  EXPECT_EQ(vi.status, 0);
  for (const char* part : {"Cách dùng: genaudit audit [TÙY_CHỌN]", "Tùy chọn:", "--period KỲ (bắt buộc)",
                           "--as-of NGÀY", "--data THƯ_MỤC", "--output TỆP", "--lang vi|en",
                           "Ví dụ:", "genaudit audit --data so-lieu/ --period 2025",
                           "--period 2025-Q1..2025-Q3 --output bao-cao.html"}) {
    EXPECT_TRUE(has(vi.out, part)) << part << "\n" << vi.out;
  }
  for (const char* english : {"Usage", "Options", "REQUIRED", "TEXT", "POSITIVE", "Print this"}) {
    EXPECT_FALSE(has(vi.out, english)) << english << "\n" << vi.out;
  }
  const CliRun import_vi = run_genaudit("import --help", dir);
  EXPECT_EQ(import_vi.status, 0);
  EXPECT_TRUE(has(import_vi.out, "Ví dụ:\n  genaudit import --db kiem-tra.db so-lieu/")) << import_vi.out;
  EXPECT_TRUE(has(import_vi.out, "Tham số:")) << import_vi.out;
  const CliRun en = run_genaudit("audit --help --lang en", dir);
  EXPECT_EQ(en.status, 0);
  for (const char* part : {"Usage: genaudit audit [OPTIONS]", "--period PERIOD (required)",
                           "Examples:", "genaudit audit --db audit.db --period 2025-Q1..2025-Q3"}) {
    EXPECT_TRUE(has(en.out, part)) << part << "\n" << en.out;
  }
  const CliRun top = run_genaudit("--help", dir);
  EXPECT_EQ(top.status, 0);
  EXPECT_TRUE(has(top.out, "Lệnh:\n  audit")) << top.out;
}

}  // namespace
}  // namespace genaudit
