// Why genaudit will not use an audit database: it holds what genaudit did
// not put there, it is damaged, or (opened read-only) an older genaudit
// made it. Language-neutral, as InputError is: the command line renders it
// in the user's language (cli/diagnostics_output.h).
//
// A StoreError (store_error.h), so that every command's handling of
// database errors reports it: of kind kNotADatabase for foreign objects,
// kCorrupt for damage, kOther for a schema to upgrade. what() is an English
// summary for logs and tests.
#pragma once

#include <string>
#include <vector>

#include "engine/store/store_error.h"

namespace genaudit {

// An object of a database's schema, as sqlite_schema names it.
struct SchemaObject {
  std::string type;  // table, index, view, trigger
  std::string name;
};

class DatabaseRefused : public StoreError {
 public:
  enum class Reason {
    // objects(): schema objects genaudit did not create (or created
    // otherwise): the database was not made by genaudit, or was altered.
    kForeignObjects,
    // objects(): tables genaudit needs that are missing; the database must
    // be brought up to date, which a read-only command does not do.
    kNeedsUpgrade,
    // register_name()'s copy claims count() rows in bytes() bytes, which
    // cannot hold them (register_cache.h).
    kImpossibleCopy,
    // The evidence of a finding (run(), rule(), subject()) nests deeper
    // than count() levels, which no rule produces.
    kEvidenceTooDeep,
  };

  static DatabaseRefused foreign_objects(std::vector<SchemaObject> objects);
  static DatabaseRefused needs_upgrade(std::vector<SchemaObject> missing_tables);
  static DatabaseRefused impossible_copy(const std::string& register_name,
                                         unsigned long long rows, unsigned long long bytes);
  static DatabaseRefused evidence_too_deep(long run, const std::string& rule,
                                           const std::string& subject, unsigned long long limit);

  Reason reason() const { return reason_; }
  const std::vector<SchemaObject>& objects() const { return objects_; }
  const std::string& register_name() const { return register_name_; }
  unsigned long long count() const { return count_; }
  unsigned long long bytes() const { return bytes_; }
  long run() const { return run_; }
  const std::string& rule() const { return rule_; }
  const std::string& subject() const { return subject_; }
  // Whether the database is damaged (kImpossibleCopy, kEvidenceTooDeep).
  bool damaged() const;

 private:
  DatabaseRefused(Reason reason, const std::string& summary);

  Reason reason_;
  std::vector<SchemaObject> objects_;
  std::string register_name_;
  unsigned long long count_ = 0;
  unsigned long long bytes_ = 0;
  long run_ = 0;
  std::string rule_;
  std::string subject_;
};

}  // namespace genaudit
