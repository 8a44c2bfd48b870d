// What the commands working on an audit database (`runs`, `diff`,
// `waivers ...`, `users ...`) share: the checks of their options, each
// saying what is wrong on standard error, and how they write JSON.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "engine/core/language.h"

namespace genaudit::cli {

// Whether the database at `db_path` is a file; otherwise says it does not
// exist (for the commands that must not create one).
bool database_exists(const std::string& db_path, Language lang);

// Whether `format` is "text" or "json"; otherwise says it is neither.
bool text_or_json(const std::string& format, Language lang);

// `j` as the text a command prints: indented, invalid UTF-8 replaced, and
// the characters that would act on a terminal escaped (json_inert).
std::string json_text(const nlohmann::json& j);

}  // namespace genaudit::cli
