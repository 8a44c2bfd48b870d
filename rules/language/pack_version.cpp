#include "rules/language/pack_version.h"

#include <algorithm>

#include "engine/core/sha256.h"

namespace genaudit::rules {

std::string pack_version(const std::vector<RuleText>& texts) {
  // One digest per file, sorted, so that the order of the files does not count.
  std::vector<std::string> files;
  files.reserve(texts.size());
  for (const RuleText& t : texts) {
    Sha256 file;
    file.update(is_bodies_file(t.name) ? std::string_view("bodies\n") : std::string_view("rules\n"));
    file.update(t.text);
    files.push_back(file.hex_digest());
  }
  std::sort(files.begin(), files.end());
  Sha256 version;
  for (const std::string& digest : files) version.update(digest);
  return version.hex_digest().substr(0, 12);
}

}  // namespace genaudit::rules
