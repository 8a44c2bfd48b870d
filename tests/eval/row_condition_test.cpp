// Conditions on the row alone, taken apart (row_condition.h) and tested
// once per distinct cell: how they are taken apart, and — on random
// registers with missing values everywhere — that a pass over a whole
// register says exactly what walking the condition for each row says.
// Distinct counts over a few rows (sorted keys) are checked there too.
#include "engine/eval/row_condition.h"

#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <set>
#include <sstream>
#include <vector>

#include "tests/fixture.h"

namespace genaudit {
namespace {

using rules::Expr;
using rules::ExprKind;
using testing::kRuleMeta;
using testing::pack_from_text;
using testing::TempDir;

// Definitions used by the conditions below.
const char* kDefinitions =
    "define active(s: staff) =\n"
    "  (s.start_date is missing or s.start_date <= as_of)\n"
    "  and (s.end_date is missing or s.end_date >= as_of)\n"
    "define ended(s: staff) = not active(s)\n"
    "define same_gender(a: staff, b: staff) = a.gender == b.gender\n"
    "define started_before(s: staff, day: date) = s.start_date < day\n"
    "define leads(p: text) = p starts with any [\"Giám đốc\", \"Phó\"]\n"
    "define lead_post(s: staff) = s.key_leader ?? leads(s.position)\n";

// The condition of the first comprehension in `value`, taken apart.
struct TakenApart {
  rules::RulePack pack;
  RowCondition root;
  std::size_t leaves = 0;
};

const Expr* first_comprehension(const Expr& e) {
  if (e.kind == ExprKind::kFilter || e.kind == ExprKind::kAggregate) return &e;
  for (const rules::ExprPtr& child : e.children) {
    if (const Expr* found = child ? first_comprehension(*child) : nullptr) return found;
  }
  return nullptr;
}

TakenApart take_apart(const std::string& value) {
  TakenApart out{pack_from_text(std::string(kDefinitions) + "indicator X.1 {\n" + kRuleMeta + "  value " +
                         value + "\n  target >= 0\n}\n"),
                 {}, 0};
  const Expr* comprehension = nullptr;
  for (const rules::Statement& s : out.pack.rules.at(0).rule->statements) {
    if (s.kind == rules::StatementKind::kValue) comprehension = first_comprehension(*s.expr);
  }
  const rules::RulePack& pack = out.pack;
  out.root = take_apart_row_condition(
      *comprehension->children[1], comprehension->text,
      [&pack](const Expr& call) -> const rules::Define* {
        const auto d = pack.defines.find(call.text);
        return d == pack.defines.end() ? nullptr : d->second;
      },
      &out.leaves);
  return out;
}

using Kind = RowCondition::Kind;

TEST(RowCondition, ADefinitionCalledWithTheRowIsOpenedIntoOneLeafPerField) {
  const TakenApart t = take_apart("count(s in staff where active(s))");
  ASSERT_EQ(t.root.kind, Kind::kAnd);
  ASSERT_EQ(t.leaves, 2u);
  const RowCondition& start = t.root.children[0];
  const RowCondition& end = t.root.children[1];
  EXPECT_EQ(start.kind, Kind::kOneField);
  EXPECT_EQ(start.field, "start_date");
  EXPECT_EQ(end.field, "end_date");
  // Evaluated as the body would be: the definition's parameter is the row.
  ASSERT_EQ(start.row_parameters.size(), 1u);
  EXPECT_EQ(*start.row_parameters[0], "s");
  EXPECT_NE(start.leaf, end.leaf);
}

TEST(RowCondition, OpenedThroughNotAndNestedDefinitions) {
  const TakenApart t = take_apart("count(x in staff where ended(x) or x.gender == \"female\")");
  ASSERT_EQ(t.root.kind, Kind::kOr);
  EXPECT_EQ(t.root.children[0].kind, Kind::kNot);
  EXPECT_EQ(t.root.children[0].children[0].kind, Kind::kAnd);
  // The leaf outside any definition is evaluated in the comprehension's scope.
  EXPECT_EQ(t.root.children[1].kind, Kind::kOneField);
  EXPECT_EQ(t.root.children[1].field, "gender");
  EXPECT_TRUE(t.root.children[1].row_parameters.empty());
  EXPECT_EQ(t.leaves, 3u);
}

TEST(RowCondition, AFieldHandedToACallIsOneLeafOfThatField) {
  const TakenApart t = take_apart("count(s in staff where leads(s.position))");
  EXPECT_EQ(t.root.kind, Kind::kOneField);
  EXPECT_EQ(t.root.field, "position");
  // Two fields under `??`: no `and`/`or` to split, read for every row.
  const TakenApart both = take_apart("count(s in staff where lead_post(s))");
  EXPECT_EQ(both.root.kind, Kind::kWholeRow);
  EXPECT_EQ(both.root.row_parameters.size(), 1u);
}

TEST(RowCondition, TheRowHandedWholeOrHiddenIsReadForEveryRow) {
  // Two parameters, both the row, reading one field through each.
  const TakenApart twice = take_apart("count(s in staff where same_gender(s, s))");
  EXPECT_EQ(twice.root.kind, Kind::kOneField);
  EXPECT_EQ(twice.root.field, "gender");
  EXPECT_EQ(twice.root.row_parameters.size(), 2u);
  // The row and something else: the definition is not opened.
  const TakenApart mixed = take_apart("count(s in staff where started_before(s, as_of))");
  EXPECT_EQ(mixed.root.kind, Kind::kWholeRow);
  EXPECT_TRUE(mixed.root.row_parameters.empty());
  // A comprehension naming its variable like the row.
  const TakenApart hidden =
      take_apart("count(s in staff where exists(s in staff where s.gender == \"female\"))");
  EXPECT_EQ(hidden.root.kind, Kind::kWholeRow);
  // An inner comprehension reading one field of the row: that field decides.
  const TakenApart inner = take_apart(
      "count(s in staff where exists(t in staff where t.staff_id == s.staff_id "
      "and t.gender == \"female\"))");
  EXPECT_EQ(inner.root.kind, Kind::kOneField);
  EXPECT_EQ(inner.root.field, "staff_id");
}

TEST(RowCondition, NoRowAtAllIsOneLeafForEveryRow) {
  const TakenApart t = take_apart("count(s in staff where as_of >= period_start)");
  EXPECT_EQ(t.root.kind, Kind::kOneField);
  EXPECT_TRUE(t.root.field.empty());
}

// Random staff registers: dates, genders, key-leader marks and positions
// each blank at times, persons on several rows.
std::string random_staff(std::mt19937& random) {
  const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  const char* genders[] = {"Nữ", "Nam", ""};
  const char* positions[] = {"Giám đốc", "phó giám đốc", "Chuyên viên", ""};
  const char* marks[] = {"x", "", "không"};
  const auto date = [&]() -> std::string {
    if (pick(4) == 0) return "";
    return "2025-" + std::to_string(10 + pick(3)) + "-" + std::to_string(10 + pick(19));
  };
  std::string csv =
      "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Chức vụ,Lãnh đạo chủ chốt,Ngày bắt đầu,"
      "Ngày kết thúc\n";
  const int rows = 1 + pick(120);
  std::vector<int> gender_of(static_cast<std::size_t>(1 + rows / 2));
  for (int& g : gender_of) g = pick(3);
  for (int i = 0; i < rows; ++i) {
    const int person = pick(1 + rows / 2);
    // A person's gender is theirs on every row, or blank on some.
    const int gender = pick(3) == 0 ? 2 : gender_of[static_cast<std::size_t>(person)];
    // The same person's id written with other case and spaces at times.
    const std::string id = pick(4) == 0 ? " CB" + std::to_string(person) + " "
                                        : "cb" + std::to_string(person);
    csv += id + ",Người " + std::to_string(person) + "," +
           genders[gender] + ",A," + positions[pick(4)] + "," + marks[pick(3)] + "," + date() +
           "," + date() + "\n";
  }
  return csv;
}

// Conditions that exercise every kind of part: opened definitions, `not`,
// `or`/`and` with missing operands, a field handed to a call, two fields
// under `??`, the row handed twice, an inner comprehension.
const char* kConditions[] = {
    "active(s)",
    "not active(s)",
    "ended(s) or s.gender == \"female\"",
    "s.end_date is missing or s.gender != \"male\"",
    "not (s.start_date < as_of and s.gender == \"female\")",
    "not (s.start_date < as_of or s.gender == \"female\")",
    "leads(s.position) and active(s)",
    "lead_post(s) or s.end_date > as_of",
    "same_gender(s, s) and not ended(s)",
    "started_before(s, as_of) or s.gender is missing",
    "exists(t in staff where t.staff_id == s.staff_id and t.gender == \"female\") and active(s)",
};

// The whole register (the pass that takes the condition apart) against
// the rows of a collection (the tree walk, row by row), and against a
// count written out in C++ for `active`.
TEST(RowCondition, APassOverTheRegisterSaysWhatTheTreeWalkSays) {
  std::mt19937 random(20261129);
  std::string lets;
  for (std::size_t i = 0; i < std::size(kConditions); ++i) {
    const std::string n = std::to_string(i);
    lets += "  let whole" + n + " = count(s in staff where " + kConditions[i] + ")\n";
    lets += "  let walked" + n + " = count(s in [r in staff where true] where " +
            kConditions[i] + ")\n";
  }
  for (int round = 0; round < 40; ++round) {
    TempDir dir;
    dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
    const std::string staff = random_staff(random);
    dir.write("staff.csv", staff);
    std::string evidence = "  evidence ";
    for (std::size_t i = 0; i < std::size(kConditions); ++i) {
      const std::string n = std::to_string(i);
      evidence += (i ? ", " : "") + std::string("whole") + n + " vi \"w\" en \"w\", walked" + n +
                  " vi \"k\" en \"k\"";
    }
    // Distinct persons among active rows: over a register's rows (a hash
    // set) and over a few rows of a collection (sorted keys).
    const std::string distinct =
        "  let persons = count(distinct s.staff_id for s in staff where active(s))\n"
        "  let few_persons = count(distinct s.staff_id for s in [r in staff where true] "
        "where active(s))\n";
    evidence += ", persons vi \"p\" en \"p\", few_persons vi \"f\" en \"f\"";
    const rules::RulePack pack =
        pack_from_text(std::string(kDefinitions) + "indicator X.1 {\n" + kRuleMeta + lets + distinct +
                "  value count(staff)\n  target >= 0\n" + evidence + "\n}\n");
    const AuditReport report = testing::audit_folder(dir.path(), "2025", "2025-11-20", pack);
    const auto& evidence_items = report.indicators.at(0).evidence;
    ASSERT_EQ(evidence_items.size(), 2 * std::size(kConditions) + 2);
    for (std::size_t i = 0; i < std::size(kConditions); ++i) {
      const ResultValue& whole = evidence_items[2 * i].value;
      const ResultValue& walked = evidence_items[2 * i + 1].value;
      ASSERT_TRUE(whole.is<double>() && walked.is<double>());
      EXPECT_EQ(whole.as<double>(), walked.as<double>())
          << kConditions[i] << " on round " << round << ":\n" << staff;
    }
    // `active` written out: started (or no start) by 2025-11-20, not ended before it.
    int active = 0;
    std::set<int> persons;
    std::istringstream lines(staff);
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line)) {
      const std::string end = line.substr(line.rfind(',') + 1);
      const std::string rest = line.substr(0, line.rfind(','));
      const std::string start = rest.substr(rest.rfind(',') + 1);
      if ((start.empty() || start <= "2025-11-20") && (end.empty() || end >= "2025-11-20")) {
        ++active;
        persons.insert(std::stoi(line.substr(line.find_first_of("0123456789"))));
      }
    }
    EXPECT_EQ(evidence_items[0].value.as<double>(), active) << staff;
    const std::size_t last = evidence_items.size() - 1;
    EXPECT_EQ(evidence_items[last - 1].value.as<double>(), static_cast<double>(persons.size()));
    EXPECT_EQ(evidence_items[last].value.as<double>(), static_cast<double>(persons.size()));
  }
}

}  // namespace
}  // namespace genaudit
