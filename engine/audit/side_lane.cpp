#include "engine/audit/side_lane.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iterator>
#include <system_error>
#include <utility>
#include <vector>

namespace genaudit {
namespace {

// The bytes of a register's files (0 for one that cannot be sized).
std::uint64_t bytes_of(const IntakeRegister& files) {
  std::uint64_t bytes = 0;
  for (const IntakeSource& file : files.files) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(file.path, error);
    if (!error) bytes += size;
  }
  return bytes;
}

}  // namespace

bool is_referenced(const RegisterSchema& schema) {
  for (const RegisterSchema& r : all_registers()) {
    for (const FieldSchema& f : r.fields) {
      if (f.references == schema.name) return true;
    }
  }
  return false;
}

SideLanePlan plan_side_lane(const IntakePlan& plan, std::uint64_t min_bytes) {
  const std::vector<IntakeRegister>& registers = plan.registers;
  std::vector<std::uint64_t> bytes;
  for (const IntakeRegister& files : registers) bytes.push_back(bytes_of(files));
  SideLanePlan best;
  std::uint64_t best_overlap = 0;
  bool worth_it = false;
  for (std::size_t i = 0; i < registers.size(); ++i) {
    const RegisterSchema& schema = *registers[i].schema;
    if (is_referenced(schema)) continue;
    std::size_t start = 0;  // after the last register it refers to
    for (std::size_t j = 0; j < i; ++j) {
      for (const FieldSchema& field : schema.fields) {
        if (field.references == registers[j].schema->name) start = j + 1;
      }
    }
    std::uint64_t beside = 0;
    for (std::size_t j = start; j < registers.size(); ++j) {
      if (j != i) beside += bytes[j];
    }
    if (beside == 0) continue;  // nothing to read meanwhile
    const std::uint64_t overlap = std::min(bytes[i], beside);
    if (best.lane != nullptr && overlap <= best_overlap) continue;
    best = {&registers[i], start};
    best_overlap = overlap;
    worth_it = bytes[i] >= min_bytes && beside >= bytes[i] / 4;
  }
  if (min_bytes > 0 && !worth_it) return {};
  return best;
}

SideLane::~SideLane() {
  give_up_.store(true, std::memory_order_relaxed);
  if (reading_.valid()) reading_.wait();
}

bool SideLane::start(const RegisterSchema& schema, const KnownKeys& known, Read read) {
  for (const FieldSchema& field : schema.fields) {
    const auto target = known.find(field.references);
    if (target != known.end()) known_.insert(*target);
  }
  try {
    reading_ = std::async(std::launch::async, [this, read = std::move(read)] {
      return read(&known_, &out_, &progress_, &digests_,
                  [this] { return !give_up_.load(std::memory_order_relaxed); });
    });
  } catch (const std::system_error&) {
    return false;
  }
  started_ = true;
  return true;
}

void SideLane::turn_comes(const InMemoryFolder& folder) {
  place_ = {folder.intake.files.size(),           folder.intake.columns_by_note.size(),
            folder.intake.columns_ignored.size(), folder.intake.columns_absent.size(),
            folder.ignored.size(),                folder.registers.size()};
}

bool SideLane::reading() const {
  return started_ && !joined_ &&
         reading_.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

bool SideLane::collect(Dataset* dataset, bool wait, std::size_t* added) {
  if (!started_) return true;
  if (!joined_) {
    if (!wait && reading_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
      return true;
    }
    joined_ = true;
    if (!reading_.get()) return false;
    *added += out_.dataset.move_tables_to(dataset);  // a register not of persons: finished
  }
  return progress_.collect(dataset, wait, added);
}

bool SideLane::join_entries(InMemoryFolder* folder) {
  if (!joined_) return true;
  if (!digests_.settle(&out_.registers, &out_.intake.files)) return false;
  const auto splice = [](auto* into, std::size_t at, auto& from) {
    into->insert(into->begin() + static_cast<std::ptrdiff_t>(at),
                 std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  };
  splice(&folder->intake.files, place_[0], out_.intake.files);
  splice(&folder->intake.columns_by_note, place_[1], out_.intake.columns_by_note);
  splice(&folder->intake.columns_ignored, place_[2], out_.intake.columns_ignored);
  splice(&folder->intake.columns_absent, place_[3], out_.intake.columns_absent);
  splice(&folder->ignored, place_[4], out_.ignored);
  splice(&folder->registers, place_[5], out_.registers);
  return true;
}

}  // namespace genaudit
