// The agencies of the agencies register as stored now, by code and name:
// what the workspace's agencies pages list and look a code up among.
#pragma once

#include <string>
#include <vector>

#include "engine/store/audit_store.h"

namespace genaudit {

struct StoredAgency {
  std::string code;  // as stored ("" when the cell is empty)
  std::string name;
};

// Every row of the agencies register in the order it was imported (the
// file's order); none when the register has not been imported. Throws
// StoreError.
std::vector<StoredAgency> stored_agencies(AuditStore& store);

}  // namespace genaudit
