// The agencies: /agencies lists every agency of the agencies register as
// stored now, with its findings in the latest run; /agencies/CODE is one
// agency's findings across runs, each linked to its page in its run, and
// its inspection record of the latest run, to print and to download.
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

void add_agency_pages(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
