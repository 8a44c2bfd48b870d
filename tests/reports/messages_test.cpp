// Specification of the report texts: every input error, in both languages,
// says where it is (file, sheet, row, column) and what is wrong with which
// value; the catalogue has every text in both languages.
#include "reports/messages.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace genaudit {
namespace {


constexpr InputErrorKind kAllKinds[] = {
    InputErrorKind::kCannotOpen,       InputErrorKind::kEmptyFile,
    InputErrorKind::kBadEncoding,      InputErrorKind::kMalformedCsv,
    InputErrorKind::kMissingColumn,    InputErrorKind::kDuplicateColumn,
    InputErrorKind::kMissingValue,     InputErrorKind::kBadDate,
    InputErrorKind::kBadNumber,        InputErrorKind::kBadInteger,
    InputErrorKind::kBadCode,          InputErrorKind::kDuplicateKey,
    InputErrorKind::kUnknownReference, InputErrorKind::kConflictingGender,
    InputErrorKind::kCorruptWorkbook,  InputErrorKind::kLimitExceeded,
    InputErrorKind::kUnknownSheet,
    InputErrorKind::kCsvLimitExceeded, InputErrorKind::kOutOfRange,
    InputErrorKind::kRepeatedLater,    InputErrorKind::kConflictingPerson,
    InputErrorKind::kNearMissHeader,   InputErrorKind::kHeaderNotFound,
    InputErrorKind::kAmbiguousRegister, InputErrorKind::kAmbiguousHeader,
    InputErrorKind::kFolderLimitExceeded, InputErrorKind::kAlreadyImported,
    InputErrorKind::kInvisibleInCode,  InputErrorKind::kPasswordProtected,
};

// Kinds whose sentence is about a cell's value.
bool names_value(InputErrorKind kind) {
  switch (kind) {
    case InputErrorKind::kDuplicateColumn:
    case InputErrorKind::kBadDate:
    case InputErrorKind::kBadNumber:
    case InputErrorKind::kBadInteger:
    case InputErrorKind::kOutOfRange:
    case InputErrorKind::kBadCode:
    case InputErrorKind::kDuplicateKey:
    case InputErrorKind::kUnknownReference:
    case InputErrorKind::kConflictingGender:
    case InputErrorKind::kRepeatedLater:
    case InputErrorKind::kConflictingPerson:
    case InputErrorKind::kCorruptWorkbook:
    case InputErrorKind::kLimitExceeded:
    case InputErrorKind::kUnknownSheet:
    case InputErrorKind::kNearMissHeader:
    case InputErrorKind::kInvisibleInCode:
      return true;
    default:
      return false;
  }
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST(RenderInputErrorTest, BadDateReadsAsTheExampleInBothLanguages) {
  const InputError e{InputErrorKind::kBadDate,
                     "staff.csv",
                     "",
                     7,
                     "Ngày sinh",
                     "31/02/2025",
                     "dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd"};
  EXPECT_EQ(render_input_error(e, Language::kVietnamese),
            "staff.csv, dòng 7, cột \"Ngày sinh\": giá trị \"31/02/2025\" không hợp lệ — "
            "cần một ngày dạng dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy hoặc yyyy-mm-dd");
  EXPECT_EQ(render_input_error(e, Language::kEnglish),
            "staff.csv, row 7, column \"Ngày sinh\": \"31/02/2025\" is not a valid date — "
            "expected dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy or yyyy-mm-dd");
}

TEST(RenderInputErrorTest, EveryKindNamesFileSheetRowColumnAndValue) {
  for (const InputErrorKind kind : kAllKinds) {
    for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
      const InputError e{kind, "staff.xlsx", "Trang tính1", 12, "Giới tính", "Nữ?", "Nữ, Nam"};
      const std::string text = render_input_error(e, lang);
      SCOPED_TRACE(text);
      EXPECT_EQ(text.rfind("staff.xlsx, ", 0), 0u);
      EXPECT_TRUE(contains(text, "\"Trang tính1\""));
      EXPECT_TRUE(contains(text, lang == Language::kEnglish ? "row 12" : "dòng 12"));
      EXPECT_TRUE(contains(text, "\"Giới tính\""));
      if (names_value(kind)) {
        EXPECT_TRUE(contains(text, "\"Nữ?\""));
      }
      EXPECT_FALSE(contains(text, "{"));  // every placeholder filled
      EXPECT_NE(text.back(), '\n');
    }
  }
}

TEST(RenderInputErrorTest, EveryKindHasItsOwnSentenceInEachLanguage) {
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    std::set<std::string> seen;
    for (const InputErrorKind kind : kAllKinds) {
      const InputError e{kind, "f.csv", "", 2, "c", "v", ""};
      EXPECT_TRUE(seen.insert(render_input_error(e, lang)).second) << static_cast<int>(kind);
    }
  }
  // The two languages differ for every kind.
  for (const InputErrorKind kind : kAllKinds) {
    const InputError e{kind, "f.csv", "", 2, "c", "v", "x"};
    EXPECT_NE(render_input_error(e, Language::kVietnamese),
              render_input_error(e, Language::kEnglish));
  }
}

TEST(RenderInputErrorTest, OmitsTheRowWhenZeroAndTheColumnWhenEmpty) {
  const InputError empty{InputErrorKind::kEmptyFile, "news.csv", "", 0, "", "", ""};
  EXPECT_EQ(render_input_error(empty, Language::kVietnamese),
            "news.csv: tệp rỗng hoặc không có dòng tiêu đề");
  EXPECT_EQ(render_input_error(empty, Language::kEnglish),
            "news.csv: the file is empty or has no header row");

  const InputError open{InputErrorKind::kCannotOpen, "data/staff.csv", "", 0, "", "", ""};
  EXPECT_EQ(render_input_error(open, Language::kEnglish),
            "data/staff.csv: the file cannot be opened for reading");
}

TEST(RenderInputErrorTest, WritesTheExpectationIntoTheSentence) {
  struct Case {
    InputError error;
    std::string vi;
    std::string en;
  };
  const Case cases[] = {
      {{InputErrorKind::kBadCode, "staff.csv", "", 4, "Giới tính", "X", "Nữ, F, female, Nam, M"},
       "staff.csv, dòng 4, cột \"Giới tính\": giá trị \"X\" không thuộc danh mục — cần một "
       "trong các giá trị Nữ, F, female, Nam hoặc M",
       "staff.csv, row 4, column \"Giới tính\": \"X\" is not one of the allowed values — "
       "expected Nữ, F, female, Nam or M"},
      {{InputErrorKind::kBadNumber, "statistics.csv", "", 3, "Giá trị", "12,5,1", "12.5 / 12,5"},
       "statistics.csv, dòng 3, cột \"Giá trị\": giá trị \"12,5,1\" không phải là số — cần "
       "một số, ví dụ 12.5 / 12,5",
       "statistics.csv, row 3, column \"Giá trị\": \"12,5,1\" is not a number — expected a "
       "number such as 12.5 / 12,5"},
      {{InputErrorKind::kMissingColumn, "staff.csv", "", 1, "Giới tính", "", "Giới tính (gender)"},
       "staff.csv, dòng 1: thiếu cột bắt buộc \"Giới tính\" — cần một cột có tiêu đề Giới "
       "tính (gender)",
       "staff.csv, row 1: the required column \"Giới tính\" is missing — expected a column "
       "headed Giới tính (gender)"},
      {{InputErrorKind::kMalformedCsv, "news.csv", "", 9, "Chủ đề", "", "closing \""},
       "news.csv, dòng 9, cột \"Chủ đề\": tệp CSV sai cấu trúc — cần dấu ngoặc kép (\") đóng ô",
       "news.csv, row 9, column \"Chủ đề\": the CSV is malformed — expected a closing double "
       "quote (\")"},
      {{InputErrorKind::kBadEncoding, "staff.csv", "", 2, "Họ và tên", "",
        "UTF-8 (CSV UTF-8) or UTF-16 with BOM"},
       "staff.csv, dòng 2, cột \"Họ và tên\": tệp không ở bảng mã được hỗ trợ — cần UTF-8 "
       "(CSV UTF-8) hoặc UTF-16 có BOM; hãy mở tệp bằng Excel và lưu lại dạng “CSV UTF-8”",
       "staff.csv, row 2, column \"Họ và tên\": the file is not in a supported encoding — "
       "expected UTF-8 (CSV UTF-8) or UTF-16 with a BOM; open it in Excel and save it again "
       "as “CSV UTF-8”"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(render_input_error(c.error, Language::kVietnamese), c.vi);
    EXPECT_EQ(render_input_error(c.error, Language::kEnglish), c.en);
  }
}

TEST(RenderInputErrorTest, WorkbookErrorsSayWhatIsWrongAndWhatToDo) {
  struct Case {
    InputError error;
    std::string vi;
    std::string en;
  };
  const Case cases[] = {
      {{InputErrorKind::kCorruptWorkbook, "staff.xlsx", "", 0, "", "", "a ZIP archive (.xlsx)"},
       "staff.xlsx: tệp không phải là tệp Excel đọc được — cần một tệp nén ZIP (.xlsx); tệp "
       "có thể bị cắt cụt hoặc không phải .xlsx; hãy mở tệp bằng Excel và lưu lại dạng .xlsx",
       "staff.xlsx: the file is not a readable Excel workbook — expected a ZIP archive "
       "(.xlsx); it may be cut short or not an .xlsx file; open it in Excel and save it again "
       "as .xlsx"},
      {{InputErrorKind::kCorruptWorkbook, "staff.xlsx", "", 0, "", "xl/worksheets/sheet1.xml",
        "XML without a DOCTYPE"},
       "staff.xlsx: tệp Excel bị hỏng, không đọc được phần \"xl/worksheets/sheet1.xml\" — cần "
       "XML không có khai báo DOCTYPE (tệp Excel không bao giờ có); hãy mở tệp bằng Excel và "
       "lưu lại dạng .xlsx",
       "staff.xlsx: the Excel workbook is damaged: its part \"xl/worksheets/sheet1.xml\" "
       "cannot be read — expected XML without a DOCTYPE (Excel never writes one); open the "
       "file in Excel and save it again as .xlsx"},
      {{InputErrorKind::kLimitExceeded, "staff.xlsx", "Trang tính1", 7, "",
        "xl/worksheets/sheet1.xml", "max_columns = 16384"},
       "staff.xlsx, trang \"Trang tính1\", dòng 7: phần \"xl/worksheets/sheet1.xml\" của tệp "
       "Excel vượt giới hạn an toàn max_columns = 16384 — tệp có thể bị hỏng hoặc được tạo "
       "để gây hại; nếu tệp đúng là của đơn vị gửi, hãy tách nhỏ tệp",
       "staff.xlsx, sheet \"Trang tính1\", row 7: the part \"xl/worksheets/sheet1.xml\" of "
       "the Excel workbook exceeds the safety limit max_columns = 16384 — the file may be "
       "damaged or crafted to do harm; if it is genuine, split it into smaller files"},
      {{InputErrorKind::kPasswordProtected, "staff.xlsx", "", 0, "", "", ""},
       "staff.xlsx: tệp Excel được đặt mật khẩu nên không đọc được — hãy mở tệp bằng Excel, "
       "bỏ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu, xóa mật "
       "khẩu) rồi lưu lại",
       "staff.xlsx: the workbook is protected by a password and cannot be read — open it in "
       "Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, "
       "clear it) and save it again"},
      {{InputErrorKind::kLimitExceeded, "news.xlsx", "Sheet1", 258, "",
        "xl/worksheets/sheet1.xml", "max_sheet_text_bytes = 268435456"},
       "news.xlsx, trang \"Sheet1\", dòng 258: phần \"xl/worksheets/sheet1.xml\" của tệp "
       "Excel vượt giới hạn an toàn max_sheet_text_bytes = 268435456 — tệp có thể bị hỏng "
       "hoặc được tạo để gây hại; nếu tệp đúng là của đơn vị gửi, hãy tách nhỏ tệp",
       "news.xlsx, sheet \"Sheet1\", row 258: the part \"xl/worksheets/sheet1.xml\" of the "
       "Excel workbook exceeds the safety limit max_sheet_text_bytes = 268435456 — the file "
       "may be damaged or crafted to do harm; if it is genuine, split it into smaller files"},
      {{InputErrorKind::kOutOfRange, "segments.csv", "", 4, "Thời lượng (phút)", "-15",
        "0 or more"},
       "segments.csv, dòng 4, cột \"Thời lượng (phút)\": giá trị \"-15\" nằm ngoài khoảng "
       "cho phép — cần một số từ 0 trở lên",
       "segments.csv, row 4, column \"Thời lượng (phút)\": \"-15\" is out of range — "
       "expected a number of 0 or more"},
      {{InputErrorKind::kCsvLimitExceeded, "staff.csv", "", 9, "Họ và tên", "",
        "max_field_bytes = 1048576"},
       "staff.csv, dòng 9, cột \"Họ và tên\": dòng vượt giới hạn an toàn max_field_bytes = "
       "1048576 — có thể một dấu ngoặc kép (\") chưa được đóng, hoặc tệp bị hỏng hay được "
       "tạo để gây hại",
       "staff.csv, row 9, column \"Họ và tên\": the row exceeds the safety limit "
       "max_field_bytes = 1048576 — a double quote (\") may be left open, or the file is "
       "damaged or crafted to do harm"},
      {{InputErrorKind::kUnknownSheet, "staff.xlsx", "", 0, "", "Cán bộ",
        "\"Sheet1\", \"Đơn vị\", \"Ghi chú\""},
       "staff.xlsx: tệp không có trang tính \"Cán bộ\" — cần một trong các trang \"Sheet1\", "
       "\"Đơn vị\" hoặc \"Ghi chú\"",
       "staff.xlsx: the workbook has no sheet \"Cán bộ\" — expected one of the sheets "
       "\"Sheet1\", \"Đơn vị\" or \"Ghi chú\""},
      {{InputErrorKind::kNearMissHeader, "staff.csv", "", 4, "Ngày kết", "Ngày kết",
        "Ngày kết thúc (end_date)"},
       "staff.csv, dòng 4, cột \"Ngày kết\": tiêu đề cột \"Ngày kết\" gần giống cột Ngày kết thúc "
       "(end_date) của mẫu nhưng không trùng — nếu đúng là cột đó, hãy sửa tiêu đề cho đúng mẫu "
       "(hoặc khai báo trong tệp ánh xạ .mapping.toml); nếu là cột khác, hãy đổi tên cho khác hẳn",
       "staff.csv, row 4, column \"Ngày kết\": the column header \"Ngày kết\" is close to the "
       "template's column Ngày kết thúc (end_date) without being it — if it is that column, "
       "correct the header (or declare it in a .mapping.toml mapping); if it is another column, "
       "give it a clearly different name"},
      {{InputErrorKind::kConflictingGender, "SYT/staff.csv", "", 2, "Giới tính", "male", "female",
        "K1", "row 3 in SNV/staff.csv"},
       "SYT/staff.csv, dòng 2, cột \"Giới tính\": giới tính \"Nam\" của cán bộ mã \"K1\" mâu thuẫn "
       "với giới tính Nữ ghi ở dòng 3 của tệp SNV/staff.csv — mỗi người chỉ có một giới tính; hãy "
       "sửa một trong hai dòng",
       "SYT/staff.csv, row 2, column \"Giới tính\": the gender \"male\" of staff_id \"K1\" "
       "contradicts the gender female recorded on row 3 of SNV/staff.csv — a person has one "
       "gender; correct one of the two rows"},
      {{InputErrorKind::kAmbiguousRegister, "Tong hop.csv", "", 0, "", "agencies, reports", ""},
       "Tong hop.csv: dòng tiêu đề của tệp khớp với nhiều sổ (agencies, reports)",
       "Tong hop.csv: the file's header matches several registers (agencies, reports)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(render_input_error(c.error, Language::kVietnamese), c.vi);
    EXPECT_EQ(render_input_error(c.error, Language::kEnglish), c.en);
  }
}

TEST(MessagesTest, SkippedReasonNamesTheMissingRegisters) {
  SkippedRule s;
  s.missing_registers = {"outlets", "segments"};
  EXPECT_EQ(skipped_reason(s, Language::kVietnamese), "Thiếu sổ: outlets, segments");
  EXPECT_EQ(skipped_reason(s, Language::kEnglish), "Missing register(s): outlets, segments");
}

TEST(MessagesTest, EveryMessageExistsInBothLanguages) {
  for (int id = 0; id <= static_cast<int>(MessageId::kPeriodQuarter); ++id) {
    EXPECT_FALSE(message(static_cast<MessageId>(id), Language::kVietnamese).empty()) << id;
    EXPECT_FALSE(message(static_cast<MessageId>(id), Language::kEnglish).empty()) << id;
  }
}

TEST(MessagesTest, FillsPlaceholdersOnce) {
  EXPECT_EQ(fill_placeholders("{0} of {1}", {"{1}", "x"}), "{1} of x");
  EXPECT_EQ(fill_placeholders("{0} and {2}", {"a"}), "a and {2}");
}

}  // namespace
}  // namespace genaudit
