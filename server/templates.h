// The pages' HTML, rendered from the mustache templates built into the
// binary (server/templates/, embedded_files.h) with kainjow's mustache,
// which escapes every {{value}} for HTML: a register's text cannot become
// markup. Triple braces (raw) are used only for HTML the workspace itself
// rendered from another template.
#pragma once

#include <string>

#include <kainjow/mustache.hpp>

#include "engine/core/language.h"

namespace genaudit::server {

using PageData = kainjow::mustache::data;

// Template `name` (templates/NAME.mustache) rendered with `data`. Throws
// std::logic_error for a template that is missing or does not parse: a
// mistake of the program, which the page tests catch.
std::string render_template(const std::string& name, const PageData& data);

// The words of the pages in `lang`, for templates as {{t.KEY}}
// (page_words.h).
PageData words(Language lang);

}  // namespace genaudit::server
