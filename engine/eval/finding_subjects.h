// The subjects a finding rule is evaluated for, and how each is named
// (rule_pack.h's SubjectKind): the rows of its register (a record named by
// its code, or a row named by the rule's `key` or by its file and row), or
// its groups, the distinct values `for d in distinct(...)` ranges over.
// Internal to the evaluator (evaluator.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/data/table.h"
#include "engine/data/value.h"
#include "engine/eval/expressions.h"
#include "engine/eval/results.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

// One subject: the value its variable is bound to, and its row when it is
// one (a group has none: table is null).
struct Subject {
  Value value;
  const Table* table = nullptr;
  std::uint32_t row = 0;
};

// What reports call a subject: `code` is what identifies it (the record's
// code; the key's values joined by " · "; "file:row"; the group's value),
// `name` its name where the register has one, `key` the parts of `code`
// by name (the JSON's `subject_key`).
struct SubjectName {
  std::string code;
  std::string name;
  std::vector<EvidenceItem> key;
};

// The subject in row `row` of `table`, the rule's register.
inline Subject row_subject(const Table* table, std::uint32_t row) {
  return {Value{RecordRef{table, row}}, table, row};
}

// The `for` statement of finding rule `rule` (the checker requires one).
const rules::Statement& for_statement(const rules::RuleInfo& rule);

// The groups of a rule whose subjects are groups: the distinct values its
// `distinct(...)` projects from the rows that pass its condition, missing
// values left out, in ascending order. Evaluated with `expressions`' frame
// holding nothing but what this binds (it is cleared first and after).
std::vector<Subject> group_subjects(const rules::RuleInfo& rule, Expressions& expressions);

// The name of `subject`. REQUIRES: the frame binds the rule's variable to
// the subject (the `key` expressions are evaluated in it).
SubjectName name_subject(const rules::RuleInfo& rule, const Subject& subject,
                         Expressions& expressions);

// Where row `row` of `table` was read, as findings cite it.
EvidenceRow source_row(const Table& table, std::uint32_t row);

}  // namespace genaudit
