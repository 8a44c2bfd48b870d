// The shape of a rule; see rule_shape.h.
#include "rules/language/rule_shape.h"

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

#include "rules/language/suggest.h"

namespace genaudit::rules {
namespace {

const char* const kSeverities[] = {"low", "medium", "high", "critical"};
const char* const kMetaKeys[] = {"title", "citation", "lead", "severity", "remedy", "unit"};

const MetaEntry* find_meta(const Rule& rule, const std::string& key) {
  for (const Statement& s : rule.statements) {
    if (s.kind == StatementKind::kMeta && s.meta.key == key) return &s.meta;
  }
  return nullptr;
}

LocalizedText localized(const Rule& rule, const std::string& key, CheckContext& context) {
  LocalizedText text;
  const MetaEntry* m = find_meta(rule, key);
  if (!m) {
    context.error(rule.id_span.begin, "rule `" + rule.id + "` has no `" + key + "`",
                  "add `" + key + " vi \"...\" en \"...\"`");
    return text;
  }
  for (const auto& [lang, value] : m->localized) {
    (lang == "vi" ? text.vi : text.en) = value;  // the grammar knows only vi and en
  }
  if (text.vi.empty() || text.en.empty()) {
    context.error(m->span.begin, "`" + key + "` needs a Vietnamese and an English text",
                  "write `" + key + " vi \"...\" en \"...\"`");
  }
  return text;
}

std::string plain(const Rule& rule, const std::string& key, CheckContext& context) {
  const MetaEntry* m = find_meta(rule, key);
  if (!m || m->value.empty()) {
    context.error(m ? m->span.begin : rule.id_span.begin,
                  "rule `" + rule.id + "` has no `" + key + "`", "add `" + key + " \"...\"`");
    return "";
  }
  return m->value;
}

}  // namespace

void check_description(const Rule& rule, RuleInfo& info, CheckContext& context) {
  std::set<std::string> seen;
  const std::vector<std::string> known(std::begin(kMetaKeys), std::end(kMetaKeys));
  const Statement* previous = nullptr;
  for (const Statement& s : rule.statements) {
    const Statement* before = std::exchange(previous, &s);
    if (s.kind != StatementKind::kMeta) continue;
    if (std::find(known.begin(), known.end(), s.meta.key) == known.end()) {
      std::string hint = did_you_mean(s.meta.key, known);
      // `evidence women fr "Femmes"`: a label in a language there is none of.
      if (hint.empty() && before != nullptr && before->kind == StatementKind::kEvidence) {
        hint = "an evidence label is in `vi` and `en`: `name vi \"...\" en \"...\"`";
      }
      context.error(s.span.begin, "unknown description `" + s.meta.key + "`", hint);
    } else if (!seen.insert(s.meta.key).second) {
      context.error(s.span.begin, "`" + s.meta.key + "` is given twice");
    } else {
      // `title vi "a" vi "b"`: one of the two texts would be lost unseen.
      std::set<std::string> languages;
      for (const auto& [lang, text] : s.meta.localized) {
        if (!languages.insert(lang).second) {
          context.error(s.span.begin, "`" + s.meta.key + "` gives `" + lang + "` twice",
                        "write `" + s.meta.key + " vi \"...\" en \"...\"`");
        }
      }
    }
  }
  info.title = localized(rule, "title", context);
  info.remedy = localized(rule, "remedy", context);
  // `unit` may be left out: a report then gives the counts with no noun.
  if (find_meta(rule, "unit") != nullptr) info.unit = localized(rule, "unit", context);
  info.citation = plain(rule, "citation", context);
  info.lead = plain(rule, "lead", context);
  info.severity = plain(rule, "severity", context);
  const std::vector<std::string> severities(std::begin(kSeverities), std::end(kSeverities));
  if (!info.severity.empty() &&
      std::find(severities.begin(), severities.end(), info.severity) == severities.end()) {
    context.error(find_meta(rule, "severity")->span.begin,
                  "severity must be low, medium, high or critical",
                  did_you_mean(info.severity, severities));
  }
}

bool title_states_percent(const LocalizedText& title) {
  return title.vi.find('%') != std::string::npos;
}

RuleShape::RuleShape(const Rule& rule, RuleInfo& info, CheckContext& context)
    : rule_(rule), info_(info), context_(context), finding_(rule.kind == RuleKind::kFinding) {}

void RuleShape::next(const Statement& s) {
  switch (s.kind) {
    case StatementKind::kMeta:
    case StatementKind::kNeeds: break;
    case StatementKind::kFor:
      ++fors_;
      if (!finding_) {
        context_.error(s.span.begin,
                       "an indicator is one value for the province: it has no `for`");
      } else if (fors_ > 1 || bound_ != (per_before_for_ ? 1 : 0)) {
        context_.error(s.span.begin,
                       "`for` comes once, first, before `per` and the rule's `let`s");
      }
      ++bound_;
      break;
    case StatementKind::kPer:
      ++pers_;
      if (!finding_) {
        context_.error(s.span.begin, "an indicator is read for the whole audit: it has no `per`");
      } else if (pers_ == 1 && fors_ == 0 && bound_ == 0) {
        // `per` first: one error, saying the order; the `for` after it is
        // then where it belongs but for this `per`, and is not reported.
        per_before_for_ = true;
        context_.error(s.span.begin, "`per` comes after `for`: the subjects first, then their "
                                     "windows",
                       "move `per` below `for`: `for a in agencies` then `per month m`");
      } else if (pers_ > 1 || fors_ != 1 || bound_ != 1) {
        context_.error(s.span.begin, "`per` comes once, right after `for`");
      }
      ++bound_;
      break;
    case StatementKind::kLet:
      lets_.insert(s.name);
      ++bound_;
      break;
    case StatementKind::kWhen:
      ++whens_;
      if (!finding_) {
        context_.error(s.span.begin, "an indicator states `value` and `target`, not `when`");
      }
      break;
    case StatementKind::kValue:
      ++values_;
      if (finding_) context_.error(s.span.begin, "a finding states `when`, not `value`");
      break;
    case StatementKind::kTarget:
      ++targets_;
      if (finding_) context_.error(s.span.begin, "a finding states `when`, not `target`");
      break;
    case StatementKind::kEvidence: check_evidence(s); break;
  }
}

void RuleShape::finish() {
  if (finding_ && fors_ == 0) {
    context_.error(rule_.id_span.begin, "finding `" + rule_.id + "` has no `for`",
                   "say what it is about, e.g. `for a in agencies`");
  }
  if (finding_ && whens_ != 1) {
    context_.error(rule_.id_span.begin, "finding `" + rule_.id + "` needs exactly one `when`");
  }
  if (!finding_ && (values_ != 1 || targets_ != 1)) {
    context_.error(rule_.id_span.begin,
                   "indicator `" + rule_.id + "` needs exactly one `value` and one `target`");
  }
}

void RuleShape::check_evidence(const Statement& s) {
  for (std::size_t i = 0; i < s.names.size(); ++i) {
    const auto& [name, span] = s.names[i];
    if (!lets_.count(name)) {
      context_.error(span.begin,
                     "evidence names a `let` of this rule; `" + name + "` is not one",
                     did_you_mean(name, std::vector<std::string>(lets_.begin(), lets_.end())));
    }
    if (!evidence_.insert(name).second) {
      context_.error(span.begin, "`" + name + "` is in the evidence twice");
    }
    if (i < s.labels.size()) check_label(name, span, s.labels[i], false);
    if (i < s.missing_texts.size()) check_label(name, span, s.missing_texts[i], true);
  }
}

// An evidence item's label, or its words for a missing value (`missing`),
// when it has them: each language once, both given, neither empty (a
// report in either language must be able to show them).
void RuleShape::check_label(const std::string& name, SourceSpan span,
                            const EvidenceLabel& label, bool missing) {
  if (label.empty()) return;
  const std::string what = missing ? "the words for a missing `" + name + "`"
                                   : "the label of `" + name + "`";
  const std::string fix = missing ? "write `" + name + " missing vi \"...\" en \"...\"`"
                                  : "write `" + name + " vi \"...\" en \"...\"`";
  LocalizedText text;
  bool complete = true;
  std::set<std::string> seen;
  for (const auto& [lang, value] : label) {
    if (!seen.insert(lang).second) {
      context_.error(span.begin, what + " gives `" + lang + "` twice", fix);
      complete = false;
    }
    (lang == "vi" ? text.vi : text.en) = value;  // the grammar knows only vi and en
  }
  const auto blank = [](const std::string& t) {
    return t.find_first_not_of(" \t") == std::string::npos;
  };
  if (blank(text.vi) || blank(text.en)) {
    context_.error(span.begin, what + " needs a Vietnamese and an English text", fix);
    complete = false;
  }
  if (complete) (missing ? info_.evidence_missing : info_.evidence_labels)[name] = std::move(text);
}

}  // namespace genaudit::rules
