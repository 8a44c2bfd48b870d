// The XLSX reader: opening the package, choosing the sheet, and reading its
// rows with a SheetHandler (sheet_handler.h).
#include "adapters/xlsx/xlsx_reader.h"

#include <optional>

#include "adapters/sheets/encrypted_workbook.h"
#include "adapters/sheets/sheet_choice.h"
#include "adapters/sheets/workbook_file.h"
#include "adapters/xlsx/cell_styles.h"
#include "adapters/xlsx/shared_strings.h"
#include "adapters/xlsx/sheet_handler.h"
#include "adapters/xlsx/workbook_error.h"
#include "adapters/xlsx/workbook_parts.h"
#include "adapters/xlsx/xml_part_parser.h"
#include "adapters/xlsx/zip_archive.h"

namespace genaudit {
namespace {

using sheets::file_error;

// How far the worksheet part may inflate.
xlsx::PartLimits sheet_part_limits(const XlsxLimits& limits) {
  return {limits.max_sheet_bytes, "max_sheet_bytes", limits.max_compression_ratio,
          limits.ratio_floor_bytes};
}

// The index in `sheets` of the sheet to read, or -1 with *error set.
long choose_sheet(const std::vector<xlsx::SheetEntry>& sheets, const std::string& wanted,
                  const std::string& file, InputError* error) {
  if (wanted.empty()) {
    long first = -1;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
      if (!sheets[i].worksheet) continue;
      if (sheets[i].visible) return static_cast<long>(i);
      if (first < 0) first = static_cast<long>(i);
    }
    if (first < 0) *error = xlsx::corrupt_workbook(file, "xl/workbook.xml", xlsx::kExpectWorksheet);
    return first;
  }
  // By name, as the other workbook readers choose, among the worksheets.
  std::vector<std::string> names;
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (!sheets[i].worksheet) continue;
    names.push_back(sheets[i].name);
    positions.push_back(i);
  }
  if (const std::optional<std::size_t> chosen = sheets::choose_sheet(names, wanted)) {
    return static_cast<long>(positions[*chosen]);
  }
  *error = sheets::unknown_sheet(file, wanted, names);
  return -1;
}

}  // namespace

struct XlsxReader::State {
  XlsxLimits limits;
  std::unique_ptr<xlsx::ZipArchive> archive;
  xlsx::SharedStrings strings;
  xlsx::DateStyles styles;
  xlsx::SheetContext context;  // refers to strings and styles
  std::string sheet_part;
  std::unique_ptr<xlsx::SheetHandler> handler;
  std::unique_ptr<xlsx::XmlPartParser> parser;
};

XlsxReader::XlsxReader(std::unique_ptr<State> state) : state_(std::move(state)) {}

XlsxReader::~XlsxReader() = default;

std::unique_ptr<XlsxReader> XlsxReader::open(const std::filesystem::path& path,
                                             const std::string& display_name,
                                             const std::string& sheet_name,
                                             const XlsxLimits& limits, InputError* error) {
  InputError problem{};
  auto fail = [&](InputError e) -> std::unique_ptr<XlsxReader> {
    if (error != nullptr) *error = std::move(e);
    return nullptr;
  };
  if (!sheets::workbook_size(path, display_name, error)) return nullptr;

  auto state = std::make_unique<State>();
  state->limits = limits;
  state->archive = xlsx::ZipArchive::open(path, display_name, &problem);
  if (!state->archive) {
    // No ZIP archive: maybe the compound file of an encrypted workbook.
    if (problem.kind == InputErrorKind::kCorruptWorkbook && sheets::is_encrypted_workbook(path)) {
      problem = sheets::password_protected(display_name);
    }
    return fail(std::move(problem));
  }
  return start(std::move(state), display_name, sheet_name, error);
}

std::unique_ptr<XlsxReader> XlsxReader::from_bytes(std::string bytes,
                                                   const std::string& display_name,
                                                   const std::string& sheet_name,
                                                   const XlsxLimits& limits, InputError* error) {
  InputError problem{};
  if (bytes.empty()) {
    if (error != nullptr) *error = file_error(InputErrorKind::kEmptyFile, display_name);
    return nullptr;
  }
  if (sheets::is_encrypted_workbook_bytes(bytes)) {
    if (error != nullptr) *error = sheets::password_protected(display_name);
    return nullptr;
  }
  auto state = std::make_unique<State>();
  state->limits = limits;
  state->archive = xlsx::ZipArchive::from_bytes(std::move(bytes), display_name, &problem);
  if (!state->archive) {
    if (error != nullptr) *error = std::move(problem);
    return nullptr;
  }
  return start(std::move(state), display_name, sheet_name, error);
}

std::unique_ptr<XlsxReader> XlsxReader::start(std::unique_ptr<State> state,
                                              const std::string& display_name,
                                              const std::string& sheet_name, InputError* error) {
  InputError problem{};
  auto fail = [&](InputError e) -> std::unique_ptr<XlsxReader> {
    if (error != nullptr) *error = std::move(e);
    return nullptr;
  };
  const XlsxLimits& limits = state->limits;
  xlsx::WorkbookParts parts;
  if (!xlsx::read_workbook_parts(*state->archive, limits, &parts, &problem)) {
    return fail(std::move(problem));
  }
  const long chosen = choose_sheet(parts.sheets, sheet_name, display_name, &problem);
  if (chosen < 0) return fail(std::move(problem));
  const xlsx::SheetEntry& sheet = parts.sheets[static_cast<std::size_t>(chosen)];

  // A styles or shared strings part that the workbook names but the
  // archive lacks is read as none, as Excel and other readers do: default
  // styles (no dates), no shared strings (a cell referring to one is then
  // refused, at its row).
  if (!parts.styles.empty() && state->archive->contains(parts.styles) &&
      !state->styles.read(*state->archive, parts.styles, state->limits, &problem)) {
    return fail(std::move(problem));
  }
  if (!parts.shared_strings.empty() && state->archive->contains(parts.shared_strings) &&
      !state->strings.read(*state->archive, parts.shared_strings, state->limits, &problem)) {
    return fail(std::move(problem));
  }
  state->sheet_part = sheet.part;
  auto part = state->archive->open_part(sheet.part, sheet_part_limits(limits), &problem);
  if (!part) {
    problem.sheet = sheet.name;
    return fail(std::move(problem));
  }
  state->context = {&state->strings, &state->styles, parts.date1904, state->limits};
  state->handler = std::make_unique<xlsx::SheetHandler>(state->context);
  state->parser = std::make_unique<xlsx::XmlPartParser>(std::move(part), state->handler.get(),
                                                        limits.max_xml_depth);

  std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(state)));
  reader->sheet_name_ = sheet.name;
  for (const xlsx::SheetEntry& s : parts.sheets) {
    if (s.worksheet) reader->sheet_names_.push_back(s.name);
  }
  return reader;
}

void XlsxReader::read_only_columns(std::vector<bool> wanted) {
  state_->handler->read_only_columns(std::move(wanted));
}

std::optional<XlsxResumePoint> XlsxReader::resume_point() const {
  if (finished_ || !last_was_row_) return std::nullopt;
  std::optional<xlsx::RowBoundary> boundary = state_->handler->boundary_after_row();
  if (!boundary) return std::nullopt;
  XlsxResumePoint point;
  point.display_name = state_->archive->display_name();
  point.sheet_name = sheet_name_;
  point.context = &state_->context;
  point.wanted = state_->handler->wanted();
  point.filtering = state_->handler->filtering();
  point.boundary = *boundary;
  return point;
}

std::unique_ptr<xlsx::PartStream> XlsxReader::reopen_sheet(InputError* error) const {
  return state_->archive->open_part(state_->sheet_part, sheet_part_limits(state_->limits), error);
}

std::uint64_t XlsxReader::declared_sheet_bytes() const {
  return state_->archive->declared_size(state_->sheet_part);
}

bool XlsxReader::next(CsvRecord& record) {
  last_was_row_ = false;
  if (finished_) return false;
  const xlsx::NextRow got = xlsx::next_row(*state_->parser, *state_->handler, record);
  if (got == xlsx::NextRow::kRow) return last_was_row_ = true;
  finished_ = true;
  if (got == xlsx::NextRow::kFailed) {
    error_ = state_->parser->error();
    error_->sheet = sheet_name_;
  }
  return false;
}

}  // namespace genaudit
