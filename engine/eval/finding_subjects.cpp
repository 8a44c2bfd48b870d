// A finding rule's subjects; see finding_subjects.h.
#include "engine/eval/finding_subjects.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "engine/eval/value_order.h"

namespace genaudit {

using rules::StatementKind;
using rules::SubjectKind;

const rules::Statement& for_statement(const rules::RuleInfo& rule) {
  for (const rules::Statement& s : rule.rule->statements) {
    if (s.kind == StatementKind::kFor) return s;
  }
  throw std::logic_error("a finding without `for`: " + rule.id);  // the checker requires one
}

namespace {

// Ascending, by kind first: the values of one projection are of one kind
// but for a missing-free mix the checker cannot rule out (a number and a
// text from an untyped field).
bool before(const Value& a, const Value& b) {
  if (!same_kind(a, b)) return a.data.index() < b.data.index();
  return compare(a, b) < 0;
}

}  // namespace

std::vector<Subject> group_subjects(const rules::RuleInfo& rule, Expressions& expressions) {
  // The `distinct(...)` aggregate (Comprehensions) gives the values.
  EvaluationFrame& frame = expressions.frame();
  frame.clear();
  const Value groups = expressions.eval(*for_statement(rule).groups);
  frame.clear();
  std::vector<Subject> out;
  if (!groups.is<ListPtr>()) return out;
  for (const Value& value : *groups.as<ListPtr>()) out.push_back({value, nullptr, 0});
  std::sort(out.begin(), out.end(),
            [](const Subject& a, const Subject& b) { return before(a.value, b.value); });
  return out;
}

EvidenceRow source_row(const Table& table, std::uint32_t row) {
  const RowSource& source = table.source(row);
  const SourceFile& file = table.file(source.file);
  return {table.schema().name, file.name, file.sheet, source.row};
}

SubjectName name_subject(const rules::RuleInfo& rule, const Subject& subject,
                         Expressions& expressions) {
  SubjectName out;
  // Parts joined by " · ", a missing one shown as "—": never two subjects
  // under one name because a part was empty.
  const auto add_part = [&](const std::string& name, const Value& value) {
    if (!out.key.empty()) out.code += " · ";
    out.code += value.is_missing() ? "—" : display(value);
    out.key.push_back({name, ResultValue::of(value)});
  };
  if (subject.table != nullptr) {
    const RegisterSchema& schema = subject.table->schema();
    if (!schema.name_field.empty()) {
      const int field = subject.table->field_index(schema.name_field);
      if (field >= 0) out.name = display(subject.table->cell(subject.row, static_cast<std::size_t>(field)));
    }
  }
  switch (rule.subject_kind) {
    case SubjectKind::kGroup:
      add_part(rule.subject_key_names.front(), subject.value);
      break;
    case SubjectKind::kRecord: {
      const Table& table = *subject.table;
      const int key = table.field_index(table.schema().key_field);
      add_part(rule.subject_key_names.front(), table.cell(subject.row, static_cast<std::size_t>(key)));
      break;
    }
    case SubjectKind::kRow: {
      const std::vector<rules::ExprPtr>& keys = for_statement(rule).keys;
      if (!keys.empty()) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
          add_part(rule.subject_key_names[i], expressions.eval(*keys[i]));
        }
        break;
      }
      // No key: where the row was read, "news.csv:12" ("news.xlsx (Tin):12").
      const EvidenceRow where = source_row(*subject.table, subject.row);
      out.code = where.file + (where.sheet.empty() ? "" : " (" + where.sheet + ")") + ":" +
                 std::to_string(where.row);
      out.key.push_back({"file", ResultValue{where.file}});
      if (!where.sheet.empty()) out.key.push_back({"sheet", ResultValue{where.sheet}});
      out.key.push_back({"row", ResultValue{static_cast<double>(where.row)}});
      break;
    }
  }
  return out;
}

}  // namespace genaudit
