// /rules: the rule pack, read-only — each rule with its description, the
// registers it reads, its text as the rule file writes it and the
// parameters it uses; every parameter's value as written (or as the
// profile set it) and the profile applied. With ?profile=NAME, the pack
// as that profile of the workspace (Workspace::packs()) tailors it.
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

void add_rules_page(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
