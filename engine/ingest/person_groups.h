// The persons of a per-assignment register (staff: a person with several
// posts has several rows) who have more than one row, found from each row's
// person id as the importer compares ids (normalized: text::
// normalize_free_text, its genaudit_key()). Only their rows can disagree on
// a person-level field or need it filled.
//
// Rows are sorted by the hash of their normalized id, 16 bytes each, rather
// than kept in a map of every id: at national size (two million rows) the
// map's rehashing and nodes cost more than the sort. Ids whose hashes
// collide are told apart by the ids themselves.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace genaudit {

class PersonGroups {
 public:
  // How a normalized id is hashed (a test may make every id collide).
  using KeyHash = std::uint64_t (*)(std::string_view key);
  static std::uint64_t standard_hash(std::string_view key);
  explicit PersonGroups(KeyHash hash = &standard_hash) : hash_(hash) {}

  // The next row: its person id as written, or none (a row of no person).
  void add(std::string_view person_id);
  // The same for an id already normalized (Text::normalized of the cell).
  void add_normalized(std::string_view key);
  void add_none() { ++rows_; }
  std::uint32_t rows() const { return rows_; }

  // The rows (numbered from 0 in the order added) of every person with
  // more than one, each person's in row order, persons in the order of
  // their first row.
  std::vector<std::vector<std::uint32_t>> repeated() const;

 private:
  struct Entry {
    std::uint64_t hash;
    std::uint32_t row;
    std::uint32_t key;  // index of the normalized id in key_ends_
  };
  std::string_view key(std::uint32_t i) const;
  std::vector<Entry> sorted_by_hash() const;

  KeyHash hash_;
  std::vector<Entry> entries_;
  std::string keys_;                     // the normalized ids, end to end
  std::vector<std::uint32_t> key_ends_;  // where each ends in keys_
  std::uint32_t rows_ = 0;
};

}  // namespace genaudit
