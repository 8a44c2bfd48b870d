// Reads an inspection file; see inspection.h.
#include "engine/audit/inspection.h"

#include <toml++/toml.h>

#include <algorithm>
#include <sstream>

#include "engine/audit/inspection_texts.h"
#include "engine/core/audit_period.h"
#include "engine/core/unicode_text.h"
#include "rules/language/suggest.h"

namespace genaudit {
namespace {

using Keys = std::vector<std::string>;

// "HH:MM" with 0 <= HH <= 23, 0 <= MM <= 59, or nullopt.
std::optional<std::string> clock_time(std::string_view s) {
  s = text::trim(s);
  if (s.size() == 4) return clock_time("0" + std::string(s));
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  for (const std::size_t i : {0u, 1u, 3u, 4u}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  }
  const int h = (s[0] - '0') * 10 + (s[1] - '0');
  const int m = (s[3] - '0') * 10 + (s[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return std::string(s);
}

class InspectionReader {
 public:
  InspectionReader(std::string name, const std::string& text, Language lang)
      : name_(std::move(name)), text_(text), lang_(lang) {}

  InspectionFile run() {
    toml::table root;
    try {
      root = toml::parse(text_, name_);
    } catch (const toml::parse_error& e) {
      problem(e.source().begin, say(InspectionText::kNotToml, {std::string(e.description())}));
      return finish();
    }
    Inspection& in = file_.inspection;
    only(root, {"issuing_body", "decision", "record", "summary", "remedy", "team", "agency"},
         say(InspectionText::kTopLevel));
    if (const toml::table* t = table(root, "issuing_body")) {
      only(*t, {"superior", "name"}, "[issuing_body]");
      in.superior_body = text_of(*t, "superior");
      in.issuing_body = text_of(*t, "name");
    }
    if (const toml::table* t = table(root, "decision")) {
      only(*t, {"number", "date", "signer"}, "[decision]");
      in.decision_number = text_of(*t, "number");
      in.decision_date = date_of(*t, "date");
      in.decision_signer = text_of(*t, "signer");
    }
    if (const toml::table* t = table(root, "record")) {
      only(*t, {"number", "symbol", "place_name", "copies", "recipients"}, "[record]");
      in.record_number = text_of(*t, "number");
      in.record_symbol = text_of(*t, "symbol");
      in.place_name = text_of(*t, "place_name");
      in.copies = count_of(*t, "copies");
      in.recipients = texts_of(*t, "recipients");
    }
    if (const toml::table* t = table(root, "summary")) {
      only(*t, {"number", "symbol", "date", "to", "recipients"}, "[summary]");
      in.summary.number = text_of(*t, "number");
      in.summary.symbol = text_of(*t, "symbol");
      in.summary.date = date_of(*t, "date");
      in.summary.addressees = texts_of(*t, "to");
      in.summary.recipients = texts_of(*t, "recipients");
    }
    if (const toml::table* t = table(root, "remedy")) {
      only(*t, {"deadline"}, "[remedy]");
      in.remedy_deadline = date_of(*t, "deadline");
    }
    for (const toml::table* t : tables(root, "team")) {
      only(*t, {"name", "role", "lead"}, "[[team]]");
      in.team.push_back({text_of(*t, "name"), text_of(*t, "role"), flag_of(*t, "lead")});
    }
    std::map<std::string, int> first_line;  // normalised code -> line
    for (const toml::table* t : tables(root, "agency")) {
      only(*t, {"code", "place", "date", "start", "end", "representative"}, "[[agency]]");
      const std::string code = std::string(text::trim(text_of(*t, "code")));
      InspectionVisit visit;
      visit.place = text_of(*t, "place");
      visit.date = date_of(*t, "date");
      visit.start_time = time_of(*t, "start");
      visit.end_time = time_of(*t, "end");
      for (const toml::table* r : tables(*t, "representative")) {
        only(*r, {"name", "role", "signs"}, "[[agency.representative]]");
        visit.representatives.push_back(
            {text_of(*r, "name"), text_of(*r, "role"), flag_of(*r, "signs")});
      }
      const int line = static_cast<int>(t->source().begin.line);
      if (code.empty()) {
        if (!t->get("code")) problem(t->source().begin, say(InspectionText::kNoAgencyCode));
        continue;
      }
      const auto [at, fresh] = first_line.emplace(text::normalize_free_text(code), line);
      if (!fresh) {
        problem(t->get("code")->source().begin,
                say(InspectionText::kAgencyTwice, {code, std::to_string(at->second)}));
        continue;
      }
      in.visits.emplace(code, std::move(visit));
    }
    return finish();
  }

 private:
  std::string say(InspectionText id, const std::vector<std::string>& args = {}) const {
    return inspection_text(id, lang_, args);
  }

  void problem(const toml::source_position& at, std::string message) {
    file_.problems.push_back(
        {static_cast<int>(at.line), static_cast<int>(at.column), std::move(message)});
  }

  void wrong_kind(const toml::node& node, const std::string& key, InspectionText kind) {
    problem(node.source().begin, say(InspectionText::kWrongKind, {key, say(kind, {key})}));
  }

  InspectionFile finish() {
    std::stable_sort(file_.problems.begin(), file_.problems.end(),
                     [](const InspectionProblem& a, const InspectionProblem& b) {
                       return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    if (!file_.problems.empty()) file_.inspection = Inspection{};
    return std::move(file_);
  }

  // Reports every key of `t` not in `keys`.
  void only(const toml::table& t, const Keys& keys, const std::string& where) {
    for (const auto& [key, node] : t) {
      const std::string k(key.str());
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) {
        problem(key.source().begin, say(InspectionText::kUnknownKey, {k, where, rules::backquoted_list(keys)}));
      }
    }
  }

  const toml::table* table(const toml::table& t, const std::string& key) {
    const toml::node* node = t.get(key);
    if (!node) return nullptr;
    if (const toml::table* table = node->as_table()) return table;
    wrong_kind(*node, key, InspectionText::kKindTable);
    return nullptr;
  }

  std::vector<const toml::table*> tables(const toml::table& t, const std::string& key) {
    std::vector<const toml::table*> out;
    const toml::node* node = t.get(key);
    if (!node) return out;
    const toml::array* list = node->as_array();
    if (!list) {
      wrong_kind(*node, key, InspectionText::kKindTableList);
      return out;
    }
    for (const toml::node& item : *list) {
      if (const toml::table* table = item.as_table()) {
        out.push_back(table);
      } else {
        wrong_kind(item, key, InspectionText::kKindTableList);
      }
    }
    return out;
  }

  std::string text_of(const toml::table& t, const std::string& key) {
    const toml::node* node = t.get(key);
    if (!node) return "";
    if (const auto* s = node->as_string()) return std::string(text::trim(s->get()));
    wrong_kind(*node, key, InspectionText::kKindText);
    return "";
  }

  std::vector<std::string> texts_of(const toml::table& t, const std::string& key) {
    std::vector<std::string> out;
    const toml::node* node = t.get(key);
    if (!node) return out;
    const toml::array* list = node->as_array();
    if (!list) {
      wrong_kind(*node, key, InspectionText::kKindTextList);
      return out;
    }
    for (const toml::node& item : *list) {
      if (const auto* s = item.as_string()) {
        out.emplace_back(text::trim(s->get()));
      } else {
        wrong_kind(item, key, InspectionText::kKindTextList);
      }
    }
    return out;
  }

  bool flag_of(const toml::table& t, const std::string& key) {
    const toml::node* node = t.get(key);
    if (!node) return false;
    if (const auto* b = node->as_boolean()) return b->get();
    wrong_kind(*node, key, InspectionText::kKindBool);
    return false;
  }

  std::optional<int> count_of(const toml::table& t, const std::string& key) {
    const toml::node* node = t.get(key);
    if (!node) return std::nullopt;
    if (const auto* i = node->as_integer(); i && i->get() >= 1 && i->get() <= 100) {
      return static_cast<int>(i->get());
    }
    wrong_kind(*node, key, InspectionText::kKindCount);
    return std::nullopt;
  }

  // A TOML date, or a quoted "YYYY-MM-DD".
  std::optional<Date> date_of(const toml::table& t, const std::string& key) {
    const toml::node* node = t.get(key);
    if (!node) return std::nullopt;
    if (const auto* d = node->as_date()) {
      const toml::date& date = d->get();
      if (auto day = Date::from_ymd(date.year, date.month, date.day)) return day;
      problem(node->source().begin, say(InspectionText::kNotADate, {node_text(*node), key}));
      return std::nullopt;
    }
    if (const auto* s = node->as_string()) {
      if (auto day = parse_iso_date(text::trim(s->get()))) return day;
      problem(node->source().begin, say(InspectionText::kNotADate, {s->get(), key}));
      return std::nullopt;
    }
    wrong_kind(*node, key, InspectionText::kKindDate);
    return std::nullopt;
  }

  // A TOML local time, or a quoted "HH:MM".
  std::string time_of(const toml::table& t, const std::string& key) {
    const toml::node* node = t.get(key);
    if (!node) return "";
    if (const auto* tm = node->as_time()) {
      const toml::time& v = tm->get();
      const std::string hh = (v.hour < 10 ? "0" : "") + std::to_string(v.hour);
      const std::string mm = (v.minute < 10 ? "0" : "") + std::to_string(v.minute);
      return hh + ":" + mm;
    }
    if (const auto* s = node->as_string()) {
      if (auto time = clock_time(s->get())) return *time;
      problem(node->source().begin, say(InspectionText::kNotATime, {s->get(), key}));
      return "";
    }
    wrong_kind(*node, key, InspectionText::kKindTime);
    return "";
  }

  static std::string node_text(const toml::node& node) {
    std::ostringstream out;
    node.visit([&](const auto& v) { out << v; });
    return out.str();
  }

  std::string name_;
  const std::string& text_;
  Language lang_;
  InspectionFile file_;
};

}  // namespace

InspectionFile read_inspection(const std::string& name, const std::string& text, Language lang) {
  return InspectionReader(name, text, lang).run();
}

std::string inspection_problems_text(const std::string& name, const InspectionFile& file) {
  std::string out;
  for (const InspectionProblem& p : file.problems) {
    out += name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " +
           p.message + "\n";
  }
  return out;
}

const InspectionVisit* visit_of(const Inspection& inspection, const std::string& subject) {
  const std::string key = text::normalize_free_text(subject);
  for (const auto& [code, visit] : inspection.visits) {
    if (text::normalize_free_text(code) == key) return &visit;
  }
  return nullptr;
}

}  // namespace genaudit
