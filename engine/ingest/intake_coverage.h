// What the registers read say about coverage, for the report's intake
// section: the agencies of the agencies register that sent no staff row.
#pragma once

#include "engine/ingest/intake.h"
#include "engine/data/table.h"

namespace genaudit {

// Adds to `intake` each agency of `dataset`'s agencies table that no row of
// its staff table names, codes compared as the rules compare them (case,
// spaces and Unicode form ignored). Nothing when either register, or the
// agency codes of either, were not read.
void add_agencies_without_staff(const Dataset& dataset, IntakeReport* intake);

}  // namespace genaudit
