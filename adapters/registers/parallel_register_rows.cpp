#include "adapters/registers/parallel_register_rows.h"

#include <utility>
#include <vector>

namespace genaudit {

// One range's rows, converted on the worker thread that read them.
class ParallelRegisterRows::RowSink : public CsvRangeSink {
 public:
  struct Item {
    RegisterRow row;
    InputErrors errors;
  };

  explicit RowSink(const Convert& convert) : convert_(convert) {}

  void add(CsvRecord& record) override {
    Item item;
    if (convert_(record, &item.row, &item.errors)) items.push_back(std::move(item));
  }

  std::vector<Item> items;

 private:
  const Convert& convert_;
};

ParallelRegisterRows::ParallelRegisterRows(CsvResumePoint start, Convert convert,
                                           const ParallelCsvOptions& options)
    : convert_(std::move(convert)),
      reader_(std::move(start), [this] { return std::make_unique<RowSink>(convert_); }, options) {}

bool ParallelRegisterRows::next(RegisterRow* row, InputErrors* errors) {
  for (;;) {
    auto* sink = static_cast<RowSink*>(piece_.sink.get());
    if (sink != nullptr && position_ < sink->items.size()) {
      RowSink::Item& item = sink->items[position_++];
      std::swap(*row, item.row);
      row->row += piece_.row_before;
      for (InputError& e : item.errors) {
        e.row += piece_.row_before;
        errors->push_back(std::move(e));
      }
      return true;
    }
    position_ = 0;
    if (!reader_.next(&piece_)) break;
  }
  if (reader_.error()) errors->push_back(*reader_.error());
  return false;
}

}  // namespace genaudit
