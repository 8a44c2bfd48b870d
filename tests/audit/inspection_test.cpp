// Specification of the inspection file (docs/inspection-file.md): every key
// read into its fact, the shipped example read whole, and every mistake
// stopped with its line and column and a sentence in the user's language.
#include "engine/audit/inspection.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/audit/inspection_texts.h"
#include "tests/golden.h"

namespace genaudit {
namespace {

constexpr const char* kComplete = R"(
[issuing_body]
superior = "UBND TỈNH KHÁNH HÒA"
name = "ĐOÀN KIỂM TRA LIÊN NGÀNH"

[decision]
number = "2150/QĐ-UBND"
date = 2025-10-20
signer = "Chủ tịch UBND tỉnh"

[record]
number = "15"
symbol = "BB-ĐKT"
place_name = "Khánh Hòa"
copies = 2
recipients = ["Như trên;", "Lưu: VT."]

[summary]
number = "25"
symbol = "BC-ĐKT"
date = 2025-12-15
to = ["Ủy ban nhân dân tỉnh Khánh Hòa"]
recipients = ["Như trên;", "Sở Nội vụ;", "Lưu: VT, ĐKT."]

[remedy]
deadline = "2026-03-31"

[[team]]
name = "Nguyễn Văn An"
role = "Trưởng đoàn"
lead = true

[[agency]]
code = "SYT"
place = "Trụ sở Sở Y tế"
date = 2025-11-12
start = "8:00"
end = 11:30:00

[[agency.representative]]
name = "Phạm Thị Dung"
role = "Phó Giám đốc"
signs = true
)";

TEST(InspectionFileTest, EveryKeyBecomesItsFact) {
  const InspectionFile file = read_inspection("i.toml", kComplete, Language::kVietnamese);
  ASSERT_TRUE(file.problems.empty()) << inspection_problems_text("i.toml", file);
  const Inspection& in = file.inspection;
  EXPECT_EQ(in.superior_body, "UBND TỈNH KHÁNH HÒA");
  EXPECT_EQ(in.issuing_body, "ĐOÀN KIỂM TRA LIÊN NGÀNH");
  EXPECT_EQ(in.decision_number, "2150/QĐ-UBND");
  EXPECT_EQ(in.decision_date, Date::from_ymd(2025, 10, 20));
  EXPECT_EQ(in.decision_signer, "Chủ tịch UBND tỉnh");
  EXPECT_EQ(in.record_number, "15");
  EXPECT_EQ(in.record_symbol, "BB-ĐKT");
  EXPECT_EQ(in.place_name, "Khánh Hòa");
  EXPECT_EQ(in.copies, 2);
  EXPECT_EQ(in.recipients, (std::vector<std::string>{"Như trên;", "Lưu: VT."}));
  EXPECT_EQ(in.summary.number, "25");
  EXPECT_EQ(in.summary.symbol, "BC-ĐKT");
  EXPECT_EQ(in.summary.date, Date::from_ymd(2025, 12, 15));
  EXPECT_EQ(in.summary.addressees, (std::vector<std::string>{"Ủy ban nhân dân tỉnh Khánh Hòa"}));
  EXPECT_EQ(in.summary.recipients,
            (std::vector<std::string>{"Như trên;", "Sở Nội vụ;", "Lưu: VT, ĐKT."}));
  EXPECT_EQ(in.remedy_deadline, Date::from_ymd(2026, 3, 31));  // quoted dates too
  ASSERT_EQ(in.team.size(), 1u);
  EXPECT_EQ(in.team[0].name, "Nguyễn Văn An");
  EXPECT_TRUE(in.team[0].signs);
  // Codes are matched as the registers match them.
  const InspectionVisit* visit = visit_of(in, " syt ");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->place, "Trụ sở Sở Y tế");
  EXPECT_EQ(visit->date, Date::from_ymd(2025, 11, 12));
  EXPECT_EQ(visit->start_time, "08:00");  // "8:00" made HH:MM
  EXPECT_EQ(visit->end_time, "11:30");    // a TOML time
  ASSERT_EQ(visit->representatives.size(), 1u);
  EXPECT_TRUE(visit->representatives[0].signs);
  EXPECT_EQ(visit_of(in, "SNV"), nullptr);
}

TEST(InspectionFileTest, AnEmptyFileGivesNoFactAndNoProblem) {
  const InspectionFile file = read_inspection("i.toml", "# nothing yet\n", Language::kVietnamese);
  EXPECT_TRUE(file.problems.empty());
  EXPECT_TRUE(file.inspection.issuing_body.empty());
  EXPECT_FALSE(file.inspection.copies);
  EXPECT_TRUE(file.inspection.visits.empty());
}

TEST(InspectionFileTest, TheShippedExampleIsValid) {
  const std::string text =
      testing::read_file(std::string(GENAUDIT_SOURCE_DIR) + "/examples/khanh-hoa-inspection.toml");
  ASSERT_FALSE(text.empty());
  const InspectionFile file = read_inspection("example", text, Language::kVietnamese);
  EXPECT_TRUE(file.problems.empty()) << inspection_problems_text("example", file);
  EXPECT_NE(visit_of(file.inspection, "SYT"), nullptr);
  EXPECT_EQ(file.inspection.summary.symbol, "BC-ĐKT");
  // docs/inspection-file.md shows the example as it is, from its first table.
  const std::string doc =
      testing::read_file(std::string(GENAUDIT_SOURCE_DIR) + "/docs/inspection-file.md");
  const std::string shown = text.substr(text.find("[issuing_body]"));
  EXPECT_NE(doc.find("```toml\n" + shown + "```\n"), std::string::npos)
      << "docs/inspection-file.md's example differs from examples/khanh-hoa-inspection.toml";
}

struct BadFile {
  const char* name;
  const char* text;
  const char* expected;  // file:line:column: the Vietnamese sentence's start
  const char* english;   // a part of the English sentence
};

class InspectionFileErrorTest : public ::testing::TestWithParam<BadFile> {};

TEST_P(InspectionFileErrorTest, NamesFileLineColumnAndKeepsNoFact) {
  const BadFile& bad = GetParam();
  const InspectionFile vi = read_inspection("kiem-tra.toml", bad.text, Language::kVietnamese);
  ASSERT_EQ(vi.problems.size(), 1u) << inspection_problems_text("kiem-tra.toml", vi);
  const std::string said = inspection_problems_text("kiem-tra.toml", vi);
  EXPECT_EQ(said.rfind(bad.expected, 0), 0u) << said;
  // Nothing is kept from a file with a problem.
  EXPECT_TRUE(vi.inspection.issuing_body.empty());
  EXPECT_TRUE(vi.inspection.visits.empty());
  const InspectionFile en = read_inspection("kiem-tra.toml", bad.text, Language::kEnglish);
  ASSERT_EQ(en.problems.size(), 1u);
  EXPECT_NE(en.problems[0].message.find(bad.english), std::string::npos) << en.problems[0].message;
}

INSTANTIATE_TEST_SUITE_P(
    EveryErrorPath, InspectionFileErrorTest,
    ::testing::Values(
        BadFile{"Malformed", "[issuing_body]\nname = \"ĐOÀN\nx = 1\n",
                "kiem-tra.toml:2:", "is not valid TOML"},
        BadFile{"UnknownKey", "[issuing_body]\nname = \"ĐOÀN\"\nnmae = \"x\"\n",
                "kiem-tra.toml:3:1: không có khóa `nmae` trong [issuing_body]; các khóa dùng "
                "được ở đây: `superior`, `name`",
                "there is no key `nmae` in [issuing_body]"},
        BadFile{"UnknownTable", "[team_lead]\nname = \"A\"\n",
                "kiem-tra.toml:1:2: không có khóa `team_lead` trong phần đầu của tệp",
                "the top level of the file"},
        BadFile{"UnknownKeyOfARepresentative",
                "[[agency]]\ncode = \"SYT\"\n[[agency.representative]]\nname = \"A\"\nsign = true\n",
                "kiem-tra.toml:5:1: không có khóa `sign` trong [[agency.representative]]",
                "`signs`"},
        BadFile{"WrongKindText", "[decision]\nnumber = 2150\n",
                "kiem-tra.toml:2:10: `number` phải là một chuỗi văn bản trong dấu ngoặc kép",
                "`number` takes a text in double quotes"},
        BadFile{"WrongKindCopies", "[record]\ncopies = \"hai\"\n",
                "kiem-tra.toml:2:10: `copies` phải là một số nguyên dương", "whole number"},
        BadFile{"ZeroCopies", "[record]\ncopies = 0\n",
                "kiem-tra.toml:2:10: `copies` phải là một số nguyên dương", "above zero"},
        BadFile{"WrongKindList", "[record]\nrecipients = \"Như trên\"\n",
                "kiem-tra.toml:2:14: `recipients` phải là danh sách chuỗi", "a list of texts"},
        BadFile{"UnknownKeyOfTheSummary", "[summary]\nnumber = \"25\"\nkinh_gui = [\"UBND\"]\n",
                "kiem-tra.toml:3:1: không có khóa `kinh_gui` trong [summary]; các khóa dùng "
                "được ở đây: `number`, `symbol`, `date`, `to`, `recipients`",
                "there is no key `kinh_gui` in [summary]"},
        BadFile{"SummaryAddresseeNotAList", "[summary]\nto = \"UBND tỉnh\"\n",
                "kiem-tra.toml:2:6: `to` phải là danh sách chuỗi", "a list of texts"},
        BadFile{"BadSummaryDate", "[summary]\ndate = \"2025-12-32\"\n",
                "kiem-tra.toml:2:8: \"2025-12-32\" không phải là một ngày có thật", "is not a real day"},
        BadFile{"WrongKindBool", "[[team]]\nname = \"A\"\nlead = \"có\"\n",
                "kiem-tra.toml:3:8: `lead` phải là true hoặc false", "true or false"},
        BadFile{"TeamNotAList", "[team]\nname = \"A\"\n",
                "kiem-tra.toml:1:1: `team` phải là danh sách bảng, viết [[team]]",
                "write [[team]]"},
        BadFile{"DecisionNotATable", "decision = \"2150\"\n",
                "kiem-tra.toml:1:12: `decision` phải là một bảng, viết [decision]",
                "write [decision]"},
        BadFile{"BadQuotedDate", "[remedy]\ndeadline = \"2026-02-30\"\n",
                "kiem-tra.toml:2:12: \"2026-02-30\" không phải là một ngày có thật: `deadline` "
                "nhận ngày dạng YYYY-MM-DD",
                "is not a real day"},
        BadFile{"DateInAnotherForm", "[decision]\ndate = \"20/10/2025\"\n",
                "kiem-tra.toml:2:8: \"20/10/2025\" không phải là một ngày có thật", "YYYY-MM-DD"},
        BadFile{"DateAsANumber", "[decision]\ndate = 20251020\n",
                "kiem-tra.toml:2:8: `date` phải là một ngày dạng YYYY-MM-DD", "takes a date"},
        BadFile{"BadTime", "[[agency]]\ncode = \"SYT\"\nstart = \"25:00\"\n",
                "kiem-tra.toml:3:9: \"25:00\" không phải là giờ: `start` nhận giờ dạng HH:MM",
                "is not a time"},
        BadFile{"NoAgencyCode", "[[agency]]\nplace = \"Nha Trang\"\n",
                "kiem-tra.toml:1:1: bảng [[agency]] này thiếu `code`", "has no `code`"},
        BadFile{"AgencyTwice",
                "[[agency]]\ncode = \"SYT\"\n[[agency]]\ncode = \"syt\"\n",
                "kiem-tra.toml:4:8: đơn vị `syt` đã có ở dòng 1", "already given on line 1"}),
    [](const ::testing::TestParamInfo<BadFile>& info) { return std::string(info.param.name); });

TEST(InspectionFileTest, EveryProblemIsListedInFileOrder) {
  const InspectionFile file = read_inspection(
      "i.toml", "[record]\ncopies = 0\nsymbol = 7\n[remedy]\ndeadline = \"x\"\n",
      Language::kVietnamese);
  ASSERT_EQ(file.problems.size(), 3u);
  EXPECT_EQ(file.problems[0].line, 2);
  EXPECT_EQ(file.problems[1].line, 3);
  EXPECT_EQ(file.problems[2].line, 5);
}

TEST(InspectionFileTest, TheReadersTextsAreComplete) {
  EXPECT_EQ(inspection_texts().problems(), std::vector<std::string>{});
}

}  // namespace
}  // namespace genaudit
