// Specification of the report for people: golden texts of a small audit in
// Vietnamese and English, alignment by what a terminal shows, colour only
// when asked for.
#include "reports/text_report.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "reports/terminal.h"
#include "reports/text_table.h"
#include "tests/reports/report_fixture.h"

namespace genaudit {
namespace {

using testing::ReportFixture;

struct TextReportTest : ::testing::Test {
  ReportFixture fx;
  TextReportTest() { fx.t1.value_type = rules::ValueType::kPercent; }  // O1.T1: a share
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_F(TextReportTest, VietnameseGolden) {
  EXPECT_EQ(render_text_report(fx.report, Language::kVietnamese, false),
            R"(Báo cáo rà soát thực hiện bình đẳng giới
Kế hoạch số 11983/UBND-KGVX ngày 25/11/2021 của UBND tỉnh Khánh Hòa thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2025
Kỳ rà soát: 2025 (01/01/2025 – 31/12/2025)
Ngày đối chiếu: 31/12/2025
Phiên bản bộ quy tắc: 3f2a9c
Sổ đã đọc (2):
  Sổ        Tệp           Số dòng
  agencies  agencies.csv        3
  staff     staff.xlsx         16

Tiếp nhận dữ liệu
-----------------
Đã đọc 2 tệp của 2 sổ; 19 dòng dữ liệu được đưa vào rà soát.

  Sổ        Tệp           Cách đọc                                     Số dòng
  agencies  agencies.csv  nhận biết theo tên tệp                             3
  staff     staff.xlsx    trang tính “Cán bộ”; nhận biết theo tên tệp       16

Sổ không được cung cấp (2):
  - outlets: không có tệp nào; các quy tắc cần sổ này bị bỏ qua (O6.T4) — xem mục “Bỏ qua”
  - segments: không có tệp nào; các quy tắc cần sổ này bị bỏ qua (O6.T4) — xem mục “Bỏ qua”

Phát hiện (2)
-------------

O1.S4  Cơ quan có tỷ lệ nữ từ 30% trở lên nhưng chưa có lãnh đạo chủ chốt là nữ
  Căn cứ: KH 11983/UBND-KGVX, mục II.1.b
  Chủ trì: Sở Nội vụ
  Mức độ: cao
  Khắc phục: Bổ nhiệm nữ cán bộ lãnh đạo.

  Mã       Tên                       women  known  female_share
  SNV      Sở Nội vụ                     3     10         30,0%
  UBND-NT  UBND thành phố Nha Trang      2      6         33,3%

Chỉ tiêu (1)
------------

  Mã     Chỉ tiêu                                  Giá trị  Tử số/mẫu số  Mức cần đạt  Kết quả
  O1.T1  Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ    33,3%   1/3 cơ quan        ≥ 60%  Chưa đạt

Phạm vi kiểm tra (1)
--------------------
Mỗi quy tắc phát hiện đã kiểm tra bao nhiêu đối tượng. Quy tắc xét theo tháng, quý hoặc năm kiểm tra mỗi đối tượng một lượt cho từng kỳ. Lượt không đủ dữ liệu để kết luận (thiếu giá trị cần thiết trong sổ) không thành phát hiện.

  O1.S4  Cơ quan có tỷ lệ nữ từ 30% trở lên nhưng chưa có lãnh đạo chủ chốt là nữ
    Đã kiểm tra 3 cơ quan: 2 vi phạm, 0 không đủ dữ liệu để kết luận.

Bỏ qua (1)
----------

  O6.T4  Đài không có chuyên mục bình đẳng giới trong tháng
    Thiếu sổ: outlets, segments

Tổng kết: 2 phát hiện; chỉ tiêu: 0 đạt, 1 chưa đạt, 0 không có dữ liệu; 1 quy tắc bị bỏ qua.
)");
}

TEST_F(TextReportTest, EnglishGolden) {
  EXPECT_EQ(render_text_report(fx.report, Language::kEnglish, false),
            R"(Gender-equality audit report
Plan No. 11983/UBND-KGVX of 25 November 2021 of the Khánh Hòa People's Committee, implementing the National Strategy on Gender Equality 2021–2025
Period: 2025 (2025-01-01 – 2025-12-31)
As of: 2025-12-31
Rule pack version: 3f2a9c
Registers read (2):
  Register  File          Rows
  agencies  agencies.csv     3
  staff     staff.xlsx      16

Data intake
-----------
2 file(s) of 2 register(s) read; 19 data row(s) taken into the audit.

  Register  File          How it was read                         Rows
  agencies  agencies.csv  recognised by its name                     3
  staff     staff.xlsx    sheet “Cán bộ”; recognised by its name    16

Registers missing (2):
  - outlets: no file; the rules that need it are skipped (O6.T4) — see “Skipped”
  - segments: no file; the rules that need it are skipped (O6.T4) — see “Skipped”

Findings (2)
------------

O1.S4  Agency with 30% or more women but no female key leader
  Citation: KH 11983/UBND-KGVX, mục II.1.b
  Lead: Sở Nội vụ
  Severity: high
  Remedy: Appoint women to leadership posts.

  Code     Name                      women  known  female_share
  SNV      Sở Nội vụ                     3     10         30.0%
  UBND-NT  UBND thành phố Nha Trang      2      6         33.3%

Indicators (1)
--------------

  Id     Indicator                                   Value    Part/whole  Target  Status
  O1.T1  Share of agencies with a female key leader  33.3%  1/3 agencies   ≥ 60%  not met

Coverage (1)
------------
How many subjects each finding rule checked. A rule read per month, quarter or year checks each subject once for each period (a case). A case without the data to decide it (a value the rule needs is missing from the register) is not a finding.

  O1.S4  Agency with 30% or more women but no female key leader
    Checked 3 agencies: 2 breached, 0 without the data to decide.

Skipped (1)
-----------

  O6.T4  Broadcaster without a gender-equality segment in the month
    Missing register(s): outlets, segments

Summary: 2 findings; indicators: 0 met, 1 not met, 0 no data; 1 rule skipped.
)");
}

// The lines of the findings table of the first rule: from its header ("Mã")
// to the blank line after it.
std::vector<std::string> finding_table(const std::string& report) {
  std::vector<std::string> table;
  bool in_table = false;
  for (const std::string& line : lines_of(report)) {
    if (line.rfind("  Mã ", 0) == 0 || line.rfind("  Code ", 0) == 0) in_table = true;
    if (in_table && line.empty()) break;
    if (in_table) table.push_back(line);
  }
  return table;
}

TEST_F(TextReportTest, AlignsByWhatTheTerminalShows) {
  // Names with diacritics, precomposed (NFC) and decomposed (NFD): each
  // Vietnamese letter takes one column either way.
  fx.report.findings[0].subject_name = "Sở Lao động - Thương binh và Xã hội";
  fx.report.findings[1].subject_name =
      "UBND xa\xcc\x83 Ninh Thu\xcc\x9bo\xcc\x9b\xcc\xa3ng";  // "UBND xã Ninh Thượng", NFD
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const std::vector<std::string> table =
        finding_table(render_text_report(fx.report, lang, false));
    ASSERT_EQ(table.size(), 3u);
    // The last column is right-aligned: every line is as wide as the header.
    for (const std::string& line : table) {
      EXPECT_EQ(display_width(line), display_width(table[0])) << line;
    }
  }
}

TEST_F(TextReportTest, DecomposedTextPadsLikeItsPrecomposedForm) {
  fx.report.findings[0].subject_name = "Sở Nội vụ";  // NFC
  const std::string nfc = render_text_report(fx.report, Language::kVietnamese, false);
  fx.report.findings[0].subject_name =
      "So\xcc\x9b\xcc\x89 N\xc3\xb4\xcc\xa3i vu\xcc\xa3";  // decomposed
  const std::string nfd = render_text_report(fx.report, Language::kVietnamese, false);
  const std::vector<std::string> a = finding_table(nfc), b = finding_table(nfd);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(display_width(a[i]), display_width(b[i]));
}

TEST_F(TextReportTest, NoEscapesWithoutColor) {
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    EXPECT_EQ(render_text_report(fx.report, lang, false).find('\x1b'), std::string::npos);
  }
}

std::string strip_escapes(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\x1b') {
      i = s.find('m', i);
      continue;
    }
    out += s[i];
  }
  return out;
}

TEST_F(TextReportTest, ColorMarksFindingsRedAndMetIndicatorsGreen) {
  IndicatorResult met = fx.report.indicators[0];
  met.value = 75;
  met.status = IndicatorStatus::kMet;
  fx.report.indicators.push_back(met);
  const std::string colored = render_text_report(fx.report, Language::kEnglish, true);
  EXPECT_NE(colored.find("\x1b[31mO1.S4  Agency with"), std::string::npos);
  EXPECT_NE(colored.find("\x1b[31mnot met\x1b[0m"), std::string::npos);
  EXPECT_NE(colored.find("\x1b[32mmet\x1b[0m"), std::string::npos);
  // The escapes take no room: without them the text is the plain report.
  EXPECT_EQ(strip_escapes(colored), render_text_report(fx.report, Language::kEnglish, false));
}

TEST_F(TextReportTest, NoDataShowsADashAndAPlainNumberHasNoPercentSign) {
  fx.report.indicators[0].value.reset();
  fx.report.indicators[0].status = IndicatorStatus::kNoData;
  const std::string vi = render_text_report(fx.report, Language::kVietnamese, false);
  EXPECT_NE(vi.find("là nữ        —   1/3 cơ quan        ≥ 60%  Không có dữ liệu\n"), std::string::npos) << vi;
  EXPECT_NE(vi.find("  33,3%\n"), std::string::npos) << vi;
  EXPECT_NE(vi.find("1 không có dữ liệu"), std::string::npos);

  fx.t1.value_type = rules::ValueType::kNumber;  // a plain number: "as reported"
  fx.report.indicators[0].value = 1.75;
  fx.report.indicators[0].target = 1.7;
  fx.report.indicators[0].comparison = rules::BinaryOp::kLessEqual;
  fx.report.indicators[0].status = IndicatorStatus::kNotMet;
  EXPECT_NE(
      render_text_report(fx.report, Language::kVietnamese, false).find("1,75   1/3 cơ quan        ≤ 1,7  Chưa đạt"),
      std::string::npos);
  EXPECT_NE(render_text_report(fx.report, Language::kEnglish, false).find("1.75  1/3 agencies   ≤ 1.7  not met"),
            std::string::npos);
}

TEST_F(TextReportTest, PeriodsDatesAndLargeNumbersFollowTheLanguage) {
  Finding& f = fx.report.findings[0];
  f.period = "2025-03";
  fx.report.findings[1].period = "2025-Q1";
  f.evidence.push_back({"sent_on", ResultValue{*Date::from_ymd(2025, 12, 15)}});
  fx.report.registers[1].rows = 12345;
  const std::string vi = render_text_report(fx.report, Language::kVietnamese, false);
  const std::string en = render_text_report(fx.report, Language::kEnglish, false);
  EXPECT_NE(vi.find("  Mã       Tên                       Kỳ          women"), std::string::npos)
      << vi;
  EXPECT_NE(vi.find("  03/2025  "), std::string::npos);
  EXPECT_NE(vi.find("  Quý 1/2025  "), std::string::npos);
  EXPECT_NE(vi.find("15/12/2025"), std::string::npos);
  EXPECT_NE(vi.find(" 12.345\n"), std::string::npos);
  EXPECT_NE(en.find("  2025-03  "), std::string::npos);
  EXPECT_NE(en.find("  2025-Q1  "), std::string::npos);
  EXPECT_NE(en.find("2025-12-15"), std::string::npos);
  EXPECT_NE(en.find(" 12,345\n"), std::string::npos);
}

TEST(TextReportEmptyTest, SaysThereIsNothing) {
  AuditReport report;
  report.period = "2025-01..2025-06";
  report.dates = {*Date::from_ymd(2025, 1, 1), *Date::from_ymd(2025, 6, 30),
                  *Date::from_ymd(2025, 7, 15)};
  EXPECT_EQ(render_text_report(report, Language::kEnglish, false),
            R"(Gender-equality audit report
Plan No. 11983/UBND-KGVX of 25 November 2021 of the Khánh Hòa People's Committee, implementing the National Strategy on Gender Equality 2021–2025
Period: 2025-01..2025-06 (2025-01-01 – 2025-06-30)
As of: 2025-07-15
Registers read: none

Data intake
-----------
No register file was read.

Findings (0)
------------
No findings.

Indicators (0)
--------------
No indicators.

Coverage (0)
------------
No finding rule ran.

Summary: 0 findings; indicators: 0 met, 0 not met, 0 no data.
)");
  const std::string vi = render_text_report(report, Language::kVietnamese, false);
  EXPECT_NE(vi.find("Ngày đối chiếu: 15/07/2025\n"), std::string::npos);
  EXPECT_NE(vi.find("Không có phát hiện nào.\n"), std::string::npos);
  EXPECT_NE(vi.find("Tổng kết: 0 phát hiện; chỉ tiêu: 0 đạt, 0 chưa đạt, 0 không có dữ liệu.\n"),
            std::string::npos);
}

TEST(DisplayWidthTest, CountsWhatATerminalShows) {
  EXPECT_EQ(display_width("Nguyễn Thị Hằng"), 15);                                          // NFC
  EXPECT_EQ(display_width("Nguye\xcc\x82\xcc\x83n Thi\xcc\xa3 Ha\xcc\x86\xcc\x80ng"), 15);  // NFD
  EXPECT_EQ(display_width("≥ 60%"), 5);
  EXPECT_EQ(display_width("—"), 1);
  EXPECT_EQ(display_width("中文"), 4);
  EXPECT_EQ(display_width("a\xff"
                          "b"),
            3);  // a stray byte counts as one
}

TEST(TextTableTest, PadsRightAlignedColumnsAndTrimsTrailingSpaces) {
  TextTable table({{"Mã"}, {"Tên"}, {"Số", Align::kRight}, {"Ghi chú"}});
  table.add_row({{"A"}, {"Ủy ban"}, {"12"}, {""}});
  table.add_row({{"BB"}, {"Sở"}, {"3"}, {"đủ"}});
  EXPECT_EQ(table.render("  ", false),
            "  Mã  Tên     Số  Ghi chú\n"
            "  A   Ủy ban  12\n"
            "  BB  Sở       3  đủ\n");
}

TEST(ShouldUseColorTest, OnlyForATerminalWithoutNoColor) {
  const int master = posix_openpt(O_RDWR | O_NOCTTY);
  ASSERT_GE(master, 0);
  ASSERT_EQ(grantpt(master), 0);
  ASSERT_EQ(unlockpt(master), 0);
  const int terminal = open(ptsname(master), O_RDWR | O_NOCTTY);
  ASSERT_GE(terminal, 0);
  const int file = open("/dev/null", O_WRONLY);
  ASSERT_GE(file, 0);

  const char* term = std::getenv("TERM");
  const std::string saved_term = term != nullptr ? term : "";
  unsetenv("NO_COLOR");
  setenv("TERM", "xterm-256color", 1);
  EXPECT_TRUE(should_use_color(terminal));
  EXPECT_FALSE(should_use_color(file));
  setenv("NO_COLOR", "", 1);  // empty: as if unset
  EXPECT_TRUE(should_use_color(terminal));
  setenv("NO_COLOR", "1", 1);
  EXPECT_FALSE(should_use_color(terminal));
  unsetenv("NO_COLOR");
  setenv("TERM", "dumb", 1);
  EXPECT_FALSE(should_use_color(terminal));

  if (term != nullptr) setenv("TERM", saved_term.c_str(), 1);
  close(file);
  close(terminal);
  close(master);
}

}  // namespace
}  // namespace genaudit
