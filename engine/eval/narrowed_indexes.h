// Indexes on collections a rule narrowed itself — `let communes = [c in
// agencies where c.level == "commune"]`, or a filter whose rows the
// evaluator shares — for a comprehension over them whose condition pins a
// field: `exists(c in communes where c.agency_code == n.agency_code)`
// inside a count over a million news items. A whole register has its
// index on the field (comprehensions.h); a narrowed collection had none,
// so each probe scanned it, and the natural way to write a join cost the
// product of the two sizes.
//
// An index is built on a collection's second probe on one field, when the
// collection has at least kIndexFrom rows: a collection probed once (most
// per-subject lets) is scanned as before, and one probed again costs one
// more pass to index, after which each probe reads only its bucket. A
// collection is known by its rows' address, checked against a weak
// reference, so that a freed collection's address reused by a new one is
// never taken for it.
//
// Thread-safety: none; one per Comprehensions, one per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "engine/data/table.h"
#include "engine/data/value.h"
#include "engine/eval/row_index.h"

namespace genaudit {

class NarrowedIndexes {
 public:
  static constexpr std::size_t kIndexFrom = 32;

  // The index of `collection`'s rows by the key (key_of) of their cell in
  // `column`, each bucket in the collection's order; null while the
  // collection is to be scanned instead. `on_row_indexed` is called for
  // each row read to build it. REQUIRES: collection.table and
  // collection.rows are set.
  template <typename OnRow>
  const RowIndex* probe(const CollectionRef& collection, std::size_t column, OnRow on_row_indexed) {
    Entry* entry = entry_of(collection, column);
    if (!entry) return nullptr;
    if (!entry->index && ++entry->probes >= 2) {
      entry->index = std::make_unique<RowIndex>();
      for (std::uint32_t row : *collection.rows) {
        on_row_indexed();
        const ValueKey key = key_of(collection.table->cell(row, column));
        if (key.kind != 0) (*entry->index)[key].push_back(row);
      }
    }
    return entry->index.get();
  }

 private:
  struct Entry {
    std::weak_ptr<const std::vector<std::uint32_t>> rows;
    unsigned probes = 0;
    std::unique_ptr<RowIndex> index;
  };
  using Key = std::pair<const std::vector<std::uint32_t>*, std::size_t>;

  // The entry of the collection and column (a fresh one when the address
  // was another collection's); null for a collection too small to index.
  Entry* entry_of(const CollectionRef& collection, std::size_t column);

  // At most this many collections are remembered: a per-subject rule makes
  // a new collection for every subject.
  static constexpr std::size_t kMaxEntries = 256;
  std::map<Key, Entry> entries_;
};

}  // namespace genaudit
