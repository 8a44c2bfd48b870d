// The evaluation frame (evaluation_frame.h): which binding a name finds,
// what a definition's body sees, and that the expression walker leaves the
// frame as it found it after a call and a comprehension.
#include "engine/eval/evaluation_frame.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/eval/expressions.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

using testing::kRuleMeta;
using testing::pack_from_text;
using testing::TempDir;

double number(const Value* v) { return v && v->is<double>() ? v->as<double>() : -1; }

TEST(EvaluationFrame, ANameFindsItsInnermostBinding) {
  const std::string s = "s", t = "t";
  EvaluationFrame frame;
  EXPECT_EQ(frame.find(s), nullptr);
  frame.bind(s, Value{1.0});
  frame.bind(t, Value{2.0});
  frame.bind(s, Value{3.0});
  EXPECT_EQ(number(frame.find(s)), 3);
  EXPECT_EQ(number(frame.find(t)), 2);
  frame.unbind();
  EXPECT_EQ(number(frame.find(s)), 1);
  frame.innermost() = Value{4.0};  // t, rebound as a comprehension's variable is
  EXPECT_EQ(number(frame.find(t)), 4);
  frame.clear();
  EXPECT_EQ(frame.find(s), nullptr);
  EXPECT_EQ(frame.size(), 0u);
}

TEST(EvaluationFrame, ADefinitionsBodySeesItsParametersAlone) {
  const std::string caller = "caller", shared = "x", parameter = "x";
  EvaluationFrame frame;
  frame.bind(caller, Value{1.0});
  frame.bind(shared, Value{2.0});
  const std::size_t start = frame.size();
  frame.bind_unnamed(Value{5.0});
  EXPECT_EQ(number(frame.find(shared)), 2);  // an argument being evaluated has no name yet
  frame.name(start, parameter);
  const EvaluationFrame::Body body = frame.enter_body(start);
  EXPECT_EQ(number(frame.find(parameter)), 5);
  EXPECT_EQ(frame.find(caller), nullptr);
  EXPECT_FALSE(frame.binds_any({caller}));
  EXPECT_TRUE(frame.binds_any({parameter}));
  frame.leave_body(body);
  EXPECT_EQ(frame.size(), start);
  EXPECT_EQ(number(frame.find(shared)), 2);
  EXPECT_EQ(number(frame.find(caller)), 1);
  EXPECT_TRUE(frame.binds_any({caller}));
}

// The walker evaluates in the frame it owns: it reads what the driver bound
// there, and a call or a comprehension takes away what it bound.
TEST(EvaluationFrame, TheWalkerReadsTheFrameAndLeavesItAsItFoundIt) {
  const rules::RulePack pack = pack_from_text(
      "define twice(n: number) = n * 2\n"
      "indicator X.1 {\n" + std::string(kRuleMeta) +
      "  let n = 10\n"
      "  value twice(3) + n + count(s in staff where twice(1) == 2 and s.gender is missing)\n"
      "  target >= 0\n}\n");
  const rules::Expr* value = nullptr;
  for (const rules::Statement& s : pack.rules.at(0).rule->statements) {
    if (s.kind == rules::StatementKind::kValue) value = s.expr.get();
  }
  ASSERT_NE(value, nullptr);
  TempDir dir;
  dir.write("agencies.csv", "Mã đơn vị,Tên đơn vị,Cấp\nA,Sở A,tỉnh\n");
  dir.write("staff.csv",
            "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị\n1,An,Nữ,A\n2,Bình,,A\n3,Chi,,A\n");
  AuditStore store(":memory:");
  ASSERT_TRUE(import_data_folder(store, dir.path()).ok());
  const Dataset dataset = store.load(&pack.fields_read);
  SharedRowSets shared;
  Expressions expressions(pack, dataset, AuditDates{}, shared,
                          [](const std::string& name) { return name == "staff"; });
  const std::string n = "n";
  expressions.frame().bind(n, Value{10.0});
  const Value result = expressions.eval(*value);
  ASSERT_TRUE(result.is<double>());
  EXPECT_EQ(result.as<double>(), 6 + 10 + 2);
  EXPECT_EQ(expressions.frame().size(), 1u);
  EXPECT_EQ(number(expressions.frame().find(n)), 10);
}

}  // namespace
}  // namespace genaudit
