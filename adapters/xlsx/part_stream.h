// The bytes of one part of a workbook, as the XML parser reads them: straight
// from the archive (ZipPart), or stitched together from pieces already read
// and the rest of the part (ChainedPart: a worksheet's rows read again from
// a given point, see parallel_xlsx_reader.h).
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "adapters/input_error.h"

namespace genaudit::xlsx {

class PartStream {
 public:
  virtual ~PartStream() = default;
  // Reads up to `capacity` bytes into `out`. Returns how many, 0 at the end,
  // or -1 when the data is damaged or passes a limit; error() then says
  // which. Keeps returning -1 after an error.
  virtual long read(char* out, std::size_t capacity) = 0;
  virtual const InputError& error() const = 0;
  // The part ("xl/worksheets/sheet1.xml") and the file, for errors.
  virtual const std::string& name() const = 0;
  virtual const std::string& file() const = 0;
};

// `pieces` in order, then what `rest` reads (nothing when null). Names the
// part and the file as `rest` does, or as given when there is no rest.
class ChainedPart : public PartStream {
 public:
  // Owns `pieces`, and frees each once it is read.
  ChainedPart(std::vector<std::string> pieces, std::unique_ptr<PartStream> rest, std::string name,
              std::string file)
      : owned_(std::move(pieces)),
        rest_(std::move(rest)),
        name_(std::move(name)),
        file_(std::move(file)) {
    pieces_.assign(owned_.begin(), owned_.end());
  }
  // Reads `pieces` where they are, without a copy: they must outlive it.
  ChainedPart(std::vector<std::string_view> pieces, std::string name, std::string file)
      : pieces_(std::move(pieces)), name_(std::move(name)), file_(std::move(file)) {}

  long read(char* out, std::size_t capacity) override {
    while (piece_ < pieces_.size()) {
      const std::string_view piece = pieces_[piece_];
      if (position_ < piece.size()) {
        const std::size_t n = std::min(capacity, piece.size() - position_);
        piece.copy(out, n, position_);
        position_ += n;
        return static_cast<long>(n);
      }
      if (piece_ < owned_.size()) std::string().swap(owned_[piece_]);  // read: its memory goes
      ++piece_;
      position_ = 0;
    }
    return rest_ ? rest_->read(out, capacity) : 0;
  }
  const InputError& error() const override { return rest_ ? rest_->error() : no_error_; }
  const std::string& name() const override { return rest_ ? rest_->name() : name_; }
  const std::string& file() const override { return rest_ ? rest_->file() : file_; }

 private:
  std::vector<std::string> owned_;       // the first constructor's pieces
  std::vector<std::string_view> pieces_;  // of owned_, or the caller's
  std::size_t piece_ = 0;
  std::size_t position_ = 0;  // in pieces_[piece_]
  std::unique_ptr<PartStream> rest_;
  std::string name_;
  std::string file_;
  InputError no_error_{};
};

}  // namespace genaudit::xlsx
