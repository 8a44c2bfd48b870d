// What a report says of the rule files an audit ran beyond the plan's pack
// (`--rules` adds files, `--rules-only` replaces the pack): a finding of an
// added rule is not one of the plan's, and a reader must be able to tell.
#pragma once

#include <optional>
#include <string>

#include "engine/audit/audit_report.h"
#include "engine/core/language.h"

namespace genaudit {

// "the plan's pack, with these files added: a.rules, b.rules" or "only these
// files: ..."; nullopt for the plan's pack alone (nothing to say). The file
// names are the user's, not escaped: the caller escapes for its document.
std::optional<std::string> rule_files_fact(const AuditReport& report, Language lang);

}  // namespace genaudit
