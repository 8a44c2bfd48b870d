#include "adapters/registers/register_reader.h"

#include <algorithm>

#include "adapters/registers/cell_converter.h"
#include "adapters/text/formula_guard.h"
#include "adapters/text/unicode_text.h"

namespace genaudit {
namespace {

bool is_blank(const CsvRecord& record) {
  return std::all_of(record.fields.begin(), record.fields.end(),
                     [](const std::string& f) { return text::trim(f).empty(); });
}

}  // namespace

std::unique_ptr<RegisterReader> RegisterReader::open(const RegisterSchema& schema,
                                                     const std::filesystem::path& path,
                                                     const std::string& display_name,
                                                     InputErrors* errors,
                                                     const RecordSourceOptions& options) {
  InputError error{};
  auto source = open_record_source(path, display_name, options, &error);
  return start(schema, std::move(source), display_name, error, errors, options.layout);
}

std::unique_ptr<RegisterReader> RegisterReader::from_string(const RegisterSchema& schema,
                                                            std::string data,
                                                            const std::string& display_name,
                                                            InputErrors* errors) {
  InputError error{};
  auto source = csv_string_source(std::move(data), display_name, &error);
  return start(schema, std::move(source), display_name, error, errors);
}

std::unique_ptr<RegisterReader> RegisterReader::start(const RegisterSchema& schema,
                                                      std::unique_ptr<RecordSource> source,
                                                      const std::string& display_name,
                                                      const InputError& open_error,
                                                      InputErrors* errors,
                                                      const RegisterLayout& layout) {
  if (!source) {
    errors->push_back(open_error);
    return nullptr;
  }
  std::unique_ptr<RegisterReader> reader(
      new RegisterReader(schema, std::move(source), display_name));
  reader->layout_ = layout;
  for (const FieldSchema& f : schema.fields) {
    reader->overrides_.push_back(overrides_for(f, reader->layout_));
  }
  InputError location{};
  location.file = reader->display_name_;
  location.sheet = reader->source_->sheet();
  // The header is the first row that is not blank, or the mapping's row
  // (rows above it are a title block, ignored).
  bool found = false;
  while (reader->source_->next(reader->record_)) {
    if (layout.header_row > 0) {
      if (reader->record_.row < layout.header_row) continue;
      found = reader->record_.row == layout.header_row && !is_blank(reader->record_);
      break;
    }
    if (!is_blank(reader->record_)) {
      found = true;
      break;
    }
  }
  if (!found) {
    if (reader->source_->error()) {
      errors->push_back(*reader->source_->error());
    } else {
      location.kind = InputErrorKind::kEmptyFile;
      errors->push_back(location);
    }
    return nullptr;
  }
  reader->header_row_ = reader->record_.row;
  for (const std::string& h : reader->record_.fields) {
    reader->headers_.emplace_back(text::trim(strip_formula_guard(h)));
  }
  const std::size_t before = errors->size();
  reader->header_ =
      match_headers(reader->schema_, reader->headers_, location, errors, layout.columns);
  if (errors->size() != before) return nullptr;
  return reader;
}

std::string RegisterReader::column_name(std::size_t field) const {
  const int column = header_.column_of_field[field];
  return column >= 0 ? headers_[static_cast<std::size_t>(column)] : schema_.fields[field].vi_header;
}

bool RegisterReader::next(RegisterRow* row, InputErrors* errors) {
  while (source_->next(record_)) {
    if (is_blank(record_)) continue;
    row->row = record_.row;
    row->valid = true;
    row->cells.assign(schema_.fields.size(), NoValue{});
    std::optional<CellProblem> problem;
    for (std::size_t f = 0; f < schema_.fields.size(); ++f) {
      const int column = header_.column_of_field[f];
      if (column < 0) continue;  // absent optional column: no value
      const auto index = static_cast<std::size_t>(column);
      // A cell genaudit neutralised ('=...) reads as it was before.
      const std::string_view raw = strip_formula_guard(
          index < record_.fields.size() ? std::string_view(record_.fields[index]) : "");
      row->cells[f] =
          convert_cell(schema_.fields[f], raw, &problem, &overrides_[f], record_.nfc);
      if (problem) {
        row->valid = false;
        InputError e{};
        e.kind = problem->kind;
        e.file = display_name_;
        e.sheet = source_->sheet();
        e.row = record_.row;
        e.column = headers_[index];
        e.value = shown_value(text::trim(raw));
        e.expected = problem->expected;
        errors->push_back(std::move(e));
      }
    }
    return true;
  }
  if (source_->error()) errors->push_back(*source_->error());
  return false;
}

}  // namespace genaudit
