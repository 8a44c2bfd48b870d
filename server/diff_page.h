// /runs/diff?from=A&to=B: what changed from run A to run B — findings new,
// regressed, resolved and persisting, and how each indicator moved — as
// `genaudit diff` computes it (engine/audit/history.h).
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

void add_diff_page(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
