// Waivers in the workspace: an inspector proposes one (from a finding's
// page, or by hand), a team lead other than the proposer approves or
// rejects it; the lists of those pending, in force, expired and rejected,
// and the waivers of `waivers import` beside them.
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

void add_waiver_pages(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
