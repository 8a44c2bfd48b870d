#include "cli/protected_inputs.h"

#include <filesystem>
#include <system_error>

#include "rules/language/pack_loader.h"

namespace genaudit::cli {

void protect_database(StagedOutputs& outputs, const std::string& db_path) {
  if (db_path.empty()) return;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    outputs.protect(db_path + suffix, InputRole::kDatabase);
  }
}

void protect_plan(StagedOutputs& outputs, const IntakePlan& plan,
                  const std::vector<std::string>& mappings) {
  for (const std::string& m : mappings) outputs.protect(m, InputRole::kMapping);
  for (const IntakeRegister& r : plan.registers) {
    for (const IntakeSource& source : r.files) {
      outputs.protect(source.path, InputRole::kRegister);
      if (source.mapping) outputs.protect(source.mapping->mapping_file, InputRole::kMapping);
    }
  }
}

void protect_rules(StagedOutputs& outputs, const std::string& rules_path) {
  namespace fs = std::filesystem;
  if (rules_path.empty()) return;
  std::error_code ec;
  if (!fs::is_directory(rules_path, ec)) {
    outputs.protect(rules_path, InputRole::kRules);
    return;
  }
  // As rules::read_rule_files() finds them.
  for (const auto& entry : fs::recursive_directory_iterator(rules_path, ec)) {
    if (entry.is_regular_file(ec) && (entry.path().extension() == ".rules" ||
                                      rules::is_bodies_file(entry.path().string()))) {
      outputs.protect(entry.path(), InputRole::kRules);
    }
  }
}

}  // namespace genaudit::cli
