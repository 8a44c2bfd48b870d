// A finding of a run: its page (evidence, citation, remedy, the register
// rows it rests on with their values) and `explain`'s reasoning for it.
// Rows and reasoning are read from the registers as stored now; when they
// were imported again since the run, the page says so.
#pragma once

namespace httplib {
class Server;
}

namespace genaudit::server {

class Workspace;

void add_finding_pages(Workspace& workspace, httplib::Server& http);

}  // namespace genaudit::server
