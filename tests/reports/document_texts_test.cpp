// Specification of the documents' texts and of the shared values for
// people: every text in both languages, objectives from rule ids, periods
// as days, and the register rows behind a finding as ranges.
#include "reports/document_texts.h"

#include <gtest/gtest.h>

#include <string>

#include "reports/finding_groups.h"
#include "reports/human_values.h"
#include "tests/reports/document_fixture.h"

namespace genaudit {
namespace {


TEST(DocumentTextsTest, EveryTextInBothLanguages) {
  for (int id = 0; id <= static_cast<int>(DocText::kWorkbookCannotWrite); ++id) {
    EXPECT_FALSE(doc_text(static_cast<DocText>(id), Language::kVietnamese).empty()) << id;
    EXPECT_FALSE(doc_text(static_cast<DocText>(id), Language::kEnglish).empty()) << id;
  }
}

TEST(DocumentTextsTest, SheetNamesAreValidInExcel) {
  for (DocText id :
       {DocText::kSheetFindings, DocText::kSheetIndicators, DocText::kSheetEvidenceRows,
        DocText::kSheetEvidenceValues, DocText::kSheetAbout}) {
    for (Language lang : {Language::kVietnamese, Language::kEnglish}) {
      const std::string_view name = doc_text(id, lang);
      EXPECT_LE(name.size(), 31u) << name;  // bytes: stricter than Excel's characters
      EXPECT_EQ(name.find_first_of("[]:*?/\\"), std::string_view::npos) << name;
    }
  }
}

TEST(DocumentTextsTest, ObjectivesComeFromTheRuleIdPrefix) {
  EXPECT_EQ(objective_of("O1.S4"), "O1");
  EXPECT_EQ(objective_of("O5.T4b"), "O5");
  EXPECT_EQ(objective_of("O6.T4"), "O6");
  EXPECT_EQ(objective_of("V.19"), "V");
  EXPECT_EQ(objective_of("O7.T1"), "");
  EXPECT_EQ(objective_of("X.1"), "");
  EXPECT_EQ(objective_of("O1"), "");
  EXPECT_EQ(objective_name("O3", Language::kVietnamese),
            "Mục tiêu 3: Đảm bảo bình đẳng giới trong đời sống gia đình và phòng ngừa, ứng phó "
            "với bạo lực trên cơ sở giới");
  EXPECT_EQ(objective_name("V", Language::kEnglish), "Part V: Implementation and reporting");
  EXPECT_EQ(objective_name("", Language::kVietnamese), "Khác");
  EXPECT_EQ(findings_count_text(1, Language::kEnglish), "1 finding");
  EXPECT_EQ(findings_count_text(2, Language::kEnglish), "2 findings");
  EXPECT_EQ(findings_count_text(2, Language::kVietnamese), "2 phát hiện");
}

TEST(HumanValuesTest, PeriodsAsDays) {
  auto days = [](const std::string& p) {
    const auto d = period_days(p);
    return d ? d->first.iso() + ".." + d->second.iso() : std::string("none");
  };
  EXPECT_EQ(days("2025"), "2025-01-01..2025-12-31");
  EXPECT_EQ(days("2024-02"), "2024-02-01..2024-02-29");
  EXPECT_EQ(days("2025-Q2"), "2025-04-01..2025-06-30");
  EXPECT_EQ(days("2025-Q5"), "none");
  EXPECT_EQ(days("2025-13"), "none");
  EXPECT_EQ(days("25"), "none");
}

TEST(HumanValuesTest, RowsAreSummarisedPerFileAsRanges) {
  const std::vector<EvidenceRow> rows = {
      {"agencies", "agencies.csv", "", 8}, {"staff", "staff.csv", "", 110},
      {"staff", "staff.csv", "", 111},     {"staff", "staff.csv", "", 112},
      {"staff", "staff.csv", "", 118},     {"staff", "staff.xlsx", "Cán bộ", 5},
      {"staff", "staff.csv", "", 119},
  };
  EXPECT_EQ(rows_summary(rows, Language::kVietnamese),
            (std::vector<std::string>{"agencies.csv: dòng 8", "staff.csv: dòng 110–112, 118–119",
                                      "staff.xlsx, trang \"Cán bộ\": dòng 5"}));
  EXPECT_EQ(rows_summary(rows, Language::kEnglish)[1], "staff.csv: rows 110–112, 118–119");
  EXPECT_EQ(row_text(rows[5], Language::kEnglish), "staff.xlsx, sheet \"Cán bộ\", row 5");
}

TEST(FindingGroupsTest, ByObjectiveLeadSubjectAndRule) {
  testing::DocumentFixture fx;
  const auto objectives = group_by_objective(fx.report);
  ASSERT_EQ(objectives.size(), 3u);
  EXPECT_EQ(objectives[0].key, "O1");
  EXPECT_EQ(objectives[1].key, "O6");
  EXPECT_EQ(objectives[2].key, "V");
  const auto leads = group_by_lead(fx.report);
  ASSERT_EQ(leads.size(), 3u);
  EXPECT_EQ(leads[0].key, "Sở Nội vụ");
  EXPECT_EQ(leads[0].findings.size(), 2u);
  const auto subjects = group_by_subject(fx.report);
  ASSERT_EQ(subjects.size(), 3u);
  EXPECT_EQ(subjects[1].subject, "SNV");
  EXPECT_EQ(finding_index(fx.report, subjects[1].findings[1]), 3u);
  EXPECT_EQ(group_by_rule(subjects[1].findings).size(), 2u);
  const FigureColumns columns = figure_columns(objectives[2].findings, Language::kVietnamese);
  EXPECT_EQ(columns.names, (std::vector<std::string>{"sent_on", "days_late", "report_no"}));
  EXPECT_EQ(columns.numeric, (std::vector<bool>{false, true, true}));
  EXPECT_EQ(columns.cells[0], (std::vector<std::string>{"15/12/2025", "5", "—"}));
}

}  // namespace
}  // namespace genaudit
