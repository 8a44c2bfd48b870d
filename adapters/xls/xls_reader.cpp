// The XLS reader: FreeXL opens the workbook and holds its cells; this
// chooses the sheet and walks its rows, rendering and bounding each cell.
#include "adapters/xls/xls_reader.h"

#include <freexl.h>

#include <system_error>

#include "adapters/sheets/encrypted_workbook.h"
#include "adapters/sheets/sheet_choice.h"
#include "adapters/sheets/workbook_file.h"
#include "adapters/xls/xls_cell_text.h"
#include "adapters/xlsx/workbook_error.h"

namespace genaudit {
namespace {

// `expected` of kCorruptWorkbook. `value` stays empty: an .xls file has no
// parts to name.
constexpr char kExpectXlsWorkbook[] = "an Excel 97-2003 workbook (.xls)";

using sheets::file_error;

// Closes a FreeXL handle, also after a failed open (as FreeXL asks).
struct HandleCloser {
  const void* handle = nullptr;
  ~HandleCloser() {
    if (handle != nullptr) freexl_close(handle);
  }
};

}  // namespace

XlsReader::~XlsReader() { freexl_close(handle_); }

std::unique_ptr<XlsReader> XlsReader::open(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           const std::string& sheet_name,
                                           const XlsxLimits& limits, InputError* error) {
  auto fail = [&](InputError e) -> std::unique_ptr<XlsReader> {
    if (error != nullptr) *error = std::move(e);
    return nullptr;
  };
  const std::optional<std::uintmax_t> size = sheets::workbook_size(path, display_name, error);
  if (!size) return nullptr;
  if (*size > limits.max_sheet_bytes) {
    return fail(xlsx::limit_exceeded(display_name, "", "max_sheet_bytes", limits.max_sheet_bytes));
  }

  HandleCloser closer;
  const int opened = freexl_open(path.c_str(), &closer.handle);
  if (opened == FREEXL_FILE_NOT_FOUND) {
    return fail(file_error(InputErrorKind::kCannotOpen, display_name));
  }
  const InputError corrupt = xlsx::corrupt_workbook(display_name, "", kExpectXlsWorkbook);
  if (opened != FREEXL_OK) {
    // An encrypted .xlsx given the name .xls is a compound file too.
    return fail(sheets::is_encrypted_workbook(path) ? sheets::password_protected(display_name)
                                                    : corrupt);
  }
  unsigned int info = 0;
  if (freexl_get_info(closer.handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
      info == FREEXL_BIFF_OBFUSCATED) {
    return fail(sheets::password_protected(display_name));
  }
  unsigned int count = 0;
  if (freexl_get_info(closer.handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK) {
    return fail(corrupt);
  }
  std::vector<std::string> names;
  for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
    const char* name = nullptr;
    if (freexl_get_worksheet_name(closer.handle, static_cast<unsigned short>(i), &name) !=
            FREEXL_OK ||
        name == nullptr) {
      return fail(corrupt);
    }
    names.emplace_back(name);
  }
  if (names.empty()) return fail(xlsx::corrupt_workbook(display_name, "", xlsx::kExpectWorksheet));
  const auto chosen = sheets::choose_sheet(names, sheet_name);
  if (!chosen) return fail(sheets::unknown_sheet(display_name, sheet_name, names));

  std::unique_ptr<XlsReader> reader(new XlsReader(closer.handle, display_name, limits));
  closer.handle = nullptr;
  if (freexl_select_active_worksheet(reader->handle_, static_cast<unsigned short>(*chosen)) !=
          FREEXL_OK ||
      freexl_worksheet_dimensions(reader->handle_, &reader->rows_, &reader->columns_) !=
          FREEXL_OK) {
    return fail(corrupt);
  }
  reader->sheet_names_ = std::move(names);
  reader->sheet_name_ = reader->sheet_names_[*chosen];
  return reader;
}

void XlsReader::fail(InputError error) {
  error.sheet = sheet_name_;
  error_ = std::move(error);
  finished_ = true;
}

bool XlsReader::next(CsvRecord& record) {
  while (!finished_ && next_row_ < rows_) {
    const unsigned int row = next_row_++;
    const long row_number = static_cast<long>(row) + 1;
    record.fields.clear();
    std::size_t row_bytes = 0;
    for (unsigned short column = 0; column < columns_; ++column) {
      FreeXL_CellValue cell{};
      if (freexl_get_cell_value(handle_, row, column, &cell) != FREEXL_OK) {
        InputError e = xlsx::corrupt_workbook(file_, "", kExpectXlsWorkbook);
        e.row = row_number;
        fail(std::move(e));
        return false;
      }
      std::string text = xls::cell_text(cell);
      if (text.empty()) continue;
      const char* limit = nullptr;
      std::size_t value = 0;
      row_bytes += text.size();
      if (text.size() > limits_.max_cell_bytes) {
        limit = "max_cell_bytes";
        value = limits_.max_cell_bytes;
      } else if (column >= limits_.max_columns) {
        limit = "max_columns";
        value = limits_.max_columns;
      } else if (row_bytes > limits_.max_row_bytes) {
        limit = "max_row_bytes";
        value = limits_.max_row_bytes;
      } else if (static_cast<std::uint64_t>(row_number) > limits_.max_rows) {
        limit = "max_rows";
        value = limits_.max_rows;
      } else if ((sheet_text_bytes_ += text.size()) > limits_.max_sheet_text_bytes) {
        limit = "max_sheet_text_bytes";
        value = limits_.max_sheet_text_bytes;
      }
      if (limit != nullptr) {
        InputError e = xlsx::limit_exceeded(file_, "", limit, value);
        e.row = row_number;
        fail(std::move(e));
        return false;
      }
      if (record.fields.size() <= column) record.fields.resize(column + 1u);
      record.fields[column] = std::move(text);
    }
    if (!record.fields.empty()) {
      record.row = row_number;
      return true;
    }
  }
  finished_ = true;
  return false;
}

}  // namespace genaudit
