#include "adapters/xlsx/shared_strings.h"

#include "engine/core/unicode_text.h"
#include "adapters/xlsx/escaped_text.h"
#include "adapters/xlsx/workbook_error.h"
#include "adapters/xlsx/xml_part_parser.h"

namespace genaudit::xlsx {

class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings* table, const XlsxLimits& limits)
      : table_(table), limits_(limits) {}

  void on_start(XmlName name, const char** /*attributes*/) override {
    if (!is_spreadsheet_ns(name.ns)) return;
    if (name.local == "si") {
      if (table_->ends_.size() >= limits_.max_shared_strings) {
        fail(limit_exceeded(file(), part(), "max_shared_strings", limits_.max_shared_strings));
        return;
      }
      in_item_ = true;
      item_start_ = table_->text_.size();
    } else if (name.local == "rPh") {
      ++in_phonetic_;
    } else if (name.local == "t" && in_item_ && in_phonetic_ == 0) {
      in_text_ = true;
      text_start_ = table_->text_.size();
    }
  }

  void on_end(XmlName name) override {
    if (!is_spreadsheet_ns(name.ns)) return;
    if (name.local == "si" && in_item_) {
      in_item_ = false;
      table_->ends_.push_back(table_->text_.size());
      const std::string_view item = std::string_view(table_->text_).substr(item_start_);
      table_->blank_.push_back(text::trim(item).empty());
    } else if (name.local == "rPh") {
      --in_phonetic_;
    } else if (name.local == "t") {
      // Each run's escapes on their own, as Excel writes them.
      if (in_text_) decode_escapes(table_->text_, text_start_);
      in_text_ = false;
    }
  }

  void on_text(std::string_view text) override {
    if (!in_text_) return;
    if (table_->text_.size() - item_start_ + text.size() > limits_.max_cell_bytes) {
      fail(limit_exceeded(file(), part(), "max_cell_bytes", limits_.max_cell_bytes));
      return;
    }
    table_->text_.append(text);
  }

 private:
  SharedStrings* table_;
  const XlsxLimits& limits_;
  bool in_item_ = false;
  bool in_text_ = false;
  int in_phonetic_ = 0;
  std::size_t item_start_ = 0;
  std::size_t text_start_ = 0;  // of the <t> being read
};

bool SharedStrings::read(const ZipArchive& archive, const std::string& part,
                         const XlsxLimits& limits, InputError* error) {
  text_.clear();
  ends_.clear();
  blank_.clear();
  SharedStringsHandler handler(this, limits);
  const PartLimits part_limits{limits.max_shared_strings_bytes, "max_shared_strings_bytes",
                               limits.max_compression_ratio, limits.ratio_floor_bytes};
  return parse_whole_part(archive, part, part_limits, limits.max_xml_depth, &handler, error);
}

}  // namespace genaudit::xlsx
