#include "engine/store/database_refused.h"

#include <utility>

namespace genaudit {
namespace {

StoreError::Kind kind_of(DatabaseRefused::Reason reason) {
  switch (reason) {
    case DatabaseRefused::Reason::kForeignObjects:
      return StoreError::Kind::kNotADatabase;
    case DatabaseRefused::Reason::kImpossibleCopy:
    case DatabaseRefused::Reason::kEvidenceTooDeep:
      return StoreError::Kind::kCorrupt;
    case DatabaseRefused::Reason::kNeedsUpgrade:
      break;
  }
  return StoreError::Kind::kOther;
}

std::string listed(const std::vector<SchemaObject>& objects) {
  std::string out;
  for (const SchemaObject& o : objects) out += (out.empty() ? "" : ", ") + o.type + " " + o.name;
  return out;
}

}  // namespace

DatabaseRefused::DatabaseRefused(Reason reason, const std::string& summary)
    : StoreError(kind_of(reason), summary), reason_(reason) {}

bool DatabaseRefused::damaged() const {
  return reason_ == Reason::kImpossibleCopy || reason_ == Reason::kEvidenceTooDeep;
}

DatabaseRefused DatabaseRefused::foreign_objects(std::vector<SchemaObject> objects) {
  DatabaseRefused e(Reason::kForeignObjects,
                    "schema objects genaudit did not create: " + listed(objects));
  e.objects_ = std::move(objects);
  return e;
}

DatabaseRefused DatabaseRefused::needs_upgrade(std::vector<SchemaObject> missing_tables) {
  DatabaseRefused e(Reason::kNeedsUpgrade,
                    "made by an older genaudit, lacks: " + listed(missing_tables));
  e.objects_ = std::move(missing_tables);
  return e;
}

DatabaseRefused DatabaseRefused::impossible_copy(const std::string& register_name,
                                                 unsigned long long rows,
                                                 unsigned long long bytes) {
  DatabaseRefused e(Reason::kImpossibleCopy,
                    "damaged: the copy of register " + register_name + " claims " +
                        std::to_string(rows) + " rows in " + std::to_string(bytes) + " bytes");
  e.register_name_ = register_name;
  e.count_ = rows;
  e.bytes_ = bytes;
  return e;
}

DatabaseRefused DatabaseRefused::evidence_too_deep(long run, const std::string& rule,
                                                   const std::string& subject,
                                                   unsigned long long limit) {
  DatabaseRefused e(Reason::kEvidenceTooDeep,
                    "damaged: the evidence of finding " + rule + " / " + subject + " of run " +
                        std::to_string(run) + " nests deeper than " + std::to_string(limit) +
                        " levels");
  e.run_ = run;
  e.rule_ = rule;
  e.subject_ = subject;
  e.count_ = limit;
  return e;
}

}  // namespace genaudit
