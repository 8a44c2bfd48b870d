// A blank form of one register, as an Excel workbook for agencies to fill
// in (`genaudit template`): what the importer reads back without a mapping.
//
// Its first sheet is the form: row 1 holds the register's headers exactly
// as the register catalogue spells them (Vietnamese, or the field names in
// English), frozen, the headers of required fields shaded darker; each
// column is formatted and validated by its field's type — a drop-down list
// of the catalogue's codes, dates as dd/mm/yyyy between 1900 and 2100,
// numbers, whole numbers, agency codes from the sheet of codes. The second
// sheet says, in the user's language, what each column means, its type,
// whether it is required and every value accepted. A register with a field
// referring to the agencies has a third sheet, the agency codes to choose
// from: those stored in the audit database when one was given, otherwise
// none, and each agency-code cell's prompt says why there is no list.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/language.h"
#include "engine/core/register_catalogue.h"
#include "engine/output/staged_outputs.h"
#include "engine/store/stored_agencies.h"

namespace genaudit {

// The agency codes a form offers.
struct TemplateAgencies {
  // The database they come from; nullopt when none was given.
  std::optional<std::string> database;
  std::vector<StoredAgency> agencies;  // as stored; those without a code are left out
};

// How many rows of the form are validated and formatted, after the header.
inline constexpr int kTemplateRows = 10000;

// The file name of `schema`'s form: "staff.xlsx".
std::string template_file_name(const RegisterSchema& schema);

// Stages the form of `schema` at `path` in `outputs` (published with them).
// `catalogue` names the registers a field refers to. False with the reason,
// in `lang`, in `error`.
bool write_register_template(const RegisterSchema& schema, const RegisterCatalogue& catalogue,
                             const TemplateAgencies& agencies, Language lang,
                             const std::filesystem::path& path, StagedOutputs& outputs,
                             std::string* error);

}  // namespace genaudit
