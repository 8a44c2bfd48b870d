// Inputs the fuzzers of tests/fuzz found to crash or misbehave, each kept as
// a test of the fixed behaviour (and as a seed in tests/fuzz/seeds). Under
// .ci/sanitize these run with AddressSanitizer and UBSan too.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "adapters/csv/csv_reader.h"
#include "adapters/registers/province_registers.h"
#include "rules/language/checker.h"
#include "rules/language/parser.h"
#include "tests/golden.h"

namespace genaudit {
namespace {

rules::CheckResult parse_and_check(const std::string& text) {
  rules::ParseResult parsed =
      rules::parse_rule_file(std::make_shared<rules::Source>("fuzz.rules", text));
  EXPECT_TRUE(parsed.file);
  std::vector<rules::RuleFile> files;
  if (parsed.file) files.push_back(std::move(*parsed.file));
  return rules::check_rule_files(std::move(files), province_registers());
}

// fuzz_rules: a filter over an unknown name was typed as a collection of
// the register "", and a field of its records looked up in no register (a
// null pointer dereference). Now the unknown name is the only diagnostic.
TEST(FuzzRegressions, AFilterOverAnUnknownRegisterIsReportedOnce) {
  const rules::CheckResult r = parse_and_check(
      "define active_posts() =\n  [s in spa]\n"
      "define e(a:a) = exists(s in active_posts(a) where s.gt)\n");
  EXPECT_FALSE(r.pack);
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_NE(r.diagnostics[0].message.find("spa"), std::string::npos)
      << rules::format_diagnostics(r.diagnostics);
  for (const rules::Diagnostic& d : r.diagnostics) {
    EXPECT_EQ(d.message.find("register ``"), std::string::npos) << d.message;
  }
}

// fuzz_csv: in UTF-16, a field over max_field_bytes that ended at a
// delimiter within one step was returned whole (see csv_limits_test.cpp).
TEST(FuzzRegressions, AnOversizedUtf16FieldBeforeADelimiterIsRefused) {
  // The fuzzer's input, as committed among the seeds: its first byte is the
  // chunk size (1 + byte % 64), the rest the file.
  const std::string seed = testing::read_file(
      std::string(GENAUDIT_SOURCE_DIR) + "/tests/fuzz/seeds/csv/regression-utf16-field-before-delimiter");
  ASSERT_GT(seed.size(), 1u);
  const std::size_t chunk = 1 + static_cast<unsigned char>(seed[0]) % 64;
  const std::string input = seed.substr(1);
  CsvLimits limits;
  limits.max_field_bytes = 64;
  limits.max_columns = 16;
  InputError error{};
  auto reader = CsvReader::from_string(input, "fuzz.csv", &error, chunk, limits);
  ASSERT_TRUE(reader);
  CsvRecord record;
  while (reader->next(record)) {
    for (const std::string& f : record.fields) EXPECT_LE(f.size(), limits.max_field_bytes);
  }
  ASSERT_TRUE(reader->error());
  EXPECT_EQ(reader->error()->kind, InputErrorKind::kCsvLimitExceeded);
}

}  // namespace
}  // namespace genaudit
