#include "adapters/registers/header_matcher.h"

#include "adapters/text/unicode_text.h"

namespace genaudit {

bool is_rejection_reason_header(const std::string& header) {
  const std::string key = text::fold_loose(header);
  return key == text::fold_loose(kRejectionReasonHeaderVi) ||
         key == text::fold_loose(kRejectionReasonHeaderEn);
}

HeaderMatch match_headers(const RegisterSchema& schema, const std::vector<std::string>& headers,
                          const InputError& location, InputErrors* errors,
                          const std::vector<std::pair<std::string, std::string>>& aliases) {
  HeaderMatch match;
  match.field_of_column.assign(headers.size(), -1);
  match.column_of_field.assign(schema.fields.size(), -1);
  for (std::size_t column = 0; column < headers.size(); ++column) {
    const std::string key = text::fold_loose(headers[column]);
    int field = -1;
    for (const auto& [alias, field_name] : aliases) {
      if (field < 0 && key == text::fold_loose(alias)) {
        field = static_cast<int>(schema.find_field(field_name) - schema.fields.data());
      }
    }
    for (std::size_t f = 0; f < schema.fields.size() && field < 0; ++f) {
      if (key == text::fold_loose(schema.fields[f].name) ||
          key == text::fold_loose(schema.fields[f].vi_header)) {
        field = static_cast<int>(f);
      }
    }
    if (field < 0) {
      if (is_rejection_reason_header(headers[column])) {
        match.has_rejection_reason = true;
      } else if (!key.empty()) {
        match.ignored_columns.push_back(headers[column]);
      }
      continue;
    }
    int& seen = match.column_of_field[static_cast<std::size_t>(field)];
    if (seen >= 0) {
      InputError e = location;
      e.kind = InputErrorKind::kDuplicateColumn;
      e.row = 1;
      e.column = headers[column];
      e.value = headers[static_cast<std::size_t>(seen)];
      e.expected = schema.fields[static_cast<std::size_t>(field)].name;
      errors->push_back(std::move(e));
      continue;
    }
    seen = static_cast<int>(column);
    match.field_of_column[column] = field;
  }
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    const FieldSchema& field = schema.fields[f];
    if (field.required_column && match.column_of_field[f] < 0) {
      InputError e = location;
      e.kind = InputErrorKind::kMissingColumn;
      e.row = 1;
      e.column = field.vi_header;
      e.expected = field.vi_header + " (" + field.name + ")";
      errors->push_back(std::move(e));
    }
  }
  return match;
}

}  // namespace genaudit
