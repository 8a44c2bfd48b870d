// Who answers for a rule on a given date. The plan names the bodies of
// 2021 ("Sở Lao động - Thương binh và Xã hội", "UBND cấp huyện"); in 2025
// the province's departments were merged and district People's Committees
// ended. A pack ships a table of successor bodies (rules/pack/bodies.toml),
// each row citing the decision it comes from and saying whether that
// citation was confirmed; a profile may add or replace rows. An audit
// resolves each rule's lead, and the bodies its remedy names, as of its
// as-of date, so documents name the body that exists on that date.
//
//   [[succession]]
//   body = "Sở Kế hoạch và Đầu tư"          # as the plan and the rules write it
//   successor = "Sở Tài chính"
//   from = 2025-03-01                        # the successor answers from this day
//   decision = "Nghị định số 45/2025/NĐ-CP ..."
//   confirmed = false                        # the citation was not checked
//   rules = ["O2.T3"]                        # optional: only for these rules
//   body_en = "Department of Planning and Investment"   # optional, for English
//   successor_en = "Department of Finance"              # remedy texts
//   note = "..."                             # optional
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/date.h"
#include "rules/language/diagnostic.h"

namespace genaudit::rules {

struct BodySuccession {
  std::string body;
  std::string successor;
  std::string body_en;       // may be empty
  std::string successor_en;  // may be empty
  Date from;
  std::string decision;
  bool confirmed = false;
  std::vector<std::string> rules;  // rule id patterns (`*` any text); empty: every rule
  std::string note;
};

struct SuccessorBodies {
  std::vector<BodySuccession> rows;  // in the order written
};

// Where a table is read from: a pack's bodies.toml holds nothing else; a
// profile also holds [params] and [rules], which its own reader reads.
enum class SuccessionSource { kBodiesFile, kProfile };

// Reads the `[[succession]]` rows of `source` into `out`, adding them (a
// row with the same body, date and rules as one already there replaces it:
// that is how a profile changes a shipped row). Every problem — a TOML
// syntax error, an unknown key, a missing or mistyped field, a body that
// succeeds itself, two rows for one body, date and rules in the same text —
// is a diagnostic at its line and column; on any, `out` is left unchanged.
Diagnostics read_successor_bodies(const std::shared_ptr<const Source>& source,
                                  SuccessionSource kind, SuccessorBodies& out);

// A body as of a date, for one rule: the name that answers, and the rows
// that led there (empty when the plan's body still exists).
struct ResolvedBody {
  std::string name;
  std::string name_en;  // the last step's successor_en, or empty
  std::vector<BodySuccession> steps;

  // Whether every step's citation was confirmed (true with no step).
  bool confirmed() const;
};

// `body` as of `as_of` for rule `rule_id`: follows the table while a row
// for the current name applies (its date on or before `as_of`, its rules
// matching `rule_id`; a row naming rules wins over a general one, a later
// date over an earlier). At most one step per row, so a cycle ends.
ResolvedBody resolve_body(const SuccessorBodies& bodies, std::string_view body,
                          const std::string& rule_id, Date as_of);

// `text` with every body of the table it names replaced by that body as of
// `as_of` for `rule_id` (longest names first; with `english`, the rows'
// English names, where they have them). Used for the bodies a remedy names.
// With `steps`, appends the rows each replaced body resolved through, each
// body once however often the text names it: exactly the replacements
// made, so a name inside a longer one counts only when it stands alone.
std::string resolve_bodies_in_text(const SuccessorBodies& bodies, const std::string& text,
                                   const std::string& rule_id, Date as_of, bool english,
                                   std::vector<BodySuccession>* steps = nullptr);

// Whether two rows are the same succession (body, date and rules): a later
// table's row of that succession replaces an earlier one's.
bool same_row(const BodySuccession& a, const BodySuccession& b);

}  // namespace genaudit::rules
