// The files a command reads, marked in its StagedOutputs as files no output
// may replace (an --output, an inspection record or a rejected rows' file
// that is the database or a register would destroy it).
#pragma once

#include <string>
#include <vector>

#include "engine/ingest/intake_plan.h"
#include "engine/output/staged_outputs.h"

namespace genaudit::cli {

// The database at `db_path` and its journal files (-wal, -shm, -journal)
// when there are.
void protect_database(StagedOutputs& outputs, const std::string& db_path);

// Every register file of `plan`, the mappings that placed them and the
// --mapping files `mappings`.
void protect_plan(StagedOutputs& outputs, const IntakePlan& plan,
                  const std::vector<std::string>& mappings);

// The rule files read from `rules_path` (a `.rules` file, or a folder's
// `.rules` files at any depth); nothing for the built-in pack ("").
void protect_rules(StagedOutputs& outputs, const std::string& rules_path);

}  // namespace genaudit::cli
