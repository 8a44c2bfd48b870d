// Specification of the invisible and display-changing characters, how they
// are written visibly, and codes that hold one.
#include "engine/core/visible_text.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "adapters/input_error.h"
#include "adapters/registers/cell_converter.h"
#include "adapters/registers/province_registers.h"

namespace genaudit {
namespace {

TEST(VisibleText, FormatCharactersAndOtherIgnorablesAreInvisible) {
  for (const std::uint32_t cp : {0x00ADu, 0x200Bu, 0x200Cu, 0x200Du, 0x2060u, 0xFEFFu, 0x202Eu,
                                 0x2066u, 0x061Cu, 0xFE0Fu, 0x180Eu, 0xE0041u}) {
    EXPECT_TRUE(text::is_invisible(cp)) << std::hex << cp;
  }
  // Letters, spaces and marks a Vietnamese name or code holds are not.
  for (const std::uint32_t cp : {0x41u, 0x20u, 0xA0u, 0x1EA1u, 0x0110u, 0x0301u, 0x3000u, 0x2026u}) {
    EXPECT_FALSE(text::is_invisible(cp)) << std::hex << cp;
  }
  for (const std::uint32_t cp : {0x200Eu, 0x200Fu, 0x202Au, 0x202Eu, 0x2066u, 0x2069u, 0x061Cu}) {
    EXPECT_TRUE(text::is_bidi_control(cp)) << std::hex << cp;
  }
  EXPECT_FALSE(text::is_bidi_control(0x200Bu));
}

TEST(VisibleText, EscapesReadAsAProgrammerWritesThem) {
  EXPECT_EQ(text::escaped_code_point(0x1B), "\\x1b");
  EXPECT_EQ(text::escaped_code_point(0x9B), "\\x9b");
  EXPECT_EQ(text::escaped_code_point(0x202E), "\\u202e");
  EXPECT_EQ(text::escaped_code_point(0xE0041), "\\U000e0041");
  EXPECT_EQ(text::with_invisible_shown("A1\xE2\x80\x8B"), "A1\\u200b");
  EXPECT_EQ(text::with_invisible_shown("\xEF\xBB\xBF" "CB3\x1b\t\n"), "\\ufeffCB3\\x1b\t\n");
  EXPECT_EQ(text::with_invisible_shown("Sở Nội vụ"), "Sở Nội vụ");
  EXPECT_EQ(text::with_invisible_shown("caf\xe9"), "caf\xe9");  // not UTF-8: left as is
  EXPECT_EQ(text::invisible_code_points("A\xE2\x81\xA0" "1\xE2\x80\x8B\xE2\x81\xA0"),
            "U+2060, U+200B");
  EXPECT_EQ(text::invisible_code_points("Sở Nội vụ A1"), "");
}

// An error quotes a value with its invisible characters shown.
TEST(VisibleText, AnErrorShowsTheValueVisibly) {
  EXPECT_EQ(shown_value("A1\xE2\x80\x8B"), "A1\\u200b");
  EXPECT_EQ(shown_value(std::string(300, 'x')), std::string(200, 'x') + "\u2026");
}

TEST(VisibleText, ACodeWithAnInvisibleCharacterIsAnError) {
  const RegisterSchema& agencies = *find_register("agencies");
  const FieldSchema& code = *agencies.find_field("agency_code");
  const FieldSchema& name = *agencies.find_field("agency_name");
  std::optional<CellProblem> problem;
  convert_cell(code, "A1\xE2\x80\x8B", &problem);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->kind, InputErrorKind::kInvisibleInCode);
  EXPECT_EQ(problem->expected, "U+200B");
  EXPECT_EQ(std::get<std::string>(convert_cell(code, " A1 ", &problem)), "A1");
  EXPECT_FALSE(problem);
  // A name is text: it keeps what it holds.
  convert_cell(name, "Ng\xE2\x80\x8Bọc", &problem);
  EXPECT_FALSE(problem);
  // Every field that names something is a code.
  for (const RegisterSchema& r : all_registers()) {
    for (const FieldSchema& f : r.fields) {
      const bool names = f.unique || !f.references.empty() || f.name == r.key_field ||
                         f.name == r.person_field;
      EXPECT_EQ(f.identifier, names) << r.name << "." << f.name;
    }
  }
}

}  // namespace
}  // namespace genaudit
