// The register templates of the province (REGISTERS.md): which registers
// agencies send and each one's fields (the types are in
// engine/core/register_catalogue.h). The importer and the store read the
// registers from here; the rule checker is handed this catalogue.
#pragma once

#include <string_view>
#include <vector>

#include "engine/core/register_catalogue.h"

namespace genaudit {

// The province's registers, in the order they are imported.
const RegisterCatalogue& province_registers();

// province_registers().registers() and province_registers().find(name).
const std::vector<RegisterSchema>& all_registers();
const RegisterSchema* find_register(std::string_view name);

}  // namespace genaudit
