// The operator table (rules/language/operators.h) against the enums of
// ast.h and the grammar: one entry per operator; every spelling the layout
// writes parses back to its operator; the precedences and associativities
// the layout parenthesizes by are the grammar's.
#include "rules/language/operators.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

#include "rules/language/ast_dump.h"
#include "rules/language/expr_layout.h"
#include "rules/language/parser.h"

namespace genaudit::rules {
namespace {

// Whether `op` is an enumerator. Each switch names every enumerator and has
// no default, so that -Wswitch points here when an enum grows.
bool is_enumerator(BinaryOp op) {
  switch (op) {
    case BinaryOp::kOr:
    case BinaryOp::kAnd:
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual:
    case BinaryOp::kLess:
    case BinaryOp::kLessEqual:
    case BinaryOp::kGreater:
    case BinaryOp::kGreaterEqual:
    case BinaryOp::kAdd:
    case BinaryOp::kSubtract:
    case BinaryOp::kMultiply:
    case BinaryOp::kDivide:
    case BinaryOp::kCoalesce:
    case BinaryOp::kStartsWith:
    case BinaryOp::kStartsWithAny:
    case BinaryOp::kContains:
    case BinaryOp::kContainsAny:
    case BinaryOp::kIn: return true;
  }
  return false;
}

bool is_enumerator(UnaryOp op) {
  switch (op) {
    case UnaryOp::kNot:
    case UnaryOp::kNegate:
    case UnaryOp::kIsMissing:
    case UnaryOp::kIsNotMissing: return true;
  }
  return false;
}

bool is_enumerator(AggregateOp op) {
  switch (op) {
    case AggregateOp::kCount:
    case AggregateOp::kCountDistinct:
    case AggregateOp::kSum:
    case AggregateOp::kMin:
    case AggregateOp::kMax:
    case AggregateOp::kExists:
    case AggregateOp::kNone:
    case AggregateOp::kLatest:
    case AggregateOp::kDistinct: return true;
  }
  return false;
}

// Every enumerator has exactly one entry, and every entry is an enumerator.
template <typename Op, typename Entries>
void expect_one_entry_each(Entries entries) {
  for (int value = 0; value < 64; ++value) {
    const Op op = static_cast<Op>(value);
    int found = 0;
    for (const auto& entry : entries) found += entry.op == op ? 1 : 0;
    EXPECT_EQ(found, is_enumerator(op) ? 1 : 0) << "enumerator " << value;
  }
}

TEST(Operators, EveryEnumeratorHasExactlyOneEntry) {
  expect_one_entry_each<BinaryOp>(binary_operators());
  expect_one_entry_each<UnaryOp>(unary_operators());
  expect_one_entry_each<AggregateOp>(aggregate_operators());
}

TEST(Operators, LookupFindsTheOperatorsOwnEntry) {
  for (const BinaryOperator& o : binary_operators()) EXPECT_EQ(binary_operator(o.op).op, o.op);
  for (const UnaryOperator& o : unary_operators()) EXPECT_EQ(unary_operator(o.op).op, o.op);
  for (const AggregateOperator& o : aggregate_operators()) {
    EXPECT_EQ(aggregate_operator(o.op).op, o.op);
  }
}

TEST(Operators, DumpNamesTellOperatorsApart) {
  std::set<std::string> binary, unary, aggregate;
  for (const BinaryOperator& o : binary_operators()) EXPECT_TRUE(binary.insert(o.dump_name).second);
  for (const UnaryOperator& o : unary_operators()) EXPECT_TRUE(unary.insert(o.dump_name).second);
  for (const AggregateOperator& o : aggregate_operators()) {
    EXPECT_TRUE(aggregate.insert(o.dump_name).second);
  }
}

ExprPtr node(ExprKind kind) {
  auto e = std::make_shared<Expr>();
  e->kind = kind;
  return e;
}

ExprPtr name(const std::string& text) {
  ExprPtr e = node(ExprKind::kName);
  e->text = text;
  return e;
}

ExprPtr binary(BinaryOp op, ExprPtr left, ExprPtr right) {
  ExprPtr e = node(ExprKind::kBinary);
  e->binary_op = op;
  e->children = {std::move(left), std::move(right)};
  return e;
}

ExprPtr unary(UnaryOp op, ExprPtr operand) {
  ExprPtr e = node(ExprKind::kUnary);
  e->unary_op = op;
  e->children = {std::move(operand)};
  return e;
}

// `op(s in staff)`, `count(distinct s in staff)`.
ExprPtr aggregate(const AggregateOperator& op) {
  ExprPtr e = node(ExprKind::kAggregate);
  e->aggregate_op = op.op;
  e->distinct = op.distinct;
  e->text = "s";
  e->children = {name("staff"), nullptr, nullptr, nullptr};
  return e;
}

// `e` as the layout writes it (only the parentheses precedence needs), then
// parsed back as the value of a param.
ExprPtr round_trip(const Expr& e, std::string* text) {
  *text = ExprLayout(nullptr).flat(e);
  ParseResult parsed =
      parse_rule_file(std::make_shared<Source>("x.rules", "param p = " + *text + "\n"));
  if (!parsed.file) {
    ADD_FAILURE() << *text << "\n" << format_diagnostics(parsed.diagnostics);
    return nullptr;
  }
  return parsed.file->declarations.at(0).param.value;
}

TEST(Operators, EverySpellingParsesBackToItsOperator) {
  std::string text;
  for (const BinaryOperator& o : binary_operators()) {
    const ExprPtr back = round_trip(*binary(o.op, name("a"), name("b")), &text);
    EXPECT_EQ(text, std::string("a ") + o.spelling + " b");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->kind, ExprKind::kBinary) << text;
    EXPECT_EQ(back->binary_op, o.op) << text;
  }
  for (const UnaryOperator& o : unary_operators()) {
    const ExprPtr back = round_trip(*unary(o.op, name("a")), &text);
    EXPECT_NE(text.find(o.spelling), std::string::npos) << text;
    ASSERT_TRUE(back);
    EXPECT_EQ(back->kind, ExprKind::kUnary) << text;
    EXPECT_EQ(back->unary_op, o.op) << text;
  }
  for (const AggregateOperator& o : aggregate_operators()) {
    if (o.op == AggregateOp::kDistinct) continue;  // not a value: below
    const ExprPtr back = round_trip(*aggregate(o), &text);
    EXPECT_EQ(text.rfind(std::string(o.spelling) + "(", 0), 0u) << text;
    ASSERT_TRUE(back);
    EXPECT_EQ(back->kind, ExprKind::kAggregate) << text;
    EXPECT_EQ(back->aggregate_op, o.op) << text;
  }
}

// `distinct(...)` is what a `for` ranges over, and only that.
TEST(Operators, DistinctParsesBackAsTheGroupsOfAFor) {
  const ExprPtr groups = aggregate(aggregate_operator(AggregateOp::kDistinct));
  const std::string text = ExprLayout(nullptr).flat(*groups);
  EXPECT_EQ(text.rfind("distinct(", 0), 0u) << text;
  ParseResult parsed = parse_rule_file(std::make_shared<Source>(
      "x.rules", "finding X.1 {\n  for d in " + text + "\n  when true\n}\n"));
  ASSERT_TRUE(parsed.file) << format_diagnostics(parsed.diagnostics);
  const Statement& s = parsed.file->declarations.at(0).rule.statements.at(0);
  ASSERT_TRUE(s.groups);
  EXPECT_EQ(s.groups->aggregate_op, AggregateOp::kDistinct);
  EXPECT_FALSE(parse_rule_file(std::make_shared<Source>("x.rules", "param p = " + text + "\n"))
                   .file);
}

// `target OP 1` parses for the operators marked `target`, and only for them.
TEST(Operators, TargetTakesTheTargetComparisons) {
  for (const BinaryOperator& o : binary_operators()) {
    const std::string text =
        std::string("indicator X.1 {\n  value 1\n  target ") + o.spelling + " 1\n}\n";
    ParseResult parsed = parse_rule_file(std::make_shared<Source>("x.rules", text));
    EXPECT_EQ(parsed.file.has_value(), o.target) << text;
    if (parsed.file && o.target) {
      EXPECT_EQ(parsed.file->declarations.at(0).rule.statements.at(1).comparison, o.op);
    }
  }
}

// A word of an operator's spelling cannot name a parameter.
TEST(Operators, TheirWordsAreReserved) {
  std::set<std::string> words;
  auto add_words = [&](const char* spelling) {
    if (!written_as_words(spelling)) return;
    std::string word;
    for (const char* c = spelling;; ++c) {
      if (*c == ' ' || *c == '\0') {
        words.insert(word);
        word.clear();
        if (*c == '\0') break;
      } else {
        word += *c;
      }
    }
  };
  for (const BinaryOperator& o : binary_operators()) add_words(o.spelling);
  for (const UnaryOperator& o : unary_operators()) add_words(o.spelling);
  ASSERT_FALSE(words.empty());
  for (const std::string& word : words) {
    const std::string text = "param " + word + " = 1\n";
    EXPECT_FALSE(parse_rule_file(std::make_shared<Source>("x.rules", text)).file) << text;
  }
}

// For every two binary operators, `(a x b) y c` and `a x (b y c)` as the
// layout writes them parse back to the same tree: the precedences and
// associativities of the table are those of the grammar. Likewise for each
// unary operator around or inside each binary one.
TEST(Operators, PrecedenceAndAssociativityAreTheGrammars) {
  std::string text;
  auto expect_round_trip = [&](const ExprPtr& e) {
    const ExprPtr back = round_trip(*e, &text);
    if (back) {
      EXPECT_EQ(dump(*back), dump(*e)) << text;
    }
  };
  for (const BinaryOperator& x : binary_operators()) {
    for (const BinaryOperator& y : binary_operators()) {
      expect_round_trip(binary(y.op, binary(x.op, name("a"), name("b")), name("c")));
      expect_round_trip(binary(x.op, name("a"), binary(y.op, name("b"), name("c"))));
    }
    for (const UnaryOperator& u : unary_operators()) {
      expect_round_trip(unary(u.op, binary(x.op, name("a"), name("b"))));
      expect_round_trip(binary(x.op, unary(u.op, name("a")), name("b")));
      expect_round_trip(binary(x.op, name("a"), unary(u.op, name("b"))));
    }
  }
  for (const UnaryOperator& u : unary_operators()) {
    for (const UnaryOperator& v : unary_operators()) {
      expect_round_trip(unary(u.op, unary(v.op, name("a"))));
    }
  }
}

// Parentheses only where needed: `a - b - c`, `a + b * c`, `not a == b`.
TEST(Operators, NoParenthesesPrecedenceDoesNotNeed) {
  const ExprLayout layout(nullptr);
  EXPECT_EQ(layout.flat(*binary(BinaryOp::kSubtract,
                                binary(BinaryOp::kSubtract, name("a"), name("b")), name("c"))),
            "a - b - c");
  EXPECT_EQ(layout.flat(*binary(BinaryOp::kAdd, name("a"),
                                binary(BinaryOp::kMultiply, name("b"), name("c")))),
            "a + b * c");
  EXPECT_EQ(layout.flat(*unary(UnaryOp::kNot, binary(BinaryOp::kEqual, name("a"), name("b")))),
            "not a == b");
  EXPECT_EQ(layout.flat(*unary(UnaryOp::kIsMissing, binary(BinaryOp::kCoalesce, name("a"),
                                                           name("b")))),
            "a ?? b is missing");
}

}  // namespace
}  // namespace genaudit::rules
