// The runs: their list with the forms to run an audit and compare two
// runs, a run's page (from the JSON report it kept), its report for
// download.
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

void add_run_pages(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
