// Test fixtures: a temporary folder of register files, imported and audited
// with the plan's built-in rule pack, as `genaudit audit --data` does.
#pragma once

#include <atomic>
#include <filesystem>
#include <fstream>
#include <optional>
#include <unistd.h>
#include <string>

#include <gtest/gtest.h>

#include "adapters/registers/province_registers.h"
#include "engine/audit/audit_runner.h"
#include "engine/ingest/data_folder.h"
#include "engine/core/audit_period.h"
#include "engine/store/audit_store.h"
#include "rules/language/pack_loader.h"

namespace genaudit::testing {

class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("genaudit-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& name, const std::string& content) const {
    const auto file = path_ / name;
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  std::filesystem::path path_;
};

inline const rules::RulePack& builtin_pack() {
  static const rules::RulePack pack = [] {
    rules::PackLoad load = rules::load_rule_pack(rules::builtin_rule_texts(), province_registers());
    if (!load.pack) throw std::runtime_error(rules::format_diagnostics(load.diagnostics));
    return std::move(*load.pack);
  }();
  return pack;
}

// The description every rule needs, for rules written in a test.
inline const char* const kRuleMeta =
    "  title vi \"t\" en \"t\"\n  citation \"c\"\n  lead \"l\"\n  severity low\n"
    "  remedy vi \"r\" en \"r\"\n";

// A rule pack of one file written in a test; throws its diagnostics.
inline rules::RulePack pack_from_text(const std::string& text) {
  rules::PackLoad load = rules::load_rule_pack({{"test.rules", text}}, province_registers());
  if (!load.pack) throw std::runtime_error(rules::format_diagnostics(load.diagnostics));
  return std::move(*load.pack);
}

// Imports `folder` and audits it with `pack`. Fails the test on an import
// error.
inline AuditReport audit_folder(const std::filesystem::path& folder, const std::string& period,
                                const std::string& as_of = "",
                                const rules::RulePack& pack = builtin_pack()) {
  AuditStore store(":memory:");
  FolderImport imported = import_data_folder(store, folder);
  EXPECT_TRUE(imported.ok()) << (imported.errors.empty() ? "" : imported.errors[0].file + " row " +
                                 std::to_string(imported.errors[0].row) + " " +
                                 imported.errors[0].column + " " + imported.errors[0].value);
  const AuditPeriod p = *parse_period(period);
  const Date d = as_of.empty() ? p.last_day() : *parse_iso_date(as_of);
  const Dataset dataset = store.load(&pack.fields_read);
  return run_audit(pack, dataset, store.imports(), period, {p.first_day(), p.last_day(), d});
}

}  // namespace genaudit::testing
