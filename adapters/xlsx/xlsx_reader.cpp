// The XLSX reader: opening the package, choosing the sheet, and a worksheet
// handler that builds one record per <row> and pauses the parse after it.
#include "adapters/xlsx/xlsx_reader.h"

#include <charconv>
#include <cstring>
#include <optional>
#include <system_error>

#include "adapters/sheets/encrypted_workbook.h"
#include "adapters/sheets/sheet_choice.h"
#include "adapters/sheets/workbook_file.h"
#include "engine/core/unicode_text.h"
#include "adapters/xlsx/cell_styles.h"
#include "adapters/xlsx/cell_text.h"
#include "adapters/xlsx/escaped_text.h"
#include "adapters/xlsx/shared_strings.h"
#include "adapters/xlsx/workbook_error.h"
#include "adapters/xlsx/workbook_parts.h"
#include "adapters/xlsx/xml_part_parser.h"
#include "adapters/xlsx/zip_archive.h"

namespace genaudit {
namespace {

using xlsx::CellType;
using xlsx::XmlName;

constexpr long kMaxRowNumber = 0x7FFFFFFF;

// "123" -> 123; false unless all digits and 1..kMaxRowNumber.
bool parse_row_number(const char* text, long* row) {
  long value = 0;
  const char* end = text + std::strlen(text);
  const auto [stop, ec] = std::from_chars(text, end, value);
  if (ec != std::errc() || stop != end || value < 1 || value > kMaxRowNumber) return false;
  *row = value;
  return true;
}

// The 0-based column of a reference such as "C7" ("c7" too). Returns false
// when it is no cell reference; a column right of `max_columns` comes back
// as `max_columns`.
bool parse_column(std::string_view ref, std::size_t max_columns, std::size_t* column) {
  std::size_t i = 0;
  std::size_t value = 0;  // 1-based
  for (; i < ref.size(); ++i) {
    char c = ref[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    if (value <= max_columns) value = value * 26 + static_cast<std::size_t>(c - 'A' + 1);
  }
  if (i == 0) return false;
  for (std::size_t k = i; k < ref.size(); ++k) {
    if (ref[k] < '0' || ref[k] > '9') return false;
  }
  *column = value > max_columns ? max_columns : value - 1;
  return true;
}

// Turns the events of a worksheet's <sheetData> into records.
class SheetHandler : public xlsx::XmlHandler {
 public:
  SheetHandler(const xlsx::SharedStrings& strings, const xlsx::DateStyles& styles,
               bool date1904, const XlsxLimits& limits)
      : strings_(strings), styles_(styles), date1904_(date1904), limits_(limits) {}

  // Where the next row goes.
  void start_record(CsvRecord* out) {
    out_ = out;
    row_done_ = false;
  }
  bool row_done() const { return row_done_; }

  // See XlsxReader::read_only_columns().
  void read_only_columns(std::vector<bool> wanted) {
    wanted_ = std::move(wanted);
    filtering_ = true;
  }

  void on_start(XmlName name, const char** attributes) override {
    if (!xlsx::is_spreadsheet_ns(name.ns)) return;
    if (name.local == "sheetData") {
      in_data_ = true;
    } else if (!in_data_) {
      return;
    } else if (name.local == "row") {
      start_row(attributes);
    } else if (name.local == "c" && in_row_) {
      start_cell(attributes);
    } else if (!in_cell_) {
      return;
    } else if (name.local == "v") {
      in_text_ = true;
      text_ = &value_;
    } else if (name.local == "is") {
      in_inline_ = true;
      has_inline_ = true;
    } else if (name.local == "rPh") {
      ++in_phonetic_;
    } else if (name.local == "t" && in_inline_ && in_phonetic_ == 0) {
      // An inline string cell's text is its <is> alone; a cell of another
      // type with an <is> reads <v> and <is> together, in document order.
      in_text_ = true;
      text_ = type_ == CellType::kInlineString ? &inline_ : &value_;
      run_start_ = text_->size();
    }
  }

  void on_end(XmlName name) override {
    if (!xlsx::is_spreadsheet_ns(name.ns) || !in_data_) return;
    if (name.local == "sheetData") {
      in_data_ = false;
    } else if (name.local == "row" && in_row_) {
      in_row_ = false;
      out_->row = row_;
      row_done_ = true;
      pause();
    } else if (name.local == "c" && in_cell_) {
      finish_cell();
    } else if (name.local == "v") {
      in_text_ = false;
    } else if (name.local == "t") {
      // Each run's escapes on their own, as Excel writes them.
      if (in_text_ && text_ == &inline_) xlsx::decode_escapes(inline_, run_start_);
      in_text_ = false;
    } else if (name.local == "is") {
      in_inline_ = false;
    } else if (name.local == "rPh") {
      --in_phonetic_;
    }
  }

  void on_text(std::string_view text) override {
    if (!in_text_) return;
    if (text_->size() + text.size() > limits_.max_cell_bytes) {
      fail_at_row(xlsx::limit_exceeded(file(), part(), "max_cell_bytes", limits_.max_cell_bytes));
      return;
    }
    text_->append(text);
  }

 private:
  void fail_at_row(InputError error) {
    error.row = row_;
    fail(std::move(error));
  }

  void start_row(const char** attributes) {
    const char* r = xlsx::attribute(attributes, "r");
    long row = row_ + 1;
    if (r != nullptr && !parse_row_number(r, &row)) {
      fail_at_row(xlsx::corrupt_workbook(file(), part(), xlsx::kExpectCellReference));
      return;
    }
    row_ = row;
    in_row_ = true;
    next_column_ = 0;
    row_bytes_ = 0;
    out_->fields.clear();
  }

  void start_cell(const char** attributes) {
    const char* r = xlsx::attribute(attributes, "r");
    column_ = next_column_;
    if (r != nullptr && !parse_column(r, limits_.max_columns, &column_)) {
      fail_at_row(xlsx::corrupt_workbook(file(), part(), xlsx::kExpectCellReference));
      return;
    }
    if (column_ >= limits_.max_columns) {
      fail_at_row(xlsx::limit_exceeded(file(), part(), "max_columns", limits_.max_columns));
      return;
    }
    type_ = xlsx::cell_type(xlsx::attribute(attributes, "t"));
    style_ = 0;
    if (const char* s = xlsx::attribute(attributes, "s")) {
      std::from_chars(s, s + std::strlen(s), style_);
    }
    value_.clear();
    inline_.clear();
    has_inline_ = false;
    in_cell_ = true;
    in_inline_ = false;
    in_text_ = false;
    in_phonetic_ = 0;
  }

  // The cell's text: a view of the shared string it refers to (its index
  // in *shared), or of `own`. False, with the error set, when the cell
  // refers to no shared string there is.
  bool cell_text(std::string* own, std::string_view* text,
                 std::optional<std::size_t>* shared) {
    if (type_ == CellType::kSharedString) {
      const std::string_view v = text::trim(value_);
      if (v.empty()) return true;
      std::size_t index = 0;
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), index);
      if (ec != std::errc() || end != v.data() + v.size() || index >= strings_.size()) {
        fail_at_row(xlsx::corrupt_workbook(file(), part(), xlsx::kExpectSharedStringIndex));
        return false;
      }
      *text = strings_.at(index);
      *shared = index;
      return true;
    }
    if (type_ == CellType::kInlineString && has_inline_) {
      // The inline string only: a <v> beside it is no part of the text.
      own->swap(inline_);
    } else {
      *own = xlsx::cell_text(type_, value_, styles_.is_date(style_), date1904_);
    }
    *text = *own;
    return true;
  }

  void finish_cell() {
    in_cell_ = false;
    in_text_ = false;
    next_column_ = column_ + 1;
    std::string own;
    std::string_view text;
    std::optional<std::size_t> shared;
    if (!cell_text(&own, &text, &shared)) return;
    if (filtering_ && (column_ >= wanted_.size() || !wanted_[column_])) {
      // Not copied: a stand-in tells only that the cell is not blank.
      const bool blank = shared ? strings_.is_blank(*shared) : text::trim(text).empty();
      if (blank) return;
      text = XlsxReader::kUnreadCellText;
    }
    if (text.empty()) return;
    // Counted before the copy is made, so that no limit is passed by more
    // than one cell.
    row_bytes_ += text.size();
    if (row_bytes_ > limits_.max_row_bytes) {
      fail_at_row(xlsx::limit_exceeded(file(), part(), "max_row_bytes", limits_.max_row_bytes));
      return;
    }
    sheet_bytes_ += text.size();
    if (sheet_bytes_ > limits_.max_sheet_text_bytes) {
      fail_at_row(xlsx::limit_exceeded(file(), part(), "max_sheet_text_bytes",
                                       limits_.max_sheet_text_bytes));
      return;
    }
    if (out_->fields.size() <= column_) out_->fields.resize(column_ + 1);
    if (text.data() == own.data()) {
      out_->fields[column_] = std::move(own);
    } else {
      out_->fields[column_].assign(text);
    }
  }

  const xlsx::SharedStrings& strings_;
  const xlsx::DateStyles& styles_;
  bool date1904_;
  const XlsxLimits& limits_;
  CsvRecord* out_ = nullptr;
  bool row_done_ = false;

  bool in_data_ = false;
  bool in_row_ = false;
  bool in_cell_ = false;
  bool in_inline_ = false;
  bool in_text_ = false;
  int in_phonetic_ = 0;
  long row_ = 0;
  std::size_t next_column_ = 0;
  std::size_t row_bytes_ = 0;
  std::uint64_t sheet_bytes_ = 0;  // of the text in every record so far
  std::size_t column_ = 0;
  CellType type_ = CellType::kNumber;
  std::size_t style_ = 0;
  std::string value_;   // the text of <v>
  std::string inline_;  // the text of <is>, its runs joined
  bool has_inline_ = false;
  std::string* text_ = &value_;  // where the text being read goes
  std::size_t run_start_ = 0;    // where in inline_ the <t> being read starts
  bool filtering_ = false;
  std::vector<bool> wanted_;  // when filtering_: the columns read
};

using sheets::file_error;

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
  std::unique_ptr<SheetHandler> handler;
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
  const xlsx::PartLimits sheet_limits{limits.max_sheet_bytes, "max_sheet_bytes",
                                      limits.max_compression_ratio, limits.ratio_floor_bytes};
  auto part = state->archive->open_part(sheet.part, sheet_limits, &problem);
  if (!part) {
    problem.sheet = sheet.name;
    return fail(std::move(problem));
  }
  state->handler =
      std::make_unique<SheetHandler>(state->strings, state->styles, parts.date1904, state->limits);
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

bool XlsxReader::next(CsvRecord& record) {
  if (finished_) return false;
  state_->handler->start_record(&record);
  for (;;) {
    const xlsx::XmlPartParser::Status status = state_->parser->parse();
    if (state_->handler->row_done()) return true;
    if (status == xlsx::XmlPartParser::Status::kPaused) continue;
    finished_ = true;
    if (status == xlsx::XmlPartParser::Status::kFailed) {
      error_ = state_->parser->error();
      error_->sheet = sheet_name_;
    }
    return false;
  }
}

}  // namespace genaudit
