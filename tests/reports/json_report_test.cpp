// Specification of the JSON contract (CATALOGUE.md, "Machine-readable
// results") on a small audit built by hand.
#include "reports/json_report.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/core/audit_period.h"
#include "reports/escaping.h"
#include "tests/reports/report_fixture.h"

namespace genaudit {
namespace {

using nlohmann::json;
using testing::ReportFixture;

TEST(JsonReportTest, FindingsCarryTheContractFields) {
  ReportFixture fx;
  const json j = audit_to_json(fx.report, Language::kVietnamese);
  ASSERT_EQ(j.at("findings").size(), 2u);
  const json& f = j["findings"][0];
  EXPECT_EQ(f.at("rule"), "O1.S4");
  EXPECT_EQ(f.at("subject"), "SNV");
  EXPECT_TRUE(f.at("period").is_null());
  EXPECT_EQ(f.at("subject_name"), "Sở Nội vụ");
  EXPECT_EQ(f.at("title"), fx.s4.title.vi);
  EXPECT_EQ(f.at("citation"), "KH 11983/UBND-KGVX, mục II.1.b");
  EXPECT_EQ(f.at("lead"), "Sở Nội vụ");
  EXPECT_EQ(f.at("severity"), "high");
  EXPECT_EQ(f.at("remedy"), fx.s4.remedy.vi);
  EXPECT_EQ(f.at("evidence"), (json{{"women", 3.0}, {"known", 10.0}, {"female_share", 30.0}}));
  EXPECT_TRUE(f["evidence"]["female_share"].is_number());
  EXPECT_EQ(f.at("rows"),
            (json::parse(R"([{"register": "agencies", "file": "agencies.csv", "row": 2},
                             {"register": "staff", "file": "staff.xlsx", "sheet": "Cán bộ",
                              "row": 5}])")));
}

// The report's text is written a finding at a time (on two threads for a
// long report): it must be the very text of dumping the whole JSON tree,
// with no findings, a few, and thousands — some with text to escape, bytes
// that are not UTF-8, a sheet, a status, an expired waiver.
TEST(JsonReportTest, TheTextIsTheDumpOfTheTreeWhateverTheNumberOfFindings) {
  ReportFixture fx;
  const auto dumped = [](const AuditReport& report, Language lang) {
    return audit_to_json(report, lang).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  };
  const std::vector<Finding> two = fx.report.findings;
  for (std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{5000}}) {
    fx.report.findings.clear();
    for (std::size_t i = 0; i < count; ++i) {
      Finding f = two[i % 2];
      f.subject = "A" + std::to_string(i);
      if (i % 3 == 0) f.subject_name = "Xã \"Ninh\"\n\\ \t" + std::string("\xFF\xFE", 2);
      if (i % 5 == 0) f.status = FindingStatus::kPersisting;
      if (i % 7 == 0) f.waiver_expired = *parse_iso_date("2025-06-30");
      if (i % 11 == 0) f.period = "2025-Q" + std::to_string(1 + i % 4);
      fx.report.findings.push_back(std::move(f));
    }
    for (Language lang : {Language::kVietnamese, Language::kEnglish}) {
      SCOPED_TRACE(std::to_string(count) + " findings");
      EXPECT_EQ(audit_to_json_text(fx.report, lang), dumped(fx.report, lang));
    }
  }
}

// A finding's evidence rows are written by hand: the same text as the
// tree's, rows or none, a sheet or none, and names to escape (quotes, line
// ends, bytes that are not UTF-8, a right-to-left override, DEL).
TEST(JsonReportTest, TheRowsAreTheDumpOfTheTree) {
  ReportFixture fx;
  const std::vector<Finding> two = fx.report.findings;
  const std::vector<std::string> names = {
      "staff.csv", "a \"quoted\"\nfile\\.xlsx", std::string("bad\xFF\xFE.csv"),
      "\xE2\x80\xAEvsc.exe", std::string("del\x7F.csv"), "Cán bộ"};
  fx.report.findings.clear();
  for (std::size_t i = 0; i < 3000; ++i) {
    Finding f = two[i % 2];
    f.subject = "A" + std::to_string(i);
    f.rows.clear();
    for (std::size_t r = 0; r < i % 7; ++r) {
      EvidenceRow row;
      row.register_name = r % 3 == 0 ? "staff" : names[(i + r) % names.size()];
      row.file = names[(i * 3 + r) % names.size()];
      row.sheet = r % 2 == 0 ? "" : names[(i + 2 * r) % names.size()];
      row.row = static_cast<long>(i * 10 + r) - 5;
      f.rows.push_back(std::move(row));
    }
    fx.report.findings.push_back(std::move(f));
  }
  for (Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::string tree =
        json_inert(audit_to_json(fx.report, lang).dump(2, ' ', false, json::error_handler_t::replace)) +
        "\n";
    EXPECT_EQ(audit_to_json_text(fx.report, lang), tree);
  }
}

TEST(JsonReportTest, SharesAreExactNumbers) {
  ReportFixture fx;
  const json j = audit_to_json(fx.report, Language::kVietnamese);
  EXPECT_EQ(j["findings"][0]["evidence"]["female_share"].get<double>(), 30.0);
  EXPECT_EQ(j["findings"][1]["evidence"]["female_share"].get<double>(), 200.0 / 6);
  const std::string text = audit_to_json_text(fx.report, Language::kVietnamese);
  EXPECT_NE(text.find("\"female_share\": 30.0"), std::string::npos);
  EXPECT_NE(text.find("\"female_share\": 33.333333333333336"), std::string::npos);
  EXPECT_NE(text.find("\"value\": 33.333333333333336"), std::string::npos);
}

TEST(JsonReportTest, IndicatorsCarryStatusValueTargetAndComparison) {
  ReportFixture fx;
  const json j = audit_to_json(fx.report, Language::kEnglish);
  ASSERT_EQ(j.at("indicators").size(), 1u);
  const json& i = j["indicators"][0];
  EXPECT_EQ(i.at("rule"), "O1.T1");
  EXPECT_EQ(i.at("status"), "not_met");
  EXPECT_EQ(i.at("value").get<double>(), 100.0 / 3);
  EXPECT_EQ(i.at("target").get<double>(), 60.0);
  EXPECT_EQ(i.at("comparison"), ">=");
  EXPECT_EQ(i.at("title"), "Share of agencies with a female key leader");
  EXPECT_EQ(i.at("citation"), "KH 11983/UBND-KGVX, mục II.1.a");
  EXPECT_EQ(i.at("lead"), "Sở Nội vụ");
  EXPECT_EQ(i.at("evidence"), (json{{"led", 1.0}}));
}

TEST(JsonReportTest, NoDataIsANullValue) {
  ReportFixture fx;
  IndicatorResult& i = fx.report.indicators[0];
  i.value.reset();
  i.status = IndicatorStatus::kNoData;
  i.evidence = {{"led", ResultValue{Missing{}}}};
  const json j = audit_to_json(fx.report, Language::kVietnamese);
  EXPECT_EQ(j["indicators"][0].at("status"), "no_data");
  EXPECT_TRUE(j["indicators"][0].at("value").is_null());
  EXPECT_TRUE(j["indicators"][0]["evidence"].at("led").is_null());
  EXPECT_EQ(j["summary"].at("indicators_no_data"), 1);
}

TEST(JsonReportTest, ComparisonsAreWrittenAsOperators) {
  ReportFixture fx;
  const std::pair<rules::BinaryOp, std::string> cases[] = {
      {rules::BinaryOp::kGreaterEqual, ">="},
      {rules::BinaryOp::kGreater, ">"},
      {rules::BinaryOp::kLessEqual, "<="},
      {rules::BinaryOp::kLess, "<"},
  };
  for (const auto& [op, text] : cases) {
    fx.report.indicators[0].comparison = op;
    EXPECT_EQ(audit_to_json(fx.report, Language::kEnglish)["indicators"][0]["comparison"], text);
  }
}

TEST(JsonReportTest, PeriodsAndEvidenceValuesKeepTheirTypes) {
  ReportFixture fx;
  Finding& f = fx.report.findings[0];
  f.period = "2025-Q3";
  f.evidence = {{"count", ResultValue{2.0}},
                {"topic", ResultValue{std::string("Bình đẳng giới")}},
                {"sent_on", ResultValue{*Date::from_ymd(2025, 12, 12)}},
                {"late", ResultValue{true}},
                {"report", ResultValue{Missing{}}}};
  const json j = audit_to_json(fx.report, Language::kVietnamese);
  EXPECT_EQ(j["findings"][0].at("period"), "2025-Q3");
  EXPECT_EQ(j["findings"][0].at("evidence"), (json{{"count", 2.0},
                                                   {"topic", "Bình đẳng giới"},
                                                   {"sent_on", "2025-12-12"},
                                                   {"late", true},
                                                   {"report", nullptr}}));
}

TEST(JsonReportTest, SkippedRulesSayWhyInTheLanguage) {
  ReportFixture fx;
  const json vi = audit_to_json(fx.report, Language::kVietnamese);
  ASSERT_EQ(vi.at("skipped").size(), 1u);
  EXPECT_EQ(vi["skipped"][0].at("rule"), "O6.T4");
  EXPECT_EQ(vi["skipped"][0].at("reason"), "Thiếu sổ: outlets, segments");
  EXPECT_EQ(vi["skipped"][0].at("missing_registers"), (json{"outlets", "segments"}));
  const json en = audit_to_json(fx.report, Language::kEnglish);
  EXPECT_EQ(en["skipped"][0].at("reason"), "Missing register(s): outlets, segments");
}

TEST(JsonReportTest, RunAndSummaryDescribeTheAudit) {
  ReportFixture fx;
  const json j = audit_to_json(fx.report, Language::kVietnamese);
  EXPECT_EQ(j.at("run"), (json{{"period", "2025"},
                               {"period_start", "2025-01-01"},
                               {"period_end", "2025-12-31"},
                               {"as_of", "2025-12-31"},
                               {"language", "vi"},
                               {"pack_version", "3f2a9c"},
                               {"rule_files", {{"builtin_pack", true}, {"added", json::array()}}},
                               {"registers",
                                {{{"register", "agencies"},
                                  {"file", "agencies.csv"},
                                  {"sha256", std::string(64, 'a')},
                                  {"rows", 3}},
                                 {{"register", "staff"},
                                  {"file", "staff.xlsx"},
                                  {"sha256", std::string(64, 'b')},
                                  {"rows", 16}}}}}));
  EXPECT_EQ(j.at("summary"), (json{{"findings", 2},
                                   {"indicators_met", 0},
                                   {"indicators_not_met", 1},
                                   {"indicators_no_data", 0},
                                   {"skipped", 1},
                                   {"waived", 0}}));
}

TEST(JsonReportTest, AnEmptyAuditHasEmptyLists) {
  AuditReport report;
  const json j = audit_to_json(report, Language::kEnglish);
  EXPECT_EQ(j.at("findings"), json::array());
  EXPECT_EQ(j.at("indicators"), json::array());
  EXPECT_EQ(j.at("skipped"), json::array());
}

TEST(JsonReportTest, TextIsIndentedByTwoAndEndsWithANewline) {
  ReportFixture fx;
  const std::string text = audit_to_json_text(fx.report, Language::kEnglish);
  EXPECT_EQ(text.rfind("{\n  \"findings\": [\n", 0), 0u);
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(json::parse(text), audit_to_json(fx.report, Language::kEnglish));
}

}  // namespace
}  // namespace genaudit
