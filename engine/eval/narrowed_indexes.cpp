#include "engine/eval/narrowed_indexes.h"

#include <iterator>

namespace genaudit {

NarrowedIndexes::Entry* NarrowedIndexes::entry_of(const CollectionRef& collection,
                                                  std::size_t column) {
  if (collection.rows->size() < kIndexFrom) return nullptr;
  const Key key{collection.rows.get(), column};
  if (auto found = entries_.find(key); found != entries_.end()) {
    // The same address with the collection gone: another collection now.
    if (found->second.rows.lock() == collection.rows) return &found->second;
    entries_.erase(found);
  }
  if (entries_.size() >= kMaxEntries) {
    for (auto it = entries_.begin(); it != entries_.end();) {
      it = it->second.rows.expired() ? entries_.erase(it) : std::next(it);
    }
    if (entries_.size() >= kMaxEntries) entries_.clear();
  }
  Entry& entry = entries_[key];
  entry.rows = collection.rows;
  return &entry;
}

}  // namespace genaudit
