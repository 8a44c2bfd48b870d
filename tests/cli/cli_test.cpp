// The command line as a user runs it: exit statuses 0/1/2, the JSON
// contract of CATALOGUE.md, and nothing written on an error.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <tuple>

#include "tests/fixture.h"
#include "tests/golden.h"

namespace genaudit {
namespace {

using testing::TempDir;

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

CliRun run(const std::string& args, const TempDir& dir) {
  const auto out = dir.path() / "stdout.txt";
  const auto err = dir.path() / "stderr.txt";
  const std::string command = std::string(GENAUDIT_BINARY) + " " + args + " >" + out.string() +
                              " 2>" + err.string();
  const int raw = std::system(command.c_str());
  CliRun r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = testing::read_file(out);
  r.err = testing::read_file(err);
  return r;
}

const std::string kSample = std::string(GENAUDIT_SOURCE_DIR) + "/examples/khanh-hoa";

TEST(Cli, SampleAuditWritesTheJsonContractAndExitsOne) {
  TempDir dir;
  const auto report = dir.path() / "report.json";
  const CliRun r = run("audit --data " + kSample + " --period 2025 --format json --output " +
                        report.string(), dir);
  ASSERT_EQ(r.status, 1) << r.err;
  const auto json = nlohmann::json::parse(testing::read_file(report));
  ASSERT_TRUE(json["findings"].is_array());
  ASSERT_FALSE(json["findings"].empty());
  for (const auto& f : json["findings"]) {
    EXPECT_TRUE(f["rule"].is_string());
    EXPECT_TRUE(f["subject"].is_string());
    EXPECT_TRUE(f.contains("period"));
  }
  bool saw_t1 = false;
  for (const auto& i : json["indicators"]) {
    EXPECT_TRUE(i["status"] == "met" || i["status"] == "not_met" || i["status"] == "no_data");
    EXPECT_TRUE(i["value"].is_number() || (i["value"].is_null() && i["status"] == "no_data"));
    EXPECT_TRUE(i["target"].is_number());
    if (i["rule"] == "O1.T1") saw_t1 = true;
  }
  EXPECT_TRUE(saw_t1);
  EXPECT_TRUE(json["skipped"].is_array());
}

// Issue 16, item 8: the plan's lead and remedy stay as the plan writes them;
// beside them, who answers on the as-of date, and the records name that body.
TEST(Cli, LeadsAndRemediesAreResolvedAsOfTheAsOfDate) {
  for (const auto& [as_of, lead, body] :
       {std::tuple{"2025-12-31", "Sở Nội vụ", "về Sở Nội vụ trước"},
        std::tuple{"2024-12-31", "Sở Lao động - Thương binh và Xã hội",
                   "về Sở Lao động - Thương binh và Xã hội trước"}}) {
    TempDir dir;
    const auto report = dir.path() / "report.json";
    const std::string period = std::string(as_of).substr(0, 4);
    const CliRun r = run("audit --data " + kSample + " --period " + period + " --as-of " + as_of +
                             " --format json --output " + report.string() + " --per-agency " +
                             (dir.path() / "records").string(),
                         dir);
    ASSERT_EQ(r.status, 1) << r.err;
    const auto json = nlohmann::json::parse(testing::read_file(report));
    bool saw_v19 = false, saw_o2 = false;
    for (const auto& f : json["findings"]) {
      if (f["rule"] != "V.19") continue;
      saw_v19 = true;
      EXPECT_NE(f["remedy"].get<std::string>().find("Sở Lao động - Thương binh và Xã hội"),
                std::string::npos);
      EXPECT_NE(f["responsible"]["remedy"].get<std::string>().find(body), std::string::npos)
          << f["responsible"];
    }
    for (const auto& i : json["indicators"]) {
      if (i["rule"] != "O2.T1") continue;
      saw_o2 = true;
      EXPECT_EQ(i["lead"], "Sở Lao động - Thương binh và Xã hội");
      EXPECT_EQ(i["responsible"]["lead"], lead);
      EXPECT_EQ(i["responsible"]["confirmed"], std::string(as_of) < "2025");
    }
    EXPECT_TRUE(saw_v19 && saw_o2);
    EXPECT_EQ(json["successor_bodies"].empty(), std::string(as_of) < "2025");
    // A body's record asks for the report to go to the body of that date,
    // and, after the reorganisation, says in its appendix on what basis.
    bool record_names_body = false;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path() / "records")) {
      if (entry.path().extension() != ".md") continue;
      const std::string md = testing::read_file(entry.path());
      if (md.find(body) == std::string::npos) continue;
      record_names_body = true;
      EXPECT_EQ(md.find("Nghị định số 45/2025/NĐ-CP") != std::string::npos,
                std::string(as_of) > "2025")
          << entry.path();
    }
    EXPECT_TRUE(record_names_body) << as_of;
  }
}

TEST(Cli, NothingFoundAndEveryIndicatorMetExitsZero) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  dir.write("staff.csv", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Lãnh đạo chủ chốt\n1,An,Nữ,A,x\n");
  const CliRun r = run("audit --data " + dir.path().string() + " --period 2025 --format json", dir);
  EXPECT_EQ(r.status, 0) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  EXPECT_TRUE(json["findings"].empty());
}

TEST(Cli, OnlyAgenciesSkipsTheStaffRulesAndExitsZero) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  const CliRun r = run("audit --data " + dir.path().string() + " --period 2025 --format json", dir);
  EXPECT_EQ(r.status, 0) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  std::set<std::string> skipped;
  for (const auto& s : json["skipped"]) {
    skipped.insert(s["rule"]);
    EXPECT_FALSE(s["reason"].get<std::string>().empty());
  }
  EXPECT_TRUE(skipped.count("O1.S4"));
  EXPECT_TRUE(skipped.count("O1.T1"));
}

TEST(Cli, BadRegisterExitsTwoNamesTheCellAndWritesNothing) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  dir.write("staff.csv", "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Ngày sinh\n1,An,Nữ,A,31/02/1990\n");
  const auto report = dir.path() / "report.json";
  const CliRun r = run("audit --data " + dir.path().string() + " --period 2025 --format json --output " +
                        report.string(), dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("staff.csv"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("31/02/1990"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Ngày sinh"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(report));
}

// `--csv-separator semicolon`: the findings and the files beside them
// separated by `;`; refused with another format, or another separator.
TEST(Cli, CsvSeparatorSemicolonAndItsErrors) {
  TempDir dir;
  const auto csv = dir.path() / "bao-cao.csv";
  const CliRun r = run("audit --data " + kSample + " --period 2025 --csv-separator semicolon "
                       "--output " + csv.string(), dir);
  EXPECT_EQ(r.status, 1) << r.err;
  const std::string findings = testing::read_file(csv);
  ASSERT_EQ(findings.rfind("\xEF\xBB\xBFSTT;Mục tiêu;Mã quy tắc;", 0), 0u) << findings.substr(0, 80);
  EXPECT_EQ(testing::read_file(dir.path() / "bao-cao-indicators.csv").rfind("\xEF\xBB\xBFSTT;", 0), 0u);
  EXPECT_EQ(testing::read_file(dir.path() / "bao-cao-intake.csv").rfind("\xEF\xBB\xBFSTT;", 0), 0u);

  const CliRun json = run("audit --data " + kSample + " --period 2025 --format json "
                          "--csv-separator semicolon", dir);
  EXPECT_EQ(json.status, 2);
  EXPECT_NE(json.err.find("--csv-separator chỉ dùng cho định dạng csv, không dùng cho json"),
            std::string::npos) << json.err;
  EXPECT_TRUE(json.out.empty());
  const CliRun html = run("audit --data " + kSample + " --period 2025 --lang en --output " +
                          (dir.path() / "r.html").string() + " --csv-separator comma", dir);
  EXPECT_EQ(html.status, 2);
  EXPECT_NE(html.err.find("--csv-separator is for the csv format only, not html"),
            std::string::npos) << html.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "r.html"));
  const CliRun tab = run("audit --data " + kSample + " --period 2025 --format csv "
                         "--csv-separator tab", dir);
  EXPECT_EQ(tab.status, 2);
  EXPECT_NE(tab.err.find("--csv-separator"), std::string::npos) << tab.err;
}

TEST(Cli, UsageErrorsExitTwo) {
  TempDir dir;
  EXPECT_EQ(run("audit --data " + kSample + " --period 2025-13", dir).status, 2);
  EXPECT_EQ(run("audit --data " + kSample + " --period 2025 --as-of 31/13/2025", dir).status, 2);
  EXPECT_EQ(run("audit --data " + kSample + " --period 2025 --format xml", dir).status, 2);
  EXPECT_EQ(run("audit --period 2025", dir).status, 2);
  EXPECT_EQ(run("audit --data /nonexistent --period 2025", dir).status, 2);
  EXPECT_EQ(run("audit --data " + kSample, dir).status, 2);
  EXPECT_EQ(run("frobnicate", dir).status, 2);
  EXPECT_EQ(run("--help", dir).status, 0);
}

TEST(Cli, InvalidRulePackStopsBeforeAuditingWithCaretDiagnostics) {
  TempDir dir;
  const auto rules = dir.write("bad.rules", "define f(s: staff) = s.gendr == \"female\"\n");
  const CliRun r = run("audit --data " + kSample + " --period 2025 --rules " + rules.string(), dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("bad.rules:1:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("did you mean `gender`?"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, TextReportIsVietnameseByDefaultAndEnglishOnRequest) {
  TempDir dir;
  const CliRun vi = run("audit --data " + kSample + " --period 2025", dir);
  EXPECT_EQ(vi.status, 1);
  EXPECT_NE(vi.out.find("Phát hiện"), std::string::npos);
  EXPECT_EQ(vi.out.find("\x1b["), std::string::npos);  // not a terminal: no colour
  const CliRun en = run("audit --data " + kSample + " --period 2025 --lang en", dir);
  EXPECT_NE(en.out.find("Findings"), std::string::npos);
}

TEST(Cli, ThePacksEvidenceIsHeadedByItsLabelInTheReportsLanguage) {
  TempDir dir;
  const CliRun vi = run("audit --data " + kSample + " --period 2025", dir);
  EXPECT_EQ(vi.status, 1);
  for (const char* label : {"Số cán bộ nữ", "Số cán bộ có thông tin giới tính", "Tỷ lệ nữ"}) {
    EXPECT_NE(vi.out.find(label), std::string::npos) << label << "\n" << vi.out;
  }
  EXPECT_EQ(vi.out.find("female_share"), std::string::npos) << vi.out;
  const CliRun en = run("audit --data " + kSample + " --period 2025 --lang en --format md", dir);
  EXPECT_EQ(en.status, 1);
  for (const char* label : {"Women on staff", "Staff whose gender is recorded", "Share of women"}) {
    EXPECT_NE(en.out.find(label), std::string::npos) << label << "\n" << en.out;
  }
  for (const char* name : {"female_share", "female\\_share"}) {  // as written, as escaped
    EXPECT_EQ(en.out.find(name), std::string::npos) << name << "\n" << en.out;
  }
  EXPECT_EQ(en.out.find("Số cán bộ nữ"), std::string::npos) << en.out;
}

TEST(Cli, UnlabelledEvidenceOfAUsersRuleIsShownByItsName) {
  TempDir dir;
  const auto rules = dir.write("mine.rules", R"(finding U.1 {
  title vi "Cơ quan, đơn vị có cán bộ" en "Agency with staff"
  citation "c"
  lead "l"
  severity low
  remedy vi "r" en "r"

  for a in agencies
  let posts = count(s in staff where s.agency_code == a.agency_code)
  when posts > 0
  evidence posts
}
)");
  const CliRun r = run("audit --data " + kSample + " --period 2025 --rules " + rules.string(), dir);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find("U.1  Cơ quan, đơn vị có cán bộ"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" posts"), std::string::npos) << r.out;
}

TEST(Cli, ImportThenAuditTheDatabase) {
  TempDir dir;
  const auto db = dir.path() / "audit.db";
  const CliRun imported = run("import --db " + db.string() + " " + kSample, dir);
  ASSERT_EQ(imported.status, 0) << imported.err;
  const CliRun from_db = run("audit --db " + db.string() + " --period 2025 --format json", dir);
  const CliRun from_data = run("audit --data " + kSample + " --period 2025 --format json", dir);
  ASSERT_EQ(from_db.status, 1);
  // The same findings; those of the database also say their status against
  // its previous run (the first run: all new).
  nlohmann::json db_findings = nlohmann::json::parse(from_db.out)["findings"];
  for (auto& f : db_findings) {
    EXPECT_EQ(f["status"], "new");
    f.erase("status");
  }
  EXPECT_EQ(db_findings, nlohmann::json::parse(from_data.out)["findings"]);
}

TEST(Cli, RulesCheckAcceptsThePack) {
  TempDir dir;
  const CliRun r = run("rules check " + std::string(GENAUDIT_SOURCE_DIR) + "/rules/pack", dir);
  EXPECT_EQ(r.status, 0) << r.err;
}

}  // namespace
}  // namespace genaudit

namespace genaudit {
namespace {

TEST(CliExplain, ShowsEachStepTheRowsBehindItAndTheConclusion) {
  TempDir dir;
  const CliRun r = run("explain O1.S4 SNV --data " + kSample + " --period 2025 --lang en", dir);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Subject: SNV — Sở Nội vụ"), std::string::npos) << r.out;
  // An evidence `let` is called by its label, as the reports call it.
  EXPECT_NE(r.out.find("let female_share = share(women, known)\n    Share of women = 30"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("let posts = active_posts(a)\n    = "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("← staff.csv: rows"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Conclusion: FINDING"), std::string::npos) << r.out;
}

TEST(CliExplain, ARuleThatDidNotFireSaysSo) {
  TempDir dir;
  const CliRun r = run("explain O1.S4 SKHDT --data " + kSample + " --period 2025", dir);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Kết luận: không có phát hiện"), std::string::npos) << r.out;
}

// A clean folder is read straight into memory, a database loaded: the
// explanation is the same.
TEST(CliExplain, AFolderAndItsDatabaseExplainAlike) {
  TempDir dir;
  const std::string db = (dir.path() / "audit.db").string();
  ASSERT_EQ(run("import --db " + db + " " + kSample, dir).status, 0);
  for (const char* rule : {"O1.S4 SNV", "O1.T1"}) {
    const CliRun from_folder =
        run(std::string("explain ") + rule + " --data " + kSample + " --period 2025", dir);
    const CliRun from_db = run(std::string("explain ") + rule + " --db " + db + " --period 2025", dir);
    ASSERT_EQ(from_folder.status, 0) << from_folder.err;
    EXPECT_EQ(from_folder.out, from_db.out) << rule;
  }
}

// Each says what is wrong, in the user's language.
TEST(CliExplain, UnknownRuleOrSubjectIsAUsageError) {
  TempDir dir;
  const auto says = [&](const std::string& args, const std::string& data,
                        const std::string& message) {
    const CliRun r = run("explain " + args + " --data " + data + " --period 2025", dir);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_NE(r.err.find(message), std::string::npos) << args << ":\n" << r.err;
  };
  says("O9.X A", kSample, "genaudit: lỗi: bộ quy tắc không có quy tắc \"O9.X\"\n");
  says("O9.X A --lang en", kSample, "genaudit: error: the rule pack has no rule \"O9.X\"\n");
  says("O1.S4 NOPE", kSample, ": không có đối tượng \"NOPE\" của quy tắc O1.S4\n");
  says("O6.T4 NOPE 2025-03 --lang en", kSample,
       ": no subject \"NOPE\" in period 2025-03 for rule O6.T4\n");
  says("O1.S4", kSample, ": cần mã đối tượng (SUBJECT) cho quy tắc O1.S4\n");
  says("O1.S4 --lang en", kSample, ": rule O1.S4 needs a SUBJECT code\n");
  // A rule whose registers are absent is skipped, not explained.
  const std::string positions = std::string(GENAUDIT_SOURCE_DIR) + "/examples/khanh-hoa-positions";
  says("O6.T4 KTV", positions, ": quy tắc O6.T4 bị bỏ qua: thiếu sổ outlets, segments\n");
  says("O6.T4 KTV --lang en", positions,
       ": rule O6.T4 is skipped: missing register(s) outlets, segments\n");
}

// A window that cannot be the rule's is what the message names, before any
// subject is looked for: `DT` is no outlet, but the window is what is wrong.
TEST(CliExplain, AWrongWindowIsNamedBeforeTheSubject) {
  TempDir dir;
  const auto says = [&](const std::string& args, const std::string& message) {
    const CliRun r = run("explain " + args + " --data " + kSample, dir);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_NE(r.err.find(message), std::string::npos) << args << ":\n" << r.err;
    EXPECT_EQ(r.err.find("DT"), std::string::npos) << args << ":\n" << r.err;
  };
  says("O6.T4 DT 2025-13 --period 2025", ": KỲ_CON \"2025-13\" không hợp lệ: tháng phải từ 01 đến 12");
  says("O6.T4 DT 2025-Q1 --period 2025",
       ": KỲ_CON \"2025-Q1\" không phải một kỳ của quy tắc O6.T4: quy tắc xét theo tháng (viết "
       "2025-03 hoặc 03/2025); các kỳ được kiểm tra là 2025-01, 2025-02, 2025-03, 2025-04, "
       "2025-05, 2025-06, 2025-07, 2025-08, 2025-09, 2025-10, 2025-11, 2025-12\n");
  says("O6.T4 DT 2026-01 --period 2025-Q1 --lang en",
       ": WINDOW \"2026-01\" is not a window of rule O6.T4: the rule is stated per month "
       "(written 2025-03 or 03/2025); the windows audited are 2025-01, 2025-02, 2025-03\n");
  says("O6.T3 DT 2025-03 --period 2025 --lang en",
       ": WINDOW \"2025-03\" is not a window of rule O6.T3: the rule is stated per quarter "
       "(written 2025-Q1); the windows audited are 2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4\n");
  says("O6.T4 DT 2025-03 --period 2025 --as-of 2025-02-15 --lang en",
       ": WINDOW \"2025-03\" is not a window of rule O6.T4: the rule is stated per month "
       "(written 2025-03 or 03/2025); the windows audited are 2025-01\n");
  says("O6.T3 DT 2025-Q1 --period 2025 --as-of 2025-02-15",
       ": KỲ_CON \"2025-Q1\" không phải một kỳ của quy tắc O6.T3: quy tắc xét theo quý (viết "
       "2025-Q1), và kỳ 2025 chưa có kỳ nào kết thúc trước ngày tính 15/02/2025\n");
  says("O1.S4 DT 2025-03 --period 2025 --lang en",
       ": WINDOW \"2025-03\" does not apply: rule O1.S4 is not stated per month, quarter or "
       "year — leave out WINDOW to explain the rule for the whole period 2025\n");
}

// `explain --timings`: each rule's time and the register rows it read, on
// registers small enough to count them by hand. F.1 reads its 3 subjects,
// the 4 staff rows once to index them by agency, and each subject's bucket
// (A: 3 rows, B: 1, C: none): 11. I.1 binds each of the 4 staff rows once.
// N.1 reads news, which the folder lacks: listed as not run.
TEST(CliExplain, TimingsGiveEachRulesTimeAndTheRowsItTouched) {
  const auto has = [](const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  };
  TempDir dir;
  const auto data = dir.path() / "data";
  std::filesystem::create_directories(data);
  std::ofstream(data / "agencies.csv") << "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\nB,Sở B,tỉnh\n"
                                          "C,Xã C,xã\n";
  std::ofstream(data / "staff.csv") << "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n"
                                       "1,An,Nữ,A\n2,Bình,Nam,A\n3,Chi,Nữ,A\n4,Dũng,Nam,B\n";
  const std::string meta =
      "  title vi \"t\" en \"t\"\n  citation \"c\"\n  lead \"l\"\n  severity low\n"
      "  remedy vi \"r\" en \"r\"\n";
  std::ofstream(dir.path() / "timed.rules")
      << "finding F.1 {\n" << meta << "  for a in agencies\n"
      << "  when count(s in staff where s.agency_code == a.agency_code) >= 2\n}\n"
      << "indicator I.1 {\n" << meta << "  value count(s in staff)\n  target >= 5\n}\n"
      << "indicator N.1 {\n" << meta << "  value count(n in news)\n  target >= 1\n}\n";
  const std::string args = "explain --timings --data " + data.string() + " --period 2025 --rules " +
                           (dir.path() / "timed.rules").string();
  const CliRun en = run(args + " --lang en", dir);
  ASSERT_EQ(en.status, 0) << en.err;
  EXPECT_TRUE(std::regex_search(en.out, std::regex("^Time of [0-9]+ rules, slowest first")))
      << en.out;
  EXPECT_TRUE(has(en.out, "\n  Rule  ")) << en.out;
  EXPECT_TRUE(std::regex_search(en.out, std::regex("\n  F\\.1 +[0-9.,]+ ms +11  1 finding\\(s\\)\n")))
      << en.out;
  EXPECT_TRUE(std::regex_search(en.out, std::regex("\n  I\\.1 +[0-9.,]+ ms +4  not met\n")))
      << en.out;
  EXPECT_TRUE(has(en.out, "\nN.1: not run, missing the register(s) news\n")) << en.out;
  EXPECT_TRUE(std::regex_search(en.out, std::regex("\nTotal time: [0-9.,]+ ms\n"))) << en.out;
  EXPECT_TRUE(has(en.out, "\nRows touched: each subject once")) << en.out;

  const CliRun vi = run(args, dir);
  ASSERT_EQ(vi.status, 0) << vi.err;
  EXPECT_TRUE(std::regex_search(vi.out, std::regex("\n  F\\.1 +[0-9.,]+ ms +11  1 phát hiện\n")))
      << vi.out;
  EXPECT_TRUE(has(vi.out, "\nN.1: không chạy, thiếu sổ news\n")) << vi.out;

  // One rule alone.
  const CliRun one = run("explain I.1 --timings --data " + data.string() + " --period 2025 --rules " +
                             (dir.path() / "timed.rules").string() + " --lang en",
                         dir);
  ASSERT_EQ(one.status, 0) << one.err;
  EXPECT_TRUE(has(one.out, "Time of 1 rules")) << one.out;
  EXPECT_FALSE(has(one.out, "F.1")) << one.out;

  // Without --timings a rule is needed.
  const CliRun none = run("explain --data " + data.string() + " --period 2025 --lang en", dir);
  EXPECT_EQ(none.status, 2);
  EXPECT_TRUE(has(none.err, "error: a RULE is needed, or --timings to time every rule\n"))
      << none.err;
}

TEST(CliRulesTest, FailingCasesExitOne) {
  TempDir dir;
  dir.write("bad.test.toml",
            "[[case]]\nname = \"x\"\nperiod = \"2025\"\nrules = [\"O1.S4\"]\n"
            "findings = [{ rule = \"O1.S4\", subject = \"Z\" }]\n");
  const CliRun r = run("rules test " + dir.path().string(), dir);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("0 passed, 1 failed"), std::string::npos) << r.out;
}

// `rules test` takes a folder, a test file or a rule file (its tests beside
// it or in tests/ beside it), and says which pack the cases ran against. A
// test file is never read as rule file.
TEST(CliRulesTest, TakesAFolderATestFileOrARuleFile) {
  TempDir dir;
  const std::string pack = std::string(GENAUDIT_SOURCE_DIR) + "/rules/pack";
  CliRun r = run("rules test " + pack + "/tests/objective6.test.toml", dir);
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.rfind("pack: built-in (version ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find(" passed, 0 failed\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("PASS  " + pack + "/tests/objective1"), std::string::npos) << r.out;

  const std::string examples = std::string(GENAUDIT_SOURCE_DIR) + "/rules/examples";
  std::filesystem::create_directories(dir.path() / "mine" / "tests");
  dir.write("mine/guide.rules", testing::read_file(examples + "/guide.rules"));
  dir.write("mine/tests/guide.test.toml", testing::read_file(examples + "/guide.test.toml"));
  const std::string rules = (dir.path() / "mine" / "guide.rules").string();
  r = run("rules test " + rules, dir);
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  // The rule file extends the built-in pack (--rules-only: it alone).
  EXPECT_EQ(r.out.rfind("pack: built-in + " + rules + " (version ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("3 passed, 0 failed"), std::string::npos) << r.out;

  dir.write("alone.rules", "param a = 1\n");
  r = run("rules test " + (dir.path() / "alone.rules").string(), dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("alone.rules\": cần alone.test.toml cùng thư mục hoặc trong thư mục tests/ "
                       "bên cạnh\n"),
            std::string::npos)
      << r.err;
  r = run("rules test --lang en " + (dir.path() / "alone.rules").string(), dir);
  EXPECT_NE(r.err.find("alone.rules\": expected alone.test.toml beside it or in tests/ beside it\n"),
            std::string::npos)
      << r.err;
  dir.write("notes.txt", "x");
  r = run("rules test --lang en " + (dir.path() / "notes.txt").string(), dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("notes.txt\" is not a rule file (.rules), a test file (.test.toml) or a "
                       "folder\n"),
            std::string::npos)
      << r.err;
  std::filesystem::create_directories(dir.path() / "empty");
  r = run("rules test " + (dir.path() / "empty").string(), dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("empty\" không có tệp kiểm thử nào (*.test.toml)\n"), std::string::npos)
      << r.err;
  r = run("rules test --lang en " + (dir.path() / "nowhere").string(), dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("nowhere\" does not exist\n"), std::string::npos) << r.err;
}

// `rules fmt` names each file it changes (checking: would change) on
// standard output and each that does not parse on standard error, and
// exits 1 when checking finds one to change, 2 when one does not parse.
TEST(CliRulesFmt, NamesTheFilesAndExitsByWhatItFound) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "rules");
  const auto messy = dir.write("rules/messy.rules", "param  a=1\n");
  dir.write("rules/canonical.rules", "param a = 1\n");
  const std::string folder = (dir.path() / "rules").string();
  CliRun r = run("rules fmt --check " + folder, dir);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, messy.string() + "\n");
  EXPECT_EQ(r.err, "");
  r = run("rules fmt " + folder, dir);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, messy.string() + "\n");
  EXPECT_EQ(testing::read_file(messy), "param a = 1\n");
  EXPECT_EQ(run("rules fmt --check " + folder, dir).status, 0);
  const auto broken = dir.write("rules/broken.rules", "param a = (1\n");
  r = run("rules fmt " + folder, dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.rfind(broken.string() + ":2:1: error: expected `)`", 0), 0u) << r.err;
  r = run("rules fmt " + (dir.path() / "nothing.rules").string(), dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err.rfind("genaudit: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("nothing.rules"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace genaudit

namespace genaudit {
namespace {

TEST(CliMapping, TheShippedLayoutsImportThroughTheirMappings) {
  TempDir dir;
  const std::string mapped = std::string(GENAUDIT_SOURCE_DIR) + "/examples/mapped/";
  CliRun hr = run("audit --data " + mapped + "hr --period 2025 --format json", dir);
  ASSERT_EQ(hr.status, 1) << hr.err;
  const auto hr_report = nlohmann::json::parse(hr.out);
  std::set<std::string> found;
  for (const auto& f : hr_report["findings"]) found.insert(f["subject"]);
  EXPECT_EQ(found, (std::set<std::string>{"SNV", "X-VINHLUONG"}));
  CliRun media = run("audit --data " + mapped + "media --period 2025-01..2025-03 --format json", dir);
  ASSERT_EQ(media.status, 1) << media.err;
  const auto findings = nlohmann::json::parse(media.out)["findings"];
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0]["subject"], "DNT");
  EXPECT_EQ(findings[0]["period"], "2025-02");
}

TEST(CliMapping, AMalformedMappingStopsEverythingWithItsLine) {
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  const auto mapping = dir.write("x.toml", "[[register]]\nname = \"agencies\"\nfile = \"a.csv\"\nheader_row = -1\n");
  const CliRun r = run("audit --data " + dir.path().string() + " --period 2025 --mapping " +
                           mapping.string() + " --format json --output " +
                           (dir.path() / "out.json").string(), dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("x.toml:4:14: error: `header_row` is a row number, from 1"), std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out.json"));
}

}  // namespace
}  // namespace genaudit
