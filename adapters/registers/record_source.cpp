#include "adapters/registers/record_source.h"

#include <algorithm>
#include <cctype>

#include "adapters/xlsx/xlsx_reader.h"

namespace genaudit {
namespace {

// A RecordSource over a reader with next(), error() and, for XLSX,
// sheet_name().
template <typename Reader>
class ReaderSource : public RecordSource {
 public:
  explicit ReaderSource(std::unique_ptr<Reader> reader) : reader_(std::move(reader)) {
    if constexpr (requires(const Reader& r) { r.sheet_name(); }) sheet_ = reader_->sheet_name();
  }
  bool next(CsvRecord& record) override { return reader_->next(record); }
  const std::optional<InputError>& error() const override { return reader_->error(); }
  const std::string& sheet() const override { return sheet_; }
  const std::vector<std::string>& sheet_names() const override {
    if constexpr (requires(const Reader& r) { r.sheet_names(); }) {
      return reader_->sheet_names();
    } else {
      static const std::vector<std::string> kNone;
      return kNone;
    }
  }

 private:
  std::unique_ptr<Reader> reader_;
  std::string sheet_;
};

template <typename Reader>
std::unique_ptr<RecordSource> wrap(std::unique_ptr<Reader> reader) {
  if (!reader) return nullptr;
  return std::make_unique<ReaderSource<Reader>>(std::move(reader));
}

}  // namespace

bool is_xlsx_path(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".xlsx";
}

std::unique_ptr<RecordSource> open_record_source(const std::filesystem::path& path,
                                                 const std::string& display_name,
                                                 const RecordSourceOptions& options,
                                                 InputError* error) {
  if (is_xlsx_path(path)) {
    return wrap(XlsxReader::open(path, display_name, options.sheet, options.xlsx_limits, error));
  }
  return wrap(CsvReader::open(path, display_name, error));
}

std::unique_ptr<RecordSource> csv_string_source(std::string data, const std::string& display_name,
                                                InputError* error) {
  return wrap(CsvReader::from_string(std::move(data), display_name, error));
}

}  // namespace genaudit
