#include "adapters/xlsx/parallel_xlsx_reader.h"

#include <algorithm>
#include <thread>
#include <utility>

namespace genaudit {
namespace {

using xlsx::SheetRowCutter;

// Put after a range that is not the last: parsed as an element between rows
// when the range ended between rows, and as something else when it did not.
constexpr char kEndMarkerNs[] = "urn:genaudit:xlsx-range-end";
constexpr char kEndMarker[] =
    "<genaudit:range-end xmlns:genaudit=\"urn:genaudit:xlsx-range-end\"/>";

// A SheetHandler for one range, parsed after the part's prefix: it fails
// (the range is then read again on one thread) on anything that could make
// the range read otherwise than in the whole part, and ends at the marker.
class RangeHandler : public xlsx::SheetHandler {
 public:
  // The parser's input is the prefix (`prefix_bytes` long), the range and,
  // at `marker_offset`, the marker; `marker_offset` is 0 for the last
  // range, which has none.
  RangeHandler(const xlsx::SheetContext& context, const xlsx::RowBoundary& boundary,
               std::uint64_t prefix_bytes, std::uint64_t marker_offset)
      : SheetHandler(context),
        boundary_(boundary),
        prefix_bytes_(prefix_bytes),
        marker_offset_(marker_offset) {}

  void on_start(xlsx::XmlName name, const char** attributes) override {
    if (depth() == boundary_.rows_depth + 1 && name.ns == kEndMarkerNs) {
      // Only the marker put there, reached between rows, ends the range.
      if (marker_offset_ == 0 || event_offset() != marker_offset_ || !between_rows()) {
        fail(InputError{});
        return;
      }
      ended_ = true;
      pause();
      return;
    }
    SheetHandler::on_start(name, attributes);
  }

  void on_end(xlsx::XmlName name) override {
    // A range that is not the last stays inside <sheetData>.
    if (marker_offset_ != 0 && depth() < boundary_.rows_depth && event_offset() >= prefix_bytes_) {
      fail(InputError{});
      return;
    }
    SheetHandler::on_end(name);
  }

  bool ended() const override { return ended_; }

 private:
  const xlsx::RowBoundary& boundary_;
  std::uint64_t prefix_bytes_;
  std::uint64_t marker_offset_;
  bool ended_ = false;
};

}  // namespace

std::unique_ptr<ParallelXlsxReader> ParallelXlsxReader::start(
    XlsxResumePoint start, std::unique_ptr<xlsx::PartStream> part, SinkFactory make_sink,
    const ParallelCsvOptions& options) {
  if (start.boundary.prefix_bytes > kMaxPrefixBytes) return nullptr;
  auto cutter = std::make_unique<SheetRowCutter>(std::move(part), options.range_bytes);
  if (!cutter->skip_to(start.boundary.prefix_bytes, start.boundary.offset)) return nullptr;
  // Ranges are cut at ASCII text: not in a part in UTF-16.
  const std::string& prefix = cutter->prefix();
  if (prefix.find('\0') != std::string::npos) return nullptr;
  return std::unique_ptr<ParallelXlsxReader>(
      new ParallelXlsxReader(std::move(start), std::move(cutter), std::move(make_sink), options));
}

ParallelXlsxReader::ParallelXlsxReader(XlsxResumePoint start,
                                       std::unique_ptr<SheetRowCutter> cutter,
                                       SinkFactory make_sink, const ParallelCsvOptions& options)
    : start_(std::move(start)),
      threads_(resolved_xlsx_threads(options)),
      sinks_(threads_, std::move(make_sink)),
      cutter_(std::move(cutter)),
      prefix_(cutter_->prefix()),
      at_(start_.boundary),
      text_claimed_(start_.boundary.sheet_bytes),
      breaks_before_(cutter_->breaks_before_start()) {
  ranges_ = std::make_unique<OrderedRanges<Range, RangeResult>>(
      threads_, std::size_t{threads_} + 2,
      [this](Range* range, bool* last) {
        cutter_->next(range);
        *last = range->kind != SheetRowCutter::Kind::kRows;
      },
      [this](std::size_t slot, Range range) { return read_range(slot, std::move(range)); });
}

// `ranges_`, declared last, is destroyed first: its workers stop before
// anything they use goes.
ParallelXlsxReader::~ParallelXlsxReader() = default;

ParallelXlsxReader::RangeResult ParallelXlsxReader::read_range(std::size_t slot, Range range) {
  RangeResult result;
  result.line_breaks = xlsx::line_breaks(range.bytes);
  if (range.kind == SheetRowCutter::Kind::kRest) {
    result.range = std::move(range);
    return result;  // read on one thread
  }
  result.sink = sinks_.take(slot);
  result.filled_by = slot;
  const bool last = range.kind == SheetRowCutter::Kind::kLast;
  // The range's bytes are read where they are: they are kept for a re-read.
  std::vector<std::string_view> input{prefix_, range.bytes};
  if (!last) input.emplace_back(kEndMarker);
  const std::uint64_t marker_offset = last ? 0 : prefix_.size() + range.bytes.size();
  RangeHandler handler(*start_.context, start_.boundary, prefix_.size(), marker_offset);
  handler.begin_without_row_number();
  handler.share_text_budget(&text_claimed_);
  if (start_.filtering) handler.read_only_columns(start_.wanted);
  xlsx::XmlPartParser parser(
      std::make_unique<xlsx::ChainedPart>(std::move(input), "", start_.display_name),
      &handler, start_.context->limits.max_xml_depth);
  CsvRecord record;
  xlsx::NextRow got;
  while ((got = xlsx::next_row(parser, handler, record)) == xlsx::NextRow::kRow) {
    result.sink->add(record);
  }
  result.clean = got == xlsx::NextRow::kEnd && (last || handler.ended());
  result.last_row = handler.row();
  result.text_bytes = handler.sheet_bytes();
  result.range = std::move(range);
  return result;
}

bool ParallelXlsxReader::next(Piece* piece) {
  if (finished_) return false;
  if (serial_parser_) return next_from_fallback(piece);
  RangeResult range;
  if (!ranges_->next(&range)) {  // not reached: the last range ends reading
    finished_ = true;
    return false;
  }
  const std::uint64_t text_limit = start_.context->limits.max_sheet_text_bytes;
  if (!range.clean || range.text_bytes > text_limit - at_.sheet_bytes) {
    Piece unused{std::move(range.sink), 0, range.filled_by};
    sinks_.give_back(unused);
    fall_back(std::move(range));
    return next_from_fallback(piece);
  }
  piece->sink = std::move(range.sink);
  piece->row_before = 0;  // the records' rows are the sheet's
  piece->filled_by = range.filled_by;
  at_.sheet_bytes += range.text_bytes;
  if (range.last_row > 0) at_.row = range.last_row;
  breaks_before_ += range.line_breaks;
  if (range.range.kind != SheetRowCutter::Kind::kRows) {
    finished_ = true;
    ranges_->stop();
  }
  return true;
}

void ParallelXlsxReader::fall_back(RangeResult from) {
  std::vector<RangeResult> after = ranges_->stop_and_take_rest();
  std::vector<std::string> input{prefix_, std::move(from.range.bytes)};
  for (RangeResult& range : after) input.push_back(std::move(range.range.bytes));
  input.push_back(cutter_->take_pending());
  std::unique_ptr<xlsx::PartStream> rest = cutter_->take_part();
  const std::string part_name = rest->name();
  auto part = std::make_unique<xlsx::ChainedPart>(std::move(input), std::move(rest), part_name,
                                                  start_.display_name);
  serial_handler_ = std::make_unique<xlsx::SheetHandler>(*start_.context);
  serial_handler_->resume(at_);
  if (start_.filtering) serial_handler_->read_only_columns(start_.wanted);
  serial_parser_ = std::make_unique<xlsx::XmlPartParser>(
      std::move(part), serial_handler_.get(), start_.context->limits.max_xml_depth,
      breaks_before_ - xlsx::line_breaks(prefix_));
}

bool ParallelXlsxReader::next_from_fallback(Piece* piece) {
  piece->filled_by = sinks_.caller_slot();
  piece->sink = sinks_.take(piece->filled_by);
  piece->row_before = 0;
  CsvRecord record;
  for (std::size_t i = 0; i < kFallbackRecords; ++i) {
    const xlsx::NextRow got = xlsx::next_row(*serial_parser_, *serial_handler_, record);
    if (got == xlsx::NextRow::kRow) {
      piece->sink->add(record);
      continue;
    }
    if (got == xlsx::NextRow::kFailed) {
      error_ = serial_parser_->error();
      error_->sheet = start_.sheet_name;
    }
    finished_ = true;
    break;
  }
  return true;
}

unsigned resolved_xlsx_threads(const ParallelCsvOptions& options) {
  unsigned threads = configured_threads(options);
  if (threads == 0) threads = std::thread::hardware_concurrency() + 1;  // 1 when unknown
  return std::clamp(threads, 1u, kMaxThreads);
}

std::unique_ptr<ParallelRecords> read_rest_in_parallel(XlsxReader& reader,
                                                       ParallelRecords::SinkFactory make_sink,
                                                       const ParallelCsvOptions& options) {
  if (resolved_xlsx_threads(options) < 2) return nullptr;
  if (reader.declared_sheet_bytes() < options.min_file_bytes) return nullptr;
  std::optional<XlsxResumePoint> point = reader.resume_point();
  if (!point) return nullptr;
  InputError error{};
  std::unique_ptr<xlsx::PartStream> part = reader.reopen_sheet(&error);
  if (!part) return nullptr;
  return ParallelXlsxReader::start(std::move(*point), std::move(part), std::move(make_sink),
                                   options);
}

}  // namespace genaudit
