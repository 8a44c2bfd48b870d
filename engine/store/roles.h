// What a workspace account may do, as one ladder: each role includes the
// ones below it. A viewer reads; an inspector also imports, runs audits
// and proposes waivers; a team lead also approves waivers and closes a run
// as the official one; an admin also manages accounts. Stored in the
// `accounts` table by role_name() (accounts.h).
#pragma once

#include <optional>
#include <string_view>

namespace genaudit {

enum class Role { kViewer, kInspector, kLead, kAdmin };  // each includes the ones before

// "viewer", "inspector", "lead", "admin", exactly (the words of
// `users add --role` and of the database); nullopt for any other text.
std::optional<Role> parse_role(std::string_view text);

// The same words.
const char* role_name(Role role);

// Whether `held` may do what needs `needed`: held >= needed on the ladder.
bool role_allows(Role held, Role needed);

}  // namespace genaudit
