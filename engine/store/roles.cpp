// The ladder of roles; see roles.h.
#include "engine/store/roles.h"

namespace genaudit {
namespace {

constexpr Role kRoles[] = {Role::kViewer, Role::kInspector, Role::kLead, Role::kAdmin};

}  // namespace

std::optional<Role> parse_role(std::string_view text) {
  for (const Role role : kRoles) {
    if (text == role_name(role)) return role;
  }
  return std::nullopt;
}

const char* role_name(Role role) {
  switch (role) {
    case Role::kViewer: return "viewer";
    case Role::kInspector: return "inspector";
    case Role::kLead: return "lead";
    case Role::kAdmin: return "admin";
  }
  return "viewer";  // not reached: every role is named above
}

bool role_allows(Role held, Role needed) {
  return static_cast<int>(held) >= static_cast<int>(needed);
}

}  // namespace genaudit
