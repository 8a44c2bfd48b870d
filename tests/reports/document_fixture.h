// Audits built by hand for the document tests (HTML, Markdown, CSV, workbook,
// inspection records):
//   DocumentFixture — the report fixture plus an O6.T4 finding for a month,
//     a V.19 finding with a date and a missing value, a met indicator and a
//     statistics indicator without data;
//   HostileFixture — findings whose codes, names, figures, rows and file
//     names are strings that attack HTML, spreadsheets and file systems.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tests/reports/report_fixture.h"

namespace genaudit::testing {

inline rules::RuleInfo v19_info() {
  rules::RuleInfo info;
  info.id = "V.19";
  info.kind = rules::RuleKind::kFinding;
  info.title = {"Đơn vị không gửi hoặc gửi muộn báo cáo năm", "Annual report missing or sent late"};
  info.remedy = {"Gửi báo cáo năm đúng hạn (trước ngày 10/12).",
                 "Send the annual report on time (by 10 December)."};
  info.citation = "KH 11983/UBND-KGVX, mục V.19";
  info.lead = "Sở Lao động - Thương binh và Xã hội";
  info.severity = "medium";
  info.subject_register = "agencies";
  info.registers = {"agencies", "reports"};
  return info;
}

inline rules::RuleInfo o2_t1_info() {
  rules::RuleInfo info;
  info.id = "O2.T1";
  info.kind = rules::RuleKind::kIndicator;
  info.title = {"Tỷ lệ lao động nữ làm công việc hưởng lương (%)", "Women in wage work (%)"};
  info.citation = "KH 11983/UBND-KGVX, mục II.2.a, chỉ tiêu 1";
  info.lead = "Sở Lao động - Thương binh và Xã hội";
  info.severity = "medium";
  info.registers = {"statistics"};
  info.value_type = rules::ValueType::kPercentFigure;  // a statistic its title says is in %
  return info;
}

inline rules::RuleInfo o4_t1_info() {
  rules::RuleInfo info;
  info.id = "O4.T1";
  info.kind = rules::RuleKind::kIndicator;
  info.title = {"Tỷ số giới tính khi sinh (số bé trai/100 bé gái)",
                "Sex ratio at birth (boys per 100 girls)"};
  info.citation = "KH 11983/UBND-KGVX, mục II.4.a, chỉ tiêu 1";
  info.lead = "Sở Y tế";
  info.severity = "medium";
  info.registers = {"statistics"};
  return info;
}

// O1.S4's evidence labels as the pack gives them; the fixtures leave
// evidence unlabelled (shown by its name) unless a test adds these.
inline std::map<std::string, rules::LocalizedText> o1_s4_evidence_labels() {
  return {{"women", {"Số cán bộ nữ", "Women on staff"}},
          {"known", {"Số cán bộ có thông tin giới tính", "Staff whose gender is recorded"}},
          {"female_share", {"Tỷ lệ nữ", "Share of women"}}};
}

struct DocumentFixture : ReportFixture {
  rules::RuleInfo v19 = v19_info();
  rules::RuleInfo o2t1 = o2_t1_info();
  rules::RuleInfo o4t1 = o4_t1_info();

  DocumentFixture() {
    t1.value_type = rules::ValueType::kPercent;  // O1.T1's value is a share
    s4.subject_register = "agencies";
    t4.kind = rules::RuleKind::kFinding;
    t4.subject_register = "outlets";
    t4.remedy = {"Xây dựng chuyên mục bình đẳng giới hằng tháng.",
                 "Run a gender-equality segment every month."};
    report.registers.push_back({"outlets", "outlets.csv", std::string(64, 'c'), 2});
    report.registers.push_back({"segments", "segments.csv", std::string(64, 'd'), 40});
    report.registers.push_back({"reports", "reports.csv", std::string(64, 'e'), 5});

    Finding radio;
    radio.rule = &t4;
    radio.subject = "DPT-KH";
    radio.subject_name = "Đài Phát thanh và Truyền hình Khánh Hòa";
    radio.period = "2025-03";
    radio.evidence = {{"segments", number(0)}};
    radio.rows = {{"outlets", "outlets.csv", "", 2}};
    Finding late;
    late.rule = &v19;
    late.subject = "SNV";
    late.subject_name = "Sở Nội vụ";
    late.period = "2025";
    late.evidence = {{"sent_on", ResultValue{*Date::from_ymd(2025, 12, 15)}},
                     {"days_late", number(5)},
                     {"report_no", ResultValue{Missing{}}}};
    late.rows = {{"agencies", "agencies.csv", "", 2},
                 {"reports", "reports.csv", "", 3},
                 {"reports", "reports.csv", "", 4},
                 {"reports", "reports.csv", "", 5}};
    report.findings.push_back(radio);
    report.findings.push_back(late);
    report.skipped.clear();

    IndicatorResult wage;
    wage.rule = &o2t1;
    wage.value = 52.5;
    wage.target = 50;
    wage.status = IndicatorStatus::kMet;
    IndicatorResult births;
    births.rule = &o4t1;
    births.target = 111;
    births.comparison = rules::BinaryOp::kLessEqual;
    births.status = IndicatorStatus::kNoData;
    report.indicators.push_back(wage);
    report.indicators.push_back(births);
  }
};

// Strings that would run code in a browser, a formula in a spreadsheet, or
// misname a file, were they written as they are.
inline const std::vector<std::string>& hostile_strings() {
  static const std::vector<std::string> kHostile = {
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>",
      "=HYPERLINK(\"http://x\",\"y\")",
      "@SUM(A1)",
      "+1",
      "-1",
  };
  return kHostile;
}

struct HostileFixture : ReportFixture {
  HostileFixture() {
    const std::vector<std::string>& bad = hostile_strings();
    report.registers = {{"agencies", bad[1] + ".csv", std::string(64, 'a'), 3},
                        {"staff", bad[0] + ".xlsx", std::string(64, 'b'), 16}};
    report.findings.clear();
    for (std::size_t i = 0; i < bad.size(); ++i) {
      Finding f;
      f.rule = &s4;
      f.subject = bad[i];
      f.subject_name = bad[(i + 1) % bad.size()];
      f.evidence = {{"note", ResultValue{bad[(i + 2) % bad.size()]}}, {"women", number(3)}};
      f.rows = {{"agencies", bad[1] + ".csv", "", static_cast<long>(i + 2)},
                {"staff", bad[0] + ".xlsx", bad[3], 5}};
      report.findings.push_back(std::move(f));
    }
  }
};

}  // namespace genaudit::testing
