#include "adapters/registers/cell_converter.h"

#include <map>
#include <mutex>
#include <unordered_map>

#include "engine/core/unicode_text.h"
#include "engine/core/visible_text.h"
#include "adapters/values/value_parsers.h"

namespace genaudit {
namespace {

constexpr const char* kDateForms = "dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd";

// Each coded field's forms, folded once: folded form -> code.
const std::unordered_map<std::string, std::string>& code_table(const FieldSchema& field) {
  static std::mutex mutex;
  static std::map<const FieldSchema*, std::unordered_map<std::string, std::string>> tables;
  std::lock_guard<std::mutex> lock(mutex);
  auto [it, inserted] = tables.try_emplace(&field);
  if (inserted) {
    for (const CodeForms& code : field.codes) {
      it->second[text::fold_compact(code.code)] = code.code;
      for (const std::string& form : code.forms) it->second[text::fold_compact(form)] = code.code;
    }
  }
  return it->second;
}

}  // namespace

std::string accepted_forms(const FieldSchema& field) {
  std::string out;
  for (const CodeForms& code : field.codes) {
    for (const std::string& form : code.forms) {
      if (!out.empty()) out += ", ";
      out += form;
    }
  }
  return out;
}

CellOverrides overrides_for(const FieldSchema& field, const RegisterLayout& layout) {
  CellOverrides o;
  if (auto it = layout.values.find(field.name); it != layout.values.end()) {
    for (const auto& [form, code] : it->second) o.forms[text::fold_compact(form)] = code;
  }
  if (field.type == FieldType::kDate && layout.date_format) o.date_format = &*layout.date_format;
  return o;
}

namespace {

// An empty or all-space cell: NoValue, or the field's code for an empty
// cell, or false for a boolean; a problem only when a value is required.
Cell empty_cell(const FieldSchema& field, std::optional<CellProblem>* problem) {
  if (field.type == FieldType::kBool) return false;
  if (field.type == FieldType::kCode && !field.code_when_empty.empty()) {
    return field.code_when_empty;
  }
  if (field.required_value) *problem = CellProblem{InputErrorKind::kMissingValue, field.name};
  return NoValue{};
}

// The value of a field that is not text, from its trimmed, non-empty cell.
Cell typed_value(const FieldSchema& field, std::string_view value,
                 std::optional<CellProblem>* problem, const CellOverrides* overrides) {
  switch (field.type) {
    case FieldType::kText:
      break;  // convert_cell_into's own
    case FieldType::kCode:
    case FieldType::kBool: {
      if (overrides) {
        if (auto it = overrides->forms.find(text::fold_compact(value)); it != overrides->forms.end()) {
          if (field.type == FieldType::kBool) return it->second == "true";
          return it->second;
        }
      }
      const auto& table = code_table(field);
      auto it = table.find(text::fold_compact(value));
      if (it != table.end()) {
        if (field.type == FieldType::kBool) return it->second == "true";
        return it->second;
      }
      if (field.type == FieldType::kCode && !field.code_otherwise.empty()) {
        return field.code_otherwise;
      }
      *problem = CellProblem{InputErrorKind::kBadCode, accepted_forms(field)};
      return NoValue{};
    }
    case FieldType::kDate:
      if (overrides && overrides->date_format) {
        if (auto date = overrides->date_format->read(value)) return *date;
        *problem = CellProblem{InputErrorKind::kBadDate, overrides->date_format->pattern()};
        return NoValue{};
      }
      if (auto date = parse_date(value)) return *date;
      *problem = CellProblem{InputErrorKind::kBadDate, kDateForms};
      return NoValue{};
    case FieldType::kNumber:
      if (auto number = parse_number(value)) {
        if (field.non_negative && *number < 0) {
          *problem = CellProblem{InputErrorKind::kOutOfRange, "0 or more"};
          return NoValue{};
        }
        return *number;
      }
      *problem = CellProblem{InputErrorKind::kBadNumber, "12.5 / 12,5"};
      return NoValue{};
    case FieldType::kInteger:
      if (auto integer = parse_integer(value)) {
        if (field.non_negative && *integer < 0) {
          *problem = CellProblem{InputErrorKind::kOutOfRange, "0 or more"};
          return NoValue{};
        }
        return *integer;
      }
      *problem = CellProblem{InputErrorKind::kBadInteger, "2025"};
      return NoValue{};
  }
  return NoValue{};
}

}  // namespace

void convert_cell_into(const FieldSchema& field, std::string_view raw, Cell* cell,
                       std::optional<CellProblem>* problem, const CellOverrides* overrides,
                       bool known_nfc, bool value_wanted) {
  problem->reset();
  const std::string_view value = text::trim(raw);
  if (value.empty()) {
    *cell = empty_cell(field, problem);
    return;
  }
  if (field.type != FieldType::kText) {
    *cell = typed_value(field, value, problem, overrides);
    return;
  }
  if (field.identifier) {
    if (std::string invisible = text::invisible_code_points(value); !invisible.empty()) {
      *problem = CellProblem{InputErrorKind::kInvisibleInCode, std::move(invisible)};
      *cell = NoValue{};
      return;
    }
  }
  // Text, the most common cell: in NFC, copied into the string the cell
  // already has.
  if (!value_wanted) {
    *cell = NoValue{};
  } else if (!known_nfc) {
    *cell = text::to_nfc(value);
  } else if (std::string* text = std::get_if<std::string>(cell)) {
    text->assign(value);
  } else {
    *cell = std::string(value);
  }
}

Cell convert_cell(const FieldSchema& field, std::string_view raw,
                  std::optional<CellProblem>* problem, const CellOverrides* overrides,
                  bool known_nfc) {
  Cell cell;
  convert_cell_into(field, raw, &cell, problem, overrides, known_nfc);
  return cell;
}

}  // namespace genaudit
