#include "adapters/registers/coded_cell_memo.h"

#include <atomic>
#include <string>

#include "engine/core/sampled_hash.h"

namespace genaudit {
namespace {

struct Entry {
  std::uint64_t reader = 0;  // 0: empty (readers are numbered from 1)
  std::size_t field = 0;
  std::string raw;
  Cell cell;
};

constexpr std::size_t kSlots = 64;  // a power of two

std::size_t slot_of(std::size_t field, std::string_view raw) {
  const std::size_t h = field * 0x9E3779B1u + sampled_hash(raw);
  return (h ^ (h >> 7)) & (kSlots - 1);
}

Entry* entries() {
  thread_local Entry table[kSlots];
  return table;
}

}  // namespace

std::uint64_t CodedCellMemo::new_reader() {
  static std::atomic<std::uint64_t> last{0};
  return ++last;
}

const Cell* CodedCellMemo::find(std::uint64_t reader, std::size_t field, std::string_view raw) {
  const Entry& e = entries()[slot_of(field, raw)];
  return e.reader == reader && e.field == field && e.raw == raw ? &e.cell : nullptr;
}

void CodedCellMemo::remember(std::uint64_t reader, std::size_t field, std::string_view raw,
                             const Cell& cell) {
  Entry& e = entries()[slot_of(field, raw)];
  e.reader = reader;
  e.field = field;
  e.raw.assign(raw);
  e.cell = cell;
}

}  // namespace genaudit
