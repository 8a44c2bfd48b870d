// A checked rule pack: the parsed files, their parameters and definitions by
// name, each rule's description, the registers it reads and the type of each
// value it shows, and the register catalogue it was checked against. Only the
// checker makes one, so a RulePack is always valid.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "engine/core/language.h"
#include "engine/core/register_catalogue.h"
#include "engine/core/text_catalogue.h"
#include "rules/language/ast.h"
#include "rules/language/number_range.h"
#include "rules/language/successor_bodies.h"
#include "rules/language/types.h"

namespace genaudit::rules {

// A rule author's text, as the rule file writes it in both languages: data
// of the pack, not of a catalogue, read with the catalogues' accessor.
struct LocalizedText {
  std::string vi;
  std::string en;
  const std::string& in(Language lang) const { return in_language(lang, vi, en); }
};

// What a value a rule shows is, for the reports to show it rightly: a share
// with its percent sign, a date in the language's style. The checker records
// it from the types it infers (rules/language/types.h): by construction, never
// from a name.
enum class ValueType {
  kNumber,   // a number of no unit the rule states: 1,75
  kCount,    // how many: count(...), count(distinct ...)
  kPercent,  // a share in percent, 0..100 (share(3, 10) is 30; 30% is 30): "30,0%"
  // Indicators only: a figure the rule reads as given (a statistic), of no
  // unit it computes, whose title states it is in percent ("... (%)"):
  // shown as the number it is, charted on 0..100 like a share.
  kPercentFigure,
  kDate,
  kText,
  kBool,
  kList,     // a parameter's list
  kRows,     // a record or a collection of a register's rows
  kWindow,   // a month, quarter or year of the audit period
};

// What a finding's subjects are (its `for`): the records of a register with
// a code, each named by it; the rows of any register, each named by the
// `key` the rule declares or else by its file and row; or groups, the
// distinct values of `for d in distinct(a.district for a in agencies)`.
enum class SubjectKind { kRecord, kRow, kGroup };

struct RuleInfo {
  const Rule* rule = nullptr;
  std::shared_ptr<const Source> source;
  std::string id;
  RuleKind kind = RuleKind::kFinding;
  LocalizedText title;
  LocalizedText remedy;
  // The title and remedy as written, `{param}` placeholders and all; `title`
  // and `remedy` are them filled with the parameters' values in force (the
  // files', or a profile's): rule_texts.h.
  LocalizedText title_template;
  LocalizedText remedy_template;
  // What the rule counts, as a noun after a number (`unit vi "cơ quan"
  // en "agencies"`): an indicator's share is "20/42 cơ quan", a finding's
  // subjects "42 cơ quan". Optional: empty in both languages when not given.
  LocalizedText unit;
  std::string citation;
  std::string lead;
  std::string severity;  // low, medium, high or critical
  // Findings: `for subject_variable in subject_register` (no register for
  // groups: their values are not records).
  std::string subject_variable;
  std::string subject_register;
  SubjectKind subject_kind = SubjectKind::kRecord;
  // What names a subject, as reports' `subject_key` lists it: the
  // register's code field; the `key`'s fields (or expressions, as written);
  // "file" and "row"; or the field (or expression) grouped by.
  std::vector<std::string> subject_key_names;
  // Findings stated `per month|quarter|year window_variable`.
  bool has_window = false;
  WindowKind window = WindowKind::kMonth;
  std::string window_variable;
  std::vector<std::string> registers;  // every register the rule reads, sorted
  // What reports call the evidence items the rule labels, by `let` name;
  // an item without a label is shown by its name.
  std::map<std::string, LocalizedText> evidence_labels;
  // What reports say for an evidence item without a value, by `let` name,
  // when the rule says it (`missing vi "chưa gửi" en "not sent"`); "—"
  // otherwise.
  std::map<std::string, LocalizedText> evidence_missing;
  // The type of each `let`'s value, by name, and so of each evidence item.
  std::map<std::string, ValueType> let_types;
  // Indicators: the type of the value.
  ValueType value_type = ValueType::kNumber;
};

struct RulePack {
  std::vector<RuleFile> files;  // owns the syntax trees the pointers below use
  std::map<std::string, const Param*> params;
  // Parameters a profile set; `params` points at them instead of the files'.
  std::vector<std::unique_ptr<Param>> param_overrides;
  // The numbers each number parameter, or each item of a list of numbers,
  // may hold: its literal's range narrowed by its uses. The checker keeps
  // the files' values within them; a profile is held to them too.
  std::map<std::string, NumberRange> param_ranges;
  // The type of each parameter's value, by name (a percentage is a number
  // of unit kPercent): a profile's value must be of it.
  std::map<std::string, Type> param_types;
  // The coded field each parameter holding codes (a text or a list of
  // texts) is compared with, by name: a profile's codes must be its codes.
  std::map<std::string, const FieldSchema*> param_codes;
  std::map<std::string, const Define*> defines;
  std::vector<RuleInfo> rules;  // in the order written
  // Every register field some expression of the pack reads, by register,
  // and the code and name of each register findings take their subjects
  // from: the only fields the engine needs to load.
  std::map<std::string, std::set<std::string>> fields_read;
  // The registers the pack was checked against: the only ones its rules
  // read. The catalogue must outlive the pack.
  const RegisterCatalogue* catalogue = nullptr;
  // Who succeeded the bodies the rules name (bodies.toml, and a profile's
  // rows): a rule's lead and remedy are resolved with it as of a date.
  SuccessorBodies bodies;
  std::string version;          // pack_version(): of the files' contents, not their paths
  std::string profile;          // the profile applied, if any
  // The rule files read from the user's paths, beyond the built-in pack
  // (rule_sources.h), as named when read; and whether they replace it.
  // Reports list them: a finding of an added rule is not the plan's.
  std::vector<std::string> added_files;
  bool replaces_builtin = false;

  const RuleInfo* find_rule(const std::string& id) const;
  // The part of fields_read that `rule` needs: the registers it reads
  // (through defines too, and those it `needs`), each with the fields the
  // pack reads of it (an empty set: only its rows).
  std::map<std::string, std::set<std::string>> fields_read_by(const RuleInfo& rule) const;
};

}  // namespace genaudit::rules
