// The ODS reader: opening the package, listing and choosing the sheet, and
// handing out the rows the content handler finds, repeated ones included.
#include "adapters/ods/ods_reader.h"

#include <system_error>

#include "adapters/ods/ods_content.h"
#include "adapters/sheets/sheet_choice.h"
#include "adapters/sheets/workbook_file.h"
#include "adapters/xlsx/workbook_error.h"
#include "adapters/xlsx/xml_part_parser.h"
#include "adapters/xlsx/zip_archive.h"

namespace genaudit {
namespace {

// `expected` of kCorruptWorkbook for a file that is no ZIP archive.
constexpr char kExpectOdsArchive[] = "a ZIP archive (.ods)";

using sheets::file_error;

// ZipArchive says a damaged archive is no .xlsx; this one is an .ods.
InputError as_ods(InputError error) {
  if (error.kind == InputErrorKind::kCorruptWorkbook && error.expected == xlsx::kExpectZipArchive) {
    error.expected = kExpectOdsArchive;
  }
  return error;
}

xlsx::PartLimits content_limits(const XlsxLimits& limits) {
  return {limits.max_sheet_bytes, "max_sheet_bytes", limits.max_compression_ratio,
          limits.ratio_floor_bytes};
}

}  // namespace

struct OdsReader::State {
  XlsxLimits limits;
  std::unique_ptr<xlsx::ZipArchive> archive;
  std::unique_ptr<ods::TableHandler> handler;
  std::unique_ptr<xlsx::XmlPartParser> parser;
};

OdsReader::OdsReader(std::unique_ptr<State> state) : state_(std::move(state)) {}

OdsReader::~OdsReader() = default;

std::unique_ptr<OdsReader> OdsReader::open(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           const std::string& sheet_name,
                                           const XlsxLimits& limits, InputError* error) {
  auto fail = [&](InputError e) -> std::unique_ptr<OdsReader> {
    if (error != nullptr) *error = std::move(e);
    return nullptr;
  };
  if (!sheets::workbook_size(path, display_name, error)) return nullptr;

  InputError problem{};
  auto state = std::make_unique<State>();
  state->limits = limits;
  state->archive = xlsx::ZipArchive::open(path, display_name, &problem);
  if (!state->archive) return fail(as_ods(std::move(problem)));
  return start(std::move(state), display_name, sheet_name, error);
}

std::unique_ptr<OdsReader> OdsReader::from_bytes(std::string bytes,
                                                 const std::string& display_name,
                                                 const std::string& sheet_name,
                                                 const XlsxLimits& limits, InputError* error) {
  auto fail = [&](InputError e) -> std::unique_ptr<OdsReader> {
    if (error != nullptr) *error = std::move(e);
    return nullptr;
  };
  if (bytes.empty()) return fail(file_error(InputErrorKind::kEmptyFile, display_name));
  InputError problem{};
  auto state = std::make_unique<State>();
  state->limits = limits;
  state->archive = xlsx::ZipArchive::from_bytes(std::move(bytes), display_name, &problem);
  if (!state->archive) return fail(as_ods(std::move(problem)));
  return start(std::move(state), display_name, sheet_name, error);
}

std::unique_ptr<OdsReader> OdsReader::start(std::unique_ptr<State> state,
                                            const std::string& display_name,
                                            const std::string& sheet_name, InputError* error) {
  auto fail = [&](InputError e) -> std::unique_ptr<OdsReader> {
    if (error != nullptr) *error = std::move(e);
    return nullptr;
  };
  InputError problem{};
  const XlsxLimits& limits = state->limits;
  ods::SheetNamesHandler names;
  if (!xlsx::parse_whole_part(*state->archive, ods::kContentPart, content_limits(limits),
                              limits.max_xml_depth, &names, &problem)) {
    return fail(std::move(problem));
  }
  if (names.names().empty()) {
    return fail(xlsx::corrupt_workbook(display_name, ods::kContentPart, xlsx::kExpectWorksheet));
  }
  const auto chosen = sheets::choose_sheet(names.names(), sheet_name);
  if (!chosen) return fail(sheets::unknown_sheet(display_name, sheet_name, names.names()));

  auto part = state->archive->open_part(ods::kContentPart, content_limits(limits), &problem);
  if (!part) return fail(std::move(problem));
  state->handler = std::make_unique<ods::TableHandler>(*chosen, state->limits);
  state->parser = std::make_unique<xlsx::XmlPartParser>(std::move(part), state->handler.get(),
                                                        limits.max_xml_depth);
  std::unique_ptr<OdsReader> reader(new OdsReader(std::move(state)));
  reader->sheet_names_ = names.names();
  reader->sheet_name_ = reader->sheet_names_[*chosen];
  return reader;
}

bool OdsReader::next(CsvRecord& record) {
  if (copies_left_ == 0) {
    if (finished_) return false;
    ods::TableHandler& handler = *state_->handler;
    for (;;) {
      const xlsx::XmlPartParser::Status status = state_->parser->parse();
      if (handler.row_ready()) {
        handler.take_row();
        copies_left_ = handler.copies();
        next_row_ = handler.first_row();
        break;
      }
      if (status == xlsx::XmlPartParser::Status::kPaused && !handler.sheet_done()) continue;
      finished_ = true;
      if (status == xlsx::XmlPartParser::Status::kFailed) {
        error_ = state_->parser->error();
        error_->sheet = sheet_name_;
      }
      return false;
    }
  }
  record.row = next_row_++;
  record.fields = state_->handler->fields();
  --copies_left_;
  return true;
}

}  // namespace genaudit
