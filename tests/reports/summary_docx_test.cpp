// The province summary as Word: its outline on the committed sample with the
// shipped inspection file (a golden, read by a person before it was
// committed), in both languages; the same sections as the HTML summary; and
// what it prints when the inspection file gives nothing. Read back by
// python-docx and LibreOffice in summary_docx_readback.py.
#include "reports/summary_docx.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "reports/summary_content.h"
#include "tests/fixture_summary.h"
#include "tests/golden.h"
#include "tests/reports/docx_outline.h"

namespace genaudit {
namespace {

const std::filesystem::path kSource(GENAUDIT_SOURCE_DIR);

Inspection shipped_inspection() {
  const std::string text = testing::read_file(kSource / "examples" / "khanh-hoa-inspection.toml");
  const InspectionFile file = read_inspection("example", text, Language::kVietnamese);
  EXPECT_TRUE(file.problems.empty());
  return file.inspection;
}

// Regenerate with GENAUDIT_UPDATE_GOLDEN=1 and read the difference before
// committing it.
TEST(SummaryDocx, OnTheSampleMatchesItsGolden) {
  const AuditReport report = testing::audit_folder_with_summary(kSource / "examples" / "khanh-hoa", "2025");
  const Inspection in = shipped_inspection();
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::string name = lang == Language::kEnglish ? "summary-docx-khanh-hoa.en.outline"
                                                        : "summary-docx-khanh-hoa.vi.outline";
    testing::expect_golden(kSource / "tests" / "reports" / "golden" / name,
                           testing::outline(summary_document(report, lang, in)));
  }
}

TEST(SummaryDocx, NumbersTheSummarysSectionsInOrder) {
  const AuditReport report = testing::audit_folder_with_summary(kSource / "examples" / "khanh-hoa", "2025");
  const SummaryContent content = summary_content(report, Language::kVietnamese);
  const std::string outline = testing::outline(summary_document(report, Language::kVietnamese, {}));
  static const char* const kNumbers[] = {"I. ", "II. ", "III. ", "IV. ", "V. "};
  ASSERT_EQ(content.sections.size(), std::size(kNumbers));
  std::size_t at = 0;
  for (std::size_t i = 0; i < content.sections.size(); ++i) {
    const std::string line = "P left bold heading: " + std::string(kNumbers[i]) + content.sections[i].heading + "\n";
    const std::size_t found = outline.find(line, at);
    ASSERT_NE(found, std::string::npos) << line;
    at = found;
  }
}

TEST(SummaryDocx, LeavesWhatTheInspectionFileDoesNotGiveBlank) {
  const AuditReport report = testing::audit_folder_with_summary(kSource / "examples" / "khanh-hoa", "2025");
  const std::string outline = testing::outline(summary_document(report, Language::kVietnamese, {}));
  for (const char* part :
       {"Số: ................../..................", ".................., ngày ..... tháng ..... năm .......",
        "Kính gửi: ..................", "Căn cứ Quyết định số .................. ngày ..................",
        "Đoàn kiểm tra kính báo cáo ..................", "- .................. | TRƯỞNG ĐOÀN KIỂM TRA"}) {
    EXPECT_NE(outline.find(part), std::string::npos) << part << "\n" << outline.substr(0, 2000);
  }
}

}  // namespace
}  // namespace genaudit
