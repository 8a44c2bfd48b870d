#include "adapters/registers/register_mapping.h"

#include <toml++/toml.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "adapters/registers/province_registers.h"
#include "engine/core/unicode_text.h"
#include "engine/core/small_file.h"

namespace genaudit {
namespace {

// The closest candidate within a small edit distance, for hints.
std::string closest(const std::string& name, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(1, name.size() / 3) + 1;
  for (const std::string& c : candidates) {
    std::vector<std::size_t> row(c.size() + 1);
    for (std::size_t j = 0; j <= c.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= name.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= c.size(); ++j) {
        const std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (name[i - 1] != c[j - 1])});
        diagonal = above;
      }
    }
    if (row[c.size()] < best_distance) {
      best_distance = row[c.size()];
      best = c;
    }
  }
  return best.empty() ? "" : "did you mean `" + best + "`?";
}

namespace fs = std::filesystem;

constexpr const char* kInsideHint =
    "`file` names a file in the mapping's folder (for --mapping, the data folder) or in a "
    "subfolder of it: no `..`, no absolute path, no link leading out";

std::string outside_message(const std::string& file) {
  return "`" + file + "` is outside the mapping's folder";
}

// Whether the text of `file` alone leads out of the folder it is relative
// to: rooted (absolute, or a drive or root name), or with a `..`.
bool leads_out(const std::string& file) {
  const fs::path path(file);
  if (path.has_root_path()) return true;
  return std::any_of(path.begin(), path.end(), [](const fs::path& part) { return part == ".."; });
}

// Whether `path` is `folder` or lies below it; both resolved already.
bool is_within(const fs::path& path, const fs::path& folder) {
  const fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

class MappingReader {
 public:
  explicit MappingReader(std::string name) : name_(std::move(name)) {}

  MappingLoad run(const std::string& text) {
    MappingLoad load;
    toml::table root;
    try {
      root = toml::parse(text, name_);
    } catch (const toml::parse_error& e) {
      problem(e.source().begin, std::string(e.description()));
      load.problems = std::move(problems_);
      return load;
    }
    for (const auto& [key, node] : root) {
      if (key.str() != "register") {
        problem(key.source().begin, "unknown key `" + std::string(key.str()) + "`",
                "a mapping file holds [[register]] tables");
      }
    }
    const toml::array* registers = root["register"].as_array();
    if (!registers) {
      problem({1, 1}, "no [[register]] table", "start with [[register]] and name = \"staff\"");
    }
    std::set<std::string> files;
    for (std::size_t i = 0; registers && i < registers->size(); ++i) {
      const toml::table* table = registers->get(i)->as_table();
      if (!table) {
        problem(registers->get(i)->source().begin, "[[register]] must be a table");
        continue;
      }
      RegisterMapping mapping = read_register(*table);
      if (!mapping.file.empty() && !files.insert(mapping.file).second) {
        problem(table->source().begin, "`" + mapping.file + "` is mapped twice");
      }
      load.mappings.push_back(std::move(mapping));
    }
    std::stable_sort(problems_.begin(), problems_.end(),
                     [](const MappingProblem& a, const MappingProblem& b) {
                       return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    load.problems = std::move(problems_);
    if (!load.problems.empty()) load.mappings.clear();
    return load;
  }

 private:
  void problem(const toml::source_position& at, std::string message, std::string hint = "") {
    problems_.push_back({name_, static_cast<int>(at.line), static_cast<int>(at.column),
                         std::move(message), std::move(hint)});
  }

  std::string required_string(const toml::table& table, const char* key) {
    if (auto v = table[key].value<std::string>(); v && !v->empty()) return *v;
    problem(table[key] ? table[key].node()->source().begin : table.source().begin,
            std::string("[[register]] needs `") + key + "` (text)");
    return "";
  }

  RegisterMapping read_register(const toml::table& table) {
    RegisterMapping m;
    m.mapping_file = name_;
    static const std::vector<std::string> kKeys = {"name",        "file",    "sheet",
                                                   "header_row",  "columns", "values",
                                                   "date_format"};
    for (const auto& [key, node] : table) {
      const std::string k(key.str());
      if (std::find(kKeys.begin(), kKeys.end(), k) == kKeys.end()) {
        problem(key.source().begin, "unknown key `" + k + "` in [[register]]", closest(k, kKeys));
      }
    }
    m.register_name = required_string(table, "name");
    m.file = required_string(table, "file");
    if (const toml::node* file = table.get("file")) {
      m.file_line = static_cast<int>(file->source().begin.line);
      m.file_column = static_cast<int>(file->source().begin.column);
    }
    if (!m.file.empty() && leads_out(m.file)) {
      problem(table["file"].node()->source().begin, outside_message(m.file), kInsideHint);
    }
    const RegisterSchema* schema = find_register(m.register_name);
    if (!m.register_name.empty() && !schema) {
      std::vector<std::string> names;
      for (const RegisterSchema& r : all_registers()) names.push_back(r.name);
      problem(table["name"].node()->source().begin, "there is no register `" + m.register_name + "`",
              closest(m.register_name, names));
    }
    if (const toml::node* sheet = table.get("sheet")) {
      if (auto v = sheet->value<std::string>()) m.sheet = *v;
      else problem(sheet->source().begin, "`sheet` is the worksheet's name (text)");
    }
    if (const toml::node* row = table.get("header_row")) {
      const auto v = row->value<std::int64_t>();
      if (v && *v >= 1 && row->is_integer()) m.layout.header_row = static_cast<long>(*v);
      else problem(row->source().begin, "`header_row` is a row number, from 1");
    }
    if (const toml::node* format = table.get("date_format")) {
      std::string error = "`date_format` is text such as \"dd.mm.yyyy\"";
      if (auto v = format->value<std::string>()) m.layout.date_format = DateFormat::parse(*v, &error);
      if (!m.layout.date_format) problem(format->source().begin, error);
    }
    if (schema) {
      read_columns(table, *schema, m);
      read_values(table, *schema, m);
    }
    return m;
  }

  static std::vector<std::string> field_names(const RegisterSchema& schema) {
    std::vector<std::string> names;
    for (const FieldSchema& f : schema.fields) names.push_back(f.name);
    return names;
  }

  void read_columns(const toml::table& table, const RegisterSchema& schema, RegisterMapping& m) {
    const toml::node* node = table.get("columns");
    if (!node) return;
    const toml::table* columns = node->as_table();
    if (!columns) {
      problem(node->source().begin, "`columns` maps headers to fields: [register.columns]");
      return;
    }
    for (const auto& [header, field] : *columns) {
      const auto name = field.value<std::string>();
      if (!name || !schema.find_field(*name)) {
        problem(field.source().begin,
                "register `" + schema.name + "` has no field `" + name.value_or("?") + "`",
                closest(name.value_or(""), field_names(schema)));
        continue;
      }
      m.layout.columns.emplace_back(std::string(header.str()), *name);
    }
  }

  void read_values(const toml::table& table, const RegisterSchema& schema, RegisterMapping& m) {
    const toml::node* node = table.get("values");
    if (!node) return;
    const toml::table* values = node->as_table();
    if (!values) {
      problem(node->source().begin, "`values` is a table per field: [register.values.gender]");
      return;
    }
    for (const auto& [field_key, forms_node] : *values) {
      const std::string field_name(field_key.str());
      const FieldSchema* field = schema.find_field(field_name);
      if (!field || (field->type != FieldType::kCode && field->type != FieldType::kBool)) {
        problem(field_key.source().begin,
                "`" + field_name + "` is not a coded field of `" + schema.name + "`",
                field ? "" : closest(field_name, field_names(schema)));
        continue;
      }
      const toml::table* forms = forms_node.as_table();
      if (!forms) {
        problem(forms_node.source().begin, "values of `" + field_name + "` map forms to codes");
        continue;
      }
      std::vector<std::string> codes;
      for (const CodeForms& c : field->codes) codes.push_back(c.code);
      for (const auto& [form, code] : *forms) {
        const auto value = code.value<std::string>();
        if (!value || std::find(codes.begin(), codes.end(), *value) == codes.end()) {
          std::string list;
          for (const std::string& c : codes) list += (list.empty() ? "" : ", ") + c;
          problem(code.source().begin,
                  "`" + value.value_or("?") + "` is not a code of `" + field_name + "` (" + list + ")",
                  closest(value.value_or(""), codes));
          continue;
        }
        m.layout.values[field_name].emplace_back(std::string(form.str()), *value);
      }
    }
  }

  std::string name_;
  std::vector<MappingProblem> problems_;
};

}  // namespace

MappingLoad parse_mapping(const std::string& name, const std::string& text) {
  return MappingReader(name).run(text);
}

MappingLoad load_mapping_file(const std::filesystem::path& path) {
  const auto refused = [&](std::string message, std::string hint = "") {
    MappingLoad load;
    load.problems.push_back({path.string(), 0, 0, std::move(message), std::move(hint)});
    return load;
  };
  // Opened without blocking, judged by what was opened, read up to a bound.
  SmallFile file = read_small_file(path, kMaxMappingFileBytes);
  switch (file.problem) {
    case SmallFileProblem::kNone: break;
    case SmallFileProblem::kCannotOpen: return refused("the mapping file cannot be read");
    case SmallFileProblem::kNotRegular:
      return refused("the mapping file is not a regular file (a folder, a device or a pipe)",
                     "give a .mapping.toml file");
    case SmallFileProblem::kTooLarge:
      return refused("the mapping file is over " + std::to_string(kMaxMappingFileBytes) +
                         " bytes (max_mapping_file_bytes); a mapping is a few dozen lines",
                     "is it the right file?");
  }
  const std::string& text = file.text;
  return parse_mapping(path.string(), text);
}

std::optional<MappingProblem> check_mapped_file(const RegisterMapping& mapping,
                                                const std::filesystem::path& folder) {
  const auto problem = [&](std::string message, std::string hint) {
    return MappingProblem{mapping.mapping_file, mapping.file_line, mapping.file_column,
                          std::move(message), std::move(hint)};
  };
  if (leads_out(mapping.file)) return problem(outside_message(mapping.file), kInsideHint);
  // Links resolved, as the reader would open it.
  std::error_code ec;
  const fs::path real_folder = fs::weakly_canonical(folder, ec);
  if (ec) return std::nullopt;  // no such folder: nothing is found in it either
  const fs::path real = fs::weakly_canonical(folder / mapping.file, ec);
  if (ec || !is_within(real, real_folder)) {
    return problem(outside_message(mapping.file), kInsideHint);
  }
  const fs::file_status status = fs::status(real, ec);
  if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
    return problem("`" + mapping.file + "` is not a regular file (a folder, a device or a pipe)",
                   "name the spreadsheet file of the register");
  }
  return std::nullopt;
}

std::string format_mapping_problems(const std::vector<MappingProblem>& problems) {
  std::string out;
  for (const MappingProblem& p : problems) {
    out += p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
           ": error: " + p.message + "\n";
    if (!p.hint.empty()) out += "  = " + p.hint + "\n";
  }
  return out;
}

}  // namespace genaudit
