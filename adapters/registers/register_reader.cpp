#include "adapters/registers/register_reader.h"

#include <algorithm>
#include <system_error>

#include "adapters/registers/cell_converter.h"
#include "adapters/registers/coded_cell_memo.h"
#include "engine/core/formula_guard.h"
#include "engine/core/unicode_text.h"

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
  return start(schema, std::move(source), display_name, error, errors, options.layout,
               options.csv_parallel);
}

std::unique_ptr<RegisterReader> RegisterReader::from_string(const RegisterSchema& schema,
                                                            std::string data,
                                                            const std::string& display_name,
                                                            InputErrors* errors,
                                                            const ParallelCsvOptions& parallel) {
  InputError error{};
  auto source = csv_string_source(std::move(data), display_name, &error);
  return start(schema, std::move(source), display_name, error, errors, {}, parallel);
}

std::unique_ptr<RegisterReader> RegisterReader::start(const RegisterSchema& schema,
                                                      std::unique_ptr<RecordSource> source,
                                                      const std::string& display_name,
                                                      const InputError& open_error,
                                                      InputErrors* errors,
                                                      const RegisterLayout& layout,
                                                      const ParallelCsvOptions& parallel) {
  if (!source) {
    errors->push_back(open_error);
    return nullptr;
  }
  std::unique_ptr<RegisterReader> reader(
      new RegisterReader(schema, std::move(source), display_name));
  reader->layout_ = layout;
  reader->parallel_options_ = parallel;
  for (const FieldSchema& f : schema.fields) {
    reader->overrides_.push_back(overrides_for(f, reader->layout_));
  }
  InputError location{};
  location.file = reader->display_name_;
  location.sheet = reader->source_->sheet();
  if (!reader->find_header_row(location, errors)) return nullptr;
  const std::size_t before = errors->size();
  reader->header_ = match_headers(reader->schema_, reader->headers_, location, errors,
                                  layout.columns, reader->header_row_);
  if (errors->size() != before) return nullptr;
  return reader;
}

std::vector<std::string> header_texts(const CsvRecord& record) {
  std::vector<std::string> texts;
  for (const std::string& h : record.fields) texts.emplace_back(text::trim(strip_formula_guard(h)));
  return texts;
}

bool RegisterReader::find_header_row(InputError location, InputErrors* errors) {
  auto no_header = [&] {
    if (source_->error()) {
      errors->push_back(*source_->error());
    } else {
      location.kind = InputErrorKind::kEmptyFile;
      errors->push_back(location);
    }
    return false;
  };
  // The mapping's row (rows above it are a title block, ignored).
  if (layout_.header_row > 0) {
    while (source_->next(record_)) {
      if (record_.row < layout_.header_row) continue;
      if (record_.row != layout_.header_row || is_blank(record_)) break;
      header_row_ = record_.row;
      headers_ = header_texts(record_);
      return true;
    }
    return no_header();
  }
  // Else the first of the top rows that has the register's columns.
  std::vector<CsvRecord> top;
  std::vector<std::vector<std::string>> texts;
  while (source_->next(record_)) {
    if (is_blank(record_)) {
      if (record_.row >= kHeaderSearchRows) break;
      continue;
    }
    top.push_back(record_);
    texts.push_back(header_texts(record_));
    if (record_.row >= kHeaderSearchRows) break;
  }
  if (top.empty()) return no_header();
  const HeaderSearch search = find_header(schema_, texts, layout_.columns);
  if (search.header < 0 && (search.closest < 0 || 2 * search.fields_found < schema_.required_column_count())) {
    // Nothing here is evidently the header: say where genaudit looked and
    // what the closest row has.
    location.kind = InputErrorKind::kHeaderNotFound;
    location.column = schema_.name;
    const int closest = search.closest >= 0 ? search.closest : 0;
    location.row = top[static_cast<std::size_t>(closest)].row;
    InputErrors scratch;
    const HeaderMatch match =
        match_headers(schema_, texts[static_cast<std::size_t>(closest)], {}, &scratch, layout_.columns);
    for (std::size_t c = 0; c < match.field_of_column.size(); ++c) {
      if (match.field_of_column[c] < 0) continue;
      if (!location.value.empty()) location.value += ", ";
      location.value += texts[static_cast<std::size_t>(closest)][c];
    }
    for (std::size_t f : match.required_missing(schema_)) {
      if (!location.expected.empty()) location.expected += ", ";
      location.expected += schema_.fields[f].vi_header;
    }
    if (location.value.empty()) location.value = "—";
    errors->push_back(std::move(location));
    return false;
  }
  // The header, or the row that evidently is one though it lacks a
  // required column (match_headers then says which).
  const std::size_t chosen = static_cast<std::size_t>(search.header >= 0 ? search.header : search.closest);
  header_row_ = top[chosen].row;
  headers_ = std::move(texts[chosen]);
  for (std::size_t i = chosen + 1; i < top.size(); ++i) read_ahead_.push_back(std::move(top[i]));
  return true;
}

bool RegisterReader::fetch() {
  if (read_ahead_.empty()) return source_->next(record_);
  record_ = std::move(read_ahead_.front());
  read_ahead_.pop_front();
  return true;
}

std::vector<bool> RegisterReader::field_columns() const {
  std::vector<bool> wanted(headers_.size(), false);
  for (const int column : header_.column_of_field) {
    if (column >= 0 && static_cast<std::size_t>(column) < wanted.size()) {
      wanted[static_cast<std::size_t>(column)] = true;
    }
  }
  return wanted;
}

std::string RegisterReader::column_name(std::size_t field) const {
  const int column = header_.column_of_field[field];
  return column >= 0 ? headers_[static_cast<std::size_t>(column)] : schema_.fields[field].vi_header;
}

void RegisterReader::start_parallel_rows() {
  parallel_considered_ = true;
  try {
    parallel_ = ParallelRegisterRows::start(
        *source_,
        [this](const CsvRecord& record, RegisterRow* row, InputErrors* errors) {
          return convert(record, row, errors);
        },
        parallel_options_);
  } catch (const std::system_error&) {
    // No thread to be had: the reader that read the head reads on alone.
  }
}

bool RegisterReader::next(RegisterRow* row, InputErrors* errors) {
  // From the second row on (the first may number the columns), once the
  // rows read while finding the header are handed out.
  if (!parallel_considered_ && !first_data_row_ && read_ahead_.empty()) start_parallel_rows();
  if (parallel_) return parallel_->next(row, errors);
  while (fetch()) {
    if (is_blank(record_)) continue;
    const bool first = first_data_row_;
    first_data_row_ = false;
    if (first) {
      // The rows after this one are read for their fields' columns only:
      // the cells of ignored columns are not copied (a workbook can make
      // every one of them a big shared string). This row is whole, to be
      // told apart as the one numbering the columns.
      source_->read_only_columns(field_columns());
      if (is_column_numbering_row(record_.fields)) continue;
    }
    convert(record_, row, errors);
    return true;
  }
  if (source_->error()) errors->push_back(*source_->error());
  return false;
}

bool RegisterReader::convert(const CsvRecord& record, RegisterRow* row, InputErrors* errors) const {
  if (is_blank(record)) return false;
  row->row = record.row;
  row->valid = true;
  // The row's cells are converted into: their strings are reused.
  row->cells.resize(schema_.fields.size());
  std::optional<CellProblem> problem;
  for (std::size_t f = 0; f < schema_.fields.size(); ++f) {
    const int column = header_.column_of_field[f];
    if (column < 0) {  // absent optional column: no value
      row->cells[f] = NoValue{};
      continue;
    }
    const auto index = static_cast<std::size_t>(column);
    // A cell genaudit neutralised ('=...) reads as it was before.
    const std::string_view raw = strip_formula_guard(
        index < record.fields.size() ? std::string_view(record.fields[index]) : "");
    const FieldSchema& field = schema_.fields[f];
    const bool coded = field.type == FieldType::kCode || field.type == FieldType::kBool;
    if (coded) {
      if (const Cell* known = CodedCellMemo::find(id_, f, raw)) {
        row->cells[f] = *known;
        continue;
      }
    }
    convert_cell_into(field, raw, &row->cells[f], &problem, &overrides_[f], record.nfc,
                      values_unused_.empty() || !values_unused_[f]);
    if (coded && !problem) CodedCellMemo::remember(id_, f, raw, row->cells[f]);
    if (problem) {
      row->valid = false;
      InputError e{};
      e.kind = problem->kind;
      e.file = display_name_;
      e.sheet = source_->sheet();
      e.row = record.row;
      e.column = headers_[index];
      e.value = shown_value(text::trim(raw));
      e.expected = problem->expected;
      errors->push_back(std::move(e));
    }
  }
  return true;
}

}  // namespace genaudit
