// `genaudit runs`, `genaudit diff` and `genaudit waivers import`, `list`
// and `remove`: the audit history of a database, and the waivers stored in
// it. The commands that only read open it read-only: a database the user
// may not write can be read, and reading never changes it.
#include <iostream>

#include "cli/audit_inputs.h"
#include "cli/command_texts.h"
#include "cli/commands.h"
#include "cli/database_commands.h"
#include "cli/diagnostics_output.h"
#include "cli/period_messages.h"
#include "engine/core/audit_period.h"
#include "engine/store/audit_store.h"
#include "engine/store/run_history.h"
#include "reports/history_report.h"

namespace genaudit::cli {
namespace {

void no_such_run(long run, const std::string& db_path, Language lang) {
  const std::string runs = "`genaudit runs --db " + db_path + "`";
  usage_error(lang, command_text(CommandText::kNoSuchRun, lang, {std::to_string(run), runs}));
}

}  // namespace

int run_runs_command(const RunsOptions& options) {
  const Language lang = options.lang;
  if (!text_or_json(options.format, lang) || !database_exists(options.db_path, lang)) return 2;
  try {
    AuditStore store(options.db_path, AuditStore::Access::kReadOnly);
    const std::vector<RunInfo> runs = RunHistory(store.database()).runs();
    std::cout << (options.format == "json" ? json_text(runs_to_json(runs))
                                           : render_runs_text(runs, lang));
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  }
}

int run_diff_command(const DiffOptions& options) {
  const Language lang = options.lang;
  if (!text_or_json(options.format, lang) || !database_exists(options.db_path, lang)) return 2;
  try {
    AuditStore store(options.db_path, AuditStore::Access::kReadOnly);
    RunHistory history(store.database());
    // Both runs and the history before A, as of one moment.
    StoreTransaction snapshot(store, StoreTransaction::Lock::kRead);
    std::optional<RunInfo> a = history.run(options.from);
    std::optional<RunInfo> b = history.run(options.to);
    if (!a || !b) {
      no_such_run(!a ? options.from : options.to, options.db_path, lang);
      return 2;
    }
    const RunDiff diff =
        diff_runs(*a, *b, history.findings(a->id), history.findings(b->id),
                  history.finding_keys_before(a->id), history.indicators(a->id),
                  history.indicators(b->id));
    snapshot.commit();
    std::cout << (options.format == "json" ? json_text(diff_to_json(diff))
                                           : render_diff_text(diff, lang));
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  }
}

int run_waivers_import_command(const WaiversImportOptions& options) {
  const Language lang = options.lang;
  KnownRules rule_kinds;
  if (!load_pack_or_report(options.rules, "", &rule_kinds, lang)) return 2;
  const std::optional<std::vector<Waiver>> waivers =
      read_waiver_file(options.file, rule_kinds, lang);
  if (!waivers) return 2;
  try {
    AuditStore store(options.db_path);
    StoreTransaction transaction(store, StoreTransaction::Lock::kWrite);
    RunHistory(store.database()).replace_waivers(*waivers);
    transaction.commit();
    std::cerr << command_text(CommandText::kWaiversStored, lang, {std::to_string(waivers->size())})
              << "\n";
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  }
}

int run_waivers_list_command(const WaiversListOptions& options) {
  const Language lang = options.lang;
  if (!text_or_json(options.format, lang)) return 2;
  Date as_of = today();
  if (!options.as_of.empty()) {
    const std::optional<Date> date = parse_user_date(options.as_of);
    if (!date) {
      date_error(lang, "--as-of", options.as_of);
      return 2;
    }
    as_of = *date;
  }
  if (!database_exists(options.db_path, lang)) return 2;
  const WaiverFilter filter = options.only_expired    ? WaiverFilter::kExpired
                              : options.only_in_force ? WaiverFilter::kInForce
                                                      : WaiverFilter::kAll;
  try {
    AuditStore store(options.db_path, AuditStore::Access::kReadOnly);
    const std::vector<Waiver> stored = RunHistory(store.database()).waivers();
    std::cout << (options.format == "json" ? json_text(waivers_to_json(stored, as_of, filter))
                                           : render_waivers_text(stored, as_of, filter, lang));
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  }
}

int run_waivers_remove_command(const WaiversRemoveOptions& options) {
  const Language lang = options.lang;
  // Stored periods are canonical (the waiver file's reader makes them so):
  // `03/2025` withdraws the waiver stored for `2025-03`.
  std::optional<std::string> period;
  if (!options.period.empty()) {
    PeriodProblem problem = PeriodProblem::kMalformed;
    const std::optional<AuditPeriod> unit = parse_period_unit(options.period, &problem);
    if (!unit) {
      period_error(lang, command_text(CommandText::kThePeriod, lang), options.period, problem,
                   PeriodUse::kOneUnit);
      return 2;
    }
    period = unit->text;
  }
  if (!database_exists(options.db_path, lang)) return 2;
  const std::string what = options.rule + " / " + options.subject +
                           (period ? " / " + *period : "");
  try {
    AuditStore store(options.db_path);
    StoreTransaction transaction(store, StoreTransaction::Lock::kWrite);
    const int removed =
        RunHistory(store.database()).remove_waiver(options.rule, options.subject, period);
    transaction.commit();
    if (removed == 0) {
      const std::string list = "`genaudit waivers list --db " + options.db_path + "`";
      usage_error(lang, command_text(CommandText::kNoSuchWaiver, lang, {what, list}));
      return 2;
    }
    std::cerr << command_text(CommandText::kWaiverRemoved, lang, {what}) << "\n";
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  }
}

}  // namespace genaudit::cli
