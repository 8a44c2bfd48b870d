// Every `#include` of the product's sources against the table of layers
// (docs/ARCHITECTURE.md): a file may include its own layer and the layers
// listed beside it, nothing else; third-party headers only in the layers
// that own them. The build enforces the same order by linking
// (cmake/GenauditLayers.cmake); this test names the file and line of a
// new cross-layer include, including one the link graph happens to allow
// through a lower layer.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

struct Layer {
  std::string_view name;
  std::string_view folder;  // from the repository root
  std::set<std::string_view> may_include;  // other layers, by name
};

// Bottom up. A layer's list is complete: what a lower layer may include is
// not implied.
const std::vector<Layer>& layers() {
  static const std::vector<Layer> table = {
      {"core", "engine/core", {}},
      {"adapters", "adapters", {"core"}},
      // The checker is handed a register catalogue: the language knows no
      // province.
      {"rules", "rules/language", {"core"}},
      {"data", "engine/data", {"core"}},
      {"store", "engine/store", {"data", "adapters", "core"}},
      {"ingest", "engine/ingest", {"store", "data", "adapters", "core"}},
      {"eval", "engine/eval", {"rules", "data", "core"}},
      {"audit", "engine/audit", {"eval", "ingest", "store", "data", "rules", "adapters", "core"}},
      {"output", "engine/output", {"rules", "core"}},
      {"reports", "reports",
       {"audit", "eval", "ingest", "store", "data", "rules", "adapters", "output", "core"}},
      {"app", "app",
       {"reports", "audit", "eval", "ingest", "store", "data", "rules", "adapters", "output",
        "core"}},
      {"server", "server",
       {"app", "reports", "audit", "eval", "ingest", "store", "data", "rules", "adapters",
        "output", "core"}},
      {"cli", "cli",
       {"server", "app", "reports", "audit", "eval", "ingest", "store", "data", "rules", "adapters", "output",
        "core"}},
  };
  return table;
}

// Third-party headers (by the first part of their path) and the layers
// that may include them: X3 stays behind the rule parser, SQLite behind
// the store, libsodium behind the store's password hashes, each file
// format's library behind its adapter.
struct External {
  std::string_view prefix;
  std::set<std::string_view> layers;
};

const std::vector<External>& externals() {
  static const std::vector<External> table = {
      {"boost/spirit", {"rules"}},
      {"boost/fusion", {"rules"}},
      {"SQLiteCpp/", {"store", "ingest"}},
      {"sqlite3.h", {"store", "ingest"}},
      {"sodium.h", {"store"}},  // password hashes (engine/store/password_hash.cpp)
      // reading XLSX; the workspace's records.zip; writing Word documents
      // (reports/docx/docx_writer.cpp: a .docx is a ZIP archive)
      {"zip.h", {"adapters", "server", "reports"}},
      {"expat.h", {"adapters"}},
      {"freexl.h", {"adapters"}},
      {"xlsxwriter.h", {"reports"}},
      {"CLI/", {"cli"}},
      {"httplib.h", {"server"}},
      {"kainjow/", {"server"}},
  };
  return table;
}

const Layer* layer_of(std::string_view path) {
  const Layer* best = nullptr;
  for (const Layer& layer : layers()) {
    const std::string folder = std::string(layer.folder) + "/";
    if (path.substr(0, folder.size()) == folder &&
        (!best || layer.folder.size() > best->folder.size())) {
      best = &layer;
    }
  }
  return best;
}

struct Include {
  std::string file;  // from the repository root
  int line = 0;
  std::string target;
  bool quoted = false;  // "..." (ours) or <...>
};

std::vector<std::string> source_files() {
  const fs::path root = GENAUDIT_SOURCE_DIR;
  std::vector<std::string> files;
  for (const char* top : {"engine", "adapters", "rules", "reports", "cli"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".h" || ext == ".cpp")) {
        files.push_back(fs::relative(entry.path(), root).generic_string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<Include> includes_of(const std::string& file) {
  static const std::regex include(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
  std::ifstream in(fs::path(GENAUDIT_SOURCE_DIR) / file);
  std::vector<Include> out;
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    std::smatch m;
    if (std::regex_search(text, m, include)) out.push_back({file, line, m[2], m[1] == "\""});
  }
  return out;
}

std::string where(const Include& inc) {
  return inc.file + ":" + std::to_string(inc.line) + ": #include " + inc.target;
}

// The product's sources, found: the walk is not silently empty.
TEST(IncludeLayers, TheSourcesAreFound) {
  const std::vector<std::string> files = source_files();
  EXPECT_GT(files.size(), 200u);
  EXPECT_NE(std::find(files.begin(), files.end(), "engine/core/date.h"), files.end());
}

TEST(IncludeLayers, EverySourceFileBelongsToALayer) {
  for (const std::string& file : source_files()) {
    EXPECT_NE(layer_of(file), nullptr) << file << " is in no layer of the table";
  }
}

TEST(IncludeLayers, EveryIncludeOfOursIsOfAnAllowedLayer) {
  for (const std::string& file : source_files()) {
    const Layer* from = layer_of(file);
    if (!from) continue;
    for (const Include& inc : includes_of(file)) {
      if (!inc.quoted) continue;
      const Layer* to = layer_of(inc.target);
      if (!to) {
        // Generated or same-folder headers are written from the root too.
        ADD_FAILURE() << where(inc) << ": not a header of any layer";
        continue;
      }
      if (to == from) continue;
      EXPECT_TRUE(from->may_include.count(to->name))
          << where(inc) << ": layer " << from->name << " may not include layer " << to->name;
    }
  }
}

TEST(IncludeLayers, ThirdPartyHeadersStayInTheirLayers) {
  for (const std::string& file : source_files()) {
    const Layer* from = layer_of(file);
    if (!from) continue;
    for (const Include& inc : includes_of(file)) {
      if (inc.quoted) continue;
      for (const External& e : externals()) {
        if (inc.target.compare(0, e.prefix.size(), e.prefix) == 0) {
          EXPECT_TRUE(e.layers.count(from->name))
              << where(inc) << ": " << e.prefix << " belongs to another layer";
        }
      }
    }
  }
}

// The table itself: bottom up, so that no layer includes one above it and
// no two layers include each other.
TEST(IncludeLayers, TheTableHasNoCycle) {
  std::set<std::string_view> below;
  for (const Layer& layer : layers()) {
    for (std::string_view used : layer.may_include) {
      EXPECT_TRUE(below.count(used)) << layer.name << " includes " << used
                                     << ", which is not below it in the table";
    }
    below.insert(layer.name);
  }
}

}  // namespace
