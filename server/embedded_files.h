// The workspace's templates and assets, built into the binary
// (cmake/EmbedFiles.cmake): by their path under server/, e.g.
// "templates/layout.mustache", "assets/style.css".
#pragma once

#include <map>
#include <string_view>

namespace genaudit::server {

const std::map<std::string_view, std::string_view>& embedded_files();

}  // namespace genaudit::server
