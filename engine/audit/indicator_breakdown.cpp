// An indicator's share by district or level; see indicator_breakdown.h.
#include "engine/audit/indicator_breakdown.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_map>

#include "engine/eval/evaluator.h"

namespace genaudit {
namespace {

constexpr const char* kAgencies = "agencies";
constexpr std::size_t kNoGroup = SIZE_MAX;

// The field of `schema` that refers to the agencies register, or -1.
int agency_reference(const RegisterSchema& schema) {
  for (std::size_t i = 0; i < schema.fields.size(); ++i) {
    if (schema.fields[i].references == kAgencies) return static_cast<int>(i);
  }
  return -1;
}

void push_cell(Column& column, const Value& v) {
  if (v.is<TextPtr>()) {
    column.push_text(v.as<TextPtr>());
  } else if (v.is<double>()) {
    column.push_number(v.as<double>());
  } else if (v.is<Date>()) {
    column.push_date(v.as<Date>());
  } else if (v.is<bool>()) {
    column.push_bool(v.as<bool>());
  } else {
    column.push_missing();
  }
}

// The rows `rows` of `table`, in their order, as a table of their own. Its
// texts are `table`'s: `table` must outlive it.
Table copy_rows(const Table& table, const std::vector<std::uint32_t>& rows) {
  Table out(table.schema());
  out.reserve(rows.size());
  for (std::size_t f = 0; f < table.field_count(); ++f) {
    out.set_loaded(f, table.loaded(f));
    if (!table.loaded(f)) continue;
    for (const std::uint32_t row : rows) push_cell(out.column(f), table.cell(row, f));
  }
  for (const std::uint32_t row : rows) {
    const RowSource& source = table.source(row);
    out.add_source({out.add_file(table.file(source.file)), source.row});
  }
  return out;
}

// The agencies' groups: each agency row's group, and each group's key.
struct Groups {
  std::vector<std::string> keys;           // by group; "" for the unrecorded
  std::vector<std::size_t> agencies;       // rows per group
  std::vector<std::size_t> group_of_row;   // by agencies row
  std::unordered_map<ValueKey, std::size_t, ValueKeyHash> group_of_agency;  // by agency code
  bool recorded = false;                   // some agency has the field recorded
};

Groups agency_groups(const Table& agencies, BreakdownField field) {
  Groups g;
  const int by = agencies.field_index(breakdown_field_name(field));
  const int code = agencies.field_index(agencies.schema().key_field);
  std::unordered_map<ValueKey, std::size_t, ValueKeyHash> group_of_key;
  std::optional<std::size_t> unrecorded;
  for (std::size_t row = 0; row < agencies.row_count(); ++row) {
    const Value v = by >= 0 ? agencies.cell(row, static_cast<std::size_t>(by)) : Value{Missing{}};
    std::size_t group = 0;
    if (v.is_missing() || display(v).empty()) {
      if (!unrecorded) {
        unrecorded = g.keys.size();
        g.keys.emplace_back();
        g.agencies.push_back(0);
      }
      group = *unrecorded;
    } else {
      g.recorded = true;
      const auto [it, added] = group_of_key.emplace(key_of(v), g.keys.size());
      if (added) {
        g.keys.push_back(display(v));
        g.agencies.push_back(0);
      }
      group = it->second;
    }
    ++g.agencies[group];
    g.group_of_row.push_back(group);
    if (code >= 0) {
      const Value c = agencies.cell(row, static_cast<std::size_t>(code));
      if (!c.is_missing()) g.group_of_agency.emplace(key_of(c), group);
    }
  }
  return g;
}

// Each group's rows of `table`: the agencies by their own field, another
// register by the agency its reference names (a row naming no known agency
// is in no group). nullopt when the register has no reference to agencies.
std::optional<std::vector<std::vector<std::uint32_t>>> rows_by_group(const Table& table,
                                                                     const Groups& groups) {
  std::vector<std::vector<std::uint32_t>> rows(groups.keys.size());
  const bool is_agencies = table.schema().name == kAgencies;
  const int reference = is_agencies ? -1 : agency_reference(table.schema());
  if (!is_agencies && (reference < 0 || !table.loaded(static_cast<std::size_t>(reference)))) {
    return std::nullopt;
  }
  for (std::uint32_t row = 0; row < table.row_count(); ++row) {
    std::size_t group = kNoGroup;
    if (is_agencies) {
      group = groups.group_of_row[row];
    } else {
      const Value c = table.cell(row, static_cast<std::size_t>(reference));
      if (const auto it = groups.group_of_agency.find(key_of(c)); it != groups.group_of_agency.end()) {
        group = it->second;
      }
    }
    if (group != kNoGroup) rows[group].push_back(row);
  }
  return rows;
}

// Whether group `a` comes before group `b`: a coded field's groups in the
// order of its codes (province, district, commune), others by their text.
bool group_order(const Table& agencies, BreakdownField field, const std::string& a,
                 const std::string& b) {
  const FieldSchema* schema = agencies.schema().find_field(breakdown_field_name(field));
  if (schema != nullptr && !schema->codes.empty()) {
    const std::size_t ra = schema->code_rank(a), rb = schema->code_rank(b);
    if (ra != rb) return ra < rb;
  }
  return a < b;
}

}  // namespace

const char* breakdown_field_name(BreakdownField field) {
  return field == BreakdownField::kDistrict ? "district" : "level";
}

void add_breakdown_fields(const RegisterCatalogue& catalogue,
                          std::map<std::string, std::set<std::string>>* fields) {
  for (const RegisterSchema& schema : catalogue.registers()) {
    const char* district = breakdown_field_name(BreakdownField::kDistrict);
    const char* level = breakdown_field_name(BreakdownField::kLevel);
    if (schema.find_field(district) != nullptr) (*fields)[schema.name].insert(district);
    if (schema.name == kAgencies && schema.find_field(level) != nullptr) {
      (*fields)[schema.name].insert(level);
    }
  }
}

std::vector<IndicatorBreakdown> break_down_indicators(const rules::RulePack& pack,
                                                      const Dataset& dataset, AuditDates dates,
                                                      const std::vector<IndicatorResult>& indicators,
                                                      BreakdownField field) {
  std::vector<IndicatorBreakdown> out;
  const Table* agencies = dataset.find(kAgencies);
  const std::optional<Groups> groups =
      agencies ? std::optional<Groups>(agency_groups(*agencies, field)) : std::nullopt;
  // Each register's rows by group, once for every indicator; then each
  // group's registers as a dataset of their own.
  std::map<std::string, std::optional<std::vector<std::vector<std::uint32_t>>>> split;
  std::vector<Dataset> group_data(groups ? groups->keys.size() : 0);
  for (const IndicatorResult& indicator : indicators) {
    if (!indicator.ratio || indicator.rule == nullptr) continue;
    IndicatorBreakdown breakdown;
    breakdown.rule = indicator.rule;
    breakdown.field = field;
    for (const std::string& name : indicator.rule->registers) {
      const Table* table = dataset.find(name);
      if (!groups || table == nullptr) {
        breakdown.not_splittable.push_back(name);
        continue;
      }
      auto [it, added] = split.try_emplace(name);
      if (added) {
        it->second = rows_by_group(*table, *groups);
        if (it->second) {
          for (std::size_t g = 0; g < group_data.size(); ++g) {
            group_data[g].add(copy_rows(*table, (*it->second)[g]));
          }
        }
      }
      if (!it->second) breakdown.not_splittable.push_back(name);
    }
    breakdown.field_not_recorded = groups && !groups->recorded;
    if (breakdown.not_splittable.empty() && !breakdown.field_not_recorded) {
      for (std::size_t g = 0; g < group_data.size(); ++g) {
        Evaluator evaluator(pack, group_data[g], dates);
        breakdown.groups.push_back(
            {groups->keys[g], groups->agencies[g], evaluator.evaluate_indicator(*indicator.rule)});
      }
      std::stable_sort(breakdown.groups.begin(), breakdown.groups.end(),
                       [&](const BreakdownGroup& a, const BreakdownGroup& b) {
                         if (a.key.empty() != b.key.empty()) return b.key.empty();
                         return group_order(*agencies, field, a.key, b.key);
                       });
    }
    out.push_back(std::move(breakdown));
  }
  return out;
}

}  // namespace genaudit
