// A finding's subjects; see rule_subjects.h.
#include "rules/language/rule_subjects.h"

#include <string>

namespace genaudit::rules {
namespace {

// What names one part of a subject in `subject_key`: a field by its name
// (`n.outlet_code` is "outlet_code"), another expression as written.
std::string key_name(const Expr& e, const Source& source) {
  if (e.kind == ExprKind::kField) return e.text;
  return source.text().substr(e.span.begin, e.span.end - e.span.begin);
}

// Whether a value of type `t` can name a subject: a key or a group is shown
// as text, so it must be a value with a text of its own.
bool names_a_subject(const Type& t) {
  switch (t.kind) {
    case TypeKind::kAny:
    case TypeKind::kBool:
    case TypeKind::kNumber:
    case TypeKind::kString:
    case TypeKind::kDate: return true;
    default: return false;
  }
}

void check_names_a_subject(const Expr& e, const Type& t, const char* what, const char* hint,
                           CheckContext& context) {
  if (names_a_subject(t)) return;
  context.error(e.span.begin,
                std::string(what) + " names subjects in reports, so it is text, a number, a date "
                                    "or true/false; this is " + describe(t),
                hint);
}

void check_groups(const Statement& s, RuleInfo& info, ExprTypes& types, CheckContext& context) {
  info.subject_kind = SubjectKind::kGroup;
  const Type value = types.check(*s.groups);
  if (s.groups->projection()) {
    check_names_a_subject(*s.groups->projection(), value, "the value grouped by",
                          "group by a field: `distinct(a.district for a in agencies)`", context);
    info.subject_key_names = {key_name(*s.groups->projection(), *context.source)};
  }
  types.bind(s.name, names_a_subject(value) ? value : Type{});
}

void check_rows(const Statement& s, RuleInfo& info, ExprTypes& types, CheckContext& context) {
  const RegisterSchema* r = context.registers.find(s.register_name);
  if (r == nullptr) {
    context.unknown_register(s.register_name, s.register_span.begin);
    types.bind(s.name, Type{});
    for (const ExprPtr& key : s.keys) types.check(*key);
    return;
  }
  info.subject_register = s.register_name;
  types.read_register(s.register_name);
  types.bind(s.name, Type{TypeKind::kRecord, s.register_name});
  // Reports name the subject by its name too, where the register has one.
  if (!r->name_field.empty()) context.pack.fields_read[r->name].insert(r->name_field);
  if (!s.keys.empty()) {
    info.subject_kind = SubjectKind::kRow;
    for (const ExprPtr& key : s.keys) {
      check_names_a_subject(*key, types.check(*key), "a key",
                            "name fields of the row: `key n.agency_code, n.published_on`", context);
      info.subject_key_names.push_back(key_name(*key, *context.source));
    }
  } else if (!r->key_field.empty()) {
    info.subject_kind = SubjectKind::kRecord;
    info.subject_key_names = {r->key_field};
    context.pack.fields_read[r->name].insert(r->key_field);
  } else {
    // No code and no key: the row itself, where the register was read.
    info.subject_kind = SubjectKind::kRow;
    info.subject_key_names = {"file", "row"};
  }
}

}  // namespace

void check_subjects(const Statement& s, RuleInfo& info, ExprTypes& types, CheckContext& context) {
  info.subject_variable = s.name;
  if (s.groups) {
    check_groups(s, info, types, context);
  } else {
    check_rows(s, info, types, context);
  }
  if (s.expr) types.expect(*s.expr, types.check(*s.expr), TypeKind::kBool);
}

}  // namespace genaudit::rules
