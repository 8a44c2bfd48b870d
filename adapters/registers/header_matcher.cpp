#include "adapters/registers/header_matcher.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "engine/core/unicode_text.h"

namespace genaudit {
namespace {

// Units an agency writes after a header ("Thời lượng, phút"), folded.
constexpr std::array<std::string_view, 10> kTrailingUnits = {
    "phut", "minutes", "minute", "min", "gio", "hours", "%", "nguoi", "persons", "dong"};

bool is_separator(char c) {
  return c == ' ' || c == ',' || c == '-' || c == '/' || c == ':' || c == ';' || c == '.';
}

// `s` without trailing separators, stars and colons.
std::string_view trim_trailing_marks(std::string_view s) {
  while (!s.empty() && (is_separator(s.back()) || s.back() == '*')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string word;
  for (char c : s) {
    if (is_separator(c)) {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Levenshtein distance of two folded keys, in bytes (folded keys are
// nearly all ASCII), stopping early above `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

// How far `core` (a header's core) is from `key` (a field's): 0 when they
// are near misses of each other by one word missing or added, else the
// edit distance; above `kNotNear` when not close at all. A short key
// tolerates fewer typos: one letter in four-to-seven, two from eight.
constexpr std::size_t kNotNear = 3;
std::size_t nearness(const std::string& core, const std::string& key) {
  const std::vector<std::string> a = words(core), b = words(key);
  const std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
  std::vector<std::string> only_a, only_b;
  std::set_difference(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(only_a));
  std::set_difference(sb.begin(), sb.end(), sa.begin(), sa.end(), std::back_inserter(only_b));
  if (std::min(sa.size(), sb.size()) >= 2 && only_a.size() + only_b.size() == 1) return 0;
  const std::size_t allowed = key.size() >= 8 ? 2 : key.size() >= 4 ? 1 : 0;
  const std::size_t d = edit_distance(core, key, allowed);
  return d <= allowed ? d : kNotNear + 1;
}

// The keys a header is compared with to find field `f`: its English name
// and its Vietnamese header, both without notes.
std::array<std::string, 2> field_cores(const FieldSchema& f) {
  return {text::fold_loose(f.name), header_core(f.vi_header)};
}

}  // namespace

bool is_rejection_reason_header(const std::string& header) {
  const std::string key = text::fold_loose(header);
  return key == text::fold_loose(kRejectionReasonHeaderVi) ||
         key == text::fold_loose(kRejectionReasonHeaderEn);
}

std::string header_core(std::string_view header) {
  std::string kept;
  int depth = 0;
  for (char c : header) {
    if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
      --depth;
      kept += ' ';
    } else if (depth == 0) {
      kept += (c == '\n' || c == '\r') ? ' ' : c;
    }
  }
  std::string folded = text::fold_loose(kept);
  std::string_view core = trim_trailing_marks(folded);
  // A unit after the name, in brackets (gone already) or after a space or a
  // mark: "Thời lượng, phút", "Thời lượng - phút", "Thời lượng phút".
  for (std::string_view unit : kTrailingUnits) {
    if (core.size() > unit.size() && core.ends_with(unit) &&
        is_separator(core[core.size() - unit.size() - 1])) {
      const std::string_view before = trim_trailing_marks(core.substr(0, core.size() - unit.size()));
      if (!before.empty()) core = before;
      break;
    }
  }
  return std::string(core);
}

std::size_t HeaderMatch::fields_found() const {
  std::size_t n = near_misses.size();
  for (int column : column_of_field) n += column >= 0 ? 1 : 0;
  return n;
}

std::vector<std::size_t> HeaderMatch::required_missing(const RegisterSchema& schema) const {
  std::vector<std::size_t> missing;
  for (std::size_t f = 0; f < schema.fields.size(); ++f) {
    if (!schema.fields[f].required_column || column_of_field[f] >= 0) continue;
    const bool misspelt = std::any_of(near_misses.begin(), near_misses.end(),
                                      [&](const HeaderField& n) { return n.field == schema.fields[f].name; });
    if (!misspelt) missing.push_back(f);
  }
  return missing;
}

HeaderMatch match_headers(const RegisterSchema& schema, const std::vector<std::string>& headers,
                          const InputError& location, InputErrors* errors,
                          const std::vector<std::pair<std::string, std::string>>& aliases,
                          long header_row) {
  HeaderMatch match;
  match.field_of_column.assign(headers.size(), -1);
  match.column_of_field.assign(schema.fields.size(), -1);
  const std::size_t nfields = schema.fields.size();
  std::vector<std::array<std::string, 2>> cores;
  for (const FieldSchema& f : schema.fields) cores.push_back(field_cores(f));

  auto take = [&](std::size_t column, int field) {
    int& seen = match.column_of_field[static_cast<std::size_t>(field)];
    if (seen >= 0) {
      InputError e = location;
      e.kind = InputErrorKind::kDuplicateColumn;
      e.row = header_row;
      e.column = headers[column];
      e.value = headers[static_cast<std::size_t>(seen)];
      e.expected = schema.fields[static_cast<std::size_t>(field)].name;
      errors->push_back(std::move(e));
      return;
    }
    seen = static_cast<int>(column);
    match.field_of_column[column] = field;
  };

  // First pass: a mapping's aliases, the template's headers as written,
  // then by note. A column declared unrelated by a mapping is set aside.
  std::vector<bool> unrelated(headers.size(), false), pending(headers.size(), false);
  for (std::size_t column = 0; column < headers.size(); ++column) {
    const std::string key = text::fold_loose(headers[column]);
    int field = -1;
    bool declared_unrelated = false;
    for (const auto& [alias, field_name] : aliases) {
      if (field >= 0 || declared_unrelated || key != text::fold_loose(alias)) continue;
      if (field_name.empty()) {
        declared_unrelated = true;
      } else if (const FieldSchema* f = schema.find_field(field_name)) {
        field = static_cast<int>(f - schema.fields.data());
      }
    }
    for (std::size_t f = 0; f < nfields && field < 0 && !declared_unrelated; ++f) {
      if (key == text::fold_loose(schema.fields[f].name) ||
          key == text::fold_loose(schema.fields[f].vi_header)) {
        field = static_cast<int>(f);
      }
    }
    if (field < 0 && !declared_unrelated && !key.empty()) {
      const std::string core = header_core(headers[column]);
      int by_note = -1;
      int candidates = 0;
      for (std::size_t f = 0; f < nfields && !core.empty(); ++f) {
        if (core == cores[f][0] || core == cores[f][1]) {
          by_note = static_cast<int>(f);
          ++candidates;
        }
      }
      if (candidates == 1) {
        field = by_note;
        match.by_note.push_back({headers[column], schema.fields[static_cast<std::size_t>(field)].name});
      }
    }
    if (field >= 0) {
      take(column, field);
    } else if (declared_unrelated) {
      unrelated[column] = true;
    } else if (is_rejection_reason_header(headers[column])) {
      match.has_rejection_reason = true;
    } else if (!key.empty()) {
      pending[column] = true;
    }
  }

  // Second pass: a header of no field that is close to a field with no
  // column is a near miss; anything else is unrelated.
  std::vector<bool> near_taken(nfields, false);
  for (std::size_t column = 0; column < headers.size(); ++column) {
    if (unrelated[column]) match.ignored_columns.push_back(headers[column]);
    if (!pending[column]) continue;
    const std::string core = header_core(headers[column]);
    std::size_t best = kNotNear + 1;
    int best_field = -1;
    for (std::size_t f = 0; f < nfields && !core.empty(); ++f) {
      if (match.column_of_field[f] >= 0 || near_taken[f]) continue;
      for (const std::string& key : cores[f]) {
        const std::size_t d = nearness(core, key);
        if (d < best) {
          best = d;
          best_field = static_cast<int>(f);
        }
      }
    }
    if (best_field < 0) {
      match.ignored_columns.push_back(headers[column]);
      continue;
    }
    const FieldSchema& field = schema.fields[static_cast<std::size_t>(best_field)];
    near_taken[static_cast<std::size_t>(best_field)] = true;
    match.near_misses.push_back({headers[column], field.name});
    InputError e = location;
    e.kind = InputErrorKind::kNearMissHeader;
    e.row = header_row;
    e.column = headers[column];
    e.value = headers[column];
    e.expected = field.vi_header + " (" + field.name + ")";
    errors->push_back(std::move(e));
  }

  for (std::size_t f : match.required_missing(schema)) {
    const FieldSchema& field = schema.fields[f];
    InputError e = location;
    e.kind = InputErrorKind::kMissingColumn;
    e.row = header_row;
    e.column = field.vi_header;
    e.expected = field.vi_header + " (" + field.name + ")";
    errors->push_back(std::move(e));
  }
  return match;
}

HeaderSearch find_header(const RegisterSchema& schema,
                         const std::vector<std::vector<std::string>>& rows,
                         const std::vector<std::pair<std::string, std::string>>& aliases) {
  HeaderSearch search;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    InputErrors scratch;
    const HeaderMatch match = match_headers(schema, rows[i], {}, &scratch, aliases);
    const std::size_t found = match.fields_found();
    if (found == 0) continue;
    if (match.required_missing(schema).empty()) {
      search.header = static_cast<int>(i);
      search.closest = -1;
      search.fields_found = found;
      return search;
    }
    if (found > search.fields_found) {
      search.closest = static_cast<int>(i);
      search.fields_found = found;
    }
  }
  return search;
}

bool is_column_numbering_row(const std::vector<std::string>& cells) {
  long expected = 1;
  for (const std::string& cell : cells) {
    std::string_view c = text::trim(cell);
    if (c.empty()) continue;
    if (c.size() >= 2 && ((c.front() == '(' && c.back() == ')') || (c.front() == '[' && c.back() == ']'))) {
      c = text::trim(c.substr(1, c.size() - 2));
    }
    if (c.empty() || c.size() > 4 ||
        !std::all_of(c.begin(), c.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) {
      return false;
    }
    if (std::stol(std::string(c)) != expected) return false;
    ++expected;
  }
  return expected > 2;
}

}  // namespace genaudit
