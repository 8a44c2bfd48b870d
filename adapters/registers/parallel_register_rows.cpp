#include "adapters/registers/parallel_register_rows.h"

#include <utility>
#include <vector>

namespace genaudit {

// One range's rows, converted on the worker thread that read them.
class ParallelRegisterRows::RowSink : public RangeSink {
 public:
  struct Item {
    RegisterRow row;
    InputErrors errors;
  };

  explicit RowSink(const Convert& convert) : convert_(convert) {}

  // Rows reuse the memory of the rows before them (cells, errors).
  void add(CsvRecord& record) override {
    if (size == items.size()) items.emplace_back();
    Item& item = items[size];
    item.errors.clear();
    if (convert_(record, &item.row, &item.errors)) ++size;
  }
  void clear() override { size = 0; }

  std::vector<Item> items;
  std::size_t size = 0;  // items from here on are spare

 private:
  const Convert& convert_;
};

std::unique_ptr<ParallelRegisterRows> ParallelRegisterRows::start(
    RecordSource& source, Convert convert, const ParallelCsvOptions& options) {
  std::unique_ptr<ParallelRegisterRows> rows(new ParallelRegisterRows(std::move(convert)));
  ParallelRegisterRows* self = rows.get();
  rows->reader_ = source.read_rest_in_parallel(
      [self] { return std::make_unique<RowSink>(self->convert_); }, options);
  if (!rows->reader_) return nullptr;
  return rows;
}

bool ParallelRegisterRows::next(RegisterRow* row, InputErrors* errors) {
  for (;;) {
    auto* sink = static_cast<RowSink*>(piece_.sink.get());
    if (sink != nullptr && position_ < sink->size) {
      RowSink::Item& item = sink->items[position_++];
      // A copy, not a swap: the sink's rows stay with the thread that fills
      // them, and the caller's row reuses its own strings' memory.
      *row = item.row;
      row->row += piece_.row_before;
      for (InputError& e : item.errors) {
        e.row += piece_.row_before;
        errors->push_back(std::move(e));
      }
      return true;
    }
    position_ = 0;
    reader_->recycle(piece_);
    if (!reader_->next(&piece_)) break;
  }
  if (reader_->error()) errors->push_back(*reader_->error());
  return false;
}

}  // namespace genaudit
