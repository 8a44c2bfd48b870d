#include "adapters/registers/record_source.h"

#include <algorithm>
#include <cctype>

#include "adapters/ods/ods_reader.h"
#include "adapters/xls/xls_reader.h"
#include "adapters/xlsx/parallel_xlsx_reader.h"
#include "adapters/xlsx/xlsx_reader.h"

namespace genaudit {
namespace {

// A RecordSource over a reader with next(), error() and, for workbooks,
// sheet_name() and sheet_names().
template <typename Reader>
class ReaderSource : public RecordSource {
 public:
  explicit ReaderSource(std::unique_ptr<Reader> reader) : reader_(std::move(reader)) {
    if constexpr (requires(const Reader& r) { r.sheet_name(); }) sheet_ = reader_->sheet_name();
    if constexpr (requires(const Reader& r) { r.sheet_names(); }) {
      sheet_names_ = reader_->sheet_names();
    }
  }
  bool next(CsvRecord& record) override { return reader_->next(record); }
  const std::optional<InputError>& error() const override { return reader_->error(); }
  const std::string& sheet() const override { return sheet_; }
  const std::vector<std::string>& sheet_names() const override { return sheet_names_; }
  void read_only_columns(const std::vector<bool>& wanted) override {
    if constexpr (requires(Reader& r) { r.read_only_columns(wanted); }) {
      reader_->read_only_columns(wanted);
    }
  }
  std::unique_ptr<ParallelRecords> read_rest_in_parallel(
      ParallelRecords::SinkFactory make_sink, const ParallelCsvOptions& options) override {
    if constexpr (requires(Reader& r) { genaudit::read_rest_in_parallel(r, make_sink, options); }) {
      return genaudit::read_rest_in_parallel(*reader_, std::move(make_sink), options);
    } else {
      return nullptr;
    }
  }

 private:
  std::unique_ptr<Reader> reader_;
  std::string sheet_;
  std::vector<std::string> sheet_names_;
};

template <typename Reader>
std::unique_ptr<RecordSource> wrap(std::unique_ptr<Reader> reader) {
  if (!reader) return nullptr;
  return std::make_unique<ReaderSource<Reader>>(std::move(reader));
}

}  // namespace

FileFormat file_format_of(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".csv" || ext == ".tsv" || ext == ".txt") return FileFormat::kCsv;
  if (ext == ".xlsx" || ext == ".xlsm") return FileFormat::kXlsx;
  if (ext == ".xls") return FileFormat::kXls;
  if (ext == ".ods") return FileFormat::kOds;
  return FileFormat::kOther;
}

bool is_xlsx_path(const std::filesystem::path& path) {
  return file_format_of(path) == FileFormat::kXlsx;
}

std::unique_ptr<RecordSource> open_record_source(const std::filesystem::path& path,
                                                 const std::string& display_name,
                                                 const RecordSourceOptions& options,
                                                 InputError* error) {
  const XlsxLimits& limits = options.xlsx_limits;
  switch (file_format_of(path)) {
    case FileFormat::kXlsx:
      return wrap(XlsxReader::open(path, display_name, options.sheet, limits, error));
    case FileFormat::kXls:
      return wrap(XlsReader::open(path, display_name, options.sheet, limits, error));
    case FileFormat::kOds:
      return wrap(OdsReader::open(path, display_name, options.sheet, limits, error));
    case FileFormat::kCsv:
    case FileFormat::kOther:
      break;
  }
  return wrap(CsvReader::open(path, display_name, error));
}

std::unique_ptr<RecordSource> csv_string_source(std::string data, const std::string& display_name,
                                                InputError* error) {
  return wrap(CsvReader::from_string(std::move(data), display_name, error));
}

}  // namespace genaudit
