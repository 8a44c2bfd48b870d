// `genaudit explain RULE [SUBJECT] [PERIOD]`: why a rule fired or did not
// for one subject — each `let` with its value and the register rows behind
// it, then the `when` — or how an indicator's value came about. The
// command gathers the pack, the registers and the period, asks the
// evaluator, and prints what reports/explanation_text.h makes of it.
// With --timings it times the rule, or every rule of the pack, instead
// (engine/audit/rule_timings.h, printed by reports/rule_timings_text.h).
#include <iostream>
#include <optional>

#include "cli/audit_inputs.h"
#include "cli/command_texts.h"
#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "cli/explain_window.h"
#include "cli/period_messages.h"
#include "engine/audit/rule_timings.h"
#include "reports/explanation_text.h"
#include "reports/rule_timings_text.h"

namespace genaudit::cli {

int run_explain_command(const ExplainOptions& options) {
  const Language lang = options.lang;
  const std::optional<AuditWhen> when = parse_audit_when(options.period, options.as_of, lang);
  if (!when) return 2;
  // A window is compared with the labels of the rule's windows, which are
  // canonical period texts: `03/2025` finds the window `2025-03`.
  std::string window;
  if (!options.window.empty()) {
    PeriodProblem problem = PeriodProblem::kMalformed;
    const std::optional<AuditPeriod> unit = parse_period_unit(options.window, &problem);
    if (!unit) {
      period_error(lang, command_text(CommandText::kPlaceholderWindow, lang), options.window,
                   problem, PeriodUse::kOneUnit);
      return 2;
    }
    window = unit->text;
  }
  std::optional<rules::RulePack> pack = load_pack_or_report(options.rules, options.profile, nullptr, lang);
  if (!pack) return 2;
  if (options.rule.empty() && !options.timings) {
    usage_error(lang, command_text(CommandText::kExplainNeedsRule, lang));
    return 2;
  }
  const rules::RuleInfo* rule = options.rule.empty() ? nullptr : pack->find_rule(options.rule);
  if (!rule && !options.rule.empty()) {
    usage_error(lang, command_text(CommandText::kExplainNoSuchRule, lang, {options.rule}));
    return 2;
  }
  // The window is checked before the subject: a subject is looked for only
  // in a window that can be the rule's. (--timings without a rule times
  // every rule and names no window.)
  if (rule && !check_explain_window(*rule, window, when->dates, when->period_text, lang)) return 2;
  if (!options.timings && rule->kind == rules::RuleKind::kFinding && options.subject.empty()) {
    usage_error(lang, command_text(CommandText::kExplainNeedsSubject, lang, {rule->id}));
    return 2;
  }
  try {
    // As `audit` reads them: a clean folder straight into memory, else
    // through the importer (which reports its problems) or the database,
    // loaded in one transaction.
    std::optional<InMemoryFolder> clean;
    std::optional<IntakePlan> plan;
    if (!options.data_dir.empty() && options.db_path.empty()) {
      plan = plan_data(options.data_dir, options.mappings, lang);
      if (!plan) return 2;
      clean = read_clean_data_folder(*plan, pack->fields_read, lang);
    }
    Dataset dataset;
    std::unique_ptr<AuditStore> store;
    if (clean) {
      dataset = std::move(clean->dataset);
    } else {
      // Explaining only reads: a database is opened read-only.
      store = open_registers(plan ? &*plan : nullptr, options.db_path, lang, {}, nullptr,
                             AuditStore::Access::kReadOnly);
      if (!store) return 2;
      StoreTransaction snapshot = store->begin_load();
      dataset = store->load(&pack->fields_read);
      snapshot.commit();
    }
    if (options.timings) {
      // A rule whose registers are missing is listed as not run.
      std::cout << render_rule_timings(time_rules(*pack, dataset, when->dates, rule), lang);
      return 0;
    }
    std::string missing;
    for (const std::string& name : rule->registers) {
      if (!dataset.has(name)) missing += (missing.empty() ? "" : ", ") + name;
    }
    if (!missing.empty()) {
      usage_error(lang,
                  command_text(CommandText::kExplainMissingRegisters, lang, {rule->id, missing}));
      return 2;
    }
    Evaluator evaluator(*pack, dataset, when->dates);
    const std::vector<Explanation> explanations =
        evaluator.explain(*rule, options.subject, window);
    if (explanations.empty()) {
      usage_error(lang, window.empty()
                            ? command_text(CommandText::kExplainNoSubject, lang,
                                           {options.subject, rule->id})
                            : command_text(CommandText::kExplainNoSubjectInWindow, lang,
                                           {options.subject, window, rule->id}));
      return 2;
    }
    std::cout << render_explanations(explanations, lang);
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path.empty() ? ":memory:" : options.db_path, e);
    return 2;
  }
}

}  // namespace genaudit::cli
