// `genaudit explain RULE [SUBJECT] [PERIOD]`: why a rule fired or did not
// for one subject — each `let` with its value and the register rows behind
// it, then the `when` — or how an indicator's value came about.
#include <iostream>
#include <map>
#include <optional>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include "cli/audit_inputs.h"
#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "cli/period_messages.h"
#include "reports/human_values.h"

namespace genaudit::cli {
namespace {

const char* say(Language lang, const char* vi, const char* en) {
  return lang == Language::kEnglish ? en : vi;
}

// The statement as written, on one line, shortened when long.
std::string statement_text(const rules::RuleInfo& rule, const rules::Statement& s) {
  const std::string& text = rule.source->text();
  std::string out;
  bool space = false;
  for (std::size_t i = s.span.begin; i < s.span.end && i < text.size(); ++i) {
    const char c = text[i];
    if (c == '#') {  // a comment inside the statement: skip to its line end
      while (i < s.span.end && text[i] != '\n') ++i;
      space = true;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > 110) out = out.substr(0, 107) + "...";
  return out;
}

std::string value_text(const Value& v, Language lang) {
  if (v.is_missing()) return say(lang, "không có dữ liệu", "no data");
  if (v.is<bool>()) return v.as<bool>() ? say(lang, "đúng", "true") : say(lang, "sai", "false");
  return display(v);
}

// "staff.csv: rows 5, 6, 9 (3)", at most `limit` row numbers per file.
std::string rows_text(const std::vector<EvidenceRow>& rows, Language lang) {
  std::map<std::string, std::vector<long>> by_file;
  for (const EvidenceRow& r : rows) {
    by_file[r.file + (r.sheet.empty() ? "" : " [" + r.sheet + "]")].push_back(r.row);
  }
  std::string out;
  constexpr std::size_t limit = 20;
  for (const auto& [file, numbers] : by_file) {
    if (!out.empty()) out += "; ";
    out += file + say(lang, ": dòng ", ": rows ");
    for (std::size_t i = 0; i < numbers.size() && i < limit; ++i) {
      out += (i ? ", " : "") + std::to_string(numbers[i]);
    }
    if (numbers.size() > limit) out += ", …";
    out += " (" + std::to_string(numbers.size()) + ")";
  }
  return out;
}

// A `let` the rule labels as evidence is called by its label, as reports
// call it: "    Tỷ lệ nữ = 30".
void print_steps(const Explanation& e, Language lang) {
  for (const ExplanationStep& step : e.steps) {
    std::cout << "  " << statement_text(*e.rule, *step.statement) << "\n";
    std::cout << "    ";
    const rules::Statement& s = *step.statement;
    if (s.kind == rules::StatementKind::kLet && e.rule->evidence_labels.count(s.name)) {
      std::cout << evidence_label(e.rule, s.name, lang) << " ";
    }
    std::cout << "= " << value_text(step.value, lang);
    if (!step.rows.empty()) std::cout << "   ← " << rows_text(step.rows, lang);
    std::cout << "\n";
  }
}

void print_explanation(const Explanation& e, Language lang) {
  const rules::RuleInfo& rule = *e.rule;
  std::cout << rule.id << " — " << rule.title.in(lang) << "\n";
  if (rule.kind == rules::RuleKind::kIndicator) {
    print_steps(e, lang);
    const char* status = e.indicator.status == IndicatorStatus::kMet      ? say(lang, "Đạt", "met")
                         : e.indicator.status == IndicatorStatus::kNotMet ? say(lang, "Chưa đạt", "not met")
                                                                          : say(lang, "Không có dữ liệu", "no data");
    std::cout << say(lang, "Kết quả: ", "Result: ") << status << "\n";
    return;
  }
  std::cout << say(lang, "Đối tượng: ", "Subject: ") << e.subject;
  if (!e.subject_name.empty()) std::cout << " — " << e.subject_name;
  std::cout << " (" << rows_text(e.subject_rows, lang) << ")";
  if (e.period) std::cout << say(lang, ", kỳ ", ", period ") << *e.period;
  std::cout << "\n";
  if (!e.in_scope) {
    std::cout << say(lang, "Không thuộc phạm vi của quy tắc (điều kiện sau `for ... where` không thỏa).\n",
                     "Outside the rule's scope (its `for ... where` condition does not hold).\n");
    return;
  }
  print_steps(e, lang);
  std::cout << (e.fired ? say(lang, "Kết luận: CÓ PHÁT HIỆN\n", "Conclusion: FINDING\n")
                        : say(lang, "Kết luận: không có phát hiện\n", "Conclusion: no finding\n"));
}

}  // namespace

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
      period_error(lang, say(lang, "KỲ_CON", "WINDOW"), options.window, problem,
                   PeriodUse::kOneUnit);
      return 2;
    }
    window = unit->text;
  }
  std::optional<rules::RulePack> pack = load_pack_or_report(options.rules_path, options.profile, nullptr, lang);
  if (!pack) return 2;
  const rules::RuleInfo* rule = pack->find_rule(options.rule);
  if (!rule) {
    usage_error(lang, "bộ quy tắc không có quy tắc \"" + options.rule + "\"",
                "the rule pack has no rule \"" + options.rule + "\"");
    return 2;
  }
  if (rule->kind == rules::RuleKind::kFinding && options.subject.empty()) {
    usage_error(lang, "cần mã đối tượng (SUBJECT) cho quy tắc " + rule->id,
                "rule " + rule->id + " needs a SUBJECT code");
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
      std::optional<SQLite::Transaction> snapshot;
      store->begin_load(&snapshot);
      dataset = store->load(&pack->fields_read);
      snapshot->commit();
    }
    std::string missing;
    for (const std::string& name : rule->registers) {
      if (!dataset.has(name)) missing += (missing.empty() ? "" : ", ") + name;
    }
    if (!missing.empty()) {
      usage_error(lang, "quy tắc " + rule->id + " bị bỏ qua: thiếu sổ " + missing,
                  "rule " + rule->id + " is skipped: missing register(s) " + missing);
      return 2;
    }
    Evaluator evaluator(*pack, dataset, when->dates);
    const std::vector<Explanation> explanations =
        evaluator.explain(*rule, options.subject, window);
    if (explanations.empty()) {
      usage_error(lang,
                  "không có đối tượng \"" + options.subject + "\"" +
                      (window.empty() ? "" : " trong kỳ " + window) +
                      " của quy tắc " + rule->id,
                  "no subject \"" + options.subject + "\"" +
                      (window.empty() ? "" : " in period " + window) +
                      " for rule " + rule->id);
      return 2;
    }
    for (std::size_t i = 0; i < explanations.size(); ++i) {
      if (i) std::cout << "\n";
      print_explanation(explanations[i], lang);
    }
    return 0;
  } catch (const SQLite::Exception& e) {
    database_error(lang, options.db_path.empty() ? ":memory:" : options.db_path, e);
    return 2;
  }
}

}  // namespace genaudit::cli
