// The JSON the audit writes against its documented schema
// (reports/audit-report.schema.json): every key it writes is documented with
// its type, and every documented required key is written. Checked on
// reports built by hand and on the audit of the sample registers.
//
// The validator below implements the part of JSON Schema (2020-12) that the
// schema uses, and refuses a schema that uses any other keyword, so that the
// check can never be silently weaker than the document.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reports/json_report.h"
#include "tests/fixture.h"
#include "tests/reports/document_fixture.h"
#include "tests/reports/intake_fixture.h"

namespace genaudit {
namespace {

using nlohmann::json;

json load_schema() {
  std::ifstream in(std::string(GENAUDIT_SOURCE_DIR) + "/reports/audit-report.schema.json");
  std::ostringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

class Validator {
 public:
  explicit Validator(json schema) : root_(std::move(schema)) {}

  // Problems of `value` against the root schema, each with its JSON path.
  std::vector<std::string> validate(const json& value) {
    problems_.clear();
    check(value, root_, "$");
    return problems_;
  }

 private:
  const json& resolve(const json& schema) {
    if (!schema.contains("$ref")) return schema;
    const std::string ref = schema["$ref"];
    const std::string prefix = "#/$defs/";
    if (ref.rfind(prefix, 0) != 0 || !root_["$defs"].contains(ref.substr(prefix.size()))) {
      problems_.push_back("unresolvable $ref " + ref);
      return schema;
    }
    return root_["$defs"][ref.substr(prefix.size())];
  }

  static bool has_type(const json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "boolean") return v.is_boolean();
    if (type == "null") return v.is_null();
    if (type == "number") return v.is_number();
    if (type == "integer") {
      return v.is_number_integer() ||
             (v.is_number_float() && v.get<double>() == std::floor(v.get<double>()));
    }
    return false;
  }

  void check(const json& v, const json& unresolved, const std::string& path) {
    const json& s = resolve(unresolved);
    static const std::set<std::string> kKnown = {"$schema",    "$id",      "$defs",
                                                 "$ref",       "title",    "description",
                                                 "type",       "required", "additionalProperties",
                                                 "properties", "items",    "enum",
                                                 "pattern",    "minimum"};
    for (const auto& [key, _] : s.items()) {
      if (!kKnown.count(key)) problems_.push_back("schema keyword not supported here: " + key);
    }
    if (s.contains("type")) {
      const std::vector<std::string> types =
          s["type"].is_array() ? s["type"].get<std::vector<std::string>>()
                               : std::vector<std::string>{s["type"].get<std::string>()};
      bool ok = false;
      for (const std::string& t : types) ok = ok || has_type(v, t);
      if (!ok) problems_.push_back(path + ": " + v.type_name() + " is not " + s["type"].dump());
      if (!ok) return;
    }
    if (s.contains("enum") && std::find(s["enum"].begin(), s["enum"].end(), v) == s["enum"].end()) {
      problems_.push_back(path + ": " + v.dump() + " is not one of " + s["enum"].dump());
    }
    if (s.contains("pattern") && v.is_string() &&
        !std::regex_search(v.get<std::string>(), std::regex(s["pattern"].get<std::string>()))) {
      problems_.push_back(path + ": " + v.dump() + " does not match " + s["pattern"].dump());
    }
    if (s.contains("minimum") && v.is_number() && v.get<double>() < s["minimum"].get<double>()) {
      problems_.push_back(path + ": " + v.dump() + " is below " + s["minimum"].dump());
    }
    if (v.is_object()) {
      for (const auto& key : s.value("required", json::array())) {
        if (!v.contains(key.get<std::string>())) {
          problems_.push_back(path + ": missing required key " + key.dump());
        }
      }
      const json properties = s.value("properties", json::object());
      for (const auto& [key, item] : v.items()) {
        if (properties.contains(key)) {
          check(item, properties[key], path + "." + key);
        } else if (s.contains("additionalProperties")) {
          const json& extra = s["additionalProperties"];
          if (extra.is_boolean()) {
            if (!extra.get<bool>())
              problems_.push_back(path + ": undocumented key \"" + key + "\"");
          } else {
            check(item, extra, path + "." + key);
          }
        }
      }
    }
    if (v.is_array() && s.contains("items")) {
      for (std::size_t i = 0; i < v.size(); ++i) {
        check(v[i], s["items"], path + "[" + std::to_string(i) + "]");
      }
    }
  }

  json root_;
  std::vector<std::string> problems_;
};

std::string joined(const std::vector<std::string>& problems) {
  std::string out;
  for (const std::string& p : problems) out += p + "\n";
  return out;
}

TEST(JsonSchemaTest, HandBuiltReportsMatchTheSchema) {
  Validator validator(load_schema());
  testing::ReportFixture small;
  testing::DocumentFixture documents;
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    for (const AuditReport* report : {&small.report, &documents.report}) {
      const json produced = json::parse(audit_to_json_text(*report, lang));
      const auto problems = validator.validate(produced);
      EXPECT_TRUE(problems.empty()) << joined(problems);
    }
  }
}

TEST(JsonSchemaTest, TheSampleAuditMatchesTheSchema) {
  const AuditReport report =
      testing::audit_folder(std::string(GENAUDIT_SOURCE_DIR) + "/examples/khanh-hoa", "2025");
  ASSERT_FALSE(report.findings.empty());
  ASSERT_FALSE(report.indicators.empty());
  Validator validator(load_schema());
  const auto problems =
      validator.validate(json::parse(audit_to_json_text(report, Language::kVietnamese)));
  EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(JsonSchemaTest, HistoryAndWaiversMatchTheSchema) {
  Validator validator(load_schema());
  testing::ReportFixture fx;
  fx.report.findings[0].status = FindingStatus::kPersisting;
  fx.report.findings[0].waiver_expired = *Date::from_ymd(2025, 6, 30);
  Waiver w;
  w.rule = "O1.S4";
  w.subject = "UBND-NT";
  w.justification = "j";
  w.approved_by = "a";
  w.expires = *Date::from_ymd(2026, 3, 31);
  w.source = "waivers.toml:1";
  fx.report.waived.push_back({fx.report.findings[1], w});
  fx.report.waived[0].finding.status = FindingStatus::kRegressed;
  fx.report.findings.pop_back();
  w.period = "2025-Q1";
  fx.report.unused_waivers.push_back(w);
  fx.report.history = RunHistoryFacts{2, 1, std::nullopt, 0, {}};
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const json produced = audit_to_json(fx.report, lang);
    ASSERT_TRUE(validator.validate(produced).empty()) << joined(validator.validate(produced));
    json bad_status = produced;
    bad_status["findings"][0]["status"] = "fixed";
    EXPECT_EQ(validator.validate(bad_status).size(), 1u);
    json bad_expiry = produced;
    bad_expiry["findings"][0]["waiver_expired"] = "30/06/2025";
    EXPECT_EQ(validator.validate(bad_expiry).size(), 1u);
    json no_approver = produced;
    no_approver["waived"][0]["waiver"].erase("approved_by");
    EXPECT_EQ(validator.validate(no_approver).size(), 1u);
    json bad_run = produced;
    bad_run["run"]["history"]["run"] = "2";
    EXPECT_EQ(validator.validate(bad_run).size(), 1u);
    json bad_unused = produced;
    bad_unused["unused_waivers"][0]["period"] = "Q1";
    EXPECT_EQ(validator.validate(bad_unused).size(), 1u);
  }
}

TEST(JsonSchemaTest, TheIntakeAndThePeriodFlagMatchTheSchema) {
  Validator validator(load_schema());
  testing::IntakeFixture fx;
  for (const Language lang : {Language::kVietnamese, Language::kEnglish}) {
    const json produced = json::parse(audit_to_json_text(fx.report, lang));
    ASSERT_TRUE(validator.validate(produced).empty()) << joined(validator.validate(produced));
    json bad_reason = produced;
    bad_reason["intake"]["files_not_read"][0]["reason"] = "unreadable";
    EXPECT_EQ(validator.validate(bad_reason).size(), 1u);
    json bad_by = produced;
    bad_by["intake"]["files"][0]["recognised_by"] = "guess";
    EXPECT_EQ(validator.validate(bad_by).size(), 1u);
    json bad_row = produced;
    bad_row["intake"]["files"][0]["header_row"] = 0;
    EXPECT_EQ(validator.validate(bad_row).size(), 1u);
    json no_flag = produced;
    no_flag.erase("period_outside_plan");
    EXPECT_EQ(validator.validate(no_flag).size(), 1u);
    json extra = produced;
    extra["intake"]["columns_absent"][0]["why"] = "x";
    EXPECT_EQ(validator.validate(extra).size(), 1u);
  }
  fx.report.intake = testing::hostile_intake();
  const json hostile = json::parse(audit_to_json_text(fx.report, Language::kEnglish));
  EXPECT_TRUE(validator.validate(hostile).empty()) << joined(validator.validate(hostile));
  EXPECT_EQ(hostile["intake"]["files"][0]["file"], testing::kHostileFile);  // as written
}

TEST(JsonSchemaTest, TheValidatorCatchesWhatTheSchemaForbids) {
  Validator validator(load_schema());
  testing::DocumentFixture fx;
  const json good = audit_to_json(fx.report, Language::kEnglish);
  ASSERT_TRUE(validator.validate(good).empty());

  json extra = good;
  extra["findings"][0]["undocumented"] = 1;
  EXPECT_EQ(validator.validate(extra).size(), 1u);
  json missing = good;
  missing["indicators"][0].erase("status");
  EXPECT_EQ(validator.validate(missing).size(), 1u);
  json wrong_type = good;
  wrong_type["indicators"][0]["value"] = "47.6";
  EXPECT_EQ(validator.validate(wrong_type).size(), 1u);
  json bad_period = good;
  bad_period["findings"][0]["period"] = "2025-13";
  EXPECT_EQ(validator.validate(bad_period).size(), 1u);
  json bad_status = good;
  bad_status["indicators"][0]["status"] = "passed";
  EXPECT_EQ(validator.validate(bad_status).size(), 1u);
  json bad_hash = good;
  bad_hash["run"]["registers"][0]["sha256"] = "xyz";
  EXPECT_EQ(validator.validate(bad_hash).size(), 1u);
}

}  // namespace
}  // namespace genaudit
