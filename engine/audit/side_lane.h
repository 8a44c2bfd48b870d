// `audit --data` reading one register on a thread of its own while the
// others are read in turn (read_clean_folder, in_memory_folder.cpp).
//
// At national size staff (two million rows) and segments (three million)
// each keep a core busy reading and storing their rows. Read one after the
// other, each on two threads (ReadAhead: one reads, one stores), every row
// crossed from one core to the other; read at the same time, each by one
// thread, they do not, and the whole audit takes a twentieth less CPU
// (bench/PERFORMANCE.md, round 13). The result is the one reading the
// registers in turn gives: the lane's register is one no other refers to,
// started once those it refers to are read, with their codes as they stood
// then, and its entries of the folder join the others in its turn's place.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <future>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "engine/audit/folder_digests.h"
#include "engine/audit/in_memory_folder.h"
#include "engine/audit/tables_in_progress.h"
#include "engine/core/register_catalogue.h"
#include "engine/ingest/intake_plan.h"

namespace genaudit {

// Normalized codes (text::normalize_free_text, the importer's genaudit_key).
using KeySet = std::unordered_set<std::string>;

// The key codes of each register read so far that others refer to: the
// importer checks a reference against the registers imported before it,
// and the template order puts a register after those it refers to.
using KnownKeys = std::unordered_map<std::string, KeySet>;

// Whether any register of the templates refers to `schema`'s.
bool is_referenced(const RegisterSchema& schema);

// Which register of a plan to read beside the others, and from when.
struct SideLanePlan {
  const IntakeRegister* lane = nullptr;  // none: every register read in turn
  std::size_t start = 0;                 // started before the plan's register `start`
};

// The plan's register, if any, to read beside the others: one that no
// register refers to (none waits for its codes), started as soon as the
// registers it refers to are read. Of those, the one with the most bytes
// read at the same time (the lesser of its own and those of the others
// from its start on); at least `min_bytes` of its own, and the others at
// least a quarter as many: otherwise its reading on two threads of its own
// (ReadAhead) keeps both cores busier. With `min_bytes` 0, the best such
// register whatever the sizes (tests).
SideLanePlan plan_side_lane(const IntakePlan& plan, std::uint64_t min_bytes);

class SideLane {
 public:
  // Reads a register into the lane's own `known` codes, folder entries,
  // tables in progress and digests, stopping when `between_batches` says
  // false (read_register with those, and without ReadAhead).
  using Read = std::function<bool(KnownKeys* known, InMemoryFolder* out,
                                  TablesInProgress* in_progress, FolderDigests* digests,
                                  const std::function<bool()>& between_batches)>;

  SideLane() = default;
  // Stops the reading, if still going, and waits for it.
  ~SideLane();
  SideLane(const SideLane&) = delete;
  SideLane& operator=(const SideLane&) = delete;

  // Starts `read` for register `schema` on a thread of its own, with the
  // codes of the registers it refers to from `known` (copied); false when
  // no thread can be had (the register is then read in turn). REQUIRES:
  // not started before.
  bool start(const RegisterSchema& schema, const KnownKeys& known, Read read);
  bool started() const { return started_; }

  // The register's turn in the plan has come: its entries go after
  // `folder`'s so far.
  void turn_comes(const InMemoryFolder& folder);

  // Whether the register is still being read.
  bool reading() const;

  // Once the reading has ended (now, or waiting for it with `wait`): its
  // table, once finished, joins `dataset` (`added` counts it). False when
  // the register is not clean; an exception the reading threw is thrown
  // here. Nothing to do when not started.
  bool collect(Dataset* dataset, bool wait, std::size_t* added);

  // Once collect(wait) said true: the lane's digests settled (false when
  // a file repeats another, see FolderDigests::settle) and its entries put
  // in their place among `folder`'s.
  bool join_entries(InMemoryFolder* folder);

 private:
  KnownKeys known_;
  InMemoryFolder out_;
  TablesInProgress progress_;
  FolderDigests digests_;
  std::array<std::size_t, 6> place_{};  // the lists' sizes when the lane's turn came
  std::atomic<bool> give_up_{false};
  bool started_ = false;
  bool joined_ = false;        // the reading's outcome taken (reading_ no longer valid)
  std::future<bool> reading_;  // last: gone first, after the destructor waited for it
};

}  // namespace genaudit
