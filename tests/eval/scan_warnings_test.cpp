// `rules check` warns of a scan the evaluator repeats over a whole register
// for each row of another: a user's rule counting, for each of 30 000 staff,
// the staff of other agencies took 36 s. Warnings, not errors: the rule is
// right, only slow.
#include "engine/eval/scan_warnings.h"

#include <gtest/gtest.h>

#include "adapters/registers/province_registers.h"
#include "rules/language/pack_loader.h"
#include "rules/language/rule_sources.h"

namespace genaudit {
namespace {

rules::RulePack pack_of(const std::string& text) {
  rules::PackLoad load = rules::load_rule_pack({{"slow.rules", text}}, province_registers());
  EXPECT_TRUE(load.pack) << rules::format_diagnostics(load.diagnostics);
  return load.pack ? std::move(*load.pack) : rules::RulePack{};
}

std::string finding(const std::string& body) {
  return "finding X.S1 {\n  title vi \"a\" en \"a\"\n  citation \"c\"\n  lead \"l\"\n"
         "  severity low\n  remedy vi \"r\" en \"r\"\n" + body + "}\n";
}

std::string warnings_of(const std::string& text) {
  return rules::format_diagnostics(nested_scan_warnings(pack_of(text)));
}

TEST(ScanWarnings, ACountOfStaffByInequalityForEachStaffIsWarned) {
  const std::string text = finding(
      "  for s in staff\n"
      "  when count(t in staff where t.agency_code != s.agency_code) > 100\n");
  const rules::Diagnostics w = nested_scan_warnings(pack_of(text));
  ASSERT_EQ(w.size(), 1u) << rules::format_diagnostics(w);
  EXPECT_EQ(w[0].severity, rules::Severity::kWarning);
  EXPECT_EQ(w[0].offset, text.find("count(t in staff"));
  const std::string shown = w[0].format();
  EXPECT_NE(shown.find("slow.rules:8:8: warning: nested scan: this `count` reads every row of "
                       "`staff` for each `s` of `staff`"),
            std::string::npos)
      << shown;
  EXPECT_NE(shown.find("quadratic"), std::string::npos) << shown;
  EXPECT_NE(shown.find("=="), std::string::npos) << shown;
}

TEST(ScanWarnings, AnEqualityOnAFieldIsLookedUpNotWarned) {
  EXPECT_EQ(warnings_of(finding(
                "  for s in staff\n"
                "  when count(t in staff where t.agency_code == s.agency_code and "
                "t.staff_id != s.staff_id) > 100\n")),
            "");
  EXPECT_EQ(warnings_of(finding(
                "  for a in agencies\n"
                "  when none(s in staff where a.agency_code == s.agency_code)\n")),
            "");
}

TEST(ScanWarnings, ScansOnceOrOfFewRowsAreNotWarned) {
  // In an indicator a `let` is read once for the province.
  EXPECT_EQ(warnings_of("indicator X.T1 {\n  title vi \"a\" en \"a\"\n  citation \"c\"\n"
                        "  lead \"l\"\n  severity low\n  remedy vi \"r\" en \"r\"\n"
                        "  let women = count(s in staff where s.gender != \"male\")\n"
                        "  value women\n  target >= 1\n}\n"),
            "");
  // Over the rows an index found for the subject: a few rows each.
  EXPECT_EQ(warnings_of(finding(
                "  for a in agencies\n"
                "  let posts = [s in staff where s.agency_code == a.agency_code]\n"
                "  when count(s in posts where s.gender != \"male\") > 1\n")),
            "");
  // Rows a filter kept, read by an equality: looked up in their own index
  // (narrowed_indexes.h).
  EXPECT_EQ(warnings_of(finding(
                "  for a in agencies\n"
                "  let active = [s in staff where s.end_date is missing]\n"
                "  when count(s in active where s.agency_code == a.agency_code) > 1\n")),
            "");
  // A filter on the row alone is worked out once and shared.
  EXPECT_EQ(warnings_of(finding(
                "  for a in agencies\n"
                "  let ended = [s in staff where s.end_date is not missing]\n"
                "  when exists(a2 in agencies where a2.agency_code == a.agency_code)\n")),
            "");
}

TEST(ScanWarnings, NestedScansAreFoundThroughDefinitionsLetsAndComprehensions) {
  // Through a definition called for each subject: warned once, at the scan.
  const std::string through_define =
      "define others(s: staff) = count(t in staff where t.agency_code != s.agency_code)\n" +
      finding("  for s in staff\n  when others(s) > 1 and others(s) < 5\n");
  const rules::Diagnostics w = nested_scan_warnings(pack_of(through_define));
  ASSERT_EQ(w.size(), 1u) << rules::format_diagnostics(w);
  EXPECT_EQ(w[0].offset, through_define.find("count("));
  // Inside a comprehension of an indicator.
  EXPECT_NE(warnings_of("indicator X.T1 {\n  title vi \"a\" en \"a\"\n  citation \"c\"\n"
                        "  lead \"l\"\n  severity low\n  remedy vi \"r\" en \"r\"\n"
                        "  value count(s in staff where exists(t in staff where "
                        "t.birth_date < s.birth_date))\n  target >= 1\n}\n")
                .find("for each `s` of `staff`"),
            std::string::npos);
  // A whole register filtered without an index, then scanned for each
  // subject by another test than an equality.
  EXPECT_NE(warnings_of(finding(
                "  for a in agencies\n"
                "  let active = [s in staff where s.end_date is missing]\n"
                "  when count(s in active where s.agency_code != a.agency_code) > 1\n"))
                .find("reads every row of `staff` for each `a` of `agencies`: quadratic in the "
                      "size of the registers; these rows were kept by a filter"),
            std::string::npos);
}

TEST(ScanWarnings, TheShippedRulesHaveNone) {
  // The examples extend the plan's pack, as `rules test` runs them.
  const rules::SourceTexts examples =
      rules::read_rule_sources({{std::string(GENAUDIT_SOURCE_DIR) + "/rules/examples"}, false});
  ASSERT_EQ(examples.io_error, "");
  for (const auto& texts : {rules::builtin_rule_texts(), examples.texts}) {
    rules::PackLoad load = rules::load_rule_pack(texts, province_registers());
    ASSERT_TRUE(load.pack) << rules::format_diagnostics(load.diagnostics);
    EXPECT_EQ(rules::format_diagnostics(nested_scan_warnings(*load.pack)), "");
  }
}

}  // namespace
}  // namespace genaudit
