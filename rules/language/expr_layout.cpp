#include "rules/language/expr_layout.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "rules/language/operators.h"
#include "rules/language/source_scan.h"

namespace genaudit::rules {
namespace {

using namespace precedence;

// An operand that must be parenthesized whatever it is.
constexpr int kAlwaysParenthesize = kPrimary + 1;

int precedence_of(const Expr& e) {
  switch (e.kind) {
    case ExprKind::kBinary: return binary_operator(e.binary_op).precedence;
    case ExprKind::kUnary: return unary_operator(e.unary_op).precedence;
    case ExprKind::kField: return kPostfix;
    // `else` takes all that follows: an `if` inside another expression is
    // always parenthesized.
    case ExprKind::kIf: return 0;
    default: return kPrimary;
  }
}

// The weakest operands an operator takes unparenthesized.
int left_minimum(BinaryOp op) { return left_operand_minimum(binary_operator(op)); }
int right_minimum(BinaryOp op) { return right_operand_minimum(binary_operator(op)); }

const char* operator_text(BinaryOp op) { return binary_operator(op).spelling; }

// `not ` or `-`: a word is followed by a space.
std::string prefix_text(const UnaryOperator& op) {
  return std::string(op.spelling) + (written_as_words(op.spelling) ? " " : "");
}

// ` is missing`, ` is not missing`.
std::string postfix_text(const UnaryOperator& op) { return std::string(" ") + op.spelling; }

bool is_chain(const Expr& e) {
  return e.kind == ExprKind::kBinary &&
         (e.binary_op == BinaryOp::kAnd || e.binary_op == BinaryOp::kOr);
}

bool is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Whether `text` begins `name in`, which after `[` reads as a filtered
// collection (`[s in staff ...]`) rather than a list.
bool reads_as_filter_head(const std::string& text) {
  std::size_t i = 0;
  if (text.empty() || !is_ident_char(text[0]) || (text[0] >= '0' && text[0] <= '9')) return false;
  while (i < text.size() && is_ident_char(text[i])) ++i;
  return text.compare(i, 3, " in") == 0 && (i + 3 == text.size() || !is_ident_char(text[i + 3]));
}

// Whether `text` begins with `not`, which an aggregate's collection cannot
// (the grammar first tries `count(v in c for ...)`, where what follows `in`
// must be a value).
bool begins_with_not(const std::string& text) {
  return text.compare(0, 3, "not") == 0 && (text.size() == 3 || !is_ident_char(text[3]));
}

std::string format_number(double n) {
  char buffer[64];
  for (int digits = 0; digits <= 17; ++digits) {
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, n);
    if (std::stod(buffer) == n) break;
  }
  return buffer;
}

}  // namespace

int display_width(std::string_view text) {
  int width = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  }
  return width;
}

std::string quote_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

void LayoutWriter::write(std::string_view text) {
  text_ += text;
  column_ += display_width(text);
}

void LayoutWriter::newline(int indent) {
  while (!text_.empty() && text_.back() == ' ') text_.pop_back();
  text_ += '\n';
  text_.append(static_cast<std::size_t>(indent), ' ');
  column_ = indent;
}

bool ExprLayout::parenthesized(const Expr& e) const {
  return source_ != nullptr && written_in_parens(source_->text(), e.span);
}

bool ExprLayout::needs_parens(const Expr& e, int min_precedence) const {
  return precedence_of(e) < min_precedence || parenthesized(e);
}

bool ExprLayout::forced_list_parens(const std::vector<ExprPtr>& items, std::size_t i) const {
  return i == 0 && reads_as_filter_head(flat_operand(*items[0], 0));
}

int ExprLayout::collection_minimum(const Expr& aggregate) const {
  return !aggregate.projection() && begins_with_not(flat(*aggregate.collection()))
             ? kAlwaysParenthesize
             : 0;
}

std::string ExprLayout::number_text(const Expr& e) const {
  if (source_ != nullptr) {
    std::string literal = number_literal_at(source_->text(), e.span);
    if (!literal.empty()) {
      const bool percent = literal.back() == '%';
      const std::string digits = percent ? literal.substr(0, literal.size() - 1) : literal;
      if (percent == e.percent && std::stod(digits) == e.number) return literal;
    }
  }
  return format_number(e.number) + (e.percent ? "%" : "");
}

std::string ExprLayout::flat(const Expr& e) const { return flat_operand(e, 0); }

std::string ExprLayout::flat_operand(const Expr& e, int min_precedence) const {
  const std::string bare = flat_bare(e);
  return needs_parens(e, min_precedence) ? "(" + bare + ")" : bare;
}

std::string ExprLayout::flat_bare(const Expr& e) const {
  std::string out;
  switch (e.kind) {
    case ExprKind::kNumber: return number_text(e);
    case ExprKind::kString: return quote_string(e.text);
    case ExprKind::kBool: return e.boolean ? "true" : "false";
    case ExprKind::kName: return e.text;
    case ExprKind::kList:
    case ExprKind::kCall: {
      const bool list = e.kind == ExprKind::kList;
      const std::vector<ExprPtr>& items = list ? e.items() : e.arguments();
      out = list ? "[" : e.text + "(";
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        const std::string item = flat_operand(*items[i], 0);
        const bool forced = list && i == 0 && reads_as_filter_head(item);
        out += forced ? "(" + item + ")" : item;
      }
      return out + (list ? "]" : ")");
    }
    case ExprKind::kField: return flat_operand(*e.record(), kPostfix) + "." + e.text;
    case ExprKind::kDuration: return duration_text(e.number, e.duration_unit);
    case ExprKind::kIf:
      return "if " + flat(*e.test()) + " then " + flat(*e.then_value()) + " else " +
             flat(*e.else_value());
    case ExprKind::kUnary: {
      const UnaryOperator& op = unary_operator(e.unary_op);
      const std::string operand = flat_operand(*e.operand(), operand_minimum(op));
      return op.fixity == Fixity::kPrefix ? prefix_text(op) + operand : operand + postfix_text(op);
    }
    case ExprKind::kBinary:
      return flat_operand(*e.left(), left_minimum(e.binary_op)) + " " +
             operator_text(e.binary_op) + " " +
             flat_operand(*e.right(), right_minimum(e.binary_op));
    case ExprKind::kFilter:
      out = "[" + e.text + " in " + flat(*e.collection());
      if (e.condition()) out += " where " + flat(*e.condition());
      return out + "]";
    case ExprKind::kAggregate:
      out = std::string(aggregate_operator(e.aggregate_op).spelling) + "(";
      if (e.distinct) out += "distinct ";
      if (e.projection()) out += flat(*e.projection()) + " for ";
      if (const std::string collection = flat(*e.collection());
          !e.projection() && begins_with_not(collection)) {
        out += e.text + " in (" + collection + ")";
      } else {
        out += e.text + " in " + collection;
      }
      if (e.condition()) out += " where " + flat(*e.condition());
      if (e.order_key()) out += " by " + flat(*e.order_key());
      return out + ")";
  }
  return out;
}

void ExprLayout::write(const Expr& e, LayoutWriter& out, int indent, int reserve) const {
  write_operand(e, 0, out, indent, reserve);
}

void ExprLayout::write_operand(const Expr& e, int min_precedence, LayoutWriter& out, int indent,
                               int reserve) const {
  if (!needs_parens(e, min_precedence)) {
    write_bare(e, out, indent, reserve);
    return;
  }
  out.write("(");
  write_bare(e, out, out.column(), reserve + 1);
  out.write(")");
}

void ExprLayout::write_bare(const Expr& e, LayoutWriter& out, int indent, int reserve) const {
  const std::string one_line = flat_bare(e);
  if (out.column() + display_width(one_line) + reserve <= kLineWidth) {
    out.write(one_line);
    return;
  }
  switch (e.kind) {
    case ExprKind::kBinary:
      if (is_chain(e)) {
        write_chain(e, out, indent, reserve);
      } else {
        // The right operand goes on the next line, after its operator and
        // indented 4 more, when it does not fit after a left one that is
        // more than a name or a field.
        const Expr& left = *e.left();
        write_operand(left, left_minimum(e.binary_op), out, indent, 0);
        const std::string op = operator_text(e.binary_op);
        const Expr& right = *e.right();
        const int right_width = display_width(flat_operand(right, right_minimum(e.binary_op)));
        const bool simple_left = left.kind == ExprKind::kName || left.kind == ExprKind::kField;
        int right_indent = indent;
        if (!simple_left &&
            out.column() + 2 + display_width(op) + right_width + reserve > kLineWidth) {
          right_indent = indent + 4;
          out.newline(right_indent);
          out.write(op + " ");
        } else {
          out.write(" " + op + " ");
        }
        write_operand(right, right_minimum(e.binary_op), out, right_indent, reserve);
      }
      return;
    case ExprKind::kUnary: {
      const UnaryOperator& op = unary_operator(e.unary_op);
      if (op.fixity == Fixity::kPrefix) {
        out.write(prefix_text(op));
        write_operand(*e.operand(), operand_minimum(op), out, indent, reserve);
      } else {
        const std::string suffix = postfix_text(op);
        write_operand(*e.operand(), operand_minimum(op), out, indent,
                      reserve + display_width(suffix));
        out.write(suffix);
      }
      return;
    }
    case ExprKind::kField:
      write_operand(*e.record(), kPostfix, out, indent,
                    reserve + 1 + display_width(e.text));
      out.write("." + e.text);
      return;
    case ExprKind::kCall:
      out.write(e.text + "(");
      write_items(e.arguments(), false, out, reserve);
      return;
    case ExprKind::kList:
      out.write("[");
      write_items(e.items(), true, out, reserve);
      return;
    case ExprKind::kFilter: {
      out.write("[");
      const int column = out.column();
      out.write(e.text + " in ");
      write_operand(*e.collection(), 0, out, column, e.condition() ? 0 : reserve + 1);
      if (e.condition()) write_condition(*e.condition(), out, column, reserve + 1);
      out.write("]");
      return;
    }
    case ExprKind::kAggregate: {
      out.write(std::string(aggregate_operator(e.aggregate_op).spelling) + "(");
      const int column = out.column();
      const ExprPtr& condition = e.condition();
      const ExprPtr& order = e.order_key();
      if (e.distinct) out.write("distinct ");
      if (e.projection()) {
        write_operand(*e.projection(), 0, out, column, 0);
        out.write(" for ");
      }
      out.write(e.text + " in ");
      write_operand(*e.collection(), collection_minimum(e), out, column,
                    condition || order ? 0 : reserve + 1);
      if (condition) write_condition(*condition, out, column, order ? 0 : reserve + 1);
      if (order) {
        out.newline(column);
        out.write("by ");
        write_operand(*order, 0, out, out.column(), reserve + 1);
      }
      out.write(")");
      return;
    }
    default:
      out.write(one_line);
      return;
  }
}

std::vector<const Expr*> ExprLayout::chain_operands(const Expr& e) const {
  std::vector<const Expr*> operands;
  const Expr* left = &e;
  while (is_chain(*left) && left->binary_op == e.binary_op &&
         (left == &e || !parenthesized(*left))) {
    operands.push_back(left->right().get());
    left = left->left().get();
  }
  operands.push_back(left);
  std::reverse(operands.begin(), operands.end());
  return operands;
}

// The operands filled into lines: each next one after its operator on the
// same line when it fits there, otherwise on a new line at `indent`. An
// operand that breaks in turn lines up under those that follow an operator.
void ExprLayout::write_chain(const Expr& e, LayoutWriter& out, int indent, int reserve) const {
  const BinaryOp op = e.binary_op;
  const std::vector<const Expr*> operands = chain_operands(e);
  const std::string op_text = std::string(operator_text(op)) + " ";
  const int operand_column = indent + display_width(op_text);
  write_operand(*operands[0], left_minimum(op), out, operand_column, 0);
  for (std::size_t i = 1; i < operands.size(); ++i) {
    const int operand_reserve = i + 1 == operands.size() ? reserve : 0;
    const std::string one_line = flat_operand(*operands[i], right_minimum(op));
    if (out.column() + 1 + display_width(op_text) + display_width(one_line) + operand_reserve <=
        kLineWidth) {
      out.write(" " + op_text + one_line);
      continue;
    }
    out.newline(indent);
    out.write(op_text);
    write_operand(*operands[i], right_minimum(op), out, operand_column, operand_reserve);
  }
}

// `where condition` of a filter or an aggregate whose comprehension starts
// at `column`, after what `out` holds: on a line of its own at `column` when
// it fits there; otherwise, for a chain of `and` (or `or`), after what comes
// before it, the chain's next lines at `column`; otherwise on a line of its
// own, broken as it must be.
void ExprLayout::write_condition(const Expr& condition, LayoutWriter& out, int column,
                                 int reserve) const {
  const int where_width = display_width("where ");
  const std::string one_line = flat(condition);
  if (column + where_width + display_width(one_line) + reserve <= kLineWidth) {
    out.newline(column);
    out.write("where " + one_line);
    return;
  }
  if (is_chain(condition) && !parenthesized(condition)) {
    const std::string first = flat_operand(*chain_operands(condition)[0],
                                           left_minimum(condition.binary_op));
    if (out.column() + 1 + where_width + display_width(first) <= kLineWidth) {
      out.write(" where ");
      write_chain(condition, out, column, reserve);
      return;
    }
  }
  out.newline(column);
  out.write("where ");
  write_operand(condition, 0, out, out.column(), reserve);
}

// Arguments or items one a line, lined up after the opening bracket.
void ExprLayout::write_items(const std::vector<ExprPtr>& items, bool list, LayoutWriter& out,
                             int reserve) const {
  const int column = out.column();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const bool last = i + 1 == items.size();
    const int min_precedence = list && forced_list_parens(items, i) ? kAlwaysParenthesize : 0;
    write_operand(*items[i], min_precedence, out, column, last ? reserve + 1 : 1);
    if (!last) {
      out.write(",");
      out.newline(column);
    }
  }
  out.write(list ? "]" : ")");
}

void ExprLayout::write_list_item(const Expr& list, std::size_t i, LayoutWriter& out, int indent,
                                 int reserve) const {
  const int min_precedence = forced_list_parens(list.items(), i) ? kAlwaysParenthesize : 0;
  write_operand(*list.items()[i], min_precedence, out, indent, reserve);
}

}  // namespace genaudit::rules
