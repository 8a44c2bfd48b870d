// `--rules` adds to the built-in pack, any number of times; `--rules-only`
// replaces it; the reports say which rule files ran; a clash is refused
// before anything is audited. Through the binary, in both languages.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/cli_run.h"

namespace genaudit {
namespace {

using testing::has;
using testing::run_genaudit;
using testing::TempDir;

const std::string kSample = std::string(GENAUDIT_SOURCE_DIR) + "/examples/khanh-hoa";

// A finding on every agency with an active assignment, through the pack's
// `active_posts`: the sample's agencies all have some.
std::string extension(const std::string& id) {
  return "finding " + id + R"( {
  title vi "Cơ quan có phân công" en "Agency with assignments"
  citation "c"
  lead "Sở Nội vụ"
  severity low
  remedy vi "r" en "r"
  for a in agencies
  when count(active_posts(a)) > 0
}
)";
}

TEST(PackExtensionCli, RulesGivenTwiceAddToTheBuiltInPackAndTheReportSaysSo) {
  TempDir dir;
  const auto a = dir.write("a.rules", extension("X.1"));
  const auto b = dir.write("b.rules", extension("X.2"));
  const auto r = run_genaudit("audit --data " + kSample + " --period 2025 --format json --rules " +
                                  a.string() + " --rules " + b.string(),
                              dir);
  ASSERT_EQ(r.status, 1) << r.err;
  const nlohmann::json report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["run"]["rule_files"]["builtin_pack"], true);
  EXPECT_EQ(report["run"]["rule_files"]["added"],
            nlohmann::json::array({a.string(), b.string()}));
  std::set<std::string> rules;
  for (const auto& f : report["findings"]) rules.insert(f["rule"].get<std::string>());
  EXPECT_TRUE(rules.count("X.1") && rules.count("X.2") && rules.count("O1.S4"));

  const auto text = run_genaudit("audit --data " + kSample + " --period 2025 --lang en --rules " +
                                     a.string(),
                                 dir);
  EXPECT_TRUE(has(text.out, "Rule files: the plan's pack, with these files added: " + a.string()))
      << text.out;
  const auto vi = run_genaudit("audit --data " + kSample + " --period 2025 --rules " + a.string(),
                               dir);
  EXPECT_TRUE(has(vi.out, "Tệp quy tắc: bộ quy tắc của Kế hoạch, thêm các tệp: " + a.string()))
      << vi.out;
}

TEST(PackExtensionCli, RulesOnlyReplacesThePack) {
  TempDir dir;
  const auto own = dir.write("own.rules", R"(finding X.1 {
  title vi "t" en "t"
  citation "c"
  lead "Sở Nội vụ"
  severity low
  remedy vi "r" en "r"
  for a in agencies
  when a.agency_code == "none"
}
)");
  const auto r = run_genaudit("audit --data " + kSample +
                                  " --period 2025 --format json --rules-only --rules " +
                                  own.string(),
                              dir);
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["run"]["rule_files"]["builtin_pack"], false);
  EXPECT_TRUE(report["findings"].empty());
  EXPECT_TRUE(report["indicators"].empty());
  const auto en = run_genaudit("audit --data " + kSample + " --period 2025 --lang en --rules-only"
                               " --rules " + own.string(), dir);
  EXPECT_TRUE(has(en.out, "Rule files: only these files: " + own.string() +
                              " (not the plan's pack)"))
      << en.out;
}

TEST(PackExtensionCli, RulesOnlyWithoutRulesIsRefusedInBothLanguages) {
  TempDir dir;
  const auto vi = run_genaudit("audit --data " + kSample + " --period 2025 --rules-only", dir);
  EXPECT_EQ(vi.status, 2);
  EXPECT_TRUE(has(vi.err, "--rules-only cần ít nhất một tệp hoặc thư mục quy tắc: thêm --rules"))
      << vi.err;
  const auto en =
      run_genaudit("audit --data " + kSample + " --period 2025 --rules-only --lang en", dir);
  EXPECT_EQ(en.status, 2);
  EXPECT_TRUE(has(en.err, "--rules-only needs at least one rule file or folder: add --rules FILE"))
      << en.err;
}

TEST(PackExtensionCli, AClashStopsEveryCommandBeforeItRuns) {
  TempDir dir;
  const auto clash = dir.write("clash.rules", "param news_per_quarter = 5\n");
  const std::string place = clash.string() +
                            ":1:1: error: `news_per_quarter` is declared twice: first at "
                            "rules/pack/objective6.rules:30:1";
  for (const std::string& args :
       {"audit --data " + kSample + " --period 2025 --rules " + clash.string(),
        "explain O1.S4 --data " + kSample + " --period 2025 --rules " + clash.string(),
        "rules check " + clash.string(), "rules test " + dir.path().string()}) {
    SCOPED_TRACE(args);
    const auto r = run_genaudit(args, dir);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(has(r.err, place)) << r.err;
    EXPECT_TRUE(has(r.err, "1 lỗi trong bộ quy tắc")) << r.err;
  }
  const auto en = run_genaudit(
      "audit --data " + kSample + " --period 2025 --lang en --rules " + clash.string(), dir);
  EXPECT_TRUE(has(en.err, "1 error(s) in the rule pack; nothing was audited.")) << en.err;
  // Alone, the file is a pack of its own.
  EXPECT_EQ(run_genaudit("rules check --rules-only " + clash.string(), dir).status, 0);
}

TEST(PackExtensionCli, RulesCheckOfTheSourcePackAddsNothing) {
  TempDir dir;
  const auto r = run_genaudit("rules check " + std::string(GENAUDIT_SOURCE_DIR) + "/rules/pack",
                              dir);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "26 rules checked")) << r.out;
}

// A profile is checked like a rule file: `0.5` for a percentage and a
// register's label for a code are refused at their line and column, and
// nothing is audited; a valid one fills the titles it changes.
TEST(ProfileCli, APercentageOrACodeWrittenWronglyStopsTheAuditInBothLanguages) {
  TempDir dir;
  const auto profile = dir.write("p.toml", "[params]\nfemale_share_threshold = 0.5\n"
                                           "broadcaster_kinds = [\"đài tỉnh\"]\n");
  const auto report = dir.path() / "out.json";
  for (const auto& [lang, summary] :
       {std::pair<std::string, std::string>{"vi", "2 lỗi trong tệp cấu hình; chưa kiểm tra gì."},
        {"en", "2 error(s) in the profile; nothing was audited."}}) {
    const auto r = run_genaudit("audit --data " + kSample + " --period 2025 --lang " + lang +
                                    " --profile " + profile.string() + " --output " +
                                    report.string(),
                                dir);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(has(r.err, profile.string() + ":2:26: error: `female_share_threshold` is a "
                                              "percentage: write it as text with its sign, \"50%\""))
        << r.err;
    EXPECT_TRUE(has(r.err, profile.string() + ":3:22: error: item 1 of `broadcaster_kinds`: "
                                              "`đài tỉnh` is not a code of `kind`"))
        << r.err;
    EXPECT_TRUE(has(r.err, summary)) << r.err;
    EXPECT_FALSE(std::filesystem::exists(report));
  }
}

TEST(ProfileCli, AProfilesValueIsWhatTheTitleSays) {
  TempDir dir;
  const auto profile = dir.write("p.toml", "[params]\ngrace = \"45 days\"\n");
  const std::string args = "audit --data " + kSample + " --period 2024 --as-of 2025-06-30 "
                           "--format json --lang en --rules " + std::string(GENAUDIT_SOURCE_DIR) +
                           "/rules/examples/extending.rules";
  for (const auto& [extra, says] :
       {std::pair<std::string, std::string>{"", "more than 30 days after the deadline"},
        {" --profile " + profile.string(), "more than 45 days after the deadline"}}) {
    const auto r = run_genaudit(args + extra, dir);
    ASSERT_EQ(r.status, 1) << r.err;
    std::string titles;
    const nlohmann::json report = nlohmann::json::parse(r.out);
    for (const auto& f : report["findings"]) {
      if (f["rule"] == "EX.4") titles += f["title"].get<std::string>() + "\n";
    }
    EXPECT_TRUE(has(titles, says)) << titles;
  }
}

}  // namespace
}  // namespace genaudit
