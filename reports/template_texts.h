// The words of the register templates (`genaudit template`), in Vietnamese
// and English: the sheets' names, the instructions, the types, the
// drop-down lists' prompts and errors (TemplateText, rows data only in
// reports/texts/templates.cpp), and what each field of each register
// means (field_meaning(), rows in the same file, checked against the
// register catalogue by a test).
//
// Texts may hold placeholders {0}..{9}, filled by format_template_text().
// All text is UTF-8 in NFC. Excel shows a validation's prompt and error of
// at most 255 characters: the texts used there stay short.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/text_catalogue.h"

namespace genaudit {

enum class TemplateText {
  // Sheets.
  kSheetInstructions,
  kSheetCodes,
  // The instructions sheet.
  kInstructionsTitle,       // {0} the register's title, {1} its file name
  kInstructionsFileName,    // {0} the file name
  kInstructionsOneRow,
  kInstructionsHeader,
  kInstructionsRequired,
  kInstructionsDates,
  kInstructionsCodes,
  kInstructionsExtraColumns,
  kInstructionsImport,      // {0} the file name
  kColumnHeader,
  kColumnMeaning,
  kColumnType,
  kColumnRequired,
  kColumnAllowed,
  // Types.
  kTypeText,
  kTypeIdentifier,
  kTypeUniqueIdentifier,
  kTypeCode,
  kTypeBool,
  kTypeDate,
  kTypeNumber,
  kTypeNonNegativeNumber,
  kTypeInteger,
  // Required or not.
  kRequiredValue,
  kRequiredColumn,
  kOptional,
  // What a cell may hold.
  kAllowedForms,            // {0} the first form, {1} every other form
  kAllowedOtherwise,        // {0} what any other value means
  kAllowedWhenEmpty,        // {0} what an empty cell means
  kAllowedReference,        // {0} the register's title
  kAllowedReferenceList,    // {0} the register's title, {1} the sheet of codes
  kAllowedDate,
  kAllowedNumber,
  kAllowedNonNegative,
  kAllowedInteger,
  // Validation prompts and errors (at most 255 characters once filled).
  kPromptList,              // {0} the values
  kPromptListOpen,          // {0} the values; other values are accepted too
  kPromptDate,
  kPromptNumber,
  kPromptNonNegative,
  kPromptInteger,
  kPromptCodesFromList,     // {0} the sheet of codes
  kPromptNoCodeList,        // {0} the register's title
  kPromptNoAgenciesStored,  // {0} the register's title
  kErrorTitle,
  kErrorList,
  kErrorDate,
  kErrorNumber,
  kErrorInteger,
  kErrorCode,               // {0} the sheet of codes
  // The sheet of codes.
  kCodesTitle,              // {0} the register's title
  kCodesFromDatabase,       // {0} the database, {1} how many
  kCodesNoDatabase,
  kCodesNoneStored,         // {0} the database
  kCodesColumnCode,
  kCodesColumnName,
  // The workbook could not be written.
  kTemplateCannotCreate,    // {0} the path
  kTemplateCannotWrite,     // {0} the path; libxlsxwriter's reason follows
};

const TextCatalogue<TemplateText>& template_texts();
std::string_view template_text(TemplateText id, Language lang);
std::string format_template_text(TemplateText id, Language lang,
                                 const std::vector<std::string>& args);

// What a field of a register means, for the instructions sheet.
struct FieldMeaning {
  std::string_view register_name;
  std::string_view field;
  Wording meaning;
};

// Every row of the table, in the registers' order.
std::span<const FieldMeaning> field_meanings();
// The meaning of `field` of `register_name` in `lang`; "" when the table
// has no row for it (the test keeps it complete).
std::string_view field_meaning(std::string_view register_name, std::string_view field,
                               Language lang);

}  // namespace genaudit
